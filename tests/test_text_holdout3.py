"""A third invented set of text dumps (issue #15), written after the second set's fixes and measured once before
any fix of its own: anti-copy strings, e-paper credits and jump lines, head bars, forum reposts, a document's
bracketed contact note, headings of empty recommendation boxes.
`python tests/test_text_holdout3.py` prints its per-check summary.
"""
from __future__ import annotations

import pytest

from test_html_holdout import Case, check, params
from test_text_holdout import dump

W1 = "五一假期，青溪古镇迎来客流高峰，景区各入口设置了临时停车场和导览服务点。"
W2 = "据统计，假期前三天古镇共接待游客十二万人次，同比增长百分之十八，旅游综合收入超过九千万元。"
W3 = "古镇管委会负责人表示，将继续加强景区秩序维护和安全巡查，确保游客玩得开心、玩得放心。"
TOUR = [W1, W2, W3]
TOUR_TITLE = "青溪古镇假期游客同比增长百分之十八"

N1 = "根据省里统一部署，市人民政府决定自2026年5月起在全市开展城镇燃气安全专项整治，现将实施方案印发给你们。"
N2 = "一、整治范围：全市城镇燃气经营企业、餐饮等用气场所及老旧燃气管网。"
N3 = "二、工作要求：各地要建立问题隐患和制度措施两个清单，整治情况每月底前报市住房城乡建设局。"
GAS = [N1, N2, N3]
GAS_TITLE = "关于开展城镇燃气安全专项整治的通知"

CASES: list[Case] = [
    Case("anti-copy-strings-in-lines",
         dump(TOUR_TITLE, "来源：青溪旅游网　2026-05-04", [W1 + "qkTzrWvBnY", W2, "hJdPsLaXeQuM" + W3],
              "本文来源：青溪旅游网，转载请注明出处"),
         [], ["qkTzrWvBnY", "hJdPsLaXeQuM", "转载请注明"],
         {"title": TOUR_TITLE, "published": "2026-05-04", "source_name": "青溪旅游网"}),
    Case("epaper-jump-and-page-editors",
         dump("青溪日报", "2026年05月05日　星期二", "第01版：要闻", TOUR_TITLE, "本报记者　苏晴", TOUR,
              "（下转第3版）", "本版责编：方远　美编：林一　校对：周全"),
         TOUR, ["第01版", "下转第3版", "本版责编", "美编", "校对"],
         {"title": TOUR_TITLE, "published": "2026-05-05"}),
    Case("head-bars-and-lunar-date",
         dump("设为首页 | 加入收藏 | 联系我们", "2026年5月6日 农历三月二十 星期三", "多云 18～26℃ 空气质量：良",
              "青溪古镇旅游网", "古镇新闻", TOUR_TITLE, "发布时间：2026-05-06 11:20:00", TOUR),
         TOUR, ["设为首页", "农历", "空气质量", "古镇新闻"],
         {"title": TOUR_TITLE, "published": "2026-05-06"}),
    Case("bracketed-editor-and-correction-tail",
         dump(TOUR_TITLE, "2026-05-07 09:05:31　来源：青溪晚报", TOUR, "【纠错】　【责任编辑：钟灵】",
              "相关推荐", "猜你喜欢"),
         TOUR, ["纠错", "钟灵", "相关推荐", "猜你喜欢"],
         {"title": TOUR_TITLE, "published": "2026-05-07", "source_name": "青溪晚报", "editor": "钟灵"}),
    Case("follow-and-hotline-tail",
         dump(TOUR_TITLE, "青溪融媒　2026-05-08", TOUR, "扫码关注青溪发布公众号，获取更多资讯",
              "新闻热线：0578-6012345", "投稿邮箱：tougao@example.com"),
         TOUR, ["扫码关注", "0578-6012345", "tougao@example.com"],
         {"title": TOUR_TITLE, "published": "2026-05-08"}),
    Case("document-with-bracketed-contact-and-attachments",
         dump("当前位置：首页 > 政务公开 > 市政府文件", GAS_TITLE, "主送：各县（市、区）人民政府，市直有关单位。", GAS,
              "附件：1．燃气安全隐患排查清单", "2．整治工作进度表", "青溪市人民政府", "2026年4月28日",
              "（联系人：王芳，联系电话：0578-6098765）", "【打印】【关闭】"),
         GAS + ["主送：各县（市、区）人民政府，市直有关单位。", "附件：1．燃气安全隐患排查清单", "2．整治工作进度表",
                "青溪市人民政府", "2026年4月28日", "（联系人：王芳，联系电话：0578-6098765）"],
         ["当前位置", "【打印】"], {"title": GAS_TITLE}),
    Case("credits-on-three-lines",
         dump(TOUR_TITLE, "作者：苏晴", "来源：青溪日报", "发布时间：2026-05-09", "【字体：大 中 小】", TOUR,
              "打印本页　关闭窗口"),
         TOUR, ["苏晴", "字体", "打印本页"],
         {"title": TOUR_TITLE, "published": "2026-05-09", "source_name": "青溪日报", "author": "苏晴"}),
    Case("forum-repost",
         dump("青溪论坛 » 古镇生活 » 查看帖子", TOUR_TITLE, "楼主　游客小王　发表于 2026-05-10 20:11", "只看该作者",
              TOUR, "回复　举报", "1楼", "沙发！说得太对了", "2楼"),
         TOUR, ["只看该作者", "回复　举报", "1楼", "沙发"],
         {"title": TOUR_TITLE, "published": "2026-05-10"}),
    Case("keywords-and-glued-proofreader",
         dump(TOUR_TITLE, "时间：2026-05-11　来源：青溪市文化和旅游局", TOUR, "关键词：古镇 旅游 假期",
              "责任编辑：钱多多 校对：孙小小"),
         TOUR, ["关键词", "钱多多", "孙小小"],
         {"title": TOUR_TITLE, "published": "2026-05-11", "source_name": "青溪市文化和旅游局", "editor": "钱多多"}),
    Case("list-page-crumbs-around-article",
         dump("首页", "新闻中心", "图片新闻", "视频新闻", TOUR_TITLE, "2026-05-12", TOUR, "上一篇：古镇开展文明旅游宣传",
              "下一篇：暂无", "【返回】"),
         TOUR, ["图片新闻", "视频新闻", "上一篇", "下一篇", "【返回】"],
         {"title": TOUR_TITLE, "published": "2026-05-12"}),
]
# the jammer case keeps its paragraphs without the strings: checked by leak, and the clean paragraphs below
CASES[0].keep.extend(TOUR)

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_GAPS))
def test_text_holdout3_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    from test_html_holdout import summary

    summary(CASES)
