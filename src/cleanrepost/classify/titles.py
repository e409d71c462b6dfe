"""The headline: the markup's title hint (or the first title-like line), or, in a text dump, the 名称/标题 value of
a flattened gov table or the head line with the most evidence; later copies are 'title-repeat'."""
from __future__ import annotations

import bisect
import re

from .. import grammar
from ..grammar import dates
from ..lexicon import Lexicon
from ..knowledge.context import is_body_name, shape_patterns
from ..model import BOILERPLATE, FIELD, TITLE, Block
from . import shapes
from .memo import per_page
from .shapes import CREDIT_REASONS, is_menu_like, is_open, is_prose, is_title_like, overlap
from .tuning import (AFTER_INFO_PENALTY, COLUMN_NAME_MAX, CRUMB_OVERLAP_MIN, EVIDENCE_BREADCRUMB, EVIDENCE_STRONG,
                     EVIDENCE_WEAK, FIRST_PARAGRAPH_MIN, HEAD_DATE_SPAN, HEADER_OPEN_MAX, MENU_ITEM_MAX, MENU_MIN_ITEMS,
                     MIN_RUN,
                     TITLE_CANDIDATE_MIN, TITLE_LONG, TITLE_MAX, TITLE_MIN_EVIDENCE, TITLE_OVERLAP,
                     TITLE_OVERLAP_ABOVE_CHROME, TITLE_SHORT)

_EXCLAIM = ("！", "!", "？", "?")  # a first line ending so may be an exclamation headline, not a paragraph
_CUT_AT = ("，", ",", "、")  # a line ending so is a clause cut at a comma (one-clause-per-line articles)
_CLOSE_QUOTES = "”’」』\"'"

# -- patterns --------------------------------------------------------------------------------------------------
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}\s*[.．、](?!\d)")
_INNER_SENTENCE = re.compile(r"[。；;]")  # (a headline may ask or exclaim inside: "接到退款电话怎么办？民警答疑来了")
_MENU_REASONS = ("line:navigation.menu-bar", "line:navigation.breadcrumb")  # a column's menu or path above a line
_ASKED = re.compile(r"[！？!?]")
_TAG_LEAD = re.compile(r"^【[^】]{1,10}】")
_COLUMN_TAG = re.compile(r"^(?:【[^】]{1,10}】|[\u4e00-\u9fff]{2,6}[丨｜|])")  # a column's tag before a headline
_MENU_SPLIT = re.compile(r"[\s|｜/·•]+")  # between a menu bar's items
# headline_site, headline - column - site
_TITLE_BAR = re.compile(r"^(.{4,}?)(?:[ \t]{0,2}[_｜|—–-][ \t]{0,2}[^_｜|—–\-\s]{2,24}){1,3}$")
_PLATFORM_FIELDS = {"account", "account_badge", "account_location"}  # what a self-media platform's byline names
_EXCLAIMED_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}[！!]")
_INNER_CLAUSE = re.compile(r"[，,。；;]")
_TRAILING_NOTE = re.compile(r"[(（][^()（）。！？]{1,20}[)）]$")
_MENU_WORD = re.compile(r"^[\u4e00-\u9fff]{2,%d}$" % COLUMN_NAME_MAX)  # a column name alone: "政务公开"
_CRUMB_SPLIT = re.compile(r">>?|»|›|→|/|\|")  # between the crumbs of a breadcrumb (the crumbs are stripped)
_LINE_GAPS = re.compile(r"[\s|｜]+")  # spacing and table-cell pipes, which a copy of a line may lay out otherwise
# "办事圈 - 社保公积金政策一站查": the page's <title> form (a site's name has no brackets or numbers: "【某讲坛】第186期 |
# 宋人的一日三餐" is a column's issue and its headline)
_SITE_AND_SLOGAN = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12} [-|｜] \S")
_QA_MARKS = ("问：", "问:", "答：", "答:", "Q：", "Q:", "A：", "A:")  # the items of a Q&A
_SUB_HEADLINE = ("——", "—", "--")  # a line opening with a dash is the sub-headline under the headline
# a kicker of short phrases, maybe quoting a slogan: "凝聚共识 建言发展", "聚焦“一网通办” 打造营商环境"
_ALIAS = re.compile(r"[(（]([\u4e00-\u9fff]{2,16})[)）]$")
SLOGAN_PART_MAX = 8  # the phrases of a site's slogan beside its name are short ("平安某某 你我共建")
_KICKER = re.compile(r"^[\u4e00-\u9fff“”‘’]{2,8}(?:[ \u3000]+[\u4e00-\u9fff“”‘’]{2,8})+$")
_ASCII = "".join(map(chr, range(32, 127)))  # a bilingual head prints the English name after the Chinese one


def _line_key(s: str) -> str:
    """A line as compared with its copies: no spacing or table-cell pipes (a title cell flattened as "| 标题 |").
    (Not container's `canon`, which keeps letters and digits only.)  `_LINE_GAPS.sub("", s)`, by str methods:
    split() drops exactly the characters regex \\s matches (both ask str.isspace), and a Han line holds no gap, so
    two C scans replace a regex scan of every character."""
    return "".join(s.split()).replace("|", "").replace("｜", "")


def _line_keys(texts: list[str]) -> list[str]:
    """`_line_key` of each text."""
    return [_line_key(t) for t in texts]


def mark_title(blocks: list[Block], title_hint: str | None, reason: str = "title:matches-markup-title",
               keys: list[str] | None = None, at: int | None = None) -> None:
    """Mark the headline; other copies of it are 'title-repeat' boilerplate.

    With a hint, the first open line equal to it is the headline (`at`: that line, where the caller chose one of
    several copies: a dump's headline under an e-paper's title list).  Without one (HTML whose markup named no
    headline), the first open line is taken when it is title-like.  `keys`: every block's `_line_key`, when the
    caller has them already.
    """
    if at is not None:
        blocks[at].mark(TITLE, None, reason)
    title_text = _line_key(title_hint) if title_hint else None
    if not title_text:
        for b in blocks:
            if not is_open(b):
                continue
            if is_title_like(b.text) and not dates.DATE_ANY.search(b.text[:HEAD_DATE_SPAN]):
                b.mark(TITLE, None, "title:first-title-like-line")
                title_text = _line_key(b.text)
            break
    if not title_text:
        return
    have_title = any(x.label == TITLE for x in blocks)
    for i, b in enumerate(blocks):
        # (a key is the text less some characters: a shorter line cannot equal the title)
        if b.label is None and len(b.text) >= len(title_text) and (
                keys[i] if keys is not None else _line_key(b.text)) == title_text:
            if not have_title:
                b.mark(TITLE, None, reason)
                have_title = True
            else:
                b.mark(BOILERPLATE, "title-repeat", "title:repeat")
        elif b.label is None and shapes.is_truncated(b.text) and _cut_copy(b.text, title_text):
            b.mark(BOILERPLATE, "title-repeat", "title:truncated-copy")


def _cut_copy(text: str, title_key: str) -> bool:
    """"某市老旧小区加装电梯集中攻坚行…": the headline cut off with an ellipsis (an app's preview line, a share card),
    at least TITLE_LONG characters of it, so a short column name that opens the headline is no copy."""
    stem = _line_key(text.rstrip(".…。"))
    return len(stem) >= TITLE_LONG and title_key.startswith(stem)


def first_paragraph(blocks: list[Block]) -> int:
    """Position of the first open block that reads as a paragraph, or len(blocks)."""
    return next((i for i, b in enumerate(blocks) if is_open(b) and is_prose(b.text) and len(b.text) > FIRST_PARAGRAPH_MIN
                 and not (_headline_like(b.text) and not _inner_sentence(b.text))
                 and not (b.index == 0 and _first_line_headline(b.text) and b.text.endswith(_EXCLAIM))), len(blocks))


def _inner_sentence(text: str) -> bool:
    """A sentence ends inside the line: a full stop, or a question or exclamation before a last one ("请问…开放？周末
    能不能借书？" is a letter; "接到退款电话怎么办？民警答疑来了" a headline)."""
    lead = _EXCLAIMED_LEAD.match(text)  # ("刚刚！…示范县！" cries out once before its headline)
    start = lead.end() if lead and len(text) > lead.end() else 0
    inner = _INNER_SENTENCE.search(text, 0, len(text) - 1)
    return bool(inner) or (text.endswith(_EXCLAIM) and bool(_ASKED.search(text, start, len(text) - 1)))


def header_limit(blocks: list[Block], stop: int) -> int:
    """`stop`, or the position of the (HEADER_OPEN_MAX+1)-th open line if that comes first: an article of short
    lines (one clause per line) has no paragraph to stop at, and its lines must not be taken for header."""
    seen = 0
    menu = _vertical_menu(blocks, stop)
    info = _info_line_before(blocks, stop)
    for i, b in enumerate(blocks[:stop]):
        if (is_open(b) or b.label == TITLE) and i not in menu:
            seen += 1
            if seen > HEADER_OPEN_MAX:
                # (with a dated info line close over the first paragraph the head runs up to that paragraph: the
                # headline may stand under the info line, "• 发布日期：…" / "统计数据" / "2026年上半年某县经济运行情况")
                return stop if info >= 0 else i
    return stop


def _info_line_before(blocks: list[Block], stop: int) -> int:
    """Position of a dated info line (byline, metadata) that the first paragraph follows within HEADER_OPEN_MAX
    open lines, or -1: the lines above it are the page's head and headline however many there are (greetings,
    a menu one column a line); an article of short lines has no paragraph right after such a line."""
    if stop >= len(blocks):
        return -1
    seen = 0
    for i in range(stop - 1, -1, -1):
        b = blocks[i]
        if b.label == FIELD and b.kind in ("byline", "metadata") and b.fields.get("date"):
            return i
        if b.kind == "byline" and b.reason in CREDIT_REASONS:  # "本报记者 某某 通讯员 某某" over an e-paper story
            return i
        seen += is_open(b)
        if seen > HEADER_OPEN_MAX:
            return -1
    return -1


def _vertical_menu(blocks: list[Block], stop: int) -> set[int]:
    """Positions of head lines in runs of MIN_RUN or more very short word lines ("走进某县", "政务公开", …) right
    after the site's navigation ("首页"): a menu printed one item a line.  (Without chrome before it such a run
    may be an article of short lines: "田野上 / 农机轰鸣 / 村民们".)"""
    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate(blocks[:stop] + [None]):  # (a sentinel ends the last run)
        if b is not None and is_open(b) and _MENU_WORD.match(b.text) and (run or _after_navigation(blocks, i)):
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            out.update(run)
        run = []
    return out


def _after_navigation(blocks: list[Block], i: int) -> bool:
    return i > 0 and blocks[i - 1].label == BOILERPLATE and blocks[i - 1].kind == "navigation"


def mark_dump_title(blocks: list[Block], lexicon: Lexicon) -> None:
    """The headline of a text dump.

    1. the 名称/标题 value of a flattened gov table;
    2. else the head line (before the first paragraph) with the most evidence (`_title_evidence`): the end of
       the breadcrumb above it, a repeated copy, words shared with the paragraphs, a place right above the info
       line, a headline word or 公文 title form, length, being the first line.  A line of a furniture shape
       (site name or greeting, widget name, info line) is never a candidate, and a short column name alone does
       not reach TITLE_MIN_EVIDENCE, so a dump without a headline gets none.
    """
    gov_title = next((b.fields["title"] for b in blocks if b.label == FIELD and b.fields.get("title")), None)
    if gov_title:
        mark_title(blocks, gov_title, "title:matches-gov-table")
        return
    stop = header_limit(blocks, first_paragraph(blocks))
    keys = _line_keys([b.text for b in blocks])  # once: the repeat count and mark_title both compare them
    prose_at = [j for j, x in enumerate(blocks) if is_open(x) and is_prose(x.text)]  # once: a loop per line is O(n²)
    # A headline's copy stands in the head (a title cell, a "正在阅读" bar); the site's or issuer's name is the one
    # printed again after the article (the signature, the footer) or as a label's value (发布机构： / 某市统计局).
    counts: dict[str, int] = {}
    for j, key in enumerate(keys[:prose_at[-1] + 1 if prose_at else len(keys)]):
        if blocks[j].label != FIELD:
            counts[key] = counts.get(key, 0) + 1
    best: tuple[int, int, str] | None = None  # (score, -position, reason)
    echoed: dict[int, float] = {}  # headline-like candidates (no column or site name) the article echoes: their share
    # A page prints its breadcrumb right above the headline: a line above the breadcrumb (the site's name, a
    # banner) is a candidate only when no line after it is one.
    crumb = max((i for i, b in enumerate(blocks[:stop]) if b.reason == "line:navigation.breadcrumb"), default=-1)
    bodies: dict[int, str] = {}
    head_keys = set(keys[:stop])  # (a title bar repeats one of them with the site's name)
    under: int | None = None  # a headline-like line right under a dated byline, over the first paragraph
    menu_items = _menu_items(blocks[:stop])
    bar = _first_reading_bar(blocks[:stop + HEADER_OPEN_MAX], lexicon)  # (once: every candidate asks of it)
    for i, b in enumerate(blocks[:stop]):
        t = b.text
        # The dump's first line may be a news headline with inner clauses or a leading date ("5月20日至31日，某路段
        #封闭！", "1-10月某县投资趋稳"): taken when it shares words with the article (checked below).
        plain = _headline_like(t) and not dates.DATE_ANY.search(t[:HEAD_DATE_SPAN])
        first_line = b.index == 0 and _first_line_headline(t)
        # (公文 sections and numbered items are the article's own headings; right over a dated info line such a
        # line heads a book chapter's page: "第二章 陂塘堰坝" over 发布时间：…)
        # (a bulleted line is an item of a list: an e-paper's "· 某某" title list over the story)
        if (not is_open(b) or len(t) < TITLE_CANDIDATE_MIN or not (plain or first_line) or is_menu_like(t)
                or shapes.is_bulleted(t)
                or t.startswith(_SUB_HEADLINE)
                or t.endswith(("：", ":")) or grammar.site_chrome(t, lexicon) or grammar.furniture_shape(t, lexicon)
                or ((shape_patterns(lexicon).section.match(t) or _NUMBERED_ITEM.match(t))
                    and not _dated_byline_at(blocks, i + 1))
                or _title_bar(t, head_keys) or _reading_bar(t, lexicon)):
            continue
        start = bisect.bisect_right(prose_at, i)
        if start not in bodies:  # head lines mostly share the same following paragraphs: their letters once
            bodies[start] = shapes.opening_letters(blocks[j].text for j in prose_at[start:])
        shared = overlap(_TRAILING_NOTE.sub("", t) or t, bodies[start])  # "(8.17—8.23)" is no headline word
        if not plain and shared < TITLE_OVERLAP_ABOVE_CHROME:
            continue
        # (a column's name printed as an item of the site's menu above is no headline either: "工作动态")
        name = is_name_line(t, lexicon) or keys[i] in menu_items
        score, reason = _title_evidence(blocks, i, counts.get(keys[i], 0) > 1, shared, name, lexicon, bar)
        if shared >= TITLE_OVERLAP_ABOVE_CHROME and len(t) > TITLE_SHORT and not name:
            echoed[i] = shared
        if (under is None and not name and shared >= TITLE_OVERLAP and len(t) >= TITLE_LONG
                and _dated_byline_at(blocks, i - 1) and start < len(prose_at) and prose_at[start] == i + 1):
            under = i  # (kept for a page whose only headline stands between its byline and its first paragraph)
        # (a name alone is never the headline, however much the article repeats it: the organ it is about)
        if not name and (score >= TITLE_MIN_EVIDENCE or (b.index == 0 and score >= EVIDENCE_WEAK and len(t) > TITLE_SHORT)):
            if best is None or score > best[0] or (i > crumb > -best[1] and score >= TITLE_MIN_EVIDENCE):
                best = (score, -i, reason)
    if best is not None:
        at, reason = -best[1], best[2]
        if {at - 2, at - 1} <= echoed.keys() and at + 1 not in echoed and keys[at - 2] != keys[at]:
            # 引题 / 主题 / 副题: three headline lines in a row, all echoed by the article: the middle one is the
            # headline (the evidence found the sub-headline, right above the info line)
            at, reason = at - 1, "title:middle-of-headline-stack"
        elif (echoed.get(at - 1, 0) >= TITLE_OVERLAP and at - 2 not in echoed and at + 1 not in echoed
              and _sub_headline_below(blocks[at - 1].text)
              and not (blocks[at - 1].text.startswith(lexicon.time_leads) and not blocks[at].text.startswith(lexicon.time_leads))
              and not (counts.get(keys[at], 0) > 1 and counts.get(keys[at - 1], 0) <= 1)  # (the page's copy names it)
              and not (at + 1 < len(blocks) and blocks[at + 1].text.startswith(_SUB_HEADLINE))):
            # a headline and its sub-headline ("我市出台稳就业十条措施" / "今年将新增城镇就业2.8万人以上"): the upper
            # one, when the article echoes it as a headline, and unless it is a kicker of short phrases ("小苹果 大产业")
            # over the headline (over a dash sub-headline the chosen line is the headline already: the one above it is
            # a kicker).  A 引题 framing the story ("“数字+标准”赋能乡村振兴") shares few of the article's words; one
            # opening with a time phrase over a line naming who did what is a 引题 too ("上半年完成…" / "全市新改建…").
            at, reason = at - 1, "title:above-its-sub-headline"
        elif (_KICKER.match(blocks[at].text) and echoed.get(at + 1, 0) >= TITLE_OVERLAP
              and echoed[at + 1] > echoed.get(at, 0)):
            # a kicker of short phrases over the headline, which the article echoes more: "聚焦“一网通办” 打造营商环境"
            # over "我市政务服务事项“掌上办”比例达到85%" (a kicker-shaped line alone may be the headline itself)
            at, reason = at + 1, "title:below-its-kicker"
        mark_title(blocks, blocks[at].text, reason, keys, at)
    elif under is not None:
        # nothing in the head qualifies, but the line between the dated byline and the first paragraph reads as a
        # headline the article echoes ("某某融媒体中心 某某 2026-07-03 09:12" / "某街道“民情议事厅”开到楼栋口" / 7月2日晚…)
        mark_title(blocks, blocks[under].text, "title:under-the-byline", keys)
    else:
        _title_from_breadcrumb(blocks, prose_at)


def _title_from_breadcrumb(blocks: list[Block], prose_at: list[int]) -> None:
    """No head line is the headline, but the breadcrumb ends in one ("当前位置：首页 > 新闻 > 某县召开某会议"):
    the last crumb, when it reads as a headline the article echoes, is the title (a field of the crumb line)."""
    crumb = next((b for b in blocks if b.reason == "line:navigation.breadcrumb"), None)
    if crumb is None or not prose_at:
        return
    last = _CRUMB_SPLIT.split(crumb.text.strip())[-1].strip()
    body = shapes.opening_letters(blocks[j].text for j in prose_at)
    if len(last) >= TITLE_LONG and _headline_like(last) and overlap(last, body) >= CRUMB_OVERLAP_MIN:
        crumb.fields["title"] = last


def _title_evidence(blocks: list[Block], i: int, repeated: bool, shared: float, name: bool,
                    lexicon: Lexicon, bar: tuple[int, str] | None = None) -> tuple[int, str]:
    """(score, reason of the strongest sign) for head line i as the headline (`shared`: its overlap with the body;
    `name`: the line is only a name, `is_name_line`; `bar`: the head's first reading bar, `_first_reading_bar`)."""
    t = blocks[i].text
    headline_word = lexicon.view("titles.headline_word", lambda lex: re.compile("|".join(map(re.escape, lex.headline_words))))
    signs: list[tuple[int, str]] = []
    crumb = next((x for x in reversed(blocks[:i]) if x.reason == "line:navigation.breadcrumb"), None)
    if crumb is not None and _line_key(crumb.text).endswith(_line_key(t)):
        # (a column name ends a channel's breadcrumb too: only a longer line is named by it as the page)
        signs.append((EVIDENCE_BREADCRUMB if len(t) > TITLE_SHORT else EVIDENCE_WEAK, "title:ends-breadcrumb"))
    elif crumb is not None and _cut_crumb_names(crumb.text, t):
        signs.append((EVIDENCE_BREADCRUMB, "title:ends-breadcrumb-cut"))
    if _reading_bar_names(bar, i, _line_key(t)):
        signs.append((EVIDENCE_BREADCRUMB, "title:named-by-reading-bar"))
    if repeated:
        signs.append((EVIDENCE_STRONG, "title:repeated-line"))
    if shared >= TITLE_OVERLAP:
        signs.append((EVIDENCE_STRONG, "title:shares-words-with-body"))
    elif shared >= TITLE_OVERLAP_ABOVE_CHROME:
        signs.append((EVIDENCE_WEAK, "title:shares-some-words"))
    nxt = next((x for x in blocks[i + 1:] if x.reason != "shape:layout-residue"), None)
    # Right above the info line or a toolbar a line needs less overlap, or a headline word; a slogan there
    # shares almost nothing with the article and names no document or event.
    if nxt is not None and nxt.reason == "grammar:account-above-byline" and not name:
        # a self-media account's box under its headline (the account's name, its badged datetime): a profile's
        # headline there may share few of the article's words ("山坳里亮了三十年的那盏灯")
        signs.append((EVIDENCE_STRONG, "title:above-account-box"))
    elif nxt is not None and nxt.label in (FIELD, BOILERPLATE) and (
            shared >= TITLE_OVERLAP_ABOVE_CHROME or headline_word.search(t)):
        signs.append((EVIDENCE_STRONG if nxt.kind in ("byline", "metadata") else EVIDENCE_WEAK, "title:above-info-bar"))
    elif (nxt is not None and nxt.label == FIELD and nxt.fields.keys() & _PLATFORM_FIELDS and len(t) >= TITLE_LONG
          and not name):
        # a long line right above a self-media platform's byline (its account, badge or the poster's region),
        # though the article (short phrases, a profile) shares few of its words: "刚刚！某县获评全省示范县！" over
        # "原创 某某发布 2026-09-11 08:03 发表于某省" (a site's slogan stands over no platform's byline)
        signs.append((EVIDENCE_WEAK, "title:above-platform-byline"))
    elif (nxt is not None and nxt.label == FIELD and nxt.kind == "byline" and nxt.fields.get("date")
          and len(t) >= TITLE_LONG and i > 0 and (_MENU_WORD.match(blocks[i - 1].text)
                                                  or blocks[i - 1].reason in _MENU_REASONS)):
        # a long line between its column's name (or menu, or path) and a dated info line, though the article shares
        # few of its words ("警方提示" / "春节返乡出行 这份交通安全提示请收好" / 信息来源：…, over a list of tips); a
        # site's slogan under its login bar has no column above it
        signs.append((EVIDENCE_WEAK, "title:between-column-and-info-line"))
    if nxt is not None and is_open(nxt) and nxt.text.startswith(_SUB_HEADLINE):
        signs.append((EVIDENCE_STRONG, "title:above-its-sub-headline"))  # "——某某召开专题协商会" under it
    elif i > 0 and is_open(blocks[i - 1]) and blocks[i - 1].text.startswith(_SUB_HEADLINE):
        # a profile's dash 副题 printed over its headline ("——记某某奖章获得者某某" / "把“毫米”当“公里”较真的人")
        signs.append((EVIDENCE_STRONG, "title:under-its-sub-headline"))
    if _COLUMN_TAG.match(t) and len(t) - _COLUMN_TAG.match(t).end() >= TITLE_LONG:
        signs.append((EVIDENCE_WEAK, "title:column-tagged"))  # "驻村日记丨鸡鸣声里的新账本", "【警方提示】…": a column's piece
    if any(p.search(t) for p in lexicon.patterns("document_titles")):
        signs.append((EVIDENCE_STRONG, "title:document-title-form"))
    elif headline_word.search(t):
        signs.append((EVIDENCE_WEAK, "title:headline-word"))
    if blocks[i].index == 0:
        # the first line is where a dump's headline usually stands: more so for a long line the article echoes
        strong = len(t) >= TITLE_LONG and (shared >= TITLE_OVERLAP_ABOVE_CHROME or headline_word.search(t))
        signs.append((EVIDENCE_STRONG if strong else EVIDENCE_WEAK, "title:first-line"))
    # after an info line naming the outlet or author, the article has begun: a line there is its own heading
    after_info = any(x.label == FIELD and ("source" in x.fields or "author" in x.fields) for x in blocks[:i])
    if after_info and i >= 2 and blocks[i - 1].label == FIELD and blocks[i - 1].fields.get("source") == blocks[i - 2].text:
        after_info = False  # "某某发布" / "某某发布 2023-11-02 18:30": a self-media header over its headline
    if after_info and any(s == "title:document-title-form" for _, s in signs):
        after_info = False  # a 公文's title (…关于…的通告) under a 信息公开 page's info bar heads the document
    score = (sum(s for s, _ in signs) + (len(t) >= TITLE_LONG) - (len(t) <= TITLE_SHORT)
             - AFTER_INFO_PENALTY * after_info)
    return score, max(signs, default=(0, "title:first-line"))[1]


def _dated_byline_at(blocks: list[Block], j: int) -> bool:
    """Line j is a dated byline (a line under it or over it stands in the headline's usual places)."""
    return (0 <= j < len(blocks) and blocks[j].label == FIELD and blocks[j].kind == "byline"
            and bool(blocks[j].fields.get("date")))


def _menu_items(head: list[Block]) -> set[str]:
    """The items of the menu bars in the head ("首页 | 机构概况 | 工作动态 | …": MENU_MIN_ITEMS short items or more)."""
    items: set[str] = set()
    for b in head:
        if len(_MENU_SPLIT.findall(b.text.strip())) < MENU_MIN_ITEMS - 1:
            continue  # (too few gaps for a menu: most head lines, without splitting them)
        parts = [p for p in _MENU_SPLIT.split(b.text.strip()) if p]
        if b.reason == "line:navigation.breadcrumb":
            parts = parts[:-1]  # (a breadcrumb may end in the page's own headline)
        if len(parts) >= MENU_MIN_ITEMS and all(len(p) <= MENU_ITEM_MAX for p in parts):
            items.update(_line_key(p) for p in parts)
    return items


def _reading_bar(text: str, lexicon: Lexicon) -> str | None:
    """The headline a reading bar names ("正在阅读：某县首批共享菜园开园…", Lexicon.reading_bar_labels), or None."""
    if "：" not in text and ":" not in text:
        return None
    label, sep, value = text.strip().partition("：" if "：" in text else ":")
    return value.strip() or None if sep and label.strip() in lexicon.reading_bar_labels else None


def _first_reading_bar(head: list[Block], lexicon: Lexicon) -> tuple[int, str] | None:
    """(position, the headline it names) of the head's first reading bar, or None."""
    return next(((k, v) for k, b in enumerate(head) if (v := _reading_bar(b.text, lexicon))), None)


def _reading_bar_names(bar: tuple[int, str] | None, i: int, key: str) -> bool:
    """The head's reading bar, near line i (whose key is `key`), names it, whole or cut with …"""
    if bar is None or bar[0] >= i + HEADER_OPEN_MAX:
        return False
    return _line_key(bar[1]) == key or (shapes.is_truncated(bar[1]) and _cut_copy(bar[1], key))


def _title_bar(text: str, keys: set[str]) -> bool:
    """"某县义诊走进某村_某市第二人民医院": another head line with the site's name after it, the page's <title> bar."""
    m = _TITLE_BAR.match(text)
    # (maybe with the column's tag before it: "【某县】某县启动…工程 - 某某网" over "某县启动…工程")
    return bool(m) and (_line_key(m.group(1)) in keys or _line_key(_TAG_LEAD.sub("", m.group(1))) in keys)


def _cut_crumb_names(crumb: str, text: str) -> bool:
    """The breadcrumb ends in the headline cut with …: "首页 > 公积金 > 住房公积金新政来了！这3类人可以提前提..." names
    "住房公积金新政来了！这3类人可以提前提取" (at least TITLE_LONG characters of it)."""
    last = _CRUMB_SPLIT.split(crumb)[-1].strip()
    return shapes.is_truncated(last) and _cut_copy(last, _line_key(text))


def _sub_headline_below(upper: str) -> bool:
    """`upper`, a head line right above the chosen one, is the headline over its sub-headline: a long headline line,
    no kicker of short phrases ("小苹果 大产业"), no breadcrumb ("新闻网 > 学院要闻"), no copy cut with …"""
    return (len(upper) >= TITLE_LONG and not _KICKER.match(upper) and not _CRUMB_SPLIT.search(upper)
            and not shapes.is_truncated(upper))


def is_name_line(text: str, lexicon: Lexicon) -> bool:
    """The site's or an issuer's name alone (某市统计局, 某区人民政府网), maybe with its English name after it
    ("某市投资促进局 Some City Investment Promotion Bureau"): no headline has that shape."""
    alias = _ALIAS.search(text)  # "中共某市委党校（某市行政学院）": the name and its other name
    if alias and alias.start() > 0 and is_body_name(alias.group(1), lexicon):
        text = text[:alias.start()]
    han = text.rstrip(_ASCII) or text
    parts = han.split()  # "清风某县 某县纪委监委网站": a slogan beside the name
    if len(parts) > 2 and is_body_name(parts[0], lexicon) and all(len(p) <= SLOGAN_PART_MAX for p in parts[1:]):
        return True  # "某某公安   平安某某 你我共建": the name, then its slogan of short phrases
    return bool(_SITE_AND_SLOGAN.match(han)) or any(is_body_name(p, lexicon)
                                                    for p in (parts if len(parts) <= 2 else [han]))


def _first_line_headline(text: str) -> bool:
    """A first line that may be a headline though it has inner clauses: short, no full stop, not cut at a comma."""
    return (len(text) <= TITLE_MAX and "。" not in text and not text.endswith(_CUT_AT + ("；", ";", "：", ":"))
            and len(_HAN.findall(text)) >= TITLE_LONG)


@per_page  # asked of the head lines by both the dump-title and the header pass (through first_paragraph)
def _headline_like(text: str) -> bool:
    """Title-like, also when a question or exclamation ("如何办理居住证？") without inner clauses; never a clause
    cut at a comma (one-clause-per-line articles)."""
    if text.endswith(_CUT_AT) or text.startswith(_QA_MARKS):  # ("问：…？" is a Q&A item, not a headline)
        return False
    lead = _EXCLAIMED_LEAD.match(text)  # "刚刚！某县获评全省示范县！", "重磅！…": a self-media headline's cry
    if lead and len(text) > lead.end():
        text = text[lead.end():]
    # a headline may end in a quoted phrase or a bracketed note: 某镇吹响“集结号”, 每周要闻（3.1—3.7）
    bare = _TRAILING_NOTE.sub("", text).rstrip(_CLOSE_QUOTES)
    if bare != text and bare and not shapes.ends_sentence(bare):
        text = bare
    asked = text.rstrip("？?！!")
    # (a question headline may hold one comma: "个人所得税年度汇算，这些问题您清楚吗？")
    return is_title_like(text) or (is_title_like(asked) and len(_INNER_CLAUSE.findall(text)) <= (asked != text))
