"""HTML only: chrome inside the article container, read from markup features (hints, link density, boxes).

The stage runs on markup input only (`STAGES` says so); text dumps carry no markup features.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..knowledge.context import shape_patterns
from ..model import BOILERPLATE, Block
from . import shapes
from .shapes import is_open, is_prose

# -- patterns --------------------------------------------------------------------------------------------------
_HINT_PART = re.compile(r"[-_]+")  # "related_article_title" -> related, article, title


def _hint(b: Block, kinds: dict[str, str]) -> str | None:
    """The chrome hint among the block's id/class names: a whole name, else one of its parts (not "page")."""
    return next((t for t in b.hints if t in kinds), None) or next(
        (p for t in b.hints for p in _HINT_PART.split(t) if p in kinds and p not in (t, "page")), None)


def mark_html_blocks(blocks: list[Block], lexicon: Lexicon) -> None:
    """HTML only (owner: segment_html's author): chrome inside the article container, read from markup features.

    A non-prose block under an element with a chrome id/class (lexicon.hint_kinds: share, related, ad ...) takes
    that hint's kind;
    a non-prose line that is mostly link text is a related link; a box (`Block.group`) that is mostly links and
    holds no prose goes whole (its labels with it).  公文 parts and attachment links are never touched.
    """
    keep = shape_patterns(lexicon).doc_part
    kinds = lexicon.table("hint_kinds")
    t = lexicon.tuning  # (thresholds: knowledge/tuning.py)
    boxes: dict[int, list[int]] = {}  # group -> [chars, link chars, prose blocks]
    for b in blocks:
        if b.group is not None:
            box = boxes.setdefault(b.group, [0, 0, 0])
            box[0] += len(b.text)
            box[1] += b.link_chars
            box[2] += is_prose(b.text) and b.link_chars < t.prose_link_share * len(b.text)
    for b in blocks:
        if not is_open(b) or keep.search(b.text):
            continue
        prose = is_prose(b.text)
        hint = _hint(b, kinds)
        box = boxes.get(b.group) if b.group is not None else None
        if hint and not prose and b.table_row is None:  # a document table's cells may carry any class
            b.mark(BOILERPLATE, kinds.get(hint, "sidebar"), "html:hint:" + hint)
        elif b.link_chars >= t.link_line_share * len(b.text) and not prose:
            b.mark(BOILERPLATE, "related", "html:link-line")
        elif box is not None and box[1] >= t.link_box_share * box[0] and not box[2]:
            b.mark(BOILERPLATE, "related", "html:link-box")
    # A short heading right above two or more link lines just removed ("延伸阅读", "证券要闻") goes with them.
    for i, b in enumerate(blocks[:-t.links_under_heading]):
        if (is_open(b) and len(b.text) <= t.links_heading_max and not is_prose(b.text) and not keep.search(b.text)
                and all((x.reason or "").startswith("html:link")
                        for x in blocks[i + 1:i + 1 + t.links_under_heading])):
            b.mark(BOILERPLATE, "related", "html:heading-of-links")
