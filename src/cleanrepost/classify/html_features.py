"""HTML only: chrome inside the article container, read from markup features (hints, link density, boxes).

The stage runs on markup input only (`STAGES` says so); text dumps carry no markup features.
"""
from __future__ import annotations

import re
import unicodedata

from .. import lazy_re
from .. import grammar
from ..grammar import dates
from ..grammar.labels import BARS
from ..lexicon import Lexicon
from ..knowledge.context import shape_patterns
from ..knowledge.rules import UI_ACTION_WORDS, UI_COUNT_WORDS
from ..model import BODY, BOILERPLATE, FIELD, Block
from . import shapes
from .shapes import is_open, is_prose, is_tail_prose

# -- patterns --------------------------------------------------------------------------------------------------
_HINT_PART = re.compile(r"[-_]+")  # "related_article_title" -> related, article, title
# A post's meta row: a full numeric date with a count of views or a rate ("某某 | 回答于 2026-02-08 | 采纳率 92%",
# "2026-02-08 · 浏览 3621 次", "浏览次数：58231次 … 最近更新：2025-12-30"); not an ordinal (第3次).
_ROW_DATE = re.compile(r"(?<!\d)" + dates.YEAR + dates.NUMERIC_SEP + dates.DAY + dates.NUMERIC_SEP + dates.DAY + r"(?!\d)")
_ROW_COUNT = lazy_re.compile(r"(?<![第\d,])\d[\d,]{0,12}[ \t\u3000]{0,2}(?:次|%|％)")
# ... or a date among three or more parts cut by bars, none a label with a colon (名字 | 发布于 2026-06-02 | 评论(3));
# a meeting line (时间：… | 地点：…) is labels and stays
_ROW_BAR = re.compile(r"[|｜]")
_ROW_TIME = lazy_re.compile(dates.TIME)  # a time of day's colon is not a label's
_COLON_ANY = re.compile(r"[:：]")
_SENTENCE_MARK = re.compile(r"[。！？!?；;，]")  # (a row may end in a bracket, 评论(3), which is_prose reads as an end)
META_ROW_PARTS = 3
META_ROW_MAX = 60  # a meta row is one short line of furniture, never a sentence
# A reference list's item: a number ([1], 1., 1、, ^), a year and a bibliographic mark (．between the parts, [J]
# [M] [EB/OL] …, 引用日期).  Every repeat bounded.
_CITE_NUMBER = re.compile(r"^[ \t\u3000]{0,4}(?:[\[［]\d{1,3}[\]］]|\d{1,3}[.．、]|[\^↑])")
_CITE_MARK = re.compile(r"\S．\S|\[(?:J|M|N|C|D|R|S|P|Z|EB|EB/OL|DB/OL)\]|引用日期")
_CITE_YEAR = re.compile(r"(?<!\d)" + dates.YEAR + r"(?!\d)")
CITATION_MAX = 300  # a reference is one line of author, title, outlet and date
CITATIONS_MIN = 2  # references that make a reference list
REFERENCES_HEADING_MAX = 12  # 参考资料, 参考文献, 注释: a label over the list
_BAR = re.compile("[" + re.escape(BARS) + "]")
BAR_CREDIT_MAX = 40  # a credit line is short
# A press release's time line under its date (香港时间16时30分) and the weekday after the date.
_STAMP_TIME = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:时间|時間)[ \t]{0,2}\d{1,2}[时時:：]\d{2}分?$")
_STAMP_WEEKDAY = re.compile(r"^[(（][ \t]{0,2}(?:星期|周|礼拜|禮拜)[一二三四五六日天][ \t]{0,2}[)）]$")
STAMP_LINES_MAX = 3  # lines of a release's stamp under its end mark
# A photo story's counter beside each picture: 1/6, 2 / 6.
_GALLERY_COUNT = re.compile(r"^[ \t]{0,2}(\d{1,3})[ \t]{0,2}/[ \t]{0,2}(\d{1,3})[ \t]{0,2}$")
GALLERY_COUNTS_MIN = 2  # counters over one total that make a gallery (a lone 1/2 may be the text's)
# An item of a 公文's attachment list after its 附件： line (2.某某统计表): a numbered line.
_ATTACHMENT_ITEM = re.compile(r"^[ \t\u3000]{0,8}\d{1,2}[.．、]")
# A table of contents: numbered short items (1 历史, 2.1 早期) naming the article's later headings.
_TOC_NUMBER = re.compile(r"^[ \t\u3000]{0,4}\d{1,2}(?:\.\d{1,2}){0,3}[ \t\u3000.．、]{0,3}")
TOC_ITEM_MAX = 24  # a contents item is a heading's words
TOC_MIN_MATCHES = 2  # items that name a later heading, at least, and at least half of the run
TOC_HEADING_MAX = 6  # 目录, 目 录, 本文目录: the label over the list
# A facts box over the article (出发时间：2026-11 出行天数：2天 人均费用：800元): labels (a Han character, a colon), no
# sentence; the article's first paragraph is the first line with a 。 or ，
_FACT_LABEL = re.compile(r"[\u4e00-\u9fff][:：]")
_PARAGRAPH_MARK = re.compile(r"[。，]")
FACT_LABELS_MIN = 3  # label:value pairs that make a facts box (a lone 时间：… is the article's)
FACTS_MAX = 80  # one short row
# A counter row with icons for its labels (❤ 2.1万 ⭐ 收藏 8,306 💬 412 分享): tokens of counts, UI words, icons, spaces
_ICON_ROW_TOKEN = re.compile(r"\d{1,3}(?:,\d{3}){1,3}|\d{1,9}(?:\.\d{1,2})?[万wWkK+]?|[ \t\u3000]{1,4}|"
                             + UI_ACTION_WORDS + "|" + UI_COUNT_WORDS + r"|[^\w\s]")
ICON_ROW_MAX = 60
ICON_ROW_COUNTS = 2  # counts in the row, at least (one 5 ❤ may be a rating in the text)


def _hint(b: Block, kinds: dict[str, str]) -> str | None:
    """The chrome hint among the block's id/class names: a whole name, else one of its parts (not "page")."""
    return next((t for t in b.hints if t in kinds), None) or next(
        (p for t in b.hints for p in _HINT_PART.split(t) if p in kinds and p not in (t, "page")), None)


def mark_html_blocks(blocks: list[Block], lexicon: Lexicon) -> None:
    """HTML only (owner: segment_html's author): chrome inside the article container, read from markup features.

    A non-prose block under an element with a chrome id/class (lexicon.hint_kinds: share, related, ad ...) takes
    that hint's kind;
    a non-prose line that is mostly link text is a related link; a box (`Block.group`) that is mostly links and
    holds no prose goes whole (its labels with it).  公文 parts and attachment links are never touched.
    """
    keep = shape_patterns(lexicon).doc_part
    kinds = lexicon.table("hint_kinds")
    t = lexicon.tuning  # (thresholds: knowledge/tuning.py)
    boxes: dict[int, list[int]] = {}  # group -> [chars, link chars, prose blocks]
    for b in blocks:
        if b.group is not None:
            box = boxes.setdefault(b.group, [0, 0, 0])
            box[0] += len(b.text)
            box[1] += b.link_chars
            box[2] += is_prose(b.text) and b.link_chars < t.prose_link_share * len(b.text)
    attachments = False  # inside a 附件 list: its further numbered items (2.某某统计表) are attachment links too
    for b in blocks:
        item = is_open(b) and _ATTACHMENT_ITEM.match(b.text) is not None
        if is_open(b) and keep.search(b.text):
            attachments = item or b.text.lstrip().startswith("附件")
            continue
        if attachments and item:
            continue
        attachments = False
        if not is_open(b):
            continue
        prose = is_prose(b.text)
        hint = _hint(b, kinds)
        box = boxes.get(b.group) if b.group is not None else None
        if hint and not prose and b.table_row is None:  # a document table's cells may carry any class
            b.mark(BOILERPLATE, kinds.get(hint, "sidebar"), "html:hint:" + hint)
        elif b.link_chars >= t.link_line_share * len(b.text) and not prose:
            b.mark(BOILERPLATE, "related", "html:link-line")
        elif box is not None and box[1] >= t.link_box_share * box[0] and not box[2]:
            b.mark(BOILERPLATE, "related", "html:link-box")
    # A short heading right above two or more link lines just removed ("延伸阅读", "证券要闻") goes with them.
    for i, b in enumerate(blocks[:-t.links_under_heading]):
        if (is_open(b) and len(b.text) <= t.links_heading_max and not is_prose(b.text) and not keep.search(b.text)
                and all((x.reason or "").startswith("html:link")
                        for x in blocks[i + 1:i + 1 + t.links_under_heading])):
            b.mark(BOILERPLATE, "related", "html:heading-of-links")
    mark_meta_rows(blocks, keep)
    mark_facts_box(blocks, keep)
    mark_icon_counters(blocks)
    mark_bar_credits(blocks, lexicon)
    mark_release_stamp(blocks, lexicon)
    mark_gallery_counts(blocks)
    mark_contents(blocks)
    mark_references(blocks, keep)


def mark_meta_rows(blocks: list[Block], keep: re.Pattern[str]) -> None:
    """A post's meta row (poster, date, views, acceptance rate) that no label rule read: a "counter" when it
    counts, a "byline" when it is bar-cut parts around the date.
    Data-table cells are text of the article, not rows; 公文 parts stay."""
    for b in blocks:
        text = b.text
        if (is_open(b) and b.table_row is None and len(text) <= META_ROW_MAX and not _SENTENCE_MARK.search(text)
                and _ROW_DATE.search(text) and not keep.search(text)):
            if _ROW_COUNT.search(text):
                b.mark(BOILERPLATE, "counter", "html:meta-row")
            elif len(_ROW_BAR.split(text)) >= META_ROW_PARTS and not _COLON_ANY.search(_ROW_TIME.sub("", text)):
                b.mark(BOILERPLATE, "byline", "html:meta-row")


def mark_facts_box(blocks: list[Block], keep: re.Pattern[str]) -> None:
    """A box of FACT_LABELS_MIN or more label:value facts above the article's first paragraph (a trip's 出发时间,
    天数, 人均费用; a product's specs) that no label rule read: metadata.  Below it the same row is the article's own
    (a meeting's 时间：… 地点：… 主持人：…) and stays; so do table cells and 公文 parts."""
    for b in blocks:
        if not is_open(b):
            continue
        text = b.text
        if (len(text) <= FACTS_MAX and b.table_row is None and len(_FACT_LABEL.findall(text)) >= FACT_LABELS_MIN
                and not _SENTENCE_MARK.search(text) and not keep.search(text)):
            b.mark(BOILERPLATE, "metadata", "html:facts-box")
        elif is_prose(text) and _PARAGRAPH_MARK.search(text):
            return


def mark_icon_counters(blocks: list[Block]) -> None:
    """A row of counters with icons for labels (❤ 2.1万 ⭐ 收藏 8,306 💬 412 分享): nothing but counts, UI words
    (knowledge.rules' UI words), marks and spaces, ICON_ROW_COUNTS counts or more and an icon (a pictograph, ♥ ★ 💬):
    a "counter"."""
    for b in blocks:
        text = b.text
        if not is_open(b) or len(text) > ICON_ROW_MAX or b.table_row is not None:
            continue
        pos, counts, icons = 0, 0, 0
        while pos < len(text):
            m = _ICON_ROW_TOKEN.match(text, pos)
            if m is None:
                break
            tok = m.group(0)
            counts += tok[0].isdigit()
            icons += len(tok) == 1 and unicodedata.category(tok) == "So"  # (a pictograph: not 1/3's bar, a phone's -)
            pos = m.end()
        if pos == len(text) and counts >= ICON_ROW_COUNTS and icons:
            b.mark(BOILERPLATE, "counter", "html:icon-counters")


def mark_bar_credits(blocks: list[Block], lexicon: Lexicon) -> None:
    """A credit line with a bar for its colon (来源 | 某某日报, 作者丨张三), which no line rule reads, read with the
    text path's info-line grammar (grammar.parse_info): its credits become fields, the line a byline."""
    for b in blocks:
        if is_open(b) and len(b.text) <= BAR_CREDIT_MAX and _BAR.search(b.text) and not is_prose(b.text):
            found = grammar.parse_info(b.text, lexicon) or {}
            if any(found.get(g) for g in ("source", "author", "editor")):
                b.fields.update(found)
                b.mark(FIELD, "byline", "html:bar-credit")


def mark_release_stamp(blocks: list[Block], lexicon: Lexicon) -> None:
    """A press release's close: its end mark (完, lexicon.end_marks) and under it only the release's date and time
    (2026年8月14日（星期五）, 香港时间16时30分).  The lines stay the release's text (as the page prints them); the date
    is its publication date where the markup gives none.  Without the end mark a closing date is a document's
    signature, its 成文日期, and gives no field."""
    ends = lexicon.patterns("end_marks")
    tail = [b for b in blocks if is_open(b)][-(STAMP_LINES_MAX + 1):]
    for k, b in enumerate(tail):
        stamps = tail[k + 1:]
        if stamps and any(p.match(b.text) for p in ends) and all(_stamp(x.text) is not None for x in stamps):
            for x in stamps:
                date = _stamp(x.text)
                if date:
                    x.fields["date"] = date
                    x.mark(BODY, None, "html:release-date")
            return


def _stamp(text: str) -> str | None:
    """The date of a release's date line ("" for its time line); None for any other line."""
    text = text.strip()
    if _STAMP_TIME.match(text):
        return ""
    d = dates.FULL_DATE.match(text)
    return d.group(0) if d and (d.end() == len(text) or _STAMP_WEEKDAY.match(text[d.end():].strip())) else None


def mark_gallery_counts(blocks: list[Block]) -> None:
    """A photo story's picture counters (1/6, 2/6 … beside each picture): GALLERY_COUNTS_MIN or more lines of a
    number over the same total, none above it, outside a data table, go as "pager"; a lone 1/2 stays."""
    runs: dict[str, list[Block]] = {}
    for b in blocks:
        m = _GALLERY_COUNT.match(b.text) if is_open(b) and b.table_row is None else None
        if m and 0 < int(m.group(1)) <= int(m.group(2)):
            runs.setdefault(m.group(2), []).append(b)
    for run in runs.values():
        if len(run) >= GALLERY_COUNTS_MIN:
            for b in run:
                b.mark(BOILERPLATE, "pager", "html:gallery-count")


def is_citation(text: str) -> bool:
    return (len(text) <= CITATION_MAX and _CITE_NUMBER.match(text) is not None
            and _CITE_MARK.search(text) is not None and _CITE_YEAR.search(text) is not None)


def mark_references(blocks: list[Block], keep: re.Pattern[str]) -> None:
    """A reference list closing the article: a short heading over CITATIONS_MIN or more citation lines, with
    nothing of the article after them (only lines already decided).  It goes whole, as "related"."""
    i = len(blocks) - 1
    while i >= 0 and not is_open(blocks[i]):
        i -= 1
    end = i
    while i >= 0 and is_open(blocks[i]) and is_citation(blocks[i].text) and not keep.search(blocks[i].text):
        i -= 1
    if end - i < CITATIONS_MIN or i < 0:
        return
    head = blocks[i]
    if not is_open(head) or len(head.text) > REFERENCES_HEADING_MAX or is_tail_prose(head.text):
        return
    for b in blocks[i:end + 1]:
        if is_open(b):
            b.mark(BOILERPLATE, "related", "html:references")


def mark_contents(blocks: list[Block]) -> None:
    """A table of contents: a run of short numbered lines of which TOC_MIN_MATCHES or more (and half or more)
    name a line further down (the section headings they point to), with the short label above it; it goes as
    "navigation".  A numbered list naming nothing later is the article's own list."""
    i = 0
    while i < len(blocks):
        j = i
        while (j < len(blocks) and is_open(blocks[j]) and len(blocks[j].text) <= TOC_ITEM_MAX
               and _TOC_NUMBER.match(blocks[j].text)):
            j += 1
        if j - i < TOC_MIN_MATCHES:
            i = j + 1
            continue
        later = {_TOC_NUMBER.sub("", b.text, count=1).strip() for b in blocks[j:] if len(b.text) <= TOC_ITEM_MAX}
        names = [_TOC_NUMBER.sub("", b.text, count=1).strip() for b in blocks[i:j]]
        hits = sum(n in later for n in names)
        if hits >= TOC_MIN_MATCHES and 2 * hits >= len(names):
            start = i - 1 if i and is_open(blocks[i - 1]) and len(blocks[i - 1].text) <= TOC_HEADING_MAX \
                and not is_prose(blocks[i - 1].text) else i
            for b in blocks[start:j]:
                b.mark(BOILERPLATE, "navigation", "html:contents")
        i = j + 1
