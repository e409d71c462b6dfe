"""HTML main-content extraction: parsing that survives real pages, container choice, in-container chrome.

The pages below are hand-written in the shapes Chinese government and repost sites use (TRS / UCAP / plain div
templates, GBK and UTF-8).  The corpus test at the end checks generic properties against the dev corpus gold.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

import cleanrepost
from cleanrepost import KINDS, Lexicon
from cleanrepost.segment_html import parse, segment_html

from conftest import CORPUS, corpus_case

P1 = "为进一步做好今年春季农业生产工作，市农业农村局近日印发通知，要求各地抓紧抓实春耕备耕各项措施，确保粮食稳产增产。"
P2 = "通知指出，各区县要加强农资市场监管，严厉打击制售假劣农资行为，保障农民群众用上放心农资。"
P3 = "通知强调，要组织农技人员深入田间地头，开展技术指导服务，帮助农民解决生产中遇到的实际问题。"
ARTICLE = [P1, P2, P3]


def nav(n: int, prefix: str = "栏目") -> str:
    return "".join(f'<li><a href="/c{i}/">{prefix}{i}</a></li>' for i in range(n))


def sidebar(n: int) -> str:
    return "".join(f'<li><a href="/n/{i}.html">某地召开第{i}次工作推进会议部署相关工作</a><span>2024-05-{i % 28 + 1:02d}</span></li>'
                   for i in range(n))


FOOTER = ('<div class="footer"><p>主办单位：某市人民政府办公室</p><p>版权所有 某市人民政府</p>'
          '<p>京ICP备12345678号 京公网安备11010502000001号</p></div>')


def page(article_html: str, *, charset: str = "utf-8", head_extra: str = "", before: str = "", after: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>春耕通知_某市人民政府</title>{head_extra}</head>'
            f'<body><div class="header"><ul class="nav">{nav(12)}</ul></div>'
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻中心</a></div>{before}'
            f'<div class="main"><div class="left">{article_html}</div>'
            f'<div class="right"><h3>热点新闻</h3><ul>{sidebar(10)}</ul></div></div>{after}{FOOTER}</body></html>')


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


def canon(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isalnum())


def assert_article(doc, expected: list[str] = ARTICLE) -> None:
    for p in expected:
        assert p in doc.paragraphs, f"missing paragraph {p[:20]}"
    for chrome in ("栏目3", "某地召开第", "ICP备", "版权所有", "当前位置"):
        assert chrome not in doc.text, f"chrome leaked: {chrome}"
    assert all(r.kind in KINDS and r.reason for r in doc.removed)


# -- templates ------------------------------------------------------------------------------------------------

def test_trs_editor_template_in_gbk_bytes():
    html = page('<h1>市农业农村局部署春耕备耕工作</h1><div class="info">发布时间：2024-03-05 来源：市农业农村局</div>'
                f'<div class="TRS_Editor">{paras(ARTICLE)}</div>'
                '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>', charset="gb2312")
    doc = cleanrepost.clean(html.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert_article(doc)
    assert "分享到" not in doc.text
    kinds = {r.kind for r in doc.removed}
    assert "footer" in kinds and ("outside-content" in kinds or "navigation" in kinds)


def test_ucap_content_keeps_document_parts_and_attachments():
    article = ('<td id="UCAP-CONTENT">' + f"<p>{P1}</p>"
               + '<p><a href="/files/a1.docx">附件：1.春耕备耕工作要点</a></p>'
               + '<p><a href="/files/a2.xlsx">2.农资供应情况统计表.xlsx</a></p>'
               + "<p>抄送：市委办公室，市人大常委会办公室。</p><p>某市人民政府办公室 2024年3月5日印发</p></td>")
    doc = cleanrepost.clean(page(f"<table><tr>{article}</tr></table>"))
    assert P1 in doc.paragraphs
    assert any(p.startswith("附件") for p in doc.paragraphs)
    assert any("统计表" in p for p in doc.paragraphs)
    assert any(p.startswith("抄送") for p in doc.paragraphs)
    assert any(p.endswith("印发") for p in doc.paragraphs)


def test_plain_div_template_against_teaser_list():
    # A "推荐阅读" list of title link / teaser / date triples beside the article: the teasers are prose too.
    teasers = "".join(f'<div class="item"><a href="/t/{i}.html">推荐文章标题第{i}篇</a>'
                      f"<div>这是一段推荐文章的内容摘要，介绍了有关工作的进展情况，共有{i}项内容。</div>"
                      f"<span>2024-05-0{i % 9 + 1}</span></div>" for i in range(12))
    html = page(f'<div id="a1"><div>{paras(ARTICLE)}</div></div>', after=f'<div class="m1"><div>推荐阅读</div>{teasers}</div>')
    doc = cleanrepost.clean(html)
    assert_article(doc)
    assert "摘要" not in doc.text


def test_short_notice_on_long_navigation_page():
    notice = "经研究，定于2024年3月8日上午9时在市政府第一会议室召开全市安全生产工作会议，请各单位主要负责同志准时参加。"
    html = ('<html><body><div class="top">' + nav(150) + "</div>"
            + f'<div class="con"><h2>会议通知</h2><p>{notice}</p></div>'
            + '<div class="links">' + nav(80, "友情链接") + "</div>" + FOOTER + "</body></html>")
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == [notice]
    assert "content-unsure" not in doc.flags


# -- parsing that survives real pages ------------------------------------------------------------------------

def test_stray_end_html_after_included_header_does_not_lose_the_article():
    html = ('<html><body><div class="head">' + nav(5) + "</div></body></html>\n"
            f'<div class="content">{paras(ARTICLE)}</div>' + FOOTER + "</body></html>")
    doc = cleanrepost.clean(html)
    assert_article(doc)


def test_deep_nesting_is_flattened_and_flagged_not_lost():
    deep = "<div><font>" * 3000 + paras(ARTICLE) + "</font></div>" * 3000
    doc = cleanrepost.clean("<html><body>" + deep + "</body></html>")
    assert "depth-limited" in doc.flags
    for p in ARTICLE:
        assert p in doc.text


def test_unclosed_deep_inline_soup_does_not_raise():
    doc = cleanrepost.clean("<html><body>" + "<span><b>" * 20000 + P1)
    assert P1 in doc.text


@pytest.mark.parametrize("data", ["<html><body></body></html>", "<!-- only a comment -->", "<?xml version='1.0' encoding='gbk'?><html><body><p>" + P1 + "</p></body></html>",
                                  "</html></body></html>", "<html><body>" + "<table>" * 500 + P1])
def test_odd_markup_gives_a_document(data):
    doc = cleanrepost.clean(data, kind="html")
    assert isinstance(doc, cleanrepost.Document)


def test_parse_never_expands_external_entities():
    html = ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>'
            f"<p>{P1}&x;</p></body></html>")
    root, _ = parse(html)
    assert "root:" not in root.text_content()


# -- hidden text ----------------------------------------------------------------------------------------------

def test_hidden_elements_are_removed_and_recorded():
    article = (f'<div class="content"><p>{P1}</p><div style="display: none">首页 &gt; 隐藏栏目路径</div>'
               f'<div style="VISIBILITY:hidden">隐藏的来源说明</div><div hidden>隐藏属性文本</div>'
               f'<p>{P2[:10]}<span class="jammer">&amp; o7 $ Z5 x7</span>{P2[10:]}</p><p>{P3}</p></div>')
    doc = cleanrepost.clean(page(article))
    assert_article(doc)
    hidden = [r.text for r in doc.removed if r.kind == "hidden"]
    assert any("隐藏栏目路径" in t for t in hidden)
    assert any("隐藏的来源说明" in t for t in hidden)
    assert any("隐藏属性文本" in t for t in hidden)
    assert any("o7" in t for t in hidden)
    assert "隐藏" not in doc.text and "o7" not in doc.text


def test_a_hidden_article_revealed_by_script_is_kept():
    html = f'<html><body><div style="display:none" id="art">{paras(ARTICLE)}</div></body></html>'
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == ARTICLE


# -- chrome inside the article container --------------------------------------------------------------------

def test_related_box_editor_line_and_pager_inside_container():
    article = (f'<div class="article">{paras(ARTICLE)}'
               '<div class="page">【1】【2】【3】 <a href="#">下一页</a></div>'
               '<div class="related_box"><div class="related_title">延伸阅读</div><ul>'
               '<li><a href="/r1.html">全市春耕备耕工作会议召开</a></li><li><a href="/r2.html">农资打假专项行动启动</a></li>'
               '<li><a href="/r3.html">春季农业技术培训开班</a></li></ul></div>'
               "<p>责任编辑：王小明</p></div>")
    doc = cleanrepost.clean(page(article))
    assert_article(doc)
    assert doc.paragraphs == ARTICLE
    assert doc.editor == "王小明"
    kinds = {r.kind for r in doc.removed}
    assert "pager" in kinds and ("related" in kinds or "sidebar" in kinds)


def test_promo_heading_inside_article_is_not_the_headline():
    article = (f'<div id="endText">{paras(ARTICLE)}<div class="promo"><h1>重点推荐</h1>'
               '<span><a href="/m/">更多精彩资讯请点击</a></span></div>'
               '<div><p><b>要闻</b></p><p><a href="/1.html">某某工作取得新进展</a> <a href="/2.html">某某会议召开</a></p>'
               '<p><a href="/3.html">某某活动顺利举行</a></p></div></div>')
    doc = cleanrepost.clean(page("<h1>市农业农村局部署春耕备耕工作</h1>" + article))
    assert doc.paragraphs == ARTICLE


def test_document_table_is_kept_one_block_per_cell():
    table = ("<table><tr><th>作物</th><th>面积（万亩）</th></tr><tr><td>小麦</td><td>120</td></tr>"
             "<tr><td>玉米</td><td>95</td></tr></table>")
    seg = segment_html(page(f'<div class="TRS_Editor">{paras(ARTICLE)}{table}</div>'), Lexicon.default())
    cells = [b for b in seg.blocks if b.table_row is not None]
    assert [b.text for b in cells] == ["作物", "面积（万亩）", "小麦", "120", "玉米", "95"]
    assert cells[2].table_row == cells[3].table_row != cells[0].table_row
    doc = cleanrepost.clean(page(f'<div class="TRS_Editor">{paras(ARTICLE)}{table}</div>'))
    assert "小麦" in doc.paragraphs and "95" in doc.paragraphs


def test_headline_split_over_lines_inside_the_article_is_not_body():
    article = ('<div class="content"><p>市农业农村局关于做好<br>春耕备耕工作的通知</p>' + paras(ARTICLE) + "</div>")
    html = page(article, head_extra='<meta name="ArticleTitle" content="市农业农村局关于做好春耕备耕工作的通知">')
    seg = segment_html(html, Lexicon.default())
    assert canon(seg.title_hint or "") == canon("市农业农村局关于做好春耕备耕工作的通知")
    assert [b.text for b in seg.blocks][:1] == [P1]
    assert {r.kind for r in seg.removed if "春耕备耕工作的通知" in r.text} == {"title-repeat"}


def test_outside_blocks_are_all_recorded():
    html = page(f'<div class="content">{paras(ARTICLE)}</div>')
    doc = cleanrepost.clean(html)
    removed = " ".join(r.text for r in doc.removed)
    for i in range(10):
        assert f"某地召开第{i}次" in removed
    assert "栏目11" in removed


def test_deterministic_output():
    html = page(f'<div class="content">{paras(ARTICLE)}</div>').encode("utf-8")
    assert cleanrepost.clean(html).to_dict() == cleanrepost.clean(html).to_dict()


# -- the alternative engine ------------------------------------------------------------------------------------

def test_trafilatura_engine_gives_a_document_through_our_pipeline():
    pytest.importorskip("trafilatura")
    html = page(f'<div class="content">{paras(ARTICLE)}<p>责任编辑：王小明</p></div>')
    doc = cleanrepost.clean(html.encode("gbk"), engine="trafilatura", http_charset="gbk")
    assert "engine-trafilatura" in doc.flags
    assert P1 in doc.text
    assert "责任编辑" not in doc.text  # our line rules still run on its text


def test_trafilatura_engine_is_a_segmenter_with_segment_htmls_signature_and_block_limit():
    """Both segmenters take (html, lexicon, *, max_blocks) and bound the blocks alike: past the limit, one
    over-limit Removal holds the rest and the page is flagged truncated."""
    pytest.importorskip("trafilatura")
    from cleanrepost.engines import segment_trafilatura

    html = f'<html><body><div class="content">{paras(ARTICLE * 3)}</div></body></html>'
    for segment in (segment_html, segment_trafilatura):
        seg = segment(html, Lexicon.default(), max_blocks=1)
        assert len(seg.blocks) == 1 and "truncated" in seg.flags, segment.__name__
        over = [r for r in seg.removed if r.kind == "over-limit"]
        assert len(over) == 1 and over[0].reason == "limit:max-blocks", segment.__name__


def test_clean_passes_max_blocks_to_the_trafilatura_engine():
    """clean(engine="trafilatura", max_blocks=N) bounds the blocks as the default engine does (it used to drop the
    option on the way to the engine)."""
    pytest.importorskip("trafilatura")
    html = f'<html><body><div class="content">{paras(ARTICLE * 3)}</div></body></html>'
    doc = cleanrepost.clean(html, engine="trafilatura", max_blocks=1)
    assert "truncated" in doc.flags
    assert [r.reason for r in doc.removed if r.kind == "over-limit"] == ["limit:max-blocks"]


# -- dev corpus: generic properties against gold --------------------------------------------------------------

def _html_cases() -> list[str]:
    cases = CORPUS / "cases"
    if not cases.is_dir():
        return ["absent"]
    return sorted(p.parent.name for p in cases.glob("*/input.html"))


@pytest.mark.parametrize("case_id", _html_cases())
def test_corpus_html_case_keeps_the_article_and_drops_the_chrome(case_id):
    raw, gold = corpus_case(case_id)
    doc = cleanrepost.clean(raw)
    out = canon(doc.text)
    gold_body = canon("".join(gold["body"]))
    required = [canon(p) for p in gold["body"] if p not in (gold.get("body_optional") or []) and len(canon(p)) >= 2]
    found = sum(1 for p in required if p in out)
    assert found >= 0.95 * len(required), f"{case_id}: {found}/{len(required)} gold paragraphs"
    leaked = [s for s in gold["boilerplate"] if len(canon(s)) >= 4 and canon(s) not in gold_body and canon(s) in out]
    assert not leaked, f"{case_id}: boilerplate in body: {leaked}"
    assert all(r.kind in KINDS and r.reason for r in doc.removed)


def test_publicity_list_table_without_punctuation_stays_with_its_intro():
    intro = "根据有关规定，现将拟表彰的先进个人名单予以公示，公示期为5个工作日。"
    rows = "".join(f"<tr><td>{i}</td><td>张{'三四五六七'[i % 5]}{i}</td><td>某县农业农村局</td><td>农艺师</td></tr>"
                   for i in range(1, 31))
    html = page(f'<div class="box"><p>{intro}</p><table><tr><th>序号</th><th>姓名</th><th>单位</th><th>职务</th></tr>{rows}'
                "</table><p>联系电话：0123-4567890</p></div>")
    doc = cleanrepost.clean(html)
    assert intro in doc.paragraphs
    assert "张四1" in doc.paragraphs and "农艺师" in doc.paragraphs and "序号" in doc.paragraphs
    assert_article(doc, [intro])


def test_br_separated_paragraphs_in_one_div():
    html = page('<div id="zoom">' + "<br><br>".join(ARTICLE) + "</div>")
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == ARTICLE


def test_a_long_comment_thread_does_not_outscore_the_article():
    comments = "".join(f'<div class="comment-item"><span class="user">网友{i}</span>'
                       f"<p>我觉得这项工作非常重要，希望相关部门继续加大力度，切实把好事办好，让群众得到更多实惠，第{i}条。</p></div>"
                       for i in range(15))
    html = page(f'<div class="content">{paras(ARTICLE)}</div><div id="comments">{comments}</div>')
    doc = cleanrepost.clean(html)
    assert_article(doc)
    assert "网友" not in doc.text and "希望相关部门" not in doc.text


def test_article_typed_with_half_width_punctuation():
    half = [p.replace("，", ",").replace("。", ".") for p in ARTICLE]
    html = page('<div class="TRS_Editor">' + paras(half) + "</div>",
                after='<div class="notice"><p>温馨提示：本网站由市政府办公室主办，欢迎社会各界监督，提出宝贵意见。</p></div>')
    doc = cleanrepost.clean(html, script="keep")
    for p in half:
        assert canon(p) in canon(doc.text)
    assert "温馨提示" not in doc.text


def test_page_without_prose_is_flagged_content_unsure():
    html = "<html><body><ul>" + nav(40) + "</ul>" + FOOTER + "</body></html>"
    doc = cleanrepost.clean(html, engine="cleanrepost")
    assert "content-unsure" in doc.flags
    assert "engine-fallback" not in doc.flags
