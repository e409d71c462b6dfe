"""The rule table: every text rule in its fixed order (FIXERS, keyed by the count name each rule reports), the
document-number rule, and `_rules`, which runs the table on one text."""
from __future__ import annotations

import re
from typing import Callable

from .. import lazy_re
from .chars import (_HIGH_LATIN, _ODD_SPACE, _RADICAL_RE, CONTROL, INVISIBLE, _brackets, _control, _invisible,
                    _linebreaks, _mojibake, _odd_spaces, _pinyin, _radicals, _whitespace, _width)
from .common import Counts, _add, _changed
from .punct import _punctuation

# --- document numbers (GB/T 9704 §7.2.5): 国发[2019]5号 → 国发〔2019〕5号 -----------------------------------------

# The agency code's last character in either script (t2s turns 發 and 髮 into 发), so that script conversion,
# which runs after this rule, never creates a new match.
_DOCNUM = lazy_re.compile(r"(?<=[发办函字令發辦髮])[ \u3000]*[\[［【(（﹝〔{｛][ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*"
                     r"[\]］】)）﹞〕}｝][ \u3000]*第?[ \u3000]*0*([0-9]+)[ \u3000]*(号|號)")


def normalize_docnum(text: str, counts: Counts) -> str:
    """Write document numbers in the GB/T 9704 form: 〔YYYY〕, no 第, no leading zero.

    >>> counts = {}; normalize_docnum("国发[2019]第05号", counts), counts
    ('国发〔2019〕5号', {'docnum': 6})
    """
    if "号" not in text and "號" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        out = f"\u3014{m.group(1)}\u3015{m.group(2)}{m.group(3)}"
        _add(counts, "docnum", _changed(m.group(), out))
        return out

    return _DOCNUM.sub(repl, text)


# --- the pipeline ------------------------------------------------------------------------------------------------

Rule = Callable[[str, Counts], str]
# The rules in the order they run (the order keeps `normalize` idempotent), keyed by the count name each reports
# (width, whitespace and punctuation also report the sub-names width.symbol, ws.line-end/label/han/collapse,
# punct.ellipsis/dash and ws.punct).  Each rule's docstring shows it at work (tests/test_normalize.py runs them).
FIXERS: dict[str, Rule] = {
    "mojibake": _mojibake,
    "ws.linebreak": _linebreaks,
    "invisible": _invisible,
    "control": _control,
    "ws.space": _odd_spaces,
    "width": _width,
    "kangxi": _radicals,
    "bracket": _brackets,
    "pinyin": _pinyin,
    "ws": _whitespace,
    "punct": _punctuation,
    "docnum": normalize_docnum,
}
_RULES: tuple[Rule, ...] = tuple(FIXERS.values())


_LATE_RULES = _RULES[_RULES.index(_pinyin):]
# Every character one of the rules before _pinyin may change, except the width rule's symbols ％＋－．／：＠, which
# it folds only next to ASCII letters or digits (in a number, a URL, an e-mail address): "：" is in most Chinese
# lines.  Clean text has none (most paragraphs): two scans then replace eight rules; each of them is the identity
# on such text, so skipping them changes nothing.
_EARLY_TRIGGER = lazy_re.compile("[" + _HIGH_LATIN.pattern[1:-1] + "\r\v\f\u2028\u2029" + INVISIBLE + CONTROL
                                 + _ODD_SPACE.pattern[1:-1] + "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff64"
                                 + _RADICAL_RE.pattern[1:-1] + "\ufe5d\ufe5e]")
_WIDTH_SYMBOL = lazy_re.compile("[\uff05\uff0b\uff0d\uff0e\uff0f\uff1a\uff20]")
_ASCII_ALNUM = lazy_re.compile("[0-9A-Za-z]")


# Every character (or literal) one of the late rules needs before it changes anything: ( （ for pinyin, the spaces
# for whitespace, the marks, parentheses, "..." "。。。" … and "--" for punctuation, 号 號 for document numbers.  A
# paragraph without any is settled: these scans replace the four rules' own checks.  (A class alone scans fast;
# the three literals are tested apart, as an alternation would be tried at every character.)
_LATE_TRIGGER = lazy_re.compile("[(\uff08 \u3000,;:?!)\u2026\u53f7\u865f]")


def _late_rules_needed(text: str) -> bool:
    return bool(_LATE_TRIGGER.search(text)) or "..." in text or "\u3002\u3002\u3002" in text or "--" in text


def _early_rules_needed(text: str) -> bool:
    return bool(_EARLY_TRIGGER.search(text) or (_WIDTH_SYMBOL.search(text) and _ASCII_ALNUM.search(text)))


# Every character the triggers above look for, with . and - for the late literals "..." and "--" ("。。。" is
# tested apart: 。 ends every sentence): a paragraph with none is settled by one scan instead of three (most
# paragraphs of a page).
_ANY_TRIGGER = lazy_re.compile("[" + _EARLY_TRIGGER.pattern[1:-1] + _WIDTH_SYMBOL.pattern[1:-1]
                               + _LATE_TRIGGER.pattern[1:-1] + ".\\-]")


def _rules(text: str, counts: Counts) -> str:
    """Every rule except script conversion, which needs the per-document decision taken on their output.

    Mojibake repair must run first (C1 controls are part of GBK-as-Latin-1 text), but a run it rejected can
    become repairable once later rules delete controls or fold widths inside it; so the rules repeat while the
    repair still finds something (at most a few times: each repair removes Latin-1 characters).
    """
    if not _ANY_TRIGGER.search(text) and "\u3002\u3002\u3002" not in text:
        return text
    if not _early_rules_needed(text):
        # no Latin-1 character to start with, and the later rules only delete spaces and write CJK forms, so
        # mojibake repair has nothing to find afterwards either
        if not _late_rules_needed(text):
            return text
        for rule in _LATE_RULES:
            text = rule(text, counts)
        return text
    for _ in range(4):
        for rule in _RULES:
            text = rule(text, counts)
        if _mojibake(text, {}) == text:
            break
    return text
