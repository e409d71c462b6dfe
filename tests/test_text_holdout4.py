"""A fourth invented set of text dumps (issue #15), written after the third set's fixes and measured once before
any fix of its own: a 人大 session report, a 纪委 notice, a county TV transcript, an agency policy Q&A, a
township page with a slogan banner, an e-paper with a page index, a dump with the headline only in a breadcrumb.
`python tests/test_text_holdout4.py` prints its per-check summary.
"""
from __future__ import annotations

import pytest

from test_html_holdout import Case, check, params
from test_text_holdout import dump

R1 = "会议听取了县人民政府关于全县农村供水保障工作情况的报告，并进行了分组审议。"
R2 = "常委会组成人员认为，近年来全县农村供水工程建设成效明显，集中供水率达到百分之九十二。"
R3 = "会议要求，县人民政府要加快老旧管网改造，健全运行管护机制，让群众喝上放心水、安全水。"
RD = [R1, R2, R3]
RD_TITLE = "县人大常委会召开第二十三次会议"

J1 = "近日，县纪委监委通报了三起违反中央八项规定精神的典型问题，涉及违规收送礼金、公款吃喝等。"
J2 = "通报指出，上述问题发生在持续释放越往后执纪越严强烈信号的背景下，性质恶劣，教训深刻。"
J3 = "各级党组织要引以为戒，紧盯重要节点，坚决防止享乐主义、奢靡之风反弹回潮。"
JW = [J1, J2, J3]
JW_TITLE = "县纪委监委通报三起违反中央八项规定精神典型问题"

CASES: list[Case] = [
    Case("rd-session-report",
         dump("青川县人大网", "首页 | 人大概况 | 常委会工作 | 代表工作 | 履职动态", "履职动态", RD_TITLE,
              "青川县人大常委会办公室　　2026-06-02", RD, "【关闭窗口】　【打印】",
              "版权所有：青川县人大常委会办公室　技术支持：某某网络"),
         RD, ["人大概况", "关闭窗口", "版权所有", "技术支持"],
         {"title": RD_TITLE, "published": "2026-06-02"}),
    Case("jw-notice-with-reporting-channels",
         dump(JW_TITLE, "发布时间：2026-06-03 17:20 信息来源：县纪委监委 浏览次数：1123", JW,
              "举报网站：jb.example.gov.cn", "举报电话：12388", "信访地址：青川县政务中心五楼"),
         JW, ["浏览次数", "举报网站", "12388", "信访地址"],
         {"title": JW_TITLE, "published": "2026-06-03", "source_name": "县纪委监委"}),
    Case("tv-transcript-credits",
         dump("青川新闻", RD_TITLE, "青川台记者 何丽 唐杰 报道", RD, "（编辑：赵敏　审核：钱进）", "责编：孙立"),
         RD, ["何丽", "赵敏", "钱进", "孙立"],
         {"title": RD_TITLE}),
    Case("policy-qa-column",
         dump("政策问答", "问：农村供水工程由谁负责维修？",
              "答：农村供水工程由县水利局统一负责维修养护，乡镇配合做好日常巡查，村民发现问题可拨打服务热线报修。",
              "问：水费标准是多少？", "答：按照县物价部门核定的标准执行，每吨一元八角，低保户可申请减免。",
              "来源：青川县水利局　2026-06-04", "您是第 3521 位访客"),
         ["问：农村供水工程由谁负责维修？", "问：水费标准是多少？",
          "答：农村供水工程由县水利局统一负责维修养护，乡镇配合做好日常巡查，村民发现问题可拨打服务热线报修。",
          "答：按照县物价部门核定的标准执行，每吨一元八角，低保户可申请减免。"],
         ["访客"], {"published": "2026-06-04", "source_name": "青川县水利局"}),
    Case("township-slogan-banner",
         dump("生态立镇　产业兴镇　文化强镇", "白水镇人民政府欢迎您", "镇情概况　政务公开　招商引资", JW_TITLE,
              "来源：白水镇纪委　2026-06-05", JW, "白水镇人民政府主办"),
         JW, ["生态立镇", "欢迎您", "招商引资", "主办"],
         {"title": JW_TITLE, "published": "2026-06-05", "source_name": "白水镇纪委"}),
    Case("epaper-page-index",
         dump("青川日报数字报", "2026年06月06日", "01：要闻", "02：综合", "03：民生", "04：副刊", RD_TITLE,
              "本报讯　记者　冯雪", RD, "本版编辑：陈亮"),
         RD, ["数字报", "02：综合", "04：副刊", "陈亮"],
         {"title": RD_TITLE, "published": "2026-06-06"}),
    Case("headline-only-in-breadcrumb",
         dump("当前位置：首页 > 新闻中心 > " + RD_TITLE, "时间：2026-06-07", RD, "附件下载："),
         RD, ["当前位置", "附件下载"], {"title": RD_TITLE, "published": "2026-06-07"}),
    Case("share-icons-and-qr-lines",
         dump(JW_TITLE, "2026-06-08　作者：宣传部", "分享：", "微信", "微博", "QQ空间", JW,
              "扫描二维码分享到微信", "相关附件：无"),
         JW, ["分享：", "QQ空间", "扫描二维码", "相关附件"], {"title": JW_TITLE, "published": "2026-06-08"}),
]

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_GAPS))
def test_text_holdout4_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    from test_html_holdout import summary

    summary(CASES)
