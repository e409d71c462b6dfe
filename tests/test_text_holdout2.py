"""A second invented set of text dumps (issue #15), written after the first set's fixes and measured once before
any fix of its own: language and accessibility bars, an anti-copy jammer, a label line printed twice, a TV
station's credits, an aggregator's repost notice, a meeting notice whose contact lines belong to the document.
`python tests/test_text_holdout2.py` prints its per-check summary.
"""
from __future__ import annotations

import pytest

from test_html_holdout import Case, check, params
from test_text_holdout import dump

Q1 = "四月上旬，石门县图书馆启动了“书香进万家”全民阅读系列活动，为期两个月。"
Q2 = "活动期间，图书馆将在全县十二个乡镇设立流动借阅点，每周定时送书上门，方便农村群众就近借阅。"
Q3 = "馆长介绍，今年还将新增少儿绘本区和老年大字书专架，全年计划开展各类阅读推广活动八十场以上。"
READ = [Q1, Q2, Q3]
READ_TITLE = "石门县启动全民阅读系列活动"

M1 = "为做好今年防汛抗旱工作，经研究，定于2026年4月20日上午9时召开全县防汛抗旱工作会议，现将有关事项通知如下。"
M2 = "一、参会人员：各乡镇分管负责同志，县防汛抗旱指挥部各成员单位分管负责同志。"
M3 = "二、会议地点：县政府三楼第一会议室。请各单位于4月18日前将参会人员名单报县应急管理局。"
MEET = [M1, M2, M3]
MEET_TITLE = "关于召开全县防汛抗旱工作会议的通知"

CASES: list[Case] = [
    Case("language-and-accessibility-bars",
         dump("简体 | 繁體 | English", "长者模式　无障碍浏览　智能问答", "用户登录　个人中心", "石门县人民政府门户网站",
              "您现在的位置：首页 > 新闻动态 > 部门动态", READ_TITLE,
              "发表日期：2026年4月8日　点击：236　字号：[大 中 小]", READ, "[打印] [关闭]"),
         READ, ["English", "长者模式", "用户登录", "您现在的位置", "点击：236", "[打印]"],
         {"title": READ_TITLE, "published": "2026-04-08"}),
    Case("label-line-printed-twice",
         dump(READ_TITLE, "来源：石门县文化旅游广电局　作者：田甜", "来源：石门县文化旅游广电局　作者：田甜", READ,
              "文章标签：全民阅读 图书馆", "相关文章"),
         READ, ["田甜", "文章标签", "相关文章"],
         {"title": READ_TITLE, "source_name": "石门县文化旅游广电局", "author": "田甜"}),
    Case("tv-station-credits",
         # (the head names the portal, not the 来源: a 来源 naming the dump's own site is its stamp, meta "site")
         dump("石门新闻网", "视频 | 图片 | 专题", READ_TITLE, "2026-04-09 19:32:05　来源：石门县融媒体中心", READ,
              "编辑：龙飞　审核：向阳　终审：彭军", "监制：覃明"),
         READ, ["视频 | 图片", "龙飞", "向阳", "彭军", "覃明"],
         {"title": READ_TITLE, "published": "2026-04-09", "source_name": "石门县融媒体中心"}),
    Case("aggregator-repost-notice",
         dump(READ_TITLE, "2026年04月10日 08:15　本文转自：石门发布", READ,
              "声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本站赞同其观点。",
              "如有侵权，请联系我们删除。", "热门标签：阅读 图书馆 乡村"),
         READ, ["本文转自", "声明", "如有侵权", "热门标签"],
         {"title": READ_TITLE, "published": "2026-04-10"}),
    Case("meeting-notice-with-its-own-contact",
         dump("首页 > 信息公开 > 通知公告", MEET_TITLE, "各乡镇人民政府，县防汛抗旱指挥部各成员单位：", MEET,
              "联系人：李强", "联系电话：0736-5221234", "石门县人民政府办公室", "2026年4月15日",
              "分享到：", "微信 微博"),
         MEET + ["各乡镇人民政府，县防汛抗旱指挥部各成员单位：", "联系人：李强", "联系电话：0736-5221234",
                 "石门县人民政府办公室", "2026年4月15日"],
         ["信息公开", "分享到", "微信 微博"], {"title": MEET_TITLE}),
    Case("title-once-after-long-chrome",
         dump("首页", "走进石门", "政务公开", "政务服务", "互动交流", "专题专栏", "部门动态", READ_TITLE, READ,
              "扫一扫 手机看", "网站标识码：4307260001　湘ICP备12345678号"),
         READ, ["走进石门", "互动交流", "专题专栏", "扫一扫", "ICP备"], {"title": READ_TITLE}),
    Case("photo-credit-over-two-lines",
         dump("石门日报", "2026年04月11日　第02版", READ_TITLE, "本报讯（记者 邓丽）", READ,
              "图为群众在流动借阅点挑选图书。", "本报记者 邓丽 摄", "上一篇　下一篇"),
         READ + ["图为群众在流动借阅点挑选图书。"], ["第02版", "邓丽 摄", "上一篇"],
         {"title": READ_TITLE, "published": "2026-04-11"}),
    Case("views-and-comment-counters",
         dump(READ_TITLE, "作者：文旅局　发布时间：2026-04-12 16:08:44", "阅读：1,024　评论：0　点赞：18", READ,
              "我要评论", "已有0人参与评论", "网友评论仅供其表达个人看法，并不表明本站同意其观点"),
         READ, ["阅读：1,024", "我要评论", "参与评论", "网友评论"],
         {"title": READ_TITLE, "published": "2026-04-12"}),
    Case("column-tabs-and-more-links",
         dump("通知公告 | 工作动态 | 媒体聚焦 | 更多>>", READ_TITLE, "时间：2026-04-13　浏览：",
              READ, "【返回列表】", "媒体聚焦", "县里组织开展春季植树活动 2026-04-02",
              "全县春耕备耕有序推进 2026-03-28", "更多>>"),
         READ, ["媒体聚焦", "返回列表", "春季植树", "春耕备耕"],
         {"title": READ_TITLE, "published": "2026-04-13"}),
    Case("qa-reply-page",
         dump("县长信箱", "信件标题：乡镇图书借阅点开放时间", "来信时间：2026-04-14", "信件内容：",
              "请问乡镇流动借阅点每周几开放？周末能不能借书？", "回复单位：石门县图书馆", "回复时间：2026-04-16",
              "回复内容：", "您好！流动借阅点每周二、周四、周六上午开放，周六可正常借还图书。感谢您的关注。",
              "满意度评价：满意　基本满意　不满意"),
         ["请问乡镇流动借阅点每周几开放？周末能不能借书？",
          "您好！流动借阅点每周二、周四、周六上午开放，周六可正常借还图书。感谢您的关注。"],
         ["满意度评价"]),
]

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_GAPS))
def test_text_holdout2_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    from test_html_holdout import summary

    summary(CASES)
