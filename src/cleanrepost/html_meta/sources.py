"""Where the text came from: 原文链接 / 阅读原文 links, and source names cleaned of city suffixes."""
from __future__ import annotations

import re

from ..knowledge.context import shape_patterns
from ..lexicon import Lexicon
from .bodyscan import Scan
from .text import collapse
ORIGINAL_SCANNED = 50  # texts mentioning 原文 looked at (the link is near the article, not in a long list)


def original_link(sc: Scan, lexicon: Lexicon) -> str | None:
    """The href of a 原文链接 / 阅读原文 link, or of the link right after a 原文链接： label."""
    words = lexicon.source_link_texts
    for text, el, is_tail in sc.original[:ORIGINAL_SCANNED]:
        t = collapse(text).strip("[]【】()（）:： ")
        link = None
        if not is_tail and el.tag == "a" and t in words:
            link = el  # <a>阅读原文</a>
        elif any(t.endswith(w) for w in words):  # 原文链接：<a href=…>…</a>
            # the label is a tail (…<br>原文链接：<a>), the text before a child link (<p>原文链接：<a>), or a
            # labelling element of its own (<span>原文链接：</span><a>)
            nxt = el.getnext() if is_tail else (el[0] if len(el) else el.getnext())
            if nxt is not None and nxt.tag == "a":
                link = nxt
        if link is not None and (link.get("href") or "").strip():
            return link.get("href").strip()
    return None


def clean_source_name(name: str, lexicon: Lexicon | None = None) -> str:
    """'财经网(北京)' → '财经网': city suffixes and stray brackets go."""
    name = name.strip(" |｜[]【】")
    name = shape_patterns(lexicon).city_suffix.sub("", name).strip()
    return name
