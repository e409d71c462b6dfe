"""Stage 3: label every block as title, body, heading, field (provenance) or boilerplate.

The classifier runs in named stages, each a small function over the whole block list (like jusText):

1. `mark_line_rules`  – whole-line rules from the lexicon (disclaimers, bylines, footers, toolbars ...)
2. `mark_sidebars`    – a sidebar heading plus a run of title-like lines, or a run of dated/truncated titles
3. `mark_title`       – the headline (from the markup's hint, else the first title-like line) and its repeats
4. `mark_tail`        – after the article has ended (disclaimer, comments, sidebars), short lines are chrome
5. `mark_body`        – everything left: paragraphs, and short lines as sub-headings

Each decision stores the rule name in `Block.reason`, which becomes `Removal.reason`.
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .model import BODY, BOILERPLATE, FIELD, HEADING, TITLE, Block

# Sentence-final punctuation (half- and full-width): a line ending in one reads as prose, not a title.
_SENTENCE_END = re.compile(r"[。！？；!?;…」”）)]$|\.{3}$")
_TRUNCATED = re.compile(r"(?:\.{2,}|…+|。。+)$")
_DATE_ANY = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\[\d{1,2}-\d{1,2}\]|(?<!\d)\d{1,2}-\d{2}(?!\d)")
_DATE_EDGE = re.compile(r"^(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?$")
_ONLY_DATE = re.compile(r"^[\[(（]?(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?$")
_BULLET = re.compile(r"^[•·●○◆◇■□▪▫►▶\-*]\s*")

TITLE_MAX = 60  # a headline longer than this is unusual even for 公文 titles with 《》
ITEM_MAX = 40  # a sidebar item (truncated title, maybe with a date)
MIN_RUN = 3  # title-like lines needed after a sidebar heading


def classify(blocks: list[Block], lexicon: Lexicon, *, title_hint: str | None = None) -> list[Block]:
    mark_line_rules(blocks, lexicon)
    mark_sidebars(blocks, lexicon)
    mark_title(blocks, title_hint)
    mark_tail(blocks)
    mark_body(blocks)
    return blocks


# -- features ------------------------------------------------------------------------------------------------

def is_prose(text: str) -> bool:
    """A sentence: ends in sentence punctuation or is long enough to be a paragraph."""
    return bool(_SENTENCE_END.search(text)) or len(text) > 80


def is_title_like(text: str, limit: int = TITLE_MAX) -> bool:
    return 0 < len(text) <= limit and not _SENTENCE_END.search(text.rstrip(".…")) and "。" not in text


def is_sidebar_item(text: str) -> bool:
    """A short title-like line typical of lists: truncated, dated, bulleted, or simply short."""
    t = _BULLET.sub("", text)
    if not t:
        return True
    if _ONLY_DATE.match(t):
        return True
    if _TRUNCATED.search(t) and len(t) <= ITEM_MAX + 12:
        return True
    if _DATE_EDGE.search(t) and len(t) <= ITEM_MAX + 12 and "。" not in t:
        return True
    return len(t) <= ITEM_MAX and "。" not in t and not t.endswith(("：", ":"))


def is_dated_or_truncated(text: str) -> bool:
    t = _BULLET.sub("", text)
    return bool(_TRUNCATED.search(t) or _DATE_EDGE.search(t)) and len(t) <= ITEM_MAX + 12 and "。" not in t[:-1]


def _open(b: Block) -> bool:
    return b.label is None


# -- stages --------------------------------------------------------------------------------------------------

def mark_line_rules(blocks: list[Block], lexicon: Lexicon) -> None:
    for b in blocks:
        if not _open(b):
            continue
        hit = lexicon.match_line(b.text)
        if hit is None:
            continue
        rule, m = hit
        values = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
        b.fields.update(values)
        b.mark(FIELD if values else BOILERPLATE, rule.kind, "line:" + rule.name)


def mark_sidebars(blocks: list[Block], lexicon: Lexicon) -> None:
    heading = lexicon.sidebar_heading_re()
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if _open(b) and heading.match(b.text):
            j = i + 1
            while (j < n and (blocks[j].label is None or blocks[j].kind == "sidebar")
                   and is_sidebar_item(blocks[j].text) and not heading.match(blocks[j].text)):
                j += 1
            run = j - (i + 1)
            # A heading is a sidebar when a run of items follows, or when it sits at the very end of the input
            # with only a few lines after it (a glued "related" box whose items are title+teaser).
            at_end = j >= n or all(not _open(x) for x in blocks[j:])
            tail_rest = [x for x in blocks[i + 1:] if _open(x)]
            if run >= MIN_RUN or (run >= 1 and at_end) or (i > 0 and len(tail_rest) <= 3 and not _has_prose_after(blocks, i, 4)):
                end = n if (len(tail_rest) <= 3 and not at_end) else j
                b.mark(BOILERPLATE, "sidebar", "sidebar:heading")
                for x in blocks[i + 1:end]:
                    if _open(x):
                        x.mark(BOILERPLATE, "sidebar", "sidebar:run-after-heading")
                i = end
                continue
        i += 1
    # Headless runs: >= MIN_RUN consecutive dated or truncated titles are a list, wherever they are.
    i = 0
    while i < n:
        j = i
        while j < n and _open(blocks[j]) and is_dated_or_truncated(blocks[j].text):
            j += 1
        if j - i >= MIN_RUN:
            for x in blocks[i:j]:
                x.mark(BOILERPLATE, "sidebar", "sidebar:dated-run")
        i = max(j, i + 1)


def _has_prose_after(blocks: list[Block], i: int, limit: int) -> bool:
    """True when a real paragraph follows within `limit` open blocks: the heading was article text."""
    seen = 0
    for x in blocks[i + 1:]:
        if not _open(x):
            continue
        seen += 1
        if seen > limit:
            return True
        if _SENTENCE_END.search(x.text) and len(x.text) > ITEM_MAX and not x.text.startswith(x.text[:4] * 2):
            # prose after the box's own teaser lines counts only beyond the first two lines
            if seen > 2:
                return True
    return False


def _canon(s: str) -> str:
    return re.sub(r"\s+", "", s)


def mark_title(blocks: list[Block], title_hint: str | None) -> None:
    """Take the headline; later copies of it are 'title-repeat' boilerplate."""
    title_text = None
    if title_hint:
        title_text = _canon(title_hint)
    else:
        for b in blocks:
            if not _open(b):
                continue
            if is_title_like(b.text) and not _DATE_ANY.search(b.text[:12]):
                b.mark(TITLE, None, "title:first-title-like-line")
                title_text = _canon(b.text)
            break  # only the first open line can be the headline of a text dump
    if not title_text:
        return
    for b in blocks:
        if b.label is None and _canon(b.text) == title_text:
            if title_hint and not any(x.label == TITLE for x in blocks):
                b.mark(TITLE, None, "title:matches-markup-title")
            else:
                b.mark(BOILERPLATE, "title-repeat", "title:repeat")


def mark_tail(blocks: list[Block]) -> None:
    """Once a disclaimer, comment widget or sidebar follows the article, remaining short lines are chrome."""
    ended = False
    for b in blocks:
        if b.label == BOILERPLATE and b.kind in ("disclaimer", "comment", "sidebar") and _seen_body_before(blocks, b):
            ended = True
            continue
        if ended and _open(b) and not is_prose(b.text):
            b.mark(BOILERPLATE, "sidebar", "tail:after-article-end")


def _seen_body_before(blocks: list[Block], stop: Block) -> bool:
    for b in blocks:
        if b is stop:
            return False
        if b.label is None and is_prose(b.text):
            return True
    return False


def mark_body(blocks: list[Block]) -> None:
    for b in blocks:
        if _open(b):
            if is_prose(b.text):
                b.mark(BODY, None, "body:prose")
            else:
                b.mark(HEADING if is_title_like(b.text) else BODY, None, "body:short-line")
