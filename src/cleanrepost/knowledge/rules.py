"""The line rules: anchored regular expressions over one trimmed line, each with a removal kind and the
provenance fields its named groups yield.  Data only; `Lexicon` (lexicon.py) holds them and `matcher.py` runs them.

Rule names are stable identifiers: they appear in `Document.removed[*].reason` as "line:<name>".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Pattern

from ..grammar.dates import CN_DATE, DAY, MD, RULE_DATE_PATTERN, TIME, YEAR, YM

# Separators used inside rules: half- and full-width colons, optional spaces (incl. U+3000 and NBSP).
_C = r"[ \t\u3000\u00a0]*[:：][ \t\u3000\u00a0]*"
_S = r"[ \t\u3000\u00a0]*"
DATE = RULE_DATE_PATTERN  # the date grammar's variant for line rules (grammar/dates.py)


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
             r"^[(（]?《[^》]{2,12}》\s*[(（]\s*" + CN_DATE + r"\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[)）][)）]?$", max_len=60),
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
    LineRule("footer.copyright", "footer", r"版权所有|Copyright|©|\(c\)\s*" + YEAR + r"|All Rights Reserved", max_len=120),
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
    # (never a sentence: "分享一下我养的花，今年开了。" opens a post; 分享让更多人看到 is the widget)
    LineRule("share.share-to", "share", r"^(?:分享到|分享至|分享)\s*[:：]?[^，。！？；\n]*$", max_len=60),
    LineRule("share.qr", "share", r"扫一扫在手机(?:上)?打开当前页|扫一扫|手机扫描二维码|微信扫一扫|二维码", max_len=40),
    LineRule("share.accessibility", "share", r"是否打开信息无障碍浏览|无障碍浏览|适老化|长者模式|打印本页|关闭窗口", max_len=40),
    LineRule("share.download", "share", r"^下载地址\s*[:：]|点击此处下载", max_len=60),
    # --- navigation -----------------------------------------------------------------------------------------
    # (also a path of three or more crumbs without 首页: "志书年鉴 > 《某县志》 > 第十一编 水利"; no crumb holds a clause;
    # or two column names: "讲座展览 > 讲座预告")
    LineRule("navigation.breadcrumb", "navigation",
             r"^(?:您(?:当前|现在)?的?(?:当前)?(?:位置|所在位置)|当前位置|所在位置|现在位置)\s*[:：]?|^首\s*页\s*(?:>|＞|»|›|>>|/|\|)"
             r"|^[^>＞»›。，！？；,\s][^>＞»›。，！？；,]{0,22}[^>＞»›。，！？；,\s]"
             r"(?:[ \t\u3000]{0,3}(?:>>?|＞|»|›)[ \t\u3000]{0,3}[^>＞»›。，！？；,\s](?:[^>＞»›。，！？；,]{0,28}[^>＞»›。，！？；,\s])?){2,6}$"
             r"|^[\u4e00-\u9fff]{2,8}[ \t\u3000]{0,3}(?:>>?|＞|»|›)[ \t\u3000]{0,3}[\u4e00-\u9fff0-9A-Za-z]{2,10}$", max_len=300),
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
    LineRule("navigation.today", "navigation", r"^(?:今天是|今日是?)[:：]?\s*" + CN_DATE + r".{0,30}$", max_len=60),
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
_UI_COUNT = r"(?:阅读量?|浏览量?|点赞|赞|在看|转发|分享|收藏|评论|喜欢|打赏|播放|粉丝|获赞|作品|总访问量|今日访问|访问量)"
_UI_ACTION = (r"(?:分享|收藏|点赞|在看|转发|转载|添加评论|写评论|评论|回复|引用|举报|赞同|赞|打赏|喜欢|关注|打印|支持|反对"
              r"|编辑|讨论|暂停|倍速|快进|静音|全屏|下载)")  # (the last: a media player's controls)
UI_ACTION_WORDS, UI_COUNT_WORDS = _UI_ACTION, _UI_COUNT  # (html_features reads an icon counter row with them)
# a post's date in a platform stamp (no named group: an edit or post time is not the page's publication date)
_STAMP_DATE = YEAR + YM + DAY + MD + DAY + r"日?(?:[ T\u3000]{0,3}" + TIME + r")?"
# (every repeat below is bounded: no nested unbounded quantifier)
_SP3 = r"[ \t\u3000]{0,3}"
_SEP = r"[ \t\u3000|｜·•/]{0,4}"
_UI_ITEM = r"(?:" + _UI_ACTION + r"|" + _UI_COUNT + r")" + _SP3 + r"(?:[(（]\d{1,9}[)）]|\d{1,9})?[▼▾]?"
_FEEDBACK = r"(?:有帮助|没帮助|有用|没用|满意|不满意|顶|踩|赞同|反对)[ \t\u3000]{0,2}[(（]?\d{1,9}[)）]?"
_NAME = r"[\u4e00-\u9fff·]{2,4}?"  # a person's name, the shortest reading first (张明报道 → 张明)
_UI_CALL = _UI_VERB + r"[^。]{0,12}?" + _UI_TARGET
# a call only an account makes: follow it, or reply a keyword to it (关注“某某”, 回复【某词】, 后台回复“某词”, 星标我们; a
# reply in quotes without 后台 is a person's answer: 工作人员回复“已受理”)
_ACCOUNT_CALL = (r"(?:(?:关注|后台回复|星标|置顶)[^。]{0,4}?(?:【[^】\n]{1,12}】|“[^”\n]{1,12}”|公众号|我们)"
                 r"|回复[^。]{0,4}?【[^】\n]{1,12}】)")
_SUMMARY = r"(?:摘要|导读|内容提要|内容摘要|核心提示|本文导读)"  # a lead box's label (its colon may follow a bracket)
SELF_MEDIA_RULES: tuple[LineRule, ...] = (
    LineRule("counter.social", "counter",
             r"^(?:(?:" + _UI_COUNT + _SP3 + r"[:：]?" + _SP3 + r"\d{1,9}(?:\.\d{1,3})?[万wWkK+]?" + _SP3 + r"次?" + _SEP + r"){1,8}"
             r"|(?:\d{1,9}(?:\.\d{1,3})?[万wWkK+]?" + _SP3 + _UI_COUNT + _SEP + r"){1,8})$", max_len=60),
    # a WeChat account's profile lines over a copied article, and its collection tag: "功能介绍 某某官方发布平台",
    # "微信号 abc123", "收录于合集 #某某要闻 126个"
    LineRule("navigation.account-profile", "navigation", r"^(?:功能介绍|微信号|公众号ID|收录于合集|收录于话题)[:：\s]", max_len=60),
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
    # a platform's edit or post stamp: 本帖最后由 某某 于 2026-04-21 08:10 编辑, 编辑于 2026-01-05 12:30
    LineRule("byline.post-stamp", "byline",
             r"^(?:(?:本帖|本文|该帖|此帖)?最后由" + _SP3 + r"[^\s]{1,20}" + _SP3 + r"于" + _SP3 + _STAMP_DATE + _SP3 + r"编辑"
             r"|(?:最后)?(?:编辑|修改|更新)于" + _SP3 + _STAMP_DATE
             # a Q&A post's stamp: 回答时间：2026-11-16 21:05, 提问于 2026-11-16 (a 留言's 答复时间 is a gov reply's)
             + r"|(?:回答|提问|解答)(?:时间|于)[:：]?" + _SP3 + _STAMP_DATE + r")$", max_len=60),
    # a repost's credit without a colon, maybe with the original's link: 转自某某发布, 转自某区交通运输局网站，原文链接：http://…
    # (the name is the source, the link the source_url)
    LineRule("byline.repost-from", "byline",
             r"^(?:转自|转载自)(?P<source>[\u4e00-\u9fffA-Za-z0-9·]{2,30}?)(?:网站)?(?:[，,；;\s]{1,3}"
             r"(?:原文链接|原文地址|原文网址|原文)[:：]?[ \t]{0,3}(?P<url>https?://\S{1,300})?)?$", max_len=360),
    # where the text was first printed or posted, the outlet in 《》 or “” (本文首发于作者公众号“某某”，原文链接：http://…;
    # （本文刊于《某某周刊》第47期，转载请联系编辑部）): the outlet is the source, the link the source_url
    LineRule("byline.published-in", "byline",
             r"^[(（]?(?:本文|此文|该文|原文)?(?:首发于|首发在|刊于|刊发于|刊载于|原载于|原载|发表于)[^。！？“”《》\n]{0,8}"
             r"[《“](?P<source>[^》”\n]{2,20})[》”][^。！？:：\n]{0,24}?(?:[，,；;\s]{1,3}(?:原文链接|原文地址|原文网址|原文)[:：]"
             r"[ \t]{0,3}(?P<url>https?://\S{1,300}))?[)）]?。?$", max_len=360),
    # where the page's text came from, one line without a label: 本文来自某某公众号, 本条目来自某某百科 (an excerpt's 摘自
    # or 选自 may be part of a reposted text and stays)
    # (an account's name in quotes is the source: 本文转载自微信公众号“某某发布”)
    LineRule("byline.came-from", "byline",
             r"^(?:本文|本条目|本词条|本篇|此文)(?:来自|转自|转载自)(?:[^。！？“\n]{0,8}“(?P<source>[^。！？“”\n]{2,30})”"
             r"[^。！？\n]{0,6}|[^。！？\n]{1,40})$", max_len=46),
    # a post's floor stamp or client tail (来自某某客户端 1楼 2026-03-29 18:02), an update stamp with its hit count
    # (本词条由用户共同编辑 最近更新：2025-09-30; 更新日期：2026-09-21 点阅次数：1,285; not 修订于: a law's own note)
    LineRule("byline.floor-stamp", "byline",
             r"^(?:来自[^\s]{1,16}(?:客户端|手机版|移动版)(?:[ \t\u3000]{1,3}\d{1,5}[ \t]?楼(?:[ \t\u3000]{1,3}" + _STAMP_DATE
             + r")?)?|\d{1,5}[ \t]?楼[ \t\u3000]{1,3}" + _STAMP_DATE + r")$", max_len=50),
    LineRule("byline.update-stamp", "byline",
             r"^[^。\n]{0,24}?(?:最近|最后)?更新(?:时间|日期)?[:：于][ \t\u3000]{0,2}" + _STAMP_DATE
             + r"(?:[ \t\u3000|｜]{1,4}[\u4e00-\u9fff]{2,4}[:：][ \t\u3000]{0,2}\d[\d,]{0,12}次?)?$", max_len=60),
    # a Q&A or thread badge on its own line: 已采纳, 最佳答案, 推荐答案; a poster's name with the 楼主 badge
    LineRule("metadata.post-badge", "metadata",
             r"^(?:[\[【(（]?(?:已采纳|最佳答案|最佳回答|推荐答案|精选回答|优质回答|满意答案|提问者采纳|网友采纳)[\]】)）]?"
             r"|[^\s]{1,16}[ \t\u3000]{1,3}(?:楼主|层主))$", max_len=24),
    # a picture album's label and count: 词条图册, 更多图册某某（12张）, 共12张 (an attachment's 附件：照片（3张） stays)
    LineRule("related.album", "related",
             r"^(?!附件)(?:[\u4e00-\u9fff]{0,4}(?:图册|图集|组图)|[^。\n]{0,20}[（(]\d{1,4}[ \t]?张[)）]|共[ \t]?\d{1,4}[ \t]?张)$",
             max_len=32),
    # a pager prompt of a cut chapter or page: 本章未完，请点击下一页继续阅读, （未完待续，翻到下一页）
    LineRule("pager.continue", "pager",
             r"^[(（]?[^。\n]{0,6}?(?:未完|待续)[^。\n]{0,4}?[，,]?[^。\n]{0,4}?(?:点击|翻到|进入|前往)?下一[页章][^。\n]{0,6}$",
             max_len=30),
    # a subscribe promo of a show or account: 在各大播客平台搜索“某某”即可订阅收听
    LineRule("ad.subscribe", "ad",
             r"^[^。\n]{0,20}?(?:搜索|关注|订阅)[^。\n]{0,16}?(?:即可|就能|就可以)(?:订阅|收听|收看|观看)[^。\n]{0,6}$", max_len=44),
    # a count of readers who liked the post: 128 人赞同了该回答, 3.2万人觉得很赞
    LineRule("counter.approvals", "counter",
             r"^\d{1,9}(?:\.\d{1,3})?[万wWkK]?" + _SP3 + r"(?:人|位网友|位读者)" + _SP3
             + r"(?:赞同|点赞|喜欢|收藏|推荐|觉得很赞|觉得有用)了?(?:该|这个|此|这篇)?(?:回答|文章|内容|帖子)?$", max_len=30),
    LineRule("pager.before-after", "pager", r"^(?:前一篇|后一篇|前一条|后一条|上篇|下篇)\s*[:：]", max_len=80),
    LineRule("comment.signature", "comment", r"^(?:个性签名|签名档|签名)\s*[:：]", max_len=80),
    # an answerer's profile card label: 擅长：儿科常见病 (a doctor's, a lawyer's field)
    LineRule("metadata.profile", "metadata", r"^(?:擅长|专长|擅长领域|执业领域)\s*[:：]", max_len=60),
    # the card's name line: a name and a professional title, nothing else (梁某某 副主任医师, 周某某 执业律师)
    LineRule("metadata.profile-title", "metadata",
             r"^" + _NAME + r"[ \t\u3000]{1,3}(?:主任医师|副主任医师|主治医师|住院医师|执业医师|医师|执业律师|律师|主任药师"
             r"|副主任药师|主管护师|心理咨询师|营养师)$", max_len=20),
    # a labelled summary or lead box over the article (摘要：…, 导读：…, 内容提要：…): the article's own text follows
    LineRule("metadata.summary-box", "metadata",
             r"^(?:[\[【(（]" + _SUMMARY + r"[\]】)）](?:" + _C + r")?|" + _SUMMARY + _C + r")[^\n]{1,200}$", max_len=220),
    # a category bar (wiki and blog): 分类：某县水库 | 1962年完工的水库 (two or more values between bars; a content line
    # "分类：可回收物、有害垃圾…" has none)
    LineRule("metadata.categories", "metadata",
             r"^(?:页面分类|所属分类|分类目录|分类)[:：][^。，,；;|｜\n]{1,40}(?:[|｜][^。，,；;|｜\n]{1,40}){1,10}$",
             max_len=200),  # (the bar alone separates: the values may hold spaces, so no optional spaces around it)
    # (a short qualifier may lead: 文章标签, 词条标签, 新闻关键词)
    LineRule("metadata.tags", "metadata", r"^(?:[\u4e00-\u9fff]{0,2}(?:标签|关键词|关键字)|Tags?)\s*[:：]", max_len=80),
    # a reporter line without a colon: 本报记者 张明 通讯员 李华, （某某日报记者 陈小勇） (the outlet is the source)
    LineRule("byline.reporters", "byline",
             r"^[(（]?(?:本报|本台|本网|本刊|(?P<source>[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|报|电视台|网|社)))?"
             r"(?:特约|见习|实习)?(?:记者|通讯员)" + _SP3
             + r"(?P<author>" + _NAME + r")(?:[ \t\u3000、，,]{1,3}" + _NAME + r"){0,3}"
             r"(?:[ \t\u3000]{1,3}(?:特约|见习|实习)?(?:记者|通讯员|实习生)" + _SP3 + _NAME
             + r"(?:[ \t\u3000、，,]{1,3}" + _NAME + r"){0,3})?" + _SP3 + r"(?:报道)?[)）]?$", max_len=40),
    LineRule("ad.ui-promo", "ad", r"^[^。]{0,14}?" + _UI_VERB + r"[^。]{0,12}?" + _UI_TARGET + r"[^。]{0,24}$", max_len=44),
    # a chain of calls, one of them to the account (关注“某某”公众号，回复【某词】获取…，点【在看】…。): a promo even as a
    # long sentence; a service guide's 点击“办理”，再点击“提交” calls no account and stays
    LineRule("ad.ui-promo-chain", "ad",
             r"^[^。]{0,10}?(?:" + _ACCOUNT_CALL + r"[^。]{0,40}?" + _UI_CALL + r"|" + _UI_CALL + r"[^。]{0,40}?"
             + _ACCOUNT_CALL + r")[^。]{0,40}。?$", max_len=100),
    # a media player's placeholder: 视频加载中，请稍候…, 正在加载…
    LineRule("junk.loading", "junk", r"^[^。]{0,6}?(?:加载中|正在加载|载入中|缓冲中)[^。]{0,12}$", max_len=24),
    # a closing call to like or pass the post on: 喜欢就点个赞吧, 觉得有用就转发一下吧, 点个赞再走吧
    LineRule("ad.like-call", "ad", r"^[^。：:“]{0,10}?(?:点个?赞|点个在看|转发|分享给)[^。：:“”]{0,6}?(?:吧|哦|呗|一下)[!！~～]?$", max_len=24),
    # app promos (下载某某客户端…, 打开APP查看…, 海量资讯、精准解读，尽在某某APP)
    LineRule("ad.app-promo", "ad", r"^[^。]{0,10}?(?:下载|打开|安装)[^。]{0,10}?(?:客户端|APP|App|app)[^。]{0,24}$"
             r"|^[^。]{0,16}?(?:尽在|就在|都在)[^。]{1,12}?(?:客户端|APP|App|app)[!！。]?$", max_len=44),
    # a programme or viewing note of a broadcaster's post: 【收听提示】本节目每天…播出, 【收看指南】… (a notice's own
    # 【温馨提示】 has no medium verb and stays)
    LineRule("ad.medium-note", "ad", r"^[\[【(（](?:收听|收看|观看|播出|直播|点播)(?:提示|指南|方式|时间)[\]】)）][^。]{0,40}。?$",
             max_len=52),
    # a gallery's pager hint (点击图片进入下一页); a bare （点击看清晰大图） under a picture is the article's own caption
    LineRule("pager.picture", "pager", r"^[(（]?点击图片(?:进入|查看|翻到|看)?(?:下一页|下一张|下页)[)）]?$", max_len=20),
    # (anchored, so the rule joins match_line's one-call quick reject)
    LineRule("related.feed-control", "related", r"^(?:[^\n]{0,56}[ \t\u3000·•|｜]不感兴趣$|不感兴趣)", max_len=60),
    LineRule("metadata.article-type", "metadata",
             r"^[\[【(（]?(?:文章类型|文章性质|稿件类型|内容类型|文章分类|文章属性)" + _C + r"[^\s。，,]{1,8}[\]】)）]?$", max_len=20),
    # a risk or caution note over a disclaimer clause (风险提示：本文观点仅代表个人意见…据此买卖，风险自负; 【温馨提示】本文
    # 仅作健康科普，不能替代医生面诊), or the bare warning line 股市有风险，投资需谨慎 (a notice's 风险提示：近期诈骗高发…
    # or 温馨提示：请错峰出行 disclaims nothing and stays)
    LineRule("disclaimer.risk", "disclaimer",
             r"^[\[【(（]?(?:风险提示|风险揭示|风险声明|投资提示|免责提示|温馨提示|特别提示)[\]】)）]?(?:" + _C + r")?"
             + r"[^\n]{0,120}?(?:仅代表|不构成|不作推荐|不作为投资|风险自负|投资需谨慎|入市需谨慎|仅供参考|仅作[\u4e00-\u9fff]{0,4}"
             r"(?:科普|参考)|不能(?:替代|代替)[^，。\n]{0,6}?(?:医|诊|治|专业)"
             r"|不能作为[^，。\n]{0,8}?依据|仅为[^，。\n]{0,8}?个人(?:建议|观点|意见))"  # (替代 alone: 不能替代他人参加考试)
             r"|^[^。\n]{0,10}?(?:股市|市场|投资)有风险[，,]" + _SP3 + r"(?:投资|入市|理财)需?谨慎[。！!]?$", max_len=300),
    # a unit's contribution credit closing a news item: （某县教育局 供稿）, the unit the source where none is named; its
    # text-and-picture credit (（某办公室 文/图）) names no field (a person may stand there too)
    LineRule("byline.contributed", "byline",
             r"^[(（]?" + _SP3 + r"(?:(?P<source>[\u4e00-\u9fffA-Za-z]{2,20}?)" + _SP3 + r"(?:供稿|来稿)"
             r"|[\u4e00-\u9fffA-Za-z]{2,20}?" + _SP3 + r"(?:文[/／]图|图[/／]文))" + _SP3 + r"[)）]?$", max_len=30),
    # a picture's origin under it: 图片来源：某某图库, （图源：某某） (never the article's source)
    LineRule("byline.photo-source", "byline",
             r"^[\[【(（]?" + _SP3 + r"(?:图片来源|照片来源|图源|图片提供|供图)" + _C + r"[^。，,；;\n]{1,30}?[\]】)）]?$",
             max_len=40),
    LineRule("disclaimer.copyright-box", "disclaimer",
             r"^[\[【(（]?\s*(?:版权与免责声明|版权及免责声明|免责与版权声明|版权说明|版权提示)\s*[\]】)）]?(?:" + _C + r")?"
             r"|仅代表作者(?:本人|个人)?(?:的)?观点|转载请(?:保留|注明)(?:出处|来源|原文链接)", max_len=300),
)
LINE_RULES = LINE_RULES + SELF_MEDIA_RULES
