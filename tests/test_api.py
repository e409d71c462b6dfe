"""The public API's contract: types, errors, empty and undecodable input, determinism."""
import json

import pytest

import cleanrepost
from cleanrepost import CleanError, Document

ARTICLE = (
    "关于开展春季安全检查的通知\n"
    "各区县人民政府，市政府各部门：\n"
    "为切实做好春季安全生产工作，经市政府同意，决定在全市开展安全检查。现将有关事项通知如下。\n"
    "一、检查范围\n"
    "全市各类生产经营单位，重点是危险化学品、建筑施工和道路交通领域。\n"
    "来源：市应急管理局\n"
    "责任编辑：王小明\n"
)


def test_clean_returns_document_with_fields():
    doc = cleanrepost.clean(ARTICLE)
    assert isinstance(doc, Document)
    assert doc.title == "关于开展春季安全检查的通知"
    assert doc.paragraphs[0].startswith("各区县人民政府")
    assert "一、检查范围" in doc.paragraphs
    assert doc.text == "\n".join(doc.paragraphs)
    assert doc.source_name == "市应急管理局"
    assert doc.editor == "王小明"
    assert {r.kind for r in doc.removed} == {"byline"}
    assert all(r.reason for r in doc.removed)


def test_to_dict_is_json_ready_and_stable():
    d1 = cleanrepost.clean(ARTICLE.encode("gb18030")).to_dict()
    d2 = cleanrepost.clean(ARTICLE.encode("gb18030")).to_dict()
    s1 = json.dumps(d1, ensure_ascii=False, sort_keys=False)
    assert s1 == json.dumps(d2, ensure_ascii=False, sort_keys=False)
    assert d1["encoding"] == "gb18030"
    assert d1["text"] == "\n".join(d1["paragraphs"])


@pytest.mark.parametrize("data", [b"", "", None, b"   \n\t ", "\ufeff"])
def test_empty_input_gives_empty_flagged_document(data):
    doc = cleanrepost.clean(data)
    assert doc.paragraphs == [] and not doc.title
    assert "empty" in doc.flags


def test_undecodable_bytes_are_replaced_and_flagged():
    data = "国务院办公厅关于印发通知".encode("gb18030") + b"\xff\xfe\xfd\x81" + "全文如下。".encode("gb18030")
    doc = cleanrepost.clean(data, kind="text")
    assert "decode-replaced" in doc.flags  # bytes that no codec reads are never dropped silently
    assert "国务院办公厅" in (doc.title or "") + doc.text


def test_bad_arguments_raise_clean_error():
    with pytest.raises(CleanError):
        cleanrepost.clean(12345)
    with pytest.raises(CleanError):
        cleanrepost.clean("x", kind="pdf")
    with pytest.raises(CleanError):
        cleanrepost.clean("x", script="martian")
    with pytest.raises(CleanError):
        cleanrepost.clean("x", no_such_option=True)
    with pytest.raises(CleanError):  # also beside an Options object
        cleanrepost.clean("x", options=cleanrepost.Options(), no_such_option=True)
    with pytest.raises(CleanError):
        cleanrepost.clean("x", options={"kind": "text"})
    assert issubclass(CleanError, ValueError)


def test_over_size_limit_raises_clean_error():
    with pytest.raises(CleanError):
        cleanrepost.clean(b"a" * 2000, max_bytes=1000)


def test_sidebar_words_inside_a_sentence_stay():
    text = ("市人大常委会召开会议\n"
            "会议指出，最新加入的代表要尽快熟悉工作，热门资讯类平台也要承担社会责任。\n"
            "会议强调，要把相关阅读材料发给每一位代表，认真学习。\n")
    doc = cleanrepost.clean(text)
    assert len(doc.paragraphs) == 2
    assert "最新加入" in doc.text and "热门资讯" in doc.text and "相关阅读" in doc.text


def test_lexicon_is_extendable():
    lex = cleanrepost.Lexicon.default().extended(
        line_rules=[cleanrepost.LineRule("footer.test", "footer", r"^本站由.{0,20}提供技术支持$")])
    text = "标题一则\n这是一段足够长的正文内容，用来说明扩展规则的效果。\n本站由某某公司提供技术支持\n"
    doc = cleanrepost.clean(text, lexicon=lex)
    assert [r.reason for r in doc.removed] == ["line:footer.test"]
    with pytest.raises(ValueError):
        cleanrepost.Lexicon.default().extended(line_rules=[cleanrepost.LineRule("x", "not-a-kind", "x")])
