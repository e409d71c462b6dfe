"""The structured body (`Document.body`) and the attachments (`Document.attachments`).

Two steps, on either side of classification:

1. `describe` (called by segment_html once the container is chosen) reads, for each block of the container,
   what its markup makes it — heading level, list nesting, table cell (table, row, header, spans), quote, pre,
   caption — from the walk's node table, and keeps the container's images.  The classifier never reads this.
2. `build_body` (called by api after normalization) turns the kept blocks into body parts whose texts are the
   normalized paragraphs, resolves links, images and 附件 URLs against the page URL / `<base href>`, and
   resolves a relative 原文链接.  Blocks without markup (text dumps, the trafilatura engine) get the shapes the
   text itself makes clear (textshape.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .body import Cell, Heading, Image, Link, ListItem, Paragraph, Part, Preformatted, Quote, Table
from .dom import block_text
from .links import NOT_LINKS, attachments, resolve, resolve_source_url
from .model import BODY, HEADING, Block, Document, Segmented
from .textshape import dump_parts, heading_level, is_numbered_heading
from .walk import BLOCK_TAGS

MIN_TABLE_CELLS = 2  # a one-cell table frames what it holds; it is not a table of data
MAX_SPAN = 100  # colspan/rowspan above this are markup errors (HTML itself caps rowspan at 65534)
_LISTS = frozenset(("ul", "ol", "menu", "dir"))


@dataclass(slots=True)
class Shape:
    """What a block's markup makes it (segment_html blocks only)."""

    kind: str = "p"  # p, heading, item, cell, caption, figcaption, quote, pre
    level: int = 0  # heading level
    ordered: bool = False
    depth: int = 0  # list nesting
    table: int = -1  # node of the (data) table, cell node, row node
    cell: int = -1
    row: int = -1
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    figure: int = -1


PLAIN = Shape()  # shared by every block outside tables, lists, quotes, headings …; never modified


@dataclass(slots=True)
class PageImage:
    pos: int  # index of the first block after the image
    src: str
    alt: str
    figure: int  # node of the enclosing <figure>, or -1


def describe(seg: Segmented, root: Any, walk: Any, container: int) -> None:
    """Give each block of `seg` its Shape; keep the container's images and the page's <base href>."""
    nodes = walk.nodes
    ctx, layout = _contexts(nodes, container)
    for b in seg.blocks:
        n = walk.owner[b.index]
        b.shape = _shape(nodes, n, container, ctx, layout)
        if b.link_chars:
            b.links = _anchors(nodes[n].el, b.text)
    for pos, n, src, alt in walk.images:
        if container <= n < nodes[container].end and not nodes[n].chrome:
            seg.images.append(PageImage(pos, src.strip(), alt.strip(), ctx[n - container][6]))
    head = root.find("head")
    base = head.find("base") if head is not None else None
    if base is not None and base.get("href"):
        seg.base = base.get("href").strip()


# A node's context, inherited from its parent (innermost wins): (cell, row, table, list depth, innermost list tag,
# kind from blockquote/pre/figcaption/caption, figure, header).  One pass over the container's nodes, in
# pre-order, so that however deep the page, the cost is one step per element.
_Ctx = tuple[int, int, int, int, str, str, int, bool]
_OUTSIDE: _Ctx = (-1, -1, -1, 0, "", "", -1, False)
_KIND_TAGS = {"blockquote": "quote", "pre": "pre", "figcaption": "figcaption", "caption": "caption"}
_CONTEXT_TAGS = frozenset(("td", "th", "tr", "table", "figure", *_LISTS, *_KIND_TAGS))
_PLAIN_TAGS = frozenset(("p", "div", "section", "article", "center", "span", "font", "body", "main", "dd", "dt",
                         "address", "header", "footer", "aside", "nav", "form", "fieldset", "details", "summary"))


def _contexts(nodes: list[Any], container: int) -> tuple[list[_Ctx], set[int]]:
    """Each node's context, and the layout tables (holding a table, or of fewer than MIN_TABLE_CELLS cells)."""
    out: list[_Ctx] = []
    cells: dict[int, int] = {}
    holds: set[int] = set()
    for j in range(container, nodes[container].end):
        node = nodes[j]
        inherited = out[node.parent - container] if j > container else _OUTSIDE
        t = node.tag
        if t not in _CONTEXT_TAGS:
            out.append(inherited)  # the parent's context, shared (the same tuple: `is _OUTSIDE` stays true)
            continue
        cell, row, table, depth, lst, kind, figure, header = inherited
        if t == "td" or t == "th":
            cell, header = j, header or t == "th"
            if table >= 0:
                cells[table] += 1
        elif t == "tr":
            row, cell, header = j, -1, nodes[node.parent].tag == "thead"
        elif t == "table":
            if table >= 0:
                holds.add(table)
            table, row, cell, header = j, -1, -1, False
            cells[j] = 0
        elif t in _LISTS:
            depth, lst = depth + 1, t
        elif t in _KIND_TAGS:
            kind = _KIND_TAGS[t]
        elif t == "figure":
            figure = j
        out.append((cell, row, table, depth, lst, kind, figure, header))
    layout = holds | {t for t, n in cells.items() if n < MIN_TABLE_CELLS}
    return out, layout


def _shape(nodes: list[Any], n: int, container: int, ctx: list[_Ctx], layout: set[int]) -> Shape:
    c = ctx[n - container]
    tag = nodes[n].tag
    if c is _OUTSIDE and tag in _PLAIN_TAGS:
        return PLAIN  # most blocks: one shared Shape, not one object each
    cell, row, table, depth, lst, kind, figure, header = c
    sh = Shape(kind=kind or "p", figure=figure)
    if table >= 0 and table not in layout:  # a layout table's cells are plain blocks
        sh.table = table
        if kind != "caption":
            sh.kind, sh.cell, sh.row, sh.header = ("cell" if cell >= 0 else "p"), cell, row, header
            if cell >= 0:
                sh.colspan, sh.rowspan = _span(nodes[cell].el.get("colspan")), _span(nodes[cell].el.get("rowspan"))
        return sh
    if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
        sh.kind, sh.level = "heading", int(tag[1])
    elif depth and kind in ("", "quote") and (tag == "li" or tag in _LISTS or nodes[nodes[n].parent].tag == "li"):
        sh.kind, sh.ordered, sh.depth = "item", lst == "ol", depth
    return sh


def _anchors(el: Any, text: str) -> tuple[tuple[str, str], ...]:
    """(anchor text, href) of the <a href>s of the block's own element (not of the blocks nested in it) whose text
    is in the block.  Read here, for the kept blocks only, rather than in the walk, which sees every link of the
    page."""
    out = []
    for a in el.iter("a"):
        href = a.get("href")
        if not href:
            continue
        up = a.getparent()
        while up is not None and up is not el and up.tag not in BLOCK_TAGS:
            up = up.getparent()
        label = block_text(a.text_content()) if up is el else ""
        if label and label in text:
            out.append((label, href))
    return tuple(out)


def _span(value: str | None) -> int:
    try:
        return min(max(int(str(value).strip()), 1), MAX_SPAN) if value is not None else 1
    except ValueError:
        return 1


# -- the body ----------------------------------------------------------------------------------------------------

def build_body(doc: Document, seg: Segmented, raw: list[str], url: str | None) -> None:
    """Fill doc.body and doc.attachments from the kept blocks (`raw`: doc.paragraphs before normalization)."""
    base = resolve(seg.base or "", url) or None
    resolve_source_url(doc, base)
    kept = [b for b in seg.blocks if b.label in (BODY, HEADING)]
    if [b.text for b in kept] != raw:  # assembly kept other blocks than these: no structure, only paragraphs
        doc.body = [Paragraph(p) for p in doc.paragraphs]
        return
    final = _align(raw, doc.paragraphs)
    pairs = [(b, t) for b, t in zip(kept, final) if t is not None]
    if any(b.shape is not None for b, _ in pairs):
        doc.body = _from_markup(pairs, seg.images, base)
    else:
        doc.body = dump_parts([t for _, t in pairs], [b.label == HEADING for b, _ in pairs])
    doc.attachments = attachments(kept, base)


def _align(raw: list[str], final: list[str]) -> list[str | None]:
    """The normalized text of each raw paragraph; None where normalization left it blank (and dropped it)."""
    if len(raw) == len(final):
        return list(final)
    from .normalize import normalize_explained  # the rare path: a paragraph of only invisible characters
    it = iter(final)
    return [next(it, None) if normalize_explained(p, script="keep")[0].strip() else None for p in raw]


def _links(b: Block, text: str, base: str | None) -> tuple[Link, ...]:
    out: list[Link] = []
    at = 0
    for anchor, href in b.links:
        if href.lower().startswith(NOT_LINKS):
            continue
        start = text.find(anchor, at)
        if start < 0 and len(text) == len(b.text):  # normalization changed the anchor's characters, not offsets
            start = b.text.find(anchor, at)
        if start >= 0:
            at = start + len(anchor)
            out.append(Link(start, at, resolve(href.strip(), base)))
    return tuple(out)


def _from_markup(pairs: list[tuple[Block, str]], images: list[PageImage], base: str | None) -> list[Part]:
    parts: list[Part] = []
    kept_at = {b.index for b, _ in pairs}
    pending = [im for im in images if im.pos in kept_at or im.pos - 1 in kept_at or im.figure >= 0]
    next_image = 0
    table_of: int = -1
    figure_of: dict[int, int] = {}  # id() of an Image part → its <figure> node, to meet its <figcaption>
    rows: dict[int, list[Cell]] = {}
    cells: dict[int, Cell] = {}
    for b, text in pairs:
        while next_image < len(pending) and pending[next_image].pos <= b.index:
            im = pending[next_image]
            next_image += 1
            parts.append(Image(resolve(im.src, base), im.alt, None))
            figure_of[id(parts[-1])] = im.figure
        sh: Shape = b.shape or Shape()
        if sh.kind in ("cell", "caption") and sh.table >= 0:
            if table_of != sh.table or not isinstance(parts[-1], Table):
                parts.append(Table())
                table_of, rows, cells = sh.table, {}, {}
            table = parts[-1]
            assert isinstance(table, Table)
            if sh.kind == "caption":
                if table.caption is None and not table.rows:
                    table.caption = text
                    continue
                sh = Shape(kind="cell", table=sh.table, cell=-2 - b.index, row=-2 - b.index)
            cell = cells.get(sh.cell)
            if cell is not None:
                cell.text += "\n" + text
                continue
            cell = cells[sh.cell] = Cell(text, sh.header, sh.colspan, sh.rowspan)
            row = rows.get(sh.row)
            if row is None or row is not table.rows[-1]:
                row = rows[sh.row] = []
                table.rows.append(row)
            row.append(cell)
            continue
        table_of = -1
        if sh.kind == "figcaption" and parts and isinstance(parts[-1], Image) and parts[-1].caption is None \
                and figure_of.get(id(parts[-1]), -1) == sh.figure >= 0:
            parts[-1].caption = text
        elif sh.kind == "heading":
            parts.append(Heading(text, sh.level))
        elif sh.kind == "item":
            parts.append(ListItem(text, sh.ordered, sh.depth))
        elif sh.kind == "quote":
            parts.append(Quote(text))
        elif sh.kind == "pre":
            parts.append(Preformatted(text))
        elif b.label == HEADING and is_numbered_heading(text):
            parts.append(Heading(text, heading_level(text)))
        else:
            parts.append(Paragraph(text, _links(b, text, base)))
    parts.extend(Image(resolve(im.src, base), im.alt, None) for im in pending[next_image:])
    return parts
