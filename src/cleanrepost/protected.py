"""Spans the punctuation and width rules must not touch: numbers (12:30, 3.5, 1,000) and e-mail addresses.

Numbers: `NUMBER` is the definition.  Matched by `re` it is quadratic on a long run of digits and separators that holds
no match (each start position rescans the rest of the run: 40,000 digits took 50 s), so `number_spans` finds the
same matches with the regex on short runs and with a linear scan over precomputed run ends on long ones.  Both
give exactly `NUMBER.finditer`'s spans (tests/test_normalize_speed_paths.py checks them against each other).

Addresses: `local+@domain` patterns are quadratic in `re` the same way (every start in a long run of local-part
characters rescans it looking for the @), so `address_spans` works from the @ signs instead, with the regex
semantics (leftmost first, a URL alternative tried before the address at the same position).
"""
from __future__ import annotations

import re
from typing import Iterator

from . import lazy_re

NUMBER = lazy_re.compile(
    r"[0-9]+(?::[0-9]+)+"  # 12:30, 1:2:3
    r"|[0-9][0-9,]*\.[0-9]+"  # 3.5, 1,234.5
    r"|(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")  # 1,000,000
NUMBER_CHARS = frozenset("0123456789:,.")  # every character NUMBER can match: no match leaves a run of them
_RUN = lazy_re.compile("[0-9:,.]+")
_DIGITS = frozenset("0123456789")
REGEX_RUN_MAX = 48  # runs up to this long go to the regex (its worst case there is a few thousand steps)


def number_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every match of NUMBER in text[start:end], in order, as `NUMBER.finditer` finds them.

    A match never leaves a run of NUMBER_CHARS and the characters around a run are no digits, so each run is
    matched on its own."""
    end = len(text) if end is None else end
    for run in _RUN.finditer(text, start, end):
        a, b = run.span()
        if b - a <= REGEX_RUN_MAX:
            for m in NUMBER.finditer(text, a, b):
                yield m.span()
        else:
            yield from _scan(text, a, b)


def _scan(s: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """NUMBER's leftmost-first matches in the run s[a:b], in linear time.  At each start the three branches are
    tried in order; none needs backtracking once the ends of the digit runs and [0-9,] runs are known."""
    digit_end = list(range(a, b + 1))  # digit_end[i - a]: end of the digits starting at i (i itself if none)
    sep_end = list(range(a, b + 1))  # the same for [0-9,]
    for i in range(b - 1, a - 1, -1):
        c = s[i]
        if c in _DIGITS:
            digit_end[i - a] = digit_end[i + 1 - a]
        if c in _DIGITS or c == ",":
            sep_end[i - a] = sep_end[i + 1 - a]

    def digit(i: int) -> bool:
        return i < b and s[i] in _DIGITS

    p = a
    while p < b:
        if s[p] not in _DIGITS:
            p += 1
            continue
        e = digit_end[p - a]
        if e < b and s[e] == ":" and digit(e + 1):  # [0-9]+(?::[0-9]+)+, every group as long as it goes
            while e < b and s[e] == ":" and digit(e + 1):
                e = digit_end[e + 1 - a]
            yield p, e
            p = e
            continue
        c = sep_end[p + 1 - a]  # [0-9][0-9,]*\.[0-9]+
        if c < b and s[c] == "." and digit(c + 1):
            e = digit_end[c + 1 - a]
            yield p, e
            p = e
            continue
        n = digit_end[p - a] - p  # (?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])
        if n <= 3 and (p == 0 or s[p - 1] not in _DIGITS):
            q, groups = p + n, 0
            while q + 3 < b and s[q] == "," and s[q + 1] in _DIGITS and s[q + 2] in _DIGITS and s[q + 3] in _DIGITS:
                q, groups = q + 4, groups + 1
            if groups and digit(q):  # (?![0-9]) fails: one group fewer ends before a ","
                q, groups = q - 4, groups - 1
            if groups:
                yield p, q
                p = q
                continue
        p += 1


# Characters of [A-Za-z0-9._%+-]; under IGNORECASE the class also takes four non-ASCII letters (Python's re docs).
LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
LOCAL_CHARS_IGNORECASE = LOCAL_CHARS | frozenset("\u0130\u0131\u017f\u212a")


def address_spans(text: str, at: re.Pattern[str], local: frozenset[str], domain: re.Pattern[str],
                  url: re.Pattern[str] | None = None) -> Iterator[tuple[int, int]]:
    """The spans `re.finditer` gives for `URL|[local]+AT DOMAIN` (or `[local]+AT DOMAIN` when `url` is None), in
    linear time.  An address must reach its @ from its start through local characters only, so every start in one
    run of them needs the same @ and the same domain: each @ is tried once, from the leftmost start left."""
    pos, n = 0, len(text)
    ats = [m.start() for m in at.finditer(text)]
    k = 0  # the next @ to look at
    next_url = url.search(text) if url is not None else None
    while pos < n:
        if next_url is not None and next_url.start() < pos:
            next_url = url.search(text, pos)  # type: ignore[union-attr]
        addr = None
        while k < len(ats):
            a = ats[k]
            start = _run_start(text, a, pos, local) if a > pos else a
            if start == a:  # no local character between pos and this @
                k += 1
                continue
            if next_url is not None and next_url.start() <= start:
                break  # the URL comes first; this @ is looked at again after it
            m = domain.match(text, a + 1)
            if m is None:
                k += 1
                continue
            addr = (start, m.end())
            break
        if next_url is not None and (addr is None or next_url.start() <= addr[0]):
            span = next_url.span()
        elif addr is not None:
            span = addr
            k += 1
        else:
            return
        yield span
        pos = span[1]


def _run_start(text: str, at: int, pos: int, local: frozenset[str]) -> int:
    """Leftmost start at or after pos from which local characters run up to the @ at `at`."""
    j = at
    while j > pos and text[j - 1] in local:
        j -= 1
    return j
