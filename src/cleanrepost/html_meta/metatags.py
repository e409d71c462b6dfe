"""<meta> tags: name/property → content, and the source name a `source` tag holds."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from .text import _COLON, collapse



def gov_meta_names(lexicon: Lexicon) -> dict[str, str]:
    """Lowercased <meta> name → the gov-CMS tag name it is copied to Document.meta under."""
    return lexicon.view("html_meta.gov_meta", lambda lex: {n.lower(): n for n in lex.gov_meta_tags})


def meta_tags(root) -> dict[str, str]:
    """name/property (lowercased) → content, first non-empty occurrence; <meta> anywhere in the page."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = collapse(m.get("content") or "")
        if name and content and name not in out:
            out[name] = content[:2000]
    return out


def _source_value(v: str | None) -> str | None:
    """<meta name=source content="来源：某某网-文化频道 原创稿"> → 某某网-文化频道."""
    if not v:
        return None
    v = re.sub(r"^(?:[\u4e00-\u9fff]{0,4}来源)" + _COLON, "", v).strip()
    return v.split(" ")[0] if v else None
