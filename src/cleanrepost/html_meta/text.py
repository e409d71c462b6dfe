"""Text of elements and strings, shared by every reader: whitespace collapsing, comparison keys, element_text."""
from __future__ import annotations

import re
import unicodedata

from lxml import etree

_WS = re.compile(r"[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]+")
_COLON = r"[ \t\u3000\u00a0]*[:：]"
_BR = "\x00"
# Compiled once: it runs for every element_text call of a page.
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
    # lxml's own traversal, no Python stack.  Comments, PIs and entity references carry no text, but keep their
    # tails and one separator (an entity reference also comes as start + end: its start adds nothing).
    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event == "start":
            if not isinstance(node.tag, str):
                continue
            if node.tag == "br":
                parts.append(_BR)
            elif node.text:
                parts.append(node.text)
                size += len(node.text.strip())
        if sep:
            parts.append(sep)
        if event != "start" and node is not el and node.tail:
            parts.append(node.tail)
            size += len(node.tail.strip())
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
