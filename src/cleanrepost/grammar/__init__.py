"""One grammar for provenance and furniture lines: value shapes, labels and separators, on plain strings.

A page's info bar and a dump's info line are the same thing: labels (来源, 作者, 发布时间, 类别 …) followed by a
separator (a colon, a pipe, 丨 ︱, a slash, spaces, or nothing before a date) and a value of a known shape (a date, a
datetime, a person's name, an outlet's name, a count, a URL, a phone number, an e-mail address), or the same values
with no label at all ("某某日报 张三 2026-01-10 06:49:27", "2018-08-30 16:50:50 28").  This module reads such lines
by their shape; `classify.py` decides where on the page they count.  No DOM here: the HTML path can share it.

Words and labels are data in `lexicon.py` (the "furniture / provenance grammar data" block).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.tables import (CONTACT_LABELS, CREDIT_ROLES, EPAPER_JUMP, FURNITURE_LINES, GRAMMAR_EXTRA_LABELS, GRAMMAR_SEPARATORS, INFO_LABELS,
                      OUTLET_SUFFIX, SITE_CHROME_PHRASES, SITE_CHROME_SUFFIXES, SITE_CHROME_WORDS, WEATHER_WORDS, WIRE_DATELINE)
from . import dates

_SP = r"[ \t\u3000\u00a0]"
# -- value shapes ------------------------------------------------------------------------------------------------
# (dates and times: the one date grammar, dates.py)
COUNT = re.compile(r"^[(（\[【]?\d{1,9}[)）\]】]?(?:次|人次|人)?$")
_COUNTER_WORDS = r"(?:浏览|阅读|点击|访问|人气|热度|评论|次浏览|次阅读|次点击|人阅读|人浏览|人看过|赞)"
COUNTER_PHRASE = re.compile(r"^(?:\d{0,9}" + _COUNTER_WORDS + r"(?:量|数|次数)?[(（]?\d{0,9}[)）]?次?|\d{1,9}次)$")
PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?$")
OUTLET = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,16}" + OUTLET_SUFFIX + r"$")
HANDLE = re.compile(r"^(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_.\-]{2,20}$")  # a user name: Latin letters, digits
# the bare-domain branch starts only where a run of name characters starts: tried inside the run too, it rescanned
# the rest of the run from every character (quadratic); the leftmost match is the same
URL = re.compile(r"(?:https?://|www\.)[\w\-.]+|(?<![\w\-])[\w\-]+\.(?:com|cn|net|org|gov\.cn|com\.cn)\b", re.I)
PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?!\d)")
EMAIL = re.compile(r"[\w.\-]{1,40}@[\w\-]{1,40}(?:\.[\w\-]{1,20}){1,4}")
# Random Latin/hex strings (file ids, anti-copy jammers): long, no Han, letters and digits mixed.
JAMMER = re.compile(r"^(?=[0-9a-zA-Z]*\d)(?=[0-9a-zA-Z]*[a-zA-Z])[0-9a-zA-Z]{16,64}$")
LAYOUT_RESIDUE = re.compile(r"^[|｜/\\_\-=*·•~+#<>\s]+$")
_WIRE = re.compile(WIRE_DATELINE)
# tone-marked pinyin a mirror site injects after characters: 政协(xié)
_READING = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}[)）]")
# WeChat/self-media promos: 点蓝字关注, 关注我们, 点【在看】, 长按…关注
_PROMO = re.compile(r"点(?:击)?(?:上方|下方)?蓝字|关注我们|点(?:亮)?[【\[]?在看|分享给更多|长按.{0,8}关注|设为星标")
_CONTACT = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + "|".join(map(re.escape, sorted(CONTACT_LABELS, key=len, reverse=True)))
                      + r")" + _SP + r"*[:：]")
_WEATHER = re.compile("|".join(map(re.escape, sorted(WEATHER_WORDS, key=len, reverse=True))))
_PAGE = re.compile(r"^第?[A-Z]?\d{1,3}版$")  # the e-paper page of a print dateline: 第3版, A02版
_YEAR_BAR = re.compile(r"^(?:" + dates.YEAR + r"年?[\s|｜/]{1,6}){2,40}" + dates.YEAR + r"年?$")  # bounded: tab bars of years
_BARE_URL = re.compile(r"^(?:https?://)?[\w\-]+(?:\.[\w\-]+)+/?$")  # the site's host printed in the info line
_EPAPER_JUMP = re.compile(EPAPER_JUMP)
_LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff]" + _SP + r"{1,8}){2}[\u4e00-\u9fff]")
_ROLE = "(?:" + "|".join(sorted(map(re.escape, CREDIT_ROLES), key=len, reverse=True)) + ")"
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000\u00a0、,，]{1,4}[\u4e00-\u9fff·]{2,4}){0,6}"  # bounded: no backtracking blow-up
# "■通讯员 某某", "融媒体记者 某某 某某", "（记者 某某 实习生 某某）": roles each followed by names, nothing else
_CREDIT = re.compile(r"^[^，,]{0,8}?(?:本报|融媒体|特约|见习)?" + _ROLE + _SP + r"{0,3}" + _NAMES + r"(?:" + _SP + r"{1,4}"
                     + _ROLE + _SP + r"{0,3}" + _NAMES + r"){0,4}" + _SP + r"{0,3}摄?[)）]?$")
_UNIT_CREDIT = re.compile(r"^[(（]([\u4e00-\u9fff]{2,12})(?:" + _SP + r"{1,4}(" + _NAMES + r"))?[)）]$")
_SPLIT = re.compile(r"[\s" + re.escape(GRAMMAR_SEPARATORS) + r"]+")
_NAME_NOTE = re.compile(r"(?<!\s)\s*[(（][^()（）]{0,30}[)）]?\s*$")  # "杨某(QQ:123456)": the contact note after a name

def label_groups(info_labels: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Every info-line label and its group: the grammar's extra labels, then `info_labels` (which win)."""
    return {**dict(GRAMMAR_EXTRA_LABELS), **dict(info_labels)}


INFO_LABEL_GROUPS: dict[str, str] = label_groups(INFO_LABELS)
_INFO_LABEL_NAMES = tuple(INFO_LABEL_GROUPS)
NAME_GROUPS = ("source", "author", "editor")
WIDGET_MAX = 40  # a QR/follow widget caption is one short line
_QR_WIDGET = re.compile(r"(?:扫描|扫码|扫一扫|长按|识别)[^。]{0,12}(?:关注|二维码|打开|下载)")
INFO_MAX = 200  # an info line is one short line


@lru_cache(maxsize=4)
def _label_rx(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label at the line start or after a space/bracket/separator, then a separator, or nothing before a digit."""
    alts = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    seps = re.escape(GRAMMAR_SEPARATORS)
    # ... and a label right before a colon wherever it stands: "2016-01-24 10:04来源:某某网作者:" is glued
    return re.compile(r"(?:(?:^|(?<=[\s\d\[【(（" + seps + r"]))(?P<label>" + alts + r")(?:" + _SP + r"*[" + seps + r"]"
                      + r"|(?=" + _SP + r"*\d)|" + _SP + r"*$)|(?P<glued>" + alts + r")" + _SP + r"*[:：])" + _SP + r"*")


def _value_edge(s: str) -> str:
    return s.strip(" \t\u3000\u00a0" + GRAMMAR_SEPARATORS + "【】[]()（）")


def token_shape(tok: str) -> str | None:
    """What an unlabelled token of an info line is: date, time, weekday, count, counter, outlet, person, handle."""
    if dates.DATETIME.fullmatch(tok):
        return "date"
    if dates.SHORT_DATETIME.match(tok) or dates.TIME_ONLY.match(tok):
        return "time"
    if dates.WEEKDAY.match(tok):
        return "weekday"
    if COUNT.match(tok):
        return "count"
    if COUNTER_PHRASE.match(tok):
        return "counter"
    if OUTLET.match(tok):
        return "outlet"
    if PERSON.match(tok):
        return "person"
    if HANDLE.match(tok):
        return "handle"
    if URL.fullmatch(tok) or _BARE_URL.match(tok):
        return "url"
    if _PAGE.match(tok):
        return "page"
    return None


def _shapes(text: str) -> list[tuple[str, str]] | None:
    """Unlabelled text as typed tokens (dates kept whole, "2024-01-01 10:00" one token), or None if one is unknown."""
    out: list[tuple[str, str]] = []
    rest = text
    while rest:
        rest = rest.strip(" \t\u3000\u00a0" + GRAMMAR_SEPARATORS)
        if not rest:
            break
        m = dates.DATETIME.match(rest)
        if m:
            out.append(("date", m.group(0)))
            rest = rest[m.end():]
            continue
        m = _SPLIT.search(rest)
        tok, rest = (rest[:m.start()], rest[m.end():]) if m else (rest, "")
        shape = token_shape(tok)
        if shape is None:
            return None
        out.append((shape, tok))
    return out


def parse_info(text: str, extra_labels: tuple[tuple[str, str], ...] = ()) -> dict[str, str] | None:
    """An info line → its fields ({} when it carries none: "11-15 16:24", "次浏览"), or None when it is not one.

    Labelled values are checked against their label's shape (a 来源 whose value is a date gives the date); the
    text around labels must be typed tokens.  Without labels, the line needs a date or time among outlet/person/
    handle/count tokens: "某某日报 张三 2026-01-10 06:49:27".
    """
    if len(text) > INFO_MAX or "。" in text or "，" in text:
        return None
    groups = {**INFO_LABEL_GROUPS, **dict(extra_labels)} if extra_labels else INFO_LABEL_GROUPS
    ms = list(_label_rx(tuple(groups) if extra_labels else _INFO_LABEL_NAMES).finditer(text))
    spans = [(m.start(), m.end(), m.group("label") or m.group("glued")) for m in ms]
    fields: dict[str, str] = {}
    # the unlabelled lead, and each label's value (up to the next label)
    lead = text[:spans[0][0]] if spans else text
    lead_tokens = _shapes(lead)
    if lead_tokens is None:
        return None
    tokens = list(lead_tokens)
    for k, (_, end, label) in enumerate(spans):
        stop = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        raw = _value_edge(text[end:stop])
        group = groups[label]
        d = dates.DATETIME.search(raw)
        if group == "date" or (group in NAME_GROUPS and d and d.start() == 0):
            if d:
                fields.setdefault("date", d.group(0))
                extra = _shapes(raw[d.end():])  # "2019-08-09 15:00:58" then maybe a count
                if extra is None:
                    return None
            elif raw and not dates.SHORT_DATETIME.match(raw):
                return None
        elif group in NAME_GROUPS:
            value = _NAME_NOTE.sub("", re.split(_SP + "{2,}|" + _SP + "*/" + _SP + "*|[【\\[]", raw)[0]).strip()
            if value and len(value) <= 40:
                fields.setdefault(group, value)
    lead_dates = [v for s, v in tokens if s == "date"]
    if lead_dates:
        fields.setdefault("date", lead_dates[0])
    if not spans:
        shapes = {s for s, _ in tokens}
        if not shapes & {"date", "time"} or len(tokens) > 6:
            return None
        for s, v in tokens:
            if s == "outlet":
                fields.setdefault("source", v)
            elif s == "person" and "date" in shapes:
                fields.setdefault("author", v)
    return fields


def contact_line(text: str) -> bool:
    """A site's contact block line: 电话/热线/邮箱/QQ/微信/地址 labels with phone, mail or number values."""
    if len(text) > 160 or "。" in text or not _CONTACT.match(text):
        return False
    return bool(PHONE.search(text) or EMAIL.search(text) or re.search(r"[:：]" + _SP + r"*[A-Za-z0-9_\-]{4,}", text))


def furniture_shape(text: str) -> tuple[str, str] | None:
    """(kind, reason) for a line whose shape is page furniture wherever it stands; None otherwise."""
    t = text.strip()
    core = t.strip("[]【】()（）<>《》 \t\u3000:：|｜»>")
    if LAYOUT_RESIDUE.match(t):
        return "junk", "shape:layout-residue"
    if core in FURNITURE_LINES:
        return "navigation", "shape:widget-name"
    words = re.split(r"[\s|｜/]+", core)
    if len(words) >= 2 and all(w in FURNITURE_LINES for w in words):
        return "navigation", "shape:widget-bar"
    if _EPAPER_JUMP.match(t):
        return "pager", "shape:epaper-jump"
    if COUNTER_PHRASE.match(core) or COUNTER_PHRASE.match(re.sub(r"\s+", "", core)):
        return "counter", "shape:counter"
    if _YEAR_BAR.match(core):
        return "navigation", "shape:year-bar"
    if JAMMER.match(t):
        return "junk", "shape:random-string"
    if contact_line(t):
        return "footer", "shape:contact"
    if len(t) <= WIDGET_MAX and _PROMO.search(t):
        return "ad", "shape:promo"
    if len(t) <= WIDGET_MAX and _QR_WIDGET.search(t) and not t.endswith(("。", "；", ";", "！", "!")):
        return "share", "shape:qr-widget"
    return None


def despaced(text: str) -> str:
    """"上 海 报 业 集 团   版 权 所 有" → "上海报业集团 版权所有": letter-spaced Han text closed up (runs stay apart)."""
    if not _LETTER_SPACED.match(text):
        return text
    return re.sub(r"(?<=[\u4e00-\u9fff])" + _SP + r"(?=[\u4e00-\u9fff])", "", re.sub(_SP + r"{2,}", "  ", text)).strip()


def credit_line(text: str) -> bool:
    """A reporter credit standing alone: roles and names only ("■通 讯 员 某某", "融媒体记者 某某 某某")."""
    t = despaced(_READING.sub("", text).lstrip("■□●◆▲★☆◇○•·")) if len(text) <= 80 else ""
    return bool(t) and bool(_CREDIT.match(t))


def unit_credit(text: str) -> tuple[str, str | None] | None:
    """"（某某分中心）" / "（某某市 某某）" alone: (unit, names) of the closing credit of a contributed item."""
    m = _UNIT_CREDIT.match(text.strip())
    return (m.group(1), m.group(2)) if m else None


def epaper_jump(text: str) -> bool:
    return bool(_EPAPER_JUMP.match(text))


def leading_fields(text: str) -> dict[str, str]:
    """Date and outlet from the typed tokens that open a CMS residue line ("2022-07-29 1 1 某某日报 content_1.html …")."""
    out: dict[str, str] = {}
    for tok in text.split()[:8]:
        shape = "date" if dates.DATETIME.fullmatch(tok) else token_shape(tok)
        if shape is None:
            break
        if shape == "date":
            out.setdefault("date", tok)
        elif shape == "outlet":
            out.setdefault("source", tok)
    return out if "date" in out else {}


# An anti-copy jammer run inside Han text: 4-12 Latin letters/digits mixing cases or letters and digits.
_JAM_IN_LINE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：！？“”])(?=[0-9A-Za-z]{0,11}[a-z])(?=[0-9A-Za-z]{0,11}[A-Z0-9])"
                          r"[0-9A-Za-z]{4,12}(?=[\u4e00-\u9fff，。、；：！？“”])")
JAMMED_LINES_MIN = 3  # jammers are inserted on every line: a few distinct runs on several lines, never one word


def jammer_runs(lines: list[str]) -> set[str]:
    """The jammer strings of a page: mixed Latin runs glued between Han characters, different on each of at least
    JAMMED_LINES_MIN lines (a product name like 5G or iPhone repeats the same string; jammers do not)."""
    runs: dict[str, int] = {}
    hit_lines = 0
    for line in lines:
        found = _JAM_IN_LINE.findall(line)
        hit_lines += bool(found)
        for r in found:
            runs[r] = runs.get(r, 0) + 1
    distinct = [r for r, n in runs.items() if n == 1 and _random_run(r)]
    return set(distinct) if hit_lines >= JAMMED_LINES_MIN and len(distinct) >= JAMMED_LINES_MIN else set()


def _random_run(run: str) -> bool:
    """xK9aQ, Ub4Yz, qWeRtY look random; iPhone, WeChat, PM25, Win10 do not (few case humps, digits only at the end)."""
    changes = sum(a.islower() != b.islower() for a, b in zip(run, run[1:]) if a.isalpha() and b.isalpha())
    digit_then_letter = any(a.isdigit() and b.isalpha() for a, b in zip(run, run[1:]))  # not Win10, G20
    return changes >= 4 or digit_then_letter


def strip_jammers(line: str, runs: set[str]) -> tuple[str, list[str]]:
    """The line without the page's jammer runs, and the runs taken out."""
    taken: list[str] = []

    def cut(m: re.Match[str]) -> str:
        if m.group(0) in runs:
            taken.append(m.group(0))
            return ""
        return m.group(0)
    return _JAM_IN_LINE.sub(cut, line), taken


def site_chrome(text: str) -> bool:
    """A head line that names or greets the site (a URL, 首页, 欢迎访问 …): never the headline."""
    if URL.search(text) or any(w in text for w in SITE_CHROME_PHRASES):
        return True
    tokens = re.split(r"[\s|｜/:：>»]+", text.strip("|｜ "))
    return any(t in SITE_CHROME_WORDS or t.endswith(SITE_CHROME_SUFFIXES) for t in tokens if t)


def weather_line(text: str) -> bool:
    """A weather widget line: temperatures (12℃, 3°C) or only weather words, wind and AQI."""
    if len(text) > 40:
        return False
    if re.search(r"-?\d{1,2}\s*(?:℃|°C|°)", text):
        return True
    return not _WEATHER.sub("", text).strip(" /~-:：0123456789")


def wire_source(text: str) -> str | None:
    """The agency of a wire dateline opening a paragraph ("中新社某地2月7日电 …")."""
    m = _WIRE.match(text)
    return m.group("source") if m else None
