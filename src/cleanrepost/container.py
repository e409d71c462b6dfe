"""Stage 2c (HTML): which node of the walk holds the article.

Every node scores the blocks under it: Chinese prose (characters weighted by punctuation density) counts for it,
link text and lines the lexicon knows as chrome count against it, and id/class hints (lexicon.content_hints /
BOILERPLATE_HINTS) scale it; teasers after a title link and prose under comment/related/footer subtrees count
little.  The best-scoring node is the main content, then held to the article under the displayed headline
(`headline_box_container`).  A low best score means "content-unsure" (UNSURE_SCORE).
"""
from __future__ import annotations

import re

from .classify import title_overlap
from .classify.shapes import is_prose, is_tail_prose
from .knowledge.context import shape_patterns
from .lexicon import Lexicon
from .model import Block
from .walk import Node, Walk

# Chinese marks; ASCII ones as in English prose, or between Han characters (pages typed with half-width marks).
# Two patterns, each opening with its character class, so the regex engine skips ahead to candidates (one
# alternation led by a lookbehind tries every position: twice the time); the counts add up to the same.
_CN_PUNCT_FULL = re.compile(r"[，。、；：！？]")
_CN_PUNCT_ASCII = re.compile(r"[,.;:!?](?:(?= \w)|(?<=[\u4e00-\u9fff][,;:!?])(?=[\u4e00-\u9fff]))")
_NON_WORD = re.compile(r"[\W_]+")
# Removal kinds a line rule gives to chrome; such lines count against the container that holds them.
CHROME_KINDS = frozenset(("footer", "navigation", "share", "pager", "comment", "counter", "disclaimer", "junk"))
TEASER_MAX = 150  # a prose block this short next to a link line may be a list item's teaser
# Block weights (block_weight): a block counts its characters for the article, scaled by punctuation density:
DENSITY_FLOOR = 0.25  # prose without a punctuation mark still counts a quarter per character ...
DENSITY_PER_MARK = 0.25  # ... and each mark adds a quarter, up to full weight at three marks
FRAGMENT_COST = 3.0  # each block costs this much (menus and labels are many short blocks), data-table cells aside
CHROME_LINE_COST = 4.0  # a line a rule calls chrome (footer, share bar ...) counts against, more than a fragment,
AGAINST_PER_CHAR = 0.5  # plus this per character (of the line, or of a link line's link text)
LINK_LINE_COST = 3.0  # a link line counts against like a fragment, plus AGAINST_PER_CHAR per link character
LINK_LINE_SHARE = 0.5  # link text over this share of a block makes it a link line
TEASER_FACTOR = 0.3  # a teaser after a title link counts this share of its weight
CHROME_SUBTREE_FACTOR = -0.2  # prose under a comment/related/footer subtree counts against, when prose is elsewhere,
CHROME_SUBTREE_ALONE = 0.3  # and this share when the page has no real prose elsewhere (the hint is likelier wrong)
CONTENT_HINT_SCALE = 1.25  # a node whose id/class says content (lexicon.CONTENT_HINTS) scores a quarter more,
BOILERPLATE_HINT_SCALE = 0.7  # one that says boilerplate (BOILERPLATE_HINTS) less (positive scores only)
UNSURE_SCORE = 40.0  # a container scoring below this holds less than a sentence or two of prose
HEADLINE_REACH = 6  # the article's first prose follows its headline within a few blocks (info bar, lead, photo)
HEADLINE_SHARE = 0.6  # a heading showing this much of the headline (inside or around it) is the headline
CONTINUES_OVERLAP = 0.5  # share of the headline's bigrams its own body repeats (classify.TITLE_OVERLAP is 0.4)
OVERLAP_TEXT = 3000  # characters of a container read for that overlap
BOX_SKIP = 3  # chrome lines between a lead box and the body box (share bar, byline, counter) looked past
HEADING_MAX = 24  # a block this short right after a box is a heading or label, not continued prose
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre address blockquote".split())  # one block's tags


def block_weight(b: Block, rule_kind: str | None) -> float:
    """How much a block says "article here": Chinese prose counts for, links and known chrome against."""
    n = len(b.text)
    if rule_kind in CHROME_KINDS:
        return -(CHROME_LINE_COST + AGAINST_PER_CHAR * n)
    if rule_kind in ("source-link", "byline"):  # provenance lines (a long 原文链接 URL) are no evidence either way
        return 0.0
    if is_link_line(b):
        return -(LINK_LINE_COST + AGAINST_PER_CHAR * b.link_chars)
    punct = len(_CN_PUNCT_FULL.findall(b.text)) + len(_CN_PUNCT_ASCII.findall(b.text))
    density = min(1.0, DENSITY_FLOOR + DENSITY_PER_MARK * punct)
    # Short fragments cost a little (menus, labels), except cells of a data table (名单, 统计表): those are text.
    cost = 0.0 if b.table_row is not None and not b.link_chars else FRAGMENT_COST
    return (n - b.link_chars) * density - cost


def is_link_line(b: Block) -> bool:
    """Mostly link text, and not a 公文 part (附件 links to attachments belong to the document)."""
    return b.link_chars > LINK_LINE_SHARE * len(b.text) and not shape_patterns().doc_part.search(b.text)


def discount_teasers(blocks: list[Block], weights: list[float]) -> None:
    """A short text right after a link line is a teaser in a list (title link / teaser / date), not article prose:
    it counts for less, so a wrapper around the article and a long teaser list does not outscore the article."""
    for i, b in enumerate(blocks):
        if weights[i] <= 0 or len(b.text) > TEASER_MAX:
            continue
        if i > 0 and is_link_line(blocks[i - 1]):
            weights[i] *= TEASER_FACTOR


def discount_chrome_subtrees(walk: Walk, weights: list[float]) -> None:
    """Prose under a comment thread, teaser box or footer (lexicon.chrome_subtree_hints) is not the article: it
    counts against a container that takes it in, unless the page has no real prose elsewhere (then the hint is
    more likely wrong than the text, and it only counts less)."""
    chrome = [walk.nodes[n].chrome for n in walk.owner]
    elsewhere = sum(w for w, c in zip(weights, chrome) if w > 0 and not c)
    factor = CHROME_SUBTREE_FACTOR if elsewhere >= UNSURE_SCORE else CHROME_SUBTREE_ALONE
    for i, c in enumerate(chrome):
        if c and weights[i] > 0:
            weights[i] *= factor


def choose_container(walk: Walk, weights: list[float], lexicon: Lexicon) -> int:
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
        s = _hinted(node, content, chrome)
        if s > best_score:
            best, best_score = i, s
    return best


def _hinted(node: Node, content: set[str], chrome: set[str]) -> float:
    """The node's score scaled by its id/class hints (a positive score only)."""
    s = node.score
    if s > 0:
        if content.intersection(node.tokens):
            s *= CONTENT_HINT_SCALE
        elif chrome.intersection(node.tokens):
            s *= BOILERPLATE_HINT_SCALE
    return s


def _chain_best(walk: Walk, lexicon: Lexicon, n: int, top: int) -> int:
    """The best-scoring node on the ancestor chain from `n` up to `top` (both included)."""
    content, chrome = set(lexicon.content_hints), set(lexicon.boilerplate_hints)
    best, best_score = n, float("-inf")
    while n >= 0:
        node = walk.nodes[n]
        s = _hinted(node, content, chrome)
        if s > best_score:
            best, best_score = n, s
        if n == top:
            break
        n = node.parent
    return best


def _lowest_common(nodes: list[Node], a: int, b: int) -> int:
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


def _starts_new_item(b: Block, node: Node, weight: float) -> bool:
    """What follows a box begins another item, not more of the article: a heading, a title link, chrome, or
    nothing that reads as prose."""
    return weight <= 0 or node.chrome or b.tag in _HEADING_TAGS or is_link_line(b) or len(b.text) <= HEADING_MAX


def headline_box_container(walk: Walk, weights: list[float], kinds: list[str | None], lexicon: Lexicon,
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
    target = canon(title_hint or "")
    blocks, owner, nodes = walk.blocks, walk.owner, walk.nodes
    if not target:
        return best, False
    size = 2 * len(title_hint or "") + 8  # longer blocks cannot canonicalise to the headline: skip the regex
    low = len(target)  # canon only removes characters: a shorter block cannot be the headline
    h = next((i for i, b in enumerate(blocks) if low <= len(b.text) <= size and canon(b.text) == target
              and not is_link_line(b) and not nodes[owner[i]].chrome), None)
    if h is None:  # a heading that shows most of the headline (a kicker or site name around it in <title>)
        h = next((i for i, b in enumerate(blocks) if b.tag in _HEADING_TAGS and len(b.text) <= size
                  and _near_headline(canon(b.text), target) and not is_link_line(b)
                  and not nodes[owner[i]].chrome), None)
    if h is None:
        return best, False
    # (a subtitle is no prose, nor is a line a rule claims: a tag line, a byline)
    # (nor a counter row or a label: the first prose is a sentence, or long)
    anchor = next((j for j in range(h + 1, min(h + 1 + HEADLINE_REACH, len(blocks)))
                   if weights[j] > 0 and blocks[j].tag not in _HEADING_TAGS and kinds[j] is None
                   and is_prose(blocks[j].text)), None)
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
                kinds[k] is None and not is_link_line(blocks[k]) and not nodes[owner[k]].chrome
                and _section_continues(walk, k, nodes[box].parent, title_hint or ""))):
            break
        box = nodes[box].parent
    if box > 0 and _answer_follows(walk, box, nxt, title_hint or ""):
        box = nodes[box].parent  # a question and its answer(s) are one article
    if box == 0:  # headline and prose meet only at the page's root: held to the branch the prose is in
        box = _article_branch(walk, owner[h], owner[anchor])
    if box <= best < nodes[box].end:  # the scored choice lies inside the box already
        return _resumed_after_links(walk, weights, kinds, best, box), True
    return _chain_best(walk, lexicon, owner[anchor], box), True


def _answer_follows(walk: Walk, box: int, nxt: int, title: str) -> bool:
    """A Q&A page: the headline asks (ends in a question mark) and the box of the same wrapper right after the
    question's box outweighs it (the answer, maybe behind an answerer's card), not chrome nor opened by a link."""
    nodes, owner = walk.nodes, walk.owner
    parent = nodes[box].parent
    if (not title.rstrip().endswith(("？", "?")) or parent <= 0 or nxt >= len(walk.blocks)
            or not parent < owner[nxt] < nodes[parent].end or is_link_line(walk.blocks[nxt])):
        return False  # (nothing after the question inside the wrapper, or a title link: a recommended item)
    s = owner[nxt]
    while nodes[s].parent != parent:
        s = nodes[s].parent
    return not nodes[s].chrome and nodes[s].score >= max(UNSURE_SCORE, nodes[box].score)


def _article_branch(walk: Walk, head: int, prose: int) -> int:
    """The root's child holding the prose node, when it is an element of several blocks of its own that does not
    hold the headline (the headline sits in a page header, the article in a main column beside feeds and menus);
    else the root."""
    nodes = walk.nodes
    branch = prose
    while nodes[branch].parent > 0:
        branch = nodes[branch].parent
    if branch == 0 or branch <= head < nodes[branch].end or nodes[branch].tag in _PARAGRAPH_TAGS:
        return 0
    count = 0
    for o in walk.owner:
        count += branch <= o < nodes[branch].end
        if count >= 2:
            return branch
    return 0


def _resumed_after_links(walk: Walk, weights: list[float], kinds: list[str | None], n: int, box: int) -> int:
    """`n`, grown towards `box` while the article resumes right after an inline link box: past one to BOX_SKIP
    link lines the next block is a paragraph (not a heading, chrome or a rule's line), and no other link line
    follows it up to the parent's end (a feed of title links and teasers has one per item)."""
    blocks, owner, nodes = walk.blocks, walk.owner, walk.nodes
    while n != box and nodes[n].parent >= box:
        parent = nodes[n].parent
        end, top = nodes[n].end, nodes[parent].end
        k = next((i for i, o in enumerate(owner) if n <= o < end), None)
        if k is None:
            return n
        while k < len(blocks) and n <= owner[k] < end:
            k += 1
        j = k
        while j < min(k + BOX_SKIP, len(blocks)) and parent <= owner[j] < top and is_link_line(blocks[j]):
            j += 1
        if j == k or j >= len(blocks) or not parent <= owner[j] < top:
            return n
        b = blocks[j]
        if (weights[j] <= 0 or kinds[j] is not None or nodes[owner[j]].chrome or b.tag in _HEADING_TAGS
                or not is_tail_prose(b.text)):
            return n
        rest = j + 1
        while rest < len(blocks) and parent <= owner[rest] < top:
            if is_link_line(blocks[rest]):
                return n
            rest += 1
        n = parent
    return n


def _section_continues(walk: Walk, k: int, parent: int, title: str) -> bool:
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


def canon(s: str) -> str:
    """Letters and digits only: the form in which a block is compared with the headline."""
    return _NON_WORD.sub("", s)

