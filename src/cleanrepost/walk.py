"""Stage 2b (HTML): the tree flattened into Blocks and a node table, in one iterative walk.

Block-level elements and <br> end a block; each block remembers its innermost block-level element ("node").
Tables: one block per cell; the cells of one <tr> share `Block.table_row`, except in layout tables (tables
holding tables), whose cells are plain blocks.  Each node keeps its element and the walk notes the <img>s, for
the structured body (structure.py).  The node table is in pre-order, so a node's subtree is the range
[index, end).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from . import lazy_re
from .dom import BLANK, block_text
from .model import Block

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th tbody thead tfoot section article header footer nav "
    "aside main blockquote pre form fieldset figure figcaption center address hr body html caption details summary "
    "legend menu dir".split())
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "select",
             "option", "textarea", "button", "input", "head", "title", "map", "audio", "video", "canvas")
_DROP_SET = frozenset(DROP_TAGS)
# Inline marks of wiki-like pages, apparatus rather than text: a footnote mark in <sup> ([1], [2-3], [注1]; a bare
# <sup>2</sup> is an exponent and stays) and a section's edit link in a <span> ([编辑], maybe split over spans:
# <span>[</span><a>编辑</a><span>]</span>).  The walk leaves them out of the text and lists them (Walk.marks).
_MARK_TAGS = frozenset(("sup", "span"))
_FOOTNOTE_MARK = lazy_re.compile(r"\[(?:注|注释)?\d{1,3}(?:[-–,，]\d{1,3})?\]")
_EDIT_LINK = lazy_re.compile(r"\[(?:编辑|编辑本段|修改|编辑此段)\]")
MARK_MAX = 12  # characters of a mark: longer bracketed text is the page's own


def _inline_mark(el: etree._Element) -> tuple[str, str, str] | None:
    """(text, removal kind, reason) when the element is a footnote mark or an edit link."""
    lead = el.text
    if not lead or lead.isspace():  # (the bracket may open the first child: <span><span>[</span>…)
        lead = el[0].text if len(el) and isinstance(el[0].tag, str) else None
    if not lead or lead.lstrip()[:1] != "[":
        return None
    text = "".join(el.itertext()).strip()
    if len(text) > MARK_MAX:
        return None
    if el.tag == "sup" and _FOOTNOTE_MARK.fullmatch(text):
        return text, "related", "html:footnote-mark"  # (it points at the references)
    if el.tag == "span" and _EDIT_LINK.fullmatch(text):
        return text, "navigation", "html:edit-link"
    return None


def _tokens(ident: str | None, cls: str | None) -> tuple[str, ...]:
    """The lowercased id and class tokens of an element."""
    if not ident and not cls:
        return ()
    return tuple(((ident or "") + " " + (cls or "")).lower().split())


@dataclass(slots=True)
class Node:
    """A block-level element in the flat node table (pre-order, so descendants follow their ancestor)."""

    parent: int
    tag: str
    tokens: tuple[str, ...]
    chrome: bool = False  # it or an ancestor carries a lexicon.chrome_subtree_hints token
    end: int = 0  # one past the last descendant's index
    score: float = 0.0
    el: Any = None  # the element (structure.py reads a kept block's links and a cell's spans from it)


@dataclass
class Walk:
    blocks: list[Block]
    owner: list[int]  # node index of each block
    nodes: list[Node]
    overflow: list[str]  # block texts past the block limit, not made into Blocks
    # (position: blocks made before it, node, src, alt) of each <img>, for the structured body (structure.py)
    images: list[tuple[int, int, str, str]] = field(default_factory=list)
    marks: list[tuple[str, str, str]] = field(default_factory=list)  # (text, kind, reason): inline marks left out


def walk_blocks(start: etree._Element, max_blocks: int | None = None,
                chrome_hints: frozenset[str] = frozenset()) -> Walk:
    """Flatten the tree into blocks without recursion (a deep page must not overflow the stack).  Subtrees of
    DROP_TAGS are skipped.  Past `max_blocks`, texts only go to `overflow`."""
    blocks: list[Block] = []
    overflow: list[str] = []
    limit = max_blocks if max_blocks is not None else float("inf")
    owner: list[int] = []
    nodes: list[Node] = [Node(parent=-1, tag="body", tokens=_tokens(start.get("id"), start.get("class")))]
    node_stack = [0]
    buf: list[str] = []
    link_chars = 0
    link_depth = 0
    row_of_node: dict[int, int] = {}
    rows = 0
    images: list[tuple[int, int, str, str]] = []
    marks: list[tuple[str, str, str]] = []
    mark_tags = _MARK_TAGS

    def flush() -> None:
        nonlocal link_chars
        if not buf:
            return
        text = "".join(buf)
        buf.clear()
        # Most runs between block tags are indentation only: one strip() tells them apart without the regex pass.
        text = block_text(text) if text.strip(BLANK) else ""
        if text and len(blocks) >= limit:
            overflow.append(text)
        elif text:
            n = node_stack[-1]
            node = nodes[n]
            row = row_of_node.get(node.parent) if node.tag in ("td", "th") else None
            # (positional, in Block's field order: text, index, tag, link_chars, in_content, hints, table_row)
            blocks.append(Block(text, len(blocks), node.tag, min(link_chars, len(text)), True, (), row))
            owner.append(n)
        link_chars = 0

    # iterwalk is lxml's own iterative traversal: no Python recursion, however deep the page.  (This loop runs
    # twice per element of the page: text is appended inline and the names it reads are local.)
    if start.text:
        buf.append(start.text)
    seen: dict[tuple[str | None, str | None], tuple[tuple[str, ...], bool]] = {}
    append, push, block_tags, drop_set, chrome_subtree = buf.append, node_stack.append, BLOCK_TAGS, _DROP_SET, \
        chrome_hints
    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        if el is start:
            continue
        tag = el.tag
        if event == "start":
            if tag in drop_set:  # never shown as text (forms, media, an odd <title> in <body>): only the tail counts
                walker.skip_subtree()
                continue
            if tag in mark_tags:
                mark = _inline_mark(el)
                if mark is not None:  # left out like a dropped tag: only the tail counts
                    marks.append(mark)
                    walker.skip_subtree()
                    continue
            if tag in block_tags:
                if buf:
                    flush()
                # (_tokens and the chrome test, once per distinct id/class pair: pages repeat a few on hundreds
                # of elements)
                pair = (el.get("id"), el.get("class"))
                known = seen.get(pair)
                if known is None:
                    tokens = _tokens(*pair)
                    known = seen[pair] = (tokens, not chrome_subtree.isdisjoint(tokens))
                parent = node_stack[-1]
                # (positional: keyword arguments cost twice as much here, once per block element of the page)
                nodes.append(Node(parent, tag, known[0], nodes[parent].chrome or known[1], 0, 0.0, el))
                push(len(nodes) - 1)
                if tag == "tr":
                    rows += 1
                    row_of_node[len(nodes) - 1] = rows
            elif tag == "br":
                if buf:
                    flush()
            elif tag == "a":
                link_depth += 1
            elif tag == "img":
                src = el.get("src") or el.get("data-src") or el.get("data-original")
                if src:
                    images.append((len(blocks), node_stack[-1], src, el.get("alt") or ""))
            text = el.text
            if text and isinstance(tag, str):  # comments and PIs that survived carry no visible text
                append(text)
                if link_depth:
                    link_chars += len(text.strip())
        else:
            if tag in block_tags:
                if buf:
                    flush()
                nodes[node_stack.pop()].end = len(nodes)  # pre-order: its descendants are the nodes added since
            elif tag == "a":
                link_depth -= 1
            text = el.tail
            if text:
                append(text)
                if link_depth:
                    link_chars += len(text.strip())
    flush()
    nodes[0].end = len(nodes)
    # Which subtrees hold a <table>: every ancestor of a table node (marking stops at one already marked, whose
    # own ancestors are then marked too).
    holds_table = [False] * len(nodes)
    for node in nodes:
        if node.tag == "table":
            p = node.parent
            while p >= 0 and not holds_table[p]:
                holds_table[p] = True
                p = nodes[p].parent
    # A table with tables in its cells is page layout, not a document table: its cells get no table_row.
    for b, n in zip(blocks, owner):
        if b.table_row is not None:
            t = nodes[n].parent
            while t > 0 and nodes[t].tag != "table":
                t = nodes[t].parent
            if holds_table[t]:
                b.table_row = None
    return Walk(blocks=blocks, owner=owner, nodes=nodes, overflow=overflow, images=images, marks=marks)
