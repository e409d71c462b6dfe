"""The Traditional forms (OpenCC s2t) of the default Lexicon's info-bar and gov-table labels, as data.

The markup reader matches labels on HK/TW mirrors in their Traditional form too (來源, 發佈時間, 索引號).  Those
forms come from OpenCC's s2t converter, whose dictionaries take ~50-80 ms to load: every batch worker paid that
on its first HTML page, for 77 short words, although s2t is otherwise needed only for script="traditional"
output.  The default labels' forms are listed here instead; a label a user adds (not listed) is still converted
by OpenCC, so the answer is the converter's either way.  tests/test_traditional_labels.py checks every entry
against OpenCC and that every default label is listed (regenerate with `python -m cleanrepost.knowledge.traditional`).
"""
from __future__ import annotations

from typing import Iterable

# label -> its s2t form, for the labels s2t changes
S2T_LABELS: dict[str, str] = {
    "上传时间": "上傳時間", "上载日期": "上載日期", "主题分类": "主題分類", "主题词": "主題詞", "产生日期": "產生日期", "体裁分类": "體裁分類", "信息分类": "信息分類",
    "信息名称": "信息名稱", "信息时间": "信息時間", "信息来源": "信息來源", "公开属性": "公開屬性", "公开方式": "公開方式", "公开日期": "公開日期", "公开时限": "公開時限",
    "公开范围": "公開範圍", "内容概述": "內容概述", "出处": "出處", "分类": "分類", "发布于": "發佈於", "发布人": "發佈人", "发布日期": "發佈日期",
    "发布时间": "發佈時間", "发布机关": "發佈機關", "发布机构": "發佈機構", "发布者": "發佈者", "发布部门": "發佈部門", "发文字号": "發文字號", "发文日期": "發文日期",
    "发文机关": "發文機關", "发稿日期": "發稿日期", "发稿时间": "發稿時間", "发表日期": "發表日期", "发表时间": "發表時間", "名称": "名稱", "图源": "圖源",
    "图片来源": "圖片來源", "字体": "字體", "字体大小": "字體大小", "字号": "字號", "实施日期": "實施日期", "审核": "審覈", "录入时间": "錄入時間",
    "所属机构": "所屬機構", "效力级别": "效力級別", "文件编号": "文件編號", "文号": "文號", "文章来源": "文章來源", "新闻来源": "新聞來源", "时效": "時效",
    "时效性": "時效性", "时间": "時間", "更新时间": "更新時間", "本文来源": "本文來源", "来源": "來源", "标题": "標題", "校对": "校對", "浏览": "瀏覽",
    "浏览次数": "瀏覽次數", "浏览量": "瀏覽量", "消息来源": "消息來源", "点击": "點擊", "点击数": "點擊數", "点击量": "點擊量", "照片来源": "照片來源",
    "稿件来源": "稿件來源", "索引号": "索引號", "组配分类": "組配分類", "编辑": "編輯", "记者": "記者", "访问量": "訪問量", "责任编辑": "責任編輯", "责编": "責編",
    "通讯员": "通訊員", "阅读": "閱讀", "阅读数": "閱讀數", "阅读量": "閱讀量",
}
# labels s2t leaves as they are
S2T_SAME: frozenset[str] = frozenset((
    "作者", "信息日期", "出品", "分享到", "成文日期", "撰文", "撰稿", "日期", "有效性", "生成日期",
))


def s2t_forms(words: Iterable[str]) -> dict[str, str]:
    """Each word -> its OpenCC s2t form: from the tables above, the converter only for a word they lack."""
    out: dict[str, str] = {}
    missing = []
    for w in words:
        t = S2T_LABELS.get(w, w if w in S2T_SAME else None)
        if t is None:
            missing.append(w)
        else:
            out[w] = t
    if missing:
        from ..langid import converter  # ImportError without OpenCC: the caller's fallback
        s2t = converter("s2t")
        for w in missing:
            out[w] = s2t.convert(w)
    return out


def _default_labels() -> list[str]:
    from ..lexicon import Lexicon
    lex = Lexicon.default()
    return sorted({label for label, _ in lex.info_labels} | set(lex.gov_table_labels))


if __name__ == "__main__":  # print the tables for the default labels, from OpenCC
    from ..langid import converter
    conv = converter("s2t")
    forms = {w: conv.convert(w) for w in _default_labels()}
    print({w: t for w, t in forms.items() if t != w})
    print(sorted(w for w, t in forms.items() if t == w))
