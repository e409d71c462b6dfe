"""Stage 3: label every block as title, body, heading, field (provenance) or boilerplate.

The classifier runs in named stages, each a small function over the whole block list (like jusText):

1. `mark_info_lines`  – info bars with several labels ("2021-03-08 09:30 来源:某某日报 作者:…") → fields
2. `mark_gov_labels`  – 政府信息公开 label lines, letter-spaced or not ("索   引   号 …  分    类 …") → meta
3. `mark_line_rules`  – whole-line rules from the lexicon (disclaimers, bylines, footers, toolbars ...)
   `mark_html_blocks` – HTML only: chrome inside the content container, from markup features (link density ...)
4. `mark_sidebars`    – a sidebar heading plus a run of title-like lines, or a run of dated/truncated titles
   `mark_shaped_lines` – text dumps: info lines and furniture by shape (grammar.py), site chrome before the core
5. `mark_title`       – the headline (markup hint; for text dumps `mark_dump_title`: the 名称/标题 value or the
                        head line with the most evidence)
6. `mark_header`      – text dumps: chrome lines before the headline / the info bar (slogans, menus, e-paper lines)
7. `mark_tail`        – after the article has ended (disclaimer, comments, sidebars), short lines are chrome
   `mark_span`        – text dumps: short lines after the article core's last paragraph are chrome (公文 parts stay)
8. `mark_document_dateline` – a kept "2003年5月12日,某某省财政厅" line lends its date/issuer as fallback fields
   `mark_self_credit`, `mark_wire_source` – text dumps: a 来源 naming the site itself → meta; a wire dateline
                        (某某社某地…电) is the fallback source
9. `mark_body`        – everything left: paragraphs, and short lines as sub-headings

Each decision stores the rule name in `Block.reason`, which becomes `Removal.reason`.  Rules are matched
against `folded()` text (full-width digits/letters as ASCII).  The dump-title search and stage 6 run only on
text dumps (every block tagged "line"); HTML gets its headline from the markup.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import grammar
from .lexicon import (CLOSING_FORMULAS, GOV_TABLE_COUNTER_LABELS, GRAMMAR_EXTRA_LABELS, DOCUMENT_PART_RE, DOCUMENT_TITLE_RE, GOV_LABEL_FIELDS, HEADLINE_WORDS, HINT_KINDS, ORGAN, SECTION_HEADING_RE,
                      SITE_CREDIT, Lexicon)
from .model import BODY, BOILERPLATE, FIELD, HEADING, TITLE, Block

# Sentence-final punctuation (half- and full-width): a line ending in one reads as prose, not a title.
_SENTENCE_END = re.compile(r"[。！？；!?;…」”）)]$|\.{3}$")
_TRUNCATED = re.compile(r"(?:\.{2,}|…+|。。+)$")
_DATE_ANY = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\[\d{1,2}-\d{1,2}\]|(?<!\d)\d{1,2}-\d{2}(?!\d)")
_DATE_EDGE = re.compile(r"^(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?$")
_ONLY_DATE = re.compile(r"^[\[(（]?(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?$")
_BULLET = re.compile(r"^[•·●○◆◇■□▪▫►▶\-*]\s*")
_SP = r"[ \t\u3000\u00a0]"
# A full date, optionally with a time and a weekday: the lead of an info bar, or an e-paper issue line.
_FULL_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_WEEKDAY = r"(?:\s*(?:星期|周)[一二三四五六日天])?"
_DATE_LINE = re.compile(r"^[\[(（]?" + _FULL_DATE.pattern + _WEEKDAY + r"[\])）]?$")
_DOC_DATELINE = re.compile(r"^(?P<date>" + _FULL_DATE.pattern + r")\s*[,，、\s]\s*(?P<source>" + ORGAN + r")$")
_SITE_CREDIT = re.compile(SITE_CREDIT)
_CLOSING = re.compile(CLOSING_FORMULAS)
_CLAUSE = re.compile(r"[，,；;、]")
_EXCLAIM = ("！", "!", "？", "?")  # a first line ending so may be an exclamation headline, not a paragraph
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}\s*[.．、](?!\d)")
_INNER_SENTENCE = re.compile(r"[。！？；!?;]")
_TRAILING_NOTE = re.compile(r"[(（][^()（）。！？]{1,20}[)）]$")
CUT_CLAUSE_MIN = 16  # a longer line with inner clauses after the last sentence is a paragraph the dump cut off
_HEADLINE_WORD = re.compile("|".join(map(re.escape, HEADLINE_WORDS)))
_DOCUMENT_TITLE = re.compile(DOCUMENT_TITLE_RE)
_SECTION = re.compile(SECTION_HEADING_RE)
# Signature block of a 公文: the issuing body alone on a line, then the date in Chinese form.
# The 版记 line "某市人民政府办公室 2015年1月1日印发" closes it.
_SIGNATURE = re.compile(r"^(?:" + ORGAN + r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$"
                        r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
# Rules are written for ASCII digits and letters; dumps also carry full-width ones (２０１５-０１-０１).
# (０-９ ： Ａ-Ｚ ａ-ｚ and the brackets between them; ；？ and friends keep their width: rules list both forms.)
_FOLD_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5F) if not 0xFF1B <= c <= 0xFF20})
_FOLDABLE = re.compile("[" + "".join(map(chr, _FOLD_WIDTH)) + "]")
_DOC_PART = re.compile(DOCUMENT_PART_RE)
_ATTACHMENT_ITEM = re.compile(r"^\s*\d{1,2}\s*[．.、]\s*\S")  # "2．XX任务清单" after "附件：1．…"
_VALUE_EDGE = " \t\u3000\u00a0|｜/【】[]"  # separators and brackets around label values ("【来源：某某】")
_HAN_OR_ALNUM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

TITLE_MAX = 60  # a headline longer than this is unusual even for 公文 titles with 《》
ITEM_MAX = 40  # a sidebar item (truncated title, maybe with a date)
MIN_RUN = 3  # title-like lines needed after a sidebar heading
TITLE_OVERLAP = 0.4  # share of a headline's character bigrams that the article's paragraphs repeat
TITLE_OVERLAP_ABOVE_CHROME = 0.3  # ... for a line right above the info bar / toolbar (a headline's usual place)
INFO_MAX = 200  # an info bar is one short line
END_KINDS = ("disclaimer", "comment", "sidebar")  # boilerplate that closes the article


def classify(blocks: list[Block], lexicon: Lexicon, *, title_hint: str | None = None) -> list[Block]:
    text_dump = bool(blocks) and all(b.tag == "line" for b in blocks)
    mark_info_lines(blocks, lexicon)
    mark_gov_labels(blocks, lexicon)
    mark_line_rules(blocks, lexicon)
    mark_html_blocks(blocks, lexicon)
    mark_sidebars(blocks, lexicon)
    if text_dump:
        mark_shaped_lines(blocks, lexicon)
    if text_dump and not title_hint:
        mark_dump_title(blocks)
        mark_header(blocks)
    else:
        mark_title(blocks, title_hint)
    mark_tail(blocks)
    if text_dump:
        mark_span(blocks)
    mark_document_dateline(blocks)
    if text_dump:
        mark_self_credit(blocks)
        mark_wire_source(blocks)
    mark_body(blocks)
    return blocks


# -- features ------------------------------------------------------------------------------------------------

def is_prose(text: str) -> bool:
    """A sentence: ends in sentence punctuation or is long enough to be a paragraph."""
    return len(text) > 80 or bool(_SENTENCE_END.search(text))  # (length first: the search scans the whole text)


def is_title_like(text: str, limit: int = TITLE_MAX) -> bool:
    return 0 < len(text) <= limit and not _SENTENCE_END.search(text.rstrip(".…")) and "。" not in text


def folded(text: str) -> str:
    """What rules are matched against: full-width digits, letters and colons as ASCII, and a table cell
    flattened as "| 责任编辑：王小明 |" without its pipes."""
    if _FOLDABLE.search(text):  # translate() walks the text in Python-object steps; most lines have nothing to fold
        text = text.translate(_FOLD_WIDTH)
    if len(text) > 2 and text[0] in "|｜" and text[-1] in "|｜":
        text = text.strip("|｜ \t\u3000")
    return text


def is_document_part(text: str) -> bool:
    """公文 structure: section headings (一、 （一） 第一章), 附件/抄送/印发 lines, signature and date lines."""
    text = folded(text)  # a date line in full-width digits (２０１５年１月１日) is still the document's date
    return bool(_SECTION.match(text) or _DOC_PART.search(text) or _SIGNATURE.match(text))


def is_sidebar_item(text: str) -> bool:
    """A short title-like line typical of lists: truncated, dated, bulleted, or simply short."""
    t = _BULLET.sub("", text)
    if not t:
        return True
    if is_document_part(t):
        return False
    if _ONLY_DATE.match(t):
        return True
    if _TRUNCATED.search(t) and len(t) <= ITEM_MAX + 12:
        return True
    if _DATE_EDGE.search(t) and len(t) <= ITEM_MAX + 12 and "。" not in t:
        return True
    return len(t) <= ITEM_MAX and "。" not in t and not t.endswith(("：", ":"))


def is_dated_or_truncated(text: str) -> bool:
    t = _BULLET.sub("", text)
    return bool(_TRUNCATED.search(t) or _DATE_EDGE.search(t)) and len(t) <= ITEM_MAX + 12 and "。" not in t[:-1]


def _open(b: Block) -> bool:
    return b.label is None


def is_menu_like(text: str) -> bool:
    """Four or more short space-separated items ("中国政府网 黑龙江省政府网 English 市人大 …"): a menu row."""
    parts = text.split()
    return len(parts) >= 4 and max(len(p) for p in parts) <= 8


def _bigrams(text: str) -> set[str]:
    chars = "".join(_HAN_OR_ALNUM.findall(text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def title_overlap(title: str, body: str) -> float:
    """Share of the title's character bigrams found in the body: a headline summarises its article."""
    return _overlap(title, _bigrams(body))


def _overlap(title: str, body_bigrams: set[str]) -> float:
    t = _bigrams(title)
    return len(t & body_bigrams) / len(t) if t else 0.0


@lru_cache(maxsize=32)
def _label_re(labels: tuple[str, ...], spaced: bool) -> re.Pattern[str]:
    """Labels at the line start or after whitespace, followed by a colon; `spaced` also allows letter-spacing
    ("索   引   号") and a bare whitespace separator, as flattened gov tables have."""
    if spaced:
        alts = "|".join((_SP + "*").join(map(re.escape, lab)) for lab in sorted(labels, key=len, reverse=True))
        return re.compile(r"(?:^|(?<=\s))(?P<label>" + alts + r")(?:" + _SP + r"*[:：]|" + _SP + r"+|$)" + _SP + "*")
    alts = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return re.compile(r"(?:^|(?<=[\s|｜/【\[]))(?P<label>" + alts + r")" + _SP + r"*[:：]" + _SP + "*")


def _split_labelled(text: str, rx: re.Pattern[str]) -> tuple[str, list[tuple[str, str]]]:
    """'lead L1: v1 L2: v2' → ('lead', [(L1, v1), (L2, v2)]), labels with their spacing removed."""
    ms = list(rx.finditer(text))
    if not ms:
        return text, []
    pairs = []
    for k, m in enumerate(ms):
        end = ms[k + 1].start() if k + 1 < len(ms) else len(text)
        pairs.append((re.sub(r"\s+", "", m.group("label")), text[m.end():end].strip(_VALUE_EDGE)))
    return text[:ms[0].start()].strip(_VALUE_EDGE), pairs


# -- stages --------------------------------------------------------------------------------------------------

def mark_info_lines(blocks: list[Block], lexicon: Lexicon) -> None:
    """An info bar: a leading date and/or two or more labels (来源/作者/时间/浏览/字体 …) on one short line.

    Lines with a single label are left to the line rules.  A credit naming the reposting website as both
    author and source ("作者:某某资料网 … 来源:某某资料网") is the site's own stamp: it goes to meta, not fields.
    """
    groups = {**dict(GRAMMAR_EXTRA_LABELS), **dict(lexicon.info_labels)}
    rx = _label_re(tuple(groups), False)
    for b in blocks:
        if not _open(b) or len(b.text) > INFO_MAX or "。" in b.text or not (":" in b.text or "：" in b.text):
            continue
        lead, pairs = _split_labelled(folded(b.text), rx)
        if not pairs or (lead and not _DATE_LINE.match(lead)) or (len(pairs) < 2 and not lead):
            continue
        values: dict[str, str] = {}
        for label, value in pairs:
            group = groups[label]
            if group in ("source", "author", "editor") and _FULL_DATE.match(value):
                group = "date"  # "来源: 2019-08-09 15:00" — an empty credit before the date
            if group == "date":
                m = _FULL_DATE.search(value)
                value = m.group(0) if m else ""
            elif group in ("source", "author", "editor"):
                value = re.split(_SP + "{2,}|" + _SP + "*/" + _SP, value)[0]
                if len(value) > 40:
                    value = ""
            else:  # counters and share widgets carry no provenance
                continue
            if value:
                values.setdefault(group, value)
        if lead:
            values.setdefault("date", lead)
        author = values.get("author", "")
        if "source" not in values and _ORGAN_LINE.match(author) and any(groups[lab] == "source" for lab, _ in pairs):
            values["source"] = values.pop("author")  # "来源: 作者:某县应急局": the issuing organ, under the wrong label
        src = values.get("source")
        if src and src == values.get("author") and _SITE_CREDIT.search(src):
            values = {"site": src, **({"site_time": values["date"]} if "date" in values else {})}
        b.fields.update(values)
        b.mark(FIELD if values else BOILERPLATE, "byline", "info:labelled-line")


def mark_gov_labels(blocks: list[Block], lexicon: Lexicon) -> None:
    """政府信息公开 table rows flattened to lines: label/value pairs → meta (名称/标题 also → title).

    Lines starting with a table label count when two or more of them are adjacent (the table's rows), or when
    one line holds several labels or writes its label letter-spaced ("名        称 …").
    """
    rx = _label_re(lexicon.gov_table_labels + GOV_TABLE_COUNTER_LABELS, True)
    parsed: dict[int, list[tuple[str, str]]] = {}
    strong: set[int] = set()
    for i, b in enumerate(blocks):
        if not _open(b) or len(b.text) > 300 or "。" in b.text:
            continue
        text = _BULLET.sub("", re.sub(r"[|｜]", " ", folded(b.text)).strip())  # table rows flattened with pipes, "• 索引号:"
        m = rx.match(text)
        if not m:
            continue
        lead, pairs = _split_labelled(text, rx)
        if lead or not any(v for _, v in pairs):
            continue
        parsed[i] = pairs
        if len(pairs) >= 2 or re.search(r"\s", m.group("label")):
            strong.add(i)
    accepted: set[int] = set()
    run: list[int] = []
    for i in sorted(parsed) + [-2]:  # runs of adjacent label lines; -2 flushes the last run
        if run and i != run[-1] + 1:
            if len(run) >= 2 or strong.intersection(run):
                accepted.update(run)
            run = []
        run.append(i)
    for i in sorted(accepted):
        b = blocks[i]
        for label, value in parsed[i]:
            if not value:
                continue
            b.fields.setdefault(label, value)
            group = GOV_LABEL_FIELDS.get(label)
            if group == "date":
                m = _FULL_DATE.search(value)
                value = m.group(0) if m else ""
            if group and value:
                b.fields.setdefault(group, value)
        b.mark(FIELD, "metadata", "gov-table:label-line")


def _balanced(value: str) -> str:
    """A field value without the closing bracket of the line around it: "(来源:某某网站)" → "某某网站"."""
    while value and value[-1] in ")）]】" and value.count(value[-1]) > value.count({")": "(", "）": "（", "]": "[", "】": "【"}[value[-1]]):
        value = value[:-1].rstrip()
    return value


def mark_line_rules(blocks: list[Block], lexicon: Lexicon) -> None:
    for b in blocks:
        if not _open(b):
            continue
        hit = lexicon.match_line(folded(b.text))
        if hit is None:
            continue
        rule, m = hit
        values = {k: _balanced(v.strip()) for k, v in m.groupdict().items() if v and v.strip()}
        b.fields.update(values)
        b.mark(FIELD if values else BOILERPLATE, rule.kind, "line:" + rule.name)


_HINT_PART = re.compile(r"[-_]+")  # "related_article_title" -> related, article, title


def mark_html_blocks(blocks: list[Block], lexicon: Lexicon) -> None:
    """HTML only (owner: segment_html's author): chrome inside the article container, read from markup features.

    A non-prose block under an element with a chrome id/class (lexicon.HINT_KINDS: share, related, ad ...) takes
    that hint's kind;
    a non-prose line that is mostly link text is a related link; a box (`Block.group`) that is mostly links and
    holds no prose goes whole (its labels with it).  公文 parts and attachment links are never touched.
    """
    if not blocks or all(b.tag == "line" for b in blocks):
        return
    keep = re.compile(DOCUMENT_PART_RE)
    boxes: dict[int, list[int]] = {}  # group -> [chars, link chars, prose blocks]
    for b in blocks:
        if b.group is not None:
            box = boxes.setdefault(b.group, [0, 0, 0])
            box[0] += len(b.text)
            box[1] += b.link_chars
            box[2] += is_prose(b.text) and b.link_chars < 0.5 * len(b.text)
    for b in blocks:
        if not _open(b) or keep.search(b.text):
            continue
        prose = is_prose(b.text)
        hint = next((t for t in b.hints if t in HINT_KINDS), None) or next(
            (p for t in b.hints for p in _HINT_PART.split(t) if p in HINT_KINDS and p not in (t, "page")), None)
        box = boxes.get(b.group) if b.group is not None else None
        if hint and not prose and b.table_row is None:  # a document table's cells may carry any class
            b.mark(BOILERPLATE, HINT_KINDS.get(hint, "sidebar"), "html:hint:" + hint)
        elif b.link_chars >= 0.6 * len(b.text) and not prose:
            b.mark(BOILERPLATE, "related", "html:link-line")
        elif box is not None and box[1] >= 0.5 * box[0] and not box[2]:
            b.mark(BOILERPLATE, "related", "html:link-box")
    # A short heading right above two or more link lines just removed ("延伸阅读", "证券要闻") goes with them.
    for i, b in enumerate(blocks[:-2]):
        if (_open(b) and len(b.text) <= 16 and not is_prose(b.text) and not keep.search(b.text)
                and all((x.reason or "").startswith("html:link") for x in blocks[i + 1:i + 3])):
            b.mark(BOILERPLATE, "related", "html:heading-of-links")


def mark_sidebars(blocks: list[Block], lexicon: Lexicon) -> None:
    heading = lexicon.sidebar_heading_re()
    n = len(blocks)
    # Open blocks after each position, and the next open one, counted once: the loop below only marks blocks
    # after the heading it stands on and then jumps past them, so the suffix counts of later positions stay
    # true — and a page of many headings costs one pass, not one pass per heading.
    open_from, next_open = [0] * (n + 1), [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        is_open = _open(blocks[k])
        open_from[k] = open_from[k + 1] + is_open
        next_open[k] = k if is_open else next_open[k + 1]
    i = 0
    while i < n:
        b = blocks[i]
        if _open(b) and heading.match(b.text):
            j = i + 1
            while (j < n and (blocks[j].label is None or blocks[j].kind in ("sidebar", "related"))
                   and is_sidebar_item(blocks[j].text) and not heading.match(blocks[j].text)):
                j += 1
            run = j - (i + 1)
            # A heading is a sidebar when a run of items follows, or when it sits at the very end of the input
            # with only a few lines after it (a glued "related" box whose items are title+teaser).
            at_end = j >= n or open_from[j] == 0
            rest = open_from[i + 1]  # open blocks after the heading
            # A glued box opens with a title-like item; a heading followed by a sentence is the article's own.
            glued = (i > 0 and 0 < rest <= 3 and not is_prose(blocks[next_open[i + 1]].text)
                     and not _has_prose_after(blocks, next_open, i, 4))
            # A heading with nothing open after it is an emptied box (its items were removed, or cut off).
            if run >= MIN_RUN or (run >= 1 and at_end) or glued or (i > 0 and not rest):
                end = n if (rest <= 3 and not at_end) else j
                b.mark(BOILERPLATE, "sidebar", "sidebar:heading")
                for x in blocks[i + 1:end]:
                    if _open(x):
                        x.mark(BOILERPLATE, "sidebar", "sidebar:run-after-heading")
                i = end
                continue
        i += 1
    # Headless runs: >= MIN_RUN consecutive dated or truncated titles are a list, wherever they are.
    i = 0
    while i < n:
        j = i
        while j < n and _open(blocks[j]) and is_dated_or_truncated(blocks[j].text):
            j += 1
        if j - i >= MIN_RUN:
            for x in blocks[i:j]:
                x.mark(BOILERPLATE, "sidebar", "sidebar:dated-run")
        i = max(j, i + 1)


def _has_prose_after(blocks: list[Block], next_open: list[int], i: int, limit: int) -> bool:
    """True when a real paragraph follows within `limit` open blocks: the heading was article text.
    (`next_open` skips the closed blocks between them.)"""
    seen, k = 0, next_open[i + 1]
    while k < len(blocks):
        x = blocks[k]
        seen += 1
        if seen > limit:
            return True
        if _SENTENCE_END.search(x.text) and len(x.text) > ITEM_MAX and not x.text.startswith(x.text[:4] * 2):
            # prose after the box's own teaser lines counts only beyond the first two lines
            if seen > 2:
                return True
        k = next_open[k + 1]
    return False


def _canon(s: str) -> str:
    """Compare lines without spacing or table-cell pipes (a title cell flattened as "| 标题 |")."""
    return re.sub(r"[\s|｜]+", "", s)


def mark_title(blocks: list[Block], title_hint: str | None, reason: str = "title:matches-markup-title") -> None:
    """Mark the headline; later copies of it are 'title-repeat' boilerplate.

    With a hint, the first open line equal to it is the headline.  Without one (HTML whose markup named no
    headline), the first open line is taken when it is title-like.
    """
    title_text = _canon(title_hint) if title_hint else None
    if not title_text:
        for b in blocks:
            if not _open(b):
                continue
            if is_title_like(b.text) and not _DATE_ANY.search(b.text[:12]):
                b.mark(TITLE, None, "title:first-title-like-line")
                title_text = _canon(b.text)
            break
    if not title_text:
        return
    have_title = any(x.label == TITLE for x in blocks)
    for b in blocks:
        if b.label is None and _canon(b.text) == title_text:
            if not have_title:
                b.mark(TITLE, None, reason)
                have_title = True
            else:
                b.mark(BOILERPLATE, "title-repeat", "title:repeat")


def _first_paragraph(blocks: list[Block]) -> int:
    """Position of the first open block that reads as a paragraph, or len(blocks)."""
    return next((i for i, b in enumerate(blocks) if _open(b) and is_prose(b.text) and len(b.text) > 12
                 and not (_headline_like(b.text) and not _INNER_SENTENCE.search(b.text))
                 and not (b.index == 0 and _first_line_headline(b.text) and b.text.endswith(_EXCLAIM))), len(blocks))


def mark_dump_title(blocks: list[Block]) -> None:
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
    stop = _header_limit(blocks, _first_paragraph(blocks))
    counts: dict[str, int] = {}
    for b in blocks:
        key = _canon(b.text)
        counts[key] = counts.get(key, 0) + 1
    prose_at = [j for j, x in enumerate(blocks) if _open(x) and is_prose(x.text)]  # once: a loop per line is O(n²)
    best: tuple[int, int, str] | None = None  # (score, -position, reason)
    bodies: dict[int, set[str]] = {}
    for i, b in enumerate(blocks[:stop]):
        t = b.text
        # The dump's first line may be a news headline with inner clauses or a leading date ("5月20日至31日，某路段
        #封闭！", "1-10月某县投资趋稳"): taken when it shares words with the article (checked below).
        plain = _headline_like(t) and not _DATE_ANY.search(t[:12])
        first_line = b.index == 0 and _first_line_headline(t)
        if (not _open(b) or len(t) < 4 or not (plain or first_line) or is_menu_like(t)
                or t.endswith(("：", ":")) or grammar.site_chrome(t) or grammar.furniture_shape(t) or _SECTION.match(t)
                or _NUMBERED_ITEM.match(t)):  # 公文 sections and numbered items are the article's own headings
            continue
        start = bisect.bisect_right(prose_at, i)
        if start not in bodies:  # head lines mostly share the same following paragraphs: their bigrams once
            body = ""
            for j in prose_at[start:]:
                if len(body) >= 4000:
                    break
                body += blocks[j].text
            bodies[start] = _bigrams(body[:4000])
        overlap = _overlap(_TRAILING_NOTE.sub("", t) or t, bodies[start])  # "(8.17—8.23)" is no headline word
        if not plain and overlap < TITLE_OVERLAP_ABOVE_CHROME:
            continue
        score, reason = _title_evidence(blocks, i, counts[_canon(t)] > 1, overlap)
        if score >= TITLE_MIN_EVIDENCE or (b.index == 0 and score >= 1):
            if best is None or score > best[0]:
                best = (score, -i, reason)
    if best is not None:
        mark_title(blocks, blocks[-best[1]].text, best[2])


TITLE_MIN_EVIDENCE = 2  # one strong sign (breadcrumb end, repeat, shared words, above the info line) or two weak
TITLE_SHORT = 4  # a head line this short is more often a column name than a headline
TITLE_LONG = 8  # headlines are usually at least this long


def _title_evidence(blocks: list[Block], i: int, repeated: bool, overlap: float) -> tuple[int, str]:
    """(score, reason of the strongest sign) for head line i as the headline."""
    t = blocks[i].text
    signs: list[tuple[int, str]] = []
    crumb = next((x for x in reversed(blocks[:i]) if x.reason == "line:navigation.breadcrumb"), None)
    if crumb is not None and _canon(crumb.text).endswith(_canon(t)):
        signs.append((3, "title:ends-breadcrumb"))
    if repeated:
        signs.append((2, "title:repeated-line"))
    if overlap >= TITLE_OVERLAP:
        signs.append((2, "title:shares-words-with-body"))
    elif overlap >= TITLE_OVERLAP_ABOVE_CHROME:
        signs.append((1, "title:shares-some-words"))
    nxt = next((x for x in blocks[i + 1:] if x.reason != "shape:layout-residue"), None)
    # Right above the info line or a toolbar a line needs less overlap, or a headline word; a slogan there
    # shares almost nothing with the article and names no document or event.
    if nxt is not None and nxt.label in (FIELD, BOILERPLATE) and (
            overlap >= TITLE_OVERLAP_ABOVE_CHROME or _HEADLINE_WORD.search(t)):
        signs.append((2 if nxt.kind in ("byline", "metadata") else 1, "title:above-info-bar"))
    if _DOCUMENT_TITLE.search(t):
        signs.append((2, "title:document-title-form"))
    elif _HEADLINE_WORD.search(t):
        signs.append((1, "title:headline-word"))
    if blocks[i].index == 0:
        # the first line is where a dump's headline usually stands: more so for a long line the article echoes
        strong = len(t) >= TITLE_LONG and (overlap >= TITLE_OVERLAP_ABOVE_CHROME or _HEADLINE_WORD.search(t))
        signs.append((2 if strong else 1, "title:first-line"))
    # after an info line naming the outlet or author, the article has begun: a line there is its own heading
    after_info = any(x.label == FIELD and ("source" in x.fields or "author" in x.fields) for x in blocks[:i])
    score = sum(s for s, _ in signs) + (len(t) >= TITLE_LONG) - (len(t) <= TITLE_SHORT) - 2 * after_info
    return score, max(signs, default=(0, "title:first-line"))[1]


def _first_line_headline(text: str) -> bool:
    """A first line that may be a headline though it has inner clauses: short, no full stop, not cut at a comma."""
    return (len(text) <= TITLE_MAX and "。" not in text and not text.endswith(("，", ",", "、", "；", ";", "：", ":"))
            and len(_HAN.findall(text)) >= TITLE_LONG)


def _headline_like(text: str) -> bool:
    """Title-like, also when a question or exclamation ("如何办理居住证？") without inner clauses; never a clause
    cut at a comma (one-clause-per-line articles)."""
    if text.endswith(("，", ",", "、")):
        return False
    # a headline may end in a quoted phrase or a bracketed note: 某镇吹响“集结号”, 每周要闻（3.1—3.7）
    bare = _TRAILING_NOTE.sub("", text).rstrip("”’」』\"'")
    if bare != text and bare and not _SENTENCE_END.search(bare):
        text = bare
    return is_title_like(text) or (is_title_like(text.rstrip("？?！!")) and not re.search(r"[，,。；;]", text))


HEADER_OPEN_MAX = 5  # a dump's header holds a few unlabelled lines at most; beyond that it is the article


def _header_limit(blocks: list[Block], stop: int) -> int:
    """`stop`, or the position of the (HEADER_OPEN_MAX+1)-th open line if that comes first: an article of short
    lines (one clause per line) has no paragraph to stop at, and its lines must not be taken for header."""
    seen = 0
    for i, b in enumerate(blocks[:stop]):
        if _open(b) or b.label == TITLE:
            seen += 1
            if seen > HEADER_OPEN_MAX:
                return i
    return stop


def mark_header(blocks: list[Block]) -> None:
    """Text dumps: what precedes the article is page chrome.

    The header ends at the headline, or, in a dump without one, at the last chrome/info line (navigation,
    byline, metadata …, or a menu row of short items) before the first paragraph.  Open short lines in it are chrome (slogans, menus,
    e-paper page lines); a lone date there is the issue/posting date and becomes a field.
    """
    stop = _header_limit(blocks, _first_paragraph(blocks))
    end = next((i for i, b in enumerate(blocks[:stop]) if b.label == TITLE), None)
    if end is None:
        end = max((i + (not b.label) for i, b in enumerate(blocks[:stop])
                   if b.label in (FIELD, BOILERPLATE) or (not b.label and is_menu_like(b.text))), default=0)
    for b in blocks[:end]:
        if not _open(b) or is_prose(b.text):
            continue
        if _DATE_LINE.match(b.text):
            b.fields["date"] = b.text
            b.mark(FIELD, "byline", "header:date-line")
        else:
            b.mark(BOILERPLATE, "navigation", "header:before-article")


def is_tail_prose(text: str) -> bool:
    """A real paragraph: long, or a sentence with clauses.  Bullets and short exclamations are list items."""
    if _BULLET.match(text):
        return False
    return len(text) > 80 or (is_prose(text) and bool(re.search(r"[，,。；;：:、]", text[:-1])))


def mark_tail(blocks: list[Block]) -> None:
    """Once a disclaimer, comment widget or sidebar follows the article, the short lines after the last real
    paragraph are chrome (list items, widget labels).  Short lines before a later paragraph are the resumed
    article's headings, and 公文 parts (一、 附件 抄送) always stay; bullets after the end never do."""
    last_para = max((i for i, b in enumerate(blocks) if _open(b) and is_tail_prose(b.text)), default=-1)
    seen_body = ended = in_attachments = False
    for i, b in enumerate(blocks):
        if b.label == BOILERPLATE and b.kind in END_KINDS and seen_body:
            ended = True
        elif _open(b):
            # "附件：1．…" continues with "2．…" lines: items of the document's attachment list, not chrome
            attachment_item = in_attachments and bool(_ATTACHMENT_ITEM.match(folded(b.text)))
            in_attachments = attachment_item or folded(b.text).startswith(("附件", "附："))
            if ended and not is_tail_prose(b.text) and not is_document_part(b.text) and not attachment_item and (
                    i > last_para or _BULLET.match(b.text)):
                b.mark(BOILERPLATE, "sidebar", "tail:after-article-end")
            elif is_prose(b.text):
                seen_body = True
    if last_para < 0:
        return
    # After the last paragraph, MIN_RUN or more bulleted titles in a row are a list box even without a heading.
    i = last_para + 1
    while i < len(blocks):
        j = i
        while j < len(blocks) and _open(blocks[j]) and _BULLET.match(blocks[j].text) and not is_document_part(
                _BULLET.sub("", blocks[j].text)):
            j += 1
        if j - i >= MIN_RUN:
            for x in blocks[i:j]:
                x.mark(BOILERPLATE, "sidebar", "tail:bullet-list")
        i = max(j, i + 1)


SLOGAN_MAX = 60  # a short sentence carrying a web address is the site's slogan, not the article


def _core(blocks: list[Block]) -> tuple[int, int]:
    """The article core of a dump: from its first to its last real paragraph (open, prose with clauses)."""
    prose = [i for i, b in enumerate(blocks) if _open(b) and is_tail_prose(b.text)
             and not (len(b.text) < SLOGAN_MAX and grammar.URL.search(b.text))]  # a site slogan with its address
    return (prose[0], prose[-1]) if prose else (len(blocks), -1)


SHAPE_MAX = 80  # furniture and info lines are short; longer lines with clauses are paragraphs
_REPARSED = ("line:share.font-size", "line:share.print-close", "line:junk.template")


def mark_shaped_lines(blocks: list[Block], lexicon: Lexicon) -> None:
    """Text dumps: info lines and furniture recognised by their shape (grammar.py), not by a known phrase.

    "某某日报 张三 2026-01-10 06:49", "来源︱某镇", "2018-08-30 16:50:50 28" are info lines (→ fields); a lone
    "|", a random 30-letter string, a widget name ("返回顶部", "QQ客服") are furniture anywhere; a contact line
    (电话/邮箱/QQ with values) only outside the article core.  Before the core, a line naming or greeting the
    site (a URL, 首页, 欢迎访问 …) or a weather widget line is navigation.  公文 parts are never touched.
    """
    first, last = _core(blocks)
    for i, b in enumerate(blocks):
        if b.reason in _REPARSED and not b.fields:  # an info bar with a toolbar or CMS residue glued on
            fields = (grammar.leading_fields if b.reason == "line:junk.template" else grammar.parse_info)(folded(b.text))
            if fields and _FULL_DATE.search(fields.get("date", "")):
                b.fields.update(fields)
                b.mark(FIELD, b.kind, b.reason + ":fields-by-shape")  # its kind stays: junk, share
            continue
        # (an organ's name alone is a signature, but a line ending in 局/部 may be a widget or a credit: the shapes
        # below are strict enough to tell)
        if not _open(b) or (len(b.text) > SHAPE_MAX and _CLAUSE.search(b.text)):
            continue  # a paragraph: every furniture and info shape is a short line
        if is_document_part(b.text) and not _ORGAN_LINE.match(b.text):
            continue
        text = folded(b.text).strip("|｜ \t\u3000")
        spaced = grammar.despaced(text)
        hit = lexicon.match_line(spaced) if spaced != text else None
        if hit is not None:  # "版 权 所 有", "通 讯 员": letter-spaced chrome
            b.mark(BOILERPLATE, hit[0].kind, "line:" + hit[0].name + ":letter-spaced")
            continue
        if grammar.credit_line(text):
            b.mark(BOILERPLATE, "byline", "shape:credit-line")
            continue
        shape = grammar.furniture_shape(text) if text else ("junk", "shape:layout-residue")
        if shape and (shape[1] != "shape:contact" or not first <= i <= last):
            b.mark(BOILERPLATE, *shape)
            continue
        fields = grammar.parse_info(text)
        if fields is None:
            continue
        if "date" in fields and not _FULL_DATE.search(fields["date"]):
            del fields["date"]
        b.fields.update(fields)
        b.mark(FIELD if fields else BOILERPLATE, "byline", "grammar:info-line")
    for b in blocks[:_core(blocks)[0]]:
        if _open(b) and not is_document_part(b.text) and (grammar.site_chrome(b.text) or grammar.weather_line(b.text)):
            b.mark(BOILERPLATE, "navigation", "span:site-chrome-before-article")


def _content_label(text: str) -> bool:
    """"地点：市政府三楼会议室": a label with a value that no furniture grammar knows — the article's own line."""
    m = re.match(r"^[\u4e00-\u9fff]{1,6}[:：]\s*(\S.*)$", folded(text))
    return bool(m) and grammar.furniture_shape(text) is None


def mark_span(blocks: list[Block]) -> None:
    """Text dumps: furniture outside the article core.

    After the core's last paragraph, the short lines left are chrome
    (related titles, widget names, account names), a bare person's name is a stand-alone byline; 公文 parts,
    closing formulas (特此通知) and content label lines ("地点：…") stay.
    """
    first, last = _core(blocks)
    if last < 0:
        return
    in_attachments = listing = False
    for k, b in enumerate(blocks[last + 1:], last + 1):
        # "附件：1．…" continues with "2．…" lines: the document's attachment list
        item = in_attachments and bool(_ATTACHMENT_ITEM.match(folded(b.text)))
        in_attachments = item or folded(b.text).startswith(("附件", "附："))
        # an open line ending in a colon ("获奖名单如下：") introduces the article's own list, up to the next chrome
        listing = _open(b) and (listing or (b.text.endswith(("：", ":")) and len(b.text) > 2 and _list_follows(blocks, k)))
        if listing:
            continue
        credit = grammar.unit_credit(b.text) if _open(b) and not _DOC_PART.search(b.text) else None  # not （此件公开发布）
        if credit and not credit[1] and not (_ORGAN_LINE.match(credit[0]) or grammar.OUTLET.match(credit[0])):
            credit = None  # "（待续）" is no unit
        if credit:  # "（某某中心）" closes a contributed item: the unit is its source; "（某地 某某）" names the reporter
            b.fields.update({"author": credit[1]} if credit[1] else {"source": credit[0]})
            b.mark(FIELD, "byline", "span:unit-credit")
            continue
        if (item or not _open(b) or is_prose(b.text) or _CLOSING.match(b.text) or _content_label(b.text)
                or (len(b.text) > CUT_CLAUSE_MIN and _CLAUSE.search(b.text))):  # a paragraph cut off by the dump
            continue
        if is_document_part(b.text) and not (_ORGAN_LINE.match(b.text) and not _signed(blocks, k)):
            continue
        if grammar.PERSON.match(b.text):
            b.mark(BOILERPLATE, "byline", "span:name-after-article")
        else:
            b.mark(BOILERPLATE, "sidebar", "span:after-article")


def _list_follows(blocks: list[Block], k: int) -> bool:
    """After "…名单如下：" the next line is an open item of the article, not a link or chrome ("首发地址：" + URL)."""
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return nxt is not None and _open(nxt) and not grammar.URL.search(nxt.text) and not grammar.site_chrome(nxt.text)


_ORGAN_LINE = re.compile(r"^(?:" + ORGAN + r")$")
_SIGNATURE_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _signed(blocks: list[Block], k: int) -> bool:
    """An organ's name after the article is its signature only with the signature date next to it."""
    near = [x.text for x in blocks[max(0, k - 2):k + 3] if x is not blocks[k]]
    return any(_SIGNATURE_DATE.match(folded(t)) for t in near)


SELF_CREDIT_HEAD = 50  # head chrome lines searched for the site's own name (a header is a few lines; bounds the work)


def mark_self_credit(blocks: list[Block]) -> None:
    """A 来源 naming the site the dump comes from (its name is in the site's own head chrome: "某某网首页 …") is
    the site's stamp, not the outlet: the value moves to meta `site`."""
    head = "\n".join([b.text for b in blocks if b.label == BOILERPLATE and b.kind == "navigation"
                      and b.reason in ("span:site-chrome-before-article", "header:before-article")][:SELF_CREDIT_HEAD])
    for b in blocks:
        src = b.fields.get("source") if b.label == FIELD else None
        if src and len(src) >= 3 and src in head:
            b.fields["site"] = b.fields.pop("source")


def mark_wire_source(blocks: list[Block]) -> None:
    """The first paragraph's wire dateline ("某某社某地3月5日电") names the agency: a fallback source."""
    b = next((x for x in blocks if _open(x) and is_tail_prose(x.text)), None)
    source = grammar.wire_source(b.text) if b else None
    if b is not None and source:
        b.fields.setdefault("source", source)


def mark_document_dateline(blocks: list[Block]) -> None:
    """A kept line "2003年5月12日,某某省财政厅" dates the document and names its issuer.

    It stays in the body (it is the document's own line); its values are fallbacks that the page's bylines
    override in assemble.
    """
    for b in blocks:
        if _open(b) and len(b.text) <= 50:
            m = _DOC_DATELINE.match(b.text)
            if m:
                b.fields.update(date=m.group("date"), source=m.group("source"))
                b.mark(BODY, None, "body:document-dateline")
                return


def mark_body(blocks: list[Block]) -> None:
    for b in blocks:
        if _open(b):
            if is_prose(b.text):
                b.mark(BODY, None, "body:prose")
            else:
                b.mark(HEADING if is_title_like(b.text) else BODY, None, "body:short-line")
