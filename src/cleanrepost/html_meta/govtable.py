"""The 政府信息公开 table (索引号, 发文字号, 标题 …): label/value cells, or the same labels laid out as a list."""
from __future__ import annotations

import re
from typing import Any

from ..grammar.labels import gov_list_pattern, split_values
from ..knowledge.traditional import s2t_forms
from ..lexicon import Lexicon
from .bodyscan import Scan
from .text import _WS, element_text

# Compiled once: these run for every cell, text node or element_text call of a page.
_CELL_LABEL = re.compile(r"^(.{1,12}?)[:：]\s*(.*)$")
_COLON_SPLIT = re.compile(r"[:：]")
GOV_LABELS_MIN = 3  # known labels that make a table or list the 政府信息公开 table (one or two are any form's)
CELL_MAX = 200  # a label cell's text; longer cells are content
VALUE_CELL_MAX = 300  # the value cell after a label cell
TABLE_SLACK = 200  # characters a gov table may hold beyond twice its labels and values (headers, notes)


def _label(text: str) -> str:
    """'标　　题：' → '标题'."""
    return _WS.sub("", text).rstrip(":：")


def gov_table(sc: Scan, lexicon: Lexicon) -> tuple[Any, dict[str, str]]:
    """The 政府信息公开 table: label/value cells (索引号, 发文字号 …) → {label: value}, and the table element.

    The innermost table holding three or more known labels wins; the element is returned for consumption only
    when its text is mostly those labels and values (never a layout table wrapping the article)."""
    labels = label_map(lexicon.gov_table_labels)
    best, best_pairs = None, {}
    for table in _label_tables(sc, labels):
        pairs: dict[str, str] = {}
        cells = [c for c in table.iter("td", "th") if _nearest_table(c) is table]
        for i, cell in enumerate(cells):
            text = element_text(cell, CELL_MAX, " ")
            if not text:
                continue
            m = _CELL_LABEL.match(text)
            head = labels.get(_label(m.group(1) if m else text))
            if head is None:
                continue
            value = m.group(2).strip() if m and m.group(2).strip() else None
            if value is None and i + 1 < len(cells):
                nxt = element_text(cells[i + 1], VALUE_CELL_MAX, " ")
                if nxt and _label(nxt.split("：")[0].split(":")[0]) not in labels:
                    value = nxt
            if value:
                pairs.setdefault(head, value)
        if len(pairs) >= GOV_LABELS_MIN and (best is None or len(pairs) >= len(best_pairs)):
            best, best_pairs = table, pairs  # later (inner) tables come after their ancestors in iter order
    if best is None:
        return gov_list(sc, lexicon)
    size = sum(len(k) + len(v) for k, v in best_pairs.items())
    total = element_text(best, size * 2 + TABLE_SLACK, "")
    return (best if total is not None else None), best_pairs


LIST_MAX = 900  # a gov label list is short; a longer block is the page
LIST_CLIMB = 5  # ancestors of a labelled text searched for the list holding the most labels


def _list_pairs(text: str, rx: re.Pattern[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for h, value in split_values(text, list(rx.finditer(text)))[1]:
        if value:
            pairs.setdefault(_label(h.group("label")), value)
    return pairs


def gov_list(sc: Scan, lexicon: Lexicon) -> tuple[Any, dict[str, str]]:
    """The same label/value metadata laid out as a list (<ul><li>索引号：…</li>…) instead of a table: the
    smallest block around the labels that holds the most of them, if three or more."""
    labels = set(lexicon.gov_table_labels)
    rx = lexicon.view("html_meta.gov_list_labels", lambda lex: gov_list_pattern(lex.gov_table_labels))
    for text, owner in sc.colon:
        if not rx.search(text):
            continue
        best, best_pairs = None, {}
        el = owner
        for _ in range(LIST_CLIMB):
            if el is None or el.tag in ("body", "html"):
                break
            block = element_text(el, LIST_MAX, " ")
            if block is None:
                break
            pairs = _list_pairs(block, rx)
            if len(pairs) > len(best_pairs):
                best, best_pairs = el, pairs
            el = el.getparent()
        if best is not None and len(best_pairs) >= GOV_LABELS_MIN and set(best_pairs) <= labels:
            return best, best_pairs
    return None, {}


_LABEL_MAPS: dict[tuple[str, ...], dict[str, str]] = {}


def label_map(labels: tuple[str, ...]) -> dict[str, str]:
    """Each gov label, and its Traditional form (索引號, 發文字號: HK/TW mirrors), → the label as listed."""
    mapping = _LABEL_MAPS.get(labels)
    if mapping is None:
        mapping = {label: label for label in labels}
        try:
            forms = s2t_forms(labels)
            for label in labels:
                mapping.setdefault(forms[label], label)
        except ImportError:  # without OpenCC the Simplified labels still work
            pass
        mapping = _LABEL_MAPS[labels] = mapping
    return mapping


def _label_tables(sc: Scan, labels: dict[str, str]) -> list:
    """Tables (document order) with three or more cells whose text starts with a gov label."""
    counts: dict[Any, set[str]] = {}
    order: list = []
    for text, owner in sc.colon + sc.short:
        head = labels.get(_label(_COLON_SPLIT.split(text.strip(), maxsplit=1)[0]))
        if head is None:
            continue
        cell = owner if owner.tag in ("td", "th") else next(owner.iterancestors("td", "th"), None)
        table = _nearest_table(cell) if cell is not None else None
        if table is not None:
            if table not in counts:
                counts[table] = set()
                order.append(table)
            counts[table].add(head)
    return [t for t in order if len(counts[t]) >= GOV_LABELS_MIN]


def _nearest_table(el):
    for a in el.iterancestors("table"):
        return a
    return None


def _table_date(table: dict[str, str], lexicon: Lexicon) -> str | None:
    """The gov table's posting date (发布日期 …), not its 成文日期."""
    for label, name in lexicon.table("gov_label_fields").items():
        if name == "date" and table.get(label):
            return table[label]
    return None
