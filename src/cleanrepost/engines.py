"""The alternative extraction engine: trafilatura, fed the decoded str (never bytes: it would guess the charset
from a byte sample and can misread GBK pages).

`segment_trafilatura` returns the same `Segmented` a segmenter does, so trafilatura's text still goes through
our classifier (line rules: bylines, disclaimers, editors), assembly and normalization, and the markup metadata
still comes from `html_meta`.  trafilatura is imported lazily: the default path never needs it.
"""
from __future__ import annotations

from typing import Any

from .html_meta import read_metadata
from .lexicon import Lexicon
from .model import Block, CleanError, Segmented
from .segment_html import neutralise, parse


def _bare_extraction(html: str) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError as e:  # an optional engine: say so in the documented error type
        raise CleanError("engine='trafilatura' needs the trafilatura package (pip install trafilatura)") from e
    try:
        result = trafilatura.bare_extraction(html, favor_precision=True, include_comments=False, include_tables=True,
                                             with_metadata=True)
    except Exception:  # trafilatura's own failures on odd markup: treat as "nothing found"
        return None
    if result is None:
        return None
    return result if isinstance(result, dict) else result.as_dict()


def segment_trafilatura(html: str, lexicon: Lexicon) -> Segmented:
    """Blocks from trafilatura's main text (one per line), with metadata from our own markup reader."""
    root, flags = parse(html)
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    page = read_metadata(root, lexicon)
    extracted = _bare_extraction(neutralise(html))  # our stray-</html> fix helps trafilatura's parse too
    text = (extracted or {}).get("text") or ""
    blocks = [Block(text=line.strip(), index=i, tag="p")
              for i, line in enumerate(x for x in text.split("\n") if x.strip())]
    title_hint = page.title_hint or (extracted or {}).get("title")
    fields = dict(page.fields)
    if not fields.get("published") and (extracted or {}).get("date"):
        fields["published"] = extracted["date"]
    flags = flags + ["engine-trafilatura"]
    if extracted is None:
        flags.append("engine-found-nothing")
    return Segmented(blocks=blocks, title_hint=title_hint, fields=fields, meta=page.meta, flags=flags)
