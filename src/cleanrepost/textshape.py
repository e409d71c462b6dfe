"""Structure that a text dump's lines make clear without markup: numbered section headings, runs of numbered or
bulleted list items, and runs of `|`-separated lines with the same number of cells.  Only the structured body
reads this; the paragraphs are the same whatever is recognised.
"""
from __future__ import annotations

import re

from . import lazy_re
from .body import Cell, Heading, ListItem, Paragraph, Part, Table
from .knowledge.context import shape_patterns

_SUB_SECTION = re.compile(r"^[\s　]*[（(][一二三四五六七八九十百]+[）)]")
_DEEP_SECTION = re.compile(r"^[\s　]*第[一二三四五六七八九十百零〇\d]+节")
_ARTICLE = re.compile(r"^[\s　]*第[一二三四五六七八九十百零〇\d]+条")  # 第十一条: an article of a law is a paragraph
_CLAUSE_END = re.compile(r"[：:。；;，,！？!?]$")  # a line that ends like a clause introduces or ends a sentence
_NUMBERED = re.compile(r"^(\d{1,3})[.．、)）]\s*(?=\S)")
_BULLET = re.compile(r"^[•·●○▪■□◆◇\-*]\s*(?=\S)")
_ITEM_START = re.compile(r"[\d•·●○▪■□◆◇\-*]")  # the first character of a numbered or bulleted line
_TABLE_RULE = lazy_re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
DUMP_HEADING_MAX = 40  # characters: a numbered line longer than this is a paragraph that starts with its number
PART_MIN_LINES = 2  # a list or a table is at least two lines: one numbered line alone is no evidence of a list
MIN_CELLS = 2  # a `|` line of one cell is text with a bar in it


def is_numbered_heading(text: str) -> bool:
    """一、总体要求 / （一）工作目标 / 第一章 总则: short, numbered, not a law's article, not a clause."""
    return (len(text) <= DUMP_HEADING_MAX and shape_patterns().section.match(text) is not None and not _ARTICLE.match(text)
            and not _CLAUSE_END.search(text))


def heading_level(text: str) -> int:
    """一、/第一章 → 2, （一）/第一节 → 3."""
    return 3 if _SUB_SECTION.match(text) or _DEEP_SECTION.match(text) else 2


def _cells(line: str) -> list[str] | None:
    if "|" not in line:
        return None
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    cells = [c.strip() for c in inner.split("|")]
    return cells if len(cells) >= MIN_CELLS else None


def _table_run(texts: list[str], i: int) -> tuple[Table, int] | None:
    """A table starting at line i: rows of equal cell counts (a `|---|` rule under the first one is allowed)."""
    first = _cells(texts[i])
    if first is None or _TABLE_RULE.match(texts[i]):
        return None
    rows, j, separator = [first], i + 1, None
    if j < len(texts) and _TABLE_RULE.match(texts[j]) and len(_cells(texts[j]) or ()) == len(first):
        separator, j = texts[j], j + 1
    while j < len(texts):
        cells = _cells(texts[j])
        if cells is None or len(cells) != len(first) or _TABLE_RULE.match(texts[j]):
            break
        rows.append(cells)
        j += 1
    if len(rows) < PART_MIN_LINES:
        return None
    header = separator is not None
    table = Table(rows=[[Cell(c, header=header and k == 0) for c in row] for k, row in enumerate(rows)],
                  lines=texts[i:j])
    return table, j


def _item_run(texts: list[str], heading: list[bool], i: int) -> int:
    """End of a run of list items starting at i (i itself when there is none)."""
    m = _NUMBERED.match(texts[i])
    if m:
        j, expect = i, int(m.group(1))
        while j < len(texts) and not heading[j]:
            m = _NUMBERED.match(texts[j])
            if not m or int(m.group(1)) != expect:
                break
            j, expect = j + 1, expect + 1
        return j if j - i >= PART_MIN_LINES else i
    j = i
    while j < len(texts) and not heading[j] and _BULLET.match(texts[j]) and not _TABLE_RULE.match(texts[j]):
        j += 1
    return j if j - i >= PART_MIN_LINES else i


def dump_parts(texts: list[str], heading: list[bool]) -> list[Part]:
    """Body parts for lines without markup; `heading` marks the lines the classifier labelled HEADING."""
    parts: list[Part] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        if heading[i] and is_numbered_heading(text):
            parts.append(Heading(text, heading_level(text)))
            i += 1
            continue
        run = _table_run(texts, i) if "|" in text else None
        if run is not None:
            parts.append(run[0])
            i = run[1]
            continue
        end = _item_run(texts, heading, i) if _ITEM_START.match(text) else i
        if end > i:
            ordered = _NUMBERED.match(text) is not None
            parts.extend(ListItem(t, ordered, 1) for t in texts[i:end])
            i = end
            continue
        parts.append(Paragraph(text))
        i += 1
    return parts
