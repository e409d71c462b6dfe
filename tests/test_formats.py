"""formats.py: every rendering of a Document, checked by parsing it back (markdown with a real CommonMark parser,
html/xml with lxml, csv/json with the standard library) — issue #12."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree
import lxml.html

import cleanrepost
from cleanrepost import formats
from cleanrepost.batch import render_markdown, render_text
from cleanrepost.body import Cell, ListItem, Paragraph, Table

from test_structure import DUMP, PAGE, PAGE_URL

markdown_it = pytest.importorskip("markdown_it")
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cases"
_OWN_NUMBER = re.compile(r"^\d{1,9}[.．、)）]\s*")


def md_parser():
    return markdown_it.MarkdownIt("commonmark").enable("table")


def md_text(md: str) -> str:
    """The text a CommonMark renderer shows (inline text and code), image alts included."""
    out = []
    for tok in md_parser().parse(md):
        if tok.type == "inline":
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    out.append(child.content)
                elif child.type == "image":
                    out.append(child.content)
        elif tok.type in ("fence", "code_block"):
            out.append(tok.content)
    return "".join(out)


def canon(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def expected_md_text(doc, images: bool = False) -> str:
    parts = [doc.title or ""]
    for part in doc.body:
        if isinstance(part, ListItem) and part.ordered:
            parts.append(_OWN_NUMBER.sub("", part.text))  # the item's own number becomes the list marker
        elif part.kind == "image":
            parts += ([part.alt] if images else []) + ([part.caption] if part.caption else [])
        else:
            parts.extend(part.texts())
    parts += [a["name"] for a in doc.attachments]
    parts += [label + value for label, value in formats._facts(doc)]
    return "".join(parts)


@pytest.fixture(scope="module")
def doc():
    return cleanrepost.clean(PAGE, url=PAGE_URL)


def test_registry_has_every_format():
    assert set(formats.FORMATS) == {"txt", "json", "markdown", "html", "xml", "csv"}


def test_markdown_structure_and_escaping(doc):
    md = formats.render(doc, "markdown", include_links=True, include_images=True)
    tokens = md_parser().parse(md)
    types = [t.type for t in tokens]
    assert "table_open" in types and "ordered_list_open" in types and "bullet_list_open" in types
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h1", "h2"]
    html = md_parser().render(md)
    assert "<p>1. 加强组织领导" in html  # a paragraph, not a list, and no visible backslash
    assert "&lt;b&gt;注意&lt;/b&gt;" in html and "<b>" not in html  # literal text, not bold
    assert '<a href="http://files.example.gov.cn/x/list.html">项目清单说明</a>' in html
    assert '<img src="http://files.example.gov.cn/img/map.jpg" alt="项目分布图"' in html
    assert '<a href="http://files.example.gov.cn/files/plan.pdf">' in html  # attachments kept
    assert "\\" not in md_text(md)
    assert canon(md_text(md)) == canon(expected_md_text(doc, images=True))


def test_markdown_defaults_leave_links_and_images_out(doc):
    md = formats.render(doc, "markdown")
    assert "](<http://files.example.gov.cn/x/list.html>)" not in md and "![" not in md
    assert "图1 项目分布图" in md  # a caption is a paragraph, kept without its image
    assert canon(md_text(md)) == canon(expected_md_text(doc))


@pytest.mark.parametrize("text", ["1. 加强", "1) 加强", "- 一项", "+ 一项", "# 标题", "> 引用", "* 星", "---", "===",
                                  "<b>注意</b>", "`代码`", "[链接](http://x.cn)", "a_b_c *d* \\e", "| a | b |",
                                  "&amp; &#x41;", "~~删除~~", "    缩进", "![图](x.png)", "10. 第十"])
def test_markdown_paragraph_renders_as_itself(text):
    doc = cleanrepost.Document(title="题目", paragraphs=[text], body=[Paragraph(text)])
    tokens = md_parser().parse(formats.render(doc, "markdown"))
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close",
                                        "paragraph_open", "inline", "paragraph_close"]
    assert md_text(formats.render(doc, "markdown")) == "题目" + text.strip()


def test_html_is_semantic_and_escaped(doc):
    out = formats.render(doc, "html", include_links=True, include_images=True)
    tree = lxml.html.document_fromstring(out)
    assert tree.find(".//article/h1").text == doc.title
    assert len(tree.findall(".//table//th")) == 3 and tree.find(".//td[@colspan='2']").text == "合计"
    assert tree.find(".//ol/li/ul/li").text == "分级负责，层层落实到位。"
    assert tree.find(".//figure/img").get("src") == "http://files.example.gov.cn/img/map.jpg"
    assert "&lt;b&gt;注意&lt;/b&gt;" in out
    assert canon(tree.find(".//article").text_content()).startswith(canon(doc.title + doc.text))


def test_xml_is_well_formed_trafilatura_like(doc):
    out = formats.render(doc, "xml", include_links=True, include_images=True)
    root = etree.fromstring(out.encode("utf-8"))
    assert root.tag == "doc" and root.get("title") == doc.title and root.get("url") == PAGE_URL
    main = root.find("main")
    assert main.find("head").get("rend") == "h2"
    assert main.find("list").get("rend") == "ol" and main.find("list/item/list").get("rend") == "ul"
    assert [c.get("role") for c in main.find("table/row")] == ["head"] * 3
    assert main.find("graphic").get("src").endswith("/img/map.jpg")
    assert main.find("p/ref").get("target") == "http://files.example.gov.cn/x/list.html"
    bad = cleanrepost.Document(title="a\x01b", paragraphs=["c\x0bd"], body=[Paragraph("c\x0bd")])
    etree.fromstring(formats.render(bad, "xml").encode())  # control characters left out, still well-formed


def test_csv_one_row_per_document(doc):
    out = formats.render_many([doc, cleanrepost.clean(DUMP)], "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(formats.CSV_COLUMNS) and len(rows) == 3
    assert rows[1][formats.CSV_COLUMNS.index("text")] == doc.text
    assert cleanrepost.extract(PAGE, PAGE_URL, output_format="csv") == formats.render_many([doc], "csv")


def test_json_and_txt(doc):
    assert json.loads(formats.render(doc, "json")) == doc.to_dict()
    assert formats.render(doc, "txt") == doc.text == cleanrepost.extract(PAGE, PAGE_URL)
    meta = cleanrepost.extract(PAGE, PAGE_URL, with_metadata=True)
    assert meta.startswith("---\ntitle: " + doc.title + "\n") and meta.endswith(doc.text)
    assert cleanrepost.extract(PAGE, output_format="xmltei").startswith("<doc")
    with pytest.raises(cleanrepost.CleanError):
        cleanrepost.extract(PAGE, output_format="docx")


def test_batch_writers_render_through_the_registry(doc):
    assert render_text(doc) == doc.title + "\n\n" + "\n".join(doc.paragraphs) + "\n"
    assert render_markdown(doc) == formats.render(doc, "markdown")


def test_every_format_of_a_text_dump():
    doc = cleanrepost.clean(DUMP)
    md = formats.render(doc, "markdown")
    assert "table_open" in [t.type for t in md_parser().parse(md)]
    assert canon(md_text(md)) == canon(expected_md_text(doc))
    for fmt in formats.FORMATS:
        assert formats.render(doc, fmt)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus absent")
def test_corpus_markdown_parses_into_the_same_text():
    for path in sorted(CORPUS.glob("*/input.*")):
        doc = cleanrepost.clean(path.read_bytes())
        for links in (False, True):
            md = formats.render(doc, "markdown", include_links=links)
            assert canon(md_text(md)) == canon(expected_md_text(doc)), path.parent.name
        etree.fromstring(formats.render(doc, "xml").encode("utf-8"))
        lxml.html.document_fromstring(formats.render(doc, "html"))


def test_a_document_without_body_renders_its_paragraphs():
    doc = cleanrepost.Document(title="题目", paragraphs=["第一段。", "1. 第二段"])
    assert md_text(formats.render(doc, "markdown")) == "题目第一段。1. 第二段"
    assert etree.fromstring(formats.render(doc, "xml").encode()).findall("main/p")[1].text == "1. 第二段"


_ALPHABET = "".join(chr(c) for c in range(0x21, 0x7f)) + " 加强注意一二。，：、１２（）\u3000"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
def test_any_paragraph_renders_as_itself(text):
    """Whatever ASCII punctuation a paragraph holds, and wherever, CommonMark shows exactly its text (whitespace
    at its edges aside, which no paragraph shows) as one paragraph; the same for a list item and a table cell."""
    visible = text.strip()
    assume(visible)
    doc = cleanrepost.Document(title="题", paragraphs=[text], body=[Paragraph(text)])
    tokens = md_parser().parse(formats.render(doc, "markdown"))
    assert [t.type for t in tokens][3:] == ["paragraph_open", "inline", "paragraph_close"]
    assert md_text(formats.render(doc, "markdown")) == "题" + visible
    cell = cleanrepost.Document(body=[Table(rows=[[Cell(text)], [Cell("x")]])], paragraphs=[text, "x"])
    assert md_text(formats.render(cell, "markdown")) == visible + "x"
    item = cleanrepost.Document(body=[ListItem(text), ListItem("y")], paragraphs=[text, "y"])
    tokens = md_parser().parse(formats.render(item, "markdown"))
    assert [t.type for t in tokens].count("list_item_open") == 2 and md_text(formats.render(item, "markdown")) == visible + "y"
