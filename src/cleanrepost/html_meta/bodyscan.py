"""One pass over the body: headline candidates and the text nodes the other readers look at (`Scan`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from ..knowledge.traditional import s2t_forms
from ..lexicon import Lexicon

_HEADLINE_TAGS = ("h1", "h2", "h3")
_NOT_HEADLINE = frozenset(("a", "img", "input", "meta", "title", "body", "html", "script", "style"))
SHORT_NODE = 40  # a text node shorter than this (indentation included) may be a gov table label ...
LABEL_MIN, LABEL_MAX = 2, 14  # ... when it holds more than LABEL_MIN and at most LABEL_MAX characters
NOTE_MAX = 160  # a bracketed document-date note （2010年3月1日…通过） is shorter than this
ORIGINAL_CUE = "原文"  # what most source link texts share (原文链接, 阅读原文): one substring test per text node
FOLD_SAMPLE = 2500  # characters of the colon texts (the labelled ones) looked at to tell a Traditional page


def _same(text: str) -> str:
    return text


@dataclass
class Scan:
    """What the readers below need from the body, gathered in one walk (pages are big, the budget is small)."""

    headlines: list = field(default_factory=list)  # h1-h3 and elements whose class/id says title
    colon: list = field(default_factory=list)  # (text, owner element) of text nodes holding a colon
    original: list = field(default_factory=list)  # (text, element, is_tail): nodes that may hold a source link text
    paren: list = field(default_factory=list)  # text nodes opening with a bracket: （2010年3月1日…通过）
    order: dict = field(default_factory=dict)  # document position of headlines and colon-text owners
    short: list = field(default_factory=list)  # (text, owner) of short colon-less text nodes: gov table labels
    # The form labels are matched in: the Lexicon is Simplified, so a page whose labelled texts are Traditional
    # (來源, 責任編輯, 發佈時間: HK/TW pages) is matched on their t2s form; values keep the page's characters.
    fold: Callable[[str], str] = _same


def _headline_hint(lexicon: Lexicon) -> re.Pattern[str]:
    """A class/id naming a headline: a hint anywhere in it (article-title, h1title), or a whole token (bt)."""
    return re.compile("|".join(map(re.escape, lexicon.headline_hints))
                      + r"|(?:^|\s)(?:" + "|".join(map(re.escape, lexicon.headline_tokens)) + r")(?:\s|$)", re.I)


def _link_cues(lexicon: Lexicon) -> tuple[str, ...]:
    """What a text node must contain to hold one of the lexicon's source link texts: "原文" for every text that has
    it (原文链接, 阅读原文 …: one substring test per node), the whole text for any other (an added 来源链接)."""
    return (ORIGINAL_CUE,) + tuple(sorted({w for w in lexicon.source_link_texts if ORIGINAL_CUE not in w}))


def scan(root, lexicon: Lexicon) -> Scan:
    sc = Scan()
    hint = lexicon.view("html_meta.headline_hint", _headline_hint)
    cues = lexicon.view("html_meta.link_cues", _link_cues)
    body = root.find("body")
    # A page repeats a few class names on hundreds of elements: each distinct value is searched once.
    hinted: dict[str, bool] = {}
    for pos, el in enumerate((body if body is not None else root).iter(etree.Element)):  # no comments
        tag = el.tag
        if tag in _HEADLINE_TAGS:
            sc.headlines.append(el)
            sc.order[el] = pos
        elif tag not in _NOT_HEADLINE:
            cls, ident = el.get("class"), el.get("id")
            if (cls and _is_headline_hint(hinted, hint, cls)) or (ident and _is_headline_hint(hinted, hint, ident)):
                sc.headlines.append(el)
                sc.order[el] = pos
        # Most text nodes are indentation between tags; whitespace alone can feed none of the lists below, so it
        # is skipped before the (per-node) call.
        text = el.text
        if text and not text.isspace():
            _scan_text(sc, text, el, el, False, pos, cues)
        text = el.tail
        if text and not text.isspace():
            parent = el.getparent()
            if parent is not None:
                _scan_text(sc, text, el, parent, True, pos, cues)
    sc.fold = script_fold("".join(t for t, _ in sc.colon)[:FOLD_SAMPLE],
                          lexicon.view("html_meta.traditional_label_chars", _traditional_label_chars))
    return sc


def script_fold(sample: str, traditional: re.Pattern[str] | None) -> Callable[[str], str]:
    """t2s for matching when `sample` holds a Traditional form of a label character (`traditional`:
    _traditional_label_chars), else the identity (the usual, free answer).  The fold keeps a text's length
    (positions found in it cut the original text) or leaves the text alone."""
    if traditional is None or not traditional.search(sample):
        return _same
    from ..langid import converter
    t2s = converter("t2s")

    def fold(text: str) -> str:
        folded = t2s.convert(text)
        return folded if len(folded) == len(text) else text
    return fold


def _traditional_label_chars(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The characters the Traditional forms of the Lexicon's bar labels have and the Simplified lack (來, 編, 發 …);
    None without OpenCC (the Simplified labels still work)."""
    try:
        forms = s2t_forms(label for label, _ in lexicon.info_labels)
    except ImportError:
        return None
    chars = sorted({c for label, _ in lexicon.info_labels for c in forms[label] if c not in label})
    return re.compile("[" + re.escape("".join(chars)) + "]") if chars else None


def _is_headline_hint(cache: dict[str, bool], hint: re.Pattern[str], value: str) -> bool:
    hit = cache.get(value)
    if hit is None:
        hit = cache[value] = hint.search(value) is not None
    return hit


def _scan_text(sc: Scan, text: str, el, owner, is_tail: bool, pos: int, cues: tuple[str, ...]) -> None:
    if "：" in text or ":" in text or "丨" in text or "︱" in text:  # (丨: 来源丨某某 bars)
        sc.colon.append((text, owner))
        sc.order.setdefault(owner, pos)
    elif len(text) < SHORT_NODE and LABEL_MIN < len(text.strip()) <= LABEL_MAX:
        sc.short.append((text, owner))
    if cues[0] in text or (len(cues) > 1 and any(c in text for c in cues[1:])):
        sc.original.append((text, el, is_tail))
    if "（" in text or "(" in text:
        t = text.lstrip()
        if t[:1] in ("（", "(") and len(t) < NOTE_MAX:
            sc.paren.append(t)
