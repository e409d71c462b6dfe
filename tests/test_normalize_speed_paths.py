"""The fast paths of normalization give exactly what the plain definitions give (no timing here: benchmarks/)."""
import random
import re

from cleanrepost import protected as numspans
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


def test_address_spans_equal_the_regex_alternation():
    from cleanrepost.normalize import chars, punct  # the modules, for their patterns
    email = re.compile(r"[A-Za-z0-9._%+-]+@" + punct._MASK_DOMAIN.pattern)
    fw = re.compile(chars._FW_URL.pattern + "|[A-Za-z0-9._%+-]+[@\uff20]" + chars._FW_DOMAIN.pattern[4:], re.I)
    toks = ["a", "x1", "@", "＠", ".", "．", "-", "_", "%", "+", " ", "国", "www.", "WWW．", "http://", "ftp：／／",
            "/", ":", "\u017f", "\u212a", "#", ","]
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice(toks) for _ in range(rnd.randint(0, 30)))
        assert list(numspans.address_spans(text, punct._MASK_AT, numspans.LOCAL_CHARS, punct._MASK_DOMAIN)) == \
            [m.span() for m in email.finditer(text)], text
        assert list(numspans.address_spans(text, chars._FW_AT, numspans.LOCAL_CHARS_IGNORECASE, chars._FW_DOMAIN,
                                           chars._FW_URL)) == [m.span() for m in fw.finditer(text)], text


def test_long_local_part_runs_are_normalized_like_short_ones():
    for make in (lambda n: "国," + "a" * n + " @ 国", lambda n: "国" + "a" * n + "＠", lambda n: "国" + "a" * n + "@b"):
        long, short = make(30000), make(30)
        assert normalize_explained(long)[0].replace("a" * 30000, "a" * 30) == normalize_explained(short)[0]


def test_text_without_a_late_trigger_is_left_alone_by_every_late_rule():
    """_rules returns early when _LATE_TRIGGER finds nothing: each late rule must then be the identity."""
    from cleanrepost.normalize import rules

    toks = ["国", "，", "。", "(", "（", ")", " ", "\u3000", ",", ":", "?", "!", ";", ".", "..", "…", "-", "号", "號",
            "发", "[", "]", "2019", "5", "a", "b", "\n", "：", "（待）", "xié", "。。"]
    rnd = random.Random(3)
    quiet = 0
    for _ in range(6000):
        text = "".join(rnd.choice(toks) for _ in range(rnd.randint(0, 12)))
        if rules._early_rules_needed(text) or rules._late_rules_needed(text):
            continue
        quiet += 1
        for rule in rules._LATE_RULES:
            counts: dict[str, int] = {}
            assert rule(text, counts) == text and not counts, (rule.__name__, text)
    assert quiet > 300  # the generator reaches the early return often


def test_the_cjk_table_answers_as_the_cjk_class():
    from cleanrepost.normalize.common import _CJK_RE, is_cjk_char

    assert is_cjk_char("") is False
    for cp in list(range(0x10000)) + [0x1FFFF, 0x20000, 0x2A6DF, 0x3134F, 0x31350, 0x10FFFF]:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        assert is_cjk_char(c) == bool(_CJK_RE.match(c)), hex(cp)


def test_the_punctuation_fixpoint_stops_early_only_where_another_pass_changes_nothing():
    """_punct_line ends once what is left is masked; the plain fixpoint (a pass until nothing changes) agrees."""
    from cleanrepost.normalize import punct

    def plain(line):
        counts: dict[str, int] = {}
        while punct._CANDIDATES.search(line):
            mask = punct._Mask(line)
            out = punct._convert_marks(punct._convert_parens(line, mask, counts), mask, counts)
            if out == line:
                break
            line = out
        return line, counts

    toks = ["国", "会议", ",", ":", ";", "?", "!", "(", ")", " ", "\u3000", "10", ":30", "1,000", "3.5", "http://a.cn/x",
            "www.b.com", "a@b.cn", "Hello", "world", "，", "（", "）", "\"", "“", "”", "x", "2024", ",,", "::"]
    rnd = random.Random(17)
    for _ in range(6000):
        line = "".join(rnd.choice(toks) for _ in range(rnd.randint(1, 12)))
        counts: dict[str, int] = {}
        assert (punct._punct_line(line, counts), counts) == plain(line), line


def test_text_without_any_trigger_is_left_alone_by_every_rule():
    """_rules returns at once when _ANY_TRIGGER finds nothing and no 。。。 is there: every rule is the identity."""
    from cleanrepost.normalize import rules

    toks = ["国", "，", "。", "、", "（", "(", " ", "\u3000", ",", ":", "：", "５", "Ａ", "a", "1", ".", "-", "号", "\u200b",
            "\x07", "\xe9", "\u2f08", "\ufe5d", "\uff0e", "\u2026", "“", "”", "\n", "\t", "\xa0"]
    rnd = random.Random(8)
    quiet = 0
    for _ in range(8000):
        text = "".join(rnd.choice(toks) for _ in range(rnd.randint(0, 10)))
        if rules._ANY_TRIGGER.search(text) or "\u3002\u3002\u3002" in text:
            continue
        quiet += 1
        for rule in rules._RULES:
            counts: dict[str, int] = {}
            assert rule(text, counts) == text and not counts, (rule.__name__, text)
    assert quiet > 200
