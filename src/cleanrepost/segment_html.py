"""Stage 2 (HTML): a decoded page → the Blocks of its main content, in document order.

1. dom        `dom.load`: neutralise, parse, scripts out (see dom.py).
2. hidden     `dom.remove_hidden`: display:none / visibility:hidden / `hidden` / jammer-class elements leave the tree
              as "hidden" removals (unless they hold most of the page: some sites reveal the article by script).
              (The block walk leaves footnote marks, [1] in <sup>, and edit links, [编辑], out of the text.)
3. markup     `html_meta.read_metadata` (headline, dates, source, gov table), then `html_meta.take_consumed`: the
              elements it read into fields leave the tree.
4. blocks     `walk.walk_blocks`: blocks and the node table (see walk.py).
5. container  `container.py` scores the nodes and picks the main content; blocks outside it become removals
              ("outside-content", or the line rule's kind).  A headline repeated over several lines at its top
              becomes "title-repeat"; self-media promos at the article's edges go as "ad"; repeated dated posts
              after the article (item_runs.py) as "comment".  A low best score flags
              the page "content-unsure" (api's engine="auto" may then ask trafilatura).

Blocks inside the container go to the shared classifier with their HTML features (link_chars, hints between
the container and the block, table_row).
"""
from __future__ import annotations

import re
from itertools import islice

from .container import (CHROME_KINDS, UNSURE_SCORE, canon, discount_chrome_subtrees,
                        discount_teasers, is_link_line, block_weight, choose_container, headline_box_container)
from .dom import cut_giant_runs, load, neutralise, parse, remove_hidden  # (some re-exported: __all__)
from .html_meta import read_metadata, take_consumed
from .item_runs import reply_item_runs
from .knowledge.context import shape_patterns
from .lexicon import Lexicon
from .model import BODY, Block, Removal, Segmented
from .structure import describe
from .walk import BLOCK_TAGS, DROP_TAGS, Node, walk_blocks

__all__ = ["segment_html", "parse", "neutralise", "cut_giant_runs", "BLOCK_TAGS", "DROP_TAGS"]

# Tags that hold one paragraph: such a block's group is the element around it (the list, the box, the cell).
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre address figcaption caption summary legend".split())
SPLIT_TITLE_WINDOW = 8  # a split headline starts within the container's first blocks
SPLIT_TITLE_LINES = 6  # and runs over this many lines at most (a headline broken by <br>s, not a paragraph)
HELD_ELEMENTS = 100_000  # elements whose lxml proxies segment_html keeps alive across its passes
EDGE_LINE_MAX = 40  # a promo line at the article's edge is short; the article's own sentences run longer
# A table cell holding one figure (372, 2,841, +12.5%, -615.42); a date (2026-01-01) is none.
_NUMBER_CELL = re.compile(r"^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$")


def segment_html(html: str, lexicon: Lexicon, *, max_blocks: int | None = None) -> Segmented:
    root, flags = load(html)
    # lxml makes a Python object for an element each time a pass reaches it and frees it when the pass lets go;
    # holding one per element until the walk is done lets the passes below (hidden, metadata, blocks) reuse them
    # (measured: about 5% of a typical page's time).  Capped, so a giant page does not hold millions.
    held = list(islice(root.iter(), HELD_ELEMENTS))
    removed = remove_hidden(root, lexicon)
    page = read_metadata(root, lexicon)
    removed += take_consumed(page)
    body = root.find("body")
    walk = walk_blocks(body if body is not None else root, max_blocks,
                       lexicon.view("walk.chrome_subtree", lambda lex: frozenset(lex.chrome_subtree_hints)))
    if walk.overflow:  # a hostile page of endless tiny blocks: the rest is recorded, not examined
        removed.append(Removal(kind="over-limit", text="\n".join(walk.overflow), reason="limit:max-blocks",
                               index=len(walk.blocks)))
        flags.append("truncated")
    del held
    removed += [Removal(kind=kind, text=text, reason=reason) for text, kind, reason in walk.marks]
    # Link lines already count against a container; the line rules (the costly part) run on the others.
    rules = [None if is_link_line(b) else lexicon.match_line(b.text) for b in walk.blocks]
    figures = data_cells(walk.blocks)
    for i in figures:  # a data table's figures are the document's, no counters
        rules[i] = None
    kinds = [hit[0].kind if hit else None for hit in rules]
    weights = [block_weight(b, k) for b, k in zip(walk.blocks, kinds)]
    discount_chrome_subtrees(walk, weights)
    discount_teasers(walk.blocks, weights)
    c = choose_container(walk, weights, lexicon)
    c, anchored = headline_box_container(walk, weights, kinds, lexicon, page.title_hint, c)
    # A short article right under its headline is sure enough: the fallback engine would take the long FAQ or
    # feed beside it instead.
    if walk.nodes[c].score < UNSURE_SCORE and not anchored:
        flags.append("content-unsure")  # little prose anywhere: api may try the alternative engine
    lo, hi = c, walk.nodes[c].end
    replies = reply_item_runs(walk, c)
    kept: list[Block] = []
    kept_hits: list = []
    for b, n, hit in zip(walk.blocks, walk.owner, rules):
        if b.index in replies:
            removed.append(Removal(kind="comment", text=b.text, reason="html:reply-items", index=b.index))
        elif lo <= n < hi:
            kept_hits.append(hit)
            b.hints = _hints_below(walk.nodes, n, c)
            b.group = walk.nodes[n].parent if walk.nodes[n].tag in _PARAGRAPH_TAGS and n != c else n
            if b.index in figures:  # (decided here: the line rules would read a bare 372 as a page counter)
                b.mark(BODY, None, "html:data-cell")
            kept.append(b)
        elif hit is not None and hit[0].kind in CHROME_KINDS:
            removed.append(Removal(kind=hit[0].kind, text=b.text, reason="outside:line:" + hit[0].name, index=b.index))
        elif hit is not None and hit[0].kind == "source-link":
            # a 原文链接 line outside the article (a cell under it) still names the original
            url = hit[1].groupdict().get("url")
            if url and not page.fields.get("source_url"):
                page.fields["source_url"] = url.strip()
            removed.append(Removal(kind="source-link", text=b.text, reason="outside:line:" + hit[0].name, index=b.index))
        else:
            removed.append(Removal(kind="outside-content", text=b.text, reason="html:outside-container",
                                   index=b.index))
    removed.extend(drop_edge_promos(kept, kept_hits, page.title_hint, lexicon))
    removed.extend(drop_split_title(kept, page.title_hint))
    seg = Segmented(blocks=kept, title_hint=page.title_hint, fields=page.fields, meta=page.meta, removed=removed,
                    flags=flags)
    describe(seg, root, walk, c)  # what each block's markup makes it, for the structured body
    return seg


def data_cells(blocks: list[Block]) -> set[int]:
    """Indexes of the table cells that hold a figure with another figure in the same column of a neighbouring row
    of as many cells: a data table's numbers (统计表), never a page's counter (a lone 浏览 372 has no column)."""
    rows: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.table_row is not None:
            rows.setdefault(b.table_row, []).append(i)
    out: set[int] = set()
    for r, cells in rows.items():
        for col, i in enumerate(cells):
            if _NUMBER_CELL.match(blocks[i].text) and any(
                    other is not None and len(other) == len(cells) and _NUMBER_CELL.match(blocks[other[col]].text)
                    for other in (rows.get(r - 1), rows.get(r + 1))):
                out.add(i)
    return out


def drop_edge_promos(blocks: list[Block], hits: list, title_hint: str | None,
                     lexicon: Lexicon) -> list[Removal]:
    """Short lines at the article's top and bottom that talk about the account (关注/公众号/二维码/投稿 …,
    lexicon.self_media_cues) and that no line rule claims, and END marks: self-media furniture, kind "ad"; never
    a sentence (。: the article's last paragraph may name its account).
    From each edge inwards, lines a rule claims, link lines and the headline are passed over (the classifier
    deals with them); the first other line is the article and stops the walk."""
    title = canon(title_hint or "")
    end_marks = lexicon.patterns("end_marks")
    doc_part = shape_patterns(lexicon).doc_part
    cue = lexicon.view("segment_html.self_media_cue",
                       lambda lex: re.compile("|".join(map(re.escape, lex.self_media_cues))))

    def verdict(i: int) -> str:  # "drop", "pass" (over it) or "stop"
        b = blocks[i]
        if len(b.text) <= EDGE_LINE_MAX and "。" not in b.text and not doc_part.search(b.text) and (
                hits[i] is None and (cue.search(b.text) or any(p.match(b.text) for p in end_marks))):
            return "drop"
        if hits[i] is not None or is_link_line(b) or (title and canon(b.text) == title):
            return "pass"
        return "stop"

    drop: list[int] = []
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        for i in order:
            v = verdict(i)
            if v == "stop":
                break
            if v == "drop" and i not in drop:
                drop.append(i)
    out = [Removal(kind="ad", text=blocks[i].text, reason="html:edge-promo", index=blocks[i].index)
           for i in sorted(drop)]
    for i in sorted(drop, reverse=True):
        del blocks[i]
    return out


def drop_split_title(blocks: list[Block], title_hint: str | None) -> list[Removal]:
    """The headline repeated at the top of the article broken over several lines (<br>, centred <p>s): those
    lines leave the blocks as "title-repeat".  A one-line repeat is the classifier's business (mark_title)."""
    target = canon(title_hint or "")
    if not target:
        return []
    for start in range(min(SPLIT_TITLE_WINDOW, len(blocks))):
        acc = ""
        for end in range(start, min(start + SPLIT_TITLE_LINES, len(blocks))):
            acc += canon(blocks[end].text)
            if not target.startswith(acc):
                break
            if acc == target and end > start:
                parts = blocks[start:end + 1]
                del blocks[start:end + 1]
                return [Removal(kind="title-repeat", text=b.text, reason="html:split-title", index=b.index)
                        for b in parts]
    return []


def _hints_below(nodes: list[Node], n: int, container: int) -> tuple[str, ...]:
    """id/class tokens of the block's node and its ancestors strictly below the container."""
    out: list[str] = []
    while n > container and n >= 0:
        out.extend(nodes[n].tokens)
        n = nodes[n].parent
    return tuple(out)
