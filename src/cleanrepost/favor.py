"""`favor_precision` / `favor_recall` (trafilatura's names): move the classifier's borderline decisions one way.

The classifier's firm decisions (lexicon line rules, bylines, disclaimers, the container choice) stay.  Its
borderline ones are those made by position and shape alone:

- precision drops the short non-sentence lines at the article's top edge (before its first sentence: a leftover
  channel label, a "字号：大 中 小" remnant) and short link lines at its bottom edge (after its last sentence: "相关
  链接"-style pointers); 公文 parts (附件, 抄送 …), numbered headings and a 主送 line ending in "：" stay;
- recall keeps the short lines the tail rule and the dump's article span dropped after the article's end
  (`RECALL_REASONS`): they may be the document's own closing lines.

Each change is recorded: a dropped line becomes a Removal of kind "junk" with reason "precision:edge-line"; a kept
line's reason becomes "recall:" + the rule that had dropped it.
"""
from __future__ import annotations

import re

from .classify import is_prose
from .knowledge.context import shape_patterns
from .model import BODY, BOILERPLATE, HEADING, Block
from .options import FAVORS  # noqa: F401  (the one list of favor values, re-exported)

# position-only decisions of the tail and the dump's article span (classify): short lines after the article's end
RECALL_REASONS = frozenset(("tail:after-article-end", "tail:bullet-list", "span:after-article",
                            "span:name-after-article"))
EDGE_LINE_MAX = 30  # characters: longer non-sentence lines are more likely the article's own (a long heading)


def apply_favor(blocks: list[Block], favor: str) -> None:
    if favor == "recall":
        for b in blocks:
            if b.label == BOILERPLATE and b.reason in RECALL_REASONS:
                b.mark(BODY, None, "recall:" + b.reason)
    elif favor == "precision":
        kept = [b for b in blocks if b.label in (BODY, HEADING)]
        prose = [i for i, b in enumerate(kept) if is_prose(b.text)]
        if not prose:
            return  # no sentence anywhere: nothing marks the edges
        for b in kept[:prose[0]]:
            if _borderline(b):
                b.mark(BOILERPLATE, "junk", "precision:edge-line")
        for b in kept[prose[-1] + 1:]:
            if b.link_chars and _borderline(b):
                b.mark(BOILERPLATE, "junk", "precision:edge-line")


def _borderline(b: Block) -> bool:
    return len(b.text) <= EDGE_LINE_MAX and b.table_row is None and not shape_patterns().kept_part.search(b.text)
