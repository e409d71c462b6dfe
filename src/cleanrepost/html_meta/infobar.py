"""Info bars: small lines near the headline holding 来源/发布时间/作者/责任编辑 (or a bare date and outlet link)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..grammar.labels import GROUP_FIELDS, info_bar_pattern, split_values
from ..lexicon import Lexicon
from .bodyscan import Scan
from .credits import account_credit, lead_credits, unlabelled_credits
from ..grammar.dates import BAR_DATE as _DATE, NUMERIC_DATE as _NUMERIC_DATE
from .text import _COLON, _within, collapse, element_text

_SENTENCE = re.compile(r"[。！？!?；;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
BAR_MAX = 160  # an info bar is short; anything longer is content
NEAR_TITLE = 8  # elements after the headline searched for an unlabelled date bar
BARS_MAX = 8  # info bars taken from one page: a page has one or two; more are a list's dated items
LABEL_OWNERS_MAX = 200  # elements with a bar label looked at (a long list of labelled items is not a bar)
SOURCE_LEAD = 16  # characters before a link searched for the 来源 label it follows
AUTHORS_MAX = 4  # reporters named in one 作者 value (作者：张三 李四 …); more are a list
WRITTEN_DATE_BAR_MAX = 40  # a line under the headline with a written (年月日) date is a bar only this short
OUTLET_NAME_MIN, OUTLET_NAME_MAX = 2, 20  # an outlet-name link's text (credits.py: a bare name's too)


@dataclass(frozen=True)
class _BarLabels:
    """What one Lexicon's tables make of an info bar: its labels, their groups, the action words of its links and
    the 原文链接 label of a printed URL."""
    regex: re.Pattern[str]
    field_of: dict[str, str]
    actions: frozenset[str]
    original_url: re.Pattern[str]
    # the Lexicon, whose bar_outlets and bar_persons name the credits of an unlabelled bar: read (and compiled) only
    # when a page has such a bar
    lexicon: Lexicon = field(compare=False, repr=False)


# the groups a bar's label may feed, and the Document field of each (grammar.labels.GROUP_FIELDS is the one map)
_FIELD_NAMES = {group: GROUP_FIELDS[group] for group in ("source", "date", "author", "editor")}
_FIELD_NAMES["publisher"] = "publisher"  # who posted the page (html_meta.sources.owner_as_source reads it)
_BAR_VALUE_EDGE = " |｜/·[]【】()（）"  # separators and brackets around a bar's values
_WEAK = {"时间", "日期"}  # mean "publication time" only in a bar that also has a stronger label


def _compile_bar_labels(lexicon: Lexicon) -> _BarLabels:
    pairs = list(lexicon.info_labels)
    rx = info_bar_pattern([label for label, _ in pairs])
    original = re.compile(r"(?:" + "|".join(map(re.escape, lexicon.source_link_texts)) + r")" + _COLON
                          + r"[ \t\u3000]*(?P<url>https?://[^\s<>\"'，。]+)")
    return _BarLabels(rx, {label: kind for label, kind in pairs}, frozenset(lexicon.bar_action_words), original,
                      lexicon)


def _bar_labels(lexicon: Lexicon) -> _BarLabels:
    return lexicon.view("html_meta.bar_labels", _compile_bar_labels)


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
        found = parse_bar(bar, labels, sc.fold)
        if not found:
            continue
        if "source_name" not in found:  # "2025-02-26 19:58 | 某某新闻联播 | 责编：某某": the lead before the labels
            for k, v in lead_credits(element_text(bar, BAR_MAX, " ") or "", bar_hits, labels, lexicon, sc.fold,
                                     element_text(head_el, BAR_MAX) if head_el is not None else "").items():
                found.setdefault(k, v)
        if "source_name" not in found:  # a line of the bar crediting an outlet: （本文刊于《某某周刊》第47期）
            for k, v in _line_credits(bar, lexicon, sc.fold).items():
                found.setdefault(k, v)
        taken.append(bar)
        out.append((bar, found, "meta:info-bar"))
        if len(out) >= BARS_MAX:
            break
    if head_el is not None and not any("published" in found for _, found, _ in out):
        near = _near_title_bar(head_el, taken, labels, lexicon)
        if near is not None:
            out.insert(0, near)
    return out


def _line_credits(bar, lexicon: Lexicon, fold: Callable[[str], str]) -> dict[str, str]:
    """The source (and its link) a byline rule reads from one of the bar's lines (its child elements)."""
    for child in bar:
        text = element_text(child, BAR_MAX, " ")
        hit = lexicon.match_line(fold(text).strip()) if text else None
        if hit is not None and hit[0].kind == "byline" and hit[1].groupdict().get("source"):
            return {("source_name" if k == "source" else "source_url"): v.strip()
                    for k, v in hit[1].groupdict().items() if k in ("source", "url") and v}
    return {}


def _label_owners(sc: Scan, regex: re.Pattern[str]) -> Iterator[Any]:
    """Elements whose own text (or a child's tail) carries a bar label followed by a colon."""
    seen = 0
    for text, owner in sc.colon:
        if regex.search(sc.fold(text)):
            yield owner
            seen += 1
            if seen > LABEL_OWNERS_MAX:
                return


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


def parse_bar(bar, labels: _BarLabels, fold: Callable[[str], str] = str) -> dict[str, str]:
    """Fields of one info bar: 来源/作者/责任编辑 values, a labelled or bare date, the 来源 link's href.
    Labels are found in `fold(text)` (bodyscan.script_fold: 來源 as 来源), values cut from the text itself.

    Empty unless the bar has a field label other than the bare 时间/日期 (a "时间：…" line alone may be the
    content of a meeting notice)."""
    text = element_text(bar, BAR_MAX, " ") or ""
    text = text.strip("[]【】()（） ")
    hits = bar_hits(fold(text), labels)
    strong = [h for h in hits if labels.field_of.get(h.group("label")) in _FIELD_NAMES and h.group("label") not in _WEAK]
    if not strong:
        return {}
    found: dict[str, str] = {}
    for h, value in split_values(text, hits, _BAR_VALUE_EDGE)[1]:
        name = _FIELD_NAMES.get(labels.field_of.get(h.group("label")) or "")
        if not name or not value or name in found:
            continue
        d = _DATE.search(value)
        if name == "published":
            if d:
                found[name] = d.group(0)
            continue
        if d:
            value = value[:d.start()]  # 来源：人民日报2024-05-13 08:49
        # (a CMS code glued to an editor's name goes: 张三_NB12345)
        tokens = [t.strip("[]【】()（）") for t in re.split(r"\s+|[|｜_]", value.strip())]
        value = tokens[0]
        if name == "author":  # several reporters: 作者：杜卿卿 李隽
            names = []
            for t in tokens:
                if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", t) or t in labels.actions:
                    break
                names.append(t)
            value = " ".join(names[:AUTHORS_MAX]) or value
        if value and re.search(r"[\u4e00-\u9fffA-Za-z]", value):
            found[name] = value
    if "published" not in found:
        d = _DATE.search(text)
        if d and _NUMERIC_DATE.search(d.group(0)):
            found["published"] = d.group(0)
    href = _source_link(bar, labels, fold) or _original_url(text, labels)
    if href:
        found["source_url"] = href
    return found


def _original_url(text: str, labels: _BarLabels) -> str | None:
    """A 原文链接：http://… printed as text in the bar (not a link): the bar is consumed, its URL must not go."""
    m = labels.original_url.search(text)
    return m.group("url") if m else None


def _source_link(bar, labels: _BarLabels, fold: Callable[[str], str] = str) -> str | None:
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
            lead = collapse("".join(before))[-SOURCE_LEAD:]
            m = list(labels.regex.finditer(fold(lead)))
            if m and labels.field_of.get(m[-1].group("label")) == "source" and not lead[m[-1].end():].strip():
                return el.get("href").strip()
        if el.text:
            before.append(el.text)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))
    return None


def _near_title_bar(head_el, taken: list, labels: _BarLabels, lexicon: Lexicon):
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
            if not d or _SENTENCE.search(text) or not (_NUMERIC_DATE.search(d.group(0)) or len(text) <= WRITTEN_DATE_BAR_MAX):
                continue
            found = {"published": d.group(0)}
            outlet = _outlet_link(sib, d.end(), text, labels.actions)
            if outlet:
                found.update(outlet)
            for k, v in unlabelled_credits(text, d, labels, lexicon).items():
                found.setdefault(k, v)
            if "source_name" not in found:
                found.update(account_credit(text, lexicon))
            return sib, found, "meta:date-under-headline"
        anchor = anchor.getparent()
        if anchor is None or anchor.tag in ("body", "html"):
            break
    return None


def _outlet_link(bar, date_end: int, text: str, actions: frozenset[str]) -> dict[str, str]:
    """A short outlet-name link after the date in an unlabelled bar (the portal layout "date  outlet")."""
    for a in bar.iter("a"):
        name = collapse(a.text_content())
        href = (a.get("href") or "").strip()
        if (OUTLET_NAME_MIN <= len(name) <= OUTLET_NAME_MAX and re.search(r"[\u4e00-\u9fff]", name) and href.startswith(("http://", "https://"))
                and name not in actions and text.find(name) > date_end - 1):
            return {"source_name": name, "source_url": href}
    return {}
