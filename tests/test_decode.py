"""Decoding: BOM → strict UTF-8 → labels (GB family as gb18030, big5 as big5hkscs) → detection → replacement."""
import codecs
import random

import pytest

import cleanrepost
from cleanrepost.decode import decode, resolve_label

# Our own text: a notice paragraph with GBK-only characters (镕, 堃 are not in GB2312).
PARA = ("国务院办公厅关于进一步加强政府网站建设管理工作的通知。各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        "为深入贯彻落实党中央、国务院决策部署，推动政府网站集约化建设，提升政务服务水平，经国务院同意，现就有关事项通知如下。"
        "朱镕基同志指出，要切实加强领导，王堃同志负责具体工作。")


def page(charset: str | None = None, body: str = PARA, headline: str = "关于加强管理的通知") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"<html><head>{meta}<title>{headline}</title></head><body><h1>{headline}</h1><p>{body}</p></body></html>"


def test_gbk_only_characters_declared_gb2312_decode_as_gb18030():
    html = page("gb2312")
    with pytest.raises(UnicodeDecodeError):
        html.encode("gbk").decode("gb2312")  # the trap: Python's gb2312 codec rejects 镕
    d = decode(html.encode("gbk"))
    assert (d.encoding, d.step) == ("gb18030", "meta")
    assert d.text == html and "镕" in d.text and "堃" in d.text
    assert d.flags == []


def test_gbk_without_declaration_is_detected():
    html = page(None, PARA * 2)
    d = decode(html.encode("gbk"))
    assert d.step == "detected"
    assert d.encoding == "gb18030"
    assert d.text == html


def test_utf8_wins_over_a_lying_gb2312_label():
    html = page("gb2312")
    d = decode(html.encode("utf-8"))
    assert (d.encoding, d.step) == ("utf-8", "utf-8")
    assert d.text == html


def test_gb18030_four_byte_characters():
    body = PARA + "𠀀𪚥€"  # CJK Ext-B and the euro sign need gb18030's four-byte / extended codes
    html = page("gb18030", body)
    data = html.encode("gb18030")
    assert b"\x95\x32\x82\x36" in data  # 𠀀 really is a four-byte sequence
    d = decode(data)
    assert d.encoding == "gb18030" and d.text == html


def test_gbk_label_with_euro_byte():
    html = page("gbk", PARA + "价格：100€")
    d = decode(html.encode("gb18030"))
    assert d.text == html


def test_big5_label_reads_as_big5hkscs():
    html = page("big5", "政府資訊公開，行政院新聞稿。香港特別行政區政府發布㗎。" * 3, headline="關於加強管理的通知")
    d = decode(html.encode("big5hkscs"))
    assert (d.encoding, d.step) == ("big5hkscs", "meta")
    assert d.text == html


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    html = page("gb2312")
    d = decode(bom + html.encode(codec))
    assert d.step == "bom"
    assert d.text.lstrip("\ufeff") == html


def test_http_label_is_used_before_the_meta_label():
    html = page("big5")  # the page lies; the transport knows
    d = decode(html.encode("gbk"), http_charset="text/html; charset=GBK")
    assert (d.encoding, d.step) == ("gb18030", "http")
    assert d.text == html


def test_truncated_multibyte_tail_keeps_utf8():
    data = page(None).encode("utf-8") + "中".encode("utf-8")[:2]
    d = decode(data)
    assert (d.encoding, d.step) == ("utf-8", "utf-8-repaired")
    assert d.text.startswith(page(None)) and d.text.endswith("\ufffd")
    assert "decode-replaced" in d.flags and d.replaced == 1


def test_one_broken_sequence_inside_utf8_keeps_utf8():
    good = page("gb2312").encode("utf-8")
    i = good.index("镕".encode("utf-8"))
    d = decode(good[:i] + b"\xf0\x9f" + good[i:])  # a cut emoji in the middle of the page
    assert d.encoding == "utf-8" and "镕" in d.text and "堃" in d.text


def test_truncated_gbk_tail():
    data = page("gbk").encode("gbk")[:-30] + "中".encode("gbk")[:1]
    d = decode(data)
    assert d.encoding == "gb18030"
    assert "朱镕基" in d.text
    assert "decode-replaced" in d.flags


def test_latin1_label_on_gbk_bytes_is_overridden():
    html = page("iso-8859-1", PARA * 2)
    d = decode(html.encode("gbk"))
    assert d.encoding == "gb18030" and d.step == "meta-overridden"
    assert d.text == html


def test_latin1_label_on_latin_text_is_kept():
    html = page("iso-8859-1", "Le président a déclaré à la presse que l'été serait chaud. " * 5, headline="Été")
    d = decode(html.encode("latin-1"))
    assert d.encoding == "cp1252" and d.text == html


def test_empty_input():
    d = decode(b"")
    assert d.text == "" and d.flags == []


def test_str_input_is_passed_through():
    d = decode("<p>已是文本</p>")
    assert (d.text, d.encoding, d.step) == ("<p>已是文本</p>", None, "str")


def test_binary_garbage_never_raises_and_is_flagged():
    rnd = random.Random(7)
    for n in (3, 64, 4000):
        data = bytes(rnd.getrandbits(8) for _ in range(n))
        d = decode(data)
        assert isinstance(d.text, str)
        if n >= 64:
            assert {"decode-suspect", "decode-replaced"} & set(d.flags)


def test_nul_heavy_binary_is_flagged():
    d = decode(b"\x00\x01\x02\x03" * 500 + b"\xff\xfe\xfd")
    assert "decode-suspect" in d.flags


def test_resolve_label():
    assert resolve_label("GB2312") == "gb18030"
    assert resolve_label(" gbk ") == "gb18030"
    assert resolve_label("x-gbk") == "gb18030"
    assert resolve_label("BIG5") == "big5hkscs"
    assert resolve_label("UTF-16") == "utf-8"
    assert resolve_label("no-such-charset") is None
    assert resolve_label(None) is None


def test_clean_records_encoding_and_step():
    doc = cleanrepost.clean(page("gb2312").encode("gbk"))
    assert doc.encoding == "gb18030"
    assert doc.meta["encoding_step"] == "meta"
    assert "朱镕基" in doc.text
    doc = cleanrepost.clean(page("gb2312"))
    assert doc.encoding is None and "encoding_step" not in doc.meta


def test_control_characters_are_dropped_for_the_parser():
    d = decode(page("utf-8").replace("朱镕基", "朱\x00镕\x1f基").encode("utf-8"))
    assert "朱镕基" in d.text and "control-chars-removed" in d.flags
    d = decode("<p>a\ud800b\x0cc</p>")
    assert d.text == "<p>abc</p>"
    doc = cleanrepost.clean("<html><body><h1>标\x01题</h1><p>正文\x00内容。</p><script>x\x02</script></body></html>")
    assert doc.paragraphs == ["正文内容。"]
