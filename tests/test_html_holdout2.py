"""A third invented set (issue #15), written after the fixes that the second set (test_html_holdout) revealed, so
that one measurement stays unseen by the rules: attribution lines of reposts, app promos, slash credits,
bracketed editors, a split article around a link box, a page whose headline is only in <title>.
`python tests/test_html_holdout2.py` prints the per-check summary.
"""
from __future__ import annotations

import pytest

from test_html_generalize import paras as ps
from test_html_holdout import Case, check, params, summary
from test_html_holdout3 import CASES3, KNOWN_GAPS3

T1 = "清晨六点，河口村的渡船准时靠岸，船工老吴把缆绳系好，招呼赶集的村民依次上船。"
T2 = "这条渡线已经运行了四十多年，河上至今没有桥，渡船是两岸村民往来最方便的交通方式。"
T3 = "县交通部门表示，跨河大桥的选址工作已经完成，预计后年建成通车，到那时渡船将转为观光用途。"
T4 = "老吴说，等桥通了，他想在船上开个小茶座，让游客坐着船看看河口的日出。"
TEXT = [T1, T2, T3]
HEAD = "<html><head><title>河口村的渡船</title></head><body>"

CASES2: list[Case] = [
    Case("repost-attribution-top",
         HEAD + '<div class="post"><h1>河口村的渡船</h1><div class="post-body">'
         '<p>本文来自微信公众号“河口故事”（ID：hekou2025），作者：陈舟</p>'
         f'{ps(TEXT)}<p>本文仅代表作者观点，不代表本平台立场。</p></div></div></body></html>',
         TEXT, ["本文来自微信公众号", "不代表本平台立场"]),
    Case("app-download-promo",
         HEAD + '<div class="art"><h1>河口村的渡船</h1><div class="art-con">'
         f'{ps(TEXT)}<p>下载江川新闻客户端，阅读更多精彩内容</p><p>打开APP 查看高清大图</p></div></div></body></html>',
         TEXT, ["下载江川新闻客户端", "打开APP"]),
    Case("slash-credits-and-bracketed-editor",
         HEAD + '<div class="detail"><h1>河口村的渡船</h1><div class="detail-txt">'
         f'<p>文/陈舟　图/林岚</p>{ps(TEXT)}<p>（责编：王舒、赵亮）</p><p>【来源：江川晚报】</p></div></div></body></html>',
         TEXT, ["文/陈舟", "责编", "【来源"], {"source_name": "江川晚报"}),
    Case("pipe-bar-with-views",
         HEAD + '<div class="news"><h1>河口村的渡船</h1>'
         '<div class="news-info">2025-01-02 10:00:00 | 来源：江川网 | 作者：陈舟 | 浏览：1234</div>'
         f'<div class="news-text">{ps(TEXT)}</div></div></body></html>',
         TEXT, ["浏览", "1234"], {"published": "2025-01-02", "source_name": "江川网", "author": "陈舟"}),
    Case("split-article-around-link-box",
         HEAD + '<div class="artwrap"><div class="hd"><h1>河口村的渡船</h1></div>'
         f'<div class="part1">{ps(TEXT)}</div>'
         '<div class="inline-links"><a href="/x/1">河口村简介</a><a href="/x/2">渡船的历史</a></div>'
         f'<div class="part2">{ps([T4])}</div></div>'
         '<div class="foot">江川新闻网 版权所有</div></body></html>',
         TEXT + [T4], ["河口村简介", "版权所有"]),
    Case("headline-only-in-title",
         '<html><head><title>河口村的渡船_江川新闻网</title></head><body><div class="top">'
         + "".join(f'<a href="/c/{i}">频道{i}</a>' for i in range(10)) + '</div>'
         f'<div class="zw">{ps(TEXT)}</div><div class="hot"><h3>热点</h3>'
         + "".join(f'<p><a href="/h/{i}">外地第{i}条新闻标题</a></p>' for i in range(6))
         + '</div></body></html>',
         TEXT, ["频道3", "外地第2条"]),
    Case("tip-and-reward-lines",
         HEAD + '<div class="blog"><h2>河口村的渡船</h2><div class="blog-content">'
         f'{ps(TEXT)}<p>已有 3 人打赏</p><p>本文已被编辑推荐</p><p>赞赏支持</p></div></div></body></html>',
         TEXT, ["打赏", "编辑推荐", "赞赏"]),
    Case("photo-credit-and-image-hint",
         HEAD + '<div class="story"><h1>河口村的渡船</h1><div class="story-body">'
         f'<p>{T1}</p><p>（图片来源：江川晚报）</p><p>点击图片进入下一页</p>{ps(TEXT[1:])}</div></div></body></html>',
         TEXT, ["图片来源", "点击图片"]),
]


# Known gap (also before issue #15's work): a paragraph resuming the article right after an inline link box, in
# a sibling element, counts as that box's teaser (container.discount_teasers) and the container shrinks to the
# first part.  Narrowing the teaser rule to list items lost 2 dev-corpus pages (breadcrumb + headline, 推荐阅读 box).
# (Closed in task GH: the container grows over an inline link box when the article resumes after it as a
# paragraph with no other link line up to the parent's end, container._resumed_after_links.)
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES2 + CASES3, {**KNOWN_GAPS, **KNOWN_GAPS3}))
def test_holdout2_and_3_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    summary(CASES2)
    summary(CASES3)
