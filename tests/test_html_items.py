"""Repeated posts after the article (item_runs), post meta rows and closing reference lists (html_features):
furniture by markup structure and line shape, and the article shapes that look alike and must stay."""
from __future__ import annotations

import cleanrepost

from test_html_generalize import paras as ps
from test_html_generalize import removed

A = ["社区卫生服务中心本周起延长门诊时间，工作日晚间开放至八点，方便上班族下班后就诊。",
     "中心负责人介绍，延时门诊设全科、儿科和中医科，预约挂号可通过线上平台办理，现场也保留了号源。"]
R = ["请问周末也延长吗？我们家附近的服务中心周末只开半天，带孩子打疫苗很不方便。",
     "这个好，以前下班赶过去早就关门了，希望能一直坚持下去，也希望能多开几个科室。"]


def page(body: str, title: str = "社区卫生服务中心延长门诊时间") -> str:
    return f"<html><head><title>{title}</title></head><body><div class='main'><h1>{title}</h1>{body}</div></body></html>"


def test_repeated_dated_posts_after_the_article_go_with_their_heading():
    items = "".join(f"<div class='post-item'><div class='who'>居民{i} | 2026-03-0{i} 18:2{i}</div><p>{t}</p></div>"
                    for i, t in enumerate(R, 1))
    doc = cleanrepost.clean(page(f"<div class='body'>{ps(A)}</div><div class='posts'><h3>居民说（2）</h3>{items}</div>"))
    assert doc.paragraphs == A
    for gone in ("居民说（2）", "居民1 | 2026-03-01", R[0], R[1]):
        r = removed(doc, gone)
        assert (r.kind, r.reason) == ("comment", "html:reply-items")


def test_one_dated_box_and_dated_items_before_the_article_stay():
    # a single answer box under a question is the article's own box; a chronicle's items dated in words stay
    one = f"<div class='post-item'><div class='who'>居民 | 2026-03-01</div><p>{R[0]}</p></div>"
    doc = cleanrepost.clean(page(f"{ps(A)}{one}"))
    assert R[0] in doc.paragraphs
    chronicle = "".join(f"<div class='event'><h4>2025年{m}月</h4><p>{t}</p></div>" for m, t in zip((3, 9), A + R))
    doc = cleanrepost.clean(page(f"<p>{R[1]}</p>{chronicle}", title="社区卫生服务中心大事记"))
    assert all(t in doc.paragraphs for t in A)
    # nor does one dated with a bare bar date or a dated title (no name beside the date)
    for stamp in ("2025-0{m}-01", "2025-0{m}-01 中心举办开放日活动"):
        chronicle = "".join(f"<div class='event'><p>{stamp.format(m=m)}</p><p>{t}</p></div>" for m, t in zip((3, 9), A))
        doc = cleanrepost.clean(page(f"<p>{R[1]}</p>{chronicle}", title="社区卫生服务中心大事记"))
        assert all(t in doc.paragraphs for t in A), stamp


def test_post_meta_row_with_date_and_count_is_a_counter_but_a_meeting_line_stays():
    body = (f"<p>{A[0]}</p><div class='meta'>园丁老李 | 回答于 2026-02-08 | 采纳率 92%</div><p>{A[1]}</p>"
            "<p>时间：2026年3月5日 14:30 地点：中心三楼会议室</p><p>第3次会议 2026-03-05</p>")
    doc = cleanrepost.clean(page(body))
    r = removed(doc, "采纳率 92%")
    assert (r.kind, r.reason) == ("counter", "html:meta-row")
    assert "时间：2026年3月5日 14:30 地点：中心三楼会议室" in doc.paragraphs
    assert "第3次会议 2026-03-05" in doc.paragraphs


def test_a_closing_reference_list_goes_but_a_list_of_policy_documents_stays():
    refs = ("<h2>参考文献</h2><p>[1] 王某．社区卫生服务的发展[J]．卫生研究，2019，12(3)：45-50</p>"
            "<p>[2] 李某．基层医疗服务模式研究．北京：某某出版社，2021</p>")
    doc = cleanrepost.clean(page(ps(A) + refs))
    assert doc.paragraphs == A
    assert (removed(doc, "卫生研究").kind, removed(doc, "参考文献").reason) == ("related", "html:references")
    laws = ("<p>政策依据：</p><p>1. 《中华人民共和国基本医疗卫生与健康促进法》（2019年12月28日通过）</p>"
            "<p>2. 《某某省基层医疗卫生服务条例》（2021年修订）</p>")
    doc = cleanrepost.clean(page(ps(A) + laws))
    assert "2. 《某某省基层医疗卫生服务条例》（2021年修订）" in doc.paragraphs


def test_a_broadcasters_programme_note_goes_but_a_notices_own_reminder_stays():
    body = f"<p>【收看提示】本栏目每周六晚八点播出</p>{ps(A)}<p>【温馨提示】请携带本人医保卡就诊</p>"
    doc = cleanrepost.clean(page(body))
    assert removed(doc, "收看提示").reason == "line:ad.medium-note"
    assert "【温馨提示】请携带本人医保卡就诊" in doc.paragraphs


def test_the_article_resumes_after_an_inline_link_box_but_a_teaser_feed_is_not_taken_in():
    links = ("<div class='links'><a href='/a'>门诊时间表和科室介绍</a> <a href='/b'>线上预约挂号操作指南</a> "
             "<a href='/c'>家庭医生签约服务说明</a></div>")
    tail = "中心还将在周末增设儿童保健门诊，具体安排将通过社区公告栏和官方网站另行发布，请居民留意。"
    doc = cleanrepost.clean(page(f"<div class='p1'>{ps(A)}</div>{links}<div class='p2'><p>{tail}</p></div>"))
    assert doc.paragraphs == A + [tail]
    feed = "".join(f"<div class='card'><a href='/n{i}'>外区第{i}家社区医院开设夜间门诊</a><p>{R[i % 2]}</p></div>"
                   for i in range(3))
    doc = cleanrepost.clean(page(f"<div class='p1'>{ps(A)}</div>{links}<div class='feed'>{feed}</div>"))
    assert doc.paragraphs == A


def test_footnote_marks_and_edit_links_leave_the_text_an_exponent_stays():
    body = (f"<h2>概况<span class='editsection'>[编辑]</span></h2><p>{A[0]}<sup>[1]</sup></p>"
            "<p>中心新建的候诊大厅面积达到八百m<sup>2</sup>，可同时容纳两百人候诊。</p>")
    doc = cleanrepost.clean(page(body))
    assert A[0] in doc.paragraphs and "概况" in doc.paragraphs
    assert "中心新建的候诊大厅面积达到八百m2，可同时容纳两百人候诊。" in doc.paragraphs
    assert removed(doc, "[1]").reason == "html:footnote-mark"
    assert removed(doc, "[编辑]").reason == "html:edit-link"


def test_a_contents_list_naming_later_headings_goes_a_numbered_list_of_its_own_stays():
    toc = "<div class='toc'><p>目录</p><p>1 服务时间</p><p>2 预约方式</p></div>"
    body = f"{toc}<h2>服务时间</h2><p>{A[0]}</p><h2>预约方式</h2><p>{A[1]}</p>"
    doc = cleanrepost.clean(page(body))
    assert doc.paragraphs == ["服务时间", A[0], "预约方式", A[1]]
    assert removed(doc, "1 服务时间").reason == "html:contents"
    steps = "<p>办理步骤：</p><p>1 携带身份证</p><p>2 填写登记表</p><p>3 领取就诊卡</p>"
    doc = cleanrepost.clean(page(ps(A) + steps))
    assert "2 填写登记表" in doc.paragraphs


def test_platform_stamps_approval_counts_category_bars_and_came_from_lines():
    lines = ["本帖最后由 社区小王 于 2026-03-02 09:15 编辑", "编辑于 2026-03-02 09:15", "56 人赞同了该回答",
             "分类：社区动态 | 医疗服务", "本文来自某某社区公众号"]
    doc = cleanrepost.clean(page(ps(A[:1]) + ps(lines) + ps(A[1:])))
    assert doc.paragraphs == A
    assert [removed(doc, x).reason for x in lines] == ["line:byline.post-stamp", "line:byline.post-stamp",
                                                        "line:counter.approvals", "line:metadata.categories",
                                                        "line:byline.came-from"]
    assert doc.published is None or not doc.published.startswith("2026-03-02")
    keep = ["分类：可回收物、有害垃圾、厨余垃圾和其他垃圾", "本文摘自《社区卫生》2026年第2期"]
    doc = cleanrepost.clean(page(ps(A) + ps(keep)))
    assert all(x in doc.paragraphs for x in keep)


def test_floor_and_update_stamps_badges_albums_and_bar_cut_meta_rows():
    lines = ["来自Android客户端 1楼 2026-03-29 18:02", "居民老王 楼主", "已采纳", "更多图册社区义诊（8张）",
             "本页由社区共同编辑 最近更新：2026-03-01", "服务标签：义诊 体检", "社区医生 | 发布于 2026-03-02 22:05 | 评论(3)"]
    doc = cleanrepost.clean(page(ps(A[:1]) + ps(lines) + ps(A[1:])))
    assert doc.paragraphs == A
    assert [removed(doc, x).reason for x in lines] == [
        "line:byline.floor-stamp", "line:metadata.post-badge", "line:metadata.post-badge", "line:related.album",
        "line:byline.update-stamp", "line:metadata.tags", "html:meta-row"]
    keep = ["截至2026-03-01，累计开展义诊活动120次", "时间：2026-03-05 | 地点：三楼会议室 | 主持：王医生",
            "附件：义诊现场照片（3张）", "本办法最后修订于2026年3月1日"]
    doc = cleanrepost.clean(page(ps(A) + ps(keep)))
    assert all(x in doc.paragraphs for x in keep)


def test_a_post_opening_with_fen_xiang_is_prose_the_share_widget_is_not():
    post = "分享一下我们社区的义诊经验，今年共组织了六次，每次都有上百位居民参加。"
    doc = cleanrepost.clean(page(f"<p>{post}</p>{ps(A)}<p>分享让更多人看到</p>"))
    assert post in doc.paragraphs
    assert removed(doc, "分享让更多人看到").reason == "line:share.share-to"


def test_pager_prompts_subscribe_promos_and_player_controls_go_sentences_with_those_words_stay():
    lines = ["本页未完，请点击下一页继续阅读", "在各大音频平台搜索“社区之声”即可订阅收听", "播放 暂停 倍速 下载"]
    keep = ["改造工程尚未完工，下一步将增设无障碍通道。", "居民可关注社区公告栏，及时了解义诊安排，也可以电话预约。"]
    doc = cleanrepost.clean(page(ps(A) + ps(keep) + ps(lines)))
    assert doc.paragraphs == A + keep
    assert [removed(doc, x).reason for x in lines] == ["line:pager.continue", "line:ad.subscribe",
                                                        "line:share.ui-actions"]
