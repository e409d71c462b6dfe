"""Markup-level metadata for HTML pages: the displayed headline, gov <meta> tags, the 政府信息公开 table,
info bars (发布时间/来源), and source links.  Called by segment_html before content selection.

Interface (stable; segment_html relies on it):
    read_metadata(root, lexicon) -> PageMeta
`root` is the parsed page (lxml.html element, <head> still present, scripts already dropped).  Elements listed in
`PageMeta.consumed` have been turned into fields; segment_html leaves them out of the blocks and records a
Removal for each (kind given alongside).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import Lexicon

_WS = re.compile(r"\s+")


@dataclass
class PageMeta:
    title_hint: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # source_url, source_name, published, author, editor
    meta: dict[str, Any] = field(default_factory=dict)  # gov table fields, <meta> tags
    consumed: list[tuple[Any, str, str]] = field(default_factory=list)  # (element, removal kind, reason)


def read_metadata(root, lexicon: Lexicon) -> PageMeta:
    pm = PageMeta()
    h1 = root.find(".//h1")
    if h1 is not None:
        pm.title_hint = _WS.sub(" ", h1.text_content()).strip() or None
    return pm
