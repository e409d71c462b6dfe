"""Line matching for a Lexicon: the first line rule that matches a line, with a quick reject in front.

The rules are data (knowledge/rules.py); this module is the code that runs them.  `Lexicon.match_line` calls
`match_line` with its own cache dict, so every Lexicon compiles its rules once.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Pattern

from .. import deadline
from .rules import LineRule

# -- a quick reject for match_line ----------------------------------------------------------------------------
# Most lines match no rule, and trying the rules one by one costs more than the rest of a line's handling.  Most
# rules are anchored at the line start; joined into one alternation they are tried at position 0 only, in one
# regex call: a line that fails it is matched by none of them, so only the unanchored rules are left to try (in
# their order).  A line that passes goes through every rule as before, so which rule wins is unchanged.  Rules
# that cannot be joined safely (flags, back references) switch this off for their Lexicon.
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")
_BACKREF = re.compile(r"\\\d|\(\?P=|\(\?\(")  # \1, (?P=name), (?(1)…): numbering/names matter there


def _plain(regex: Pattern[str]) -> str | None:
    """The rule's pattern with its named groups made non-capturing (names repeat across rules), or None."""
    p = regex.pattern
    if not isinstance(p, str) or regex.flags != _DEFAULT_FLAGS or _BACKREF.search(p):
        return None
    plain, n = _NAMED_GROUP.subn("(?:", p)
    try:  # every replaced "(?P<" must have opened a real group (not sat in a [class]): the group count says so
        ok = re.compile(plain).groups == regex.groups - n
    except re.error:
        return None
    return plain if ok else None


def _anchored(pattern: str) -> bool:
    """True when the whole pattern starts with ^ (no top-level alternative escapes the anchor)."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python >= 3.11
    except ImportError:  # Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    try:
        items = list(_parser.parse(pattern))
        return bool(items) and items[0] == (_parser.AT, _parser.AT_BEGINNING)
    except Exception:  # an unknown parser shape: treat as unanchored, which is always correct
        return False


NO_MAX_LEN = 1 << 30  # the max_len of a rule without one


def _quick_reject(rules: tuple[LineRule, ...]) -> tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...]] | None:
    """(length bounds, one alternation per bound, indexes of the unanchored rules), or None when that cannot be
    built.  The alternation for bound T joins the anchored rules whose max_len is at least T: a line of length n
    is tried against the one for the smallest T >= n, so no rule's pattern ever runs on a line longer than its
    max_len, in the alternation either (a pattern that is cheap on 120 characters can be quadratic on 100,000)."""
    anchored: list[tuple[int, str]] = []
    others: list[int] = []
    for i, rule in enumerate(rules):
        plain = _plain(rule.regex)
        if plain is None:
            return None
        if _anchored(plain):
            anchored.append((rule.max_len if rule.max_len is not None else NO_MAX_LEN, "(?:" + plain + ")"))
        else:
            others.append(i)
    if not anchored:
        return None
    bounds = tuple(sorted({t for t, _ in anchored}))
    alternations = tuple("^(?:" + "|".join(p for t, p in anchored if t >= bound) + ")" for bound in bounds)
    try:
        re.compile(alternations[0])
    except re.error:
        return None
    return bounds, alternations, tuple(others)


_DEFAULT_FLAGS = re.compile("").flags
MATCH_MEMO = 512  # match_line answers a Lexicon keeps (about two pages' lines)
_MISSING = object()


def _compile_rules(rules: tuple[LineRule, ...]) -> tuple[tuple, tuple[int, ...], tuple[str, ...], tuple]:
    """(every rule as (rule, regex, max_len), the length bounds and their alternations of the anchored rules,
    the unanchored rules); no bounds when the alternations cannot be built (see _quick_reject)."""
    every = tuple((r, r.regex, r.max_len if r.max_len is not None else NO_MAX_LEN) for r in rules)
    reject = _quick_reject(rules)
    if reject is None:
        return every, (), (), every
    bounds, alternations, others = reject
    return every, bounds, alternations, tuple(every[i] for i in others)


def _anchored_for(cache: dict, n: int, bounds: tuple[int, ...], alternations: tuple[str, ...]) -> Pattern[str] | None:
    """The alternation of the anchored rules that apply to a line of length n (None: no anchored rule does);
    each compiled on first use."""
    k = bisect_left(bounds, n)
    if k == len(bounds):
        return None
    r = cache.get(("anchored", k))
    if r is None:
        r = cache[("anchored", k)] = re.compile(alternations[k])
    return r


def match_line(cache: dict, rules: tuple[LineRule, ...], line: str) -> tuple[LineRule, re.Match[str]] | None:
    """The first rule of `rules` that matches `line` (already trimmed), or None; `cache` is the Lexicon's."""
    # segment_html (container scoring) and classify ask about the same lines of a page: the last few hundred
    # answers are kept (a pure function of the line; the memo empties when full, so it never spans more than
    # a page or two).
    memo = cache.setdefault("memo", {})
    hit = memo.get(line, _MISSING)
    if hit is _MISSING:
        if len(memo) >= MATCH_MEMO:
            memo.clear()
        deadline.check()  # once per line looked up: clean(timeout=...) reaches into the per-block loops
        hit = memo[line] = first_match(cache, rules, line)
    return hit


def first_match(cache: dict, rules: tuple[LineRule, ...], line: str) -> tuple[LineRule, re.Match[str]] | None:
    """match_line without the memo."""
    n = len(line)
    compiled = cache.get("rules")
    if compiled is None:  # once per Lexicon: this runs for every block of a page
        compiled = cache["rules"] = _compile_rules(rules)
    every, bounds, alternations, unanchored = compiled
    # a line failing the anchored alternation can only match an unanchored rule (see _quick_reject)
    if not bounds:
        candidates = every
    else:
        anchored = _anchored_for(cache, n, bounds, alternations)
        candidates = every if anchored is not None and anchored.match(line) else unanchored
    for rule, regex, max_len in candidates:
        if n <= max_len:
            m = regex.search(line)
            if m:
                return rule, m
    return None
