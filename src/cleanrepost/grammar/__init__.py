"""One grammar for provenance and furniture lines, on plain strings (no DOM: both paths share it).

A page's info bar and a dump's info line are the same thing: labels (来源, 作者, 发布时间, 类别 …) followed by a
separator (a colon, a pipe, 丨 ︱, a slash, spaces, or nothing before a date) and a value of a known shape (a date, a
datetime, a person's name, an outlet's name, a count, a URL, a phone number, an e-mail address), or the same values
with no label at all ("某某日报 张三 2026-01-10 06:49:27", "2018-08-30 16:50:50 28").  The grammar reads such lines
by their shape; `classify` decides where on the page they count.

  dates.py    the one date grammar (every date pattern of the package, `iso_date`)
  values.py   value shapes: counts, names, outlets, URLs, phones, mail
  labels.py   separators, label groups and their fields, the splitter, `parse_info`
  here        furniture by shape: widget names, contact lines, credits, jammers, site chrome, weather

Words and labels are tables of the Lexicon (knowledge/tables.py): functions that read one take the lexicon.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, NamedTuple

from . import dates
from ..knowledge.context import shape_patterns
from .labels import (INFO_MAX, NAME_GROUPS, account_name, badge_of, info_label_groups, label_alone,  # noqa: F401
                     leading_fields, parse_info, split_values, tool_word)
from .values import (COUNT, COUNTER_PHRASE, EMAIL, HANDLE, JAMMER, LAYOUT_RESIDUE, PERSON, PHONE,  # noqa: F401
                     URL, token_shape)
from .values import SP as _SP

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# tone-marked pinyin a mirror site injects after characters: 政协(xié)
_READING = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}[)）]")
# WeChat/self-media promos: 点蓝字关注, 关注我们, 点【在看】, 长按…关注
_PROMO = re.compile(r"点(?:击)?(?:上方|下方)?蓝字|关注我们|点(?:亮)?[【\[]?在看|分享给更多|长按.{0,8}关注|设为星标")
# bounded: tab bars of years, maybe with their label and a last tab ("往年公示：2026 | 2025 | 2024 | 更早")
_YEAR_BAR = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[:：][ \t\u3000]{0,4})?(?:" + dates.YEAR + r"年?[\s|｜/]{1,6}){2,40}(?:"
                       + dates.YEAR + r"年?|更早|更多|以前)$")
_LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff]" + _SP + r"{1,8}){2}[\u4e00-\u9fff]")
# a person's name, also a two-character one spaced to the width of three ("韩 晓"); bounded: no backtracking blow-up
_NAME = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_NAMES = _NAME + r"(?:[ \t\u3000\u00a0、,，]{1,4}" + _NAME + r"){0,6}"
# ... also with the unit's part in it: "（某某办公室 文/图）", "（某某中心供稿）"
_UNIT_CREDIT = re.compile(r"^[(（]([\u4e00-\u9fff]{2,12}?)(?:" + _SP + r"{1,4}(" + _NAMES + r")|" + _SP
                          + r"{0,4}(?:文[/／]图|图[/／]文|供稿|供图))?[)）]$")
WIDGET_MAX = 40  # a QR/follow widget caption is one short line
CONTACT_MAX = 160  # a contact line (电话/邮箱/QQ …) is short; longer lines with those labels are prose
CREDIT_MAX = 80  # a reporter credit standing alone is short
WEATHER_MAX = 40  # a weather widget line is short
CASE_CHANGES_MIN = 4  # case humps that make a Latin run look random (iPhone has 2, xK9aQ more)
CHOICE_MIN, CHOICE_MAX = 2, 8  # a rating/poll widget offers a few options
_OPTION = re.compile(r"^[\u4e00-\u9fff]{2,6}$")  # one option of such a widget: a short Han word ("基本满意")
_OPTION_SPLIT = re.compile(r"[\s|｜丨︱/]+")
# an e-paper's page index line: "01：要闻", "A03版：城事"
_PAGE_INDEX = re.compile(r"^第?[A-Z]?\d{1,3}版?" + _SP + r"{0,2}[:：]" + _SP + r"{0,2}[\u4e00-\u9fff]{2,8}$")
# a media player's position and length: "00:00 / 03:26"
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?[ \t]{0,3}/[ \t]{0,3}\d{1,2}:\d{2}(?::\d{2})?$")
# an anti-copy jammer line of its own: short random ASCII tokens, punctuation among letters ("4 v  ] u1 g$ k")
_ASCII_JAM = re.compile(r"^(?:[!-~]{1,3}[ \t\u3000]{1,3}){3,16}[!-~]{1,3}$")  # four tokens or more
_ASCII_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")
_LATIN = re.compile(r"[A-Za-z]")
_QR_WIDGET = re.compile(r"(?:扫描|扫码|扫一扫|长按|识别)[^。]{0,12}(?:关注|二维码|打开|下载)")


class _Words(NamedTuple):
    """The furniture words of one Lexicon, compiled once (Lexicon.view)."""
    contact: re.Pattern[str]
    weather: re.Pattern[str]
    credit: re.Pattern[str]
    lines: frozenset[str]
    chrome_phrases: tuple[str, ...]
    chrome_words: frozenset[str]
    chrome_suffixes: tuple[str, ...]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _compile_words(lex: Lexicon) -> _Words:
    # (a one-character role opens no credit inside a word: "4. 招标文件的获取" names no writer 件的获取)
    role = "(?:" + "|".join(("(?<![\u4e00-\u9fff])" if len(r) == 1 else "") + re.escape(r)
                           for r in sorted(lex.credit_roles, key=len, reverse=True)) + ")"
    # "■通讯员 某某", "融媒体记者 某某 某某", "（记者 某某 实习生 某某）": roles each followed by names, nothing else
    credit = re.compile(r"^[^，,]{0,8}?(?:本报|融媒体|特约|见习)?" + role + _SP + r"{0,3}" + _NAMES + r"(?:" + _SP + r"{1,4}"
                        + role + _SP + r"{0,3}" + _NAMES + r"){0,4}" + _SP + r"{0,3}摄?[)）]?$")
    return _Words(re.compile(r"^[\u4e00-\u9fff]{0,4}(?:" + _alternation(lex.contact_labels) + r")" + _SP + r"*[:：]"),
                  re.compile(_alternation(lex.weather_words)), credit, frozenset(lex.furniture_lines),
                  tuple(lex.site_chrome_phrases), frozenset(lex.site_chrome_words), tuple(lex.site_chrome_suffixes))


def _words(lexicon: Lexicon) -> _Words:
    return lexicon.view("grammar.words", _compile_words)


def contact_label(text: str, lexicon: Lexicon) -> bool:
    """A short line opening with a contact label (电话/邮箱/QQ/地址 …), whatever its value."""
    return len(text) <= CONTACT_MAX and "。" not in text and bool(_words(lexicon).contact.match(text))


def contact_line(text: str, lexicon: Lexicon) -> bool:
    """A site's contact block line: 电话/热线/邮箱/QQ/微信/地址 labels with phone, mail or number values."""
    if not contact_label(text, lexicon):
        return False
    return bool(PHONE.search(text) or EMAIL.search(text) or URL.search(text)
                or re.search(r"[:：]" + _SP + r"*[A-Za-z0-9_\-]{4,}", text))


_BAR_SPLIT = re.compile(r"[\s|｜/]+|】\s*【|\]\s*\[")  # between the tools of a bar


def furniture_shape(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(kind, reason) for a line whose shape is page furniture wherever it stands; None otherwise."""
    t = text.strip()
    lines = _words(lexicon).lines
    core = t.strip("[]【】()（）<>《》 \t\u3000:：|｜»>")
    if LAYOUT_RESIDUE.match(t):
        return "junk", "shape:layout-residue"
    if core in lines:
        return "navigation", "shape:widget-name"
    # (tools side by side, maybe each in brackets and asked for: "【我要打印】【我要收藏】", "+关注  私信")
    words = _BAR_SPLIT.split(core)
    if len(words) >= 2 and all(tool_word(w, lexicon) for w in words):
        return "navigation", "shape:widget-bar"
    if any(p.match(t) for p in lexicon.patterns("epaper_jumps")):
        return "pager", "shape:epaper-jump"
    if COUNTER_PHRASE.match(core) or COUNTER_PHRASE.match(re.sub(r"\s+", "", core)):
        return "counter", "shape:counter"
    if _YEAR_BAR.match(core):
        return "navigation", "shape:year-bar"
    if _PAGE_INDEX.match(t):
        return "pager", "shape:page-index"
    if _PLAYER_TIME.match(t):
        return "junk", "shape:player-time"
    if JAMMER.match(t) or (_ASCII_JAM.match(t) and len(_ASCII_PUNCT.findall(t)) >= 2 and _LATIN.search(t)):
        return "junk", "shape:random-string"
    if contact_line(t, lexicon):
        return "footer", "shape:contact"
    if choice_bar(core, lexicon):
        return "comment", "shape:choice-bar"
    if len(t) <= WIDGET_MAX and _PROMO.search(t):
        return "ad", "shape:promo"
    if len(t) <= WIDGET_MAX and _QR_WIDGET.search(t) and not t.endswith(("。", "；", ";", "！", "!")):
        return "share", "shape:qr-widget"
    return None


def choice_bar(text: str, lexicon: Lexicon) -> bool:
    """A rating or poll widget: "满意度评价：满意　基本满意　不满意", "有帮助 没帮助" — one word under degrees."""
    t = text.rstrip()
    if len(t) < 4 or t.count(t[-2:]) < 2 or not _OPTION_SPLIT.search(t):
        return False  # (the options share their ending, 满意/不满意, and stand apart: two str tests reject most lines)
    # (after the label or the question, if any: "您对本次答复是否满意？ 满意 一般 不满意")
    options = [o for o in _OPTION_SPLIT.split(re.split(r"[:：？?]", text)[-1]) if o]
    if not CHOICE_MIN <= len(options) <= CHOICE_MAX or not all(_OPTION.match(o) for o in options):
        return False
    graded = [o for o in options if o not in lexicon.choice_degrees]  # ("一般" alone is a degree, an option too)
    stem = os.path.commonprefix([o[::-1] for o in graded])[::-1]  # the shared ending: 满意, 帮助
    return (len(graded) >= CHOICE_MIN and len(stem) >= 2
            and all(o == stem or o[:-len(stem)] in lexicon.choice_degrees for o in graded))


def organ_dateline(text: str) -> dict[str, str] | None:
    """"某县人大常委会办公室　2026-06-02" above an article: the publishing organ and the date ({source, date})."""
    m = shape_patterns().organ_dateline.match(text.strip())
    return {"source": m.group("organ"), "date": m.group("date")} if m else None


def despaced(text: str) -> str:
    """"上 海 报 业 集 团   版 权 所 有" → "上海报业集团 版权所有": letter-spaced Han text closed up (runs stay apart)."""
    if not _LETTER_SPACED.match(text):
        return text
    return re.sub(r"(?<=[\u4e00-\u9fff])" + _SP + r"(?=[\u4e00-\u9fff])", "", re.sub(_SP + r"{2,}", "  ", text)).strip()


def credit_line(text: str, lexicon: Lexicon) -> bool:
    """A reporter credit standing alone: roles and names only ("■通 讯 员 某某", "融媒体记者 某某 某某")."""
    t = despaced(_READING.sub("", text).lstrip("■□●◆▲★☆◇○•·")) if len(text) <= CREDIT_MAX else ""
    return bool(t) and bool(_words(lexicon).credit.match(t))


def unit_credit(text: str) -> tuple[str, str | None] | None:
    """"（某某分中心）" / "（某某市 某某）" alone: (unit, names) of the closing credit of a contributed item."""
    m = _UNIT_CREDIT.match(text.strip())
    return (m.group(1), m.group(2)) if m else None


# An anti-copy jammer run inside Han text: 4-12 Latin letters/digits mixing cases or letters and digits
# (or glued to the line's start or end: "某某hJdPsLaXeQ" / "hJdPsLaXeQ某某").
_JAM_IN_LINE = re.compile(r"(?:^|(?<=[\u4e00-\u9fff，。、；：！？“”]))(?=[0-9A-Za-z]{0,11}[a-z])(?=[0-9A-Za-z]{0,11}[A-Z0-9])"
                          r"[0-9A-Za-z]{4,12}(?=[\u4e00-\u9fff，。、；：！？“”]|$)")
JAMMED_LINES_MIN = 3  # jammers are inserted on every line: a few distinct runs on several lines, never one word
JAMMER_LONG = 10  # ... two distinct random runs this long are jammers too (a short page has few lines)


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
    if hit_lines >= JAMMED_LINES_MIN and len(distinct) >= JAMMED_LINES_MIN:
        return set(distinct)
    long_runs = [r for r in distinct if len(r) >= JAMMER_LONG]
    return set(long_runs) if len(long_runs) >= 2 and len(long_runs) == len(distinct) else set()


def _random_run(run: str) -> bool:
    """xK9aQ, Ub4Yz, qWeRtY look random; iPhone, WeChat, PM25, Win10 do not (few case humps, digits only at the end)."""
    changes = sum(a.islower() != b.islower() for a, b in zip(run, run[1:]) if a.isalpha() and b.isalpha())
    digit_then_letter = any(a.isdigit() and b.isalpha() for a, b in zip(run, run[1:]))  # not Win10, G20
    return changes >= CASE_CHANGES_MIN or digit_then_letter


def strip_jammers(line: str, runs: set[str]) -> tuple[str, list[str]]:
    """The line without the page's jammer runs, and the runs taken out."""
    taken: list[str] = []

    def cut(m: re.Match[str]) -> str:
        if m.group(0) in runs:
            taken.append(m.group(0))
            return ""
        return m.group(0)
    return _JAM_IN_LINE.sub(cut, line), taken


def site_chrome(text: str, lexicon: Lexicon) -> bool:
    """A head line that names or greets the site (a URL, 首页, 欢迎访问 …): never the headline."""
    words = _words(lexicon)
    if URL.search(text) or any(w in text for w in words.chrome_phrases):
        return True
    tokens = re.split(r"[\s|｜/:：>»]+", text.strip("|｜ "))
    return any(t in words.chrome_words or t.endswith(words.chrome_suffixes) for t in tokens if t)


def weather_line(text: str, lexicon: Lexicon) -> bool:
    """A weather widget line: temperatures (12℃, 3°C) or only weather words, wind and AQI."""
    if len(text) > WEATHER_MAX:
        return False
    if re.search(r"-?\d{1,2}\s*(?:℃|°C|°)", text):
        return True
    return not _words(lexicon).weather.sub("", text).strip(" /~-:：0123456789")


def wire_source(text: str, lexicon: Lexicon) -> str | None:
    """The agency of a wire dateline opening a paragraph ("中新社某地2月7日电 …"): group `source` of the first
    of the lexicon's wire_datelines that matches."""
    m = next((m for m in (p.match(text) for p in lexicon.patterns("wire_datelines")) if m), None)
    return m.group("source") if m else None
