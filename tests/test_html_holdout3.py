"""A fourth invented set (issue #15), written after every rule of this round, for a last unseen measurement:
a county portal, a Q&A column, a company news page, a campus notice, a radio station post and a reading app
share page.  `python tests/test_html_holdout2.py` prints its per-check summary after the third set's.
"""
from __future__ import annotations

from test_html_generalize import paras as ps
from test_html_holdout import Case

R1 = "九月下旬，松林乡的板栗进入采收旺季，漫山遍野的栗树上挂满了咧着嘴的栗球，村民们忙着打栗、捡栗、分拣装袋。"
R2 = "今年乡里引进了两台板栗脱壳机，过去要靠人工一个个剥的栗子，现在几分钟就能处理上百斤，省下了大量人力。"
R3 = "乡农业服务中心负责人介绍，全乡板栗种植面积已超过一万亩，预计今年总产量可达三百万斤，产值突破两千万元。"
TEXT = [R1, R2, R3]
TITLE = "松林乡板栗喜获丰收"


def head(title_tail: str = "") -> str:
    return f"<html><head><title>{TITLE}{title_tail}</title></head><body>"


CASES3: list[Case] = [
    Case("county-portal-news",
         head("_松林县人民政府") + '<div class="banner">松林县人民政府</div><div class="navbar">'
         + "".join(f'<a href="/n{i}">栏目{i}</a>' for i in range(9)) + '</div><div class="wrap clearfix">'
         '<div class="article"><div class="tit"><h1>松林乡板栗喜获丰收</h1></div>'
         '<div class="property"><span>发布时间：2025-09-26 16:40</span><span>来源：松林乡人民政府</span>'
         '<span>【字体：大 中 小】</span></div>'
         f'<div class="detail">{ps(TEXT)}<p class="ed">（责任编辑：周洁）</p></div>'
         '<div class="ewm">扫一扫在手机打开当前页</div></div></div>'
         '<div class="bottom"><p>主办：松林县人民政府办公室</p><p>网站标识码：3311000001</p></div></body></html>',
         TEXT, ["栏目4", "字体", "周洁", "扫一扫", "网站标识码"],
         {"published": "2025-09-26", "source_name": "松林乡人民政府", "editor": "周洁"}),
    Case("qa-column",
         head() + '<div class="qa"><h2>松林乡板栗喜获丰收</h2><div class="qa-meta">提问时间：2025-09-20　回复时间：2025-09-27</div>'
         f'<div class="qa-body">{ps(TEXT)}</div>'
         '<div class="qa-rate">这条回复对您有帮助吗？ 有帮助(12) 没帮助(1)</div></div></body></html>',
         TEXT, ["对您有帮助吗"]),
    Case("company-news",
         head("-松林食品有限公司") + '<div class="inner"><div class="crumbs">首页 > 新闻中心 > 公司动态</div>'
         f'<div class="newsview"><h3>松林乡板栗喜获丰收</h3><p class="date">作者：市场部　日期：2025-09-28　人气：356</p>'
         f'{ps(TEXT)}</div><div class="prevnext"><p>上一条：公司参加秋季农产品展销会</p><p>下一条：没有了</p></div>'
         '<div class="contact"><p>电话：0571-88886666</p><p>地址：松林县工业园区8号</p></div></div></body></html>',
         TEXT, ["新闻中心", "人气", "上一条", "下一条", "0571-88886666"], {"published": "2025-09-28"}),
    Case("campus-notice",
         head("-松林职业技术学院") + '<div class="main"><div class="con-title"><h1>松林乡板栗喜获丰收</h1>'
         '<div class="con-info">作者：农学院　审核：陈老师　发布日期：2025-09-29　点击：[  ]</div></div>'
         f'<div class="v_news_content">{ps(TEXT)}</div>'
         '<div class="share">分享到：<a href="#">QQ空间</a><a href="#">新浪微博</a></div></div></body></html>',
         TEXT, ["审核", "点击", "分享到"], {"published": "2025-09-29"}),
    Case("radio-station-post",
         head() + '<div class="post"><h1>松林乡板栗喜获丰收</h1><div class="meta">松林之声 主持人 何欢 2025-09-30 07:30</div>'
         f'<div class="post-body"><p>【收听提示】本节目每天早上七点半播出</p>{ps(TEXT)}'
         '<p>收听更多节目，请关注“松林之声”视频号</p></div></div></body></html>',
         TEXT, ["收听提示", "视频号", "主持人"], {"published": "2025-09-30"}),
    Case("reading-app-share",
         head() + '<div class="reader"><h1>松林乡板栗喜获丰收</h1><div class="by">乡土周刊 · 第38期</div>'
         f'<div class="txt">{ps(TEXT)}</div><div class="open-app">打开阅读App，免费读完全文</div>'
         '<div class="likes">128人喜欢 · 36条评论</div></div></body></html>',
         TEXT, ["打开阅读App", "128人喜欢"]),
]


# Measured before any fix: 58/62 checks, 4/6 cases clean (main: 56/62, 4/6).  Left open: a bracketed programme
# note (【收听提示】…) looks like the 【温馨提示】 lines that gov notices keep.  (The cases run in test_html_holdout2.)
# (Closed in task GH: a bracketed note whose label is a medium verb, 【收听提示】/【收看指南】, is the
# broadcaster's, lexicon rule ad.medium-note; a notice's 【温馨提示】 has none.)
KNOWN_GAPS3: dict[str, str] = {}
