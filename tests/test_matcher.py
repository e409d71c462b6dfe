"""knowledge/matcher.py: the first-character quick reject answers as the rules tried one by one, and costs no
regex compile of its own (a process used to compile ~0.4 s of joined alternations before its first page)."""
from __future__ import annotations

import random
import re
from contextlib import contextmanager
from typing import Iterator

import pytest

from cleanrepost import Lexicon, LineRule
from cleanrepost.knowledge import matcher, ruleshape
from test_fast_paths import first_rule, same  # match_line's contract spelled out


# shapes the start-set reading must get right (or give up on, safely): each rule is tried before the defaults
TRICKY = [
    r"^(?:ab|^cd)", r"x?^ab", r"^(?=ab)", r"^(?!ab)..", r"^$", r"^(?:ab)*c", r"^a{0}b", r"^a{0,2}b", r"^\d{2}x",
    r"^\w", r"^\s", r"^[^a]b", r"^[a-c\d]z", r"(?i)^ab", r"^(?i:ab)", r"^(a)\1", r"^(?:a|)b", r"^(?:(?:a?)|b)c",
    r"^(?:^a|b)|c", r"\bab", r"(?<=a)b", r"^(?:(?=a)|b)a", r"^.b", r"^\Sb", r"^\Da", r"^[\W]a", r"\Aab",
    r"^(?>a|b)c", r"^a*+b", r"^ab|^cd|e",
    # unanchored: the gate's required strings
    r"ab(?:c|d)", r"(?:ab|cd)+x", r"a{0,3}bc", r"(?:ab)?cd", r"x(?=ab)", r"(?:ab|)cd", r"[ab]cd", r"来源\d+|ab",
    r"(?:ab){2}", r"abc|abd|abe", r"a(?:b|c)d", r"(?:xa|xb)", r"ab\d*cd", r"(?<=ab)cd", r"zz|(?i:ab)",
]
ALPHABET = ["a", "b", "c", "d", "e", "x", "z", "1", "2", " ", "\u3000", "_", "A", "B", "国", "：", "\n", "来源"]


@pytest.mark.parametrize("pattern", TRICKY)
def test_tricky_rules_answer_as_tried_one_by_one(pattern):
    lex = Lexicon.default().extended(line_rules=[LineRule("x.tricky", "junk", pattern)])
    rnd = random.Random(pattern)
    lines = ["", "a", "b", "ab", "cd", "ba", "c", "1", "12x", " ", "A", "B", "_", "Ab", "aab", "bc", "e"]
    lines += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 5))) for _ in range(400)]
    for line in lines:
        assert same(lex._first_match(line), first_rule(lex, line)), (pattern, line)


def test_start_sets_of_simple_shapes():
    def starts(p: str):
        return matcher.starts_of(re.compile(p))

    anchored, first = starts(r"^(?:来源|作者)[:：]")
    assert anchored and "来" in first and "作" in first and "编" not in first
    assert starts(r"^a|b")[0] is False  # ^ binds to the first branch only
    assert starts(r"^a|^b")[0] is True
    assert starts(r"^(?:a)?")[1] is matcher.ANY  # may match the empty string: any line
    assert starts(r"^[^a]")[1] is matcher.ANY
    anchored, first = starts(r"^\d+")
    assert "３" in first and "x" not in first  # a Unicode digit, as the engine reads \d
    assert matcher.starts_of(re.compile(r"^ab", re.I)) == (False, matcher.ANY)  # flags: tried on every line


def test_required_strings_of_simple_shapes():
    def required(p: str):
        return ruleshape.required_of(re.compile(p))

    assert required(r"[京沪]?ICP[备证]\d{6,9}") == {"ICP"}
    assert required(r"版权所有|Copyright") == {"版权所有", "Copyright"}
    assert required(r"(?:ab)?cd") == {"cd"} and required(r"a{0,3}") is None and required(r"ab|") is None
    assert required(r"(?i)ICP") is None and required(r"x(?=abc)") == {"x"}


def test_the_gate_skips_lines_without_a_required_string():
    lex = Lexicon(line_rules=(LineRule("x.icp", "footer", r"ICP[备证]\d{6,9}"),
                              LineRule("x.anything", "junk", r"^(?:[^。]{0,20}?不感兴趣)")))
    lex._first_match("")
    index = lex._compiled["rules"]
    assert index.gated == {0, 1} and index.gate.search("京ICP备12345678号")
    assert lex._first_match("京ICP备12345678号")[0].name == "x.icp"
    assert lex._first_match("本网站提供信息服务") is None


@contextmanager
def compiles() -> Iterator[list[str]]:
    """The patterns `re` compiles inside the block (its cache emptied first)."""
    compiled: list[str] = []
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern, flags):
        compiled.append(pattern)
        return original(pattern, flags)

    re.purge()
    re._compile = spy  # type: ignore[attr-defined]
    try:
        yield compiled
    finally:
        re._compile = original  # type: ignore[attr-defined]


def test_matching_compiles_only_the_rules_a_line_reaches():
    """No joined alternation is compiled, and a rule that cannot match a line's first character is not compiled
    for it."""
    rule = LineRule("x.fresh", "junk", r"^未见过的前缀[甲乙]{1,3}$")
    other = LineRule("x.other", "junk", r"^另一个未见过的前缀\d{1,3}$")
    lex = Lexicon(line_rules=(rule, other))
    with compiles() as compiled:
        assert lex._first_match("未见过的前缀甲")[0] is rule
    assert other.pattern not in compiled
    assert all(p in (rule.pattern, "") for p in compiled), compiled


def test_length_steps_and_required_strings_answer_as_tried_one_by_one():
    """Candidates are kept per first character and length step (max_len), and a rule is searched only when the
    line holds one of its required strings: the answers stay those of the rules tried one by one, at every length
    around each max_len."""
    rules = (LineRule("x.short", "junk", r"^ab|cd", max_len=3), LineRule("x.pipe", "junk", r"^[^。]{0,6}[|｜]", max_len=8),
             LineRule("x.mid", "junk", r"版权|ab", max_len=5), LineRule("x.long", "junk", r"^a.*d$"),
             LineRule("x.any", "junk", r"x[yz]", max_len=12))
    lex = Lexicon(line_rules=rules)
    rnd = random.Random(14)
    alphabet = ["a", "b", "c", "d", "x", "y", "z", "|", "｜", "。", "版权", " "]
    lines = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(3000)]
    for line in lines:
        assert same(lex._first_match(line), first_rule(lex, line)), line


def test_a_line_longer_than_a_rule_does_not_compile_it():
    short = LineRule("x.short-only", "junk", r"^未见过的短行[甲乙]{1,3}$", max_len=10)
    lex = Lexicon(line_rules=(short, LineRule("x.long", "junk", r"^未见过的长行")))
    with compiles() as compiled:
        assert lex._first_match("未见过的长行" + "字" * 20)[0].name == "x.long"
    assert short.pattern not in compiled


def test_a_line_without_a_rules_required_strings_does_not_compile_it():
    needy = LineRule("x.needy", "junk", r"^[^。]{0,8}未见过的必需词")
    lex = Lexicon(line_rules=(needy, LineRule("x.other", "junk", r"^另一个未见过的前缀")))
    with compiles() as compiled:
        assert lex._first_match("另一个未见过的前缀和别的字") is not None
    assert needy.pattern not in compiled
    assert lex._first_match("某某未见过的必需词")[0] is needy
