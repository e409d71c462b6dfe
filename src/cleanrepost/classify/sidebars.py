"""Lists beside the article: a sidebar heading with its run of title-like items, or a headless run of dated or
truncated titles (both paths)."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import BOILERPLATE, Block
from . import shapes
from .shapes import is_dated_or_truncated, is_open, is_prose, is_sidebar_item
from .tuning import GLUED_BOX_MAX, GLUED_PROSE_WINDOW, ITEM_MAX, MIN_RUN, REPEAT_PREFIX, TEASER_LINES, TITLE_OVERLAP

_LIST_KINDS = ("sidebar", "related")  # items a rule already took for list chrome still belong to the run


def mark_sidebars(blocks: list[Block], lexicon: Lexicon) -> None:
    """A heading the lexicon knows (相关新闻, 热点推荐 …) followed by MIN_RUN list items, or standing at the end
    over a glued box or nothing, goes with its items; MIN_RUN dated or truncated titles in a row go anywhere."""
    heading = lexicon.sidebar_heading_re()
    n = len(blocks)
    # Open blocks after each position, and the next open one, counted once: the loop below only marks blocks
    # after the heading it stands on and then jumps past them, so the suffix counts of later positions stay
    # true — and a page of many headings costs one pass, not one pass per heading.
    open_from, next_open = [0] * (n + 1), [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        here = is_open(blocks[k])
        open_from[k] = open_from[k + 1] + here
        next_open[k] = k if here else next_open[k + 1]
    first_prose = next((k for k, x in enumerate(blocks) if is_open(x) and shapes.is_tail_prose(x.text)), n)
    i = 0
    while i < n:
        b = blocks[i]
        if is_open(b) and heading.match(b.text):
            j = i + 1
            while (j < n and (blocks[j].label is None or blocks[j].kind in _LIST_KINDS)
                   and is_sidebar_item(blocks[j].text) and not heading.match(blocks[j].text)):
                j += 1
            if i < first_prose:  # a box above the article may have taken its headline for an item
                j = _headline_ends_run(blocks, next_open, i + 1, j)
            run = j - (i + 1)
            # A heading is a sidebar when a run of items follows, or when it sits at the very end of the input
            # with only a few lines after it (a glued "related" box whose items are title+teaser).
            at_end = j >= n or open_from[j] == 0
            rest = open_from[i + 1]  # open blocks after the heading
            # A glued box opens with a title-like item; a heading followed by a sentence is the article's own.
            glued = (i > 0 and 0 < rest <= GLUED_BOX_MAX and not is_prose(blocks[next_open[i + 1]].text)
                     and not _has_prose_after(blocks, next_open, i, GLUED_PROSE_WINDOW))
            # A heading with nothing open after it is an emptied box (its items were removed, or cut off).
            if run >= MIN_RUN or (run >= 1 and at_end) or glued or (i > 0 and not rest):
                end = n if (rest <= GLUED_BOX_MAX and not at_end) else j
                b.mark(BOILERPLATE, "sidebar", "sidebar:heading")
                for x in blocks[i + 1:end]:
                    if is_open(x):
                        x.mark(BOILERPLATE, "sidebar", "sidebar:run-after-heading")
                i = end
                continue
        i += 1
    # Headless runs: >= MIN_RUN consecutive dated or truncated titles are a list, wherever they are.
    i = 0
    while i < n:
        j = i
        while j < n and is_open(blocks[j]) and is_dated_or_truncated(blocks[j].text):
            j += 1
        if j - i >= MIN_RUN:
            for x in blocks[i:j]:
                x.mark(BOILERPLATE, "sidebar", "sidebar:dated-run")
        i = max(j, i + 1)


def _headline_ends_run(blocks: list[Block], next_open: list[int], start: int, j: int) -> int:
    """Where a run of items above the article's first paragraph really ends: at an item that the paragraphs
    echo (the article's headline, and what follows it, are no items of the box above it)."""
    k = next_open[j] if j < len(blocks) else len(blocks)
    if k >= len(blocks) or not shapes.is_tail_prose(blocks[k].text):
        return j
    # the paragraphs' opening, as a headline is judged (titles.mark_dump_title)
    words = shapes.opening_letters(blocks[m].text for m in range(k, len(blocks))
                                   if is_open(blocks[m]) and is_prose(blocks[m].text))
    return next((m for m in range(start, j) if is_open(blocks[m]) and shapes.overlap(blocks[m].text, words)
                 >= TITLE_OVERLAP), j)


def _has_prose_after(blocks: list[Block], next_open: list[int], i: int, limit: int) -> bool:
    """True when a real paragraph follows within `limit` open blocks: the heading was article text.
    (`next_open` skips the closed blocks between them.)"""
    seen, k = 0, next_open[i + 1]
    while k < len(blocks):
        x = blocks[k]
        seen += 1
        if seen > limit:
            return True
        if (shapes.ends_sentence(x.text) and len(x.text) > ITEM_MAX
                and not x.text.startswith(x.text[:REPEAT_PREFIX] * 2)):
            # prose after the box's own teaser lines counts only beyond the first lines
            if seen > TEASER_LINES:
                return True
        k = next_open[k + 1]
    return False
