"""What a single line looks like, with no context: prose or title, a 公文 part, a list item, a menu row.

Plain-string helpers (and `is_open` on a Block) shared by every stage.  Other modules use this module's patterns
as `shapes.NAME` (one name per pattern in the package: the rule-safety test collects them by name).
"""
from __future__ import annotations

import re
from typing import Iterable

from ..knowledge.context import shape_patterns
from ..model import Block
from ..grammar import dates
from .memo import per_page
from .tuning import BODY_BIGRAM_CHARS, ITEM_DATED_MAX, ITEM_MAX, MENU_ITEM_MAX, MENU_MIN_ITEMS, PARAGRAPH_LEN, TITLE_MAX

# Rules are written for ASCII digits and letters; dumps also carry full-width ones (２０１５-０１-０１).
# (０-９ ： Ａ-Ｚ ａ-ｚ and the brackets between them; ；？ and friends keep their width: rules list both forms.)
FOLD_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5F) if not 0xFF1B <= c <= 0xFF20})
SP = r"[ \t\u3000\u00a0]"  # the spaces a line carries between its parts

# -- patterns --------------------------------------------------------------------------------------------------
# (sentence ends and truncation marks are read off a line's end: ends_sentence, is_truncated)
BULLET_CHARS = "•·●○◆◇■□▪▫►▶-*"  # a list item's bullet: BULLET is one of them and the spaces after it
BULLET = re.compile(r"^[" + re.escape(BULLET_CHARS) + r"]\s*")
FOLDABLE = re.compile("[" + "".join(map(chr, FOLD_WIDTH)) + "]")
# (a 公文's section headings, part lines, signature block — the issuing body alone on a line, then the date in
# Chinese form, or the 版记 line "某市人民政府办公室 2015年1月1日印发" — are built from Lexicon tables:
# knowledge/context.shape_patterns)
TAIL_CLAUSE = re.compile(r"[，,。；;：:、]")  # inner punctuation of a sentence with clauses
NOT_HAN_OR_ALNUM = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")

CREDIT_REASONS = ("line:byline.reporters", "shape:credit-line")  # the rules that find a reporter's credit alone

def is_open(b: Block) -> bool:
    """Not labelled by an earlier stage: each stage decides only what the ones before it left."""
    return b.label is None


_SENTENCE_END_CHARS = frozenset("。！？；!?;…」”）)")


def ends_sentence(text: str) -> bool:
    """Sentence-final punctuation (half- and full-width) ends the text: it reads as prose, not a title.
    Exactly `re.search(r"[。！？；!?;…」”）)]$|\\.{3}$", text)`, read off the end of the text instead of an
    end-anchored scan of every character.  (`$` also matches before one final newline: it is looked past.)"""
    if text.endswith("\n"):
        text = text[:-1]
    return bool(text) and (text[-1] in _SENTENCE_END_CHARS or text.endswith("..."))


def is_truncated(text: str) -> bool:
    """A title a list cut off (.. … 。。 at its end): exactly `re.search(r"(?:\\.{2,}|…+|。。+)$", text)`, read off
    the end as `ends_sentence` does (that search is quadratic on a long run of 。 not at the end)."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.endswith(("..", "…", "。。"))


def is_prose(text: str) -> bool:
    """A sentence: ends in sentence punctuation or is long enough to be a paragraph."""
    return len(text) > PARAGRAPH_LEN or ends_sentence(text)


def is_title_like(text: str, limit: int = TITLE_MAX) -> bool:
    return 0 < len(text) <= limit and not ends_sentence(text.rstrip(".…")) and "。" not in text


def is_bulleted(text: str) -> bool:
    """`BULLET.match(text)`, by the first character alone (the pattern is that character and optional spaces)."""
    return text[:1] in BULLET_CHARS and text != ""


def unbulleted(text: str) -> str:
    """`BULLET.sub("", text)`: the text without its bullet and the spaces after it."""
    return BULLET.sub("", text) if text[:1] in BULLET_CHARS and text else text


@per_page  # asked of most lines by the span, tail and fields passes
def is_tail_prose(text: str) -> bool:
    """A real paragraph: long, or a sentence with clauses.  Bullets and short exclamations are list items."""
    if is_bulleted(text):
        return False
    return len(text) > PARAGRAPH_LEN or (is_prose(text) and bool(TAIL_CLAUSE.search(text, 0, len(text) - 1)))


@per_page  # about six calls per line and page, from the labelling and span passes
def folded(text: str) -> str:
    """What rules are matched against: full-width digits, letters and colons as ASCII, and a table cell
    flattened as "| 责任编辑：王小明 |" without its pipes."""
    if FOLDABLE.search(text):  # most lines have nothing to fold
        # One replace() per distinct character found, not translate(): with a dict table translate() raises and
        # clears a KeyError for every character the table lacks (~0.5 µs a character, 20 µs for an info bar).
        # The targets are ASCII, never foldable again, so the order of the replacements does not matter.
        for c in set(FOLDABLE.findall(text)):
            text = text.replace(c, FOLD_WIDTH[ord(c)])
    if len(text) > 2 and text[0] in "|｜" and text[-1] in "|｜":
        text = text.strip("|｜ \t\u3000")
    return text


@per_page
def is_document_part(text: str) -> bool:
    """公文 structure: section headings (一、 （一） 第一章), 附件/抄送/印发 lines, signature and date lines."""
    text = folded(text)  # a date line in full-width digits (２０１５年１月１日) is still the document's date
    sp = shape_patterns()
    return bool(sp.section.match(text) or sp.doc_part.search(text) or sp.signature.match(text))


def is_sidebar_item(text: str) -> bool:
    """A short title-like line typical of lists: truncated, dated, bulleted, or simply short."""
    t = unbulleted(text)
    if not t:
        return True
    if is_document_part(t):
        return False
    if dates.ONLY_DATE.match(t):
        return True
    if len(t) <= ITEM_DATED_MAX and is_truncated(t):  # (cheap tests first: the searches scan the line)
        return True
    if len(t) <= ITEM_DATED_MAX and "。" not in t and dates.DATE_EDGE.search(t):
        return True
    return len(t) <= ITEM_MAX and "。" not in t and not t.endswith(("：", ":"))


def is_dated_or_truncated(text: str) -> bool:
    t = unbulleted(text)
    # Length and full stop first: this runs on every open line, and the $-anchored DATE_EDGE scans all of a paragraph.
    # (a line ending in a full stop is a sentence: "2.3 计划工期：180日历天。" is a numbered item, not a dated title)
    return len(t) <= ITEM_DATED_MAX and "。" not in t and (is_truncated(t) or bool(dates.DATE_EDGE.search(t)))


def is_menu_like(text: str) -> bool:
    """Four or more short space-separated items ("中国政府网 黑龙江省政府网 English 市人大 …"): a menu row."""
    parts = text.split()
    return len(parts) >= MENU_MIN_ITEMS and max(len(p) for p in parts) <= MENU_ITEM_MAX


def letters(text: str) -> str:
    """The Han letters and alphanumerics of a text, in order: what bigram overlap compares.  (Deleting the runs
    between them is one match per run; listing the letters was one match per character.)"""
    return NOT_HAN_OR_ALNUM.sub("", text)


def bigrams(text: str) -> set[str]:
    """Character bigrams of the Han letters and alphanumerics: the words two texts share, without a segmenter."""
    chars = letters(text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def opening_letters(paragraphs: Iterable[str]) -> str:
    """`letters()` of the article's opening: the paragraphs joined up to BODY_BIGRAM_CHARS characters, where a
    headline's words are (reading further only costs)."""
    body = ""
    for text in paragraphs:
        if len(body) >= BODY_BIGRAM_CHARS:
            break
        body += text
    return letters(body[:BODY_BIGRAM_CHARS])


def title_overlap(title: str, body: str) -> float:
    """Share of the title's character bigrams found in the body: a headline summarises its article."""
    return overlap(title, letters(body))


def overlap(title: str, body_letters: str) -> float:
    """Share of the title's bigrams that occur in `body_letters` (`letters()` of the body).  A bigram is in the
    body's bigram set exactly when it is a substring of its letters, so the body's set is never built: the cost
    is a substring search per title bigram, not a Python step per body character."""
    t = bigrams(title)
    return sum(map(body_letters.__contains__, t)) / len(t) if t else 0.0
