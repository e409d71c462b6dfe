"""Context passes of text dumps (and the tail of both paths): furniture by shape, the header before the
headline, the article core and what lies after it."""
from __future__ import annotations

import re
from typing import Callable

from .. import grammar
from ..grammar import dates
from ..lexicon import Lexicon
from ..knowledge.context import is_body_name, shape_patterns
from ..model import BOILERPLATE, FIELD, TITLE, Block
from . import shapes
from .shapes import folded, is_document_part, is_menu_like, is_open, is_prose, is_tail_prose
from .titles import first_paragraph, header_limit, is_name_line
from .tuning import (CUT_AFTER_HEADINGS, CUT_CLAUSE_MIN, CUT_LINE_AT_CAP_MIN, CUT_LINE_MIN, EXCERPT_BYTES_MAX, EXCERPT_BYTES_MIN,
                     LIST_INTRO_MIN, MIN_RUN, SHAPE_MAX, SHARE_ITEMS_MAX, SHORT_LINE_ARTICLE_MIN, SIGNATURE_NEAR, SLOGAN_MAX,
                     VALUE_MAX)

END_KINDS = ("disclaimer", "comment", "sidebar")  # boilerplate that closes the article
_REPARSED = ("line:share.font-size", "line:share.print-close", "line:junk.template")  # may hold an info bar
_ATTACHMENTS = ("附件", "附：")  # a line opening the document's attachment list

# -- patterns --------------------------------------------------------------------------------------------------
_CLAUSE = re.compile(r"[，,；;、]")
_DIARY_DATE = re.compile(r"^\d{1,2}月\d{1,2}日(?:[ \t\u3000]{1,3}[\u4e00-\u9fff]{1,4}(?:转[\u4e00-\u9fff]{1,3})?)?$")  # 10月5日 小雨
_TOOL_SPLIT = re.compile(r"[\s|｜/]+")  # between the words of a widget line
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[.、]?[ \t\u3000]{0,4}[\u4e00-\u9fff]")  # "4. 招标文件的获取", "4.1 凡有意…"
_CONTINUED = ("，", ",", "、")  # a line ending so is a clause whose sentence goes on
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SHARE_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,6}$")  # one share target's name: 微信, QQ空间, Facebook
_EMPTY_ATTACHMENTS = re.compile(r"^(?:相关)?附件(?:下载)?[:：]?\s*(?:无|暂无)?$")  # "附件下载：", "相关附件：无"
_DOWNLOAD_LABEL = re.compile(r"^(?:相关)?附件(?:下载)?[:：]")
_FILE_NAME = re.compile(r"\S\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|jpe?g|png)$", re.I)  # a download's file
_ATTACHMENT_ITEM = re.compile(r"^\s*\d{1,2}\s*[．.、]\s*\S")  # "2．XX任务清单" after "附件：1．…"
_SIGNER = re.compile(r"^[\u4e00-\u9fff（）()]{2,%d}$" % VALUE_MAX)  # an issuer's name: one short Han name
# "地点：市政府三楼会议室": a short Han label and its value
_CONTENT_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]\s*(\S.*)$")


def mark_shaped_lines(blocks: list[Block], lexicon: Lexicon) -> None:
    """Text dumps: info lines and furniture recognised by their shape (grammar.py), not by a known phrase.

    "某某日报 张三 2026-01-10 06:49", "来源︱某镇", "2018-08-30 16:50:50 28" are info lines (→ fields); a lone
    "|", a random 30-letter string, a widget name ("返回顶部", "QQ客服") are furniture anywhere; a contact line
    (电话/邮箱/QQ with values) only outside the article core.  Before the core, a line naming or greeting the
    site (a URL, 首页, 欢迎访问 …) or a weather widget line is navigation.  公文 parts are never touched.
    """
    prose = core_lines(blocks)  # once: the core is read again after this pass has closed some lines
    first, last = core(blocks, prose)
    for i, b in enumerate(blocks):
        if b.reason in _REPARSED and not b.fields:  # an info bar with a toolbar or CMS residue glued on
            fields = (grammar.leading_fields(folded(b.text)) if b.reason == "line:junk.template"
                      else grammar.parse_info(folded(b.text), lexicon))
            if fields and dates.FULL_DATE.search(fields.get("date", "")):
                b.fields.update(fields)
                b.mark(FIELD, b.kind, b.reason + ":fields-by-shape")  # its kind stays: junk, share
            continue
        # (an organ's name alone is a signature, but a line ending in 局/部 may be a widget or a credit: the shapes
        # below are strict enough to tell)
        if not is_open(b) or (len(b.text) > SHAPE_MAX and _CLAUSE.search(b.text)):
            continue  # a paragraph: every furniture and info shape is a short line
        if is_document_part(b.text) and not shape_patterns(lexicon).organ_line.match(b.text):
            continue
        text = folded(b.text).strip("|｜ \t\u3000")
        spaced = grammar.despaced(text)
        hit = lexicon.match_line(spaced) if spaced != text else None
        if hit is not None:  # "版 权 所 有", "通 讯 员": letter-spaced chrome
            b.mark(BOILERPLATE, hit[0].kind, "line:" + hit[0].name + ":letter-spaced")
            continue
        if grammar.credit_line(text, lexicon):
            b.mark(BOILERPLATE, "byline", "shape:credit-line")
            continue
        shape = grammar.furniture_shape(text, lexicon) if text else ("junk", "shape:layout-residue")
        # (a contact line over the document's signature is its own: "举报电话：…" / 某某局 / 2026年7月3日)
        if shape and (shape[1] != "shape:contact" or not (first <= i <= last or _signature_follows(blocks, i))):
            b.mark(BOILERPLATE, *shape)
            continue
        fields = grammar.parse_info(text, lexicon)
        if fields is None and i < first:  # above the article, "某县某局　2026-06-02" is its organ and date
            fields = grammar.organ_dateline(text)
        if fields is None:
            continue
        if not fields and _DIARY_DATE.match(text) and _inside_article(blocks, i):
            continue  # "7月6日", "10月5日 小雨" alone in an article (one phrase a line, a diary): its text, no byline
        if "date" in fields and not dates.FULL_DATE.search(fields["date"]):
            del fields["date"]
        b.fields.update(fields)
        b.mark(FIELD if fields else BOILERPLATE, "byline", "grammar:info-line")
    start = core(blocks, prose)[0]  # (the passes below close no core line)
    _mark_date_widget(blocks, start, lexicon)
    _mark_values_after_labels(blocks, lexicon, start)
    _mark_share_items(blocks)
    # (after a dated info line the article has begun, though its first real paragraph may come later: "01" there
    # is a section number of an article printed one clause a line, not the site's chrome)
    head_end = next((j for j in range(start - 1, -1, -1) if blocks[j].label == FIELD and blocks[j].kind == "byline"
                     and blocks[j].fields.get("date")), start)
    for b in blocks[:head_end]:
        if is_open(b) and not is_document_part(b.text) and (grammar.site_chrome(b.text, lexicon)
                                                            or grammar.weather_line(b.text, lexicon)):
            b.mark(BOILERPLATE, "navigation", "span:site-chrome-before-article")


def _open_run(blocks: list[Block], k: int, test: Callable[[str], object] | None = None) -> int:
    """How many open lines (whose text passes `test`, if given) follow one another from position k."""
    n = 0
    while k + n < len(blocks) and is_open(blocks[k + n]) and (test is None or test(blocks[k + n].text.strip())):
        n += 1
    return n


def _dated_byline(blocks: list[Block]) -> int:
    """Position of the first info line with a full date (the article starts after it), or -1."""
    return next((i for i, b in enumerate(blocks) if b.label == FIELD and b.kind == "byline"
                 and dates.FULL_DATE.search(b.fields.get("date", ""))), -1)


def _inside_article(blocks: list[Block], i: int) -> bool:
    """Line i comes after a dated info line (the article has begun), an open line after it."""
    return 0 < i < len(blocks) - 1 and is_open(blocks[i + 1]) and -1 < _dated_byline(blocks) < i


def _mark_date_widget(blocks: list[Block], first: int, lexicon: Lexicon) -> None:
    """"2026年6月23日 星期二" alone in the head, then an info line with a date of its own before the article: the
    first is the site's today widget, not the article's date (an e-paper's issue line has no dated byline after
    it)."""
    dated = [i for i, b in enumerate(blocks[:first]) if b.label == FIELD and b.kind == "byline" and b.fields.get("date")]
    if len(dated) < 2:
        return
    b = blocks[dated[0]]
    words = [w for w in _TOOL_SPLIT.split(folded(b.text).replace(b.fields["date"].strip(), " ")) if w]
    weekday = [w for w in words if dates.WEEKDAY.match(w)]
    # (a weekday, maybe the site's account tools after it: "2026年10月29日 星期四   登录 | 注册 | 投稿")
    if set(b.fields) == {"date"} and weekday and all(w in weekday or w in lexicon.furniture_lines for w in words):
        b.fields.clear()
        b.mark(BOILERPLATE, "navigation", "span:date-widget")


def _mark_share_items(blocks: list[Block]) -> None:
    """"分享：" alone, then "微信" / "微博" / "QQ空间" one a line: the share bar's items, printed one per line."""
    for k, b in enumerate(blocks):
        if b.kind == "share" and b.text.rstrip().endswith((":", "：")):
            for x in blocks[k + 1:k + 1 + SHARE_ITEMS_MAX]:
                if not (is_open(x) and _SHARE_ITEM.match(x.text)):
                    break
                x.mark(BOILERPLATE, "share", "span:share-item")


def _mark_values_after_labels(blocks: list[Block], lexicon: Lexicon, first: int) -> None:
    """"信息来源：" alone, then "某镇人民政府": the next short line is that label's value (→ its field)."""
    for k, (b, nxt) in enumerate(zip(blocks, blocks[1:]), 1):
        group = grammar.label_alone(folded(b.text), lexicon) if b.kind == "byline" and not b.fields else None
        # (an organ's name is a signature only after the article: before it, it is the 来源 value)
        if (group and is_open(nxt) and len(nxt.text) <= VALUE_MAX and not is_prose(nxt.text)
                and not (k > first and is_document_part(nxt.text)) and grammar.furniture_shape(nxt.text, lexicon) is None
                and grammar.parse_info(folded(nxt.text), lexicon) is None):
            nxt.fields[group] = nxt.text.strip()
            nxt.mark(FIELD, "byline", "grammar:value-after-label")


def mark_header(blocks: list[Block], lexicon: Lexicon) -> None:
    """Text dumps: what precedes the article is page chrome.

    The header ends at the headline, or, in a dump without one, at the last chrome/info line (navigation,
    byline, metadata …, or a menu row of short items) before the first paragraph.  Open short lines in it are
    chrome (slogans, menus, e-paper page lines); a lone date there is the issue/posting date and becomes a field.
    """
    stop = header_limit(blocks, first_paragraph(blocks))
    end = next((i for i, b in enumerate(blocks[:stop]) if b.label == TITLE), None)
    if end is None:
        end = max((i + (not b.label) for i, b in enumerate(blocks[:stop])
                   if b.label in (FIELD, BOILERPLATE) or (not b.label and is_menu_like(b.text))), default=0)
    for b in blocks[:end]:
        # (a name ending in its other name in brackets, "某市委党校（某行政学院）", reads like a sentence: it is none)
        if not is_open(b) or (is_prose(b.text) and not is_name_line(b.text, lexicon)):
            continue
        if dates.DATE_LINE.match(b.text):
            b.fields["date"] = b.text
            b.mark(FIELD, "byline", "header:date-line")
        else:
            b.mark(BOILERPLATE, "navigation", "header:before-article")


def _attachment_item(b: Block, in_attachments: bool) -> tuple[bool, bool]:
    """(b is an item of the attachment list, the list goes on after b): "附件：1．…" continues with "2．…"."""
    item = in_attachments and bool(_ATTACHMENT_ITEM.match(folded(b.text)))
    return item, item or folded(b.text).startswith(_ATTACHMENTS)


def mark_tail(blocks: list[Block]) -> None:
    """Once a disclaimer, comment widget or sidebar follows the article, the short lines after the last real
    paragraph are chrome (list items, widget labels).  Short lines before a later paragraph are the resumed
    article's headings, and 公文 parts (一、 附件 抄送) always stay; bullets after the end never do."""
    last_para = max((i for i, b in enumerate(blocks) if is_open(b) and is_tail_prose(b.text)), default=-1)
    seen_body = ended = in_attachments = False
    for i, b in enumerate(blocks):
        if b.label == BOILERPLATE and b.kind in END_KINDS and seen_body:
            ended = True
        elif is_open(b):
            # items of the document's attachment list, not chrome
            attachment_item, in_attachments = _attachment_item(b, in_attachments)
            if ended and not is_tail_prose(b.text) and not is_document_part(b.text) and not attachment_item and (
                    i > last_para or shapes.is_bulleted(b.text)):
                b.mark(BOILERPLATE, "sidebar", "tail:after-article-end")
            elif is_prose(b.text):
                seen_body = True
    if last_para < 0:
        return
    # After the last paragraph, MIN_RUN or more bulleted titles in a row are a list box even without a heading.
    i = last_para + 1
    while i < len(blocks):
        j = i
        while j < len(blocks) and is_open(blocks[j]) and shapes.is_bulleted(blocks[j].text) and not is_document_part(
                shapes.unbulleted(blocks[j].text)):
            j += 1
        if j - i >= MIN_RUN:
            for x in blocks[i:j]:
                x.mark(BOILERPLATE, "sidebar", "tail:bullet-list")
        i = max(j, i + 1)


def core_lines(blocks: list[Block]) -> list[int]:
    """Positions of the open lines that are real paragraphs (prose with clauses, not a site slogan with its
    address): `core`'s candidates, a function of each line's text alone once it is open."""
    # (every URL match holds "://" or an ASCII "." (www., a host's suffix): a line with neither skips the search)
    return [i for i, b in enumerate(blocks) if is_open(b) and is_tail_prose(b.text)
            and not (len(b.text) < SLOGAN_MAX and _may_hold_url(b.text) and grammar.URL.search(b.text))]


def _may_hold_url(text: str) -> bool:
    return "." in text or "://" in text


def core(blocks: list[Block], candidates: list[int] | None = None) -> tuple[int, int]:
    """The article core of a dump: from its first to its last real paragraph (open, prose with clauses).
    `candidates`: `core_lines` taken earlier; lines closed since then drop out, and no line opens again."""
    if candidates is None:
        prose = core_lines(blocks)
    else:
        prose = [i for i in candidates if is_open(blocks[i])]
    return (prose[0], prose[-1]) if prose else (len(blocks), -1)


def _content_label(text: str, lexicon: Lexicon) -> bool:
    """"地点：市政府三楼会议室": a label with a value that no furniture grammar knows — the article's own line."""
    m = _CONTENT_LABEL.match(folded(text))
    return bool(m) and grammar.furniture_shape(text, lexicon) is None


def _related_label(text: str, lexicon: Lexicon) -> bool:
    """"相关文件：关于某某的通知" after the article: a related box's heading with its one item on the same line
    (the heading alone, with items below it, is sidebars.py's)."""
    m = _CONTENT_LABEL.match(folded(text))
    headings = lexicon.view("span.related_labels", lambda lex: frozenset(lex.sidebar_headings))
    return bool(m) and folded(text)[:m.start(1)].rstrip(":： \t\u3000") in headings


def mark_span(blocks: list[Block], lexicon: Lexicon) -> None:
    """Text dumps: furniture outside the article core.

    After the core's last paragraph, the short lines left are chrome
    (related titles, widget names, account names), a bare person's name is a stand-alone byline; 公文 parts,
    closing formulas (特此通知) and content label lines ("地点：…") stay.
    """
    closing = lexicon.patterns("closing_formulas")  # 特此通知, 此复 …: the document's own last line
    first, last = core(blocks)
    if last < 0:
        return
    in_attachments = listing = furniture_seen = False
    run_on = _one_clause_a_line(blocks, last)  # the article's lines go on until the first decided line
    start = last + 1
    dated = _dated_byline(blocks)
    if last < dated:
        # no real paragraph after the dated info line, but a run of short open lines (past the byline's toolbars):
        # an article of short phrases (a WeChat copy), whose only "paragraph" stood in the head; it goes on until
        # the first decided line
        after = next((j for j in range(dated + 1, len(blocks)) if is_open(blocks[j])), len(blocks))
        if _open_run(blocks, after) >= SHORT_LINE_ARTICLE_MIN:
            start, run_on = after, True
    for k, b in enumerate(blocks[start:], start):
        if is_open(b) and ((_EMPTY_ATTACHMENTS.match(folded(b.text)) and _files_follow(blocks, k))
                           or _download_line(b.text)) and _first_signature(blocks) < k:
            # "相关附件：" / "附件下载：" over file names (or with one after it), after the signed document: the page's
            # download box (the document's own 附件 list stands above its signature)
            for x in [b, *blocks[k + 1:k + 1 + _files_follow(blocks, k)]]:
                x.mark(BOILERPLATE, "navigation", "span:attachment-download")
            run_on = False  # (a decided line ends an article of short lines)
            continue
        run_on = run_on and is_open(b)
        if run_on:
            continue
        if is_open(b) and furniture_seen and grammar.contact_label(folded(b.text), lexicon):
            # 电话/地址 lines after the article's tail furniture (keywords, share bar …) are the site's contact
            # block, even where a notice's own 联系电话 line would be a protected document part
            b.mark(BOILERPLATE, "footer", "span:contact-after-furniture")
            continue
        if is_open(b) and _EMPTY_ATTACHMENTS.match(folded(b.text)) and not _has_open_after(blocks, k):
            # "附件下载：" / "相关附件：无" with no item after it: the page's download box, empty; not the document's list
            b.mark(BOILERPLATE, "navigation", "span:empty-attachment-label")
            continue
        furniture_seen = furniture_seen or b.label == BOILERPLATE
        item, in_attachments = _attachment_item(b, in_attachments)  # the document's attachment list
        # an open line ending in a colon ("获奖名单如下：") introduces the article's own list, up to the next chrome
        listing = is_open(b) and (listing or (b.text.endswith(("：", ":")) and len(b.text) > LIST_INTRO_MIN
                                              and _list_follows(blocks, k, lexicon)))
        if listing:
            continue
        if is_open(b) and _related_label(b.text, lexicon):
            b.mark(BOILERPLATE, "related", "span:related-label-line")
            continue
        credit = grammar.unit_credit(b.text) if is_open(b) and not shape_patterns(lexicon).doc_part.search(b.text) else None  # not （此件公开发布）
        if credit and not credit[1] and not is_body_name(credit[0], lexicon):
            credit = None  # "（待续）" is no unit
        if credit:  # "（某某中心）" closes a contributed item: the unit is its source; "（某地 某某）" names the reporter
            b.fields.update({"author": credit[1]} if credit[1] else {"source": credit[0]})
            b.mark(FIELD, "byline", "span:unit-credit")
            continue
        if (item or not is_open(b) or is_prose(b.text) or any(p.match(b.text) for p in closing) or _content_label(b.text, lexicon)
                or (len(b.text) > CUT_CLAUSE_MIN and _CLAUSE.search(b.text))  # a paragraph cut off by the dump
                or _sentence_goes_on(blocks, k) or _cut_by_the_excerpt(blocks, k, last) or _heads_more_text(blocks, k, lexicon)
                or (grammar.contact_label(folded(b.text), lexicon) and _signature_follows(blocks, k))):
            continue
        if is_document_part(b.text) and not (shape_patterns(lexicon).organ_line.match(b.text) and not _signed(blocks, k)):
            continue
        if _SIGNER.match(b.text.strip()) and _signature_date_next(blocks, k):
            continue  # the document's issuer above its date, whatever its name ends in (某某交通警察支队)
        if grammar.PERSON.match(b.text):
            b.mark(BOILERPLATE, "byline", "span:name-after-article")
        else:
            b.mark(BOILERPLATE, "sidebar", "span:after-article")


def _one_clause_a_line(blocks: list[Block], last: int) -> bool:
    """An article printed one clause or phrase a line (WeChat copies): most of the lines still open up to its last
    real paragraph (the head's chrome is decided by now) are short, so that paragraph is no sign it has ended."""
    core_open = [b for b in blocks[:last + 1] if is_open(b)]
    short = sum(1 for b in core_open if not is_tail_prose(b.text))
    return short >= SHORT_LINE_ARTICLE_MIN and 2 * short >= len(core_open)


def _cut_by_the_excerpt(blocks: list[Block], k: int, last: int) -> bool:
    """The dump's last line, cut inside a character (U+FFFD) or right after the article's last paragraph with a
    sentence's worth of Han text: the article as far as the excerpt (an archive's first ~2,000 bytes) kept it."""
    text = blocks[k].text.rstrip()
    if text.endswith("\ufffd"):
        return True
    # (right after the article's last paragraph, or after a heading or two of it that stay: "三、时间安排")
    if not (k == len(blocks) - 1 and last < k <= last + CUT_AFTER_HEADINGS + 1
            and all(is_open(x) for x in blocks[last + 1:k])):
        return False
    han = len(_HAN.findall(text))
    return han >= CUT_LINE_MIN or (han >= CUT_LINE_AT_CAP_MIN and not shapes.ends_sentence(text) and _excerpt_sized(blocks))


def _excerpt_sized(blocks: list[Block]) -> bool:
    """The dump is as long as a text archive's excerpt (its lines and line breaks, in UTF-8 bytes)."""
    size = sum(len(b.text.encode("utf-8")) + 1 for b in blocks)
    return EXCERPT_BYTES_MIN <= size <= EXCERPT_BYTES_MAX


def _heads_more_text(blocks: list[Block], k: int, lexicon: Lexicon) -> bool:
    """A numbered heading ("4. 招标文件的获取", "（四）工作要求") over a line of the article's text: its own section,
    though its last real paragraph came before (the next line is cut by the excerpt).  A list of numbered titles
    has no text under its items."""
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return (nxt is not None and is_open(nxt) and bool(_NUMBERED_HEADING.match(folded(blocks[k].text))
                                                      or shape_patterns(lexicon).section.match(folded(blocks[k].text)))
            and (is_prose(nxt.text) or (len(nxt.text) > CUT_CLAUSE_MIN and bool(_CLAUSE.search(nxt.text)))))


def _sentence_goes_on(blocks: list[Block], k: int) -> bool:
    """"在某某镇高标准农田项目区，" then "一台台旋耕机来回穿梭，": a clause cut at its comma, continued on the next
    open line (an article printed one clause a line); no furniture line ends in a comma."""
    return blocks[k].text.rstrip().endswith(_CONTINUED) and k + 1 < len(blocks) and is_open(blocks[k + 1])


def _has_open_after(blocks: list[Block], k: int) -> bool:
    return any(is_open(x) for x in blocks[k + 1:])


def _list_follows(blocks: list[Block], k: int, lexicon: Lexicon) -> bool:
    """After "…名单如下：" the next line is an open item of the article, not a link or chrome ("首发地址：" + URL)."""
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return nxt is not None and is_open(nxt) and not grammar.URL.search(nxt.text) and not grammar.site_chrome(nxt.text, lexicon)


def _files_follow(blocks: list[Block], k: int) -> int:
    """How many open lines after k are file names ("某某实施方案.pdf", "附件1.面试人员名单.xls")."""
    return _open_run(blocks, k + 1, _FILE_NAME.search)


def _download_line(text: str) -> bool:
    """"附件下载：任务分解表.xlsx": the download box's label and its one file on one line."""
    m = _DOWNLOAD_LABEL.match(folded(text).strip())
    return bool(m) and bool(_FILE_NAME.search(text.strip()))


def _signature_date(b: Block) -> bool:
    """The line is a 公文 signature date alone ("2026年7月3日")."""
    return bool(dates.SIGNATURE_DATE.match(folded(b.text).strip()))


def _first_signature(blocks: list[Block]) -> int:
    """Position of the first 公文 signature date alone (len(blocks) if none)."""
    return next((i for i, x in enumerate(blocks) if _signature_date(x)), len(blocks))


def _signature_follows(blocks: list[Block], k: int) -> bool:
    """A 公文 signature date alone stands within the few lines after k."""
    return any(_signature_date(x) for x in blocks[k + 1:k + 1 + SIGNATURE_NEAR])


def _signature_date_next(blocks: list[Block], k: int) -> bool:
    """The line after k is a 公文 signature date alone ("2026年8月1日")."""
    return k + 1 < len(blocks) and _signature_date(blocks[k + 1])


def _signed(blocks: list[Block], k: int) -> bool:
    """An organ's name after the article is its signature only with the signature date next to it."""
    near = [x.text for x in blocks[max(0, k - 2):k + 3] if x is not blocks[k]]
    return any(dates.SIGNATURE_DATE.match(folded(t)) for t in near)
