"""Markdown escaping: text that a CommonMark renderer shows as itself.

Inline, every ASCII punctuation character that can open or close markup is backslash-escaped (CommonMark drops
the backslash before any ASCII punctuation, so nothing visible is added): `\\ ` * _ [ ] < > & ~ | #`.  At the
start of a block, what would open a list, a heading or a rule is escaped too: "1. 加强" → "1\\. 加强" (a
backslash before the "." — before the digit it would be shown), "- x" → "\\- x", "+ x", "= x".
"""
from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>&~|#])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_OPENERS = ("-", "+", "=")


def md_inline(text: str) -> str:
    return _INLINE.sub(r"\\\1", text)


def md_block(escaped: str) -> str:
    """An inline-escaped text that starts a block: escape what would make it a list item, heading or rule.
    Leading spaces and tabs go (four would make a code block; a paragraph never shows them)."""
    escaped = escaped.lstrip(" \t")
    if escaped.startswith(_OPENERS):
        return "\\" + escaped
    m = _ORDERED.match(escaped)
    if m:
        return m.group(1) + "\\" + escaped[m.end(1):]
    return escaped


def md_url(url: str) -> str:
    """A link destination in <…>, which allows any character but <, >, \\ and line breaks (percent-encoded)."""
    clean = url.replace("\\", "%5C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return "<" + clean.replace("\n", "").replace("\r", "") + ">"
