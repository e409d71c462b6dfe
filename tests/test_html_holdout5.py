"""A fifth invented HTML set (issue #15), written in a later session and measured once before any fix of its
own: a poem on a literature site with a long site blurb, a short notice beside a long FAQ, a story page whose
"recommended" story is longer, a WeChat copy with promos around the article, a portal article with a feed under
it, a gov page with a count box and a copyright box inside the content.
`python tests/test_html_holdout5.py` prints its per-check summary.
"""
from __future__ import annotations

import pytest

from test_html_generalize import paras as ps
from test_html_holdout import Case, check, params, summary

POEM = ["门前的老槐树又开花了，", "白色的花串挂满枝头，", "风一吹，", "整条巷子都是甜的。",
        "母亲站在树下，", "把落下的花瓣一片片拾起，", "她说，", "这是春天写给我们的信。"]
BLURB = ("槐林文学网创办于二〇一二年，是一家面向广大文学爱好者的公益性网站，设有诗歌、散文、小说、评论等栏目，"
         "已累计发布原创作品二十余万篇，注册会员超过十万人，先后与多所高校文学社团建立了合作关系，"
         "定期举办线上征文和线下采风活动，欢迎各位作者踊跃投稿，共同营造健康向上的网络文学环境。")
NOTICE = "受台风影响，本馆定于9月12日闭馆一天，9月13日起恢复正常开放，请读者朋友合理安排出行。"
FAQ = [f"问：如何办理第{i}类读者证？答：持本人有效身份证件到一楼服务台办理，工作人员将为您现场制证，全程约需五分钟，"
       f"办理后即可借阅图书，如有疑问可拨打服务电话咨询。" for i in range(1, 6)]
STORY = ["傍晚时分，渔港码头上停满了归来的渔船，船老大们忙着卸货，鱼虾在竹筐里活蹦乱跳。",
         "今年开海以来，渔民老郑的船已经出海二十多趟，收成比去年同期多了三成，他说这得益于休渔期的生态修复。",
         "码头管理站的工作人员介绍，为保障海鲜品质，今年新建了两座冷库，渔获上岸后一小时内就能完成分拣冷藏。"]
OTHER = ["" + "在千里之外的草原上，牧民们正在准备秋季转场，成群的牛羊沿着古老的牧道缓缓向冬季牧场移动，"
         "这一走就是十几天，沿途的补给点为牧民们提供热饭热水和兽医服务，" * 3]
G1 = "为进一步优化营商环境，县市场监督管理局推出企业开办“一窗通办”服务，申请人只需提交一次材料。"
G2 = "目前，企业开办时间已压缩至一个工作日以内，全程免费刻制公章，并同步发放电子营业执照。"
G3 = "下一步，该局将持续推进线上线下融合办理，让企业和群众办事更方便、更快捷。"
GOV = [G1, G2, G3]

CASES5: list[Case] = [
    Case("poem-vs-site-blurb",
         '<html><head><title>槐花开了 - 槐林文学网</title></head><body><div class="top">槐林文学网</div>'
         '<div class="main"><div class="left"><h1>槐花开了</h1><div class="au">作者：林间月 发布：2026-05-01</div>'
         f'<div class="poem">{"".join(f"<p>{x}</p>" for x in POEM)}</div></div>'
         f'<div class="right"><h3>网站简介</h3><p>{BLURB}</p></div></div></body></html>',
         POEM, ["网站简介", "创办于二〇一二年"], {"title": "槐花开了", "published": "2026-05-01"}),
    Case("short-notice-vs-long-faq",
         '<html><head><title>闭馆通知</title></head><body><div class="wrap">'
         f'<div class="box"><h2>闭馆通知</h2><span>2026-09-10</span><p>{NOTICE}</p></div>'
         f'<div class="box"><h2>常见问题</h2>{ps(FAQ)}</div></div></body></html>',
         [NOTICE], ["常见问题", "如何办理第1类读者证"], {"title": "闭馆通知", "published": "2026-09-10"}),
    Case("story-vs-longer-recommended-story",
         '<html><head><title>渔港秋日</title></head><body><div class="page">'
         f'<div class="story"><h1>渔港秋日</h1><p class="info">2026-09-20 来源：海湾晚报</p>{ps(STORY)}</div>'
         f'<div class="recommend"><h3>推荐阅读</h3><h4>草原转场记</h4>{ps(OTHER)}</div></div></body></html>',
         STORY, ["推荐阅读", "草原转场记", "牧民们正在准备秋季转场"],
         {"title": "渔港秋日", "published": "2026-09-20", "source_name": "海湾晚报"}),
    Case("wechat-copy-with-promos",
         '<html><head><title>渔港秋日</title></head><body><div id="js_content">'
         '<h1 class="rich_media_title">渔港秋日</h1><div class="meta">海湾发布 2026-09-21 08:30</div>'
         '<p>点击上方“海湾发布”关注我们</p>'
         f'{ps(STORY)}<p>来源：海湾晚报</p><p>编辑：郑好</p><p>回复【渔港】查看往期精彩内容</p>'
         '<p>觉得不错，请点个“在看”</p></div></body></html>',
         STORY, ["点击上方", "郑好", "回复【渔港】", "在看"], {"title": "渔港秋日", "published": "2026-09-21"}),
    Case("portal-article-with-feed",
         '<html><head><title>渔港秋日_海湾网</title></head><body><div class="nav">首页 新闻 财经 体育</div>'
         f'<div class="article"><h1>渔港秋日</h1><div class="src">2026-09-22 10:00 海湾网</div>{ps(STORY)}</div>'
         '<div class="feed"><div class="feed-title">其他人还在看</div>'
         + "".join(f'<div class="card"><a href="/n{i}">第{i}条：外地秋收进行时，各地农机手忙着抢收玉米，'
                   f'田间一派繁忙景象</a><span>评论{i}</span><span>不感兴趣</span></div>' for i in range(8))
         + '</div></body></html>',
         STORY, ["其他人还在看", "外地秋收进行时", "不感兴趣"], {"title": "渔港秋日", "published": "2026-09-22"}),
    Case("gov-page-count-and-copyright-boxes",
         '<html><head><title>县市场监督管理局推出企业开办一窗通办服务</title></head><body>'
         '<div class="content"><h1>县市场监督管理局推出企业开办一窗通办服务</h1>'
         '<div class="xx">发布时间：2026-06-03　来源：县市场监督管理局</div>'
         '<div class="count">阅读数：2,318　文章类型：原创</div>'
         f'<div class="zw">{ps(GOV)}</div>'
         '<div class="bq">版权与免责声明：凡本网注明“来源：县政府网”的作品，版权均属本网所有，未经授权不得转载。</div>'
         '</div></body></html>',
         GOV, ["阅读数", "文章类型", "版权与免责声明"],
         {"title": "县市场监督管理局推出企业开办一窗通办服务", "published": "2026-06-03",
          "source_name": "县市场监督管理局"}),
    Case("article-with-inline-related-list",
         '<html><head><title>县市场监督管理局推出企业开办一窗通办服务</title></head><body><div class="detail">'
         '<h2>县市场监督管理局推出企业开办一窗通办服务</h2><p>2026-06-04</p>'
         f'<p>{G1}</p><p>{G2}</p><ul class="xg"><li><a href="/a1">相关：企业开办指南</a></li>'
         '<li><a href="/a2">相关：电子营业执照怎么领</a></li></ul>'
         f'<p>{G3}</p></div></body></html>',
         GOV, ["企业开办指南", "电子营业执照怎么领"], {"published": "2026-06-04"}),
    Case("blog-post-with-sidebar-profile",
         '<html><head><title>渔港秋日 - 海边人的博客</title></head><body><div class="blog">'
         f'<div class="post"><h2>渔港秋日</h2><div class="time">2026-09-23 21:14</div>{ps(STORY)}'
         '<div class="tags">标签：渔港 秋天</div><div class="act">阅读(312) 评论(5) 收藏</div></div>'
         '<div class="side"><div class="profile"><h3>博主简介</h3><p>一个在海边长大的人，喜欢写字，喜欢拍照，'
         '喜欢把看到的故事记下来，欢迎来访交流，我们一起记录生活里的美好瞬间。</p></div>'
         '<div class="archive"><h3>文章归档</h3><a href="/2026/09">2026年9月(12)</a><a href="/2026/08">2026年8月(9)</a>'
         '</div></div></div></body></html>',
         STORY, ["标签：渔港", "阅读(312)", "博主简介", "海边长大", "文章归档"],
         {"title": "渔港秋日", "published": "2026-09-23"}),
]

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS5: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES5, KNOWN_GAPS5))
def test_holdout5_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    summary(CASES5)
