"""A second, independent set of invented pages (issue #15's generalization check), written after the rules of
test_html_generalize were done, in other templates and other wording: self-media platforms, a blog, a forum,
gov table layouts, portals with hot lists, flash-news feeds.  Each case lists what must stay, what must go, and
fields the page states.  `python tests/test_html_holdout.py` prints a per-check summary.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import cleanrepost

from test_html_generalize import paras as ps

S1 = "十一月初的石桥镇已经有了凉意，镇上的老茶馆却依旧热闹，几张方桌旁坐满了喝早茶的老人。"
S2 = "茶馆老板老周今年六十三岁，他说这间铺子是父亲传下来的，开了快五十年，街坊们早就把这里当成了第二个家。"
S3 = "最近镇里对老街进行了修缮，茶馆门前铺上了青石板，来拍照的年轻人也多了起来，老周的生意比往年好了不少。"
STORY = [S1, S2, S3]
G1 = "为切实做好冬春季节传染病防控工作，市卫生健康委员会决定在全市范围内开展为期三个月的专项行动。"
G2 = "各区县卫生健康部门要加强医疗机构发热门诊管理，落实预检分诊制度，严格执行传染病疫情报告规定。"
G3 = "专项行动期间，市卫生健康委员会将组织督导组开展明察暗访，对工作不力的单位予以通报批评。"
GOV = [G1, G2, G3]


@dataclass
class Case:
    name: str
    html: str
    keep: list[str]
    gone: list[str]
    fields: dict[str, str] = field(default_factory=dict)  # Document attribute -> expected prefix
    options: dict[str, str] = field(default_factory=dict)  # clean() options for the page (script="keep" …)


CASES: list[Case] = []

# 1. a self-media platform page: meta row of spans, a report link, a 原创 notice, a feed of cards
CASES.append(Case(
    "selfmedia-feed-cards",
    '<html><head><title>石桥镇的老茶馆 - 乡村小记</title></head><body><div class="main-wrap">'
    '<div class="article-box"><h1 class="article-title">石桥镇的老茶馆</h1>'
    '<div class="article-meta"><span class="original">原创</span><span class="name">乡村小记</span>'
    '<span class="time">2025-11-03 14:22</span><span>·</span><span>浙江</span></div>'
    f'<article class="syl-article-base">{ps(STORY)}</article>'
    '<div class="report"><a href="/report">举报/反馈</a></div>'
    '<p class="statement">本文为作者原创，未经授权禁止转载</p></div>'
    '<div class="feed-wrap"><div class="feed-title">相关推荐</div>'
    + "".join(f'<div class="feed-card"><a href="/i/{i}">古镇第{i}家百年老店的故事</a>'
              f'<div class="feed-info"><span>小镇故事会</span><span>{i * 7}评论</span><span>{i}天前</span></div></div>'
              for i in range(1, 7))
    + '</div></div></body></html>',
    STORY, ["举报", "未经授权禁止转载", "百年老店", "小镇故事会", "评论"], {"published": "2025-11-03"}))

# 2. a news portal repost: 原标题 line, 返回 link, platform statement, editor
CASES.append(Case(
    "portal-repost-statement",
    '<html><head><title>石桥镇的老茶馆_新闻中心</title></head><body><div class="left-col">'
    '<h1>石桥镇的老茶馆</h1><div class="article-info">2025-11-04 08:15 来源：江川日报</div>'
    f'<article class="article"><p>原标题：一间茶馆守着一条老街</p>{ps(STORY)}'
    '<p><a href="/">返回首页，查看更多</a></p><p>责任编辑：孙晓</p></article>'
    '<div class="statement">声明：该文观点仅代表作者本人，本平台系信息发布平台，仅提供信息存储空间服务。</div>'
    '</div></body></html>',
    STORY, ["原标题", "返回首页", "孙晓", "信息存储空间"], {"published": "2025-11-04", "source_name": "江川日报",
                                                  "editor": "孙晓"}))

# 3. an official-account post, other wording than the first set
CASES.append(Case(
    "account-post-wording",
    '<html><head><title>石桥镇的老茶馆</title></head><body><div class="rich_media">'
    '<h2 class="rich_media_title">石桥镇的老茶馆</h2>'
    '<div class="rich_media_content">'
    '<p>▲点击上方“石桥发布”可快速关注</p>'
    f'{ps(STORY[:2])}<p>↓↓↓ 扫码报名老街摄影大赛 ↓↓↓</p>{ps(STORY[2:])}'
    '<p>来源：石桥镇融媒体中心</p><p>编辑：李想</p><p>审核：王进</p>'
    '<p>喜欢就点个“赞”和“在看”吧</p>'
    '<p>往期精彩</p><p><a href="/m/1">石桥镇举办第三届桂花节</a></p><p><a href="/m/2">老街修缮工程顺利完工</a></p>'
    '<p><a href="/m/3">镇文化站开设书法公益课</a></p>'
    '</div></div></body></html>',
    STORY, ["点击上方", "扫码报名", "点个“赞”", "往期精彩", "桂花节", "李想", "王进"],
    {"source_name": "石桥镇融媒体中心", "editor": "李想"}))

# 4. a gov table-layout page: left nav table, info row with 浏览次数, print/close bar, 相关链接
CASES.append(Case(
    "gov-table-layout",
    '<html><head><title>关于开展冬春季传染病防控专项行动的通知</title></head><body>'
    '<table width="1000"><tr><td width="200"><table>'
    + "".join(f'<tr><td><a href="/l/{i}">机构职能{i}</a></td></tr>' for i in range(8))
    + '</table></td><td><table><tr><td class="bt">关于开展冬春季传染病防控专项行动的通知</td></tr>'
    '<tr><td>信息来源：市卫健委　　发布时间：2025年03月02日　　浏览次数：568</td></tr>'
    f'<tr><td class="nr">{ps(GOV)}<p>市卫生健康委员会</p><p>2025年3月1日</p></td></tr>'
    '<tr><td>【打印本页】　【关闭窗口】</td></tr>'
    '<tr><td>相关链接：<a href="/r/1">市疾控中心</a> <a href="/r/2">省卫健委</a></td></tr>'
    '</table></td></tr></table></body></html>',
    GOV + ["市卫生健康委员会", "2025年3月1日"], ["机构职能", "浏览次数", "打印本页", "市疾控中心"],
    {"published": "2025-03-02", "source_name": "市卫健委",
     "title": "关于开展冬春季传染病防控专项行动的通知"}))

# 5. a personal blog: tag line, counter row with brackets, prev/next, a long author blurb in the side column
CASES.append(Case(
    "blog-counter-row",
    '<html><head><title>雨天_晴川的博客</title></head><body><div class="blogwrap">'
    '<div class="sidecol"><div class="mod"><h3>博主简介</h3><p>' + "晴川，自由撰稿人，喜欢旅行、摄影和写作，"
    "走过国内三十多个省份，写过上百篇游记，作品散见于多家报刊杂志，现居江南小城，以文会友，欢迎交流。" * 2
    + '</p></div></div><div class="maincol"><div class="articalTitle"><h2>雨天</h2>'
    '<span class="time">(2025-05-20 21:03:11)</span></div>'
    '<div class="articalTag">标签： 生活 随笔　分类： 日记</div>'
    '<div class="articalContent"><p>下了一整天的雨，窗外的梧桐叶被洗得发亮，我泡了一壶茶，读完了半本旧书。</p></div>'
    '<div class="IL">阅读(128)｜评论(3)｜收藏(0)｜转载(1)｜喜欢▼｜打印</div>'
    '<div class="articalfrontback"><div>前一篇：晴天</div><div>后一篇：夜读</div></div>'
    '</div></div></body></html>',
    ["下了一整天的雨，窗外的梧桐叶被洗得发亮，我泡了一壶茶，读完了半本旧书。"],
    ["自由撰稿人", "标签", "阅读(128)", "前一篇", "后一篇"], {"published": "2025-05-20"}))

# 6. a portal story with a 24-hour hot list of long teasers under a neutral class
HOT = "".join(f'<li><a href="/h/{i}">外省某市第{i}条热门新闻标题</a><p>这是一段比较长的热文摘要，讲述了当地群众在'
              f'乡村振兴中探索出的新路子，通过发展特色种植和民宿旅游，带动周边一百多户村民增收致富，'
              f'相关做法得到了上级部门的充分肯定，并在全省范围内推广，第{i}个案例尤其典型，值得各地学习借鉴。</p></li>'
              for i in range(6))
CASES.append(Case(
    "portal-hot-list",
    '<html><head><title>石桥镇的老茶馆-江川新闻网</title></head><body><div class="container">'
    f'<div class="story"><h1>石桥镇的老茶馆</h1><div class="src">2025-11-05 江川新闻网</div>{ps(STORY)}</div>'
    f'<div class="box24"><h2>24小时热文</h2><ul>{HOT}</ul></div></div></body></html>',
    STORY, ["24小时热文", "热文摘要"], {"published": "2025-11-05"}))

# 7. a forum thread: table layout, author cell, floor toolbar, signature
CASES.append(Case(
    "forum-thread",
    '<html><head><title>石桥镇的老茶馆 - 江川论坛</title></head><body><table class="plhin"><tr>'
    '<td class="pls"><div class="authi">茶客老李</div><div>积分 1280</div><div>帖子 356</div></td>'
    '<td class="plc"><h1 id="thread_subject">石桥镇的老茶馆</h1>'
    '<div class="authi">发表于 2025-11-06 10:20 | 只看该作者 | 倒序浏览</div>'
    f'<div class="t_f">{ps(STORY)}</div>'
    '<div class="sign">签名：喝茶聊天，以茶会友</div>'
    '<div class="po">回复 举报 支持 反对</div></td></tr></table></body></html>',
    STORY, ["积分", "只看该作者", "签名", "回复 举报"], {"published": "2025-11-06"}))

# 8. a news story with a reporter line at the top and a correction/editor bar at the end
CASES.append(Case(
    "news-reporter-lines",
    '<html><head><title>石桥镇的老茶馆</title></head><body><div class="content-main">'
    '<h1>石桥镇的老茶馆</h1><div class="info">2025年11月07日 09:30　来源：江川晚报</div>'
    f'<div class="text"><p>本报记者 张明 通讯员 李华</p>{ps(STORY)}<p>【纠错】　【责任编辑：赵锐】</p></div>'
    '</div></body></html>',
    STORY, ["本报记者", "纠错", "赵锐"], {"published": "2025-11-07", "source_name": "江川晚报"}))

# 9. an info bar with a thousands separator in the counter and a font toggle
CASES.append(Case(
    "bar-with-comma-count",
    '<html><head><title>石桥镇的老茶馆</title></head><body><div class="wrap">'
    '<h1>石桥镇的老茶馆</h1><p class="bar">发布时间：2025-06-18 作者：刘洋 阅读：1,234次 字体：T | T</p>'
    f'<div class="cont">{ps(STORY)}</div></div></body></html>',
    STORY, ["1,234", "刘洋"], {"published": "2025-06-18", "author": "刘洋"}))

# 10. a short maintenance notice with an "about us" text after it (no class hints at all)
NOTICE = "因系统升级，本平台将于2025年12月1日凌晨2时至6时暂停服务，给您带来不便，敬请谅解。"
ABOUT = ("我们是一家专注于社区服务的互联网平台，自成立以来，始终坚持以用户为中心，为广大居民提供便民缴费、"
         "社区团购、家政预约等多项服务，累计服务用户超过五百万人次，获得了社会各界的广泛好评。") * 2
CASES.append(Case(
    "notice-vs-about",
    '<html><head><title>系统维护公告</title></head><body><div>'
    f'<div><div><h3>系统维护公告</h3><div>2025-11-28</div><div><p>{NOTICE}</p></div></div></div>'
    f'<div><div><h4>关于我们</h4><p>{ABOUT}</p></div></div></div></body></html>',
    [NOTICE], ["专注于社区服务"]))

# 11. a short essay followed by a thread of reader comments that read as prose
COMMENTS = "".join(f'<div class="item"><span class="u">读者{i}</span><p>写得真好，让我想起了小时候跟着爷爷去镇上'
                   f'喝茶的日子，那时候的茶馆也是这样热闹，第{i}次读还是很感动。</p><span>2025-11-0{i}</span></div>'
                   for i in range(1, 9))
CASES.append(Case(
    "essay-with-reader-comments",
    '<html><head><title>石桥镇的老茶馆</title></head><body><div class="page">'
    f'<div class="post"><h1>石桥镇的老茶馆</h1>{ps(STORY)}</div>'
    f'<div class="talk"><h3>网友说</h3>{COMMENTS}</div></div></body></html>',
    STORY, ["网友说", "小时候跟着爷爷"]))

# 12. a flash-news page: the item itself, then a list of other flash items without links
FLASH = "【石桥镇老街修缮完工】记者从石桥镇获悉，历时八个月的老街修缮工程日前完工，老街将于本周末重新开放。"
OTHERS = "".join(f'<li><span class="t">1{i}:0{i}</span><p>【外地快讯第{i}条】某地今日召开新闻发布会，介绍了当地第{i}季度经济运行情况，'
                 f'主要指标保持平稳增长。</p></li>' for i in range(8))
CASES.append(Case(
    "flash-news-list",
    '<html><head><title>石桥镇老街修缮完工</title></head><body><div class="kx">'
    f'<div class="kx-detail"><h1>石桥镇老街修缮完工</h1><div class="kx-time">2025-11-08 10:05</div><p>{FLASH}</p></div>'
    f'<div class="kx-more"><h3>更多快讯</h3><ul>{OTHERS}</ul></div></div></body></html>',
    [FLASH], ["外地快讯", "更多快讯"], {"published": "2025-11-08"}))


def check(case: Case) -> list[str]:
    """The failed checks of one case (empty: all good)."""
    doc = cleanrepost.clean(case.html, **case.options)
    bad = [f"lost:{k[:10]}" for k in case.keep if k not in doc.paragraphs]
    bad += [f"leak:{g}" for g in case.gone if g in doc.text]
    bad += [f"trace:{g}" for g in case.gone if not any(g in r.text and r.kind and r.reason for r in doc.removed)]
    for name, want in case.fields.items():
        got = getattr(doc, name) or ""
        if not got.startswith(want):
            bad.append(f"field:{name}={got!r}")
    return bad


def params(cases: list[Case], gaps: dict[str, str]) -> list:
    """pytest params of the cases, those named in `gaps` pinned strict xfail with their reason."""
    return [pytest.param(c, id=c.name, marks=pytest.mark.xfail(strict=True, reason=gaps[c.name])) if c.name in gaps
            else pytest.param(c, id=c.name) for c in cases]


@pytest.mark.parametrize("case", params(CASES, {}))
def test_holdout_case(case: Case) -> None:
    assert check(case) == []


def summary(cases: list[Case]) -> None:
    """Print each case's passed checks (a kept paragraph, a gone part twice: not in the text, traced; a field)."""
    total = failed = clean = 0
    for c in cases:
        bad = check(c)
        n = len(c.keep) + 2 * len(c.gone) + len(c.fields)
        total, failed, clean = total + n, failed + len(bad), clean + (not bad)
        print(f"{c.name:36s} {n - len(bad):2d}/{n:2d}  {' '.join(bad)}")
    print(f"checks passed {total - failed}/{total}; cases clean {clean}/{len(cases)}")


if __name__ == "__main__":
    summary(CASES)
