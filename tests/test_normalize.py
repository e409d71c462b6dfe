"""normalize(): Chinese-safe rules, their order (idempotence), script conversion and per-rule counts.

Examples are our own writing, several taken from ../shared/notes/chinese-text.md §2.4.  The properties run at
least PROPERTY_EXAMPLES generated strings each (more under HYPOTHESIS_PROFILE=long).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanrepost
from cleanrepost.model import Document
from cleanrepost.normalize import CONTROL, INVISIBLE, normalize, normalize_document, normalize_explained

PROPERTY_EXAMPLES = max(300, settings().max_examples)
prop = settings(max_examples=PROPERTY_EXAMPLES, deadline=None)

# --- examples ------------------------------------------------------------------------------------------------

EXAMPLES = [
    ("会议时间:10:30至11:45,地点:三楼", "会议时间：10:30至11:45，地点：三楼"),
    ("增长5.2%,达到1,234.5亿元", "增长5.2%，达到1,234.5亿元"),
    ("比分3:2,观众1,000人", "比分3:2，观众1,000人"),
    ("使用Python,我们", "使用Python，我们"),
    ("Hello, world! 这是一个例子。", "Hello, world! 这是一个例子。"),
    ("发布会,记者从会上获悉", "发布会，记者从会上获悉"),
    ("国,,", "国，，"),
    (",,国", "，，国"),
    ("地点 : 三楼", "地点：三楼"),
    ("是吗?好!", "是吗？好！"),
    ("第(一)条", "第（一）条"),
    ("(1)加强领导", "（1）加强领导"),
    ("f(x) = x + 1", "f(x) = x + 1"),
    ("“双随机、一公开”,要求", "“双随机、一公开”，要求"),
    ("等...", "等……"),
    ("等。。。", "等……"),
    ("改革--发展", "改革——发展"),
    ("建立健全工作机制", "建立健全工作机制"),
    ("ＡＢＣ公司第１２条", "ABC公司第12条"),
    ("增长１２．５％", "增长12.5%"),
    ("上午１０：３０开会", "上午10:30开会"),
    ("问题：答案", "问题：答案"),  # full-width colon outside numbers stays
    ("⼀⽂", "一文"),
    ("⻓江⻔户", "长江门户"),
    ("国发﹝2019﹞5号", "国发〔2019〕5号"),
    ("国发[2019]5号", "国发〔2019〕5号"),
    ("国办发(2019) 第05号", "国办发〔2019〕5号"),
    ("京政发【2018】12号", "京政发〔2018〕12号"),
    ("索 引 号：000014349/2019-00007", "索引号：000014349/2019-00007"),
    ("标　　题：关于印发方案的通知", "标题：关于印发方案的通知"),
    ("　　各省、自治区、直辖市人民政府:", "各省、自治区、直辖市人民政府："),
    ("\u00a0\u00a0第 5 条\u00a0", "第 5 条"),
    ("总\u3000则", "总则"),
    ("张\u3000\u3000三", "张三"),
    ("第一章\u3000总\u3000则", "第一章\u3000总则"),  # a separator after a word stays; letter-spacing goes
    ("第一条\u3000\u3000为了规范管理", "第一条\u3000为了规范管理"),
    ("中\u200b国\ufeff政\u00ad府\u202e", "中国政府"),
    ("行一\r\n行二\r行三\u2028行四", "行一\n行二\n行三\n行四"),
    ("a\u00a0\u2003b", "a b"),
    ("中\ufffd国", "中\ufffd国"),
    ("¹úÎñÔº°ì¹«Ìü", "国务院办公厅"),  # GBK bytes shown as Latin-1
    ("ä¸\xadå›½æ”¿åºœ", "中国政府"),  # UTF-8 bytes shown as cp1252
    ("Café au lait, s'il vous plaît.", "Café au lait, s'il vous plaît."),
]


@pytest.mark.parametrize("raw, expected", EXAMPLES)
def test_examples(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    assert normalize(expected) == expected


@pytest.mark.parametrize("url", [
    "http://www.example.gov.cn/search?a=1,b=2&c=3:4",
    "https://example.com/path/to/page.html?q=a;b!c",
    "www.example.gov.cn/art/2024/5/20/art_1.html",
])
def test_urls_untouched_in_chinese_context(url: str) -> None:
    out = normalize(f"详见:{url} ,谢谢")
    assert url in out
    assert out.startswith("详见：") and out.endswith("，谢谢")


def test_email_untouched() -> None:
    assert normalize("邮箱:office@example.gov.cn,电话:0591-87654321") == "邮箱：office@example.gov.cn，电话：0591-87654321"


def test_pinyin_annotations_removed_then_converted() -> None:
    text, counts = normalize_explained("標(biāo)點(diǎn)符號（fú）的用法")
    assert text == "标点符号的用法"
    assert counts["pinyin"] == len("(biāo)(diǎn)（fú）")


def test_pinyin_rule_leaves_other_parentheses() -> None:
    assert normalize("北京(Běijīng)") == "北京（Běijīng）"  # capitalised: a gloss, not an annotation


def test_never_nfkc() -> None:
    text = "温度25℃，面积100㎡，①项，㈠类，“引号”（括号）：；？！"
    assert normalize(text) == text


def test_counts_separate_whitespace_from_content() -> None:
    _, counts = normalize_explained("　　发布会,记者\u200b获悉\u00a0")
    assert counts == {"invisible": 1, "punct": 1, "ws.line-end": 3, "ws.space": 1}


def test_unknown_script_rejected() -> None:
    with pytest.raises(cleanrepost.CleanError):
        normalize("中国", script="martian")


# --- script conversion ---------------------------------------------------------------------------------------

SIMPLIFIED_DOC = ["清代乾隆年间的史料记载了张昇的事迹，这些材料对于研究地方治理很有价值。",
                  "会议要求建立健全工作机制，显著提升核心技术水平，整合资源，推进智慧城市建设。",
                  "各地区各部门要认真贯彻落实，确保各项任务落到实处。"]
TRADITIONAL_DOC = ["香港特別行政區政府今日公布最新統計數字。", "當局表示，經濟穩步增長，將繼續推動相關發展工作。"]


def test_simplified_document_is_left_alone() -> None:
    doc = normalize_document(Document(title="关于乾隆时期史料的说明", paragraphs=list(SIMPLIFIED_DOC)))
    assert doc.paragraphs == SIMPLIFIED_DOC
    assert doc.title == "关于乾隆时期史料的说明"
    assert (doc.lang, doc.script) == ("zh", "Hans")
    assert not any(k.startswith("script.") for k in doc.normalization)


def test_traditional_document_converted_with_t2s_only() -> None:
    doc = normalize_document(Document(title="統計數字", paragraphs=list(TRADITIONAL_DOC)))
    assert doc.title == "统计数字"
    assert doc.paragraphs[0] == "香港特别行政区政府今日公布最新统计数字。"
    assert (doc.lang, doc.script) == ("zh", "Hant")
    assert doc.normalization["script.t2s"] > 10


def test_keep_changes_no_han() -> None:
    doc = normalize_document(Document(title="統計數字", paragraphs=list(TRADITIONAL_DOC)), script="keep")
    assert doc.paragraphs == TRADITIONAL_DOC and doc.script == "Hant"


def test_traditional_target() -> None:
    doc = normalize_document(Document(title="统计数字", paragraphs=["中国政府发布最新统计数字。"]), script="traditional")
    assert doc.paragraphs == ["中國政府發佈最新統計數字。"] and doc.script == "Hans"
    again = normalize_document(Document(title=doc.title, paragraphs=list(doc.paragraphs)), script="traditional")
    assert again.paragraphs == doc.paragraphs  # a Traditional document is not converted again


def test_no_tw2sp_phrase_rewrites() -> None:
    text = "建立健全工作程序，有关文件，核心技术，监管效能，智慧城市，程式设计"
    assert normalize(text) == text


# --- documents -----------------------------------------------------------------------------------------------

def test_document_counts_flags_and_meta() -> None:
    doc = Document(title="关于印发方案的通知", paragraphs=["　　发布会,记者获悉\ufffd。", "", "\u200b"],
                   meta={"发文字号": "国发[2019]5号", "索引号": "000014349/2019-00007", "n": 3})
    normalize_document(doc)
    assert doc.paragraphs == ["发布会，记者获悉\ufffd。"]  # emptied paragraphs are dropped
    assert doc.meta == {"发文字号": "国发〔2019〕5号", "索引号": "000014349/2019-00007", "n": 3}
    assert doc.normalization["punct"] == 1 and doc.normalization["docnum"] == 2
    assert doc.normalization["replacement-char"] == 1 and "replacement-char" in doc.flags
    assert list(doc.normalization) == sorted(doc.normalization)


def test_document_mojibake_flag() -> None:
    doc = normalize_document(Document(title="标题", paragraphs=["正文第一段。", "¹úÎñÔº°ì¹«Ìü¹ØÓÚÓ¡·¢·½°¸µÄÍ¨Öª"]))
    assert doc.paragraphs[1] == "国务院办公厅关于印发方案的通知"
    assert "mojibake-repaired" in doc.flags and doc.normalization["mojibake"] == 15


def test_english_document() -> None:
    doc = normalize_document(Document(title="Annual report", paragraphs=[
        "The government published the annual report on Monday, covering the economy and public services."]))
    assert (doc.lang, doc.script) == ("en", None)


def test_clean_normalizes_text_input() -> None:
    page = "关于做好工作的通知\n\n　　发布会,记者从会上获悉，有关部门将于10:30召开会议。\n　　增长5.2%,达到1,234.5亿元。\n"
    doc = cleanrepost.clean(page, kind="text")
    assert "发布会，记者从会上获悉，有关部门将于10:30召开会议。" in doc.paragraphs
    assert doc.lang == "zh" and doc.script == "Hans"
    assert doc.normalization.get("punct", 0) >= 2
    assert doc.to_dict()["normalization"] == doc.normalization


# --- properties ----------------------------------------------------------------------------------------------

HAN = "中国政府发布会记者国务院办公厅建立健全乾隆张昇標點符號發佈時間經濟统计"
CJK_PUNCT = "，。、“”《》；？！（）：【】「」〔〕…—"
ASCII_PUNCT = ",.;:?!()[]-\"'%/@"
SPACES = " \u3000\u00a0\t\u2003"
BREAKS = ["\n", "\r\n", "\r", "\u2028"]
ODD = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u2066\x00\x07\x1b\x7f\x85\x9f\ufffd"
WIDE = "ＡＢｘｙ０１２９％．：＋－／＠﹝﹞｡､"
RADICALS = "⼀⽂⻓⻔"
LATIN = "abcxyzABC0123456789"
LATIN1_HIGH = "¹úÎñÔº°ì¹«Ìüäå›æ"
TOKENS = ["http://www.example.gov.cn/a/b_1.html?x=1,y=2", "https://example.com/p?q=a;b", "www.gov.cn/zhengce",
          "office@example.gov.cn", "10:30", "09:05:30", "3:2", "5.2%", "1,234.5", "1,000", "12,345,678", "0.75",
          "国发[2019]5号", "標(biāo)", "Hello, world!", "Python", "索 引 号：", "...", "--", "(一)", "f(x)",
          "ｈｔｔｐ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ａ", "ｗｗｗ．ｇｏｖ．ｃｎ", "ｏｆｆｉｃｅ＠ｇｏｖ．ｃｎ", "１２．５％"]

BASE = HAN + CJK_PUNCT + ASCII_PUNCT + SPACES


def _text(alphabet: str, tokens: list[str] | None = None, max_size: int = 60,
          runs: str = "") -> st.SearchStrategy[str]:
    piece = st.text(alphabet=st.sampled_from(alphabet), max_size=8)
    parts = [piece, st.sampled_from(BREAKS)] + ([st.sampled_from(tokens)] if tokens else [])
    if runs:  # longer runs of one family of characters (mojibake-like Latin-1 text)
        parts.append(st.text(alphabet=st.sampled_from(runs), min_size=4, max_size=16))
    return st.lists(st.one_of(*parts), max_size=max_size // 4).map("".join)


EVERYTHING = _text(BASE + ODD + WIDE + RADICALS + LATIN + LATIN1_HIGH, TOKENS,
                   runs=LATIN1_HIGH + ODD + WIDE + "ｘ0Cz ")
SCRIPTS = st.sampled_from(["simplified", "keep", "traditional"])
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}{CONTROL}\t\u00a0\u2000-\u200a\u202f\u205f\r\u2028\u2029]")
_BREAK_RE = re.compile("\r\n|[\r\n\v\f\u2028\u2029]")


@prop
@given(EVERYTHING, SCRIPTS)
def test_idempotent(text: str, script: str) -> None:
    once = normalize(text, script=script)
    assert normalize(once, script=script) == once


@prop
@given(_text(BASE), st.sampled_from([t for t in TOKENS if t[0].isascii() and t[0].isalnum()]), _text(BASE))
def test_urls_numbers_times_untouched(before: str, token: str, after: str) -> None:
    if token in ("Python", "f(x)") or token.startswith("Hello"):
        return
    out = normalize(before + token + after)
    assert token in out


@prop
@given(_text(BASE + ODD + "\u3000"))
def test_chinese_punctuation_never_becomes_ascii(text: str) -> None:
    out = normalize(text, script="keep")
    for ch in "，、“”《》；？！（）：【】「」〔〕":
        assert out.count(ch) >= text.count(ch), ch
    assert sum(out.count(c) for c in ASCII_PUNCT) <= sum(text.count(c) for c in ASCII_PUNCT)


@prop
@given(EVERYTHING)
def test_ascii_punctuation_only_from_numbers_and_urls(text: str) -> None:
    out = normalize(text, script="keep")
    wide_symbols = sum(text.count(c) for c in "％．：＋－／＠")
    assert sum(out.count(c) for c in ASCII_PUNCT) <= sum(text.count(c) for c in ASCII_PUNCT) + wide_symbols + \
        sum(text.count(c) for c in LATIN1_HIGH + "\x85\x9f")  # mojibake repair may decode into ASCII too


@prop
@given(EVERYTHING, SCRIPTS)
def test_no_invisible_characters_left(text: str, script: str) -> None:
    assert not _INVISIBLE_RE.search(normalize(text, script=script))


@prop
@given(_text(BASE + ODD + WIDE + LATIN, TOKENS))
def test_keep_changes_no_han(text: str) -> None:
    def han(s: str) -> list[str]:
        return [c for c in s if "\u4e00" <= c <= "\u9fff"]

    assert han(normalize(text, script="keep")) == han(text)


@prop
@given(EVERYTHING, SCRIPTS)
def test_line_count_preserved(text: str, script: str) -> None:
    assert normalize(text, script=script).count("\n") == len(_BREAK_RE.findall(text))


@prop
@given(EVERYTHING)
def test_explained_agrees_with_normalize(text: str) -> None:
    out, counts = normalize_explained(text)
    assert out == normalize(text)
    assert all(v > 0 for v in counts.values())
    if out == text:
        assert not {k for k in counts if k != "replacement-char"}


_TRADITIONAL_PAGE = """<html><head><meta charset="utf-8"><title>統計數字 - 政府新聞網</title></head><body>
<h1>政府公布最新統計數字</h1>
<div class="TRS_Editor"><p>　　香港特別行政區政府今日公布最新統計數字,顯示本地經濟穩步增長。</p>
<p>當局表示,將繼續推動相關發展工作,並加強與內地的合作。</p>
<p>發言人指出,有關措施將於下月起實施。</p></div></body></html>"""


@pytest.mark.parametrize("script, expected", [
    ("simplified", "当局表示，将继续推动相关发展工作，并加强与内地的合作。"),
    ("keep", "當局表示，將繼續推動相關發展工作，並加強與內地的合作。"),
    ("traditional", "當局表示，將繼續推動相關發展工作，並加強與內地的合作。"),
])
def test_clean_traditional_page(script: str, expected: str) -> None:
    doc = cleanrepost.clean(_TRADITIONAL_PAGE, script=script)
    assert expected in doc.paragraphs
    assert (doc.lang, doc.script) == ("zh", "Hant")
    assert ("script.t2s" in doc.normalization) == (script == "simplified")


@prop
@given(st.lists(EVERYTHING, max_size=6), EVERYTHING, SCRIPTS)
def test_document_normalization_idempotent(paragraphs: list[str], title: str, script: str) -> None:
    meta = {"发文字号": title}
    once = normalize_document(Document(title=title, paragraphs=list(paragraphs), meta=dict(meta)), script=script)
    twice = normalize_document(Document(title=once.title, paragraphs=list(once.paragraphs), meta=dict(once.meta)),
                               script=script)
    assert (twice.title, twice.paragraphs, twice.meta) == (once.title, once.paragraphs, once.meta)
    assert all(p.strip() for p in once.paragraphs)


def test_every_fixer_shows_itself_in_a_doctest_that_passes() -> None:
    """The FIXERS table (ftfy-like): each rule, keyed by the count name it reports, carries a worked example."""
    import doctest

    from cleanrepost.normalize import FIXERS

    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    assert list(FIXERS)[0] == "mojibake" and list(FIXERS)[-1] == "docnum"  # the order the rules run in
    for name, rule in FIXERS.items():
        tests = [t for t in finder.find(rule, globs=dict(rule.__globals__)) if t.examples]
        assert tests, f"{name}: no example in the docstring"
        for t in tests:
            out = runner.run(t)
            assert out.failed == 0, f"{name}: doctest failed"
        # the example's counts name the rule's key (the whitespace rule reports its ws.* sub-names)
        wants = "".join(ex.want for t in tests for ex in t.examples)
        assert f"'{name}" in wants, f"{name}: the example does not show the rule's count"


def test_the_credits_get_the_documents_script():
    """source_name, author and editor are converted with the text (they came out in the page's script before)."""
    page = ("<html><body><h1>二〇二六年第二季經濟表現</h1><p>來源：政府新聞處　責任編輯：陳大文</p><div class=content>"
            "<p>政府今日公布，二〇二六年第二季本地生產總值按年實質上升百分之二點八，增幅較上一季略為加快。</p>"
            "<p>政府發言人表示，出口貨物在外圍需求回穩下表現改善，訪港旅客人次亦持續增加。</p></div></body></html>")
    simplified = cleanrepost.clean(page)
    assert (simplified.source_name, simplified.editor) == ("政府新闻处", "陈大文")
    kept = cleanrepost.clean(page, script="keep")
    assert (kept.source_name, kept.editor) == ("政府新聞處", "陳大文")
