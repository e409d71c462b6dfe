"""The structured body (Document.body), attachments, the trafilatura-style keywords (issue #12).  Pages are
invented; the corpus checks read ../shared/corpus and skip when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

import cleanrepost
from cleanrepost.favor import RECALL_REASONS
from cleanrepost.body import Heading, Image, ListItem, Paragraph, Preformatted, Quote, Table, body_texts

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cases"
PAGE_URL = "http://www.example.gov.cn/a/b/page.html"

PAGE = """<html><head><base href="http://files.example.gov.cn/x/"><title>通知</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div>
<div class="article"><h1>关于开展某某专项工作的通知</h1>
<p>各区人民政府，市政府各部门：</p>
<h2>一、总体要求</h2>
<p>为进一步加强某某工作，现将有关事项通知如下，请认真贯彻执行。详见<a href="list.html">项目清单说明</a>。</p>
<ol><li>坚持问题导向，着力解决突出问题。</li><li>坚持统筹推进，形成工作合力。<ul><li>分级负责，层层落实到位。</li></ul></li></ol>
<table><thead><tr><th>项目</th><th>单位</th><th>数量</th></tr></thead>
<tr><td rowspan="2">道路</td><td>公里</td><td>12</td></tr><tr><td>米</td><td>三百</td></tr>
<tr><td colspan="2">合计</td><td>约三百</td></tr></table>
<figure><img src="/img/map.jpg" alt="项目分布图"><figcaption>图1 项目分布图</figcaption></figure>
<blockquote>引用的一段话，来自某某文件的原文，说明工作的重要意义。</blockquote>
<pre>代码 示例 一行</pre>
<p>1. 加强组织领导，落实工作责任。</p>
<p>注意 &lt;b&gt;注意&lt;/b&gt; 事项要说清楚，不得遗漏。</p>
<p>附件：<a href="../files/plan.pdf">某某工作方案.pdf</a></p>
<p>附件2：<a href="/down.jsp?file=report.xlsx">统计表</a></p>
</div></body></html>"""


def _parts(doc, cls):
    return [p for p in doc.body if isinstance(p, cls)]


@pytest.fixture(scope="module")
def doc():
    return cleanrepost.clean(PAGE, url=PAGE_URL)


def test_every_structure_is_kept(doc):
    assert doc.title == "关于开展某某专项工作的通知"
    assert [h.text for h in _parts(doc, Heading)] == ["一、总体要求"] and _parts(doc, Heading)[0].level == 2
    items = _parts(doc, ListItem)
    assert [(i.ordered, i.depth) for i in items] == [(True, 1), (True, 1), (False, 2)]
    (table,) = _parts(doc, Table)
    assert [[c.text for c in row] for row in table.rows] == [["项目", "单位", "数量"], ["道路", "公里", "12"],
                                                             ["米", "三百"], ["合计", "约三百"]]
    assert all(c.header for c in table.rows[0]) and not any(c.header for c in table.rows[1])
    assert (table.rows[1][0].rowspan, table.rows[3][0].colspan) == (2, 2)
    (image,) = _parts(doc, Image)
    assert (image.src, image.alt, image.caption) == ("http://files.example.gov.cn/img/map.jpg", "项目分布图",
                                                     "图1 项目分布图")
    assert _parts(doc, Quote)[0].text.startswith("引用的一段话")
    assert _parts(doc, Preformatted)[0].text == "代码 示例 一行"
    linked = [p for p in _parts(doc, Paragraph) if p.links][0]
    link = linked.links[0]
    assert linked.text[link.start:link.end] == "项目清单说明"
    assert link.url == "http://files.example.gov.cn/x/list.html"  # <base href> wins over the page URL


def test_body_holds_exactly_the_paragraphs(doc):
    assert body_texts(doc.body) == doc.paragraphs
    assert "首页" not in doc.text  # the classifier's view is kept: the nav bar is not in the body


def test_attachments_absolute_in_order(doc):
    assert doc.attachments == [
        {"name": "某某工作方案.pdf", "url": "http://files.example.gov.cn/files/plan.pdf", "type": "pdf"},
        {"name": "统计表", "url": "http://files.example.gov.cn/down.jsp?file=report.xlsx", "type": "xlsx"}]
    assert doc.to_dict()["attachments"] == doc.attachments


def test_attachments_resolve_against_page_url_without_base():
    page = PAGE.replace('<base href="http://files.example.gov.cn/x/">', "")
    urls = [a["url"] for a in cleanrepost.clean(page, url=PAGE_URL).attachments]
    assert urls == ["http://www.example.gov.cn/a/files/plan.pdf", "http://www.example.gov.cn/down.jsp?file=report.xlsx"]


def test_one_cell_table_is_a_frame_not_a_table():
    page = ("<html><body><div class=article><h1>某某市某某管理办法</h1><table><tr><td><p>第一章　总则</p>"
            "<p>第一条　为了规范某某工作，根据有关法律，制定本办法，请各单位认真执行。</p>"
            "<p>第二条　本办法适用于本市行政区域内的某某活动，有关部门应当依法履行职责。</p></td></tr></table>"
            "</div></body></html>")
    doc = cleanrepost.clean(page)
    assert not _parts(doc, Table) and _parts(doc, Heading)[0].text == "第一章　总则"


def test_layout_table_cells_are_not_a_table():
    page = ("<html><body><table><tr><td><table><tr><td>菜单</td></tr></table></td><td><div class=article>"
            "<p>某某县召开会议，研究部署下一阶段重点工作，要求各部门抓好落实。</p>"
            "<p>会议指出，要坚持稳中求进，统筹发展和安全，推动各项工作取得新成效。</p></div></td></tr></table>"
            "</body></html>")
    doc = cleanrepost.clean(page)
    assert not _parts(doc, Table) and body_texts(doc.body) == doc.paragraphs


SOURCE_PAGE = ("<html><body><div class=content><h1>某某县召开安全生产工作会议部署工作</h1>"
               "<p>来源：某某日报 原文链接：<a href=\"/art/2024/3/5/art_1_123.html\">/art/2024/3/5/art_1_123.html</a></p>"
               "<p>3月5日，某某县召开安全生产工作会议，会议强调要压实责任，确保安全形势稳定。</p>"
               "<p>会议要求，各部门要切实履行职责，加强隐患排查治理，坚决防范遏制重大事故发生。</p></div></body></html>")


def test_relative_source_url_resolved_against_page_url():
    doc = cleanrepost.clean(SOURCE_PAGE, url="http://www.example.gov.cn/news/1.html")
    assert doc.source_url == "http://www.example.gov.cn/art/2024/3/5/art_1_123.html"
    assert "source_url_declared" not in doc.meta
    bare = cleanrepost.clean(SOURCE_PAGE)  # no base: it stays declared, not a URL
    assert bare.source_url is None and bare.meta["source_url_declared"] == "/art/2024/3/5/art_1_123.html"


DUMP = ("关于做好某某工作的通知\n\n一、总体要求\n各单位要高度重视，认真组织实施，确保各项任务落到实处。\n"
        "1. 加强组织领导，明确工作责任。\n2. 强化督促检查，确保取得实效。\n"
        "| 道路 | 公里 | 12 |\n| 桥梁 | 座 | 3 |\n（一）工作目标\n"
        "到2025年，基本建成某某体系，全面完成各项工作任务。\n")


def test_text_dump_structure_recognised_paragraphs_unchanged():
    doc = cleanrepost.clean(DUMP)
    lines = [x for x in DUMP.split("\n")[1:] if x]
    assert doc.paragraphs == lines  # the structure is only in the body
    kinds = [p.kind for p in doc.body]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "table", "heading", "paragraph"]
    assert [h.level for h in _parts(doc, Heading)] == [2, 3]
    assert [[c.text for c in r] for r in _parts(doc, Table)[0].rows] == [["道路", "公里", "12"], ["桥梁", "座", "3"]]
    assert body_texts(doc.body) == doc.paragraphs


def test_one_numbered_line_is_no_list():
    doc = cleanrepost.clean("标题行\n\n1. 加强组织领导，明确工作责任，确保落实。\n各单位要高度重视，认真组织实施。\n")
    assert not _parts(doc, ListItem)


# -- trafilatura-compatible keywords -----------------------------------------------------------------------------

def test_extract_url_positional_and_keywords_accepted():
    text = cleanrepost.extract(PAGE, PAGE_URL, include_comments=False, include_formatting=True, deduplicate=True,
                               record_id="1", config=None)
    assert text == cleanrepost.clean(PAGE, url=PAGE_URL).text
    assert cleanrepost.extract(PAGE, PAGE_URL, include_tables=False).count("公里") == 0
    meta = cleanrepost.extract_metadata(SOURCE_PAGE, "http://www.example.gov.cn/news/1.html")
    assert meta["source_url"].endswith("art_1_123.html") and meta["hostname"] == "www.example.gov.cn"
    d = cleanrepost.bare_extraction(PAGE, PAGE_URL, include_images=True)
    assert any(p["kind"] == "image" for p in d["body"])
    assert not any(p["kind"] == "image" for p in cleanrepost.bare_extraction(PAGE, PAGE_URL)["body"])


def test_target_language():
    assert cleanrepost.extract(PAGE, target_language="zh")
    assert cleanrepost.extract(PAGE, target_language="en") is None
    assert cleanrepost.bare_extraction(PAGE, target_language="en") is None


FAVOR_PAGE = ("关于某某工作的通知\n\n本站编辑部\n各单位要高度重视，认真组织实施，确保各项任务落到实处。\n"
              "会议要求，各部门要切实履行职责，加强隐患排查治理。\n免责声明：本文转载自其他网站，仅供参考。\n"
              "春季工作安排\n")  # a short line after the disclaimer: dropped by position (tail rule), not by a lexicon rule


def test_favor_precision_and_recall_move_borderline_lines():
    base = cleanrepost.clean(FAVOR_PAGE)
    precise = cleanrepost.clean(FAVOR_PAGE, favor="precision")
    assert "本站编辑部" in base.paragraphs and "本站编辑部" not in precise.paragraphs
    assert any(r.reason == "precision:edge-line" and r.text == "本站编辑部" for r in precise.removed)
    assert cleanrepost.extract(FAVOR_PAGE, favor_precision=True) == precise.text
    recall = cleanrepost.clean(FAVOR_PAGE, favor="recall")
    dropped = [r.text for r in base.removed if r.reason in RECALL_REASONS]
    assert dropped and all(t in recall.paragraphs for t in dropped)
    assert cleanrepost.extract(FAVOR_PAGE, favor_recall=True) == recall.text
    with pytest.raises(cleanrepost.CleanError):
        cleanrepost.extract(FAVOR_PAGE, favor_precision=True, favor_recall=True)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus absent")
def test_corpus_body_holds_the_paragraphs():
    for path in sorted(CORPUS.glob("*/input.*")):
        doc = cleanrepost.clean(path.read_bytes())
        assert body_texts(doc.body) == doc.paragraphs, path.parent.name


def test_extract_finds_nothing_on_empty_input_bare_extraction_stays_a_dict():
    assert cleanrepost.extract(b"") is None and cleanrepost.extract(b"", output_format="markdown") is None
    assert cleanrepost.bare_extraction(b"")["paragraphs"] == []
    assert cleanrepost.extract(PAGE, PAGE_URL, only_with_metadata=True) is None  # no date on the page
    assert cleanrepost.extract(PAGE, PAGE_URL, url_blacklist={PAGE_URL}) is None


def test_deduplicate_within_the_page():
    line = "会议要求，各部门要切实履行职责，加强隐患排查治理，坚决防范遏制重大事故发生。"
    page = f"<html><body><div class=article><h1>某某会议召开</h1><p>{line}</p><p>3月5日，某某县召开会议，研究部署工作。</p><p>{line}</p></div></body></html>"
    assert cleanrepost.clean(page).paragraphs.count(line) == 2
    assert cleanrepost.extract(page, deduplicate=True).count(line) == 1


def test_malformed_urls_never_raise():
    page = PAGE.replace('href="list.html"', 'href="http://[bad"').replace('../files/plan.pdf', 'http://[x/a.pdf')
    doc = cleanrepost.clean(page, url="http://[broken")
    assert body_texts(doc.body) == doc.paragraphs
    assert cleanrepost.extract_metadata(page, "http://[broken")["hostname"] is None


def test_a_laws_articles_and_clause_lines_are_not_headings():
    dump = ("某某管理条例\n\n第一章　总则\n第一条　为了规范某某管理，制定本条例。\n"
            "第二条　某某部门依照本条例履行下列职责：\n三、企业应当提供以下资料：\n（一）工作目标\n"
            "各单位要高度重视，认真组织实施，确保各项任务落到实处。\n")
    doc = cleanrepost.clean(dump)
    assert [h.text for h in _parts(doc, Heading)] == ["第一章　总则", "（一）工作目标"]
