"""Label/value lines on plain strings, for both paths: the separators, the label groups and the field each group
feeds, one splitter of a line at its labels, and `parse_info` for a text dump's info line.

Info bars (html_meta/infobar.py), flattened info lines and gov-table rows (classify/labels.py) and gov label lists
(html_meta/govtable.py) all cut a line at its label matches with `split_values`; the labels come from the Lexicon
(`info_labels`, `extra_info_labels`, `gov_table_labels`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from . import dates
from ..knowledge.context import shape_patterns
from .values import PERSON as PERSON_SHAPE, SP, token_shape

if TYPE_CHECKING:
    from ..lexicon import Lexicon

# -- separators: one set, and the named parts of it each reader accepts -----------------------------------------
COLONS = ":："
BARS = "|｜丨︱"  # pipes and the CJK vertical bars: 来源丨某某融媒 (an HTML bar accepts these besides a colon)
SEPARATORS = COLONS + BARS + "/"  # what a text dump's info line may put between a label and its value
SPACES = " \t\u3000\u00a0"
VALUE_EDGE = SPACES + SEPARATORS + "【】[]()（）"  # stripped around an info line's values

# -- label groups → Document fields: the one map (assemble reads it; html_meta's bars too) -----------------------
GROUP_FIELDS: dict[str, str] = {"url": "source_url", "source": "source_name", "date": "published", "author": "author",
                                "editor": "editor", "title": "title"}
NAME_GROUPS = ("source", "author", "editor", "publisher")  # the groups whose values name people or outlets
# groups whose value is kept as printed (a letter page's subject, its number, writer, state and own time: meta)
VALUE_GROUPS = ("title", "letter_id", "asker", "status", "asked_at", "rating", "docnum")
INFO_MAX = 200  # an info line is one short line
NAME_VALUE_MAX = 40  # a 来源/作者 value longer than this is a sentence caught after the label
BARE_TOKENS_MAX = 6  # tokens of an info line without labels (outlet, person, date, time, count …)
LEAD_TOKENS = 8  # tokens opening a CMS residue line read for its date and outlet

_SPLIT = re.compile(r"[\s" + re.escape(SEPARATORS) + r"]+|】\s*【|\]\s*\[")  # (boxes side by side: 【…】【我要打印】)
_NAME_NOTE = re.compile(r"(?<!\s)\s*[(（][^()（）]{0,30}[)）]?\s*$")  # "杨某(QQ:123456)": the contact note after a name
_NAME_END = re.compile(SP + "{2,}|" + SP + "*/" + SP + "*|[【\\[]")  # where a name value ends
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9_·]{2,16}$")  # a self-media account name: one token, no punctuation
# brackets around an unlabelled line or one of its tokens: "（2026年8月5日 《某某报》 第A05版）", an e-paper's dateline
_WRAP = "()（）《》"
# decoration between a line's tokens ("发表于 2026-1-18 21:47 | 只看该作者 ▼", "2026-01-03 11:20 · 湖南 · 已关注"; a
# name's inner dot, 阿依古丽·买买提, stays: only a token's edges are stripped)
_MARKS = "▼▲►◄■□●○◆◇★☆·•"
_URL_TOKEN = re.compile(r"https?://\S*")
# credits by part, a slash after the role: "文/某某 图/某某 审核/某某" reads as "文字：某某 图片：某某 审核：某某"
_PART_CREDIT = re.compile(r"(^|[\s(（])(文|图|摄|摄影|审核|编辑|责编)[/／](?=[^\s/／])")
_PART_LABELS = {"文": "文字：", "图": "图片：", "摄": "摄影：", "摄影": "摄影：", "审核": "审核：", "编辑": "编辑：",
                "责编": "责编："}
# the poster's location a platform prints after the date ("发表于某省", "发布于某省", "IP属地：某省")
_POSTED = r"^(?:发表于|发布于|IP属地[:：]?)"
_POSTED_AT = re.compile(_POSTED + r"[\u4e00-\u9fff]{2,6}$")
_NOTED_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}[(（][^()（）\s]{2,20}[)）]?$")  # (its last bracket may be stripped)
_POSTED_LABEL = re.compile(_POSTED)


def info_label_groups(lexicon: Lexicon) -> dict[str, str]:
    """Every info-line label and its group: the lexicon's extra (text-grammar) labels, then its info labels (which
    win).  HTML bars read `info_labels` alone."""
    return lexicon.view("grammar.info_label_groups", lambda lex: {**dict(lex.extra_info_labels), **dict(lex.info_labels)})


def split_values(text: str, hits: Sequence[re.Match[str]], edge: str | None = None) -> tuple[str, list[tuple[re.Match[str], str]]]:
    """'lead L1: v1 L2: v2' cut at its label matches: (the lead, [(match, its value up to the next match)]), each
    value stripped of `edge` (whitespace when None).  The lead is returned as it stands."""
    pairs = []
    for k, h in enumerate(hits):
        stop = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        pairs.append((h, text[h.end():stop].strip(edge)))
    return (text[:hits[0].start()] if hits else text), pairs


# -- label patterns: one builder, a named variant per reader ------------------------------------------------------
_COLON = SP + r"*[:：]"  # a colon, maybe after spaces


def label_alternation(labels: Sequence[str], gap: str | None = None) -> str:
    """The labels as one alternation, longest first; with `gap`, letter-spacing (索   引   号) allowed between
    the characters of each."""
    ordered = sorted(labels, key=len, reverse=True)
    if gap is None:
        return "|".join(map(re.escape, ordered))
    return "|".join(gap.join(map(re.escape, label)) for label in ordered)


def labelled_line_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    """classify's info line: a label at the line start or after a space, pipe, slash or bracket, then a colon."""
    return re.compile(r"(?:^|(?<=[\s" + BARS + r"/【\[]))(?P<label>" + label_alternation(labels) + r")" + _COLON + SP + "*")


def gov_row_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    """A flattened gov-table row: a letter-spaced label after the line start or a space, then a colon, spaces, or
    the line's end."""
    return re.compile(r"(?:^|(?<=\s))(?P<label>" + label_alternation(labels, SP + "*") + r")(?:" + _COLON + r"|" + SP
                      + r"+|$)" + SP + "*")


def gov_list_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    """HTML's gov labels laid out as a list (索 引 号：, 标　　题：): a letter-spaced label, then a colon."""
    gap = r"[ \u3000\u00a0]*"
    return re.compile(r"(?P<label>" + label_alternation(labels, gap) + r")" + gap + r"[:：]")


def info_bar_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    """HTML's info bar: a label (maybe with 于/自: 发布于, 转自) then a colon or one of BARS."""
    return re.compile(r"(?P<label>" + label_alternation(labels) + r")(?:于|自)?(?:" + r"[ \t\u3000\u00a0]*[:：]" + "|"
                      + "[ \t\u3000]*[" + re.escape(BARS) + "]" + ")")


def _label_rx(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A dump's info line: a label at the line start or after a space/bracket/separator, then a separator, or
    nothing before a digit."""
    alts = label_alternation(labels)
    seps = re.escape(SEPARATORS)
    # ... and a label right before a colon wherever it stands: "2016-01-24 10:04来源:某某网作者:" is glued; a label
    # with only spaces before its value ("发布时间 2026-07-03 丨 来源 某某局") is `spaced` (it counts on a dated line)
    # (a label in a box, 【发布机构】市审计局 【访问量】1573, ends at its closing bracket)
    return re.compile(r"(?:(?:^|(?<=[\s\d\[【(（" + seps + r"]))(?P<label>" + alts + r")(?:" + SP + r"*[" + seps + r"】\]]"
                      + r"|(?=" + SP + r"*\d)|" + SP + r"*$|(?P<spaced>" + SP + r"+))|(?P<glued>" + alts + r")" + SP
                      + r"*[:：])" + SP + r"*")


def _token(tok: str, before: list[tuple[str, str]], lexicon: Lexicon) -> str | None:
    """`token_shape`, and the tokens only an info line has: a self-media origin mark and the account after it, the
    poster's location, a page tool in brackets before a credit ("【纠错】　【责任编辑：某某】")."""
    if tok in lexicon.origin_marks:  # before the person shape: "原创" is two Han characters too
        return "origin"
    if before and _ACCOUNT.match(tok) and not dates.DATETIME.match(tok) and (
            before[-1][0] == "origin" or (len(before) == 2 and before[0][0] == "origin")):
        # "原创 某某身边事 2026-03-26": the account's name follows its origin mark, maybe after the author's
        # ("原创 某某县乡村振兴局 某某乡村振兴 2026-03-05 18:00"), whatever its shape (某某发布 is an outlet's too)
        return "account"
    if tok in lexicon.regions:  # before the person shape: "湖南" is two Han characters too
        return "location"
    # a page tool beside the date ("已关注", "【我要打印】", "举报": before the outlet shape, which 举报 ends like)
    if tool_word(tok, lexicon):
        return "widget"
    shape = token_shape(tok)
    if shape is None and _POSTED_AT.match(tok):
        return "location"
    if shape is None and _NOTED_PERSON.match(tok):
        return "person"  # "某某(省农科院驻某村第一书记)": a name with its role in brackets
    if shape is None and badge_of(tok, lexicon):
        return "badge"
    return shape


def tool_word(tok: str, lexicon: Lexicon) -> bool:
    """A page tool's word, maybe boxed, asked for or with its plus (返回顶部, 【我要打印】, +关注): furniture_lines."""
    words = lexicon.view("grammar.tool_words", lambda lex: frozenset(lex.furniture_lines))
    return tok.strip("【】[]+").removeprefix("我要") in words


def _organs_first(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens with the organs before the rest (the issuer before the site's name), otherwise in order."""
    return sorted(tokens, key=lambda t: t[0] != "organ")


def account_name(text: str) -> bool:
    """A self-media account's name alone: one token of letters, no punctuation ("某某观察站", "某县融媒")."""
    return bool(_ACCOUNT.match(text.strip())) and not dates.DATETIME.match(text.strip())


def badge_of(tok: str, lexicon: Lexicon) -> str | None:
    """"official" or "creator": what the platform's badge ending `tok` ("某县融媒体中心官方账号", "优质创作者") says of the
    account it stands beside (Lexicon.account_badges); None for any other token."""
    return next((kind for ending, kind in lexicon.account_badges if tok.endswith(ending)), None)


def _shapes(text: str, lexicon: Lexicon) -> list[tuple[str, str]] | None:
    """Unlabelled text as typed tokens (dates kept whole, "2024-01-01 10:00" one token), or None if one is unknown."""
    out: list[tuple[str, str]] = []
    rest = text
    while rest:
        rest = rest.strip(SPACES + SEPARATORS + _WRAP + _MARKS + "【】[]")
        if not rest:
            break
        m = dates.DATETIME.match(rest)
        if m:
            out.append(("date", m.group(0)))
            rest = rest[m.end():]
            continue
        m = _SPLIT.search(rest)
        tok, rest = (rest[:m.start()], rest[m.end():]) if m else (rest, "")
        if not tok.strip("【】[]()（）" + _MARKS):
            continue  # the bracket opening the next label's box: "【纠错】　【责任编辑：某某】"
        tok = tok.strip(_WRAP)
        shape = _token(tok, out, lexicon)
        if shape is None:
            return None
        out.append((shape, tok))
    return out


def parse_info(text: str, lexicon: Lexicon) -> dict[str, str] | None:
    """An info line → its fields ({} when it carries none: "11-15 16:24", "次浏览"), or None when it is not one.

    Labelled values are checked against their label's shape (a 来源 whose value is a date gives the date); the
    text around labels must be typed tokens.  Without labels, the line needs a date or time among outlet/person/
    handle/count tokens: "某某日报 张三 2026-01-10 06:49:27".
    """
    if len(text) > INFO_MAX or "。" in text or "，" in text:
        return None
    if "://" in text:  # a URL's path is no date ("…/politics/2024-10/09/…"); the site's address may open the line
        text = _URL_TOKEN.sub(" ", text).strip()
        if not text:
            return None
    if "/" in text or "／" in text:  # credits by part
        text = _PART_CREDIT.sub(lambda m: m.group(1) + _PART_LABELS[m.group(2)], text)
    groups = info_label_groups(lexicon)
    spans = list(lexicon.view("grammar.info_label_rx", lambda lex: _label_rx(tuple(info_label_groups(lex)))).finditer(text))
    fields: dict[str, str] = {}
    # the unlabelled lead, and each label's value (up to the next label)
    lead, pairs = split_values(text, spans, VALUE_EDGE)
    lead_tokens = _shapes(lead, lexicon)
    if lead_tokens is None:
        return None
    tokens = list(lead_tokens)
    for m, raw in pairs:
        group = groups[m.group("label") or m.group("glued")]
        d = dates.DATETIME.search(raw)
        if group == "date" or (group in NAME_GROUPS and d and d.start() == 0):
            if d:
                fields.setdefault("date", d.group(0))
                extra = _shapes(raw[d.end():], lexicon)  # "2019-08-09 15:00:58" then maybe a count
                if extra is None:
                    return None
            elif raw and not dates.SHORT_DATETIME.match(raw):
                return None
        elif group in VALUE_GROUPS:
            value = _NAME_END.split(raw)[0].strip() if group != "title" else raw.strip()
            if value and (group == "title" or len(value) <= NAME_VALUE_MAX):
                fields.setdefault(group, value)
        elif group in NAME_GROUPS:
            if d:  # "编辑丨某某　2026/03/20": the date after the name is the line's date, not part of the name
                fields.setdefault("date", d.group(0))
                raw = raw[:d.start()]
            value = _NAME_NOTE.sub("", _NAME_END.split(raw)[0]).strip()
            if value and len(value) <= NAME_VALUE_MAX:
                fields.setdefault(group, value)
    lead_dates = [v for s, v in tokens if s == "date"]
    accounts = [v for s, v in tokens if s == "account"]
    for s, v in tokens:  # the platform's words on its poster: meta, and a sign the line is a self-media byline
        if s in ("badge", "location"):
            fields.setdefault("account_" + s, _POSTED_LABEL.sub("", v))
    if accounts:  # the publishing account: the source unless a 来源 line names one (assemble's fallback)
        fields.setdefault("account", accounts[-1])
    if lead_dates:
        fields.setdefault("date", lead_dates[0])
    if spans and len(lead_tokens) == 1 and lead_tokens[0][0] in ("outlet", "organ", "person") and pairs and \
            groups[pairs[0][0].group("label") or pairs[0][0].group("glued")] == "author":
        fields.setdefault("source", lead_tokens[0][1])  # "某某日报 记者 张三", "某某警方 通讯员 李四": the outlet
    if spans and lead_dates:  # "2026-02-11 10:30  县林业局  【字体：大 中 小】": the dated lead names the organ
        for s, v in _organs_first(lead_tokens):  # (or the outlet: 某某客户端 · date · 阅读 …)
            if s in ("organ", "outlet"):
                fields.setdefault("source", v)
    organ_credit(fields)
    if "date" not in fields and any(m.group("spaced") for m, _ in pairs):
        return None  # "作者 简介", "来源 说明": words, not labels, without the date an info line carries
    if not spans:
        shapes = {s for s, _ in tokens}
        if not shapes & {"date", "time"} or len(tokens) > BARE_TOKENS_MAX:
            return None
        # (with the poster's location, "某某发布 2023-11-02 18:30 发表于广东", or printed twice as author and account,
        # "某某检察 某某检察 2026年01月08日 18:30", the name is the platform account: the source only where no 来源
        # line names one)
        names = [v for s, v in tokens if s in ("outlet", "organ", "person")]
        outlet_group = "account" if "location" in shapes or len(set(names)) < len(names) else "source"
        # (an organ before any outlet: "某某国防动员网 / 2026-08-19 / 县征兵办" names the site, then the issuer)
        for s, v in _organs_first(tokens):
            if s in ("outlet", "organ"):
                fields.setdefault(outlet_group, v)
            elif s == "person" and "date" in shapes and v not in lexicon.credit_roles:  # "记者 某某": the role
                fields.setdefault("author", v)
    return fields


def organ_credit(fields: dict[str, str]) -> None:
    """An organ named as the author or the poster (作者：宣传部, 发布者：县人大办) is the source where no 来源 names one:
    an organ writes no article itself; a person who posted the page is only the CMS user (dropped)."""
    publisher = fields.pop("publisher", "")
    if "source" in fields:
        return
    organ = shape_patterns().organ_line
    unit, _, person = fields.get("author", "").partition(" ")
    if person.strip() and organ.match(unit) and PERSON_SHAPE.match(person.strip()):
        fields["source"], fields["author"] = unit, person.strip()  # "作者：宣传部 某某": the unit and its writer
    elif organ.match(fields.get("author", "")):
        fields["source"] = fields.pop("author")
    elif organ.match(publisher):
        fields["source"] = publisher


def label_alone(text: str, lexicon: Lexicon) -> str | None:
    """"信息来源：" with nothing after it: the group of a name label whose value the dump put on the next line."""
    t = text.strip(SPACES + "【】[]")
    if not t.endswith(tuple(COLONS)):
        return None
    group = info_label_groups(lexicon).get(t[:-1].strip(SPACES))
    return group if group in NAME_GROUPS else None


def leading_fields(text: str) -> dict[str, str]:
    """Date and outlet from the typed tokens that open a CMS residue line ("2022-07-29 1 1 某某日报 content_1.html …")."""
    out: dict[str, str] = {}
    for tok in text.split()[:LEAD_TOKENS]:
        shape = "date" if dates.DATETIME.fullmatch(tok) else token_shape(tok)
        if shape is None:
            break
        if shape == "date":
            out.setdefault("date", tok)
        elif shape == "outlet":
            out.setdefault("source", tok)
    return out if "date" in out else {}
