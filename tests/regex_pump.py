"""Adversarial strings for a regular expression, built from its own parse tree (for tests/test_rule_safety.py).

For every quantifier that can repeat, the string is: a prefix the pattern accepts up to that quantifier, then the
quantifier's body pumped N times, then a character the pattern does not expect.  The body is sampled with each
character of interest (the pattern's own literals and class members, spaces, U+3000, a Han character, a digit)
put wherever a class accepts it, so bodies whose parts overlap (`\\s*` next to `[^|]{1,14}`: both take a space)
are pumped as the ambiguous strings that make a backtracking engine try every split.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Any, Iterator

try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

GENERIC = " \u3000\t中a1|，。:：<>/-_.\u00a0"
SUFFIXES = ("\x00", "1", "\n!")  # what follows the pump: most patterns expect none of these there
MAX_BIASES = 24
_CATEGORY = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


def _in_class(c: str, items: Any, ignore_case: bool) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= c == chr(av) or (ignore_case and c.lower() == chr(av).lower())
        elif op is C.RANGE:
            hit |= av[0] <= ord(c) <= av[1] or (ignore_case and (av[0] <= ord(c.lower()) <= av[1]
                                                                   or av[0] <= ord(c.upper()) <= av[1]))
        elif op is C.CATEGORY:
            hit |= bool(_CATEGORY[av].match(c)) if av in _CATEGORY else False
    return hit != negate


def _members(items: Any) -> Iterator[str]:
    for op, av in items:
        if op is C.LITERAL:
            yield chr(av)
        elif op is C.RANGE:
            yield chr(av[0])
            yield chr(av[1])


class Sampler:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.flags = pattern.flags
        self.ignore_case = bool(pattern.flags & re.I)
        self.dotall = bool(pattern.flags & re.S)
        self.tree = P.parse(pattern.pattern, pattern.flags)
        # what lookaheads ask to see further on: appended after the failing character, so that a pattern
        # guarded by one (^(?=.*[|]) …) still gets to its repeats
        self.lookaheads = sorted({self.sample(body, None) for body in self._lookaheads(self.tree)} - {""})

    def _one(self, ok, bias: str | None, members: Any = ()) -> str:
        """A character `ok` accepts: the bias, else a generic one, else one of the class's own members."""
        for c in ([bias] if bias is not None else []) + list(GENERIC) + list(members):
            if ok(c):
                return c
        for o in range(32, 0x3100):
            if ok(chr(o)):
                return chr(o)
        return "\x00"

    def sample(self, items: Any, bias: str | None, alt: int = 0, reps: int = 2) -> str:
        out = []
        for op, av in items:
            if op is C.LITERAL:
                out.append(chr(av))
            elif op is C.NOT_LITERAL:
                out.append(self._one(lambda c, av=av: c != chr(av), bias))
            elif op is C.ANY:
                out.append(self._one(lambda c: self.dotall or c != "\n", bias))
            elif op is C.IN:
                out.append(self._one(lambda c, av=av: _in_class(c, av, self.ignore_case), bias, _members(av)))
            elif op is C.CATEGORY:
                out.append(self._one(lambda c, av=av: _in_class(c, [(C.CATEGORY, av)], False), bias))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
                lo, hi, body = av
                out.append(self.sample(body, bias, alt, reps) * min(hi, max(lo, reps)))
            elif op is C.SUBPATTERN:
                out.append(self.sample(av[-1], bias, alt, reps))
            elif op is getattr(C, "ATOMIC_GROUP", None):
                out.append(self.sample(av, bias, alt, reps))
            elif op is C.BRANCH:
                alts = av[1]
                out.append(self.sample(alts[alt % len(alts)], bias, alt, reps))
            elif op is C.GROUPREF_EXISTS:
                out.append(self.sample(av[1], bias, alt, reps))
            # AT (anchors), ASSERT/ASSERT_NOT (lookarounds), GROUPREF: nothing
        return "".join(out)

    def sites(self) -> Iterator[tuple[Any, Any]]:
        """(items before the quantifier, from the pattern start, as one flat list; the quantifier's body)."""
        yield from self._sites(self.tree, [])

    def _sites(self, items: Any, before: list) -> Iterator[tuple[list, Any]]:
        items = list(items)
        for i, (op, av) in enumerate(items):
            prefix = before + items[:i]
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, body = av
                if hi > 1:
                    yield prefix, body
                yield from self._sites(body, prefix)
            elif op is C.SUBPATTERN:
                yield from self._sites(av[-1], prefix)
            elif op is C.BRANCH:
                for alt in av[1]:
                    yield from self._sites(alt, prefix)

    def biases(self) -> list[str]:
        seen: list[str] = []
        for c in list(self._literals(self.tree)) + list(GENERIC):
            if c not in seen:
                seen.append(c)
        return seen[:MAX_BIASES]

    def _nodes(self, items: Any) -> Iterator[tuple[Any, Any]]:
        """Every node of the tree outside lookarounds (whose own nodes are not walked)."""
        for op, av in items:
            yield op, av
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                yield from self._nodes(av[2])
            elif op is C.SUBPATTERN:
                yield from self._nodes(av[-1])
            elif op is C.BRANCH:
                for alt in av[1]:
                    yield from self._nodes(alt)

    def _lookaheads(self, items: Any) -> Iterator[Any]:
        return (av[1] for op, av in self._nodes(items) if op is C.ASSERT and av[0] == 1)

    def _literals(self, items: Any) -> Iterator[str]:
        for op, av in self._nodes(items):
            if op is C.LITERAL:
                yield chr(av)
            elif op is C.IN:
                yield from _members(av)

    def pumps(self) -> Iterator[tuple[str, str, str]]:
        """Distinct (prefix, pump, suffix) triples."""
        seen = set()
        for before, body in self.sites():
            branches = max((len(av[1]) for op, av in body if op is C.BRANCH), default=1)
            for alt, reps, bias in product(range(min(branches, 3)), (2, 0), self.biases()):
                pump = self.sample(body, bias, alt, reps)  # reps 0: optional parts left out ("1111")
                if not pump:
                    continue
                prefix = self.sample(before, None, alt, reps=1)
                for suffix in SUFFIXES + tuple(f + la for f in SUFFIXES[:1] for la in self.lookaheads):
                    key = (prefix, pump, suffix)
                    if key not in seen:
                        seen.add(key)
                        yield key
