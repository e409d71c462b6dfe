"""Stage 2d (HTML): runs of repeated posts inside the chosen container — other answers under a Q&A's best one,
replies under a forum's first post, reader comments, dated feed cards.

A container often holds the article and, after it, a list of items built alike: two or more sibling elements
with the same tag and id/class names, each holding its own "who/when" line (a short line with a numeric date:
"热心网友 | 2026-02-09", "访客 2026-05-07 20:11"; or the name and a dated time of day on lines of their own) and
what was posted.  The article's paragraphs are siblings
alike too, but carry no such line each; a 大事记 section dates its items in words (2024年3月), or with a bare
date or a dated title, never a name beside a bar date.  Such a run after the article's first paragraph leaves the
blocks as "comment" removals (reason `html:reply-items`), with the short heading right above it ("其他 2 条回答",
"网友评论").
"""
from __future__ import annotations

import re

from . import lazy_re
from .classify.shapes import is_prose, is_tail_prose, letters
from .grammar.dates import NUMERIC_DATE, TIME
from .model import Block
from .walk import Walk

ITEM_RUN_MIN = 2  # items built alike that make a list (one answer alone may be the article's own box)
ITEM_LINE_MAX = 40  # an item's who/when line is short: a name, a date, a counter or two
WHO_MAX = 10  # letters beside the date on that line: a name, a post verb (发表于), a floor number
RUN_HEADING_MAX = 24  # the heading over such a list is a label ("其他 2 条回答"), not a paragraph
_POSTED = lazy_re.compile(TIME + r"|[|｜]|于")  # what a poster's line has beside the date
_TIME = lazy_re.compile(TIME)
_ITEM_TAGS = frozenset("div li dl section article table ul".split())  # (not cells or rows: a data table's lines)


def reply_item_runs(walk: Walk, container: int) -> set[int]:
    """Indices (into walk.blocks) of the blocks of repeated dated items after the article's first paragraph, and
    of the heading right above each run."""
    nodes, blocks, owner = walk.nodes, walk.blocks, walk.owner
    end = nodes[container].end
    # (a subtree's blocks are contiguous: from the first block inside, take blocks while they stay inside)
    start = next((i for i, n in enumerate(owner) if container <= n < end), len(owner))
    stop = start
    while stop < len(owner) and container <= owner[stop] < end:
        stop += 1
    inside = range(start, stop)
    first_prose = next((i for i in inside if is_tail_prose(blocks[i].text)), None)
    # most pages have no two who/when lines after the article's start: nothing more to look at
    if first_prose is None or sum(_who_when(blocks[i]) or _stamp(blocks[i])
                                  for i in range(first_prose + 1, stop)) < ITEM_RUN_MIN:
        return set()
    spans = _block_spans(walk, container, inside)  # node -> (first block, last block) of its subtree
    children: dict[int, list[int]] = {}
    for n in range(container + 1, end):
        if n in spans:  # (every child holding text: one that is not an item breaks a run)
            children.setdefault(nodes[n].parent, []).append(n)
    out: set[int] = set()
    for kids in children.values():
        run: list[int] = []
        for n in kids + [-1]:  # (a sentinel closes the last run)
            if run and (n < 0 or _signature(walk, n) != _signature(walk, run[0]) or not _is_item(walk, spans, n)):
                _take(walk, spans, run, first_prose, out)
                run = []
            if n >= 0 and _is_item(walk, spans, n):
                run.append(n)
    return out


def _take(walk: Walk, spans: dict[int, tuple[int, int]], run: list[int], first_prose: int, out: set[int]) -> None:
    """A run long enough, wholly after the article's first paragraph, goes with the heading right above it."""
    if len(run) < ITEM_RUN_MIN:
        return
    start, stop = spans[run[0]][0], spans[run[-1]][1]
    if start <= first_prose:
        return
    taken = [i for i in range(start, stop + 1) if any(spans[n][0] <= i <= spans[n][1] for n in run)]
    head = start - 1
    b = walk.blocks[head]
    parent = walk.nodes[run[0]].parent
    if (head > first_prose and len(b.text) <= RUN_HEADING_MAX and not is_tail_prose(b.text)
            and walk.owner[head] >= parent and walk.owner[head] < walk.nodes[parent].end):
        taken.append(head)
    out.update(taken)


def _signature(walk: Walk, n: int) -> tuple[str, tuple[str, ...]]:
    return walk.nodes[n].tag, walk.nodes[n].tokens


def _is_item(walk: Walk, spans: dict[int, tuple[int, int]], n: int) -> bool:
    """Two or more blocks, one of them a short non-sentence line with a bar date (a poster's name and time), or a
    dated time of day alone beside a name alone."""
    node = walk.nodes[n]
    first, last = spans[n]
    if last == first or node.tag not in _ITEM_TAGS or not node.tokens:
        return False
    items = walk.blocks[first:last + 1]
    if any(_who_when(b) for b in items):
        return True
    # the poster's name and the time on lines of their own (北极熊不吃鱼 / 正文 / 2026-11-19 09:12)
    return any(_stamp(b) for b in items) and any(_name(b) for b in items)


def _stamp(b: Block) -> bool:
    """A numeric date posted at a time of day, nothing else (a chronicle's date has no time of day)."""
    text = b.text.strip()
    return (len(text) <= ITEM_LINE_MAX and not letters(_TIME.sub("", NUMERIC_DATE.sub("", text)))
            and _TIME.search(text) is not None)


def _name(b: Block) -> bool:
    """A poster's name alone: a few letters, no date, no sentence."""
    return 0 < len(letters(b.text)) <= WHO_MAX and NUMERIC_DATE.search(b.text) is None and not is_prose(b.text)


def _who_when(b: Block) -> bool:
    """A date with a short name or post verb beside it, posted at a time of day, or cut from it by a bar, or
    with 于 (热心网友 | 2026-02-09, 访客 2026-05-07 20:11, 发表于 …): a date alone may head an item of a chronicle,
    and a chronicle's dated title (2025-03-01 中心举办开放日) has no time, bar or 于."""
    text = b.text
    if len(text) > ITEM_LINE_MAX or NUMERIC_DATE.search(text) is None or is_prose(text):
        return False
    if not 0 < len(letters(NUMERIC_DATE.sub("", text))) <= WHO_MAX:
        return False
    return _POSTED.search(text) is not None


def _block_spans(walk: Walk, container: int, inside: range) -> dict[int, tuple[int, int]]:
    """First and last block of each node's subtree (contiguous in a pre-order walk), for the nodes under the
    container that hold any."""
    nodes = walk.nodes
    spans: dict[int, tuple[int, int]] = {}
    for i in inside:
        n = walk.owner[i]
        spans[n] = (spans[n][0], i) if n in spans else (i, i)
    for n in range(nodes[container].end - 1, container, -1):  # children before parents: fold each into its parent
        if n in spans:
            p = nodes[n].parent
            lo, hi = spans[n]
            if p in spans:
                spans[p] = (min(spans[p][0], lo), max(spans[p][1], hi))
            else:
                spans[p] = (lo, hi)
    return spans
