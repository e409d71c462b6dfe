"""The fast paths of normalization give exactly what the plain definitions give (no timing here: benchmarks/)."""
import random
import re

from cleanrepost import numspans
from cleanrepost.langid import HAN, han_count
from cleanrepost.normalize import normalize_explained

REFERENCE = re.compile(numspans.NUMBER.pattern)  # plain re, matched over the whole text


def _reference(text):
    return [m.span() for m in REFERENCE.finditer(text)]


def test_number_spans_equal_the_regex_on_short_and_long_runs():
    rnd = random.Random(11)
    for _ in range(3000):
        alphabet = rnd.choice(["0123456789:,.", "0123,.", "12:", "1,0", "9.,", "0123456789:,.x国５"])
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 140)))
        assert list(numspans.number_spans(text)) == _reference(text), text
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        assert list(numspans.number_spans(text, a, b)) == [m.span() for m in REFERENCE.finditer(text, a, b)]


def test_number_spans_on_long_runs_that_hold_no_match():
    for text in ("国," + "1" * 3000, "1,2," * 900 + "国", "12:" * 800, "1,234" * 300 + "5", "1,,,,." * 300 + "5"):
        assert list(numspans.number_spans(text)) == _reference(text)


def test_a_long_digit_run_next_to_a_mark_is_normalized_like_a_short_one():
    # the regex alone needed minutes here (quadratic); the answer is the same as for a short run
    long, short = "国1," + "1" * 30000, "国1," + "1" * 30
    assert normalize_explained(long)[0] == long
    assert normalize_explained(short)[0] == short


def test_han_count_counts_every_han_character():
    han = re.compile(f"[{HAN}]")
    for text in ("", "abc", "国", "中华人民共和国abc\U00020000〇 x豈", "a\n国\nb"):
        assert han_count(text) == len(han.findall(text))
