"""Text of elements and strings, shared by every reader: whitespace collapsing, comparison keys, element_text."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from lxml import etree

_WS = re.compile(r"[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]+")
_COLON = r"[ \t\u3000\u00a0]*[:：]"
_BR = "\x00"
# Compiled once: these run for every cell, text node or element_text call of a page.
_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)
_BR_RUN = re.compile(r" ?\x00[ \x00]*")


def collapse(s: str) -> str:
    return _WS.sub(" ", s).strip()


def key(s: str | None) -> str:
    """Comparison form: NFKC, letters/digits/CJK only (punctuation, spaces, case of separators ignored)."""
    if not s:
        return ""
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKC", s))).lower()


def element_text(el, limit: int | None = None, sep: str = "") -> str | None:
    """The text of `el`; `sep` goes between elements, <br> joins lines without a separator (headline blocks).

    None when the text exceeds `limit` characters (the walk stops early, so big containers stay cheap)."""
    parts: list[str] = []
    size = 0
    if next(el.iter(_NOT_ELEMENTS), None) is None:
        # The usual case (segment_html's parser drops comments and PIs): lxml's own traversal, no Python stack.
        for event, node in etree.iterwalk(el, events=("start", "end")):
            if event == "end":
                if sep:
                    parts.append(sep)
                if node is not el and node.tail:
                    parts.append(node.tail)
                    size += len(node.tail.strip())
            else:
                if node.tag == "br":
                    parts.append(_BR)
                elif node.text:
                    parts.append(node.text)
                    size += len(node.text.strip())
                if sep:
                    parts.append(sep)
            if limit is not None and size > limit + 20:
                return None  # far over: stop walking
        return _joined(parts, limit)
    # Comments and PIs (which iterwalk does not report) add no text but keep their tails and separators.
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if sep:
                parts.append(sep)
            if node is not el and node.tail:
                parts.append(node.tail)
                size += len(node.tail.strip())
        else:
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag == "br":
                parts.append(_BR)
            elif tag and node.text:
                parts.append(node.text)
                size += len(node.text.strip())
            if sep and tag:
                parts.append(sep)
            stack.append((node, True))
            stack.extend((c, False) for c in reversed(node))
        if limit is not None and size > limit + 20:
            return None  # far over: stop walking
    return _joined(parts, limit)


def _joined(parts: list[str], limit: int | None) -> str | None:
    text = _WS.sub(" ", "".join(parts))
    text = _BR_RUN.sub(_BR, text).strip(" " + _BR).replace(_BR, "")
    if limit is not None and len(text) > limit:
        return None
    return text


def _within(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())
