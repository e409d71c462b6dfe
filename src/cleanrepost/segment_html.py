"""Stage 2 (HTML): a decoded page → the Blocks of its main content, in document order.

1. `parse`      str → lxml tree.  Stray `</html>`/`</body>` in mid-page (header includes) are neutralised so
                libxml2 does not drop the rest of the page; nesting past libxml2's depth limit (huge_tree stays
                off) is flattened and flagged "depth-limited".
2. metadata     `html_meta.read_metadata` (headline, dates, source, gov table); elements it consumed leave the tree.
3. hidden       display:none / visibility:hidden / `hidden` / jammer-class elements leave the tree as "hidden"
                removals (unless they hold most of the page: some sites reveal the article by script).
4. blocks       an iterative walk flattens block-level elements and <br> into Blocks.  Each block remembers its
                innermost block-level element ("node").  Tables: one block per cell; the cells of one <tr> share
                `Block.table_row`, except in layout tables (tables holding tables), whose cells are plain blocks.
                Each node keeps its element and the walk notes the <img>s, for the structured body (structure.py).
5. container    every node scores the blocks under it: Chinese prose (characters weighted by punctuation
                density) counts for it, link text and lines the lexicon knows as chrome count against it, and
                id/class hints (lexicon.CONTENT_HINTS / BOILERPLATE_HINTS) scale it; teasers after a title link and
                prose under comment/related/footer subtrees count little.  The best-scoring node is the main
                content; blocks outside it become removals ("outside-content", or the line rule's kind).  A headline
                repeated over several lines at its top becomes "title-repeat".  A low best score flags the page
                "content-unsure" (api's engine="auto" may then ask trafilatura).

Blocks inside the container go to the shared classifier with their HTML features (link_chars, hints between
the container and the block, table_row).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import lxml.html
from lxml import etree

from . import deadline
from .classify import title_overlap
from .html_meta import read_metadata
from .lexicon import DOCUMENT_PART_RE, Lexicon
from .model import Block, Removal, Segmented
from .structure import describe

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th tbody thead tfoot section article header footer nav "
    "aside main blockquote pre form fieldset figure figcaption center address hr body html caption details summary "
    "legend menu dir".split())
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "select",
             "option", "textarea", "button", "input", "head", "title", "map", "audio", "video", "canvas")
_DROP_SET = frozenset(DROP_TAGS)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\ufeff]+")
# The characters _collapse removes from a run made of nothing else (_WS's class plus the ideographic space).
_BLANK = " \t\r\n\f\v\u00a0\u202f\u205f\ufeff\u3000" + "".join(map(chr, range(0x2000, 0x200c)))
_STRAY_END = re.compile(r"</\s*(?:html|body)\s*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
# libxml2 (huge_tree off) gives up at a 10 MB text run and drops the rest of the page.  On big pages such runs are
# inline data: URIs, scripts, styles and comments, all dropped anyway: they are cut out before parsing.
GIANT_RUN = 65536  # characters; shorter scripts/comments stay (metadata may read them)
_RUN_START = re.compile(r"data:|<(?:script|style)\b|<!--", re.I)
_DATA_URI = re.compile(r"data:[\w/+.;=-]{0,80},[A-Za-z0-9+/=%\s]{" + str(GIANT_RUN) + ",}", re.I)
_RAW_END = re.compile(r"</(?:script|style)\s*>", re.I)
# Numeric character references to characters lxml refuses in text it sets (C0 controls but tab and line breaks,
# U+FFFE, U+FFFF): libxml2 decodes them, and the first element dropped next to one fails.  Raw such characters are
# dropped by decode; references to them are dropped here, alike (flag "control-chars-removed").  libxml2 itself
# turns &#0;, surrogates and values past U+10FFFF into U+FFFD.  A reference needs no ";" and takes every digit.
_BAD_CHARREF = re.compile(r"&#(?:[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
                          r"|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?")
# Inline tags whose unclosed repeats (CMS <font> soup) are what usually nests a page past the depth limit.
_INLINE_TAGS = re.compile(r"</?(?:font|span|b|i|u|em|strong|small|big|strike|s|sup|sub|ins|del|label|abbr)\b[^>]*>",
                          re.I)
_CONTAINER_TAGS = re.compile(r"</?(?:div|section|article|blockquote|center|table|tbody|tr|td|th|ul|ol|li|dl|dt|dd)"
                             r"\b[^>]*>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DOCUMENT_PART = re.compile(DOCUMENT_PART_RE)
# Chinese marks; ASCII ones as in English prose, or between Han characters (pages typed with half-width marks).
# Two patterns, each opening with its character class, so the regex engine skips ahead to candidates (one
# alternation led by a lookbehind tries every position: twice the time); the counts add up to the same.
_CN_PUNCT_FULL = re.compile(r"[，。、；：！？]")
_CN_PUNCT_ASCII = re.compile(r"[,.;:!?](?:(?= \w)|(?<=[\u4e00-\u9fff][,;:!?])(?=[\u4e00-\u9fff]))")
_NON_WORD = re.compile(r"[\W_]+")
# Removal kinds a line rule gives to chrome; such lines count against the container that holds them.
_CHROME_KINDS = frozenset(("footer", "navigation", "share", "pager", "comment", "counter", "disclaimer", "junk"))
# Tags that hold one paragraph: such a block's group is the element around it (the list, the box, the cell).
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre address figcaption caption summary legend".split())
TEASER_MAX = 150  # a prose block this short next to a link line may be a list item's teaser
SPLIT_TITLE_WINDOW = 8  # a split headline starts within the container's first blocks
UNSURE_SCORE = 40.0  # a container scoring below this holds less than a sentence or two of prose
HELD_ELEMENTS = 100_000  # elements whose lxml proxies segment_html keeps alive across its passes
HEADLINE_REACH = 6  # the article's first prose follows its headline within a few blocks (info bar, lead, photo)
EDGE_LINE_MAX = 40  # a promo line at the article's edge is short; the article's own sentences run longer
HEADLINE_SHARE = 0.6  # a heading showing this much of the headline (inside or around it) is the headline
CONTINUES_OVERLAP = 0.5  # share of the headline's bigrams its own body repeats (classify.TITLE_OVERLAP is 0.4)
OVERLAP_TEXT = 3000  # characters of a container read for that overlap
BOX_SKIP = 3  # chrome lines between a lead box and the body box (share bar, byline, counter) looked past
HEADING_MAX = 24  # a block this short right after a box is a heading or label, not continued prose
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# block_weight: what one block says for or against "article here" (characters of text count; the constants are
# what a block costs before its length does)
CHROME_COST = 4.0  # a line a chrome rule claims costs this ...
CHROME_PER_CHAR = 0.5  # ... and this much per character (half of what prose of its length would give)
LINK_LINE_COST = 3.0  # a link line costs this ...
LINK_PER_CHAR = 0.5  # ... and this much per link character
DENSITY_BASE = 0.25  # prose without Chinese punctuation counts a quarter per character ...
DENSITY_PER_MARK = 0.25  # ... and each punctuation mark adds a quarter, up to the full character
SHORT_COST = 3.0  # every non-table block costs this: short fragments (menus, labels) come out negative
LINK_LINE_SHARE = 0.5  # a block with more link text than this is a link line
# choose_container: an id/class hint scales a node's score (a hint alone never beats much more prose)
CONTENT_HINT_FACTOR = 1.25  # lexicon.content_hints
CHROME_HINT_FACTOR = 0.7  # lexicon.boilerplate_hints
HIDDEN_SHARE = 0.6  # a "hidden" element holding more than this share of the page's text is kept (script-revealed)


_LOOKUP = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                         pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def neutralise(html: str, flags: list[str] | None = None) -> str:
    """The page text as libxml2 should see it (see parse); `flags` gets "control-chars-removed" if it applies."""
    html = _XML_DECL.sub("", html)  # lxml refuses str input with an encoding declaration
    if len(html) > 2_000_000:  # below this no single run can reach libxml2's 10 MB limit
        html = cut_giant_runs(html)
    html, n = _BAD_CHARREF.subn("", html)
    if n and flags is not None:
        flags.append("control-chars-removed")
    # An </html> or </body> inside the page (an included header's) makes libxml2 drop what follows.  Dropping
    # every such end tag is harmless: the parser closes both at the end of the input.
    return _STRAY_END.sub("", html)


class _Next:
    """The next match of `find` at or after a position, remembered: asked again from a later position that is
    not past that match's start, it answers without searching.  A page of 2,000 unclosed <script> tags asks 2,000
    times and searches once (one regex over the page searched to its end for each tag: quadratic)."""

    def __init__(self, find) -> None:
        self.find = find  # pos -> (start, end) of the next match at or after pos, or None
        self.asked, self.hit = -1, None

    def __call__(self, pos: int) -> int:
        """The end of the next match at or after pos, or -1."""
        if self.asked < 0 or pos < self.asked or (self.hit is not None and pos > self.hit[0]):
            self.asked, self.hit = pos, self.find(pos)
        return self.hit[1] if self.hit is not None else -1


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def _found(q: int, n: int) -> tuple[int, int] | None:
    return (q, q + n) if q >= 0 else None


def cut_giant_runs(html: str) -> str:
    """Cut data: URIs, scripts, styles and comments of GIANT_RUN characters or more (a data: URI keeps "data:,").

    Same result as one regex substitution over the page with the alternatives `data:…` | `<script…</script>` |
    `<!--…-->` (leftmost match first, each up to its first end), but linear: each end is searched for once."""
    next_gt = _Next(lambda p: _found(html.find(">", p), 1))
    next_raw_end = _Next(lambda p: _span(_RAW_END.search(html, p)))
    next_comment_end = _Next(lambda p: _found(html.find("-->", p), 3))
    out, done, pos = [], 0, 0
    while (m := _RUN_START.search(html, pos)) is not None:
        deadline.check()
        start = m.start()
        if m[0][0] in "dD":
            d = _DATA_URI.match(html, start)
            end = d.end() if d else -1
        elif m[0] == "<!--":
            end = next_comment_end(start + 4)
        else:  # <script …> or <style …>: the tag's ">", then the first </script> or </style>
            gt = next_gt(start)  # the end of the ">"
            end = next_raw_end(gt) if gt >= 0 else -1
        if end < 0:
            pos = start + 1
            continue
        if end - start >= GIANT_RUN:
            out += (html[done:start], "data:," if html[start] == "d" else "")
            done = end
        pos = end
    return "".join(out) + html[done:] if out else html


def _parse_once(html: str) -> tuple[etree._Element, bool]:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    # Every element an HtmlElement, looked up in C: lxml.html's default per-tag lookup (form and input classes)
    # is a Python call for every element touched, a large share of the walk's time.
    parser.set_element_class_lookup(_LOOKUP)
    root = lxml.html.document_fromstring(html or "<html></html>", parser=parser)
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep


def parse(html: str) -> tuple[etree._Element, list[str]]:
    """The page as an lxml tree, plus flags ("depth-limited" when nesting had to be flattened)."""
    flags: list[str] = []
    html = neutralise(html, flags)
    try:
        root, too_deep = _parse_once(html)
    except (etree.ParserError, ValueError):  # e.g. a document of only whitespace or comments
        root, _ = _parse_once("<html></html>")
        return root, flags + ["unparsable"]
    if not too_deep:
        return root, flags
    # libxml2 stops at depth 256 and loses the page.  First drop inline formatting tags, then, if still too
    # deep, container tags too (each becomes a line break so paragraphs stay apart).
    root, too_deep = _parse_once(_INLINE_TAGS.sub("", html))
    if too_deep:
        root, _ = _parse_once(_CONTAINER_TAGS.sub("<br>", _INLINE_TAGS.sub("", html)))
    return root, flags + ["depth-limited"]


def _collapse(s: str) -> str:
    return _WS.sub(" ", s).strip(" \u3000")


def _tokens(el: etree._Element) -> tuple[str, ...]:
    ident, cls = el.get("id"), el.get("class")
    if not ident and not cls:
        return ()
    return tuple(((ident or "") + " " + (cls or "")).lower().split())


_TEXT_LENGTH = etree.XPath("string-length()")


def _cached_search(cache: dict[str, bool], regex: re.Pattern[str], value: str) -> bool:
    hit = cache.get(value)
    if hit is None:
        hit = cache[value] = regex.search(value) is not None
    return hit


def _hidden_class(lexicon: Lexicon) -> re.Pattern[str]:
    """A class attribute holding one of the lexicon's hidden hints as a whole token."""
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, lexicon.hidden_hints)) + r")(?:\s|$)", re.I)


def remove_hidden(root: etree._Element, lexicon: Lexicon) -> list[Removal]:
    """Drop elements readers never see; each becomes a "hidden" Removal."""
    hidden_class = lexicon.view("segment_html.hidden_class", _hidden_class)
    found: list[etree._Element] = []
    # Pages repeat a few class and style values on hundreds of elements: each distinct value is searched once.
    styles: dict[str, bool] = {}
    classes: dict[str, bool] = {}
    for el in root.iter():
        style = el.get("style")
        cls = el.get("class")
        if ((style and _cached_search(styles, _HIDDEN_STYLE, style)) or el.get("hidden") is not None
                or (cls and _cached_search(classes, hidden_class, cls))):
            found.append(el)
    if not found:
        return []
    total = int(_TEXT_LENGTH(root)) or 1  # len(root.text_content()), counted in C without building the string
    removed: list[Removal] = []
    dropped: set[etree._Element] = set()
    for el in found:
        if any(a in dropped for a in el.iterancestors()):
            continue  # inside an element already dropped
        text = _collapse(el.text_content())
        if len(text) > HIDDEN_SHARE * total:
            continue
        dropped.add(el)
        if text:
            removed.append(Removal(kind="hidden", text=text, reason="html:hidden"))
        el.drop_tree()
    return removed


@dataclass(slots=True)
class _Node:
    """A block-level element in the flat node table (pre-order, so descendants follow their ancestor)."""

    parent: int
    tag: str
    tokens: tuple[str, ...]
    chrome: bool = False  # it or an ancestor carries a lexicon.chrome_subtree_hints token
    end: int = 0  # one past the last descendant's index
    score: float = 0.0
    el: Any = None  # the element (structure.py reads a kept block's links and a cell's spans from it)


@dataclass
class _Walk:
    blocks: list[Block]
    owner: list[int]  # node index of each block
    nodes: list[_Node]
    overflow: list[str]  # block texts past the block limit, not made into Blocks
    # (position: blocks made before it, node, src, alt) of each <img>, for the structured body (structure.py)
    images: list[tuple[int, int, str, str]] = field(default_factory=list)


def walk_blocks(start: etree._Element, max_blocks: int | None = None,
                chrome_hints: frozenset[str] = frozenset()) -> _Walk:
    """Flatten the tree into blocks without recursion (a deep page must not overflow the stack).  Subtrees of
    DROP_TAGS are skipped.  Past `max_blocks`, texts only go to `overflow`.  An element carrying one of
    `chrome_hints` (lexicon.chrome_subtree_hints) marks its subtree as chrome."""
    blocks: list[Block] = []
    overflow: list[str] = []
    limit = max_blocks if max_blocks is not None else float("inf")
    owner: list[int] = []
    nodes: list[_Node] = [_Node(parent=-1, tag="body", tokens=_tokens(start))]
    node_stack = [0]
    buf: list[str] = []
    link_chars = 0
    link_depth = 0
    row_of_node: dict[int, int] = {}
    rows = 0
    images: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        nonlocal link_chars
        if not buf:
            return
        text = "".join(buf)
        buf.clear()
        # Most runs between block tags are indentation only: one strip() tells them apart without the regex pass.
        text = _collapse(text) if text.strip(_BLANK) else ""
        if text and len(blocks) >= limit:
            overflow.append(text)
        elif text:
            n = node_stack[-1]
            node = nodes[n]
            row = row_of_node.get(node.parent) if node.tag in ("td", "th") else None
            blocks.append(Block(text=text, index=len(blocks), tag=node.tag, link_chars=min(link_chars, len(text)),
                                table_row=row))
            owner.append(n)
        link_chars = 0

    # iterwalk is lxml's own iterative traversal: no Python recursion, however deep the page.  (Text is appended
    # inline rather than through a helper: this loop runs twice per element of the page.)
    if start.text:
        buf.append(start.text)
    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        if el is start:
            continue
        tag = el.tag
        if event == "start":
            if tag in _DROP_SET:  # never shown as text (forms, media, an odd <title> in <body>): only the tail counts
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                if buf:
                    flush()
                tokens = _tokens(el)
                parent = node_stack[-1]
                # (positional: keyword arguments cost twice as much here, once per block element of the page)
                nodes.append(_Node(parent, tag, tokens, nodes[parent].chrome or not chrome_hints.isdisjoint(tokens),
                                   0, 0.0, el))
                node_stack.append(len(nodes) - 1)
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
                buf.append(text)
                if link_depth:
                    link_chars += len(text.strip())
        else:
            if tag in BLOCK_TAGS:
                if buf:
                    flush()
                nodes[node_stack.pop()].end = len(nodes)  # pre-order: its descendants are the nodes added since
            elif tag == "a":
                link_depth -= 1
            text = el.tail
            if text:
                buf.append(text)
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
    return _Walk(blocks=blocks, owner=owner, nodes=nodes, overflow=overflow, images=images)


def block_weight(b: Block, rule_kind: str | None) -> float:
    """How much a block says "article here": Chinese prose counts for, links and known chrome against."""
    n = len(b.text)
    if rule_kind in _CHROME_KINDS:
        return -(CHROME_COST + CHROME_PER_CHAR * n)
    if rule_kind in ("source-link", "byline"):  # provenance lines (a long 原文链接 URL) are no evidence either way
        return 0.0
    if _is_link_line(b):
        return -(LINK_LINE_COST + LINK_PER_CHAR * b.link_chars)
    punct = len(_CN_PUNCT_FULL.findall(b.text)) + len(_CN_PUNCT_ASCII.findall(b.text))
    density = min(1.0, DENSITY_BASE + DENSITY_PER_MARK * punct)
    # Short fragments cost a little (menus, labels), except cells of a data table (名单, 统计表): those are text.
    cost = 0.0 if b.table_row is not None and not b.link_chars else SHORT_COST
    return (n - b.link_chars) * density - cost


def _is_link_line(b: Block) -> bool:
    """Mostly link text, and not a 公文 part (附件 links to attachments belong to the document)."""
    return b.link_chars > LINK_LINE_SHARE * len(b.text) and not _DOCUMENT_PART.search(b.text)


def _discount_teasers(blocks: list[Block], weights: list[float]) -> None:
    """A short text right after a link line is a teaser in a list (title link / teaser / date), not article prose:
    it counts for less, so a wrapper around the article and a long teaser list does not outscore the article."""
    for i, b in enumerate(blocks):
        if weights[i] <= 0 or len(b.text) > TEASER_MAX:
            continue
        if i > 0 and _is_link_line(blocks[i - 1]):
            weights[i] *= 0.3


def _discount_chrome_subtrees(walk: _Walk, weights: list[float]) -> None:
    """Prose under a comment thread, teaser box or footer (lexicon.chrome_subtree_hints) is not the article: it
    counts against a container that takes it in, unless the page has no real prose elsewhere (then the hint is
    more likely wrong than the text, and it only counts less)."""
    chrome = [walk.nodes[n].chrome for n in walk.owner]
    elsewhere = sum(w for w, c in zip(weights, chrome) if w > 0 and not c)
    factor = -0.2 if elsewhere >= UNSURE_SCORE else 0.3
    for i, c in enumerate(chrome):
        if c and weights[i] > 0:
            weights[i] *= factor


def choose_container(walk: _Walk, weights: list[float], lexicon: Lexicon) -> int:
    """Index of the node whose subtree holds the most article evidence."""
    nodes = walk.nodes
    content = set(lexicon.content_hints)
    chrome = set(lexicon.boilerplate_hints)
    own = [0.0] * len(nodes)
    for n, w in zip(walk.owner, weights):
        own[n] += w
    for i in range(len(nodes) - 1, -1, -1):
        nodes[i].score += own[i]
        if nodes[i].parent >= 0:
            nodes[nodes[i].parent].score += nodes[i].score
    best, best_score = 0, float("-inf")
    for i, node in enumerate(nodes):
        s = node.score
        if s > 0:
            s *= _hint_factor(node, content, chrome)
        if s > best_score:
            best, best_score = i, s
    return best


def _hint_factor(node: _Node, content: set[str], chrome: set[str]) -> float:
    """What the node's id/class hints scale its score by."""
    return CONTENT_HINT_FACTOR if content.intersection(node.tokens) else CHROME_HINT_FACTOR if chrome.intersection(
        node.tokens) else 1.0


def _chain_best(walk: _Walk, lexicon: Lexicon, n: int, top: int) -> int:
    """The best-scoring node on the ancestor chain from `n` up to `top` (both included)."""
    content, chrome = set(lexicon.content_hints), set(lexicon.boilerplate_hints)
    best, best_score = n, float("-inf")
    while n >= 0:
        node = walk.nodes[n]
        s = node.score
        if s > 0:
            s *= _hint_factor(node, content, chrome)
        if s > best_score:
            best, best_score = n, s
        if n == top:
            break
        n = node.parent
    return best


def _lowest_common(nodes: list[_Node], a: int, b: int) -> int:
    """The lowest node holding both `a` and `b` (pre-order: an ancestor's range [i, end) covers its subtree)."""
    while not (a <= b < nodes[a].end):
        a = nodes[a].parent
    return a


def _near_headline(shown: str, target: str) -> bool:
    """One holds the other and the shorter is at least HEADLINE_SHARE of the longer."""
    if not shown:
        return False
    short, long_ = sorted((shown, target), key=len)
    return short in long_ and len(short) >= HEADLINE_SHARE * len(long_)


def _starts_new_item(b: Block, node: _Node, weight: float) -> bool:
    """What follows a box begins another item, not more of the article: a heading, a title link, chrome, or
    nothing that reads as prose."""
    return weight <= 0 or node.chrome or b.tag in _HEADING_TAGS or _is_link_line(b) or len(b.text) <= HEADING_MAX


def headline_box_container(walk: _Walk, weights: list[float], kinds: list[str | None], lexicon: Lexicon,
                           title_hint: str | None, best: int) -> tuple[int, bool]:
    """The container, held to the article under the displayed headline.

    The page's headline (a block equal to the markup headline, not a link, not in a chrome subtree) and the first
    prose after it (within HEADLINE_REACH blocks) span the headline box: their lowest common node.  The box
    grows while the text right after it (past up to BOX_SKIP rule-claimed or chrome lines: a share bar) continues
    as prose (a lead above a body box), or opens with a section heading over text that repeats the headline's
    words; it stops at another heading, a title link or other chrome, where another item starts (a help FAQ, a
    recommended story, a feed).  A container
    chosen outside the box (a longer FAQ, blurb or teaser feed elsewhere on the page) gives way to the best node
    between that prose and the box.  Without such a headline the choice stays as scored.  Returns (container,
    whether a headline box was found)."""
    target = _canon(title_hint or "")
    blocks, owner, nodes = walk.blocks, walk.owner, walk.nodes
    if not target:
        return best, False
    size = 2 * len(title_hint or "") + 8  # longer blocks cannot canonicalise to the headline: skip the regex
    low = len(target)  # _canon only removes characters: a shorter block cannot be the headline
    h = next((i for i, b in enumerate(blocks) if low <= len(b.text) <= size and _canon(b.text) == target
              and not _is_link_line(b) and not nodes[owner[i]].chrome), None)
    if h is None:  # a heading that shows most of the headline (a kicker or site name around it in <title>)
        h = next((i for i, b in enumerate(blocks) if b.tag in _HEADING_TAGS and len(b.text) <= size
                  and _near_headline(_canon(b.text), target) and not _is_link_line(b)
                  and not nodes[owner[i]].chrome), None)
    if h is None:
        return best, False
    # (a subtitle is no prose, nor is a line a rule claims: a tag line, a byline)
    anchor = next((j for j in range(h + 1, min(h + 1 + HEADLINE_REACH, len(blocks)))
                   if weights[j] > 0 and blocks[j].tag not in _HEADING_TAGS and kinds[j] is None), None)
    if anchor is None:
        return best, False
    box = _lowest_common(nodes, owner[h], owner[anchor])
    nxt = anchor  # a subtree's blocks are contiguous: the first block past the box, found by walking on
    while box > 0:
        end = nodes[box].end
        while nxt < len(blocks) and box <= owner[nxt] < end:
            nxt += 1
        k = nxt  # past a few lines a rule claims or chrome (a share bar, a byline under a lead): what comes next
        while (k < min(nxt + BOX_SKIP, len(blocks)) and blocks[k].tag not in _HEADING_TAGS
               and (kinds[k] is not None or nodes[owner[k]].chrome)):  # (a heading opens the next item)
            k += 1
        if k >= len(blocks) or (_starts_new_item(blocks[k], nodes[owner[k]], weights[k]) and not (
                kinds[k] is None and not _is_link_line(blocks[k]) and not nodes[owner[k]].chrome
                and _section_continues(walk, k, nodes[box].parent, title_hint or ""))):
            break
        box = nodes[box].parent
    if box <= best < nodes[box].end:
        return best, True  # the scored choice lies inside the box already
    return _chain_best(walk, lexicon, owner[anchor], box), True


def _section_continues(walk: _Walk, k: int, parent: int, title: str) -> bool:
    """Blocks from the heading at `k` to the end of `parent` repeat the headline's words (CONTINUES_OVERLAP):
    the article's body opening with a section heading (一、…), not another item (a FAQ or blurb shares none)."""
    blocks, owner, end = walk.blocks, walk.owner, walk.nodes[parent].end
    text: list[str] = []
    size = 0
    while k < len(blocks) and parent <= owner[k] < end and size < OVERLAP_TEXT:
        text.append(blocks[k].text)
        size += len(blocks[k].text)
        k += 1
    return title_overlap(title, "".join(text)) >= CONTINUES_OVERLAP


def segment_html(html: str, lexicon: Lexicon, *, max_blocks: int | None = None) -> Segmented:
    root, flags = parse(html)
    # lxml makes a Python object for an element each time a pass reaches it and frees it when the pass lets go;
    # holding one per element until the walk is done lets the passes below (hidden, metadata, blocks) reuse them
    # (measured: about 5% of a typical page's time).  Capped, so a giant page does not hold millions.
    held = list(islice(root.iter(), HELD_ELEMENTS))
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    removed = remove_hidden(root, lexicon)
    page = read_metadata(root, lexicon)
    for el, kind, reason in page.consumed:
        removed.append(Removal(kind=kind, text=_collapse(el.text_content()), reason=reason))
        if el.getparent() is not None:
            el.drop_tree()
    body = root.find("body")
    walk = walk_blocks(body if body is not None else root, max_blocks,
                       lexicon.view("segment_html.chrome_subtree", lambda lex: frozenset(lex.chrome_subtree_hints)))
    if walk.overflow:  # a hostile page of endless tiny blocks: the rest is recorded, not examined
        removed.append(Removal(kind="over-limit", text="\n".join(walk.overflow), reason="limit:max-blocks",
                               index=len(walk.blocks)))
        flags.append("truncated")
    del held
    # Link lines already count against a container; the line rules (the costly part) run on the others.
    rules = [None if _is_link_line(b) else lexicon.match_line(b.text) for b in walk.blocks]
    kinds = [hit[0].kind if hit else None for hit in rules]
    weights = [block_weight(b, k) for b, k in zip(walk.blocks, kinds)]
    _discount_chrome_subtrees(walk, weights)
    _discount_teasers(walk.blocks, weights)
    c = choose_container(walk, weights, lexicon)
    c, anchored = headline_box_container(walk, weights, kinds, lexicon, page.title_hint, c)
    # A short article right under its headline is sure enough: the fallback engine would take the long FAQ or
    # feed beside it instead.
    if walk.nodes[c].score < UNSURE_SCORE and not anchored:
        flags.append("content-unsure")  # little prose anywhere: api may try the alternative engine
    lo, hi = c, walk.nodes[c].end
    kept: list[Block] = []
    kept_hits: list = []
    for b, n, hit in zip(walk.blocks, walk.owner, rules):
        if lo <= n < hi:
            kept_hits.append(hit)
            b.hints = _hints_below(walk.nodes, n, c)
            b.group = walk.nodes[n].parent if walk.nodes[n].tag in _PARAGRAPH_TAGS and n != c else n
            kept.append(b)
        elif hit is not None and hit[0].kind in _CHROME_KINDS:
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


def drop_edge_promos(blocks: list[Block], hits: list, title_hint: str | None, lexicon: Lexicon) -> list[Removal]:
    """Short lines at the article's top and bottom that talk about the account (关注/公众号/二维码/投稿 …,
    lexicon.self_media_cues) and that no line rule claims, and END marks: self-media furniture, kind "ad"; never
    a sentence (。: the article's last paragraph may name its account).
    From each edge inwards, lines a rule claims, link lines and the headline are passed over (the classifier
    deals with them); the first other line is the article and stops the walk."""
    title = _canon(title_hint or "")
    end_marks = lexicon.patterns("end_marks")
    cue = lexicon.view("segment_html.self_media_cue", lambda lex: re.compile("|".join(map(re.escape, lex.self_media_cues))))

    def verdict(i: int) -> str:  # "drop", "pass" (over it) or "stop"
        b = blocks[i]
        if len(b.text) <= EDGE_LINE_MAX and "。" not in b.text and not _DOCUMENT_PART.search(b.text) and (
                hits[i] is None and (cue.search(b.text) or any(p.match(b.text) for p in end_marks))):
            return "drop"
        if hits[i] is not None or _is_link_line(b) or (title and _canon(b.text) == title):
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
    target = _canon(title_hint or "")
    if not target:
        return []
    for start in range(min(SPLIT_TITLE_WINDOW, len(blocks))):
        acc = ""
        for end in range(start, min(start + 6, len(blocks))):
            acc += _canon(blocks[end].text)
            if not target.startswith(acc):
                break
            if acc == target and end > start:
                parts = blocks[start:end + 1]
                del blocks[start:end + 1]
                return [Removal(kind="title-repeat", text=b.text, reason="html:split-title", index=b.index)
                        for b in parts]
    return []


def _canon(s: str) -> str:
    return _NON_WORD.sub("", s)


def _hints_below(nodes: list[_Node], n: int, container: int) -> tuple[str, ...]:
    """id/class tokens of the block's node and its ancestors strictly below the container."""
    out: list[str] = []
    while n > container and n >= 0:
        out.extend(nodes[n].tokens)
        n = nodes[n].parent
    return tuple(out)
