"""The speed-ups keep results identical: each fast path is checked against the plain computation it replaces."""
from __future__ import annotations

import pickle
import random
import re

import lxml.html
import pytest

from cleanrepost import Lexicon, LineRule
from cleanrepost.html_meta import element_text
from cleanrepost.lexicon import LINE_RULES


def first_rule(lexicon: Lexicon, line: str):
    """match_line's contract spelled out: the first rule, in order, within its max_len, whose regex finds a match."""
    for rule in lexicon.line_rules:
        if rule.max_len is None or len(line) <= rule.max_len:
            m = rule.regex.search(line)
            if m:
                return rule, m
    return None


def same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a[0] is b[0] and a[1].span() == b[1].span() and a[1].groupdict() == b[1].groupdict()


def lines(seed: int, n: int) -> list[str]:
    """Lines built from the pieces boilerplate is made of (labels, colons, dates, brackets, footer words)."""
    pieces = ["来源", "：", ":", "作者", "责任编辑", "王小明", "发布时间", "2024-05-15", " ", "　", "【", "】", "(", ")",
              "原文链接", "http://www.gov.cn/a.html", "版权所有", "ICP备12345678号", "打印本页", "关闭窗口", "评论",
              "浏览次数", "123", "次", "{{title}}", "<!--", "相关阅读", "上一篇", "扫一扫", "为了加强管理，制定本办法。",
              "zzz", "abc", "aa", "x"]
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))).strip() for _ in range(n)]


def test_default_rules_answer_as_tried_one_by_one():
    lex = Lexicon.default()
    hits = 0
    for line in lines(1, 4000) * 2:  # twice: the second answers may come from the memo
        got = lex.match_line(line)
        assert same(got, first_rule(lex, line)), line
        hits += got is not None
    assert hits > 200  # the sample does exercise the rules, not only the quick reject


def test_a_used_lexicon_still_pickles():
    """Worker processes receive the Lexicon pickled; the memo's Match objects must not travel with it."""
    lex = Lexicon.default().extended(line_rules=[LineRule("x.mine", "junk", r"^本站自定义$")])
    assert lex.match_line("本站自定义") is not None
    copy = pickle.loads(pickle.dumps(lex))
    assert copy == lex and copy.match_line("本站自定义")[0].name == "x.mine"


@pytest.mark.parametrize("extra", [
    [LineRule("x.unanchored-branch", "junk", r"^abc|zzz")],  # ^ binds to the first branch only
    [LineRule("x.flags", "junk", re.compile(r"^ZZZ", re.I))],  # a compiled pattern with its own flags
    [LineRule("x.backref", "junk", r"^(a)\1")],  # group numbers matter
    [LineRule("x.class", "junk", r"^[(?P<q>]x")],  # "(?P<" inside a character class is no group
    [LineRule("x.escaped", "junk", r"^\(?P<x>")],  # an escaped parenthesis: no group either
    [LineRule("x.named", "junk", r"^(?P<source>abc)"), LineRule("x.named2", "junk", r"zzz(?P<source>x)?")],
])
def test_extended_rules_answer_as_tried_one_by_one(extra):
    lex = Lexicon.default().extended(line_rules=extra)
    for line in lines(2, 1500) + ["abc", "xzzz", "zzz", "aa", "(x", "Px", "<x", ">x", "(P<x>", "P<x>", "(?P<x>"]:
        assert same(lex.match_line(line), first_rule(lex, line)), line


def test_default_rules_are_mostly_anchored():
    """The quick reject is only worth its place while most rules are anchored at the line start."""
    anchored = [r for r in LINE_RULES if r.regex.pattern.startswith("^")]
    assert len(anchored) > len(LINE_RULES) / 2


def test_element_text_with_comments_matches_the_comment_free_tree():
    """Comments and PIs take the general walk; their text never shows, their tails do."""
    html = "<div>标题<!-- note -->第一行<br>第二<b>行</b><?pi x?>尾<p>段落<!--x-->续</p>完</div>"
    with_comments = lxml.html.fragment_fromstring(html)
    without = lxml.html.fragment_fromstring(re.sub(r"<!--.*?-->|<\?.*?\?>", "", html))
    assert element_text(with_comments) == element_text(without) == "标题第一行第二行尾段落续完"
    assert element_text(with_comments, 5) is None and element_text(without, 5) is None


def test_title_overlap_equals_the_bigram_set_definition():
    """overlap() searches the body's letters for each title bigram instead of building the body's bigram set."""
    from cleanrepost.classify import shapes

    def plain(title: str, body: str) -> float:
        def grams(s: str) -> set[str]:
            chars = "".join(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", s))
            return {chars[i:i + 2] for i in range(len(chars) - 1)}
        t = grams(title)
        return len(t & grams(body)) / len(t) if t else 0.0

    rnd = random.Random(7)
    alphabet = "国家政府会议工作推进ab1２，。 、|Ａx\u3000"
    for _ in range(3000):
        title = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        body = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert shapes.title_overlap(title, body) == plain(title, body), (title, body)


SENTENCE_END = re.compile(r"[。！？；!?;…」”）)]$|\.{3}$")  # the definitions the str-method checks replace
TRUNCATED = re.compile(r"(?:\.{2,}|…+|。。+)$")


def test_ends_sentence_equals_the_sentence_end_regex():
    from cleanrepost.classify import shapes

    rnd = random.Random(9)
    alphabet = ["国", "。", "！", "？", "；", "!", "?", ";", "…", "」", "”", "）", ")", ".", "..", "\n", " ", "a", "，", "。。"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
        assert shapes.ends_sentence(text) == bool(SENTENCE_END.search(text)), repr(text)
        assert shapes.is_truncated(text) == bool(TRUNCATED.search(text)), repr(text)


def test_line_keys_equal_the_gap_substitution():
    from cleanrepost.classify import titles

    rnd = random.Random(4)
    alphabet = ["国", " ", "\u3000", "|", "｜", "\t", "\x00", "a", "\n", "\xa0", "标题", "\x1c", "\u2028", "\x85", "\u200b"]
    for _ in range(3000):
        texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(0, 5))]
        assert titles._line_keys(texts) == [titles._LINE_GAPS.sub("", t) for t in texts], texts


def test_bullet_shortcuts_equal_the_bullet_pattern():
    from cleanrepost.classify import shapes

    rnd = random.Random(12)
    alphabet = list(shapes.BULLET_CHARS) + ["国", " ", "\u3000", "\t", "a", "。", "，", "-", "·"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5)))
        assert shapes.is_bulleted(text) == bool(shapes.BULLET.match(text)), repr(text)
        assert shapes.unbulleted(text) == shapes.BULLET.sub("", text), repr(text)


def test_script_decision_without_kana_equals_the_full_count():
    from cleanrepost import langid

    def full(text):  # _by_script as defined: every count
        han, latin, kana, hangul = langid.script_counts(text[:langid.RATIO_SAMPLE])
        letters = han + latin + kana + hangul
        if not letters:
            return None
        if hangul / letters >= langid.ZH_MIN_HAN_SHARE:
            return "ko"
        if kana and kana >= 0.1 * (han + kana) and (han + kana) / letters >= langid.ZH_MIN_HAN_SHARE:
            return "ja"
        return "zh" if han / letters >= langid.ZH_MIN_HAN_SHARE else None

    rnd = random.Random(21)
    alphabet = ["国", "會", "a", "Z", "é", "1", "，", " ", "。", "か", "한", "-", "〇", "\U00020000"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert langid._by_script(text) == full(text), repr(text)


def test_folded_equals_the_width_translation():
    from cleanrepost.classify import shapes

    rnd = random.Random(2)
    alphabet = ["国", "：", "２", "０", "Ａ", "ｚ", "（", "）", "；", "｜", "|", " ", "～", "［", "＼", "a", "1", "\uff1b"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        plain = text.translate(shapes.FOLD_WIDTH)
        if len(plain) > 2 and plain[0] in "|｜" and plain[-1] in "|｜":
            plain = plain.strip("|｜ \t\u3000")
        assert shapes.folded(text) == plain, repr(text)


def test_line_answers_are_remembered_for_one_page_only():
    """The per-page memo starts empty for every classify() call and is gone after it: a page seen before is not
    answered from an earlier call (no benchmark of repeated pages can look faster than real)."""
    from cleanrepost import Lexicon
    from cleanrepost.classify import classify, memo, shapes
    from cleanrepost.model import Block

    seen: list[dict] = []
    calls: list[str] = []
    real = shapes.folded.__wrapped__

    def spy(text):
        calls.append(text)
        return real(text)

    page = ["关于做好河道清淤工作的通知", "来源：示范县水利局", "各乡镇：为切实做好河道清淤工作，现将有关事项通知如下。"]
    original = shapes.folded
    try:
        shapes.folded = memo.per_page(spy)  # the same wrapper over a counting function
        import cleanrepost.classify.labels as labels
        import cleanrepost.classify.span as span
        saved = (labels.folded, span.folded)
        labels.folded = span.folded = shapes.folded
        for _ in range(2):
            calls.clear()
            classify([Block(t, i) for i, t in enumerate(page)], Lexicon.default())
            seen.append(dict.fromkeys(calls))
            assert len(calls) == len(set(calls)), "a text was folded twice within one page"
            assert getattr(memo._state, "memos", None) is None  # dropped after the page
        assert seen[0] == seen[1]  # the second, identical page did all the work again
    finally:
        shapes.folded = original
        labels.folded, span.folded = saved
    assert shapes.folded("２０１５：Ａ") == "2015:A"  # outside classify(): computed, nothing kept
    assert getattr(memo._state, "memos", None) is None


def test_dump_lines_split_as_with_the_line_break_substitution():
    """segment_text skips the break substitution on a text with \\n breaks only: the lines are the same."""
    from cleanrepost.segment_text import _EDGE_WS, _LINE_BREAKS, segment_text

    rnd = random.Random(1)
    toks = ["国", "\n", "\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " ", "a", "\u3000"]
    for _ in range(20000):
        text = "".join(rnd.choice(toks) for _ in range(rnd.randint(0, 10)))
        plain = [x.strip(_EDGE_WS) for x in _LINE_BREAKS.sub("\n", text).split("\n")]
        assert [b.text for b in segment_text(text).blocks] == [x for x in plain if x], repr(text)


def test_str_whitespace_is_regex_whitespace():
    """_line_key relies on str.split() dropping exactly what \\s matches."""
    space = re.compile(r"\s")
    assert [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
            and bool(space.match(chr(cp))) != chr(cp).isspace()] == []


def test_a_line_the_url_check_skips_holds_no_url():
    from cleanrepost import grammar
    from cleanrepost.classify import span

    rnd = random.Random(6)
    toks = ["国", "http", "https", "://", ":", "/", "www", ".", "．", "com", "cn", "gov", "a", "-", "_", " ", "HTTP", "localhost"]
    for _ in range(20000):
        text = "".join(rnd.choice(toks) for _ in range(rnd.randint(0, 8)))
        if not span._may_hold_url(text):
            assert grammar.URL.search(text) is None, repr(text)


def test_lines_the_jammer_pretest_skips_hold_no_jammer():
    """segment_text looks for jammer runs only in lines with four ASCII letters/digits in a row and a lowercase
    letter: every line it skips has no match of the jammer pattern."""
    from cleanrepost.grammar import _JAM_IN_LINE
    from cleanrepost.segment_text import _may_jam
    rnd = random.Random(14)
    pieces = ["会议", "，", "2026", "xK9a", "ABCD", "Qw", "12", "z", "。", " ", "iPhone", "G20", "某某", "5G"]
    for _ in range(3000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert _may_jam(line) or not _JAM_IN_LINE.search(line), line
