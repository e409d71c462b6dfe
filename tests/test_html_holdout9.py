"""A ninth invented HTML set (issue #15, task GH), written after the eighth set's fixes, to measure once more
whether the work carries: a county news page with a photo caption and a 纠错 bar, a reader-letter column with
the office's reply, a cooking blog with a recipe list, a hobby forum thread in one table per post, a short
notice beside a long service guide, a news app share page.  `python tests/test_html_holdout9.py` prints its summary.
First run (after the eighth set's fixes, before any of its own, one run): checks passed 65/68, cases clean 4/6
(county-news-caption-correction 11/13, hobby-forum-table-posts 11/12).  The caption page's first-run expectation
(the photo caption ▲…（林溪 摄） gone) contradicted the dev corpus's gold, which keeps captions in the body: the
caption is now a kept line (67 checks from then on).
"""
from __future__ import annotations

import pytest

from test_html_generalize import paras as ps
from test_html_holdout import Case, check, params, summary


def head(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>"


# 1. county news with a photo caption line and a correction bar
C = ["连日来，河湾镇组织志愿者深入田间，帮助留守老人抢收晚稻，确保颗粒归仓。",
     "志愿者们分成八支小分队，带着收割机和烘干设备进村入户，三天时间共帮助四十多户老人完成收割。",
     "镇党委负责人表示，将把志愿服务常态化，建立留守老人帮扶台账，做到有需求就有回应。"]
COUNTY_HTML = (head("河湾镇志愿者帮老人抢收晚稻_某县新闻网") + '<div class="top">某县新闻网 首页 要闻 乡镇 图片</div>'
               '<div class="main"><h1>河湾镇志愿者帮老人抢收晚稻</h1>'
               '<div class="info">时间：2026-10-18 16:05　来源：河湾镇融媒体中心　作者：林溪</div>'
               f'<div class="text"><p><img src="/a.jpg"></p><p>▲志愿者帮助老人收割晚稻（林溪 摄）</p>{ps(C)}</div>'
               '<div class="jc">【纠错】　【打印】　【关闭】</div></div></body></html>')

# 2. a reader-letter column: the letter and the office's reply, satisfaction widget
L = "我家小区门口的路灯坏了两个多月，晚上出行很不方便，希望有关部门尽快维修。"
R = ["您好！您反映的问题已收悉，经现场核实，该路段两盏路灯因线路老化损坏。",
     "我局已安排维修人员于10月20日完成线路更换，目前路灯已恢复正常照明。感谢您对城市管理工作的关心和支持！"]
LETTER_HTML = (head("小区门口路灯损坏问题的回复_民意直通车") + '<div class="hd">民意直通车 我要写信 信件查询 办理统计</div>'
               '<div class="letter"><h2>小区门口路灯损坏问题</h2>'
               '<table class="xj"><tr><td>来信人：王先生</td><td>来信时间：2026-10-15</td></tr>'
               '<tr><td>办理单位：区城市管理局</td><td>回复时间：2026-10-21</td></tr></table>'
               f'<div class="xjnr"><h4>来信内容</h4><p>{L}</p></div>'
               f'<div class="hfnr"><h4>回复内容</h4>{ps(R)}</div>'
               '<div class="pj">满意度评价：满意(26) 基本满意(3) 不满意(1)</div></div></body></html>')

# 3. a cooking blog: an ingredient list and steps that stay, tags, a "you may like" strip
K = ["周末在家做了一次红烧排骨，做法不难，关键是炒糖色的时候要耐心，用小火慢慢熬到枣红色。",
     "排骨先冷水下锅焯水，撇去浮沫后捞出洗净，这样炖出来的汤汁更清爽。"]
STEPS = ["1. 排骨切段，冷水下锅焯水后捞出。", "2. 锅中放少许油和冰糖，小火炒出糖色。", "3. 下排骨翻炒上色，加开水没过排骨，小火炖四十分钟。"]
COOK_HTML = (head("红烧排骨的家常做法 - 厨房笔记") + '<div class="blog-top">厨房笔记 首页 菜谱 烘焙 关于</div>'
             '<div class="post"><h1>红烧排骨的家常做法</h1><div class="post-meta">2026-09-06 | 家常菜 | 阅读(2,046)</div>'
             f'<div class="post-body">{ps(K)}<p>用料：排骨500克、冰糖20克、生抽两勺、老抽一勺</p>{ps(STEPS)}</div>'
             '<div class="post-tags">标签：排骨 家常菜 红烧</div>'
             '<div class="you-like"><h3>猜你喜欢</h3>'
             + "".join(f'<a href="/r{i}"><img src="/r{i}.jpg"><span>第{i}道下饭菜的做法</span></a>' for i in range(1, 5))
             + '</div></div></body></html>')

# 4. a hobby forum, one table per post: a long reply that reads as prose too
H = ["分享一下我养了三年的一盆君子兰，今年终于开花了，一共抽出了两支花箭，开了二十多朵花。",
     "心得就是冬天一定要控水，放在十度左右的阳台上，春天转暖后再逐渐增加浇水量，花箭就能顺利抽出来。"]
REP = "恭喜恭喜！我的君子兰养了五年一次花都没开过，看了你的经验才知道冬天浇水太勤了，今年冬天一定按你说的控水试试，希望明年也能看到开花。"
HOBBY_HTML = (head("我的君子兰开花了 - 花卉园艺 - 花友社区") + '<div id="nv">花友社区 首页 版块 搜索</div>'
              '<div id="postlist">'
              '<table class="t_table" id="pid1"><tr><td class="pls">花间一壶酒<br>UID 10235<br>精华 3</td>'
              f'<td class="plc"><h1>我的君子兰开花了</h1><div class="pti">发表于 2026-02-14 13:40</div>'
              f'<div class="t_fsz">{ps(H)}</div></td></tr></table>'
              + "".join(f'<table class="t_table" id="pid{i}"><tr><td class="pls">花友{i}<br>UID 2{i}081<br>精华 0</td>'
                        f'<td class="plc"><div class="pti">发表于 2026-02-1{i + 4} 0{i}:10</div>'
                        f'<div class="t_fsz"><p>{REP if i == 2 else "太漂亮了，收藏学习一下。"}</p></div></td></tr></table>'
                        for i in (2, 3))
              + '</div></body></html>')

# 5. a short notice beside a long service guide (both plain prose, no hints)
NT = "因设备检修，本中心自助服务区将于11月2日暂停开放一天，给您带来不便，敬请谅解。"
GUIDE = [f"第{i}项服务办理指南：申请人可通过线上平台或到窗口提交申请材料，工作人员受理后将在五个工作日内完成审核，"
         f"审核通过后通过短信通知申请人领取结果，如材料不齐全将一次性告知需要补正的内容。" for i in range(1, 6)]
NOTICE_HTML = (head("自助服务区暂停开放公告") + '<div class="page"><div class="col-a"><h3>自助服务区暂停开放公告</h3>'
               f'<p class="d">2026-10-30</p><p>{NT}</p></div><div class="col-b"><h3>服务指南</h3>{ps(GUIDE)}</div>'
               '</div></body></html>')

# 6. a news app share page: app banner, article, "open the app for comments", hot list
S = ["今年秋季的第一场寒潮将于本周末影响本市，预计最低气温将降至四摄氏度左右，并伴有六级大风。",
     "气象台建议市民及时添加衣物，老人和儿童减少外出，农户提前做好大棚蔬菜的防寒保温。"]
SHARE_HTML = (head("本周末寒潮来袭 最低气温四摄氏度") + '<div class="app-bar">某某新闻客户端 打开</div>'
              '<div class="share-article"><h1>本周末寒潮来袭 最低气温四摄氏度</h1>'
              '<div class="source-line">某某新闻 2026-11-05 08:00</div>'
              f'<div class="share-body">{ps(S)}</div>'
              '<div class="open-more">打开客户端查看更多评论</div></div>'
              '<div class="hot-list"><div class="hot-title">热点推荐</div>'
              + "".join(f'<div class="hot-item"><p>外地第{i}条热点新闻标题示例</p><span>{i}万阅读</span></div>' for i in range(1, 6))
              + '</div></body></html>')

CASES9: list[Case] = [
    Case("county-news-caption-correction", COUNTY_HTML, C + ["▲志愿者帮助老人收割晚稻（林溪 摄）"], ["纠错", "打印"],
         {"title": "河湾镇志愿者帮老人抢收晚稻", "published": "2026-10-18", "source_name": "河湾镇融媒体中心",
          "author": "林溪"}),
    Case("reader-letter-and-reply", LETTER_HTML, [L] + R, ["满意度评价", "我要写信"],
         {"title": "小区门口路灯损坏问题"}),
    Case("cooking-blog-recipe", COOK_HTML, K + ["用料：排骨500克、冰糖20克、生抽两勺、老抽一勺"] + STEPS,
         ["阅读(2,046)", "标签：排骨", "猜你喜欢", "下饭菜"],
         {"title": "红烧排骨的家常做法", "published": "2026-09-06"}),
    Case("hobby-forum-table-posts", HOBBY_HTML, H, ["UID", "精华", "五年一次花都没开过", "收藏学习"],
         {"title": "我的君子兰开花了", "published": "2026-02-14"}),
    Case("short-notice-vs-service-guide", NOTICE_HTML, [NT], ["服务指南", "第3项服务办理指南"],
         {"title": "自助服务区暂停开放公告", "published": "2026-10-30"}),
    Case("news-app-share-page", SHARE_HTML, S, ["客户端 打开", "查看更多评论", "热点推荐", "热点新闻标题"],
         {"title": "本周末寒潮来袭 最低气温四摄氏度", "published": "2026-11-05"}),
]

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS9: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES9, KNOWN_GAPS9))
def test_holdout9_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    summary(CASES9)
