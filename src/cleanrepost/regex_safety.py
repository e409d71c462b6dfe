"""A structural check for regular expressions that can backtrack catastrophically.

Python's `re` is a backtracking engine: a quantifier nested inside another quantifier, one of them unbounded
(`(a+)+`, `(?:\\s*\\|\\s*\\w{1,14}){2,}`), can try exponentially many ways to split a string that almost matches, so
a 65-character line can take minutes.  The project's rule is that no pattern has that shape; `nested_quantifiers`
finds it from the parse tree (the same parser `re.compile` uses), without running the pattern.  `Lexicon.extended`
rejects user rules that have it; tests/test_rule_safety.py also runs every pattern of the package on pumped
strings, which catches the shapes a structural check cannot see.

Possessive quantifiers and atomic groups (Python >= 3.11) never give characters back, so what is inside them is
not counted as nested.  Lookaround bodies are checked on their own: the engine does not backtrack into them.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

try:
    from re import _constants as _c  # type: ignore[attr-defined]  # Python >= 3.11
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_OPAQUE = {getattr(_c, name) for name in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP") if hasattr(_c, name)}


def nested_quantifiers(pattern: str | re.Pattern[str]) -> list[str]:
    """Descriptions of the nested quantifiers in `pattern` (empty when it has none).

    Nested means: a quantifier that can repeat (max > 1) inside another that can repeat, at least one of the two
    unbounded (`*`, `+`, `{n,}`).  Bounded nests (`(?:\\d{1,2}[.]){1,3}`) are allowed: their work is bounded.
    """
    if isinstance(pattern, re.Pattern):
        flags, text = pattern.flags, pattern.pattern
    else:
        flags, text = 0, pattern
    if not isinstance(text, str):
        return []
    tree = _p.parse(text, flags)
    return list(_walk(tree, outer=None))


def _walk(items: Any, outer: tuple[int, int] | None) -> Iterator[str]:
    """`outer` is (min, max) of the innermost enclosing repeat that can repeat, or None."""
    for op, av in items:
        if op in _REPEATS:
            lo, hi, body = av
            if hi > 1:
                if outer is not None and (outer[1] == _c.MAXREPEAT or hi == _c.MAXREPEAT):
                    yield f"{_span(lo, hi)} inside {_span(*outer)}"
                yield from _walk(body, (lo, hi))
            else:
                yield from _walk(body, outer)
        elif op in _OPAQUE:
            continue
        elif op is _c.SUBPATTERN:
            yield from _walk(av[-1], outer)
        elif op is _c.BRANCH:
            for alt in av[1]:
                yield from _walk(alt, outer)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _walk(av[1], None)
        elif op is _c.GROUPREF_EXISTS:
            for alt in av[1:]:
                if alt is not None:
                    yield from _walk(alt, outer)


def _span(lo: int, hi: int) -> str:
    return "{%d,%s}" % (lo, "" if hi == _c.MAXREPEAT else hi)
