"""Line matching for a Lexicon: the first line rule that matches a line, with quick rejects in front.

The rules are data (knowledge/rules.py); this module is the code that runs them.  `Lexicon.match_line` calls
`match_line` with its own cache dict, so every Lexicon prepares its rules once.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Pattern

from .. import deadline
from .rules import LineRule
from .ruleshape import ANY, DEFAULT_FLAGS, parse_tree, Starts, required_of, starts_of

# -- quick rejects for match_line ----------------------------------------------------------------------------
# Most lines match no rule, and trying the rules one by one costs more than the rest of a line's handling.
# 1. Most rules are anchored at the line start, so the line's first character decides whether they can match at
#    all: the parse tree of each anchored rule gives the set of characters its match can begin with
#    (ruleshape.starts_of).  For each first character met, the rules left to try are those whose set holds it.
# 2. The others (not anchored, or beginning with anything) each need one of a few strings in the line
#    (ruleshape.required_of: 公网安备, ICP, 转载 …).  One search for all those strings at once (the gate, an
#    alternation of plain strings, cheap to compile) tells whether any of them can match; most lines hold none.
# 3. Each rule left is tried only when the line holds one of the strings the rule requires (ruleshape.required_of,
#    when there are at most NEEDS_MAX of them): a few `in` tests cost less than the failed search they save (a
#    menu-bar rule needs "|" or "｜", a copyright rule 版权; prose lines hold neither).
# A line is tried against the rules left, in their order, so which rule wins is unchanged.  Both readings are
# supersets (anything unusual counts as "anything"), and nothing joined from the rules is compiled: length-bounded
# alternations of the rules themselves (what this replaced) cost a process ~0.4 s of compiling before its first
# page.  A rule's own pattern compiles when a line first gets past all three rejects to it.

# A rule joins the gate only when every string it requires is at least this long: single characters (a space,
# |, 【, 字 …) are in so many lines that the gate would find one in most of them and save nothing.
GATE_MIN_LEN = 2
NO_MAX_LEN = 1 << 30  # the max_len of a rule without one
# A rule requiring one of more strings than this is searched without the `in` tests first: past a few tests,
# the loop costs about what a failed search does.
NEEDS_MAX = 8
MATCH_MEMO = 512  # match_line answers a Lexicon keeps (about two pages' lines)
_MISSING = object()


class _Index:
    """A Lexicon's rules indexed by the characters their matches can begin with, and the gate; the candidates for
    each first character are put together when a line first begins with it."""

    def __init__(self, rules: tuple[LineRule, ...]) -> None:
        self.rules = rules
        self.max_lens = [r.max_len if r.max_len is not None else NO_MAX_LEN for r in rules]
        self.needs: list[tuple[str, ...] | None] = []  # strings one of which the rule's every match holds
        self.compiled: list[Pattern[str] | None] = [None] * len(rules)  # each rule's regex, once a line reaches it
        self.always: list[int] = []  # rules not known to be anchored, or whose match can begin with anything
        self.gated: set[int] = set()  # those of them with required strings (see the gate)
        self.by_char: dict[str, list[int]] = {}  # literal first characters -> the anchored rules they allow
        self.checked: list[tuple[int, Starts]] = []  # anchored rules with ranges or categories among them
        self.allowed: dict[str, list[int]] = {}  # first character -> the rules it allows, in order
        self.by_first: dict[tuple[str, int], tuple[tuple, tuple]] = {}
        # the distinct max_lens: a line's length picks the step at or above it, and the rules that apply to it
        self.steps = sorted(set(self.max_lens))
        strings: set[str] = set()
        for i, r in enumerate(rules):
            pattern = _pattern_only(r)
            parsed = parse_tree(pattern)
            anchored, first = starts_of(pattern, parsed)
            required = required_of(pattern, parsed)
            self.needs.append(tuple(sorted(required)) if required and len(required) <= NEEDS_MAX else None)
            if not anchored or first is ANY:
                self.always.append(i)
                if required and min(map(len, required)) >= GATE_MIN_LEN:
                    self.gated.add(i)
                    strings |= required
                continue
            for ch in first.chars:
                self.by_char.setdefault(ch, []).append(i)
            if first.ranges or first.tests:
                self.checked.append((i, first))
        # the gate: a line in which it finds nothing cannot match a gated rule
        self.gate = re.compile("|".join(map(re.escape, sorted(strings)))) if strings else None

    def candidates(self, ch: str, step: int) -> tuple[tuple, tuple]:
        """The rules a line beginning with `ch` ("" for the empty line) and at most `self.steps[step]` long (but
        longer than the step below) can match, in order, as (rule, its index, needs): all of them, and those
        left when the gate finds nothing (the same tuple when no gated rule is among them)."""
        allowed = self.allowed.get(ch)
        if allowed is None:
            if ch:
                got = set(self.always)
                got.update(self.by_char.get(ch, ()))
                got.update(i for i, first in self.checked if ch in first)
            else:
                got = set(range(len(self.rules)))
            allowed = self.allowed[ch] = sorted(got)
        fits = [i for i in allowed if self.max_lens[i] >= self.steps[step]]
        every = tuple((self.rules[i], i, self.needs[i]) for i in fits)
        ungated = tuple(c for i, c in zip(fits, every) if i not in self.gated)
        got = self.by_first[ch, step] = (every, every if len(ungated) == len(every) else ungated)
        return got


def _pattern_only(rule: LineRule) -> Pattern[str]:
    """The rule's pattern and flags without compiling it (compiled when a line first reaches the rule)."""
    p = rule.pattern
    return p if isinstance(p, re.Pattern) else _Uncompiled(p)


class _Uncompiled:
    __slots__ = ("pattern", "flags")

    def __init__(self, pattern: str) -> None:
        self.pattern, self.flags = pattern, DEFAULT_FLAGS  # a str rule compiles with the default flags


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
    # (no rule's pattern ever runs on a line longer than its max_len: the candidates are kept per first character
    # and length step)
    key = (line[:1], bisect_left(index.steps, len(line)))
    both = index.by_first.get(key)
    if both is None:
        if key[1] == len(index.steps):  # longer than every max_len (NO_MAX_LEN is one: never in practice)
            return None
        both = index.candidates(*key)
    every, candidates = both
    if candidates is not every and index.gate.search(line):  # (a gated rule is among them: the line is short)
        candidates = every
    compiled = index.compiled
    for rule, i, needs in candidates:
        if needs is not None:
            for s in needs:
                if s in line:
                    break
            else:
                continue  # the line holds none of the strings every match of the rule holds
        regex = compiled[i]
        if regex is None:  # the first line to get this far: the rule compiles now
            regex = compiled[i] = rule.regex
        m = regex.search(line)
        if m:
            return rule, m
    return None
