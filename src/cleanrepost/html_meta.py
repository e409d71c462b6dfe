"""Markup-level metadata for HTML pages: the displayed headline, gov <meta> tags, the 政府信息公开 table,
info bars (发布时间/来源), and source links.  Called by segment_html before content selection.

Interface (stable; segment_html relies on it):
    read_metadata(root, lexicon) -> PageMeta
`root` is the parsed page (lxml.html element, <head> still present, scripts already dropped).  Elements listed in
`PageMeta.consumed` have been turned into fields; segment_html leaves them out of the blocks and records a
Removal for each (kind given alongside).

What each field is read from, most trusted first:
    title        the 标题 cell of a gov table; a displayed headline (h1/h2/.title …) that <title> confirms;
                 <meta ArticleTitle>; <title> minus its site suffix; the first h1/.title/h2
    published    an info bar next to the headline (发布时间：…, or a bare date there); the gov table's
                 发布日期; a document-date note opening the text (（2010年3月1日…通过）); PubDate-style <meta>
    source_name  an info bar's 来源 (or the outlet link beside its date); <meta ContentSource>; the gov table's
                 信息来源 / 发文机关
    source_url   the href of the 来源 link, or of a 原文链接 link (assemble rejects home pages and private hosts)
Elements are only consumed when they are small and clearly furniture: the gov table ("metadata") and info bars
("byline"); never an element holding the headline or article prose.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterator

from lxml import etree

from . import lexicon as lx
from .lexicon import Lexicon

_WS = re.compile(r"[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]+")
_COLON = r"[ \t\u3000\u00a0]*[:：]"
# A full date, optionally with a time: 2024-05-15, 2024/5/15, 2024.05.15, 2024年5月15日, … 08:58[:52]
_DATE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ T\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_NUMERIC_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[:：]\d{2}")
_SENTENCE = re.compile(r"[。！？!?；;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADLINE_TAGS = ("h1", "h2", "h3")
_TITLE_SEP = re.compile(r"\s*(?:_+|(?<!\d)-{1,2}(?!\d)|\s-\s|[|｜]|—{1,2}|–|::)\s*")
_BR = "\x00"
# Compiled once: these run for every cell, text node or element_text call of a page.
_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)
_BR_RUN = re.compile(r" ?\x00[ \x00]*")
_CELL_LABEL = re.compile(r"^(.{1,12}?)[:：]\s*(.*)$")
_COLON_SPLIT = re.compile(r"[:：]")
BAR_MAX = 160  # an info bar is short; anything longer is content
TITLE_MAX = 150
SUFFIX_MAX = 16  # a site/channel name after the last separator of <title>
NEAR_TITLE = 8  # elements after the headline searched for an unlabelled date bar


@dataclass
class PageMeta:
    title_hint: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # source_url, source_name, published, author, editor
    meta: dict[str, Any] = field(default_factory=dict)  # gov table fields, <meta> tags
    consumed: list[tuple[Any, str, str]] = field(default_factory=list)  # (element, removal kind, reason)


def read_metadata(root, lexicon: Lexicon) -> PageMeta:
    pm = PageMeta()
    tags = meta_tags(root)
    for name, value in tags.items():
        canonical = _GOV_META.get(name)
        if canonical:
            pm.meta[canonical] = value
    sc = scan(root)
    table_el, table = gov_table(sc, lexicon)
    if table:
        pm.meta.update(table)
        if table_el is not None:
            pm.consumed.append((table_el, "metadata", "meta:gov-table"))
    head_el, pm.title_hint = headline(root, sc, tags, table)
    bars = info_bars(sc, head_el, lexicon, exclude=[table_el] if table_el is not None else [])
    bar_fields: dict[str, str] = {}
    for el, found, reason in bars:
        for k, v in found.items():
            bar_fields.setdefault(k, v)
        pm.consumed.append((el, "byline", reason))
    link = original_link(sc)
    fields = pm.fields
    _first(fields, "published", bar_fields.get("published"), _table_date(table), document_date(sc),
           *(tags.get(n) for n in lx.PUBLISHED_META_TAGS))
    if fields.get("published"):
        fields["published"] = _precise(fields["published"], bar_fields.get("published"),
                                       *(tags.get(n) for n in lx.PUBLISHED_META_TAGS))
    _first(fields, "source_name", bar_fields.get("source_name"),
           *(_source_value(tags.get(n)) for n in lx.SOURCE_META_TAGS),
           *(table.get(k) for k in lx.GOV_SOURCE_LABELS))
    if fields.get("source_name"):
        fields["source_name"] = clean_source_name(fields["source_name"])
    _first(fields, "source_url", bar_fields.get("source_url"), link)
    _first(fields, "author", bar_fields.get("author"))
    _first(fields, "editor", bar_fields.get("editor"))
    return pm


def _first(out: dict[str, str], name: str, *values: str | None) -> None:
    for v in values:
        if v:
            out[name] = v
            return


# -- text helpers ----------------------------------------------------------------------------------------------

def collapse(s: str) -> str:
    return _WS.sub(" ", s).strip()


def key(s: str | None) -> str:
    """Comparison form: NFKC, letters/digits/CJK only (punctuation, spaces, case of separators ignored)."""
    if not s:
        return ""
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKC", s))).lower()


def element_text(el, limit: int | None = None, sep: str = "") -> str | None:
    """The text of `el`; `sep` goes between elements, <br> joins lines without a separator (headline blocks).

    None when the text exceeds `limit` characters (the walk stops early, so big containers stay cheap)."""
    parts: list[str] = []
    size = 0
    if next(el.iter(_NOT_ELEMENTS), None) is None:
        # The usual case (segment_html's parser drops comments and PIs): lxml's own traversal, no Python stack.
        for event, node in etree.iterwalk(el, events=("start", "end")):
            if event == "end":
                if sep:
                    parts.append(sep)
                if node is not el and node.tail:
                    parts.append(node.tail)
                    size += len(node.tail.strip())
            else:
                if node.tag == "br":
                    parts.append(_BR)
                elif node.text:
                    parts.append(node.text)
                    size += len(node.text.strip())
                if sep:
                    parts.append(sep)
            if limit is not None and size > limit + 20:
                return None  # far over: stop walking
        return _joined(parts, limit)
    # Comments and PIs (which iterwalk does not report) add no text but keep their tails and separators.
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if sep:
                parts.append(sep)
            if node is not el and node.tail:
                parts.append(node.tail)
                size += len(node.tail.strip())
        else:
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag == "br":
                parts.append(_BR)
            elif tag and node.text:
                parts.append(node.text)
                size += len(node.text.strip())
            if sep and tag:
                parts.append(sep)
            stack.append((node, True))
            stack.extend((c, False) for c in reversed(node))
        if limit is not None and size > limit + 20:
            return None  # far over: stop walking
    return _joined(parts, limit)


def _joined(parts: list[str], limit: int | None) -> str | None:
    text = _WS.sub(" ", "".join(parts))
    text = _BR_RUN.sub(_BR, text).strip(" " + _BR).replace(_BR, "")
    if limit is not None and len(text) > limit:
        return None
    return text


# -- one pass over the body ---------------------------------------------------------------------------------------

_HEADLINE_HINT = re.compile("|".join(map(re.escape, lx.HEADLINE_HINTS))
                            + r"|(?:^|\s)(?:" + "|".join(map(re.escape, lx.HEADLINE_TOKENS)) + r")(?:\s|$)", re.I)
_NOT_HEADLINE = frozenset(("a", "img", "input", "meta", "title", "body", "html", "script", "style"))


@dataclass
class Scan:
    """What the readers below need from the body, gathered in one walk (pages are big, the budget is small)."""

    headlines: list = field(default_factory=list)  # h1-h3 and elements whose class/id says title
    colon: list = field(default_factory=list)  # (text, owner element) of text nodes holding a colon
    original: list = field(default_factory=list)  # (text, element, is_tail) of text nodes mentioning 原文
    paren: list = field(default_factory=list)  # text nodes opening with a bracket: （2010年3月1日…通过）
    order: dict = field(default_factory=dict)  # document position of headlines and colon-text owners
    short: list = field(default_factory=list)  # (text, owner) of short colon-less text nodes: gov table labels


def scan(root) -> Scan:
    sc = Scan()
    body = root.find("body")
    # A page repeats a few class names on hundreds of elements: each distinct value is searched once.
    hinted: dict[str, bool] = {}
    for pos, el in enumerate((body if body is not None else root).iter(etree.Element)):  # no comments
        tag = el.tag
        if tag in _HEADLINE_TAGS:
            sc.headlines.append(el)
            sc.order[el] = pos
        elif tag not in _NOT_HEADLINE:
            cls, ident = el.get("class"), el.get("id")
            if (cls and _is_headline_hint(hinted, cls)) or (ident and _is_headline_hint(hinted, ident)):
                sc.headlines.append(el)
                sc.order[el] = pos
        # Most text nodes are indentation between tags; whitespace alone can feed none of the lists below, so it
        # is skipped before the (per-node) call.
        text = el.text
        if text and not text.isspace():
            _scan_text(sc, text, el, el, False, pos)
        text = el.tail
        if text and not text.isspace():
            parent = el.getparent()
            if parent is not None:
                _scan_text(sc, text, el, parent, True, pos)
    return sc


def _is_headline_hint(cache: dict[str, bool], value: str) -> bool:
    hit = cache.get(value)
    if hit is None:
        hit = cache[value] = _HEADLINE_HINT.search(value) is not None
    return hit


def _scan_text(sc: Scan, text: str, el, owner, is_tail: bool, pos: int) -> None:
    if "：" in text or ":" in text:
        sc.colon.append((text, owner))
        sc.order.setdefault(owner, pos)
    elif len(text) < 40 and 2 < len(text.strip()) <= 14:
        sc.short.append((text, owner))
    if "原文" in text:
        sc.original.append((text, el, is_tail))
    if "（" in text or "(" in text:
        t = text.lstrip()
        if t[:1] in ("（", "(") and len(t) < 160:
            sc.paren.append(t)


# -- <meta> tags -------------------------------------------------------------------------------------------------

_GOV_META = {n.lower(): n for n in lx.GOV_META_TAGS}


def meta_tags(root) -> dict[str, str]:
    """name/property (lowercased) → content, first non-empty occurrence; <meta> anywhere in the page."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = collapse(m.get("content") or "")
        if name and content and name not in out:
            out[name] = content[:2000]
    return out


def _source_value(v: str | None) -> str | None:
    """<meta name=source content="来源：某某网-文化频道 原创稿"> → 某某网-文化频道."""
    if not v:
        return None
    v = re.sub(r"^(?:[\u4e00-\u9fff]{0,4}来源)" + _COLON, "", v).strip()
    return v.split(" ")[0] if v else None


# -- gov table ---------------------------------------------------------------------------------------------------

def _label(text: str) -> str:
    """'标　　题：' → '标题'."""
    return _WS.sub("", text).rstrip(":：")


def gov_table(sc: Scan, lexicon: Lexicon) -> tuple[Any, dict[str, str]]:
    """The 政府信息公开 table: label/value cells (索引号, 发文字号 …) → {label: value}, and the table element.

    The innermost table holding three or more known labels wins; the element is returned for consumption only
    when its text is mostly those labels and values (never a layout table wrapping the article)."""
    labels = set(lexicon.gov_table_labels)
    best, best_pairs = None, {}
    for table in _label_tables(sc, labels):
        pairs: dict[str, str] = {}
        cells = [c for c in table.iter("td", "th") if _nearest_table(c) is table]
        for i, cell in enumerate(cells):
            text = element_text(cell, 200, " ")
            if not text:
                continue
            m = _CELL_LABEL.match(text)
            head = _label(m.group(1) if m else text)
            if head not in labels:
                continue
            value = m.group(2).strip() if m and m.group(2).strip() else None
            if value is None and i + 1 < len(cells):
                nxt = element_text(cells[i + 1], 300, " ")
                if nxt and _label(nxt.split("：")[0].split(":")[0]) not in labels:
                    value = nxt
            if value:
                pairs.setdefault(head, value)
        if len(pairs) >= 3 and (best is None or len(pairs) >= len(best_pairs)):
            best, best_pairs = table, pairs  # later (inner) tables come after their ancestors in iter order
    if best is None:
        return gov_list(sc, lexicon)
    size = sum(len(k) + len(v) for k, v in best_pairs.items())
    total = element_text(best, size * 2 + 200, "")
    return (best if total is not None else None), best_pairs


_LIST_CACHE: dict[tuple, re.Pattern[str]] = {}
LIST_MAX = 900  # a gov label list is short; a longer block is the page


def _list_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    """Gov labels followed by a colon, letter-spacing allowed (索 引 号：, 标　　题：)."""
    rx = _LIST_CACHE.get(labels)
    if rx is None:
        spaced = (r"[ \u3000\u00a0]*".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))
        rx = _LIST_CACHE[labels] = re.compile(r"(?P<label>" + "|".join(spaced) + r")[ \u3000\u00a0]*[:：]")
    return rx


def _list_pairs(text: str, rx: re.Pattern[str]) -> dict[str, str]:
    hits = list(rx.finditer(text))
    pairs: dict[str, str] = {}
    for i, h in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(text)
        value = text[h.end():end].strip()
        if value:
            pairs.setdefault(_label(h.group("label")), value)
    return pairs


def gov_list(sc: Scan, lexicon: Lexicon) -> tuple[Any, dict[str, str]]:
    """The same label/value metadata laid out as a list (<ul><li>索引号：…</li>…) instead of a table: the
    smallest block around the labels that holds the most of them, if three or more."""
    labels = set(lexicon.gov_table_labels)
    rx = _list_regex(tuple(lexicon.gov_table_labels))
    for text, owner in sc.colon:
        if not rx.search(text):
            continue
        best, best_pairs = None, {}
        el = owner
        for _ in range(5):
            if el is None or el.tag in ("body", "html"):
                break
            block = element_text(el, LIST_MAX, " ")
            if block is None:
                break
            pairs = _list_pairs(block, rx)
            if len(pairs) > len(best_pairs):
                best, best_pairs = el, pairs
            el = el.getparent()
        if best is not None and len(best_pairs) >= 3 and set(best_pairs) <= labels:
            return best, best_pairs
    return None, {}


def _label_tables(sc: Scan, labels: set[str]) -> list:
    """Tables (document order) with three or more cells whose text starts with a gov label."""
    counts: dict[Any, set[str]] = {}
    order: list = []
    for text, owner in sc.colon + sc.short:
        head = _label(_COLON_SPLIT.split(text.strip(), maxsplit=1)[0])
        if head not in labels:
            continue
        cell = owner if owner.tag in ("td", "th") else next(owner.iterancestors("td", "th"), None)
        table = _nearest_table(cell) if cell is not None else None
        if table is not None:
            if table not in counts:
                counts[table] = set()
                order.append(table)
            counts[table].add(head)
    return [t for t in order if len(counts[t]) >= 3]


def _nearest_table(el):
    for a in el.iterancestors("table"):
        return a
    return None


def _table_date(table: dict[str, str]) -> str | None:
    """The gov table's posting date (发布日期 …), not its 成文日期."""
    for label, name in lx.GOV_LABEL_FIELDS.items():
        if name == "date" and table.get(label):
            return table[label]
    return None


# -- headline ----------------------------------------------------------------------------------------------------

def page_title(root) -> str | None:
    t = root.find(".//title")
    if t is None:
        return None
    return collapse(t.text_content()) or None


def strip_site_suffix(title: str) -> str:
    """'标题_栏目_网站' → '标题': cut short trailing segments after _ - | ｜ —."""
    while True:
        seps = list(_TITLE_SEP.finditer(title))
        if not seps:
            return title
        m = seps[-1]
        head, tail = title[:m.start()].strip(), title[m.end():].strip()
        if len(key(head)) < 4 or len(tail) > SUFFIX_MAX:
            return title
        title = head


def _title_candidates(sc: Scan) -> Iterator[tuple[Any, str]]:
    """Headline candidates with their (short) text, in document order."""
    for el in sc.headlines[:400]:
        text = element_text(el, TITLE_MAX)
        if text and len(key(text)) >= 2:
            yield el, text


def headline(root, sc: Scan, tags: dict[str, str], table: dict[str, str]) -> tuple[Any, str | None]:
    """(element showing the headline or None, headline text)."""
    full = page_title(root)
    stripped = strip_site_suffix(full) if full else None
    cands = list(_title_candidates(sc))
    for label, name in lx.GOV_LABEL_FIELDS.items():
        if name == "title" and table.get(label):
            value = table[label]
            return next((el for el, t in cands if key(t) == key(value)), None), value
    meta_title = tags.get("articletitle")
    site = {key(tags.get(n)) for n in lx.SITE_NAME_META_TAGS} - {""}
    cands = [(el, t) for el, t in cands if key(t) not in site]  # the site's logo/name is never the headline
    if full:
        k_full, k_stripped = key(full), key(stripped)
        exact = _title_matches(cands, full, k_stripped, sc)
        if exact:
            return _innermost(exact)
        # a displayed headline that <title> starts with (the suffix was not cut cleanly), or that the cut <title>
        # holds (a site prefix: 网站-标题): the longest wins
        near = [(el, t) for el, t in cands if len(key(t)) >= 4 and k_full.startswith(key(t))
                and len(key(t)) >= len(k_stripped) // 2]
        near = near or [(el, t) for el, t in cands if len(key(t)) >= 6 and key(t) in k_stripped
                        and len(key(t)) >= len(k_stripped) // 2]
        if near:
            longest = max(len(key(t)) for _, t in near)
            return _innermost([c for c in near if len(key(c[1])) == longest])
    if meta_title:
        return _shown(root, cands, meta_title), meta_title
    if stripped and len(stripped) > 12:
        return _shown(root, cands, stripped), stripped
    for tag in ("h1", None, "h2"):
        for el, t in cands:
            if (el.tag == tag if tag else el.tag not in _HEADLINE_TAGS) and len(key(t)) >= 4:
                return el, t
    return None, stripped


def _title_matches(cands: list[tuple[Any, str]], full: str, k_stripped: str, sc: Scan) -> list[tuple[Any, str]]:
    """Candidates equal to <title> cut down to its headline.  <title> may carry the site name after the headline
    (标题_网站) or before it (网站 - 标题), so every run of its segments is tried; when candidates match several
    runs (the site logo and the headline), the one shown last wins: the header comes before the article."""
    segments = [p for p in _TITLE_SEP.split(full) if p.strip()][:8]
    runs = {key("".join(segments[i:j])) for i in range(len(segments)) for j in range(i + 1, len(segments) + 1)}
    runs = {r for r in runs if len(r) >= 4} | {k_stripped}
    groups: dict[str, list[tuple[Any, str]]] = {}
    for el, t in cands:
        if key(t) in runs:
            groups.setdefault(key(t), []).append((el, t))
    if len(groups) <= 1:
        return next(iter(groups.values()), [])
    if k_stripped in groups and all(len(k) < len(k_stripped) for k in groups if k != k_stripped):
        return groups[k_stripped]  # the other matches are parts of it (a kicker, a short channel name)
    return max(groups.values(), key=lambda g: sc.order.get(g[0][0], -1))


def _innermost(cands: list[tuple[Any, str]]) -> tuple[Any, str]:
    """Of nested candidates with the same headline (div.title > h2), the innermost element."""
    best = cands[0]
    for c in cands[1:]:
        if _within(c[0], best[0]):
            best = c
    return best


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_CONTAINING = etree.XPath("//body//text()[contains(., $part)]")


def _shown(root, cands: list[tuple[Any, str]], title: str):
    """The element displaying `title`: a candidate, else the owner of a text node that is exactly the title."""
    k = key(title)
    for el, t in cands:
        if key(t) == k:
            return el
    part = title.strip()[:6]
    if not part or _NOT_XML.search(part):
        return None  # lxml refuses control characters in XPath variables
    for text in _TEXT_CONTAINING(root, part=part)[:20]:
        if len(text) < 4 * len(title) + 40 and key(text) == k and not text.is_tail:
            return text.getparent()
    return None


# -- info bars ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _BarLabels:
    regex: re.Pattern[str]
    field_of: dict[str, str]


_BAR_CACHE: dict[tuple, _BarLabels] = {}
_FIELD_NAMES = {"source": "source_name", "date": "published", "author": "author", "editor": "editor"}
_WEAK = {"时间", "日期"}  # mean "publication time" only in a bar that also has a stronger label


def _bar_labels(lexicon: Lexicon) -> _BarLabels:
    cached = _BAR_CACHE.get(lexicon.info_labels)
    if cached is None:
        pairs = list(lexicon.info_labels)
        alts = "|".join(sorted((re.escape(label) for label, _ in pairs), key=len, reverse=True))
        rx = re.compile(r"(?P<label>" + alts + r")(?:于|自)?" + _COLON)
        cached = _BAR_CACHE[lexicon.info_labels] = _BarLabels(rx, {label: kind for label, kind in pairs})
    return cached


def info_bars(sc: Scan, head_el, lexicon: Lexicon, exclude: list) -> list[tuple[Any, dict[str, str], str]]:
    """Small elements holding 来源/时间/作者/责任编辑 …, each with the fields it yields."""
    labels = _bar_labels(lexicon)
    taken: list = list(exclude)
    out: list[tuple[Any, dict[str, str], str]] = []
    owners = list(_label_owners(sc, labels.regex))
    if head_el is not None and head_el in sc.order:  # bars under the headline first: the page's own info bar
        start = sc.order[head_el]
        owners.sort(key=lambda o: (sc.order.get(o, 0) < start, sc.order.get(o, 0)))
    for owner in owners:
        if any(_within(owner, t) for t in taken):
            continue
        bar = _grow_bar(owner, head_el)
        if bar is None or any(_within(bar, t) or _within(t, bar) for t in taken):
            continue
        found = parse_bar(bar, labels)
        if not found:
            continue
        taken.append(bar)
        out.append((bar, found, "meta:info-bar"))
        if len(out) >= 8:
            break
    if head_el is not None and not any("published" in found for _, found, _ in out):
        near = _near_title_bar(head_el, taken)
        if near is not None:
            out.insert(0, near)
    return out


def _label_owners(sc: Scan, regex: re.Pattern[str]) -> Iterator[Any]:
    """Elements whose own text (or a child's tail) carries a bar label followed by a colon."""
    seen = 0
    for text, owner in sc.colon:
        if regex.search(text):
            yield owner
            seen += 1
            if seen > 200:
                return


def _within(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())


def _contains(el, other) -> bool:
    return other is not None and _within(other, el)


def _grow_bar(owner, head_el):
    """The largest ancestor of `owner` that is still a short, prose-free line next to (not holding) the headline."""
    bar = None
    el = owner
    while el is not None and el.tag not in ("body", "html"):
        if _contains(el, head_el):
            break  # the headline is never part of a bar
        text = element_text(el, BAR_MAX, " ")
        if text is None or _SENTENCE.search(text):
            break
        bar = el
        el = el.getparent()
    return bar


def bar_hits(text: str, labels: _BarLabels) -> list[re.Match[str]]:
    """Label matches in a bar's text.  Counter/share labels (阅读：, 字号：) need a word boundary before them, so
    关键词阅读： is not a counter; field labels may follow a value directly (来源：新华社作者：…)."""
    hits = []
    for h in labels.regex.finditer(text):
        kind = labels.field_of.get(h.group("label"))
        if kind not in _FIELD_NAMES and h.start() and _CJK.match(text[h.start() - 1]):
            continue
        hits.append(h)
    return hits


def parse_bar(bar, labels: _BarLabels) -> dict[str, str]:
    """Fields of one info bar: 来源/作者/责任编辑 values, a labelled or bare date, the 来源 link's href.

    Empty unless the bar has a field label other than the bare 时间/日期 (a "时间：…" line alone may be the
    content of a meeting notice)."""
    text = element_text(bar, BAR_MAX, " ") or ""
    text = text.strip("[]【】()（） ")
    hits = bar_hits(text, labels)
    strong = [h for h in hits if labels.field_of.get(h.group("label")) in _FIELD_NAMES and h.group("label") not in _WEAK]
    if not strong:
        return {}
    found: dict[str, str] = {}
    for i, h in enumerate(hits):
        name = _FIELD_NAMES.get(labels.field_of.get(h.group("label")) or "")
        end = hits[i + 1].start() if i + 1 < len(hits) else len(text)
        value = text[h.end():end].strip(" |｜/·[]【】()（）")
        if not name or not value or name in found:
            continue
        d = _DATE.search(value)
        if name == "published":
            if d:
                found[name] = d.group(0)
            continue
        if d:
            value = value[:d.start()]  # 来源：人民日报2024-05-13 08:49
        tokens = [t.strip("[]【】()（）") for t in re.split(r"\s+|[|｜]", value.strip())]
        value = tokens[0]
        if name == "author":  # several reporters: 作者：杜卿卿 李隽
            names = []
            for t in tokens:
                if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", t) or t in lx.BAR_ACTION_WORDS:
                    break
                names.append(t)
            value = " ".join(names[:4]) or value
        if value and re.search(r"[\u4e00-\u9fffA-Za-z]", value):
            found[name] = value
    if "published" not in found:
        d = _DATE.search(text)
        if d and _NUMERIC_DATE.search(d.group(0)):
            found["published"] = d.group(0)
    href = _source_link(bar, labels)
    if href:
        found["source_url"] = href
    return found


def _source_link(bar, labels: _BarLabels) -> str | None:
    """The href of the first link that directly follows a 来源 label (…来源：<a href=…>新华社</a>)."""
    before: list[str] = []
    stack: list[tuple[Any, bool]] = [(bar, False)]
    while stack:
        el, leaving = stack.pop()
        if leaving:
            if el is not bar and el.tail:
                before.append(el.tail)
            continue
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a" and el.get("href"):
            lead = collapse("".join(before))[-16:]
            m = list(labels.regex.finditer(lead))
            if m and labels.field_of.get(m[-1].group("label")) == "source" and not lead[m[-1].end():].strip():
                return el.get("href").strip()
        if el.text:
            before.append(el.text)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))
    return None


def _near_title_bar(head_el, taken: list):
    """An unlabelled line right after the headline holding a numeric date (2019-09-26 10:56 证券时报网)."""
    count = 0
    anchor = head_el
    while anchor is not None and count < NEAR_TITLE:
        for sib in anchor.itersiblings():
            count += 1
            if count > NEAR_TITLE:
                break
            if not isinstance(sib.tag, str) or any(_within(sib, t) or _within(t, sib) for t in taken):
                continue
            text = element_text(sib, BAR_MAX, " ")
            if text is None:
                return None  # reached content
            if text.rstrip().endswith(("。", "！", "？")):
                return None  # a sentence of the article: a date after it is the document's own (落款), not the post's
            d = _DATE.search(text)
            # a numeric date, or a short line holding a written one (a dateline opening prose is longer)
            if not d or _SENTENCE.search(text) or not (_NUMERIC_DATE.search(d.group(0)) or len(text) <= 40):
                continue
            found = {"published": d.group(0)}
            outlet = _outlet_link(sib, d.end(), text)
            if outlet:
                found.update(outlet)
            return sib, found, "meta:date-under-headline"
        anchor = anchor.getparent()
        if anchor is None or anchor.tag in ("body", "html"):
            break
    return None


def _outlet_link(bar, date_end: int, text: str) -> dict[str, str]:
    """A short outlet-name link after the date in an unlabelled bar (the portal layout "date  outlet")."""
    for a in bar.iter("a"):
        name = collapse(a.text_content())
        href = (a.get("href") or "").strip()
        if (2 <= len(name) <= 20 and re.search(r"[\u4e00-\u9fff]", name) and href.startswith(("http://", "https://"))
                and name not in lx.BAR_ACTION_WORDS and text.find(name) > date_end - 1):
            return {"source_name": name, "source_url": href}
    return {}


# -- other dates and links -------------------------------------------------------------------------------------

_DOC_NOTE = re.compile(r"^[（(]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[^（）()]{0,80}?(?:" + "|".join(lx.DOCUMENT_DATE_VERBS)
                       + r")")


def document_date(sc: Scan) -> str | None:
    """The date of a 公文/law note opening the text: （2010年3月1日某某市第十三届…会议通过）."""
    for t in sc.paren[:200]:
        m = _DOC_NOTE.match(t.strip())
        if m:
            return m.group(1)
    return None


def original_link(sc: Scan) -> str | None:
    """The href of a 原文链接 / 阅读原文 link, or of the link right after a 原文链接： label."""
    words = lx.SOURCE_LINK_TEXTS
    for text, el, is_tail in sc.original[:50]:
        t = collapse(text).strip("[]【】()（）:： ")
        link = None
        if not is_tail and el.tag == "a" and t in words:
            link = el  # <a>阅读原文</a>
        elif any(t.endswith(w) for w in words):  # 原文链接：<a href=…>…</a>
            # the label is a tail (…<br>原文链接：<a>), the text before a child link (<p>原文链接：<a>), or a
            # labelling element of its own (<span>原文链接：</span><a>)
            nxt = el.getnext() if is_tail else (el[0] if len(el) else el.getnext())
            if nxt is not None and nxt.tag == "a":
                link = nxt
        if link is not None and (link.get("href") or "").strip():
            return link.get("href").strip()
    return None


def clean_source_name(name: str) -> str:
    """'财经网(北京)' → '财经网': city suffixes and stray brackets go."""
    name = name.strip(" |｜[]【】")
    name = re.sub(lx.SOURCE_CITY_SUFFIX, "", name).strip()
    return name


def _day(value: str | None) -> tuple[int, int, int] | None:
    m = re.search(r"((?:19|20)\d\d)\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", value or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _precise(chosen: str, *others: str | None) -> str:
    """Keep the chosen date, but take the time of day from another source that names the same day."""
    if re.search(r"\d[:：]\d\d", chosen):
        return chosen
    day = _day(chosen)
    for o in others:
        if o and day and _day(o) == day and re.search(r"\d[:：]\d\d", o):
            return o
    return chosen
