"""Context-free labelling of labelled lines: info bars, flattened gov-table rows, and the lexicon's line rules."""
from __future__ import annotations

import re

from ..grammar import choice_bar, dates
from ..grammar.labels import (BARS, NAME_GROUPS, gov_row_pattern, info_label_groups, labelled_line_pattern, organ_credit,
                              split_values)
from ..lexicon import Lexicon
from ..model import BOILERPLATE, FIELD, Block
from . import shapes
from .shapes import SP, folded, is_open
from .tuning import TITLE_MAX

_VALUE_EDGE = " \t\u3000\u00a0/【】[]" + BARS  # separators and brackets around label values ("【来源：某某】", "来源：某某 丨")
_CREDIT_GROUPS = NAME_GROUPS  # the fields that name people or outlets
CHOICE_BAR_MAX = 60  # a rating widget's line is short
_CLOSE_TO_OPEN = {")": "(", "）": "（", "]": "[", "】": "【"}

# -- patterns --------------------------------------------------------------------------------------------------
_SPACES = re.compile(r"\s+")  # the letter-spacing inside a label ("索   引   号")
_ANY_SPACE = re.compile(r"\s")
_PIPES = re.compile(r"[|｜]")  # the cell separators of a table row flattened to a line
# where a credit's value ends ("张三   编辑：…", "张三 / 李四", "某局 | 【大】【中】【小】")
_VALUE_END = re.compile(SP + "{2,}|" + SP + "*/" + SP + "|" + SP + "*[" + BARS + "]")


def _split_labelled(text: str, rx: re.Pattern[str]) -> tuple[str, list[tuple[str, str]]]:
    """'lead L1: v1 L2: v2' → ('lead', [(L1, v1), (L2, v2)]), labels with their spacing removed."""
    ms = list(rx.finditer(text))
    if not ms:
        return text, []
    lead, pairs = split_values(text, ms, _VALUE_EDGE)
    return lead.strip(_VALUE_EDGE), [(_SPACES.sub("", m.group("label")), value) for m, value in pairs]


def mark_info_lines(blocks: list[Block], lexicon: Lexicon) -> None:
    """An info bar: a leading date and/or two or more labels (来源/作者/时间/浏览/字体 …) on one short line.

    Lines with a single label are left to the line rules.  A credit naming the reposting website as both
    author and source ("作者:某某资料网 … 来源:某某资料网") is the site's own stamp: it goes to meta, not fields.
    """
    groups = info_label_groups(lexicon)
    t = lexicon.tuning
    site_credits = lexicon.patterns("site_credits")  # a name ending like a website's (某某网, 某某在线)
    rx = lexicon.view("classify.info_line_labels", lambda lex: labelled_line_pattern(tuple(info_label_groups(lex))))
    for b in blocks:
        if not is_open(b) or len(b.text) > t.info_max or "。" in b.text or not (":" in b.text or "：" in b.text):
            continue
        lead, pairs = _split_labelled(folded(b.text), rx)
        if not pairs or (lead and not dates.DATE_LINE.match(lead)) or (len(pairs) < t.info_min_labels and not lead):
            continue
        values: dict[str, str] = {}
        line_date = ""  # a date the line prints after a credit's value ("来源：某局 / 2026-07-04 / 浏览量：…")
        for label, value in pairs:
            group = groups[label]
            if group in _CREDIT_GROUPS and dates.FULL_DATE.match(value):
                group = "date"  # "来源: 2019-08-09 15:00" — an empty credit before the date
            if group == "date":
                m = dates.FULL_DATE.search(value)
                value = m.group(0) if m else ""
            elif group in _CREDIT_GROUPS:
                m = dates.FULL_DATE.search(value)
                if m:
                    line_date = line_date or m.group(0)
                    value = value[:m.start()].rstrip(_VALUE_EDGE)
                value = _VALUE_END.split(value)[0]
                if len(value) > t.credit_value_max:
                    value = ""
            else:  # counters and share widgets carry no provenance
                continue
            if value:
                values.setdefault(group, value)
        if lead or line_date:
            values.setdefault("date", lead or line_date)
        organ_credit(values)  # "来源: 作者:某县应急局", "作者：宣传部": the issuing organ, under the wrong label
        src = values.get("source")
        if src and src == values.get("author") and any(p.search(src) for p in site_credits):
            values = {"site": src, **({"site_time": values["date"]} if "date" in values else {})}
        b.fields.update(values)
        b.mark(FIELD if values else BOILERPLATE, "byline", "info:labelled-line")


def mark_gov_labels(blocks: list[Block], lexicon: Lexicon) -> None:
    """政府信息公开 table rows flattened to lines: label/value pairs → meta (名称/标题 also → title).

    Lines starting with a table label count when two or more of them are adjacent (the table's rows), or when
    one line holds several labels or writes its label letter-spaced ("名        称 …").
    """
    rx = lexicon.view("classify.gov_row_labels",
                      lambda lex: gov_row_pattern(lex.gov_table_labels + lex.gov_table_counter_labels))
    label_fields = lexicon.table("gov_label_fields")
    t = lexicon.tuning
    parsed: dict[int, list[tuple[str, str]]] = {}
    strong: set[int] = set()
    below: set[int] = set()  # rows whose value is the next line ("索引号：" / "11440300…/2026-00123")
    rows = [_gov_row(b, rx, t.gov_row_max) for b in blocks]
    for i, row in enumerate(rows):
        if row is None:
            continue
        label, pairs = row
        if not any(v for _, v in pairs):
            value = _value_line(blocks[i + 1]) if len(pairs) == 1 and i + 1 < len(blocks) and rows[i + 1] is None else ""
            if value:
                parsed[i] = [(pairs[0][0], value)]
                below.add(i)
            continue
        parsed[i] = pairs
        if len(pairs) >= t.gov_min_labels or _ANY_SPACE.search(label):
            strong.add(i)
    accepted: set[int] = set()
    run: list[int] = []
    for i in sorted(parsed) + [-2]:  # runs of adjacent label lines (a value below its label between); -2 flushes
        if run and i != run[-1] + 1 + (run[-1] in below):
            if len(run) >= t.gov_min_rows or strong.intersection(run):
                accepted.update(run)
            run = []
        run.append(i)
    for i in sorted(accepted):
        if i in below:
            blocks[i + 1].mark(FIELD, "metadata", "gov-table:value-below-label")
        b = blocks[i]
        for label, value in parsed[i]:
            if not value:
                continue
            b.fields.setdefault(label, value)
            group = label_fields.get(label)
            if group == "date":
                m = dates.FULL_DATE.search(value)
                value = m.group(0) if m else ""
            if group and value:
                b.fields.setdefault(group, value)
        b.mark(FIELD, "metadata", "gov-table:label-line")


def _gov_row(b: Block, rx: re.Pattern[str], row_max: int) -> tuple[str, list[tuple[str, str]]] | None:
    """(the first label as printed, the row's label/value pairs) of a line that is a gov-table row, else None."""
    if not is_open(b) or len(b.text) > row_max or "。" in b.text:
        return None
    text = shapes.BULLET.sub("", _PIPES.sub(" ", folded(b.text)).strip())  # rows flattened with pipes, "• 索引号:"
    m = rx.match(text)
    if not m:
        return None
    lead, pairs = _split_labelled(text, rx)
    return None if lead else (m.group("label"), pairs)


def _value_line(b: Block) -> str:
    """The gov-table value printed on line b, or "": short, no sentence (an index number, an organ, a date), not
    an empty table cell ("| | |")."""
    value = _PIPES.sub(" ", b.text).strip()
    # (not the 主送 line under an empty 主题词 cell: "各市、县人民政府，省政府各部门：" opens the document)
    return value if (is_open(b) and 0 < len(value) <= TITLE_MAX and not shapes.is_prose(value)
                     and not value.endswith((":", "："))) else ""


def _balanced(value: str) -> str:
    """A field value without the closing bracket of the line around it: "(来源:某某网站)" → "某某网站"."""
    while value and value[-1] in _CLOSE_TO_OPEN and value.count(value[-1]) > value.count(_CLOSE_TO_OPEN[value[-1]]):
        value = value[:-1].rstrip()
    return value


def mark_line_rules(blocks: list[Block], lexicon: Lexicon) -> None:
    """Whole-line rules from the lexicon (disclaimers, bylines, footers, toolbars …); named groups → fields.  A
    rating widget ("您对本次答复是否满意？ 满意 一般 不满意") is one by its shape, on either path."""
    for k, b in enumerate(blocks):
        if not is_open(b):
            continue
        hit = lexicon.match_line(folded(b.text))
        if hit is None:
            if len(b.text) <= CHOICE_BAR_MAX and choice_bar(folded(b.text), lexicon):
                b.mark(BOILERPLATE, "comment", "shape:choice-bar")
            continue
        rule, m = hit
        if rule.kind == "ad" and _numbered_step(blocks, k):
            continue  # "2.关注“某某”微信公众号；" between steps 1 and 3: the article's own list, not a promo
        values = {k: _balanced(v.strip()) for k, v in m.groupdict().items() if v and v.strip()}
        b.fields.update(values)
        b.mark(FIELD if values else BOILERPLATE, rule.kind, "line:" + rule.name)


_STEP = re.compile(r"^(\d{1,2})[.、．]")  # a numbered step of a list


def _numbered_step(blocks: list[Block], k: int) -> bool:
    """Line k is item n of a numbered list: the line before it is item n-1 or the line after it item n+1."""
    m = _STEP.match(blocks[k].text.strip())
    if not m:
        return False
    n = int(m.group(1))
    near = [(blocks[j].text.strip(), want) for j, want in ((k - 1, n - 1), (k + 1, n + 1)) if 0 <= j < len(blocks)]
    return any((s := _STEP.match(text)) is not None and int(s.group(1)) == want for text, want in near)

