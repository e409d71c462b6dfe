"""What every normalization rule shares: the per-rule counts and the cheap literal pre-check."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lazy_re
from ..langid import HAN

Counts = dict[str, int]

# Punctuation that makes a neighbour "Chinese context": CJK symbols, full-width forms, dashes and ellipses.
CJK_PUNCT = "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2014\u2026\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e"
_CJK_RE = lazy_re.compile(f"[{HAN}{CJK_PUNCT}]")
_HAN_RE = lazy_re.compile(f"[{HAN}]")


def _class_table(spec: str) -> tuple[bytes, tuple[tuple[int, int], ...]]:
    """A character class written as in a regex ("a-z0…", no escapes) as a BMP lookup table and astral ranges."""
    table = bytearray(0x10000)
    astral = []
    i = 0
    while i < len(spec):
        lo = hi = ord(spec[i])
        if i + 2 < len(spec) and spec[i + 1] == "-":
            hi = ord(spec[i + 2])
            i += 3
        else:
            i += 1
        if lo >= 0x10000:
            astral.append((lo, hi))
        else:
            table[lo:min(hi, 0xFFFF) + 1] = b"\x01" * (min(hi, 0xFFFF) + 1 - lo)
    return bytes(table), tuple(astral)


_CJK_TABLE, _CJK_ASTRAL = _class_table(HAN + CJK_PUNCT)


def is_cjk_char(c: str) -> bool:
    """`_CJK_RE.match(c)` for one character (or ""), by table: the punctuation rule asks this of every mark's
    neighbours, and a regex call costs about ten times more."""
    if not c:
        return False
    o = ord(c)
    if o < 0x10000:
        return _CJK_TABLE[o] == 1
    return any(lo <= o <= hi for lo, hi in _CJK_ASTRAL)
_QUOTES = "\"'\u2018\u2019\u201c\u201d"  # looked through when finding a mark's neighbour
_SPACES = " \u3000"


def _add(counts: Counts, rule: str, n: int) -> None:
    if n:
        counts[rule] = counts.get(rule, 0) + n


@lru_cache(maxsize=None)
def _needles(needles: str | tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in needles))


def _has_any(text: str, needles: str | tuple[str, ...]) -> bool:
    """Cheap pre-check (one literal scan) that lets a rule skip its costlier regexes on clean text."""
    return _needles(needles).search(text) is not None


def _changed(old: str, new: str) -> int:
    """Characters changed between two versions of a text that differ little in length."""
    return sum(a != b for a, b in zip(old, new)) + abs(len(new) - len(old))

