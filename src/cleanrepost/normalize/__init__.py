"""Stage 5: Chinese-safe normalization of titles and paragraphs, plus script and language.

Targeted rules in a fixed order, never NFKC on the whole text (NFKC and ftfy's defaults turn ，：（）“” into
ASCII).  The order is what makes `normalize` idempotent (see ../shared/notes/chinese-text.md §2.3, §2.7):

  mojibake repair → line breaks → invisibles → controls → odd spaces → width folding → Kangxi radicals →
  ﹝﹞ → pinyin annotations → whitespace (line ends, spaced labels, U+3000 between Han, runs) →
  half-width punctuation in Chinese context (to a fixpoint, URLs/e-mails/times/numbers masked) →
  document numbers (〔YYYY〕N号) → script conversion (OpenCC t2s / s2t, decided once per document on the result)

Every rule counts the characters it changed; rules that only touch whitespace are named "ws.*" so an audit can
tell layout from content.  U+FFFD is never removed: it is counted as "replacement-char" and flagged.

This package: `rules.py` (the FIXERS table in order, and `_rules`), `chars.py` (character rules), `punct.py`
(half-width punctuation), `script.py` (script conversion); this module drives them per text and per document.
"""
from __future__ import annotations

from .. import langid
from ..model import Document
from .chars import CONTROL, INVISIBLE, _common_han
from .common import Counts, _add
from .rules import FIXERS, _rules, normalize_docnum
from .script import SCRIPTS, _check_script, _convert_script

__all__ = ["CONTROL", "FIXERS", "INVISIBLE", "SCRIPTS", "Counts", "normalize", "normalize_docnum",
           "normalize_document", "normalize_explained", "_common_han"]


def normalize_explained(text: str, *, script: str = "simplified") -> tuple[str, Counts]:
    """`normalize(text)` and the number of characters each rule changed, like ftfy's fix_and_explain.

    Rule names: mojibake, invisible, control, width, width.symbol, kangxi, bracket, pinyin, punct,
    punct.ellipsis, punct.dash, script.t2s, script.s2t, docnum; whitespace-only rules start with "ws.".
    "replacement-char" counts U+FFFD left in the output (kept, not hidden).
    """
    _check_script(script)
    counts: Counts = {}
    text = _rules(text, counts)
    detected = langid.chinese_script(text)
    text = _convert_script([text], script, detected, counts)[0]
    _add(counts, "replacement-char", text.count("\ufffd"))
    return text, dict(sorted(counts.items()))


def normalize(text: str, *, script: str = "simplified") -> str:
    """Chinese-safe normalization of one text; idempotent.  `script`: "simplified", "traditional" or "keep".

    On its own the text is its own document for the Simplified/Traditional decision; `clean()` decides once per
    document instead (see `normalize_document`).
    """
    return normalize_explained(text, script=script)[0]


_CREDITS = ("source_name", "author", "editor")  # Document fields holding names the page prints


def normalize_document(doc: Document, *, script: str = "simplified") -> Document:
    """Normalize the title and paragraphs, decide language and script once for the whole document, convert the
    script if asked, and record per-rule counts in `doc.normalization` and warnings in `doc.flags`."""
    _check_script(script)
    counts: Counts = {}
    title = _rules(doc.title, counts) if doc.title else doc.title
    paragraphs = [p for p in (_rules(p, counts) for p in doc.paragraphs) if p.strip()]
    body = "\n".join(paragraphs) or title or ""
    doc.lang = langid.detect_lang(body)
    doc.script = langid.detect_script(body) if doc.lang == "zh" else None
    texts = _convert_script([title or ""] + paragraphs, script, doc.script, counts)
    doc.title = texts[0] if title else title
    doc.paragraphs = texts[1:]
    # the credits read from the page get the text's script too (their conversions are not counted: counts are
    # about the article's text)
    names = [n for n in _CREDITS if getattr(doc, n)]
    for name, value in zip(names, _convert_script([getattr(doc, n) for n in names], script, doc.script, {})):
        setattr(doc, name, value)
    for key, value in doc.meta.items():
        if isinstance(value, str):
            doc.meta[key] = normalize_docnum(value, counts)
    replaced = sum(t.count("\ufffd") for t in texts)
    _add(counts, "replacement-char", replaced)
    if replaced:
        doc.flag("replacement-char")
    if counts.get("mojibake"):
        doc.flag("mojibake-repaired")
    doc.normalization = dict(sorted(counts.items()))
    return doc
