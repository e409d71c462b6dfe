"""Markup metadata of HTML pages: headline, dates, source name and link, editor, the 政府信息公开 table, <meta> tags.

Pages here are our own writing, shaped like the furniture of real gov/portal pages.  The corpus test at the end
compares with gold wherever gold has a value, and skips when the corpus is absent.
"""
import json
import unicodedata

import lxml.html
import pytest
from conftest import CORPUS

import cleanrepost
from cleanrepost.assemble import is_article_url
from cleanrepost.html_meta import clean_source_name, element_text, read_metadata, strip_site_suffix
from cleanrepost.lexicon import Lexicon

P1 = "为进一步做好农业生产工作，市农业农村局近日组织专家深入田间地头，开展技术指导服务，帮助农户解决实际困难。"
P2 = "下一步，该局将继续加大工作力度，推动各项措施落地见效，确保全年粮食生产目标顺利完成。"


def html_page(body: str, head: str = "", title: str = "关于做好春耕生产工作的通知_某某市人民政府") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><div class='header'><h1>某某市人民政府门户网站</h1><a href='/'>首页</a></div>{body}"
            f"<div class='footer'>主办单位：某某市人民政府办公室 版权所有</div></body></html>")


def meta_of(html: str):
    root = lxml.html.document_fromstring(html)
    return read_metadata(root, Lexicon.default())


def test_info_bar_fields_and_displayed_headline():
    page = html_page(
        "<div class='article'><div class='title'>关于做好春耕生产工作的通知</div>"
        "<div class='info'><span>发布时间：2024-05-15 10:30</span><span>来源：市农业农村局</span>"
        "<span>作者：张三</span><span>【打印】【关闭】</span></div>"
        f"<div class='content'><p>{P1}</p><p>{P2}</p><p>责任编辑：李四</p></div></div>")
    doc = cleanrepost.clean(page)
    assert doc.title == "关于做好春耕生产工作的通知"
    assert doc.published == "2024-05-15T10:30"
    assert doc.source_name == "市农业农村局"
    assert doc.author == "张三" and doc.editor == "李四"
    assert doc.paragraphs == [P1, P2]
    bylines = [r for r in doc.removed if r.reason == "meta:info-bar"]
    assert bylines and all(r.kind == "byline" for r in bylines)
    assert any("发布时间" in r.text for r in bylines)


def test_gov_meta_tags():
    head = ("<meta name='ArticleTitle' content='关于做好春耕生产工作的通知'><meta name='PubDate' content='2024-05-15 09:12'>"
            "<meta name='ContentSource' content='市农业农村局'><meta name='SiteName' content='某某市人民政府'>"
            "<meta name='ColumnName' content='通知公告'><meta name='Keywords' content='春耕'>")
    doc = cleanrepost.clean(html_page(f"<div class='content'><p>{P1}</p></div>", head=head, title="某某市人民政府"))
    assert doc.title == "关于做好春耕生产工作的通知"
    assert doc.published == "2024-05-15T09:12"
    assert doc.source_name == "市农业农村局"
    assert doc.meta["SiteName"] == "某某市人民政府" and doc.meta["ColumnName"] == "通知公告"
    assert doc.meta["PubDate"] == "2024-05-15 09:12"


GOV_TABLE = """
<table class="layout"><tr><td>
 <table class="xxgk">
  <tr><td><b>索 引 号：</b></td><td>11330000/2024-00123</td><td><b>主题分类：</b></td><td>农业、林业、水利</td></tr>
  <tr><td><b>发文机关：</b></td><td>某某市人民政府办公室</td><td><b>成文日期：</b></td><td>2024年05月10日</td></tr>
  <tr><td><b>标　　题：</b></td><td colspan="3">某某市人民政府办公室关于做好春耕生产工作的通知</td></tr>
  <tr><td><b>发文字号：</b></td><td>某政办发〔2024〕12号</td><td><b>发布日期：</b></td><td>2024年05月13日</td></tr>
 </table>
 <table class="doc"><tr><td id="UCAP-CONTENT"><p>各县（市、区）人民政府：</p><p>{p1}</p><p>{p2}</p></td></tr></table>
</td></tr></table>
"""


def test_gov_table_values_go_to_meta_and_fields():
    doc = cleanrepost.clean(html_page(GOV_TABLE.format(p1=P1, p2=P2), title="通知"))
    assert doc.meta["索引号"] == "11330000/2024-00123"
    assert doc.meta["发文字号"] == "某政办发〔2024〕12号"
    assert doc.meta["成文日期"] == "2024年05月10日"
    assert doc.title == "某某市人民政府办公室关于做好春耕生产工作的通知"
    assert doc.published == "2024-05-13"  # 发布日期, not 成文日期
    assert doc.source_name == "某某市人民政府办公室"  # the issuing organ, as nothing else is credited
    assert P1 in doc.paragraphs and P2 in doc.paragraphs
    assert "索 引 号" not in doc.text and "11330000" not in doc.text
    assert [r.kind for r in doc.removed if r.reason == "meta:gov-table"] == ["metadata"]


def test_layout_table_holding_the_article_is_never_consumed():
    one_table = (f"<table><tr><td>索引号：123</td><td>发文字号：某发〔2024〕1号</td><td>发布日期：2024-05-13</td></tr>"
                 f"<tr><td colspan='3'><p>{P1 * 3}</p><p>{P2 * 3}</p></td></tr></table>")
    pm = meta_of(html_page(one_table))
    assert pm.meta["索引号"] == "123"
    assert not any(kind == "metadata" for _, kind, _ in pm.consumed)


def test_two_h1_prefers_the_one_title_confirms():
    body = ("<div id='endText'><h1>央行发布新规 稳定市场预期</h1>"
            f"<p>{P1}</p><h1>重点推荐</h1><ul><li><a href='/a'>另一篇文章</a></li></ul></div>")
    pm = meta_of(html_page(body, title="央行发布新规 稳定市场预期_某某财经_某某网"))
    assert pm.title_hint == "央行发布新规 稳定市场预期"


def test_multi_line_headline_joins_without_separator():
    body = f"<div class='article'><h2 class='title'>关于批准某某条例的决议<br>\n  （修订草案）</h2><p>{P1}</p></div>"
    pm = meta_of(html_page(body, title="关于批准某某条例的决议（修订草案）-某某网"))
    assert pm.title_hint == "关于批准某某条例的决议（修订草案）"


def test_title_falls_back_to_title_tag_without_site_suffix():
    pm = meta_of(html_page(f"<div><p>{P1}</p></div>", title="某某市召开春耕生产工作推进会议 - 政务动态 - 某某市人民政府"))
    assert pm.title_hint == "某某市召开春耕生产工作推进会议"


@pytest.mark.parametrize("title,expected", [
    ("某某市召开春耕生产工作会议_某某市人民政府", "某某市召开春耕生产工作会议"),
    ("1-10月全县固定资产投资结构趋稳_某某网", "1-10月全县固定资产投资结构趋稳"),
    ("新华视界｜河北遵化：数字农机服务助力农业生产-新华网河北频道-新华网", "新华视界｜河北遵化：数字农机服务助力农业生产"),
    ("决定__2010年第8号某某市政府公报_某某市政府网", "决定__2010年第8号某某市政府公报"),  # never cut down to a stub
    ("没有后缀的标题", "没有后缀的标题"),
])
def test_strip_site_suffix(title, expected):
    assert strip_site_suffix(title) == expected


def test_source_link_article_url_is_kept():
    body = ("<h1>某某市召开春耕生产工作会议</h1><div class='source'>2024-05-15 08:00 来源："
            "<a href='http://www.example.com.cn/news/2024-05/15/c_1130.htm'>某某日报</a> <a href='http://jubao.example.com/'>举报</a>"
            f"</div><div class='content'><p>{P1}</p></div>")
    doc = cleanrepost.clean(html_page(body, title="某某市召开春耕生产工作会议_某某网"))
    assert doc.source_url == "http://www.example.com.cn/news/2024-05/15/c_1130.htm"
    assert doc.source_name == "某某日报" and doc.published == "2024-05-15T08:00"


@pytest.mark.parametrize("href", ["http://www.example.com.cn/", "http://paper.example.com/index_rb.shtml",
                                  "http://192.168.51.134/ftp/news/a.txt", "ftp://files.example.com/a.txt",
                                  "/news/1.html"])
def test_source_link_to_home_page_or_private_host_is_declared_only(href):
    body = (f"<h1>某某市召开春耕生产工作会议</h1><div>2024-05-15 来源：<a href='{href}'>某某日报</a></div>"
            f"<div class='content'><p>{P1}</p></div>")
    doc = cleanrepost.clean(html_page(body, title="某某市召开春耕生产工作会议_某某网"))
    assert doc.source_url is None
    assert doc.meta["source_url_declared"] == href
    assert doc.source_name == "某某日报"


def test_original_article_link():
    body = (f"<h1>某某市召开春耕生产工作会议</h1><div class='content'><p>{P1}</p>"
            "<p>原文链接：<a href='https://www.example.gov.cn/art/2024/5/15/art_1_2.html'>https://www.example.gov.cn/art/2024/5/15/art_1_2.html</a></p></div>")
    doc = cleanrepost.clean(html_page(body, title="某某市召开春耕生产工作会议_某某网"))
    assert doc.source_url == "https://www.example.gov.cn/art/2024/5/15/art_1_2.html"


def test_city_suffix_is_dropped_from_source_name():
    assert clean_source_name("财经网(北京)") == "财经网"
    assert clean_source_name("第一财经日报（上海）") == "第一财经日报"
    assert clean_source_name("某某网-文化频道") == "某某网-文化频道"


def test_unlabelled_date_and_outlet_link_under_headline():
    body = ("<div class='articleName'><h1>交通运输部部署秋季安全生产工作</h1><div class='tip'><span>2019-09-26 10:56:28</span>"
            "<a href='http://kuaixun.example.com/2019/0926/15408927.shtml'>某某时报网</a></div></div>"
            f"<div class='art_contextBox'><p>{P1}</p></div>")
    doc = cleanrepost.clean(html_page(body, title="交通运输部部署秋季安全生产工作-股票频道-某某网"))
    assert doc.title == "交通运输部部署秋季安全生产工作"
    assert doc.published == "2019-09-26T10:56:28"
    assert doc.source_name == "某某时报网"
    assert doc.source_url == "http://kuaixun.example.com/2019/0926/15408927.shtml"


def test_meeting_notice_time_and_place_lines_stay_in_the_body():
    body = ("<h1>关于召开春耕生产工作会议的通知</h1><div class='content'><p>各有关单位：</p>"
            "<p>时间：2024年5月20日上午9:00</p><p>地点：市政府第一会议室</p>"
            f"<p>{P1}</p></div>")
    pm = meta_of(html_page(body, title="关于召开春耕生产工作会议的通知_某某网"))
    assert pm.consumed == []  # a bare 时间：/地点： line is content here, not an info bar
    assert "published" not in pm.fields


def test_prose_mentioning_a_source_is_not_consumed():
    long_p = "据统计，来源：各县区上报数据显示，" + P1 + P2
    pm = meta_of(html_page(f"<h1>某某市召开春耕生产工作会议</h1><div class='content'><p>{long_p}</p></div>"))
    assert pm.consumed == []


def test_source_meta_with_label_prefix():
    head = "<meta name='publishdate' content='2019-06-15'><meta name='source' content='来源：某某网-文化频道 原创稿'>"
    doc = cleanrepost.clean(html_page(f"<h1>女儿出嫁</h1><div><p>{P1}</p></div>", head=head, title="女儿出嫁--文化--某某网"))
    assert doc.source_name == "某某网-文化频道"
    assert doc.published == "2019-06-15"


def test_document_date_note_when_no_date_is_shown():
    body = ("<div class='content'><p>某某市人民代表大会常务委员会关于批准某某条例的决议</p>"
            "<p>（2010年3月1日某某市第十三届人民代表大会常务委员会第十五次会议通过）</p>"
            f"<p>{P1}</p></div>")
    doc = cleanrepost.clean(html_page(body, title="某某市人民代表大会常务委员会关于批准某某条例的决议_某某网"))
    assert doc.published == "2010-03-01"


def test_bracketed_editor_bar_inside_the_article():
    body = (f"<h1>某某市召开春耕生产工作会议</h1><div class='content'><p>{P1}</p><div>（责任编辑：王五）</div></div>")
    doc = cleanrepost.clean(html_page(body, title="某某市召开春耕生产工作会议_某某网"))
    assert doc.editor == "王五"
    assert doc.paragraphs == [P1]


def test_element_text_joins_br_lines_and_bounds_work():
    el = lxml.html.fragment_fromstring("<h1> 第一行 <br/>\n 第二行 <span>续</span></h1>")
    assert element_text(el) == "第一行第二行 续"
    big = lxml.html.fragment_fromstring("<div>" + "<p>字</p>" * 5000 + "</div>")
    assert element_text(big, 100) is None


@pytest.mark.parametrize("url,ok", [
    ("http://www.example.com/", False), ("http://culture.example.com.cn/", False),
    ("http://www.example.com/politics/", False), ("http://epaper.example.com/index_rb.shtml", False),
    ("http://10.1.2.3/a/1.html", False), ("http://localhost/a/1.html", False), ("javascript:void(0)", False),
    ("https://wap.example.com/article/7423402/7254184", True), ("http://www.example.gov.cn/ct/4-189926", True),
    ("https://api.example.com/share/8921056?channel=weixin", True), ("http://www.example.com/?id=12", True),
])
def test_is_article_url(url, ok):
    assert is_article_url(url) is ok


@pytest.mark.parametrize("data", [b"", b"<html>", "<title></title>", "<html><head><title>_</title></head></html>",
                                  "<table><tr><td>标题：</td><td></td></tr></table>", "<h1><br><br></h1>",
                                  "<div>来源：</div><div>发布时间：</div>", b"\xff\xfe<\x00h\x001\x00>\x00"])
def test_degenerate_pages_do_not_crash(data):
    doc = cleanrepost.clean(data)
    assert doc.source_url is None


# -- corpus: metadata matches gold wherever gold has it ---------------------------------------------------------

def _canon(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if ch.isalnum())


def _html_cases():
    cases = sorted(p.parent.name for p in (CORPUS / "cases").glob("*/input.html")) if (CORPUS / "cases").is_dir() else []
    return cases or ["corpus-absent"]


@pytest.mark.parametrize("case_id", _html_cases())
def test_corpus_metadata_matches_gold(case_id):
    d = CORPUS / "cases" / case_id
    if not (d / "gold.json").exists():
        pytest.skip(f"dev corpus not available at {CORPUS}")
    gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    doc = cleanrepost.clean((d / "input.html").read_bytes())
    if gold.get("title"):
        assert _canon(doc.title) == _canon(gold["title"])
    if gold.get("published"):
        assert (doc.published or "")[:10] == gold["published"]
    if gold.get("source_name"):
        got, want = _canon(doc.source_name), _canon(gold["source_name"])
        assert got and (got in want or want in got), (doc.source_name, gold["source_name"])
    assert (doc.source_url or "").rstrip("/") == (gold.get("source_url") or "").rstrip("/")
    if doc.meta.get("source_url_declared"):  # a rejected link must be the one gold saw as the source link
        assert doc.meta["source_url_declared"] == gold.get("source_url_declared")
    assert doc.encoding.replace("gb18030", "gbk") == gold["encoding"]


def test_gov_metadata_as_a_list_instead_of_a_table():
    block = ("<div class='xxgk-info'><ul><li><b>索 引 号：</b>11330000/2024-00456</li><li><b>发布机构：</b>某某市农业农村局</li>"
             "<li><b>成文日期：</b>2024-05-10</li><li><b>标　　题：</b>关于做好春耕生产工作的通知</li>"
             "<li><b>发布日期：</b>2024-05-13</li></ul></div>")
    doc = cleanrepost.clean(html_page(block + f"<div class='content'><p>{P1}</p><p>{P2}</p></div>", title="通知"))
    assert doc.meta["索引号"] == "11330000/2024-00456" and doc.meta["成文日期"] == "2024-05-10"
    assert doc.title == "关于做好春耕生产工作的通知"
    assert doc.published == "2024-05-13"
    assert doc.source_name == "某某市农业农村局"
    assert doc.paragraphs == [P1, P2]
    assert [r.kind for r in doc.removed if r.reason == "meta:gov-table"] == ["metadata"]


def test_the_bar_under_the_headline_beats_an_earlier_one():
    body = ("<div class='top-news'><span>来源：某某晚报</span><span>发布时间：2020-01-01</span></div>"
            "<h1>某某市召开春耕生产工作会议</h1><div class='info'>发布时间：2024-05-15　来源：某某日报</div>"
            f"<div class='content'><p>{P1}</p></div>")
    pm = meta_of(html_page(body, title="某某市召开春耕生产工作会议_某某网"))
    assert pm.fields["source_name"] == "某某日报"
    assert pm.fields["published"].startswith("2024-05-15")


def test_site_logo_heading_is_not_the_headline_even_when_title_is_the_site_name():
    head = "<meta name='SiteName' content='某某市人民政府门户网站'>"
    body = f"<div class='detail'><h2>某某市召开春耕生产工作推进会议</h2><div class='content'><p>{P1}</p></div></div>"
    pm = meta_of(html_page(body, head=head, title="某某市人民政府门户网站"))
    assert pm.title_hint == "某某市召开春耕生产工作推进会议"


def test_site_prefix_in_title():
    body = f"<div class='detail'><h2>某某市召开春耕生产工作推进会议</h2><div class='content'><p>{P1}</p></div></div>"
    pm = meta_of(html_page(body, title="某某市人民政府门户网站 - 某某市召开春耕生产工作推进会议"))
    assert pm.title_hint == "某某市召开春耕生产工作推进会议"


@pytest.mark.parametrize("bar,published,source", [
    ("<div class='pages-date'>2024-05-15 10:30 <span class='font'>来源：新华社</span></div>", "2024-05-15T10:30", "新华社"),
    ("<p class='info'>发布时间：2024-05-15&nbsp;&nbsp;来源：市政府办公室&nbsp;&nbsp;浏览次数：<span id='n'></span></p>",
     "2024-05-15", "市政府办公室"),
    ("<div><span>稿件来源：某某日报</span> <span>发布日期：2024年5月15日</span> <span>【字体：大 中 小】</span></div>",
     "2024-05-15", "某某日报"),
    ("<div class='time'>2024年05月15日</div>", "2024-05-15", None),
    ("<table><tr><td>来源：某某县人民政府　　时间：2024-05-15 09:00:05　　【打印】</td></tr></table>",
     "2024-05-15T09:00:05", "某某县人民政府"),
])
def test_info_bar_layouts(bar, published, source):
    body = f"<div class='main'><h2>某某市召开春耕生产工作推进会议</h2>{bar}<div class='content'><p>{P1}</p><p>{P2}</p></div></div>"
    doc = cleanrepost.clean(html_page(body, title="某某市召开春耕生产工作推进会议 - 某某市人民政府"))
    assert doc.title == "某某市召开春耕生产工作推进会议"
    assert doc.published == published
    assert doc.source_name == source
    assert doc.paragraphs == [P1, P2]


def test_traditional_info_bar_labels_are_read_through_a_t2s_fold_and_keep_the_pages_characters():
    """The Lexicon is Simplified: 來源/發佈時間/責任編輯 are matched on their t2s form; the values (and, with
    script="keep", the whole output) stay in the page's characters."""
    page = html_page(
        "<div class='article'><h1>關於加強夏季食物安全的通告</h1>"
        "<div class='info'>發佈時間：2026-07-03 16:20　來源：食物環境衞生署　責任編輯：陳家明</div>"
        "<div class='content'><p>本署提醒市民，夏季氣溫高，食物容易變壞，購買及處理食物時應格外小心。</p>"
        "<p>如出現腹痛、嘔吐或腹瀉等徵狀，應盡快求醫，並向醫生說明曾進食的食物。</p></div></div>",
        title="關於加強夏季食物安全的通告")
    pm = meta_of(page)
    assert pm.fields["source_name"] == "食物環境衞生署"
    assert pm.fields["editor"] == "陳家明"
    assert pm.fields["published"].startswith("2026-07-03")
    doc = cleanrepost.clean(page, script="keep")
    assert doc.source_name == "食物環境衞生署" and doc.editor == "陳家明"
    assert "發佈時間" not in doc.text and doc.paragraphs[0].startswith("本署提醒市民")
