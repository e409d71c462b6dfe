"""`Lexicon.extended()` reaches every table: for each one, an invented input whose result changes when the table
gets an entry (and does not without it).  Code reading a module global instead of the Lexicon it was given fails
here."""
from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from cleanrepost import CleanError, Lexicon, LineRule, clean
from cleanrepost.classify import labels, titles
from cleanrepost.grammar import furniture_shape, parse_info
from cleanrepost.html_meta.bodyscan import scan
from cleanrepost.model import BOILERPLATE, FIELD, Block

D = Lexicon.default()
P1 = "青禾县人民政府召开专题会议研究河道清淤整治工作，要求各乡镇压实责任，确保汛期前完成全部清淤任务。"
P2 = "会议指出，河道清淤整治关系到沿岸群众的切身利益，各部门要统筹安排，形成长效管理机制。"
P3 = "会议强调，各级各部门要加强协作配合，细化工作措施，以更高标准推进河道治理各项工作落到实处。"
TITLE = "青禾县部署河道清淤工作"


def html(body: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}_青禾县人民政府</title>{head}</head>"
            f"<body>{body}</body></html>")


def article(before: str = "", middle: str = "", after: str = "", first: str = "") -> str:
    return (f"<h1>{TITLE}</h1><div class='content'>{before}{first}<p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p>{after}"
            "</div>")


def dump(*lines: str) -> str:
    return "\n".join(lines)


def removed(doc) -> set[tuple[str, str]]:
    return {(r.kind, r.reason) for r in doc.removed}


# (table, entries, input, what the extended lexicon makes of it) — the default lexicon must not do the same
CASES = [
    ("hidden_hints", ["zz-mask"], html(article(after="<p class='zz-mask'>水印文字甲乙丙</p>")),
     lambda d: ("hidden", "html:hidden") in removed(d)),
    ("hint_kinds", [("zzshare", "share")], html(article(middle="<div class='zzshare'>春晓 秋实 冬雪</div>")),
     lambda d: ("share", "html:hint:zzshare") in removed(d)),
    ("self_media_cues", ["读者俱乐部"], html(article(after="<p>欢迎加入读者俱乐部</p>")),
     lambda d: ("ad", "html:edge-promo") in removed(d)),
    ("gov_meta_tags", ["ZZColumn"], html(article(), "<meta name='zzcolumn' content='要闻动态'>"),
     lambda d: d.meta.get("ZZColumn") == "要闻动态"),
    ("published_meta_tags", ["zzdate"], html(article(), "<meta name='zzdate' content='2024-01-02 08:30'>"),
     lambda d: d.published == "2024-01-02T08:30"),
    ("source_meta_tags", ["zzsource"], html(article(), "<meta name='zzsource' content='青禾日报'>"),
     lambda d: d.source_name == "青禾日报"),
    ("site_name_meta_tags", ["zzsite"],
     "<html><head><meta charset='utf-8'><meta name='zzsite' content='青禾政务在线'></head><body><h1>青禾政务在线</h1>"
     f"<h2>{TITLE}</h2><div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>",
     lambda d: d.title == TITLE),
    ("source_link_texts", ["来源传送门"],
     html(article(after="<p><a href='http://news.example.org/a/2024/1.html'>来源传送门</a></p>")),
     lambda d: d.source_url == "http://news.example.org/a/2024/1.html"),
    ("document_date_verbs", ["审定"], html(article(first="<p>（2010年3月1日青禾县第三次常务会议审定）</p>")),
     lambda d: d.published == "2010-03-01"),
    ("bar_action_words", ["推送"],
     html(f"<h1>{TITLE}</h1><div class='info'>来源：青禾日报 作者：张小明 推送</div><div class='content'><p>{P1}</p>"
          f"<p>{P2}</p><p>{P3}</p></div>"),
     lambda d: d.author == "张小明"),
    ("chrome_subtree_hints", ["zzfeed"],
     "<html><head><meta charset='utf-8'></head><body>"
     f"<div class='main'><p>{P2}</p><p>{P3}</p><p>{P1}</p></div><div class='zzfeed'>"
     + "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P1 + P2, P2 + P3)) + "</div></body></html>",
     lambda d: len(d.paragraphs) == 3),
    ("info_labels", [("供稿", "source")], dump(TITLE, "供稿：青禾日报 作者：张小明", P1, P2, P3),
     lambda d: d.source_name == "青禾日报"),
    ("gov_table_labels", ["承办科室"], dump("索引号：11330000/2021-00001", "承办科室：综合科", "关于做好河道清淤的通知", P1, P2),
     lambda d: d.meta.get("承办科室") == "综合科"),
    ("gov_label_fields", [("发文日期", "date")],
     dump("索引号：11330000/2021-00001", "发文日期：2021年03月08日", "关于做好河道清淤的通知", P1, P2),
     lambda d: d.published == "2021-03-08"),
    ("gov_source_labels", ["所属机构"],
     dump("索引号：11330000/2021-00001", "所属机构：青禾县水利局", "关于做好河道清淤的通知", P1, P2),
     lambda d: d.source_name == "青禾县水利局"),
    ("sidebar_headings", ["邻县动态"], dump(TITLE, P1, P2, "邻县动态", "甲县召开会议", "乙县开展活动", "丙县部署工作"),
     lambda d: ("sidebar", "sidebar:heading") in removed(d)),
    ("furniture_lines", ["我的书架"], dump(TITLE, P1, "我的书架", P2, P3),
     lambda d: ("navigation", "shape:widget-name") in removed(d)),
    ("credit_roles", ["统稿"], dump(TITLE, P1, "统稿 张小明", P2, P3),
     lambda d: ("byline", "shape:credit-line") in removed(d)),
    ("site_chrome_phrases", ["竭诚为您"], dump("青禾在线竭诚为您服务", TITLE, "来源：青禾日报", P1, P2),
     lambda d: ("navigation", "span:site-chrome-before-article") in removed(d)),
    ("site_chrome_words", ["主站"], dump("青禾 主站", TITLE, "来源：青禾日报", P1, P2),
     lambda d: ("navigation", "span:site-chrome-before-article") in removed(d)),
    ("site_chrome_suffixes", ["主站"], dump("青禾县主站", TITLE, "来源：青禾日报", P1, P2),
     lambda d: ("navigation", "span:site-chrome-before-article") in removed(d)),
    # the shapes built from tables (knowledge/context.py): organ and outlet endings, 公文 parts and headings
    # (two issuers signing: any name right above the date is kept by position; the one above it by its suffix)
    ("organ_suffixes", ["试验站"], dump(TITLE, P1, P2, "青禾县农业科学试验站", "青禾县水利局", "2024年1月2日"),
     lambda d: "青禾县农业科学试验站" in d.paragraphs),
    ("outlet_suffixes", ["号"], dump(TITLE, "青禾资讯号 2024-01-02 10:00", P1, P2),
     lambda d: d.source_name == "青禾资讯号"),
    ("section_headings", [r"^[ⅠⅡⅢⅣ]、"], dump(TITLE, P1, P2, "Ⅱ、下步打算"), lambda d: "Ⅱ、下步打算" in d.paragraphs),
    ("document_parts", [r"^附图"], dump(TITLE, P1, P2, "附图说明 河道示意图"),
     lambda d: "附图说明 河道示意图" in d.paragraphs),
    ("source_city_suffixes", [r"[（(][\u4e00-\u9fff]{2,6}站[)）]$"],
     html(article(), "<meta name='ContentSource' content='青禾日报（北京记者站）'>"),
     lambda d: d.source_name == "青禾日报"),
    ("origin_marks", ["独家"], dump(TITLE, "独家 青禾身边事 2024-01-02 08:00", P1, P2),
     lambda d: d.source_name == "青禾身边事"),
    ("regions", ["火星"], dump(TITLE, "山野观察", "2024-01-02 10:00 · 火星", P1, P2),
     lambda d: d.meta.get("account_location") == "火星" and d.author == "山野观察"),
    ("account_badges", [("星标号", "official")], dump(TITLE, "山野观察", "2024-01-02 10:00 青禾星标号", P1, P2),
     lambda d: d.source_name == "山野观察"),
    ("reading_bar_labels", ["本页标题"], dump("青禾新闻 首页", "本页标题：青禾县部署河道清淤工作…", "青禾融媒 2024-01-02 10:00",
                                          TITLE, P1, P2), lambda d: d.title == TITLE),
    ("time_leads", ["当年"], dump("青禾日报数字报", "第A03版：要闻", "当年完成河道清淤任务八成以上", "青禾县河道清淤整治工作全面铺开",
                                 "本报记者 张小明", "本报讯 当年完成河道清淤任务八成以上，青禾县河道清淤整治工作全面铺开，"
                                 "青禾县河道清淤整治工作全面铺开。", P2),
     lambda d: d.title == "青禾县河道清淤整治工作全面铺开"),
    ("self_sources", ["本台"], dump(TITLE, "2024-01-02 10:00 来源：本台", P1, P2),
     lambda d: d.source_name is None and d.meta.get("source_declared") == "本台"),
    ("masthead_suffixes", ["网络版"], dump("青禾日报网络版", "2024年01月02日 星期二", TITLE, "本报记者 张小明", P1, P2),
     lambda d: d.source_name == "青禾日报"),
    ("choice_degrees", ["超级"], dump(TITLE, P1, P2, "评价：满意 超级满意"),
     lambda d: ("comment", "shape:choice-bar") in removed(d)),
    ("weather_words", ["冰雹", "大风"], dump("冰雹 大风", TITLE, "来源：青禾日报", P1, P2),
     lambda d: ("navigation", "span:site-chrome-before-article") in removed(d)),
    # pattern tables: regular expressions, the first that matches wins
    ("closing_formulas", [r"^特此函达$"], dump(TITLE, P1, P2, "特此函达"), lambda d: "特此函达" in d.paragraphs),
    ("wire_datelines", [r"^(?P<source>青禾台)讯"], dump(TITLE, "青禾台讯 " + P1, P2), lambda d: d.source_name == "青禾台"),
    ("end_marks", [r"^[\W_]{0,6}全文终[\W_]{0,6}$"], html(article(after="<p>— 全文终 —</p>")),
     lambda d: ("ad", "html:edge-promo") in removed(d)),
    ("bar_outlets", [r"^[\u4e00-\u9fff]{2,8}号$"],
     html(f"<h1>{TITLE}</h1><p>2024-01-02 10:00 青禾融媒号</p><div class='content'><p>{P1}</p><p>{P2}</p></div>"),
     lambda d: d.source_name == "青禾融媒号"),
    ("dispatch_marks", ["寄自"],
     html(f"<h1>{TITLE}</h1><p>2024-01-02 10:00 青禾体育 记者 张小明 寄自青禾</p><div class='content'><p>{P1}</p>"
          f"<p>{P2}</p></div>"),
     lambda d: d.source_name == "青禾体育"),
    ("unit_suffixes", ["队"],
     html(f"<h1>{TITLE}</h1><div class='info'>来源：执法队 日期：2024-01-02</div><div class='content'><p>{P1}</p></div>"
          "<div class='foot'>青禾县人民政府 版权所有</div>"),
     lambda d: d.source_name == "青禾县人民政府执法队"),
    ("place_levels", ["村"],
     html(f"<h1>{TITLE}</h1><div class='info'>来源：青禾村林业组 日期：2024-01-02</div><div class='content'><p>{P1}</p>"
          "</div><div class='foot'>青禾县人民政府 版权所有</div>"),
     lambda d: d.source_name == "青禾村林业组"),
    ("bar_persons", [r"^[A-Za-z]{3,20}$"],
     html(f"<h1>{TITLE}</h1><p>2024-01-02 10:00 Zhangsan</p><div class='content'><p>{P1}</p><p>{P2}</p></div>"),
     lambda d: d.author == "Zhangsan"),
]


@pytest.mark.parametrize("table,entries,page,changed", CASES, ids=[c[0] for c in CASES])
def test_extending_a_table_changes_the_result(table, entries, page, changed):
    assert not changed(clean(page, lexicon=D))
    assert changed(clean(page, lexicon=D.extended(**{table: entries})))


def test_every_table_has_a_case():
    """A table without a case here is one the code may read from a module global unnoticed."""
    covered = {c[0] for c in CASES} | {"line_rules", "removal_kinds", "content_hints", "boilerplate_hints",
                                       "extra_info_labels", "gov_table_counter_labels", "headline_words",
                                       "contact_labels", "headline_hints", "headline_tokens", "document_titles",
                                       "site_credits", "epaper_jumps"}
    assert set(Lexicon.tables()) == covered


def test_removal_kinds_and_line_rules_extend_together():
    rule = LineRule("slogan.mine", "slogan", r"^青禾人民欢迎您$")
    with pytest.raises(CleanError, match="unknown removal kind"):
        D.extended(line_rules=[rule])
    lex = D.extended(removal_kinds=[("slogan", "a site's slogan")], line_rules=[rule])
    assert ("slogan", "line:slogan.mine") in removed(clean(dump(TITLE, P1, "青禾人民欢迎您", P2), lexicon=lex))


def test_content_hints_steer_the_container():
    """A box the content hints name wins over its wrapper when it holds most of the wrapper's prose (a small
    note beside it then stays outside).  (boilerplate_hints scale a box the same way, by 0.7: the same code.)"""
    note = "<div><p>本站另有说明，请读者留意。</p></div>"
    page = ("<html><head><meta charset='utf-8'></head><body><div class='wrap'><div class='zzmain'>"
            + "".join(f"<p>{p}</p>" for p in (P1, P2, P3)) + f"</div>{note}</div></body></html>")
    assert "本站另有说明，请读者留意。" in clean(page, lexicon=D).paragraphs
    doc = clean(page, lexicon=D.extended(content_hints=["zzmain"]))
    assert "本站另有说明，请读者留意。" not in doc.paragraphs and len(doc.paragraphs) == 3


def test_extra_info_labels_are_read_by_the_text_grammar():
    line = "供稿：青禾日报 2024-01-02 10:00"
    assert parse_info(line, D).get("author") == "供稿"  # default: an unknown word read as a person's name
    fields = parse_info(line, D.extended(extra_info_labels=[("供稿", "source")]))
    assert "author" not in fields and fields["source"].startswith("青禾日报")


def test_gov_table_counter_labels_make_table_rows():
    def rows(lex):
        bs = [Block(t, i, tag="line") for i, t in enumerate(["索引号：11330000/2021-00001", "下载次数：12"])]
        labels.mark_gov_labels(bs, lex)
        return [b.reason for b in bs]
    assert rows(D) == [None, None]  # one table row alone is not a table
    assert rows(D.extended(gov_table_counter_labels=["下载次数"])) == ["gov-table:label-line"] * 2


def test_headline_words_count_as_headline_evidence():
    def title(lex):
        bs = [Block(t, i, tag="line") for i, t in enumerate(["网站导航条", "春季动员大会", "来源：青禾日报", P1, P2])]
        bs[0].mark(BOILERPLATE, "navigation", "header:before-article")
        bs[2].mark(FIELD, "byline", "line:byline.source")
        titles.mark_dump_title(bs, lex)
        return [b.text for b in bs if b.label == "title"]
    assert title(D) == []
    assert title(D.extended(headline_words=["动员"])) == ["春季动员大会"]


def test_contact_labels_make_contact_lines():
    assert furniture_shape("报料：zz12345", D) is None
    assert furniture_shape("报料：zz12345", D.extended(contact_labels=["报料"])) == ("footer", "shape:contact")


@pytest.mark.parametrize("table,cls", [("headline_hints", "zzmingcheng"), ("headline_tokens", "zh")])
def test_headline_hints_find_headline_candidates(table, cls):
    root = lxml_html.fromstring(f"<html><body><div class='{cls}'>{TITLE}</div><p>{P1}</p></body></html>")
    assert not scan(root, D).headlines
    assert [el.text for el in scan(root, D.extended(**{table: [cls]})).headlines] == [TITLE]


def test_document_titles_count_as_headline_evidence():
    def title(lex):
        bs = [Block(t, i, tag="line") for i, t in enumerate(["网站导航条", "春季植树造林安排表", P1, P2])]
        bs[0].mark(BOILERPLATE, "navigation", "header:before-article")
        titles.mark_dump_title(bs, lex)
        return [b.text for b in bs if b.label == "title"]
    assert title(D) == []
    assert title(D.extended(document_titles=[r"安排表$"])) == ["春季植树造林安排表"]


def test_site_credits_make_a_credit_the_sites_stamp():
    def stamp(lex):
        bs = [Block("作者：青禾之家 发布时间：2020-01-02 来源：青禾之家", 0, tag="line")]
        labels.mark_info_lines(bs, lex)
        return bs[0].fields
    assert stamp(D)["source"] == "青禾之家"
    assert stamp(D.extended(site_credits=[r"之家$"])) == {"site": "青禾之家", "site_time": "2020-01-02"}


def test_epaper_jumps_are_pager_furniture():
    assert furniture_shape("（转第5页）", D) is None
    assert furniture_shape("（转第5页）", D.extended(epaper_jumps=[r"^[(（]转第\d{1,2}页[)）]$"])) == ("pager", "shape:epaper-jump")


def test_a_pattern_table_refuses_what_a_line_rule_would():
    with pytest.raises(CleanError, match="nested quantifiers"):
        D.extended(closing_formulas=[r"^(?:\s*此致)+$"])
    with pytest.raises(CleanError, match="bad pattern"):
        D.extended(end_marks=[r"^(END"])


def test_an_unknown_table_is_refused():
    with pytest.raises(TypeError, match="no table"):
        D.extended(sidebar_heading=["x"])


# -- thresholds: Lexicon.tuning -----------------------------------------------------------------------------------
def test_a_tuned_threshold_changes_the_result():
    page = dump("索引号：11330000/2021-00001", "关于做好河道清淤的通知", P1, P2)  # one gov row alone
    assert "索引号" not in clean(page, lexicon=D).meta
    assert clean(page, lexicon=D.tuned(gov_min_rows=1)).meta["索引号"] == "11330000/2021-00001"


def test_tuning_refuses_what_it_cannot_honour():
    with pytest.raises(TypeError, match="no threshold"):
        D.tuned(gov_rows_min=1)
    with pytest.raises(TypeError, match="not overridable yet"):
        D.tuned(title_max=80)  # read inside classify's per-line helpers, which get no lexicon yet


def test_a_tuned_lexicon_pickles_and_keeps_its_tables():
    import pickle
    lex = D.extended(sidebar_headings=["邻县动态"]).tuned(info_max=120)
    back = pickle.loads(pickle.dumps(lex))
    assert back == lex and back.tuning.info_max == 120 and "邻县动态" in back.sidebar_headings


def test_a_page_compiles_only_the_pattern_tables_it_reads():
    """Each pattern table compiles on its first use: the tables read joined through shape_patterns are never
    compiled one by one.  (An HTML page reads the wire datelines since the wire-source stage runs on both paths.)"""
    lex = Lexicon()
    clean(html(article()).encode("utf-8"), lexicon=lex)
    built = {k for k in lex._compiled if k.startswith("patterns")}
    assert built and all(k.startswith("patterns:") for k in built)
    assert not built & {"patterns:document_parts", "patterns:section_headings", "patterns:source_city_suffixes"}
    assert lex.patterns("wire_datelines") == tuple(re.compile(p) for p in lex.wire_datelines)
    with pytest.raises(KeyError):
        lex.patterns("info_labels")
