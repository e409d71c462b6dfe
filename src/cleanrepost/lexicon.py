"""Boilerplate knowledge, as data.

Everything the classifier knows about reposted Chinese government pages lives here: line rules (anchored
regular expressions, each with a removal kind and optional provenance fields it yields), sidebar headings,
and container hints for HTML.  Code elsewhere reads these tables; it does not carry phrases of its own.

Users extend it without touching the code::

    from cleanrepost import Lexicon, LineRule, clean
    lex = Lexicon.default().extended(
        line_rules=[LineRule("footer.mysite", "footer", r"^本站由.{0,20}提供技术支持$")],
        sidebar_headings=["编辑推荐"],
    )
    doc = clean(page, lexicon=lex)

Rule names are stable identifiers: they appear in `Document.removed[*].reason` as "line:<name>".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Iterable, Pattern

from . import deadline
from .model import CleanError
from .regex_safety import nested_quantifiers

# Removal kinds and what they mean.  `Removal.kind` is always one of these.
KINDS: dict[str, str] = {
    "disclaimer": "repost / copyright disclaimer (免责声明, 转载目的在于传递更多信息 ...)",
    "sidebar": "a heading plus a run of short title-like lines (最新加入, 热门资讯, 相关阅读 ...), or such a run alone",
    "related": "related-reading boxes inside the article (延伸阅读, 相关新闻 ...)",
    "source-link": "原文链接 / 原文地址 / 阅读原文 lines; the URL goes to Document.source_url",
    "byline": "来源 / 作者 / 记者 / 责任编辑 / 发布时间 lines; their values go to Document fields",
    "metadata": "政府信息公开 table (索引号, 发文字号 ...) and similar label/value blocks; values go to Document.meta",
    "navigation": "breadcrumbs, menus, channel links, login/app chrome",
    "share": "share / print / font-size / close-window toolbars, QR-code hints",
    "footer": "ICP / 公网安备 / 网站标识码 / 主办单位 / 版权所有 footers",
    "comment": "comment widgets and forms",
    "pager": "pagination, 上一篇 / 下一篇",
    "ad": "advertisements and promotions",
    "counter": "hit counters, view counts",
    "title-repeat": "another copy of the title inside the page",
    "hidden": "text hidden from readers (display:none, jammer spans)",
    "outside-content": "text outside the selected main-content container (HTML)",
    "junk": "broken template or CMS residue",
    "over-limit": "text past the per-page block limit (Options.max_blocks), not examined",
}

# Separators used inside rules: half- and full-width colons, optional spaces (incl. U+3000 and NBSP).
_C = r"[ \t\u3000\u00a0]*[:：][ \t\u3000\u00a0]*"
_S = r"[ \t\u3000\u00a0]*"
DATE = r"(?P<date>(?:19|20)\d\d(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)(?:[ T\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"


@dataclass(frozen=True)
class LineRule:
    """A whole-line rule.

    `pattern` is searched in the whitespace-trimmed line.  Named groups `url`, `source`, `author`, `editor`,
    `date` become Document fields.  A rule with `max_len` only applies to lines no longer than that, which
    keeps a phrase inside an article sentence from removing the sentence.
    """

    name: str
    kind: str
    pattern: str | Pattern[str]
    max_len: int | None = None

    @property
    def regex(self) -> Pattern[str]:
        p = self.pattern
        return p if isinstance(p, re.Pattern) else _compile(p)


_cache: dict[str, Pattern[str]] = {}


def _compile(p: str) -> Pattern[str]:
    r = _cache.get(p)
    if r is None:
        r = _cache[p] = re.compile(p)
    return r


PROVINCES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕甘陇青蒙桂藏宁新港澳台"


def _menu_bar(n: int) -> str:
    """Items separated by | or ｜ (three or more), each at most 14 characters once the spaces around it are set
    aside; a trailing | is allowed.  `n` (the rule's max_len) bounds every repeat: no nested unbounded ones."""
    item, blank = r"[^|｜。，,\d]", r"[ \t\u3000]"
    word = r"[^|｜。，,\d \t\u3000]"  # an item character that is not a space
    first = f"(?:{item}{{0,13}}{word}{blank}{{0,{n}}}|{blank}{{1,{n}}})"  # the line's start up to its last letter
    middle = f"(?:{blank}{{0,{n}}}{word}(?:{item}{{0,12}}{word})?{blank}{{0,{n}}}|{blank}{{1,{n}}})"
    last = f"(?:{blank}{{0,{n}}}{word}{item}{{0,13}}|{blank}{{1,{n}}})"  # from its first letter to the end
    return f"^{first}(?:[|｜]{middle}){{1,{n // 2}}}[|｜]{last}[|｜]?$"


def _pager_numbers(n: int) -> str:
    """Page numbers and pager words between pager punctuation, at least two of them (a digit run of two or more
    digits counts as two); `n` (the rule's max_len) bounds every repeat."""
    sep = r"[\s|｜<>«»‹›【】\[\]()（）.…]"
    token = rf"(?:\d{{1,{n}}}(?!\d)|首页|尾页|末页|上一页|下一页|前一页|后一页)"
    return (rf"^(?=.*(?:[|｜<>«»‹›【】\[\]…]|页)){sep}{{0,{n}}}"
            rf"(?:(?:{token}{sep}{{0,{n}}}){{2,{n}}}|\d{{2,{n}}}{sep}{{0,{n}}})$")

LINE_RULES: tuple[LineRule, ...] = (
    # --- provenance lines: removed from the body, their values kept as fields -------------------------------
    LineRule("source-link.original", "source-link",
             r"^[\[【(（]?(?:原文链接|原文地址|原文网址|阅读原文|原文出处|本文链接|文章链接)[\]】)）]?" + r"(?:" + _C + r")?(?P<url>https?://\S+)?\s*$",
             max_len=400),
    LineRule("byline.source", "byline",
             r"^[\[【(（]?(?:来源|文章来源|信息来源|稿件来源|新闻来源|来源于|本文来源|消息来源|转载自|转自)[\]】)）]?" + _C
             + r"(?P<source>[^\s|｜]{0,40}?)[\s|｜]*(?:$|(?=(?:作者|编辑|责任编辑|发布时间|时间|日期)))",
             max_len=80),
    LineRule("byline.editor", "byline",
             r"^[\[【(（]?\s*(?:责任编辑|责编|编辑|审核|校对|终审|初审|审校|值班编辑|网络编辑)" + _C
             + r"(?P<editor>[\u4e00-\u9fff·•A-Za-z ]{1,24}?)\s*[\]】)）]?$",
             max_len=50),
    LineRule("byline.author", "byline",
             r"^[\[【(（]?\s*(?:作者|记者|撰稿|文|通讯员|摄影|海报制作|图|视频)" + _C
             + r"(?P<author>[\u4e00-\u9fff·•、，, A-Za-z]{1,40}?)\s*[\]】)）]?$",
             max_len=60),
    LineRule("byline.published", "byline",
             r"^[\[【(（]?(?:发布时间|发布日期|发表时间|发文日期|更新时间|上传时间|录入时间|成文日期)" + _C + DATE,
             max_len=120),
    # A bare 时间/日期 label is a byline only when nothing but the date (or further byline labels) follows:
    # "时间：2024年5月20日上午9:00 地点：…" is a meeting notice's own content.
    LineRule("byline.date-label", "byline",
             r"^[\[【(（]?(?:时间|日期)" + _C + DATE + r"[\]】)）]?\s*(?:$|(?=(?:来源|作者|编辑|浏览|点击|字号|【|\[)))",
             max_len=120),
    LineRule("byline.original-title", "byline", r"^[(（]?\s*(?:原标题|本文原标题)" + _C + r".{1,80}[)）]?$", max_len=100),
    LineRule("byline.print-edition", "byline",
             r"^[(（]?《[^》]{2,12}》\s*[(（]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*[)）][)）]?$", max_len=60),
    # a photo credit standing alone under a picture: 新华社发（刘满仓摄）, （记者 张三 摄）
    LineRule("byline.photo-credit", "byline",
             r"^[\u4e00-\u9fff]{0,8}?(?:记者)?发?\s*[（(]\s*[\u4e00-\u9fff·、 ]{2,24}?\s*摄\s*[）)]$", max_len=40),
    LineRule("byline.wire-credit", "byline",
             r"^(?P<source>新华社|人民日报|中新社|央视新闻|[\u4e00-\u9fff]{2,8}?(?:社|日报|晚报|网|电视台|客户端))"
             r"[\u4e00-\u9fff]{0,8}出品$", max_len=24),
    # production credits of wire posters and videos (策划/统筹/监制 …): names only, no Document field
    LineRule("byline.credits", "byline",
             r"^[\[【(（]?\s*(?:策划|统筹|监制|总监制|设计|制作|视觉|动画|剪辑|配音|文案|执行|出品人|主编|制图)\s*[:：]\s*"
             r"[\u4e00-\u9fff·•、，, A-Za-z]{1,40}?\s*[\]】)）]?$", max_len=50),
    # --- disclaimers ----------------------------------------------------------------------------------------
    LineRule("disclaimer.heading", "disclaimer",
             r"^[\[【(（]?\s*(?:免责声明|特别声明|版权声明|声明|郑重声明)\s*[\]】)）]?(?:" + _C + r")?", max_len=600),
    LineRule("disclaimer.repost", "disclaimer",
             r"转载目的在于传递(?:更多)?信息|并不代表本(?:网|站|平台)(?:赞同|观点)|不代表本(?:网|站|平台)(?:的)?(?:观点|立场)"
             r"|请在\s*\d+\s*(?:日|天)内与本(?:网|站)联系|版权归原作者(?:所有)?|本文(?:系|为)(?:网络)?转载|本文来源于网络|文章来自网络|仅供学习交流"
             r"|如有侵权|如涉及作品内容、版权|非本(?:网|站)作品均来自互联网|凡本(?:网|站)注明|本平台仅提供信息存储服务"
             r"|内容为作者个人观点|未经(?:本(?:网|站)|许可|授权).{0,10}(?:不得|禁止)转载|转载请注明(?:出处|来源)",
             max_len=400),
    # --- footers --------------------------------------------------------------------------------------------
    LineRule("footer.icp", "footer", r"[" + PROVINCES + r"]?ICP[备证]\s*\d{6,9}号?(?:-\d+)?", max_len=200),
    LineRule("footer.police", "footer", r"[" + PROVINCES + r"]公网安备\s*[:：]?\s*\d{10,16}号?", max_len=200),
    LineRule("footer.site-id", "footer", r"网站标识码\s*[:：]?\s*(?:bm\d{8}|\d{10})", max_len=200),
    LineRule("footer.sponsor", "footer", r"^(?:主办|承办|协办|主管)(?:单位)?" + _C + r"|^技术支持" + _C, max_len=120),
    LineRule("footer.copyright", "footer", r"版权所有|Copyright|©|\(c\)\s*(?:19|20)\d\d|All Rights Reserved", max_len=120),
    LineRule("footer.contact", "footer",
             r"^(?:联系我们|网站地图|关于我们|网站声明|隐私政策|使用帮助|站点地图)(?:[\s|｜/·]{1,60}(?:联系我们|网站地图|关于我们|网站声明|隐私政策|使用帮助|站点地图|意见反馈|设为首页|加入收藏)){0,30}$",
             max_len=60),
    LineRule("footer.police-record", "footer", r"^公安机关备案号\s*[:：]?\s*\d+", max_len=80),
    # --- share / print / font-size bars ---------------------------------------------------------------------
    LineRule("share.font-size", "share",
             r"(?:字号|字体|字体大小)\s*[:：]?\s*[\[【〖(（]?\s*大\s*[\]】〗)）]?\s*[\[【〖(（]?\s*中\s*[\]】〗)）]?\s*[\[【〖(（]?\s*小"
             r"|(?:字号|字体)\s*[:：]?\s*[\[【〖(（]?\s*小\s*[\]】〗)）]?\s*[\[【〖(（]?\s*中\s*[\]】〗)）]?\s*[\[【〖(（]?\s*大",
             max_len=120),
    LineRule("share.print-close", "share", r"[\[【]\s*(?:打印本页|打印|关闭窗口|关闭|TOP|返回顶部|我要纠错|收藏|大|中|小)\s*[\]】]", max_len=80),
    LineRule("share.share-to", "share", r"^(?:分享到|分享至|分享)\s*[:：]?", max_len=60),
    LineRule("share.qr", "share", r"扫一扫在手机(?:上)?打开当前页|扫一扫|手机扫描二维码|微信扫一扫|二维码", max_len=40),
    LineRule("share.accessibility", "share", r"是否打开信息无障碍浏览|无障碍浏览|适老化|长者模式|打印本页|关闭窗口", max_len=40),
    LineRule("share.download", "share", r"^下载地址\s*[:：]|点击此处下载", max_len=60),
    # --- navigation -----------------------------------------------------------------------------------------
    LineRule("navigation.breadcrumb", "navigation",
             r"^(?:您(?:当前|现在)?的?(?:当前)?(?:位置|所在位置)|当前位置|所在位置|现在位置)\s*[:：]?|^首\s*页\s*(?:>|＞|»|›|>>|/|\|)", max_len=300),
    LineRule("navigation.home-links", "navigation", r"^(?:设为首页|加入收藏|收藏本站|网站首页|返回首页)(?:[\s|｜/·]{0,40}(?:设为首页|加入收藏|收藏本站|网站首页|返回首页|首页)){0,20}$", max_len=40),
    LineRule("navigation.login", "navigation", r"^(?:登录|注册|登录个人中心|用户登录|个人中心|退出)(?:[\s|｜/]{1,20}(?:登录|注册|退出)){0,10}$|^登录.{0,8}账号$", max_len=20),
    LineRule("navigation.app", "navigation", r"^(?:移动端应用|政务微信|政务微博|智能问答|手机版|移动版|客户端|微信公众号|官方微博|English)$", max_len=20),
    LineRule("navigation.home", "navigation", r"^(?:首[ \t\u3000]*页|主页|返回)$", max_len=8),
    # a menu bar: three or more short items separated by | (本站导航| 某某资料网 | …).  Each item, spaces around it
    # aside, is at most 14 characters.  Written so that every line splits into items one way only (an item runs from
    # its first to its last non-space character); nested unbounded repeats over the spaces took minutes on a line of
    # pipes and spaces (issue #10).  Bounds are the rule's max_len: no line it sees has a longer run.
    LineRule("navigation.menu-bar", "navigation", _menu_bar(120), max_len=120),
    LineRule("navigation.welcome", "navigation", r"^(?:您好[,，!！]?\s*)?欢迎(?:您)?(?:访问|光临|来到|登录)", max_len=40),
    LineRule("navigation.today", "navigation", r"^(?:今天是|今日是?)\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日.{0,16}$", max_len=40),
    # e-paper chrome: the page number line (第02版:要闻) and the issue line (2018年12月13日 星期四)
    LineRule("navigation.epaper-page", "navigation", r"^第[ \t\u3000]*[0-9A-Z]{1,3}[ \t\u3000]*版[ \t\u3000]*[:：]?[^。，,]{0,16}$",
             max_len=24),
    # --- pagers ---------------------------------------------------------------------------------------------
    LineRule("pager.prev-next", "pager", r"^(?:上一篇|下一篇|上一页|下一页|上一条|下一条)\s*[:：]?", max_len=80),
    LineRule("pager.pages", "pager", r"^(?:共\s*\d+\s*页|第\s*\d+\s*页|首页\s*上一页|\d{1,60}(?:\s{1,60}\d{1,60}){1,20}\s*下一页)",
             max_len=60),
    # a bare page-number bar: 【1】【2】【3】, |<<1234下一页>>|, < 1 2 ... 7 >: two or more page numbers or pager words
    # (a run of digits counts as one number per digit: 1234 is pages 1 to 4).  Each token is a whole digit run, so
    # a line splits into tokens one way only (splitting digit runs every possible way took minutes: issue #10).
    LineRule("pager.numbers", "pager", _pager_numbers(80), max_len=80),
    LineRule("pager.read-all", "pager", r"^(?:在本页阅读全文|阅读全文|阅读剩余全文|展开全文|查看全文|点击查看全文|余下全文)[\s(（)）>»]*$",
             max_len=20),
    # --- promotions ----------------------------------------------------------------------------------------
    LineRule("ad.follow-account", "ad",
             r"^(?:欢迎|请)?关注(?:我们的)?(?:微信)?(?:公众号|微信号|官方微博|抖音号|视频号)\s*[:：]?.{0,24}$", max_len=36),
    # --- comments -------------------------------------------------------------------------------------------
    LineRule("comment.widget", "comment",
             r"^(?:评论一下|发表评论|我要评论|网友评论|最热评论|最新评论|查看评论|评论\s*\d+|全部评论)"
             r"|还没有评论|快来抢沙发|已有\s*\d+\s*人参与|条评论"
             r"|^(?:本文评分|评论内容|你的昵称|您的昵称|你的邮箱|您的邮箱|验证码)\s*[*＊:：]?$"
             r"|文明上网|理性发言|^(?:提交评论|提交|匿名发表|匿名|用户名|密码|昵称|邮箱|评论|网友留言)\s*[*＊:：]?$",
             max_len=60),
    # --- counters -------------------------------------------------------------------------------------------
    LineRule("counter.views", "counter",
             r"^(?:浏览次数|阅读量|阅读数|点击数|点击量|浏览量|访问量|阅读)\s*[:：]?\s*(?:\d+|\{\{.*\}\})\s*次?$|点击数\s*[:：]\s*\{\{"
             r"|^(?:浏览次数|阅读量|阅读数|点击数|点击量|浏览量|访问量|点击率)\s*[:：]\s*[\[(（]?\s*[\])）]?\s*次?$", max_len=40),
    LineRule("counter.bare-number", "counter", r"^\d{3,10}$", max_len=10),
    # --- junk -----------------------------------------------------------------------------------------------
    LineRule("junk.template", "junk", r"\{\{\s*[\w.]+\s*\}\}|<!--|-->|/?enpproperty", max_len=400),
)

# --- self-media and portal furniture inside the article (issue #15; HTML helper's section) --------------------
# Shapes, not phrases of one site: an imperative UI verb (点击, 回复, 长按 …) aimed at a UI target (【…】, “…”,
# 上方蓝字, 菜单栏, 二维码, 公众号); rows of social counters (阅读 2.3万 点赞 126) or of UI verbs with counts; arrows
# pointing at a code or button; app promos; colon-less credits (文/张三, 本报记者 张三); the feed control 不感兴趣;
# label lines (文章类型：原创, 标签：…).  Short lines only (max_len): the same words in a sentence stay.
_UI_VERB = r"(?:点击|点一下|点|戳|长按|按住|扫描|扫码|识别|回复|后台回复|关注|转发|设为|加个|添加)"
_UI_TARGET = (r"(?:【[^】\n]{1,12}】|\[[^\]\n]{1,12}\]|“[^”\n]{1,12}”|上方|下方|蓝字|菜单栏?|公众号|二维码|星标|关注我们"
              r"|朋友圈|阅读原文)")  # (no bare 在看: 重点在看; 点【在看】 and 点“在看” have their brackets)
_UI_COUNT = r"(?:阅读量?|浏览量?|点赞|赞|在看|转发|分享|收藏|评论|喜欢|打赏|播放)"
_UI_ACTION = r"(?:分享|收藏|点赞|在看|转发|转载|评论|回复|引用|举报|赞|打赏|喜欢|关注|打印|支持|反对)"
# (every repeat below is bounded: no nested unbounded quantifier)
_SP3 = r"[ \t\u3000]{0,3}"
_SEP = r"[ \t\u3000|｜·•/]{0,4}"
_UI_ITEM = r"(?:" + _UI_ACTION + r"|" + _UI_COUNT + r")" + _SP3 + r"(?:[(（]\d{1,9}[)）]|\d{1,9})?[▼▾]?"
_FEEDBACK = r"(?:有帮助|没帮助|有用|没用|满意|不满意|顶|踩|赞同|反对)[ \t\u3000]{0,2}[(（]?\d{1,9}[)）]?"
_NAME = r"[\u4e00-\u9fff·]{2,4}?"  # a person's name, the shortest reading first (张明报道 → 张明)
SELF_MEDIA_RULES: tuple[LineRule, ...] = (
    LineRule("counter.social", "counter",
             r"^(?:(?:" + _UI_COUNT + _SP3 + r"[:：]?" + _SP3 + r"\d{1,9}(?:\.\d{1,3})?[万wWkK+]?" + _SP3 + r"次?" + _SEP + r"){1,8}"
             r"|(?:\d{1,9}(?:\.\d{1,3})?[万wWkK+]?" + _SP3 + _UI_COUNT + _SEP + r"){1,8})$", max_len=60),
    # a row of three or more UI verbs, each maybe with its count: 回复 举报 支持 反对, 阅读(128)｜评论(3)｜喜欢▼
    LineRule("share.ui-actions", "share",
             r"^" + _UI_ITEM + r"(?:[ \t\u3000|｜·•/]{1,4}" + _UI_ITEM + r"){2,10}" + _SEP + r"$", max_len=60),
    # a feedback widget: 这条回复对您有帮助吗？ 有帮助(12) 没帮助(1)
    LineRule("counter.feedback", "counter",
             r"^[^。]{0,20}?" + _FEEDBACK + r"(?:[ \t\u3000|｜·•/]{1,4}" + _FEEDBACK + r"){1,4}[ \t\u3000]{0,3}$", max_len=50),
    # arrows pointing at a QR code or button mid-article: ↓↓↓ 扫码报名 ↓↓↓, 👇点击下方链接
    LineRule("ad.pointer-promo", "ad",
             r"^[↓↑▼▲☟☝👇👆⬇⬆\s]{1,8}[^。]{0,20}?(?:扫码|扫描|识别|点击|长按|关注|报名|下载|购买|预约)[^。]{0,20}$", max_len=40),
    # slash credits of a story: 文/张三 图/李四 (the writer, 文/, is the author; a photographer is not)
    LineRule("byline.slash-credits", "byline",
             r"^(?:(?:文字?|撰文)" + _SP3 + r"[/／]" + _SP3 + r"(?P<author>" + _NAME + r")"
             r"|(?:图|图片|摄影|摄|视频|编辑|记者)" + _SP3 + r"[/／]" + _SP3 + _NAME + r")"
             r"(?:[ \t\u3000、，,]{1,3}(?:(?:文字?|图|图片|摄影|摄|视频|编辑)" + _SP3 + r"[/／]" + _SP3 + r")?" + _NAME + r"){0,4}$",
             max_len=40),
    LineRule("pager.before-after", "pager", r"^(?:前一篇|后一篇|前一条|后一条|上篇|下篇)\s*[:：]", max_len=80),
    LineRule("comment.signature", "comment", r"^(?:个性签名|签名档|签名)\s*[:：]", max_len=80),
    LineRule("metadata.tags", "metadata", r"^(?:标签|关键词|关键字|文章关键字|文章标签|文章关键词|Tags?)\s*[:：]", max_len=80),
    # a reporter line without a colon: 本报记者 张明 通讯员 李华, （某某日报记者 陈小勇） (the outlet is the source)
    LineRule("byline.reporters", "byline",
             r"^[(（]?(?:本报|本台|本网|本刊|(?P<source>[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|报|电视台|网|社)))?"
             r"(?:特约|见习|实习)?(?:记者|通讯员)" + _SP3
             + r"(?P<author>" + _NAME + r")(?:[ \t\u3000、，,]{1,3}" + _NAME + r"){0,3}"
             r"(?:[ \t\u3000]{1,3}(?:特约|见习|实习)?(?:记者|通讯员|实习生)" + _SP3 + _NAME
             + r"(?:[ \t\u3000、，,]{1,3}" + _NAME + r"){0,3})?" + _SP3 + r"(?:报道)?[)）]?$", max_len=40),
    LineRule("ad.ui-promo", "ad", r"^[^。]{0,14}?" + _UI_VERB + r"[^。]{0,12}?" + _UI_TARGET + r"[^。]{0,24}$", max_len=44),
    # app promos (下载某某客户端…, 打开APP查看…)
    LineRule("ad.app-promo", "ad", r"^[^。]{0,10}?(?:下载|打开|安装)[^。]{0,10}?(?:客户端|APP|App|app)[^。]{0,24}$", max_len=44),
    # a gallery's pager hint (点击图片进入下一页); a bare （点击看清晰大图） under a picture is the article's own caption
    LineRule("pager.picture", "pager", r"^[(（]?点击图片(?:进入|查看|翻到|看)?(?:下一页|下一张|下页)[)）]?$", max_len=20),
    # (anchored, so the rule joins match_line's one-call quick reject)
    LineRule("related.feed-control", "related", r"^(?:[^\n]{0,56}[ \t\u3000·•|｜]不感兴趣$|不感兴趣)", max_len=60),
    LineRule("metadata.article-type", "metadata",
             r"^[\[【(（]?(?:文章类型|文章性质|稿件类型|内容类型|文章分类|文章属性)" + _C + r"[^\s。，,]{1,8}[\]】)）]?$", max_len=20),
    LineRule("disclaimer.copyright-box", "disclaimer",
             r"^[\[【(（]?\s*(?:版权与免责声明|版权及免责声明|免责与版权声明|版权说明|版权提示)\s*[\]】)）]?(?:" + _C + r")?"
             r"|仅代表作者(?:本人|个人)?(?:的)?观点|转载请(?:保留|注明)(?:出处|来源|原文链接)", max_len=300),
)
LINE_RULES = LINE_RULES + SELF_MEDIA_RULES
# Words by which a short line at the article's top or bottom speaks to the reader about the account, not the story
# (segment_html.drop_edge_promos: edges only, so the same words inside the article stay).  Not 在看 alone: 现在看来.
SELF_MEDIA_CUES: tuple[str, ...] = (
    "公众号", "微信号", "视频号", "抖音号", "二维码", "扫码", "关注我们", "星标", "置顶", "转发", "点赞",
    "投稿", "商务合作", "广告合作", "粉丝", "订阅", "加群", "小编", "留言区", "朋友圈", "打赏", "赞赏", "编辑推荐",
)
# A closing mark of self-media posts standing alone (END, — END —).
END_MARK = r"^[\W_]{0,6}(?:END|End|end)[\W_]{0,6}$"
# Headings of recommendation feeds (self-media and portal pages), beside SIDEBAR_HEADINGS below.
FEED_HEADINGS: tuple[str, ...] = (
    "你可能还想看", "你可能还喜欢", "你可能感兴趣", "你可能也喜欢", "其他人也在看", "他们也在看", "大家还在看", "还想看",
    "往期推荐", "往期回顾", "往期精选", "精彩回顾", "更多精彩", "推荐关注", "相关推荐阅读", "看了又看",
)

# Headings that open a sidebar or related-content box.  They remove lines only together with a run of
# title-like lines after them (see classify.py); the same words inside a sentence are left alone.
SIDEBAR_HEADINGS: tuple[str, ...] = (
    "最新加入", "最新文章", "最新资讯", "最新发布", "最新更新", "最新新闻", "最新动态", "最新信息", "最新推荐",
    "热门资讯", "热门文章", "热门新闻", "热门推荐", "热门标签", "热门站点", "热点新闻", "热点新闻排行", "热点推荐", "热点资讯",
    "热点文章", "点击排行", "阅读排行", "排行榜", "新闻排行", "一周排行", "本周热点", "今日热点", "月点击", "周点击", "日点击",
    "相关新闻", "相关文章", "相关报道", "相关阅读", "相关链接", "相关稿件", "相关信息", "相关内容", "相关推荐",
    "延伸阅读", "推荐阅读", "扩展阅读", "新闻推荐", "精彩推荐", "猜你喜欢", "大家都在看", "为你推荐", "编辑推荐", "要闻推荐",
    "图片新闻", "精彩图片", "热图", "视频推荐", "专题推荐", "要闻top10", "要闻TOP10", "友情链接", "网站导航",
    "重点推荐", "你可能会喜欢", "热门新闻排行榜", "相关专题", "更多新闻",
)

# HTML container hints: id/class tokens that mark article containers (positive) or chrome (negative).
CONTENT_HINTS: tuple[str, ...] = (
    "ucap-content", "trs_editor", "trs_ueditor", "pages_content", "zoom", "custom_unionstyle", "maintext", "main_text",
    "article", "article-content", "article_content", "articlecontent", "content", "contents", "con", "text", "txt",
    "detail", "details", "news_content", "newscontent", "news-content", "post-content", "entry-content", "main-content",
    "rich_media_content", "js_content", "endtext", "endText", "artibody", "article-body", "body-text", "wzy", "bt_content",
    "conn", "nr", "zw", "zhengwen", "view", "show",
)
BOILERPLATE_HINTS: tuple[str, ...] = (
    "nav", "navbar", "menu", "header", "footer", "foot", "sidebar", "side", "aside", "right", "left", "breadcrumb", "crumb",
    "position", "location", "share", "bdshare", "print", "copyright", "related", "relate", "recommend", "hot", "rank",
    "comment", "comments", "reply", "ad", "ads", "advert", "banner", "login", "search", "toolbar", "tools", "pager",
    "page", "pagination", "link", "links", "friend", "qrcode", "ewm", "jammer", "topbar", "top", "bottom", "subnav",
)
# Chrome hints that are specific enough to act on inside the article container (whole id/class tokens, or parts of
# tokens split at - and _, "page" excepted), with the Removal kind they give.  Layout words of BOILERPLATE_HINTS
# (left, right, top, side ...) only steer the container choice: article columns carry them too.
HINT_KINDS: dict[str, str] = {
    "sidebar": "sidebar", "aside": "sidebar", "rank": "sidebar", "login": "navigation", "search": "navigation",
    "friend": "navigation", "topbar": "navigation",
    "nav": "navigation", "navbar": "navigation", "menu": "navigation", "subnav": "navigation", "breadcrumb": "navigation",
    "crumb": "navigation", "position": "navigation", "location": "navigation", "footer": "footer", "foot": "footer",
    "copyright": "footer", "share": "share", "bdshare": "share", "print": "share", "toolbar": "share", "tools": "share",
    "qrcode": "share", "ewm": "share", "comment": "comment", "comments": "comment", "reply": "comment",
    "related": "related", "relate": "related", "recommend": "related", "ad": "ad", "ads": "ad", "advert": "ad",
    "banner": "ad", "pager": "pager", "page": "pager", "pagination": "pager",
}
# Whole id/class tokens that mark a subtree as chrome however much prose it holds (comment threads, related-story
# teasers, footers): its text counts little towards the main-content container.
CHROME_SUBTREE_HINTS: tuple[str, ...] = (
    "comment", "comments", "reply", "related", "relate", "recommend", "footer", "copyright", "nav", "navbar", "menu",
    "breadcrumb", "crumb", "share", "sidebar", "aside",
)
# id/class tokens of elements hidden from readers by the site's CSS (Discuz jammer spans and the like).
HIDDEN_HINTS: tuple[str, ...] = ("jammer", "hidden", "hide", "sr-only", "visually-hidden", "screen-reader-text")
# Lines that open a part of a 公文 (附件说明, 附注, 抄送, 印发 ...): kept in the body even when they are links.
# Section headings of a 公文 or law (一、 （一） 第一章 第二条): article structure, never a sidebar item.
SECTION_HEADING_RE = r"^[\s　]*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百零〇\d]+[章节条篇部分])"
DOCUMENT_PART_RE = (r"^[\s　]*(?:附件|附注|附：|抄送|主送|印发|联系人|联系电话)|\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|txt)\s*$"
                    r"|\d{1,2}日\s*印发\s*$"  # the 版记 line "XX办公室  2024年3月6日印发"
                    r"|^[（(]此件[^）)]{1,8}[）)]$")  # the 附注 （此件公开发布） / （此件主动公开）

# 政府信息公开 table labels (and common variants); values go to Document.meta under the label.
GOV_TABLE_LABELS: tuple[str, ...] = (
    "索引号", "主题分类", "分类", "信息分类", "发文机关", "发布机构", "发布机关", "成文日期", "发文日期", "标题", "名称",
    "发文字号", "文号", "发布日期", "上载日期", "主题词", "生成日期", "产生日期", "有效性", "公开方式", "公开属性",
    "公开范围", "内容概述", "体裁分类", "组配分类", "公开时限", "信息来源", "所属机构", "文件编号", "公开日期", "时效",
)
# Gov table labels whose value is also a Document field: the 名称/标题 value is the headline, the posting date
# (上载/发布/公开日期) is `published`.  成文日期/发文日期 stay in meta: they date the document, not the page.
GOV_LABEL_FIELDS: dict[str, str] = {"名称": "title", "标题": "title", "上载日期": "date", "发布日期": "date",
                                    "公开日期": "date"}

# Labels of an info bar ("2021-03-08 09:30 来源:某某日报 作者:张三", "作者:… 时间:… 浏览:1234 来源:…") and
# the field each one feeds: source/author/editor/date become Document fields; counter/share values are dropped.
INFO_LABELS: tuple[tuple[str, str], ...] = (
    ("来源", "source"), ("文章来源", "source"), ("信息来源", "source"), ("稿件来源", "source"), ("新闻来源", "source"),
    ("本文来源", "source"), ("消息来源", "source"), ("出处", "source"),
    ("作者", "author"), ("记者", "author"), ("撰稿", "author"), ("通讯员", "author"), ("撰文", "author"),
    ("编辑", "editor"), ("责任编辑", "editor"), ("责编", "editor"), ("审核", "editor"), ("校对", "editor"),
    ("时间", "date"), ("发布时间", "date"), ("发布日期", "date"), ("发表时间", "date"), ("日期", "date"),
    ("更新时间", "date"), ("上传时间", "date"), ("录入时间", "date"), ("发稿时间", "date"),
    ("浏览", "counter"), ("浏览次数", "counter"), ("浏览量", "counter"), ("点击", "counter"), ("点击数", "counter"),
    ("点击量", "counter"), ("阅读", "counter"), ("阅读量", "counter"), ("阅读数", "counter"), ("访问量", "counter"),
    ("字体", "share"), ("字号", "share"), ("字体大小", "share"), ("分享到", "share"),
    ("发表日期", "date"), ("发布于", "date"), ("发稿日期", "date"),  # 发表日期：… 点击：… 字号：… combinations
)

# The feed headings count as sidebar headings.
SIDEBAR_HEADINGS = SIDEBAR_HEADINGS + FEED_HEADINGS
# Separators an info bar may put between a label and its value besides a colon (来源丨某某融媒).
BAR_SEPARATORS = "丨︱|｜"
# An unlabelled info bar under the headline ("某某日报 张三 2026-01-10 06:49:27"): a token of this shape is the
# outlet (source_name), a short all-Han token beside it the person (author).
OUTLET_SHAPE = (r"^[\u4e00-\u9fffA-Za-z]{1,12}(?:日报|晚报|早报|商报|时报|报社|报|网|社|电视台|广播电视台|客户端|融媒体中心|融媒"
                r"|新闻|发布|在线|杂志|周刊|频道)$")
PERSON_SHAPE = r"^[\u4e00-\u9fff·]{2,4}$"

# Words that mark a line as a headline of a gov document or news item (文种 and event verbs).  A line with one,
# right above the info bar or a toolbar, is the headline even when the article repeats few of its words; a
# slogan in the same place ("更准更好发出某某声音") has none.
# A 公文 headline: "关于…的通知/意见/方案…".  Before the first paragraph of a dump such a line is the title even
# when the (short) body shares few of its words.
DOCUMENT_TITLE_RE = (r"关于.{2,50}的(?:通知|意见|实施意见|工作方案|实施方案|方案|若干措施|措施|办法|决定|批复|公告|通告"
                     r"|报告|函|规定|细则|规划|指导意见|管理办法)$")
HEADLINE_WORDS: tuple[str, ...] = (
    "关于", "通知", "公告", "通告", "意见", "办法", "规定", "决定", "方案", "细则", "条例", "批复", "报告", "公报",
    "会议", "召开", "举行", "举办", "开展", "启动", "部署", "印发", "发布", "视察", "调研", "座谈", "考察", "出席",
    "主持", "签署", "审议", "公示", "征求意见", "答记者问", "解读",
)

# A credit naming a website rather than an outlet ("作者:某某资料网 … 来源:某某资料网"): the reposting site
# crediting itself.  Its values go to meta (site, site_time), not to source_name/published.
SITE_CREDIT = r"(?:网|网站|在线|门户|之窗|资讯|频道)$"

# The issuing body of a 公文, as it ends a date line ("2003年5月12日,某某省财政厅").
ORGAN = r"[\u4e00-\u9fff]{1,24}(?:政府|办公厅|办公室|委员会|常委会|人大|政协|局|厅|部|委|院|署|中心|社|司|协会|联合会|银行)"

# --- HTML markup metadata (html_meta/) -----------------------------------------------------------------------
# id/class hints of the displayed headline besides h1-h3: substrings (article-title, h1title, Title …) and whole
# tokens (bt = 标题 in pinyin initials).  A candidate still has to agree with <title> or the gov metadata to win.
HEADLINE_HINTS: tuple[str, ...] = ("title", "headline", "biaoti", "articlename")
HEADLINE_TOKENS: tuple[str, ...] = ("bt", "tit", "wzbt", "xxbt", "tt")
# gov-CMS <meta> tags copied into Document.meta under these names (matched case-insensitively).
GOV_META_TAGS: tuple[str, ...] = (
    "ArticleTitle", "PubDate", "ContentSource", "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType",
    "Keywords", "Description", "Author", "Url", "publishdate", "source", "firstpublishedtime",
    "article:published_time",
)
# <meta> names (lowercase) carrying the publication time, most trusted first.
PUBLISHED_META_TAGS: tuple[str, ...] = (
    "pubdate", "publishdate", "article:published_time", "og:article:published_time", "datepublished",
    "publish_time", "publishtime", "dc.date.issued", "dcterms.issued", "firstpublishedtime",
)
# <meta> names (lowercase) naming the site itself: a headline candidate equal to one of them is the site's logo.
SITE_NAME_META_TAGS: tuple[str, ...] = ("sitename", "og:site_name", "application-name")
# <meta> names (lowercase) naming the credited outlet ("来源：" prefixes are stripped).
SOURCE_META_TAGS: tuple[str, ...] = ("contentsource", "source", "article:source")
# Gov table labels naming the source when no 来源 is shown; the issuing organ credits the document.
GOV_SOURCE_LABELS: tuple[str, ...] = ("信息来源", "发布机构", "发布机关", "发文机关")
# Link texts of an info bar that are actions, never an outlet name.
BAR_ACTION_WORDS: tuple[str, ...] = ("举报", "分享", "打印", "收藏", "评论", "纠错", "关闭", "返回", "订阅", "关注", "投稿",
                                     "我要纠错", "打印本页", "关闭窗口", "手机看", "字号", "大", "中", "小")
# Texts of a link to the original article (the link itself, or a label right before it).
SOURCE_LINK_TEXTS: tuple[str, ...] = ("原文链接", "原文地址", "原文网址", "阅读原文", "查看原文", "原文出处", "点击查看原文")
# Verbs ending a document-date note that opens a law or decision: （2010年3月1日…会议通过）.
DOCUMENT_DATE_VERBS: tuple[str, ...] = ("通过", "发布", "公布", "印发", "批准")
# A city in brackets after an outlet name: 财经网(北京) → 财经网.
SOURCE_CITY_SUFFIX = r"\s{0,8}[(（][\u4e00-\u9fff]{2,3}[)）]$"


# -- a quick reject for match_line ----------------------------------------------------------------------------
# Most lines match no rule, and trying the rules one by one costs more than the rest of a line's handling.  Most
# rules are anchored at the line start; joined into one alternation they are tried at position 0 only, in one
# regex call: a line that fails it is matched by none of them, so only the unanchored rules are left to try (in
# their order).  A line that passes goes through every rule as before, so which rule wins is unchanged.  Rules
# that cannot be joined safely (flags, back references) switch this off for their Lexicon.
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")
_BACKREF = re.compile(r"\\\d|\(\?P=|\(\?\(")  # \1, (?P=name), (?(1)…): numbering/names matter there


def _plain(regex: Pattern[str]) -> str | None:
    """The rule's pattern with its named groups made non-capturing (names repeat across rules), or None."""
    p = regex.pattern
    if not isinstance(p, str) or regex.flags != _DEFAULT_FLAGS or _BACKREF.search(p):
        return None
    plain, n = _NAMED_GROUP.subn("(?:", p)
    try:  # every replaced "(?P<" must have opened a real group (not sat in a [class]): the group count says so
        ok = re.compile(plain).groups == regex.groups - n
    except re.error:
        return None
    return plain if ok else None


def _anchored(pattern: str) -> bool:
    """True when the whole pattern starts with ^ (no top-level alternative escapes the anchor)."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python >= 3.11
    except ImportError:  # Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    try:
        items = list(_parser.parse(pattern))
        return bool(items) and items[0] == (_parser.AT, _parser.AT_BEGINNING)
    except Exception:  # an unknown parser shape: treat as unanchored, which is always correct
        return False


NO_MAX_LEN = 1 << 30  # the max_len of a rule without one


def _quick_reject(rules: tuple[LineRule, ...]) -> tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...]] | None:
    """(length bounds, one alternation per bound, indexes of the unanchored rules), or None when that cannot be
    built.  The alternation for bound T joins the anchored rules whose max_len is at least T: a line of length n
    is tried against the one for the smallest T >= n, so no rule's pattern ever runs on a line longer than its
    max_len, in the alternation either (a pattern that is cheap on 120 characters can be quadratic on 100,000)."""
    anchored: list[tuple[int, str]] = []
    others: list[int] = []
    for i, rule in enumerate(rules):
        plain = _plain(rule.regex)
        if plain is None:
            return None
        if _anchored(plain):
            anchored.append((rule.max_len if rule.max_len is not None else NO_MAX_LEN, "(?:" + plain + ")"))
        else:
            others.append(i)
    if not anchored:
        return None
    bounds = tuple(sorted({t for t, _ in anchored}))
    alternations = tuple("^(?:" + "|".join(p for t, p in anchored if t >= bound) + ")" for bound in bounds)
    try:
        re.compile(alternations[0])
    except re.error:
        return None
    return bounds, alternations, tuple(others)


_DEFAULT_FLAGS = re.compile("").flags
MATCH_MEMO = 512  # match_line answers a Lexicon keeps (about two pages' lines)
_MISSING = object()


@dataclass(frozen=True)
class Lexicon:
    """The boilerplate knowledge one `clean()` call uses.  Immutable; `extended()` returns a new one."""

    line_rules: tuple[LineRule, ...] = LINE_RULES
    sidebar_headings: tuple[str, ...] = SIDEBAR_HEADINGS
    content_hints: tuple[str, ...] = CONTENT_HINTS
    boilerplate_hints: tuple[str, ...] = BOILERPLATE_HINTS
    gov_table_labels: tuple[str, ...] = GOV_TABLE_LABELS
    info_labels: tuple[tuple[str, str], ...] = INFO_LABELS
    _compiled: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def default(cls) -> "Lexicon":
        return DEFAULT

    def extended(self, *, line_rules: Iterable[LineRule] = (), sidebar_headings: Iterable[str] = (),
                 content_hints: Iterable[str] = (), boilerplate_hints: Iterable[str] = (),
                 gov_table_labels: Iterable[str] = (),
                 info_labels: Iterable[tuple[str, str]] = ()) -> "Lexicon":
        """A copy with more entries.  New line rules are tried before the built-in ones.

        Raises `CleanError` for a rule with an unknown kind, a pattern that does not compile, or a pattern with
        nested quantifiers (`(a+)+`, `(?:\\s*x)*`: see `regex_safety`), which can take minutes on one short line;
        bound the inner or the outer repeat (`{0,40}`; the rule's max_len is a natural bound)."""
        line_rules = tuple(line_rules)
        for r in line_rules:
            if r.kind not in KINDS:
                raise CleanError(f"unknown removal kind {r.kind!r} in rule {r.name!r}; known: {sorted(KINDS)}")
            try:
                nested = nested_quantifiers(r.regex)
            except (re.error, TypeError) as e:
                raise CleanError(f"line rule {r.name!r}: bad pattern: {e}") from e
            if nested:
                raise CleanError(f"line rule {r.name!r}: nested quantifiers ({nested[0]}) can backtrack "
                                 "catastrophically; bound one of the two repeats")
        return replace(
            self,
            line_rules=line_rules + self.line_rules,
            sidebar_headings=self.sidebar_headings + tuple(sidebar_headings),
            content_hints=self.content_hints + tuple(content_hints),
            boilerplate_hints=self.boilerplate_hints + tuple(boilerplate_hints),
            gov_table_labels=self.gov_table_labels + tuple(gov_table_labels),
            info_labels=self.info_labels + tuple(info_labels),
            _compiled={},
        )

    def __getstate__(self) -> dict:
        """Pickled without the compiled views and the match memo: rebuilt on first use (Match objects, which the
        memo holds, cannot be pickled)."""
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    # -- compiled views, built once per Lexicon ---------------------------------------------------------------
    def sidebar_heading_re(self) -> Pattern[str]:
        r = self._compiled.get("sidebar")
        if r is None:
            alts = "|".join(sorted((re.escape(h) for h in self.sidebar_headings), key=len, reverse=True))
            # a heading line: the heading, maybe decorated (【】, >>, 更多, a count), nothing else.  The decoration
            # after it splits one way only (">>" and "»" are in its class): two overlapping runs there were
            # quadratic in a line of "»".
            r = self._compiled["sidebar"] = re.compile(
                r"^[\s\[【「『<《>»•·|｜#*]*(?:" + alts + r")[\s\]】」』>》»:：|｜]*(?:(?:更多|more|MORE|\+)[\s>»]*)?$")
        return r

    def _compile_rules(self) -> tuple[tuple, tuple[int, ...], tuple[str, ...], tuple]:
        """(every rule as (rule, regex, max_len), the length bounds and their alternations of the anchored rules,
        the unanchored rules); no bounds when the alternations cannot be built (see _quick_reject)."""
        every = tuple((r, r.regex, r.max_len if r.max_len is not None else NO_MAX_LEN) for r in self.line_rules)
        reject = _quick_reject(self.line_rules)
        if reject is None:
            return every, (), (), every
        bounds, alternations, others = reject
        return every, bounds, alternations, tuple(every[i] for i in others)

    def _anchored_for(self, n: int, bounds: tuple[int, ...], alternations: tuple[str, ...]) -> Pattern[str] | None:
        """The alternation of the anchored rules that apply to a line of length n (None: no anchored rule does);
        each compiled on first use."""
        k = bisect_left(bounds, n)
        if k == len(bounds):
            return None
        r = self._compiled.get(("anchored", k))
        if r is None:
            r = self._compiled[("anchored", k)] = re.compile(alternations[k])
        return r

    def match_line(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        """The first line rule that matches `line` (already trimmed), or None."""
        # segment_html (container scoring) and classify ask about the same lines of a page: the last few hundred
        # answers are kept (a pure function of the line; the memo empties when full, so it never spans more than
        # a page or two).
        memo = self._compiled.setdefault("memo", {})
        hit = memo.get(line, _MISSING)
        if hit is _MISSING:
            if len(memo) >= MATCH_MEMO:
                memo.clear()
            deadline.check()  # once per line looked up: clean(timeout=...) reaches into the per-block loops
            hit = memo[line] = self._first_match(line)
        return hit

    def _first_match(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        n = len(line)
        compiled = self._compiled.get("rules")
        if compiled is None:  # once per Lexicon: this runs for every block of a page
            compiled = self._compiled["rules"] = self._compile_rules()
        every, bounds, alternations, unanchored = compiled
        # a line failing the anchored alternation can only match an unanchored rule (see _quick_reject)
        if not bounds:
            candidates = every
        else:
            anchored = self._anchored_for(n, bounds, alternations)
            candidates = every if anchored is not None and anchored.match(line) else unanchored
        for rule, regex, max_len in candidates:
            if n <= max_len:
                m = regex.search(line)
                if m:
                    return rule, m
        return None


DEFAULT = Lexicon()


# --- furniture / provenance grammar data (grammar.py; issue #15) -------------------------------------------------
# Kept as one separate block so the grammar's data reads in one place.  Labels, value shapes and furniture words
# are shapes of page chrome in general, never one page's text.

# Separators between a label and its value besides the colon: pipes, the CJK vertical bars 丨 ︱, a slash.
GRAMMAR_SEPARATORS = ":：|｜丨︱/"
# Info-bar labels beyond INFO_LABELS (none of them repeated here), with their group ("category"/"keywords" values carry no field).
GRAMMAR_EXTRA_LABELS: tuple[tuple[str, str], ...] = (
    ("发表于", "date"), ("发布", "date"), ("PostTime", "date"),
    ("Date", "date"), ("Source", "source"), ("Author", "author"), ("Editor", "editor"), ("来稿", "source"),
    ("类别", "category"), ("分类", "category"), ("栏目", "category"), ("所属栏目", "category"), ("所属分类", "category"),
    ("标签", "keywords"), ("关键字", "keywords"), ("关键词", "keywords"), ("文章关键字", "keywords"),
    ("文章关键词", "keywords"), ("Tags", "keywords"), ("Tag", "keywords"), ("点击率", "counter"), ("人气", "counter"),
    ("Hits", "counter"), ("Views", "counter"), ("热度", "counter"), ("评论", "counter"),
)
# Labels of contact blocks (a site's hotline, mailbox, QQ …): a line of these with phone/mail/number values is chrome.
CONTACT_LABELS: tuple[str, ...] = (
    "电话", "热线", "合作热线", "服务热线", "热线电话", "联系电话", "咨询电话", "举报电话", "投诉电话", "新闻热线",
    "传真", "邮箱", "电子邮箱", "来稿邮箱", "投稿邮箱", "邮件", "E-mail", "Email", "email", "QQ", "QQ群", "微信",
    "微信号", "微信ID", "地址", "通讯地址", "邮编", "邮政编码", "客服",
)
# Whole lines that are widget or tool names of a page (contact widgets, back-to-top, CMS links, e-paper tools).
FURNITURE_LINES: tuple[str, ...] = (
    "电话咨询", "邮件咨询", "在线地图", "QQ客服", "在线客服", "在线咨询", "在线留言", "联系我们", "返回顶部", "回到顶部",
    "顶部", "TOP", "top", "后台管理", "管理登录", "更多", "更多>>", "查看更多", "上一版", "下一版",
    "上一期", "下一期", "版面导航", "返回目录", "往期回顾", "PDF版", "本版新闻", "本版标题", "标题导航", "过刊浏览",
    "字体", "字号", "打印", "关闭", "收藏", "纠错", "分享", "转发", "点赞", "在看", "举报", "繁體", "繁体", "简体",
    "无障碍", "长者模式", "English", "手机版", "网站地图", "RSS", "搜索", "高级搜索", "版面概览", "放大", "缩小", "默认",
    "上一篇", "下一篇", "大", "中", "小", "首页", "返回", "打印本页", "关闭窗口",
)
# Roles of a reporter credit line ("■通讯员 某某", "融媒体记者 某某 某某", "（记者 某某 实习生 某某）").
CREDIT_ROLES: tuple[str, ...] = ("记者", "通讯员", "实习生", "见习记者", "特约记者", "摄影", "摄", "文", "图", "编辑",
                                 "责任编辑", "作者", "撰稿")
# An e-paper jump line: the article continues on another page ("（下转A2版）", "（上接第1版）").
EPAPER_JUMP = r"^[(（]?\s*(?:下转|上接|转|接)\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[)）]?$"
# Words that mark a head line as the site's own chrome (a site name, a greeting, a login bar), never the headline.
# Phrases count anywhere in the line; words only as a whole token ("登录", "注册" also name things in headlines:
# 注册企业), 首页/导航 also at a token's end ("某某网首页").
SITE_CHROME_PHRASES: tuple[str, ...] = ("点击浏览", "欢迎访问", "欢迎光临", "欢迎来到", "欢迎您", "设为首页", "加入收藏")
SITE_CHROME_WORDS: tuple[str, ...] = ("首页", "导航", "登录", "注册", "门户网站", "官方网站", "官网")
SITE_CHROME_SUFFIXES: tuple[str, ...] = ("首页", "导航")
# Media suffixes of an outlet name written bare in an info line ("某某日报 张三 2026-01-10 06:49").
OUTLET_SUFFIX = r"(?:日报|晚报|早报|时报|商报|报社|报|新闻网|网|社|电视台|广播电视台|客户端|融媒体中心|融媒|新闻|周刊|杂志)"
# Weather widget words: a head line made of these and temperatures is the weather box.
WEATHER_WORDS: tuple[str, ...] = ("晴", "多云", "阴", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "小雪", "中雪",
                                  "大雪", "雨夹雪", "雾", "霾", "沙尘", "转", "风", "级", "空气质量", "优", "良",
                                  "轻度污染", "PM2.5", "AQI", "湿度", "紫外线", "气温", "天气")
# Wire datelines opening a story ("新华社北京3月5日电", "中新社某地2月7日电"): the credited agency, as a fallback source.
WIRE_DATELINE = (r"^(?:\S{0,6}[(（])?(?P<source>新华社|中新社|中新网|人民网|央视网|中国新闻网|新华网|人民日报|光明日报|经济日报"
                 r"|[\u4e00-\u9fff]{2,8}(?:日报|晚报|报))[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)")
# 公文 closing formulas, kept after the article's last sentence even without punctuation.
CLOSING_FORMULAS = r"^(?:特此(?:通知|公告|通告|函告|报告|批复|函复)|此复|妥否，请批示|此致|敬礼|此致敬礼)[。!！]?$"
# Gov table cells that label counters (浏览次数 …): part of the flattened table row, no value kept.
GOV_TABLE_COUNTER_LABELS: tuple[str, ...] = ("浏览次数", "点击数", "访问量", "阅读次数")
