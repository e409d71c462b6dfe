"""Line matching for a Lexicon: the first line rule that matches a line, with a quick reject in front.

The rules are data (knowledge/rules.py); this module is the code that runs them.  `Lexicon.match_line` calls
`match_line` with its own cache dict, so every Lexicon prepares its rules once.
"""
from __future__ import annotations

import re
from typing import Pattern

from .. import deadline
from .rules import LineRule

try:  # the regex parser of the standard library, to read where a rule's match can begin
    from re import _constants as _c, _parser  # type: ignore[attr-defined]  # Python >= 3.11
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# -- a quick reject for match_line: which rules can match a line starting with this character ---------------
# Most lines match no rule, and trying the rules one by one costs more than the rest of a line's handling.  Most
# rules are anchored at the line start, so the line's first character decides whether they can match at all:
# the parse tree of each anchored rule gives the set of characters its match can begin with (a superset, read
# conservatively: anything unusual counts as "any character").  For each first character met, the rules left to
# try are those whose set holds it plus every rule not known to be anchored, in their order; a line is tried
# against those only, so which rule wins is unchanged.  Nothing is compiled for this: joining the rules into
# length-bounded alternations (what this replaced) cost a process ~0.4 s of regex compiling before its first
# page.  A rule's own pattern compiles when a line first reaches it.
ANY = None  # a start set meaning "any character"
_BEGIN = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}
_ZERO_WIDTH = {_c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_CATEGORY_TEST = {  # the Unicode categories of a str pattern without flags, as the regex engine reads them
    _c.CATEGORY_DIGIT: str.isdecimal, _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_"}


class _Starts:
    """The characters a match can begin with: literals, code point ranges and categories."""
    __slots__ = ("chars", "ranges", "tests")

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.ranges: list[tuple[int, int]] = []
        self.tests: list = []

    def __contains__(self, ch: str) -> bool:
        o = ord(ch)
        return (ch in self.chars or any(lo <= o <= hi for lo, hi in self.ranges)
                or any(test(ch) for test in self.tests))


def _union(a: _Starts | None, b: _Starts | None) -> _Starts | None:
    if a is ANY or b is ANY:
        return ANY
    u = _Starts()
    for s in (a, b):
        u.chars |= s.chars
        u.ranges += s.ranges
        u.tests += [t for t in s.tests if t not in u.tests]
    return u


def _class(items: list) -> _Starts | None:
    """The start set of a character class [...] (ANY for a negated one or one with a negated category)."""
    s = _Starts()
    for op, av in items:
        if op is _c.LITERAL:
            s.chars.add(chr(av))
        elif op is _c.RANGE:
            s.ranges.append(av)
        elif op is _c.CATEGORY and av in _CATEGORY_TEST:
            s.tests.append(_CATEGORY_TEST[av])
        else:  # NEGATE, a negated category, anything new
            return ANY
    return s


def _scan(items) -> tuple[bool, _Starts | None, bool]:
    """(every match of the sequence passes a start-of-line anchor before it consumes a character, the
    characters its first consumed character can be, whether it can match the empty string)."""
    anchored, first = False, _Starts()
    for op, av in items:
        if op is _c.AT:
            anchored = anchored or av in _BEGIN  # a consuming path before ^ cannot match: it only adds to `first`
            continue
        if op in _ZERO_WIDTH:
            continue  # a lookaround consumes nothing; ignoring its condition keeps the set a superset
        a, f, nullable = _item(op, av)
        anchored, first = anchored or a, _union(first, f)
        if not nullable:
            return anchored, first, False
    return anchored, first, True


def _item(op, av) -> tuple[bool, _Starts | None, bool]:
    if op is _c.LITERAL:
        s = _Starts()
        s.chars.add(chr(av))
        return False, s, False
    if op is _c.IN:
        return False, _class(av), False
    if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        return _scan(av[3])
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _scan(av)
    if op is _c.BRANCH:
        results = [_scan(branch) for branch in av[1]]
        first: _Starts | None = _Starts()
        for _, f, _ in results:
            first = _union(first, f)
        return all(r[0] for r in results), first, any(r[2] for r in results)
    if op in _REPEATS:
        lo, _, sub = av
        a, f, nullable = _scan(sub)
        return a and lo >= 1, f, nullable or lo == 0
    return False, ANY, True  # ANY, NOT_LITERAL, back references, scoped flags …: anything, maybe nothing


_DEFAULT_FLAGS = re.compile("").flags


def starts_of(regex: Pattern[str]) -> tuple[bool, _Starts | None]:
    """(the rule can only match at the line start, the characters such a match begins with or ANY)."""
    if not isinstance(regex.pattern, str) or regex.flags != _DEFAULT_FLAGS:
        return False, ANY  # flags change what a literal matches: tried on every line
    try:
        parsed = _parser.parse(regex.pattern)
        if parsed.state.flags & ~_c.SRE_FLAG_UNICODE:  # inline flags, (?i) …
            return False, ANY
        anchored, first, nullable = _scan(parsed)
    except Exception:  # an unknown parser shape: unanchored, which is always correct
        return False, ANY
    return anchored, ANY if nullable else first


NO_MAX_LEN = 1 << 30  # the max_len of a rule without one
MATCH_MEMO = 512  # match_line answers a Lexicon keeps (about two pages' lines)
_MISSING = object()


class _Index:
    """A Lexicon's rules indexed by the characters their matches can begin with; the candidates for each first
    character are put together when a line first begins with it."""

    def __init__(self, rules: tuple[LineRule, ...]) -> None:
        self.rules = rules
        self.max_lens = [r.max_len if r.max_len is not None else NO_MAX_LEN for r in rules]
        self.always: list[int] = []  # rules not known to be anchored, or whose match can begin with anything
        self.by_char: dict[str, list[int]] = {}  # literal first characters -> the anchored rules they allow
        self.checked: list[tuple[int, _Starts]] = []  # anchored rules with ranges or categories among them
        self.by_first: dict[str, tuple] = {}
        for i, r in enumerate(rules):
            anchored, first = starts_of(_pattern_only(r))
            if not anchored or first is ANY:
                self.always.append(i)
                continue
            for ch in first.chars:
                self.by_char.setdefault(ch, []).append(i)
            if first.ranges or first.tests:
                self.checked.append((i, first))

    def candidates(self, ch: str) -> tuple:
        """The rules a line beginning with `ch` ("" for the empty line) can match, in order, as (rule, regex,
        max_len)."""
        if ch:
            allowed = set(self.always)
            allowed.update(self.by_char.get(ch, ()))
            allowed.update(i for i, first in self.checked if ch in first)
        else:
            allowed = set(range(len(self.rules)))
        got = self.by_first[ch] = tuple((self.rules[i], self.rules[i].regex, self.max_lens[i]) for i in sorted(allowed))
        return got


def _pattern_only(rule: LineRule) -> Pattern[str]:
    """The rule's pattern and flags without compiling it (compiled when a line first reaches the rule)."""
    p = rule.pattern
    return p if isinstance(p, re.Pattern) else _Uncompiled(p)


class _Uncompiled:
    __slots__ = ("pattern", "flags")

    def __init__(self, pattern: str) -> None:
        self.pattern, self.flags = pattern, _DEFAULT_FLAGS  # a str rule compiles with the default flags


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
    index = cache.get("rules")
    if index is None:  # once per Lexicon: this runs for every block of a page
        index = cache["rules"] = _Index(rules)
    n, ch = len(line), line[:1]
    candidates = index.by_first.get(ch)
    if candidates is None:
        candidates = index.candidates(ch)
    for rule, regex, max_len in candidates:
        if n <= max_len:  # no rule's pattern ever runs on a line longer than its max_len
            m = regex.search(line)
            if m:
                return rule, m
    return None
