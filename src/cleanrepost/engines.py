"""The alternative extraction engine: trafilatura, fed the decoded str (never bytes: it would guess the charset
from a byte sample and can misread GBK pages).

`segment_trafilatura(html, lexicon, *, max_blocks=None)` is a segmenter with segment_html's signature and
result: it uses the same stages before the walk (`dom.load`, the markup reader `html_meta.read_metadata`) and
trafilatura's lines instead of our walk and container choice, so its text still goes through our classifier
(line rules: bylines, disclaimers, editors), assembly and normalization.  trafilatura is imported lazily: the
default path never needs it.
"""
from __future__ import annotations

from typing import Any

from .html_meta import read_metadata
from .lexicon import Lexicon
from .dom import load, neutralise
from .model import Block, CleanError, Removal, Segmented


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


def segment_trafilatura(html: str, lexicon: Lexicon, *, max_blocks: int | None = None) -> Segmented:
    """Blocks from trafilatura's main text (one per line), with metadata from our own markup reader.  Past
    `max_blocks` lines, the rest is one "over-limit" Removal and the page is flagged "truncated" (as segment_html
    does)."""
    root, flags = load(html)
    page = read_metadata(root, lexicon)
    extracted = _bare_extraction(neutralise(html))  # our stray-</html> fix helps trafilatura's parse too
    text = (extracted or {}).get("text") or ""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    removed: list[Removal] = []
    if max_blocks is not None and len(lines) > max_blocks:
        removed.append(Removal(kind="over-limit", text="\n".join(lines[max_blocks:]), reason="limit:max-blocks",
                               index=max_blocks))
        lines = lines[:max_blocks]
        flags.append("truncated")
    blocks = [Block(text=line, index=i, tag="p") for i, line in enumerate(lines)]
    title_hint = page.title_hint or (extracted or {}).get("title")
    fields = dict(page.fields)
    if not fields.get("published") and (extracted or {}).get("date"):
        fields["published"] = extracted["date"]
    flags = flags + ["engine-trafilatura"]
    if extracted is None:
        flags.append("engine-found-nothing")
    return Segmented(blocks=blocks, title_hint=title_hint, fields=fields, meta=page.meta, removed=removed,
                     flags=flags)
