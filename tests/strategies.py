"""Hypothesis strategies that build noisy reposted Chinese government pages from parts.

Everything here is our own writing (no corpus text).  A generated `Page` knows which of its lines are article
(title, paragraphs, sub-headings, 公文 parts) and which are boilerplate, so properties can check the cleaner's
output against the truth:

    article parts   paragraphs of Chinese sentences with numbers, dates, “quotes”, 《titles》 and English
                    fragments; sub-headings (一、… / （二）…); 公文 parts: 主送机关 line ending in ：, 附件：1．…,
                    signature + date, （此件公开发布）, 抄送：…。, the 印发 line
    boilerplate     disclaimers (many wordings), 原文链接 / 来源 / 发布时间 / 责任编辑 lines, sidebars (a heading and
                    3+ items, with and without dates and "..."/"…" truncation), toolbars (【打印本页】【关闭窗口】,
                    字号：大 中 小, 分享到), breadcrumbs, ICP / 公网安备 / 网站标识码 / 主办单位 footers, the gov.cn
                    索引号/发文字号 table, nav menus, 关注公众号 promotions, and 延伸阅读 boxes (these last two also sit
                    between paragraphs); in text dumps nav and breadcrumb come above the headline
    rendering       flattened text, or HTML in five templates (div.TRS_Editor, td#UCAP-CONTENT, <article>, plain divs
                    with nav/sidebar/footer, nested layout tables); paragraphs as <p>, <div> or <br>-separated lines
    noise           full-width letters/digits, NBSP and U+3000 indentation, zero-width characters inside article
                    text, half-width punctuation between Han, Traditional spans or a whole Traditional page (an HK/TW
                    mirror, boilerplate included), UTF-8 or GB18030 bytes (with honest,
                    lying or missing charset labels); `damaged` adds byte damage for the crash-only properties.

`canon()` is the comparison form used by the properties (see its docstring).
"""
from __future__ import annotations

import html as _html
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from hypothesis import strategies as st

# -- comparison form -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def canon(text: str) -> str:
    """The canonical form the properties compare on.

    NFKC (folds full-width letters/digits, NBSP, compatibility forms), OpenCC t2s (folds Traditional spans),
    lower case, then only letters and digits are kept (Unicode categories L* and N*): whitespace, punctuation
    (half- or full-width), symbols and invisible format characters are all ignored.  Two texts with the same
    canon say the same words in the same order.
    """
    t = _t2s().convert(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")


# -- the page model ------------------------------------------------------------------------------------------

ARTICLE, BOILER = "article", "boiler"


@dataclass
class Block:
    """A group of lines of one kind: an article paragraph, a sidebar (heading + items), a table, a footer ..."""

    role: str  # ARTICLE or BOILER
    family: str  # "para", "heading", "gongwen", or a boilerplate family ("sidebar", "disclaimer", ...)
    lines: list[str]
    cells: list[tuple[str, str]] = field(default_factory=list)  # label/value pairs for tables

    @property
    def atoms(self) -> list[str]:
        """Pieces that must not survive as article text (boilerplate) or must survive (article)."""
        if self.cells:
            # labels, and the values only this table has (the 发文机关, dates and title may recur in the article)
            return [k for k, _ in self.cells if k not in ("标题", "標題")] + [v for k, v in self.cells if k in TABLE_OWN_VALUES]
        return self.lines


TABLE_OWN_VALUES = ("索引号", "主题分类", "发文字号", "索引號", "主題分類", "發文字號")


@dataclass
class Page:
    title: str
    before: list[Block]
    article: list[Block]  # in order; BOILER blocks here sit between paragraphs
    after: list[Block]
    noise: tuple[str, ...] = ()

    @property
    def blocks(self) -> list[Block]:
        return self.before + self.article + self.after

    def article_lines(self) -> list[str]:
        return [ln for b in self.article if b.role == ARTICLE for ln in b.lines]

    def boiler_atoms(self) -> list[str]:
        return [a for b in self.blocks if b.role == BOILER for a in b.atoms]


# -- vocabulary (our own writing) -----------------------------------------------------------------------------

CITIES = ["江州市", "临川市", "青岩县", "东湖区", "南屏市", "安平县", "北溪镇", "云岭州"]
ORGS = ["市政府", "省发展改革委", "区教育局", "县财政局", "市生态环境局", "省交通运输厅", "市卫生健康委", "区人社局",
        "市场监管部门", "各级财政部门", "县农业农村局"]
PREDICATES = ["召开专题会议研究部署相关工作", "印发实施方案并明确责任分工", "加大资金投入力度", "组织开展专项督查",
              "推进重点项目建设", "完善考核评价机制", "深化“放管服”改革", "落实减税降费政策", "强化安全生产监管",
              "推动数字政府建设", "优化营商环境", "建立健全长效机制"]
NUMBERS = ["共投入资金3.5亿元", "同比增长12.6%", "新建学校27所", "惠及群众1.2万人", "完成投资86亿元",
           "覆盖1,380个行政村", "累计受理事项4,512件", "较上年提高0.8个百分点", "建成5G基站2300余个"]
DATES = ["2024年3月5日", "3月5日上午", "2023年12月", "今年1至10月", "2025年6月30日前", "10月18日下午"]
QUOTES = ["“最多跑一次”", "“一网通办”", "“双随机、一公开”", "《关于加快推进乡村振兴的实施意见》",
          "《政府工作报告》", "《优化营商环境条例》"]
ENGLISH = ["GDP", "APEC会议", "WTO规则", "PM2.5浓度", "App", "AI技术", "ISO 9001认证"]
CLOSERS = ["确保各项任务落到实处", "切实提升群众满意度", "为高质量发展提供有力支撑", "取得阶段性成效",
           "形成可复制可推广的经验", "进一步激发市场活力"]
HEAD_NUMS = ["一、", "二、", "三、", "四、", "（一）", "（二）", "（三）", "第一条", "第二条"]
HEAD_WORDS = ["总体要求", "主要目标", "重点任务", "保障措施", "工作要求", "组织领导", "实施步骤", "监督检查"]
TOPICS = ["开展春季安全生产大检查", "加强城乡环境综合整治", "做好稳就业工作", "推进农村人居环境改善",
          "加快发展数字经济", "实施城市更新行动", "完善养老服务体系"]
DOC_KINDS = ["的通知", "的实施意见", "的工作方案", "的若干措施"]
NAMES = ["王小明", "李华", "张建国", "陈静", "刘洋", "赵敏", "欧阳晓", "孙立"]
OUTLETS = ["新华社", "人民日报", "江州日报", "临川市人民政府网", "省政府办公厅", "央视新闻", "中国政府网"]
SIDEBAR_HEADINGS = ["最新加入", "热门资讯", "相关阅读", "推荐阅读", "相关新闻", "点击排行", "最新文章", "热点新闻",
                    "相关文章", "图片新闻"]
INLINE_BOX_HEADINGS = ["延伸阅读", "相关新闻", "相关阅读"]
ITEM_SUBJECTS = ["南屏市", "北溪镇", "云岭州", "海坛区", "石门县", "凤凰街道"]
ITEM_EVENTS = ["举办消防安全宣传月活动", "召开农业产业化推进会", "启动城市书房建设", "通报第三季度重点工作进展",
               "组织开展防汛应急演练", "发布春季旅游线路", "表彰一批优秀志愿服务项目", "开展食品安全抽检",
               "公布2024年民生实事项目", "举行重大项目集中开工仪式"]


# -- article parts -------------------------------------------------------------------------------------------

@st.composite
def sentence(draw) -> str:
    parts = [draw(st.sampled_from(DATES)) + "，"] if draw(st.booleans()) else []
    parts.append(draw(st.sampled_from(CITIES)) + draw(st.sampled_from(ORGS)))
    parts.append(draw(st.sampled_from(PREDICATES)))
    extras = draw(st.lists(st.sampled_from(NUMBERS + QUOTES + ENGLISH), max_size=2))
    for x in extras:
        if x in QUOTES:
            parts.append("，认真贯彻" + x)
        elif x in ENGLISH:
            parts.append("，引入" + x + "相关经验")
        else:
            parts.append("，" + x)
    parts.append("，" + draw(st.sampled_from(CLOSERS)) + "。")
    return "".join(parts)


@st.composite
def paragraph(draw) -> Block:
    return Block(ARTICLE, "para", ["".join(draw(st.lists(sentence(), min_size=1, max_size=3)))])


@st.composite
def subheading(draw) -> Block:
    return Block(ARTICLE, "heading", [draw(st.sampled_from(HEAD_NUMS)) + draw(st.sampled_from(HEAD_WORDS))])


@st.composite
def title_and_opening(draw) -> tuple[str, Block]:
    """The headline and the paragraph that opens the article: as in real pages, it takes up the headline's topic."""
    topic = draw(st.sampled_from(TOPICS))
    lead = draw(st.sampled_from(CITIES + ["国务院办公厅", "省人民政府"]))
    opening = f"为{topic}，{draw(st.sampled_from(CLOSERS))}，现将有关事项通知如下。"
    if draw(st.booleans()):
        opening += draw(sentence())
    return lead + "关于" + topic + draw(st.sampled_from(DOC_KINDS)), Block(ARTICLE, "para", [opening])


def _date(draw) -> tuple[int, int, int]:
    return draw(st.integers(2015, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))


@st.composite
def gongwen_head(draw) -> Block:
    """主送机关: who the document is addressed to; a line ending in a colon."""
    line = draw(st.sampled_from(["各区县人民政府，市政府各部门，各直属机构：", "各乡镇人民政府、街道办事处：",
                                 "各市、县（区）人民政府，省直各单位：", "各有关单位："]))
    return Block(ARTICLE, "gongwen", [line])


@st.composite
def gongwen_tail(draw) -> list[Block]:
    """附件 list, signature and date, publication note, 抄送 and 印发 lines, in the order 公文 use."""
    blocks: list[Block] = []
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        lines = [f"附件：1．{topics[0]}责任分工表"] + [f"{i}．{t}任务清单" for i, t in enumerate(topics[1:], 2)]
        blocks.append(Block(ARTICLE, "gongwen", lines))
    y, m, d = _date(draw)
    org = draw(st.sampled_from(CITIES)) + "人民政府"
    blocks.append(Block(ARTICLE, "gongwen", [org, f"{y}年{m}月{d}日"]))
    if draw(st.booleans()):
        blocks.append(Block(ARTICLE, "gongwen", ["（此件公开发布）"]))
    if draw(st.booleans()):
        blocks.append(Block(ARTICLE, "gongwen", ["抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院。"]))
        blocks.append(Block(ARTICLE, "gongwen", [f"{org}办公室{y}年{m}月{d}日印发"]))
    return blocks


# -- boilerplate families ------------------------------------------------------------------------------------

DISCLAIMER_LEADS = ["免责声明：", "【免责声明】", "声明：", "版权声明：", "特别声明：", ""]
DISCLAIMER_BODIES = [
    "本文来源于网络，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "本网站转载的文章，版权归原作者所有，如有侵权，请在30日内与本站联系，我们将及时删除。",
    "凡本网注明“来源：XXX”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。",
    "文章内容为作者个人观点，不代表本平台立场，仅供学习交流使用。",
    "未经本网授权，任何单位和个人不得转载、摘编或以其他方式使用上述作品。",
    "转载请注明出处，如涉及作品内容、版权和其它问题，请与本网联系。",
    "本平台仅提供信息存储服务，文章来自网络，如有侵权请联系删除。",
]


@st.composite
def disclaimer(draw) -> Block:
    return Block(BOILER, "disclaimer", [draw(st.sampled_from(DISCLAIMER_LEADS)) + draw(st.sampled_from(DISCLAIMER_BODIES))])


@st.composite
def source_link(draw) -> Block:
    y, m, d = _date(draw)
    host = draw(st.sampled_from(["www.jzs.gov.cn", "rd.lcs.gov.cn", "www.gov.cn", "news.qyx.gov.cn"]))
    url = f"http://{host}/xwzx/{y}{m:02d}/t{y}{m:02d}{d:02d}_{draw(st.integers(1000, 99999))}.html"
    lead = draw(st.sampled_from(["原文链接：", "原文地址：", "【原文链接】", "原文链接:"]))
    return Block(BOILER, "source-link", [lead + url])


@st.composite
def byline(draw) -> Block:
    y, m, d = _date(draw)
    outlet = draw(st.sampled_from(OUTLETS))
    line = draw(st.sampled_from([
        f"来源：{outlet}", f"文章来源：{outlet}", f"信息来源：{outlet}",
        f"发布时间：{y}-{m:02d}-{d:02d} 10:{d + 10}", f"发布日期：{y}年{m}月{d}日",
        f"来源：{outlet}  发布时间：{y}-{m:02d}-{d:02d}",
    ]))
    return Block(BOILER, "byline", [line])


@st.composite
def editor(draw) -> Block:
    name = draw(st.sampled_from(NAMES))
    return Block(BOILER, "editor", [draw(st.sampled_from([f"责任编辑：{name}", f"（责任编辑：{name}）", f"【责任编辑：{name}】",
                                                          f"编辑：{name}"]))])


@st.composite
def sidebar_item(draw) -> str:
    text = draw(st.sampled_from(ITEM_SUBJECTS)) + draw(st.sampled_from(ITEM_EVENTS))
    if draw(st.booleans()):
        text = text[:draw(st.integers(8, max(8, len(text) - 2)))] + draw(st.sampled_from(["...", "…", "……"]))
    y, m, d = _date(draw)
    style = draw(st.sampled_from(["none", "iso", "short", "bracket"]))
    return {"none": text, "iso": f"{text} {y}-{m:02d}-{d:02d}", "short": f"{text}{m:02d}-{d:02d}",
            "bracket": f"[{m:02d}-{d:02d}]{text}"}[style]


@st.composite
def sidebar(draw, headings: list[str] = SIDEBAR_HEADINGS, family: str = "sidebar") -> Block:
    items = draw(st.lists(sidebar_item(), min_size=3, max_size=7, unique=True))
    return Block(BOILER, family, [draw(st.sampled_from(headings))] + items)


def related_box() -> st.SearchStrategy[Block]:
    """A 延伸阅读 / 相关新闻 box: the one boilerplate family that plausibly sits between paragraphs."""
    return sidebar(INLINE_BOX_HEADINGS, "related")


@st.composite
def toolbar(draw) -> Block:
    return Block(BOILER, "toolbar", [draw(st.sampled_from([
        "【打印本页】【关闭窗口】", "【打印】 【关闭】", "字号：大 中 小", "【字体：大 中 小】", "【字号 大 中 小】",
        "分享到：", "扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】 【返回顶部】"]))])


@st.composite
def breadcrumb(draw) -> Block:
    sep = draw(st.sampled_from([" > ", ">", " >> ", " » "]))
    trail = sep.join(["首页"] + draw(st.lists(st.sampled_from(["新闻中心", "工作动态", "政务公开", "政策文件", "通知公告"]),
                                              min_size=1, max_size=3, unique=True)))
    return Block(BOILER, "breadcrumb", [draw(st.sampled_from(["当前位置：", "您的位置：", "您现在的位置：", ""])) + trail])


@st.composite
def nav_menu(draw) -> Block:
    items = draw(st.lists(st.sampled_from(["新闻中心", "政务公开", "办事服务", "互动交流", "走进江州", "专题专栏", "政策解读"]),
                          min_size=3, max_size=6, unique=True))
    sep = draw(st.sampled_from([" ", " | ", "｜", "  "]))
    return Block(BOILER, "nav", [sep.join(["首页"] + items)])


@st.composite
def promo(draw) -> Block:
    """A follow-our-account promotion; in news reposts it can sit between paragraphs."""
    account = draw(st.sampled_from(CITIES)).rstrip("市县区镇州") + "发布"
    return Block(BOILER, "promo", [draw(st.sampled_from([f"欢迎关注微信公众号：{account}", f"关注我们的官方微博：{account}",
                                                         f"请关注抖音号：{account}"]))])


@st.composite
def footer(draw) -> Block:
    city = draw(st.sampled_from(CITIES))
    n = draw(st.integers(10000000, 99999999))
    pool = [f"主办单位：{city}人民政府办公室", f"京ICP备{n}号-1", f"浙公网安备 3301020{n}号",
            f"网站标识码：{n % 10**10:010d}", f"版权所有：{city}人民政府", f"Copyright © 2024 {city}人民政府 All Rights Reserved",
            "联系我们 | 网站地图 | 网站声明"]
    return Block(BOILER, "footer", draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=True)))


@st.composite
def gov_table(draw, page_title: str) -> Block:
    y, m, d = _date(draw)
    cells = [("索引号", f"11{draw(st.integers(1000000, 9999999))}/{y}-{draw(st.integers(10000, 99999))}"),
             ("主题分类", draw(st.sampled_from(["综合政务\\其他", "城乡建设、环境保护", "财政、金融、审计"]))),
             ("发文机关", draw(st.sampled_from(CITIES)) + "人民政府办公室"),
             ("成文日期", f"{y}年{m:02d}月{d:02d}日"),
             ("标题", page_title),
             ("发文字号", f"江政办发〔{y}〕{draw(st.integers(1, 99))}号"),
             ("发布日期", f"{y}年{m:02d}月{d:02d}日")]
    return Block(BOILER, "gov-table", [f"{k}：{v}" for k, v in cells], cells=cells)


# -- noise ---------------------------------------------------------------------------------------------------

NOISE_KINDS = ("fullwidth", "indent", "zerowidth", "halfwidth", "traditional", "traditional-page")
_HALF = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def _halfwidth(s: str) -> str:
    out = list(s)
    for i in range(1, len(s) - 1):
        if s[i] in _HALF and "\u4e00" <= s[i - 1] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff":
            out[i] = _HALF[s[i]]
    return "".join(out)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@st.composite
def apply_noise(draw, page: Page) -> Page:
    """Noise on the part texts; expected texts stay the clean originals (the properties compare on canon)."""
    kinds = tuple(draw(st.lists(st.sampled_from(NOISE_KINDS), unique=True, max_size=4)))
    if not kinds:
        return page

    def noisy(b: Block) -> Block:
        lines = []
        for ln in b.lines:
            if "http" not in ln:
                if "fullwidth" in kinds and draw(st.booleans()):
                    ln = _fullwidth(ln)
                if "halfwidth" in kinds:
                    ln = _halfwidth(ln)
            if "traditional-page" in kinds:  # an HK/TW mirror: every line in Traditional characters
                ln = _s2t().convert(ln)
            elif b.role == ARTICLE and b.family == "para" and "traditional" in kinds and draw(st.booleans()):
                ln = _s2t().convert(ln)
            if b.role == ARTICLE and b.family == "para":
                if "zerowidth" in kinds:
                    at = draw(st.integers(1, max(1, len(ln) - 1)))
                    ln = ln[:at] + draw(st.sampled_from(ZERO_WIDTH)) + ln[at:]
                if "indent" in kinds:
                    ln = draw(st.sampled_from(["\u3000\u3000", "\u00a0\u00a0\u00a0\u00a0", "  "])) + ln
            lines.append(ln)
        cells = b.cells
        if "traditional-page" in kinds:
            cells = [(_s2t().convert(k), _s2t().convert(v)) for k, v in cells]
        return Block(b.role, b.family, lines, cells)

    title = _s2t().convert(page.title) if "traditional-page" in kinds else page.title
    return Page(title, [noisy(b) for b in page.before], [noisy(b) for b in page.article],
                [noisy(b) for b in page.after], kinds)


# -- pages ---------------------------------------------------------------------------------------------------

@st.composite
def pages(draw, noise: bool = True) -> Page:
    """A reposted page: boilerplate before, the article (maybe a 公文, maybe with a related box inside), after."""
    t, opening = draw(title_and_opening())
    gongwen = draw(st.booleans())
    body: list[Block] = [draw(gongwen_head())] if gongwen else []
    body.append(opening)
    # paragraphs and sub-headings are all different, as in a real article
    paras = draw(st.lists(paragraph(), max_size=5, unique_by=lambda b: canon(b.lines[0])))
    heads = iter(draw(st.lists(subheading(), max_size=3, unique_by=lambda b: canon(b.lines[0]))))
    for para in paras:
        head = next(heads, None) if draw(st.integers(0, 2)) == 0 else None
        if head is not None:
            body.append(head)
        body.append(para)
    if len(body) >= 3 and draw(st.integers(0, 3)) == 0:
        # a related box or a promotion between paragraphs: followed by at least one more paragraph
        at = draw(st.integers(1, len(body) - 1))
        body.insert(at, draw(st.one_of(related_box(), promo())))
        body.append(Block(ARTICLE, "para", ["此外，" + "".join(draw(st.lists(sentence(), min_size=2, max_size=3)))]))
    if gongwen:
        body.extend(draw(gongwen_tail()))
    # one block per family on each side: a page has one breadcrumb, one editor line, one footer ...
    before = [draw(f()) for f in draw(st.lists(st.sampled_from([nav_menu, breadcrumb, toolbar, byline]), max_size=4, unique=True))]
    if draw(st.integers(0, 4)) == 0:
        before.insert(0, draw(gov_table(t)))
    after = [draw(f()) for f in draw(st.lists(st.sampled_from([editor, source_link, disclaimer, toolbar, sidebar, footer]),
                                              max_size=5, unique=True))]
    page = Page(t, before, body, after)
    return draw(apply_noise(page)) if noise else page


# -- rendering -----------------------------------------------------------------------------------------------

HEADER_FAMILIES = ("nav", "breadcrumb")


def render_text(page: Page, blank_lines: bool = False) -> str:
    """A flattened dump: the title, then one line per line of every block."""
    sep = "\n\n" if blank_lines else "\n"
    header = [b for b in page.before if b.family in HEADER_FAMILIES]  # page chrome above the headline
    rest = [b for b in page.blocks if b not in header]
    lines = [ln for b in header for ln in b.lines] + [page.title] + [ln for b in rest for ln in b.lines]
    return sep.join(lines) + "\n"


def _e(s: str) -> str:
    return _html.escape(s, quote=False)


def _items_html(b: Block, cls: str) -> str:
    items = "".join(f'<li><a href="/a/{i}.html">{_e(x)}</a></li>' for i, x in enumerate(b.lines[1:]))
    return f'<div class="{cls}"><h3>{_e(b.lines[0])}</h3><ul>{items}</ul></div>'


def _block_html(b: Block, para_style: str) -> str:
    if b.family in ("sidebar", "related"):
        return _items_html(b, "sidebar" if b.family == "sidebar" else "related")
    if b.family == "gov-table":
        rows = "".join(f"<tr><td>{_e(k)}：</td><td>{_e(v)}</td></tr>" for k, v in b.cells)
        return f'<table class="xxgk">{rows}</table>'
    if b.family == "footer":
        return '<div class="footer">' + "".join(f"<p>{_e(x)}</p>" for x in b.lines) + "</div>"
    if b.family == "nav":
        return '<div class="nav">' + "".join(f'<a href="/{i}/">{_e(x)}</a> ' for i, x in enumerate(b.lines[0].split())) + "</div>"
    if b.family == "breadcrumb":
        return f'<div class="position">{_e(b.lines[0])}</div>'
    if b.family == "toolbar":
        return f'<div class="tools">{_e(b.lines[0])}</div>'
    if b.family == "byline":
        return f'<div class="info">{_e(b.lines[0])}</div>'
    if para_style == "br":
        return "".join(f"{_e(x)}<br>" for x in b.lines)
    tag = "div" if para_style == "div" else "p"
    style = ' style="text-indent:2em"' if para_style == "p-indent" else ""
    return "".join(f"<{tag}{style}>{_e(x)}</{tag}>" for x in b.lines)


TEMPLATES = ("trs", "ucap", "article", "divs", "tables")


def render_html(page: Page, template: str, para_style: str = "p", charset: str | None = "utf-8") -> str:
    head = (f'<meta charset="{charset}">' if charset else "") + f"<title>{_e(page.title)}_江州市人民政府</title>"
    before = "".join(_block_html(b, para_style) for b in page.before)
    body = "".join(_block_html(b, para_style) for b in page.article)
    after = "".join(_block_html(b, para_style) for b in page.after)
    h1 = f"<h1>{_e(page.title)}</h1>"
    if template == "trs":
        main = f'{before}{h1}<div class="TRS_Editor">{body}</div>{after}'
    elif template == "ucap":
        main = (f'<table width="100%"><tr><td>{before}</td></tr><tr><td class="title">{h1}</td></tr>'
                f'<tr><td id="UCAP-CONTENT">{body}</td></tr><tr><td>{after}</td></tr></table>')
    elif template == "article":
        main = f"<header>{before}</header><main><article>{h1}{body}</article></main><footer>{after}</footer>"
    elif template == "divs":
        main = f'<div id="top">{before}</div><div id="content">{h1}<div class="con">{body}</div></div><div id="bottom">{after}</div>'
    else:
        main = (f'<table><tr><td><table><tr><td>{before}</td></tr></table></td></tr><tr><td><table><tr><td>{h1}'
                f'</td></tr><tr><td>{body}</td></tr></table></td></tr><tr><td>{after}</td></tr></table>')
    return f"<!DOCTYPE html><html><head>{head}</head><body>{main}</body></html>"


@dataclass
class Rendered:
    page: Page
    data: bytes | str
    kind: str  # "html" or "text"
    how: str  # a short description for failure messages


@st.composite
def rendered(draw, noise: bool = True, kinds: tuple[str, ...] = ("text", "html")) -> Rendered:
    """A page rendered as text or HTML, as str or bytes in UTF-8 / GB18030 (with honest, lying or no label)."""
    page = draw(pages(noise=noise))
    kind = draw(st.sampled_from(kinds))
    encoding = draw(st.sampled_from(["str", "utf-8", "gb18030"]))
    if kind == "text":
        text = render_text(page, blank_lines=draw(st.booleans()))
        how = "text"
    else:
        template = draw(st.sampled_from(TEMPLATES))
        para_style = draw(st.sampled_from(["p", "p-indent", "div", "br"]))
        label = {"str": "utf-8", "utf-8": draw(st.sampled_from(["utf-8", "gb2312", None])),
                 "gb18030": draw(st.sampled_from(["gbk", "gb2312", None]))}[encoding]
        text = render_html(page, template, para_style, label)
        how = f"html/{template}/{para_style}/charset={label}"
    data = text if encoding == "str" else text.encode(encoding)
    return Rendered(page, data, kind, f"{how}/{encoding}/noise={','.join(page.noise) or '-'}")


@st.composite
def damaged(draw, r: Rendered | None = None) -> bytes:
    """A rendered page's bytes with damage: flipped, deleted or inserted bytes, or a truncation."""
    if r is None:
        r = draw(rendered())
    data = bytearray(r.data.encode("utf-8") if isinstance(r.data, str) else r.data)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if op == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at:]
    return bytes(data)


# -- hostile shapes (issue #10): what made clean() raise or hang --------------------------------------------------
# Numeric character references to controls, non-characters, surrogates and values past U+10FFFF, with and without
# ";", hex and decimal, with leading zeros: libxml2 decodes them into text that lxml then refuses to set.
CHARREF_POINTS = [1, 8, 11, 12, 14, 27, 31, 0, 9, 10, 13, 0x7F, 0x80, 0x9F, 0xD800, 0xDFFF, 0xFDD0, 0xFFFE, 0xFFFF,
                  0x1FFFE, 0x10FFFF, 0x110000, 10**12]
# Charset labels no codec answers to, or codecs no page is written in.
ODD_CHARSETS = ["undefined", "unicode_escape", "raw_unicode_escape", "base64", "rot13", "zlib", "x-user-defined",
                "utf-7", "idna", "punycode", "mbcs", "bogus-123", "utf-16", "''", "gb2312\x00"]
# The characters of line rules' separators and classes: pipes, spaces, brackets, digits, pager punctuation.
SEPARATOR_TOKENS = ["|", "｜", " ", "  ", "\u3000", "\t", ">", "»", "/", "·", "1", "11", "2168", "中", "首页", "下一页",
                    "【", "】", "[", "]", ":", "：", "…", ".", "更多", "来源", "编辑"]
RAW_OPENERS = ["<script>", "<script type='text/javascript'>", "<style>", "<!--", "<textarea>", "<title>",
               "<SCRIPT>", "<xmp>", "<noscript>", "data:image/png;base64,"]


@st.composite
def charref(draw) -> str:
    n = draw(st.sampled_from(CHARREF_POINTS))
    zeros = "0" * draw(st.integers(0, 3))
    body = f"x{zeros}{n:x}" if draw(st.booleans()) else f"{zeros}{n}"
    return f"&#{body}" + draw(st.sampled_from([";", ";", "", " "]))


@st.composite
def separator_line(draw) -> str:
    """A short line made of separators and classes (menu bars, pagers, labels gone wrong): runs of each token,
    and a repeated group of them (" |" + 12 spaces, four times: the line that took the menu-bar rule 25 s)."""
    runs = st.tuples(st.sampled_from(SEPARATOR_TOKENS), st.integers(1, 14)).map(lambda t: t[0] * t[1])
    head, group, tail = draw(runs), "".join(draw(st.lists(runs, min_size=1, max_size=3))), draw(runs)
    return head + group * draw(st.integers(1, 8)) + tail


@st.composite
def hostile(draw) -> tuple[bytes | str, dict]:
    """(page, clean() options): a rendered page with numeric character references, unclosed raw-text tags and
    separator-heavy lines put in, and odd charset labels in <meta> and http_charset."""
    r = draw(rendered(noise=False))
    text = r.data if isinstance(r.data, str) else r.data.decode("utf-8", "replace")
    extras = draw(st.lists(st.one_of(charref(), separator_line(),
                                     st.sampled_from(RAW_OPENERS).map(lambda t: t * 3)), min_size=1, max_size=12))
    for extra in extras:
        at = draw(st.integers(0, len(text)))
        if r.kind == "html" and draw(st.booleans()):
            extra = f"<div>{extra}</div>"
        text = text[:at] + ("\n" + extra + "\n" if r.kind == "text" else extra) + text[at:]
    if draw(st.booleans()):  # many unclosed raw-text tags in a row
        text = draw(st.sampled_from(RAW_OPENERS)) * draw(st.integers(1, 300)) + text
    options: dict = {}
    label = draw(st.sampled_from(ODD_CHARSETS))
    if draw(st.booleans()):
        text = f"<meta charset={label}>" + text
    if draw(st.booleans()):
        options["http_charset"] = draw(st.sampled_from([label, f"text/html; charset={label}"]))
    data: bytes | str = text
    if draw(st.booleans()):
        data = text.encode(draw(st.sampled_from(["utf-8", "gb18030"])), "replace") + draw(st.binary(max_size=4))
    return data, options


HANG_S = 10.0  # one clean() of a small generated page running this long is a hang on any machine


def within(seconds: float, fn, *args, **kwargs):
    """fn(...), failing with AssertionError after `seconds` where SIGALRM exists (the main thread on POSIX);
    elsewhere fn(...) unguarded.  A catastrophic regex is interrupted too (re checks for signals)."""
    import signal
    import threading

    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return fn(*args, **kwargs)

    def alarm(signum, frame):
        raise TimeoutError(f"over {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args, **kwargs)
    except TimeoutError as e:
        raise AssertionError(f"hang: {e}") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
