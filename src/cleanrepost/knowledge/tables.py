"""The word tables of the lexicon: removal kinds, sidebar headings, container and chrome hints, label tables,
meta-tag names, furniture words; and the few regex shapes of names (an organ, an outlet) other patterns are built
from.  Data only: `Lexicon` (lexicon.py) holds every table as a field with these defaults, `Lexicon.extended()`
adds to any of them, and the code reads them from the Lexicon it was given.
"""
from __future__ import annotations

# Removal kinds and what they mean.  `Removal.kind` is always one of these.  (`api.INPUT_KINDS` are the input
# kinds of `Options.kind`: another thing.)
REMOVAL_KINDS: dict[str, str] = {
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

# Words by which a short line at the article's top or bottom speaks to the reader about the account, not the story
# (segment_html.drop_edge_promos: edges only, so the same words inside the article stay).  Not 在看 alone: 现在看来.
SELF_MEDIA_CUES: tuple[str, ...] = (
    "公众号", "微信号", "视频号", "抖音号", "二维码", "扫码", "关注我们", "星标", "置顶", "转发", "点赞",
    "投稿", "商务合作", "广告合作", "粉丝", "订阅", "加群", "小编", "留言区", "朋友圈", "打赏", "赞赏", "编辑推荐",
    "点击关注", "点关注",  # 点击关注某某，第一时间获取…: a follow call to the site's account
    "点击进入",  # 点击进入专题：某某: a link out of the article
)
# A closing mark standing alone: a self-media post's (END, — END —), a press release's (完, （完）).
END_MARK = r"^[\W_]{0,6}(?:END|End|end|完)[\W_]{0,6}$"
# Headings of recommendation feeds (self-media and portal pages), beside SIDEBAR_HEADINGS below.
FEED_HEADINGS: tuple[str, ...] = (
    "你可能还想看", "你可能还喜欢", "你可能感兴趣", "你可能也喜欢", "其他人也在看", "他们也在看", "大家还在看", "还想看",
    "往期推荐", "往期回顾", "往期精选", "精彩回顾", "更多精彩", "推荐关注", "相关推荐阅读", "看了又看",
    "喜欢此内容的人还喜欢",  # WeChat's feed under a copied article
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
    "相关文件", "相关政策",  # a policy page's box of the documents it refers to
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
    # a law database's record of a document: 发布部门：某厅  时效性：现行有效  效力级别：地方规范性文件
    "发布部门", "时效性", "效力级别", "实施日期",
    "信息名称",  # 信息名称：某市人民政府关于…的实施意见, the record's title
)
# Gov table labels whose value is also a Document field: the 名称/标题 value is the headline, the posting date
# (上载/发布/公开日期) is `published`.  成文日期/发文日期 stay in meta: they date the document, not the page.
GOV_LABEL_FIELDS: dict[str, str] = {"名称": "title", "标题": "title", "信息名称": "title", "上载日期": "date", "发布日期": "date",
                                    "生成日期": "date",  # the record's date on a gov.cn-style 信息公开 page
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
    ("信息时间", "date"), ("信息日期", "date"),  # 【信息时间：…】【我要打印】【关闭】 on a trading centre's notice
    ("出品", "source"),  # the producing outlet of a 科普 or video piece (出品：某某科普)
    # a picture's origin (图片来源：某某图库), never the article's source: its group feeds no field
    ("图片来源", "photo"), ("照片来源", "photo"), ("图源", "photo"),
    # who posted the page: an organ there is the source (发布者：县人大办), a CMS user the site itself
    ("发布者", "publisher"), ("发布人", "publisher"),
)

# The feed headings count as sidebar headings.
SIDEBAR_HEADINGS = SIDEBAR_HEADINGS + FEED_HEADINGS
# An unlabelled info bar under the headline ("某某日报 张三 2026-01-10 06:49:27"): a token of this shape is the
# outlet (source_name), a short all-Han token beside it the person (author).
# The endings of a unit inside an organ (研究室, 基础教育股, 镇林业站): a credit naming one without its organ's name is the
# organ's (html_meta.sources.owner_as_source); and the place levels whose presence after a name's first character
# qualifies it (某某县林业站 names its county).
UNIT_SUFFIXES: tuple[str, ...] = ("股", "科", "室", "处", "站", "组")
PLACE_LEVELS: tuple[str, ...] = ("省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "街道")
# What a reporter's credit adds after the name: where the story was filed from (记者 张三 发自某地).
DISPATCH_MARKS: tuple[str, ...] = ("发自", "发于")
OUTLET_SHAPE = (r"^[\u4e00-\u9fffA-Za-z]{1,12}(?:日报|晚报|早报|商报|时报|报社|报|网|社|电视台|广播电视台|客户端|融媒体中心|融媒"
                r"|新闻|发布|在线|杂志|周刊|频道)$")
PERSON_SHAPE = r"^[\u4e00-\u9fff·]{2,4}$"

# Words that mark a line as a headline of a gov document or news item (文种 and event verbs).  A line with one,
# right above the info bar or a toolbar, is the headline even when the article repeats few of its words; a
# slogan in the same place ("更准更好发出某某声音") has none.
# A 公文 headline: "关于…的通知/意见/方案…".  Before the first paragraph of a dump such a line is the title even
# when the (short) body shares few of its words.
# (a short modifier may stand before the kind of document: 的紧急通知, 的补充通知, 的联合公告)
DOCUMENT_TITLE_RE = (r"关于.{2,50}的[\u4e00-\u9fff]{0,2}(?:通知|意见|实施意见|工作方案|实施方案|方案|若干措施|措施|办法|决定"
                     r"|批复|公告|通告|报告|函|规定|细则|规划|指导意见|管理办法)$")
# The interpretation of a document, named in 《》: "《关于…的通知》政策解读", "《某某条例》解读", "《某某办法》问答".
INTERPRETATION_TITLE_RE = r"^《[^《》]{2,60}》(?:政策)?(?:解读|问答|答记者问|图解)$"
HEADLINE_WORDS: tuple[str, ...] = (
    "关于", "通知", "公告", "通告", "意见", "办法", "规定", "决定", "方案", "细则", "条例", "批复", "报告", "公报",
    "会议", "召开", "举行", "举办", "开展", "启动", "部署", "印发", "发布", "视察", "调研", "座谈", "考察", "出席",
    "主持", "签署", "审议", "公示", "征求意见", "答记者问", "解读",
    "情况",  # a release or report of a state of affairs: "上半年全市经济运行情况", "…工作情况的报告"
    "解答", "问答", "答疑",  # a page of questions and answers: "…热线热点问题解答"
)

# A credit naming a website rather than an outlet ("作者:某某资料网 … 来源:某某资料网"): the reposting site
# crediting itself.  Its values go to meta (site, site_time), not to source_name/published.
SITE_CREDIT = r"(?:网|网站|在线|门户|之窗|资讯|频道)$"

# The issuing body of a 公文, as it ends a date line ("2003年5月12日,某某省财政厅").
# The endings of an issuing body's name (某市人民政府, 某县水利局): knowledge/context.py builds the name's shape from them.
ORGAN_SUFFIXES: tuple[str, ...] = ("政府", "办公厅", "办公室", "委员会", "常委会", "人大", "政协", "局", "厅", "部", "委", "院",
                                   "署", "中心", "社", "司", "协会", "联合会", "银行",
                                   # public institutions: 档案馆, 图书馆, 某某大学, 某某学校, 某县第二中学, 派出所, 研究所
                                   "馆", "大学", "学院", "学校", "党校", "中学", "小学", "幼儿园", "派出所", "研究所",
                                   "办",  # the short form of an office: 县人大办, 市政府办, 县委办
                                   # people's organizations by their short names: 某县妇联, 某市科协, 某区总工会
                                   "妇联", "残联", "侨联", "文联", "科协", "工会", "工商联",
                                   "海关",
                                   "集团", "公司")  # a state enterprise or a utility credits itself: 某某能源集团, 某某供电公司

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
GOV_SOURCE_LABELS: tuple[str, ...] = ("信息来源", "发布机构", "发布机关", "发文机关", "发布部门")
# Link texts of an info bar that are actions, never an outlet name.
BAR_ACTION_WORDS: tuple[str, ...] = ("举报", "分享", "打印", "收藏", "评论", "纠错", "关闭", "返回", "订阅", "关注", "投稿",
                                     "我要纠错", "打印本页", "关闭窗口", "手机看", "字号", "大", "中", "小")
# Texts of a link to the original article (the link itself, or a label right before it).
SOURCE_LINK_TEXTS: tuple[str, ...] = ("原文链接", "原文地址", "原文网址", "阅读原文", "查看原文", "原文出处", "点击查看原文")
# Verbs ending a document-date note that opens a law or decision: （2010年3月1日…会议通过）.
DOCUMENT_DATE_VERBS: tuple[str, ...] = ("通过", "发布", "公布", "印发", "批准")
# A city in brackets after an outlet name: 财经网(北京) → 财经网.
SOURCE_CITY_SUFFIX = r"\s{0,8}[(（][\u4e00-\u9fff]{2,3}[)）]$"

# --- furniture / provenance grammar data (grammar/; issue #15; separators: grammar/labels.py) -------------------------------------------------
# Kept as one separate block so the grammar's data reads in one place.  Labels, value shapes and furniture words
# are shapes of page chrome in general, never one page's text.

# Info-bar labels beyond INFO_LABELS (none of them repeated here), with their group ("category"/"keywords" values carry no field).
GRAMMAR_EXTRA_LABELS: tuple[tuple[str, str], ...] = (
    ("发表于", "date"), ("发布", "date"), ("PostTime", "date"),
    ("Date", "date"), ("Source", "source"), ("Author", "author"), ("Editor", "editor"), ("来稿", "source"),
    ("类别", "category"), ("分类", "category"), ("栏目", "category"), ("所属栏目", "category"), ("所属分类", "category"),
    ("标签", "keywords"), ("关键字", "keywords"), ("关键词", "keywords"), ("文章关键字", "keywords"),
    ("文章关键词", "keywords"), ("Tags", "keywords"), ("Tag", "keywords"), ("点击率", "counter"), ("人气", "counter"),
    ("Hits", "counter"), ("Views", "counter"), ("热度", "counter"), ("评论", "counter"),
    # a post's credits by part: "文字：某某　图片：某某" (the photographer's group feeds no field)
    ("文字", "author"), ("图片", "photo"), ("摄影", "photo"),
    ("发布单位", "source"),
    ("供稿单位", "source"),  # the contributing unit of a school's or bureau's news item
    # a letter's or a question's page (12345 热线, 信访, 咨询): its subject is the title, the reply's unit and time are
    # the source and the date, the letter's own time, number, writer and state go to meta
    ("信件标题", "title"), ("来信标题", "title"), ("咨询标题", "title"), ("留言标题", "title"), ("诉求标题", "title"),
    ("办理单位", "source"), ("答复单位", "source"), ("回复单位", "source"), ("承办单位", "source"), ("处理单位", "source"),
    ("答复时间", "date"), ("回复时间", "date"), ("办理时间", "date"), ("反馈时间", "date"),
    ("来信时间", "asked_at"), ("咨询时间", "asked_at"), ("留言时间", "asked_at"), ("提问时间", "asked_at"),
    ("信件编号", "letter_id"), ("留言编号", "letter_id"), ("咨询编号", "letter_id"), ("受理编号", "letter_id"),
    ("来信人", "asker"), ("咨询人", "asker"), ("留言人", "asker"), ("办理状态", "status"), ("处理状态", "status"),
    ("满意度评价", "rating"), ("满意度", "rating"), ("评价结果", "rating"),  # the writer's rating of the reply
    ("发布机构", "source"), ("文号", "docnum"),  # a notice's info line in boxes: 【发布机构】某局 【文号】某〔2026〕3号
)
# Labels of contact blocks (a site's hotline, mailbox, QQ …): a line of these with phone/mail/number values is chrome.
CONTACT_LABELS: tuple[str, ...] = (
    "电话", "热线", "合作热线", "服务热线", "热线电话", "联系电话", "咨询电话", "举报电话", "投诉电话", "新闻热线",
    "传真", "邮箱", "电子邮箱", "来稿邮箱", "投稿邮箱", "邮件", "E-mail", "Email", "email", "QQ", "QQ群", "微信",
    "微信号", "微信ID", "地址", "通讯地址", "邮编", "邮政编码", "客服", "网址", "网站", "举报网站", "举报邮箱", "信访地址",
    "咨询", "投诉",  # 旅游咨询：…, 价格投诉：… (a label ending so, with a phone number after it)
)
# Whole lines that are widget or tool names of a page (contact widgets, back-to-top, CMS links, e-paper tools).
FURNITURE_LINES: tuple[str, ...] = (
    "电话咨询", "邮件咨询", "在线地图", "QQ客服", "在线客服", "在线咨询", "在线留言", "联系我们", "返回顶部", "回到顶部",
    "顶部", "TOP", "top", "后台管理", "管理登录", "更多", "更多>>", "查看更多", "上一版", "下一版",
    "上一期", "下一期", "版面导航", "返回目录", "往期回顾", "PDF版", "本版新闻", "本版标题", "标题导航", "过刊浏览",
    "字体", "字号", "打印", "关闭", "收藏", "纠错", "分享", "转发", "点赞", "在看", "举报", "繁體", "繁体", "简体",
    "无障碍", "长者模式", "English", "手机版", "网站地图", "RSS", "搜索", "高级搜索", "版面概览", "放大", "缩小", "默认",
    "上一篇", "下一篇", "大", "中", "小", "首页", "返回", "打印本页", "关闭窗口",
    # forum post tools
    "只看该作者", "只看楼主", "倒序浏览", "阅读模式", "电梯直达", "楼主", "回复", "引用", "使用道具",
    # a self-media author box
    "关注", "已关注", "私信",
    # a site's account tools ("2026年10月29日 星期四   登录 | 注册 | 投稿 | 举报")
    "登录", "注册", "投稿",
    # WeChat's tools under a copied article
    "预览时标签不可点", "写留言", "留言", "阅读原文",
)
# Origin marks a self-media platform prints before the account's name ("原创 某某发布 2026-01-01 08:00").
ORIGIN_MARKS: tuple[str, ...] = ("原创", "转载", "精选", "首发")
# Where a platform says the poster is ("发布于四川", "IP属地：湖南", "· 湖南 ·" after the datetime): the province-level
# regions by their short names.
REGIONS: tuple[str, ...] = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
                            "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
                            "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
# The badge a self-media platform prints beside an account's datetime, by its ending, and whose account it marks:
# an organ's or outlet's official one (its name is the source) or a creator's (its name is the author).
ACCOUNT_BADGES: tuple[tuple[str, str], ...] = (
    ("官方账号", "official"), ("官方帐号", "official"), ("官方号", "official"), ("政务号", "official"),
    ("媒体号", "official"), ("创作者", "creator"), ("优质作者", "creator"), ("领域作者", "creator"), ("博主", "creator"),
    ("自媒体", "creator"))
# 来源 values that name no outlet: the site itself or an unnamed origin ("来源：本站原创", "来源：网络").  The value
# stays in meta["source_declared"].
SELF_SOURCES: tuple[str, ...] = ("本站", "本网", "本站原创", "本网原创", "原创", "网络", "互联网", "网络转载", "本站编辑",
                                 "网络整理", "综合整理", "网络综合", "本站整理", "综合")  # compiled from the web
# What an e-paper's masthead adds to the paper's name ("某某日报数字报"): a story crediting 本报 ("this paper": 本报讯,
# 本报记者) names the paper of the masthead as its source.
# Time phrases a 引题 or 副题 opens with, where the 主题 names who did what ("上半年完成年度任务六成以上" over "全市新改建
# 农村公路487公里", "我市出台稳就业十条措施" over "今年将新增城镇就业2.8万人以上").
TIME_LEADS: tuple[str, ...] = ("今年", "去年", "明年", "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度",
                               "全年", "近年来", "近年", "近日", "近期", "目前", "截至", "截止", "年内", "前期")
# A bar naming the page being read ("正在阅读：某县召开…", "当前文章：…"): its value is the headline, maybe cut with ….
READING_BAR_LABELS: tuple[str, ...] = ("正在阅读", "您正在阅读", "当前阅读", "当前文章", "正在浏览", "您正在浏览")
MASTHEAD_SUFFIXES: tuple[str, ...] = ("数字报", "电子版", "电子报", "数字版", "数字报刊", "手机版")
OWN_PAPER = "本报"
# Degrees and negations a rating widget puts before its one word ("满意 基本满意 不满意", "有帮助 没帮助").
CHOICE_DEGREES: tuple[str, ...] = ("不", "没", "无", "未", "有", "很", "非常", "比较", "基本", "一般", "不太", "十分")
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
SITE_CHROME_SUFFIXES: tuple[str, ...] = ("首页", "导航", "公开平台", "服务平台")  # 某县政府信息公开平台: a site
# Media suffixes of an outlet name written bare in an info line ("某某日报 张三 2026-01-10 06:49").
# The endings of a news outlet's name (某某日报, 某某融媒体中心): an unlabelled info-line token ending so is an outlet.
OUTLET_SUFFIXES: tuple[str, ...] = ("日报", "晚报", "早报", "时报", "商报", "报社", "报", "新闻网", "网", "社", "电视台",
                                    "广播电视台", "客户端", "融媒体中心", "融媒", "新闻", "周刊", "杂志",
                                    "广播", "电台", "之声",  # a radio station: 某某新闻综合广播, 某某之声
                                    "网站", "发布",  # 某某县纪委监委网站; 某某发布, a gov news account
                                    "公安", "警方", "检察")  # a police or procuratorate account: 某某公安, 某某检察
# Weather widget words: a head line made of these and temperatures is the weather box.
WEATHER_WORDS: tuple[str, ...] = ("晴", "多云", "阴", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "小雪", "中雪",
                                  "大雪", "雨夹雪", "雾", "霾", "沙尘", "转", "风", "级", "空气质量", "优", "良",
                                  "轻度污染", "PM2.5", "AQI", "湿度", "紫外线", "气温", "天气",
                                  # the wind's direction: "南风2级", "西北风3-4级" (风 and 级 alone leave 南 behind)
                                  "东风", "南风", "西风", "北风", "东南风", "东北风", "西南风", "西北风", "微风")
# Wire datelines opening a story ("新华社北京3月5日电", "中新社某地2月7日电"): the credited agency, as a fallback source.
WIRE_DATELINE = (r"^(?:\S{0,6}[(（])?(?P<source>新华社|中新社|中新网|人民网|央视网|中国新闻网|新华网|人民日报|光明日报|经济日报"
                 r"|[\u4e00-\u9fff]{2,8}(?:日报|晚报|报))[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)")
# An outlet's own dateline opening its story: "某某新闻网讯 …", "某某体育11月23日讯 …" (本报讯 is the paper's own:
# OWN_PAPER).
OUTLET_DATELINE = (r"^(?!本报|本台|本网|本刊)(?P<source>[\u4e00-\u9fffA-Za-z]{2,12}?(?:新闻网|网|日报|晚报|早报|报|客户端|新闻"
                   r"|财经|体育|融媒))(?:[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日)?讯")
# A repost opening with its source: "据某某县人民政府网消息，…", "据某某日报报道，…".
REPORTED_BY = (r"^据(?P<source>[\u4e00-\u9fffA-Za-z]{2,16}?(?:日报|晚报|报|网|新闻|客户端|电视台|发布|融媒|公众号))"
               r"(?:消息|报道|讯)")
# 公文 closing formulas, kept after the article's last sentence even without punctuation.
CLOSING_FORMULAS = r"^(?:特此(?:通知|公告|通告|函告|报告|批复|函复)|此复|妥否，请批示|此致|敬礼|此致敬礼)[。!！]?$"
# Gov table cells that label counters (浏览次数 …): part of the flattened table row, no value kept.
GOV_TABLE_COUNTER_LABELS: tuple[str, ...] = ("浏览次数", "点击数", "访问量", "阅读次数")
