"""What a line rule's parse tree says about the lines it can match, read conservatively (matcher.py uses it).

`starts_of`: whether every match begins at the line start, and the characters it can begin with.
`required_of`: a set of strings one of which every matching line contains.
Both are supersets of the truth (anything the reading does not know counts as "anything"), so a line they rule
out is one the rule cannot match; nothing here compiles a pattern.
"""
from __future__ import annotations

import re
from typing import Any, Pattern

try:  # the regex parser of the standard library
    from re import _constants as _c, _parser  # type: ignore[attr-defined]  # Python >= 3.11
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_MISSING = object()

DEFAULT_FLAGS = re.compile("").flags
ANY = None  # a start set meaning "any character"
_BEGIN = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}
_ZERO_WIDTH = {_c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_CATEGORY_TEST = {  # the Unicode categories of a str pattern without flags, as the regex engine reads them
    _c.CATEGORY_DIGIT: str.isdecimal, _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_"}


class Starts:
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


def _union(a: Starts | None, b: Starts | None) -> Starts | None:
    if a is ANY or b is ANY:
        return ANY
    u = Starts()
    for s in (a, b):
        u.chars |= s.chars
        u.ranges += s.ranges
        u.tests += [t for t in s.tests if t not in u.tests]
    return u


def _class(items: list) -> Starts | None:
    """The start set of a character class [...] (ANY for a negated one or one with a negated category)."""
    s = Starts()
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


def _scan(items) -> tuple[bool, Starts | None, bool]:
    """(every match of the sequence passes a start-of-line anchor before it consumes a character, the
    characters its first consumed character can be, whether it can match the empty string)."""
    anchored, first = False, Starts()
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


def _item(op, av) -> tuple[bool, Starts | None, bool]:
    if op is _c.LITERAL:
        s = Starts()
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
        first: Starts | None = Starts()
        for _, f, _ in results:
            first = _union(first, f)
        return all(r[0] for r in results), first, any(r[2] for r in results)
    if op in _REPEATS:
        lo, _, sub = av
        a, f, nullable = _scan(sub)
        return a and lo >= 1, f, nullable or lo == 0
    return False, ANY, True  # ANY, NOT_LITERAL, back references, scoped flags …: anything, maybe nothing


def parse_tree(regex: Pattern[str]) -> Any:
    """The parse tree of a pattern without flags, or None (flags change what a literal matches; a pattern the
    parser reads in a way this module does not know is left alone)."""
    if not isinstance(regex.pattern, str) or regex.flags != DEFAULT_FLAGS:
        return None
    try:
        parsed = _parser.parse(regex.pattern)
    except Exception:
        return None
    return None if parsed.state.flags & ~_c.SRE_FLAG_UNICODE else parsed  # inline flags, (?i) …


def starts_of(regex: Pattern[str], parsed: Any = _MISSING) -> tuple[bool, Starts | None]:
    """(the rule can only match at the line start, the characters such a match begins with or ANY)."""
    parsed = parse_tree(regex) if parsed is _MISSING else parsed
    if parsed is None:
        return False, ANY  # tried on every line
    try:
        anchored, first, nullable = _scan(parsed)
    except Exception:  # an unknown parser shape: unanchored, which is always correct
        return False, ANY
    return anchored, ANY if nullable else first


# -- required literals: strings one of which every match contains ---------------------------------------------
GATE_CLASS_MAX = 8  # a character class of up to this many literals counts as a set of one-character strings


def required_of(regex: Pattern[str], parsed: Any = _MISSING) -> frozenset[str] | None:
    """A set of strings one of which is in every line the rule matches, or None when none is known."""
    parsed = parse_tree(regex) if parsed is _MISSING else parsed
    try:
        return None if parsed is None else _required(parsed)
    except Exception:  # an unknown parser shape: no requirement, which is always correct
        return None


def _better(a: frozenset[str], b: frozenset[str] | None) -> bool:
    """Longer shortest strings find fewer lines; fewer strings are a shorter alternation."""
    return b is None or (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _required(items) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []  # consecutive literals: one string every match holds
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            got = frozenset(["".join(run)])
            best = got if _better(got, best) else best
            run = []
        if op is None or op is _c.AT or op in _ZERO_WIDTH:
            continue  # (a lookaround's text is in the line too, but its literals are not counted: simpler)
        got = _required_item(op, av)
        if got is not None and _better(got, best):
            best = got
    return best


def _required_item(op, av) -> frozenset[str] | None:
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _required(av[3])
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _required(av)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            got = _required(branch)
            if got is None:
                return None
            union |= got
        return frozenset(union)
    if op in _REPEATS:
        return _required(av[2]) if av[0] >= 1 else None
    if op is _c.IN and len(av) <= GATE_CLASS_MAX and all(o is _c.LITERAL for o, _ in av):
        return frozenset(chr(v) for _, v in av)
    return None
