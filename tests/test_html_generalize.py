"""HTML pages of the families that fail on unseen sites (issue #15): self-media promos and recommendation feeds
inside the article, count boxes, unlabelled bylines, and container choice on blogs, portals and feeds.

Every page is invented (own text, own templates: WeChat-style, blog, portal with feed, div soup, table layout);
each test asserts that the article stays and that the furniture leaves with a kind and a reason.
"""
from __future__ import annotations

import pytest

import cleanrepost

A1 = "今年入冬以来，青禾县组织农技人员走进田间地头，指导农户做好小麦越冬管理，全县冬小麦长势总体良好。"
A2 = "县农业部门还联合供销社开展农资下乡活动，为种植户送去有机肥和防冻物资，帮助大家减少损失。"
A3 = "据介绍，明年春季该县将继续推广节水灌溉技术，力争亩均节水两成以上，让农民种地更省心。"
ARTICLE = [A1, A2, A3]


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


def removed(doc, text_part: str):
    """The Removal whose text holds `text_part` (the test fails when there is none)."""
    hits = [r for r in doc.removed if text_part in r.text]
    assert hits, f"{text_part!r} left no trace in doc.removed"
    return hits[0]


def assert_kept(doc, ps: list[str] = ARTICLE) -> None:
    for p in ps:
        assert p in doc.paragraphs, f"lost paragraph {p[:16]}"


def assert_gone(doc, part: str, kinds: tuple[str, ...]) -> None:
    assert part not in doc.text, f"leaked: {part}"
    r = removed(doc, part)
    assert r.kind in kinds and r.reason, (r.kind, r.reason)


# -- self-media promos and feeds inside the article ------------------------------------------------------------

def wechat_page(extra_top: str = "", extra_bottom: str = "") -> str:
    return ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div id="page-content">'
            '<h1 class="rich_media_title">青禾县冬小麦长势良好</h1>'
            '<div class="rich_media_meta_list"><span>青禾融媒</span> <em>2026-01-10 06:49</em></div>'
            f'<div class="rich_media_content" id="js_content">{extra_top}{paras(ARTICLE)}{extra_bottom}</div>'
            '</div></body></html>')


def test_wechat_promos_at_the_article_edges_are_removed():
    top = "<p>点击上方蓝字 关注我们</p>"
    bottom = ("<p>回复【小麦】查看往期种植技术汇总</p><p>点击菜单栏“便民服务”获取更多农技信息</p>"
              "<p>长按识别二维码，关注公众号</p><p>觉得有用？点【在看】支持一下</p>")
    doc = cleanrepost.clean(wechat_page(top, bottom))
    assert_kept(doc)
    for part in ("点击上方蓝字", "回复【小麦】", "点击菜单栏", "长按识别二维码", "点【在看】"):
        assert_gone(doc, part, ("ad", "share"))


def test_share_and_like_counters_are_removed():
    bottom = "<p>阅读 2.3万</p><p>点赞 126 在看 18</p><p>分享 收藏 点赞 在看</p>"
    doc = cleanrepost.clean(wechat_page("", bottom))
    assert_kept(doc)
    for part in ("2.3万", "点赞 126", "分享 收藏"):
        assert_gone(doc, part, ("counter", "share"))


def test_recommendation_feed_inside_the_container_is_removed():
    items = "".join(f'<div class="it"><a href="/a/{i}.html">邻县第{i}个蔬菜大棚项目建成投产</a>'
                    f"<span>青禾融媒 · {i + 3}评论 · 不感兴趣</span></div>" for i in range(4))
    doc = cleanrepost.clean(wechat_page("", f"<div><p>你可能还想看</p>{items}</div>"))
    assert_kept(doc)
    assert_gone(doc, "你可能还想看", ("sidebar", "related"))
    assert_gone(doc, "蔬菜大棚", ("sidebar", "related", "outside-content"))
    assert_gone(doc, "不感兴趣", ("sidebar", "related", "counter", "outside-content"))


def test_read_count_article_type_and_copyright_box():
    box = ('<div class="mm"><p>文章类型：原创</p><p>阅读数：3456</p></div>'
           '<div class="sm"><p>版权与免责声明</p><p>本网所载文章仅代表作者观点，转载请保留出处。</p></div>')
    doc = cleanrepost.clean(wechat_page("", box))
    assert_kept(doc)
    assert_gone(doc, "文章类型", ("byline", "counter", "metadata"))
    assert_gone(doc, "阅读数", ("counter",))
    assert_gone(doc, "版权与免责声明", ("disclaimer",))


# -- info bars without labels, odd separators -----------------------------------------------------------------

def assert_bar_fields(html: str, source: str, date: str, gone: tuple[str, ...]) -> None:
    """The article stays, the bar's outlet and date become fields, and none of its parts stay in the text."""
    doc = cleanrepost.clean(html)
    assert_kept(doc)
    assert doc.published and doc.published.startswith(date)
    assert doc.source_name == source
    for part in gone:
        assert part not in doc.text

def test_unlabelled_outlet_person_datetime_bar_goes_to_fields():
    html = ('<html><head><title>青禾县冬小麦长势良好_新闻频道</title></head><body><div class="wrap">'
            '<h1>青禾县冬小麦长势良好</h1><div class="bar">青禾日报 陈小勇 2026-01-10 06:49:27</div>'
            f'<div class="body">{paras(ARTICLE)}</div></div></body></html>')
    assert_bar_fields(html, "青禾日报", "2026-01-10", ("陈小勇",))


def test_pipe_separated_labels_and_click_font_combo():
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body>'
            '<table width="980"><tr><td><h2>青禾县冬小麦长势良好</h2></td></tr>'
            '<tr><td>来源丨青禾融媒　作者丨周敏　发表日期：2026-01-10　点击：1234　字号：大 中 小</td></tr>'
            f'<tr><td>{paras(ARTICLE)}</td></tr></table></body></html>')
    assert_bar_fields(html, "青禾融媒", "2026-01-10", ("点击", "周敏"))


# -- container choice: a short real article beats long furniture ---------------------------------------------

FAQ = "".join(f"<p>问：如何修改第{i}项账户设置？答：登录后进入个人中心，在设置页面找到对应选项，按提示操作并保存，"
              f"如遇问题可以联系在线客服，我们会在一个工作日内回复您的问题。</p>" for i in range(8))


def news_page(under_headline: str, after: str, title_tail: str = "") -> str:
    """A news page: the headline box (h1, what sits under it, the article), then `after` beside it."""
    return (f'<html><head><title>青禾县冬小麦长势良好{title_tail}</title></head><body><div class="main">'
            f'<div class="blk"><h1>青禾县冬小麦长势良好</h1>{under_headline}{paras(ARTICLE)}</div>{after}</div>'
            '</body></html>')


def test_short_blog_post_beats_a_long_help_faq():
    post = "今天去青禾湖边走了一圈，湖面结了薄冰，几只野鸭在冰面上慢慢踱步。"
    html = ('<html><head><title>湖边散步_小林的博客</title></head><body><div class="wrap">'
            f'<div class="postbox"><h2 class="ptitle">湖边散步</h2><div class="pmeta">2026-01-09 18:20</div>'
            f'<div class="pbody"><p>{post}</p></div></div>'
            f'<div class="box2"><h3>帮助中心</h3>{FAQ}</div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == [post]
    r = removed(doc, "账户设置")
    assert r.kind == "outside-content"


def test_real_story_beats_a_longer_recommended_story_below_it():
    rec = ("<div class='blk'><h3><a href='/s/88.html'>邻县果农的冬季修剪课</a></h3>"
           + "".join(f"<p>第{i}段：邻县的果农们趁着农闲时节参加修剪培训，技术员手把手示范如何剪掉病枝弱枝，"
                     f"大家一边听一边记，纷纷表示收获很大，明年的果子一定更好。</p>" for i in range(6)) + "</div>")
    doc = cleanrepost.clean(news_page('<p class="i">2026-01-10 青禾新闻网</p>', rec, "-青禾新闻网"))
    assert_kept(doc)
    assert "修剪" not in doc.text
    assert removed(doc, "修剪培训").kind in ("outside-content", "related", "sidebar")


def test_short_poem_beats_a_long_site_blurb():
    poem = ["北风吹过青禾岭，", "雪落田间麦苗青。", "待到春来冰化日，", "一犁新土一声莺。"]
    blurb = ("本站创办于二〇〇八年，是一家以诗词创作与交流为主的文学网站，现有注册会员十余万人，"
             "收录原创诗词作品八十余万首，设有古体诗、近体诗、现代诗、词曲、楹联等栏目，"
             "常年举办各类征文比赛，欢迎广大诗词爱好者投稿交流，共同弘扬中华优秀传统文化。") * 3
    html = ('<html><head><title>冬日田间（七绝）_诗词原创</title></head><body>'
            f'<div class="top"><div class="intro"><p>{blurb}</p></div></div>'
            '<div class="c1"><h1>冬日田间（七绝）</h1><div class="au">作者：林山</div>'
            f'<div class="c2">{"<br>".join(poem)}</div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == poem
    assert removed(doc, "本站创办于").kind == "outside-content"


def test_feed_of_long_teasers_does_not_win_over_the_article():
    items = "".join(f'<li class="feed-item"><h4><a href="/f/{i}.html">第{i}条：外地某镇推进乡村振兴的新做法</a></h4>'
                    f"<p>该镇围绕特色产业做文章，引进龙头企业带动农户增收，通过订单农业、电商销售和乡村旅游等方式，"
                    f"让村民在家门口就能找到活干，第{i}个示范村的人均收入比去年增长了一成多，"
                    f"群众的获得感和幸福感不断增强，相关经验做法已在全市推广。</p></li>" for i in range(8))
    doc = cleanrepost.clean(news_page("", f'<ul class="list">{items}</ul>'))
    assert_kept(doc)
    assert "乡村振兴" not in doc.text


def test_original_link_line_outside_the_container_still_gives_its_url():
    url = "http://www.qinghe.gov.cn/xw/202601/t20260110_77.html"
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div class="w">'
            f'<h1>青禾县冬小麦长势良好</h1><div class="TRS_Editor">{paras(ARTICLE)}</div></div>'
            f'<div class="x"><p>原文链接：{url}</p><p><a href="/">首页</a> <a href="/a">关于我们</a></p></div>'
            '</body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc)
    assert doc.source_url == url
    assert removed(doc, "原文链接").kind == "source-link"


def test_account_lines_at_the_edges_go_but_the_same_words_inside_the_article_stay():
    inner = "县里还开通了农技服务公众号，农户可以随时留言提问。"
    top = "<p>青禾发布 · 关注我们</p>"
    bottom = "<p>— END —</p><p>投稿邮箱 qinghe@example.cn</p><p>欢迎转发给身边的种植户</p>"
    doc = cleanrepost.clean(wechat_page(top, f"<p>{inner}</p>{bottom}"))
    assert_kept(doc, ARTICLE + [inner])
    for part in ("青禾发布 · 关注", "END", "投稿邮箱", "欢迎转发"):
        assert_gone(doc, part, ("ad",))


def test_headline_shown_with_a_kicker_still_anchors_the_article():
    # the markup names the bare headline, the page shows it with a kicker: the FAQ beside it still loses
    post = "今天去青禾湖边走了一圈，湖面结了薄冰，几只野鸭在冰面上慢慢踱步。"
    html = ('<html><head><meta name="ArticleTitle" content="湖边散步记"><title>小林的博客</title></head>'
            f'<body><div class="wrap"><div class="postbox"><h2>随笔｜湖边散步记</h2><div class="pbody"><p>{post}</p></div></div>'
            f'<div class="box2"><h3>帮助中心</h3>{FAQ}</div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert doc.paragraphs == [post]


def test_lead_under_the_headline_then_a_share_bar_does_not_cut_off_the_body():
    lead = "摘要：青禾县今冬小麦管理扎实推进，全县麦田长势喜人。"
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div class="page">'
            f'<div class="title-area"><h1>青禾县冬小麦长势良好</h1><p class="summary">{lead}</p></div>'
            '<div class="bdshare">分享到：<a href="#">微信</a> <a href="#">微博</a></div>'
            f'<div class="text">{paras(ARTICLE)}</div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc)


@pytest.mark.parametrize("heading", ["<h2>{}</h2>", "<p><strong>{}</strong></p>"])
def test_body_opening_with_a_section_heading_after_a_subtitle_box_is_kept(heading):
    sub = "——青禾县扎实做好冬小麦越冬管理工作侧记，全县麦田长势良好。"
    body = (heading.format("一、冬小麦长势良好") + paras(ARTICLE[:2]) + heading.format("二、节水灌溉继续推广")
            + paras(ARTICLE[2:]))
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div class="page">'
            f'<div class="hd"><h1>青禾县冬小麦长势良好</h1><p class="sub">{sub}</p></div>'
            f'<div class="bd">{body}</div>'
            '<div class="ft"><a href="/">首页</a> <a href="/a">关于我们</a></div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc)


def test_reporter_line_without_a_colon_gives_author_and_outlet():
    doc = cleanrepost.clean(news_page("<p>（青禾日报记者 陈小勇）</p>", ""))
    assert_kept(doc)
    assert doc.author == "陈小勇" and doc.source_name == "青禾日报"
    assert removed(doc, "陈小勇").kind == "byline"


# -- edge-of-article furniture and unlabelled credits of general news sites (holdout 15's families) -------------

def portal_page(bar: str, bottom: str = "", title: str = "青禾县冬小麦长势良好", head: str = "") -> str:
    """A news portal's article: site header, the headline, the bar under it, the text box with `bottom` at its
    end, then a share row and a footer."""
    return (f'<html><head><meta charset="utf-8"><title>{title}_青禾新闻网</title>{head}</head><body>'
            '<div class="top"><a href="/">首页</a><a href="/a/">本地</a><a href="/b/">民生</a></div>'
            f'<div class="art"><h1>{title}</h1><div class="meta">{bar}</div>'
            f'<div class="art-text">{paras(ARTICLE)}{bottom}</div><div class="tool">分享到 微信 微博</div></div>'
            '<div class="foot">青禾新闻网 版权所有</div></body></html>')


BAR = "2026-01-10 08:30 来源：青禾日报"


@pytest.mark.parametrize("note", ["《青禾日报》（2026年01月10日 第03版）", "《青禾日报》（2026年1月10日 A2版）"])
def test_print_edition_note_with_its_page_number_is_a_byline(note):
    doc = cleanrepost.clean(portal_page(BAR, f"<p>{note}</p>"))
    assert_kept(doc)
    assert_gone(doc, note, ("byline",))


@pytest.mark.parametrize("line,kind,lookalike", [
    # a market report's risk note; a notice's warning under the same label disclaims nothing
    ("风险提示：文中观点仅代表作者个人看法，不构成投资建议，据此操作，风险自负。", "disclaimer",
     "风险提示：近期冒充客服退款的诈骗案件多发，请市民提高警惕，不要向陌生账户转账。"),
    ("股市有风险，投资需谨慎", "disclaimer", "专家提醒，理财市场有风险，投资者应理性看待高收益承诺，谨慎选择产品。"),
    # a caution note disclaiming the article; a notice's caution
    ("【温馨提示】本文仅作健康科普，不能替代医生面诊，如有不适请及时就医。", "disclaimer",
     "温馨提示：节日期间景区游客较多，请市民合理安排行程，错峰出行。"),
    ("【温馨提示】文中建议不能代替专业诊疗，如有不适请及时就医。", "disclaimer",
     "特别提示：考生须本人持准考证参加考试，不能替代他人参加考试，违者按作弊处理。"),
    # an app promo closing a portal's story; a sentence on an app stays
    ("海量资讯、精准解读，尽在青禾财经APP", "ad", "目前全市已有八成政务服务事项可在青禾政务APP上办理，群众办事更加方便。"),
    # a chain of calls to the account; a service guide's calls to click name no account
    ("关注“青禾农技”公众号，后台回复【小麦】获取更多越冬管理知识，点【在看】让更多人看到。", "ad",
     "登录青禾政务服务网后点击“我要办理”，填写申请信息并上传材料，再点击“提交”即可完成申报。"),
    ("回复【小麦】获取越冬管理知识，点【在看】让更多人看到。", "ad",
     "工作人员回复“已受理”，市民可点击“进度查询”查看办理情况。"),
    # an answer's caution (its advice is no diagnosis); a notice's caution disclaims nothing
    ("温馨提示：以上解答仅为律师个人意见，不能作为法律裁判的依据。", "disclaimer",
     "温馨提示：受降雪影响，部分山区道路临时封闭，请市民出行前关注路况信息。"),
    # a Q&A post's stamp and an answerer's card label; a sentence with the same words stays
    ("回答时间：2026-01-10 09:15", "byline", "回答时间安排在每周三下午，届时农技专家将在线解答种植户的提问。"),
    ("擅长：小麦病虫害防治、土壤改良", "metadata", "老王擅长小麦病虫害防治，几十年来帮助乡亲们挽回了不少损失。"),
    ("周明远 执业律师", "metadata", "周明远律师在庭上作了陈述，请求法院依法驳回原告的全部诉讼请求。"),
])
def test_furniture_line_at_the_article_end_goes_but_its_lookalike_stays(line, kind, lookalike):
    doc = cleanrepost.clean(portal_page(BAR, f"<p>{line}</p>"))
    assert_kept(doc)
    assert_gone(doc, line, (kind,))
    doc = cleanrepost.clean(portal_page(BAR, f"<p>{lookalike}</p>"))
    assert_kept(doc, ARTICLE + [lookalike])


def test_unit_contribution_credit_closing_the_item_is_a_byline_and_a_fallback_source():
    doc = cleanrepost.clean(portal_page("2026-01-10 08:30", "<p>（青禾县农业农村局 供稿）</p>"))
    assert_kept(doc)
    assert_gone(doc, "供稿", ("byline",))
    assert doc.source_name == "青禾县农业农村局"
    doc = cleanrepost.clean(portal_page(BAR, "<p>（青禾县农业农村局 供稿）</p>"))
    assert doc.source_name == "青禾日报"  # the bar's 来源 wins


def test_click_to_follow_call_at_the_article_end_goes_but_not_inside_it():
    promo = "点击关注青禾新闻网，第一时间获取更多本地资讯"
    doc = cleanrepost.clean(portal_page(BAR, f"<p><strong>{promo}</strong></p><p>点击进入专题：青禾冬季农业</p>"))
    assert_kept(doc)
    assert_gone(doc, promo, ("ad",))
    assert_gone(doc, "点击进入专题", ("ad",))
    inside = "点击关注的人越来越多"
    doc = cleanrepost.clean(portal_page(BAR, f"<p>{inside}</p>" + paras([A1])).replace(paras(ARTICLE), paras([A2, A3])))
    assert inside in doc.paragraphs


def test_picture_origin_is_no_source_and_a_producer_credit_is():
    fig = '<div class="pic"><img src="/a.jpg"></div><p>图1 冬小麦田间长势</p><p>图片来源：青禾图库</p>'
    page = portal_page("<span>2026-01-10 08:30</span><span>出品：青禾科普</span><span>浏览：1024</span>", "")
    doc = cleanrepost.clean(page.replace(paras(ARTICLE), paras([A1]) + fig + paras([A2, A3])))
    assert_kept(doc)
    assert doc.source_name == "青禾科普"
    assert_gone(doc, "图片来源：青禾图库", ("byline",))


@pytest.mark.parametrize("bar,source,author", [
    ("青禾晚报&nbsp;&nbsp;记者 周小敏&nbsp;&nbsp;通讯员 何平&nbsp;&nbsp;2026-01-10 06:45", "青禾晚报", "周小敏"),
    ("2026-01-10 21:58　青禾体育　记者 周小敏 发自青禾", "青禾体育", "周小敏"),
    ("<span>2026-01-10 16:20</span><span>青禾旅游网</span><span>摄影：周小敏</span><span>12873人看过</span>",
     "青禾旅游网", None),
])
def test_unlabelled_bar_with_role_credits_names_the_outlet(bar, source, author):
    doc = cleanrepost.clean(portal_page(bar))
    assert_kept(doc)
    assert (doc.source_name, doc.author, doc.published[:10]) == (source, author, "2026-01-10")


def gov_page(bar: str, text: str, foot: str) -> str:
    """A county site's article page: headline, bar, text, and a footer naming the site's copyright holder."""
    return ('<html><head><meta charset="utf-8"><title>青禾县冬小麦长势良好-青禾信息网</title></head><body>'
            '<div class="logo">青禾信息网</div><div class="nav"><a href="/">首页</a><a href="/a/">工作动态</a></div>'
            f'<div class="art"><div class="tit">青禾县冬小麦长势良好</div><div class="info">{bar}</div>'
            f'<div class="content">{text}</div></div><div class="foot">{foot}</div></body></html>')


@pytest.mark.parametrize("bar,foot,source", [
    ("发布时间：2026-01-10　来源：研究室", "青禾县人民法院 版权所有　地址：青禾县中山路1号", "青禾县人民法院研究室"),
    ("发布时间：2026-01-10　来源：基础教育股", "版权所有：青禾县教育局　备案号：京ICP备14002739号", "青禾县教育局基础教育股"),
    ("作者：镇林业站　发布时间：2026-01-10", "Copyright © 2012-2026 青禾镇人民政府 All Rights Reserved", "青禾镇人民政府"),
    ("作者：镇林业站　发布时间：2026-01-10", "技术支持：青禾网络科技有限公司 版权所有：青禾镇人民政府", "青禾镇人民政府"),
    # a unit named with its place, or an organ's short form, is the page's own credit; a site's name is no owner
    ("发布时间：2026-01-10　来源：市政府办公室", "版权所有：青禾市人民政府办公室", "市政府办公室"),
    ("发布时间：2026-01-10　来源：青禾县林业站", "青禾县人民政府 版权所有", "青禾县林业站"),
    ("发布时间：2026-01-10　来源：研究室", "青禾信息网 版权所有", "研究室"),
])
def test_a_unit_credited_without_its_organ_gives_the_sites_owner_as_source(bar, foot, source):
    doc = cleanrepost.clean(gov_page(bar, paras(ARTICLE), foot))
    assert_kept(doc)
    assert doc.source_name == source


def test_numbered_attachment_links_after_the_first_stay_with_the_document():
    items = ('<p>附件：<a href="/f/1.docx">1.青禾县冬小麦田间管理技术要点</a></p>'
             '<p><a href="/f/2.xlsx">2.青禾县冬小麦苗情统计表</a></p><p><a href="/f/3.pdf">3.技术指导人员名单</a></p>')
    doc = cleanrepost.clean(gov_page("发布时间：2026-01-10　来源：青禾县农业农村局", paras(ARTICLE) + items, ""))
    assert_kept(doc, ARTICLE + ["2.青禾县冬小麦苗情统计表", "3.技术指导人员名单"])


def test_unit_text_and_picture_credit_and_a_bracketed_count_in_the_bar():
    page = gov_page('2026-01-10 &nbsp; 青禾政协网 &nbsp; 阅读(<span>215</span>)', paras(ARTICLE) + "<p>（县政协办公室 文/图）</p>", "")
    doc = cleanrepost.clean(page)
    assert_kept(doc)
    assert doc.source_name == "青禾政协网"
    assert_gone(doc, "文/图", ("byline",))


@pytest.mark.parametrize("title,bar,source", [
    ("青禾县冬小麦长势良好", "2026-01-10 08:30 | 青禾日报 | 责编：周敏", "青禾日报"),
    ("【青禾新闻联播】青禾县冬小麦长势良好", "2026-01-10 19:58 | 青禾新闻联播 | 责编：周敏", "青禾新闻联播"),
    ("青禾县冬小麦长势良好", "2026-01-10 19:58 | 青禾新闻联播 | 责编：周敏", None),  # a bare name, nothing says what
])
def test_the_unlabelled_lead_of_a_labelled_bar_names_the_outlet(title, bar, source):
    doc = cleanrepost.clean(portal_page(bar, title=title))
    assert_kept(doc)
    assert (doc.source_name, doc.editor) == (source, "周敏")


@pytest.mark.parametrize("bar,foot,source", [
    ("作者：政教处　来源：本站原创　更新时间：2026-01-10", "版权所有：青禾县第二中学　地址：青禾县学前路9号", "青禾县第二中学"),
    ("发布者：qhxy　发布时间：2026-01-10", "版权所有 © 青禾大学化学学院", "青禾大学化学学院"),  # a CMS user posted it
    ("发布者：县人大办　发布时间：2026-01-10", "版权所有 © 青禾县人民政府", "县人大办"),  # an organ posted it
    ("作者：政教处　来源：本站原创　更新时间：2026-01-10", "青禾信息网 版权所有", None),  # a site's name is no organ
    ("发布时间：2026-01-10", "版权所有 © 青禾大学化学与材料工程学院", None),  # a page crediting no one
])
def test_a_page_crediting_its_own_site_is_its_owners(bar, foot, source):
    doc = cleanrepost.clean(gov_page(bar, paras(ARTICLE), foot))
    assert_kept(doc)
    assert doc.source_name == source
    if "本站原创" in bar:
        assert doc.meta["source_declared"] == "本站原创"


def test_a_self_media_byline_under_the_headline_names_the_account():
    doc = cleanrepost.clean(portal_page("原创 青禾社区 2026年01月10日 18:30 浙江"))
    assert_kept(doc)
    assert doc.source_name == "青禾社区" and doc.published.startswith("2026-01-10")


def test_a_reposts_credit_without_a_colon_names_the_source_and_its_link():
    line = ('转自青禾县交通运输局网站，原文链接：<a href="http://jtj.qinghe.gov.cn/tzgg/202601/t20260110_1.html">'
            'http://jtj.qinghe.gov.cn/tzgg/202601/t20260110_1.html</a>')
    doc = cleanrepost.clean(portal_page("2026-01-10 08:30", "").replace(paras(ARTICLE), f"<p>{line}</p>" + paras(ARTICLE)))
    assert_kept(doc)
    assert doc.source_name == "青禾县交通运输局"
    assert doc.source_url == "http://jtj.qinghe.gov.cn/tzgg/202601/t20260110_1.html"
    assert_gone(doc, "转自青禾县交通运输局网站", ("byline",))
    dump = cleanrepost.clean("\n".join(["青禾县冬小麦长势良好", "转自青禾发布", *ARTICLE]))
    assert dump.source_name == "青禾发布" and "转自青禾发布" not in dump.text


def test_a_cms_code_glued_to_the_editors_name_is_cut():
    doc = cleanrepost.clean(portal_page(BAR, '<div class="author">责任编辑：周敏_NB12345</div>'))
    assert_kept(doc)
    assert doc.editor == "周敏"


def test_picture_counters_of_a_photo_story_go_but_a_lone_fraction_stays():
    pics = "".join(f'<div class="pic"><img src="/{i}.jpg"><span>{i}/3</span><p>{p}</p></div>'
                   for i, p in enumerate(ARTICLE, 1))
    doc = cleanrepost.clean(portal_page(BAR, "").replace(paras(ARTICLE), pics))
    assert_kept(doc)
    for i in (1, 2, 3):
        assert_gone(doc, f"{i}/3", ("pager",))
    doc = cleanrepost.clean(portal_page(BAR, "<p>1/2</p>"))
    assert "1/2" in doc.paragraphs


@pytest.mark.parametrize("first,last,source", [
    ("<p>青禾日报北京1月10日电 据介绍，全县今年新建高标准农田三万亩。</p>", "", "青禾日报"),  # a wire dateline
    ("<p>青禾新闻网讯 据介绍，全县今年新建高标准农田三万亩。</p>", "", "青禾新闻网"),  # an outlet's own dateline
    ("", "<p>来源 | 青禾日报</p>", "青禾日报"),  # a bar for the colon
    ("", "<p>本文转载自微信公众号“青禾发布”</p>", "青禾发布"),  # the account in quotes
    ("<p>本报讯 据介绍，全县今年新建高标准农田三万亩。</p>", "", None),  # the paper's own, not named
])
def test_the_story_credits_its_source_where_the_bar_names_none(first, last, source):
    doc = cleanrepost.clean(portal_page("2026-01-10 08:30", last).replace(paras(ARTICLE), first + paras(ARTICLE)))
    assert_kept(doc)
    assert doc.source_name == source
    assert "来源 | " not in doc.text and "转载自" not in doc.text


def test_a_press_releases_closing_stamp_dates_it_but_a_signature_date_does_not():
    release = "<p>完</p><p>2026年1月10日（星期六）<br>青禾时间16时30分</p>"
    doc = cleanrepost.clean(portal_page("", release))
    assert_kept(doc, ARTICLE + ["完", "2026年1月10日（星期六）"])
    assert doc.published == "2026-01-10"
    doc = cleanrepost.clean(portal_page("", "<p>青禾县农业农村局</p><p>2026年1月10日</p>"))
    assert doc.published is None


def test_a_question_page_keeps_its_answer_with_the_question():
    """A Q&A page: the headline asks, the box under it holds the question, the answer sits in the next box of
    the same wrapper (behind an answerer's card).  Question and answer(s) are one article."""
    ask = "房东说合同到期后要扣掉一半押金，理由是墙面有些发黄，这种情况我可以要求全额退还吗？"
    reply = ["你好，墙面因正常居住出现的轻微发黄属于合理损耗，出租人一般不能以此为由扣除押金。",
             "建议先与房东协商，保留好入住时的房屋照片和交接清单；协商不成的，可以向住房租赁主管部门投诉，"
             "也可以向人民法院起诉，请求返还押金并承担相应的利息损失。",
             "签订新合同时，最好把押金退还的条件和期限写清楚，并在交房时双方签字确认房屋现状。"]
    html = ('<html><head><title>租房到期房东扣押金合理吗？_律问网</title></head><body><div class="page">'
            '<div class="ask-wrap"><div class="ask"><h1>租房到期房东扣押金合理吗？</h1>'
            f'<div class="ask-body"><p>{ask}</p></div></div>'
            '<div class="lawyer-a"><div class="card"><p>周明远 执业律师</p><p>青禾律师事务所</p></div>'
            f'<div class="a-text">{paras(reply)}</div></div></div>'
            '<div class="more"><h3>相关咨询</h3><ul><li><a href="/q/1.html">押金条丢了还能退吗？</a></li>'
            '<li><a href="/q/2.html">提前退租要付违约金吗？</a></li></ul></div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc, [ask] + reply)
    assert "押金条丢了" not in doc.text


def test_number_cells_of_a_data_table_stay_but_a_lone_count_goes():
    """A statistics table inside the article: its figures (a bare 3-digit count among them) are the document's
    data, not a page counter; a bare number on a line of its own after the article still is one."""
    rows = [("东湖乡", "1,204", "386", "+12.5%"), ("西岭镇", "987", "412", "-3.1%"), ("南坪村", "2,310", "655", "+8.0%")]
    table = ("<table><tr><th>乡镇</th><th>参保人数</th><th>新增人数</th><th>同比</th></tr>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div class="main"><div class="blk">'
            f'<h1>青禾县冬小麦长势良好</h1>{paras(ARTICLE[:2])}{table}<p>{A3}</p><p>4521</p></div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc)
    for r in rows:
        assert all(c in doc.paragraphs for c in r), r
    assert_gone(doc, "4521", ("counter",))


@pytest.mark.parametrize("box", ["摘要：青禾县冬小麦长势总体良好，明年将推广节水灌溉。", "【导读】青禾县冬小麦长势良好，农资下乡减少损失。"])
def test_a_labelled_summary_box_under_the_headline_goes_but_a_sentence_naming_one_stays(box):
    doc = cleanrepost.clean(news_page(f'<div class="digest">{box}</div>', ""))
    assert_kept(doc)
    assert_gone(doc, box, ("metadata",))
    line = "摘要记录显示，今年全县冬小麦播种面积比去年增加了三千多亩。"
    doc = cleanrepost.clean(news_page(f"<p>{line}</p>", ""))
    assert_kept(doc, [line] + ARTICLE)


def test_a_facts_box_over_the_article_goes_but_a_meeting_line_inside_it_stays():
    facts = "<span>出游时间：2026-01</span><span>天数：3天</span><span>人均花费：1200元</span><span>同行：家人</span>"
    meeting = "时间：2026年1月15日上午9时 地点：县政府三楼会议室 主持人：王青"
    doc = cleanrepost.clean(news_page(f'<div class="facts">{facts}</div>', "")
                            .replace(f"<p>{A3}</p>", f"<p>{A3}</p><p>{meeting}</p>"))
    assert_kept(doc, ARTICLE + [meeting])
    assert_gone(doc, "人均花费：1200元", ("metadata",))


def test_a_counter_row_with_icons_goes_but_a_count_in_a_sentence_stays():
    row = '<div class="bar"><span>♥ 3.4万</span><span>★ 收藏 12,087</span><span>✉ 566</span><span>分享</span></div>'
    doc = cleanrepost.clean(news_page("", "").replace(f"<p>{A3}</p>", f"<p>{A3}</p>{row}"))
    assert_kept(doc)
    assert_gone(doc, "收藏 12,087", ("counter",))
    line = "★ 全县共收藏古籍12,087册，其中善本566册。"
    doc = cleanrepost.clean(news_page("", "").replace(f"<p>{A3}</p>", f"<p>{A3}</p><p>{line}</p>"))
    assert line in doc.paragraphs


@pytest.mark.parametrize("top,end,source,url", [
    # the first publication's note over the post, its link printed as text
    ("<blockquote><p>本文首发于作者公众号“青禾农事”，原文链接：https://wx.qinghenongshi.cn/s/Ab12Cd</p></blockquote>", "",
     "青禾农事", "https://wx.qinghenongshi.cn/s/Ab12Cd"),
    # a magazine's print note in the end box, beside the editor line
    ("", '<div class="end"><p>（本文刊于《青禾周刊》第12期，转载请联系编辑部）</p><p>编辑：林小禾　校对：周青</p></div>',
     "青禾周刊", None),
])
def test_a_note_of_first_publication_names_the_source(top, end, source, url):
    html = ('<html><head><title>青禾县冬小麦长势良好</title></head><body><div class="main"><div class="blk">'
            f'<h1>青禾县冬小麦长势良好</h1>{top}{paras(ARTICLE)}{end}</div></div></body></html>')
    doc = cleanrepost.clean(html)
    assert_kept(doc)
    assert doc.source_name == source and doc.source_url == url
    note = "首发于" if top else "刊于"
    assert note not in doc.text and removed(doc, note).kind == "byline"


def test_comments_with_name_and_time_on_lines_of_their_own_go_but_a_timed_timeline_stays():
    says = ["这个办法好，我们村去年也试过，效果确实不错。", "请问节水灌溉的设备补贴怎么申请？"]
    cmts = "".join(f'<div class="cmt"><span class="who">{n}</span><p>{t}</p><span class="at">2026-01-1{k} 0{k}:15</span></div>'
                   for k, (n, t) in enumerate(zip(["麦田守望", "qinghe_li"], says), 1))
    doc = cleanrepost.clean(news_page("", "").replace(f"<p>{A3}</p>", f"<p>{A3}</p>{cmts}"))
    assert_kept(doc)
    for t in says:
        assert_gone(doc, t, ("comment",))
    steps = ["上午九时，县农技站的专家来到东湖乡麦田，查看苗情并指导农户追施返青肥。",
             "上午十时半，专家们转到西岭镇，为种植大户讲解冬春季病虫害的防治要点。"]
    timeline = "".join(f'<div class="step"><span class="at">2026-01-10 0{k}:30</span><p>{t}</p></div>'
                       for k, t in enumerate(steps, 8))
    doc = cleanrepost.clean(news_page("", "").replace(f"<p>{A3}</p>", f"<p>{A3}</p>{timeline}"))
    assert_kept(doc, ARTICLE + steps)
