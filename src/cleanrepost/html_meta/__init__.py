"""Markup-level metadata for HTML pages: the displayed headline, gov <meta> tags, the 政府信息公开 table,
info bars (发布时间/来源), and source links.  Called by segment_html before content selection.

Interface (stable; segment_html and the trafilatura engine rely on it):
    read_metadata(root, lexicon) -> PageMeta
    take_consumed(page) -> list[Removal]
`root` is the parsed page (`dom.load`: lxml.html element, <head> still present, scripts already dropped).
Elements listed in `PageMeta.consumed` have been turned into fields; `take_consumed` takes them out of the tree
(before the block walk) and records a Removal for each (kind and reason given alongside).

What each field is read from, most trusted first:
    title        the 标题 cell of a gov table; a displayed headline (h1/h2/.title …) that <title> confirms;
                 <meta ArticleTitle>; <title> minus its site suffix; the first h1/.title/h2
    published    an info bar next to the headline (发布时间：…, or a bare date there); the gov table's
                 发布日期; a document-date note opening the text (（2010年3月1日…通过）); PubDate-style <meta>
    source_name  an info bar's 来源 (or the outlet link beside its date, or a line of it a byline rule credits:
                 （本文刊于《某某周刊》第N期）); <meta ContentSource>; the gov table's
                 信息来源 / 发文机关
    source_url   the href of the 来源 link, or of a 原文链接 link (assemble rejects home pages and private hosts)
Elements are only consumed when they are small and clearly furniture: the gov table ("metadata") and info bars
("byline"); never an element holding the headline or article prose.

Modules: text (element_text, shared text helpers), bodyscan (the one pass over the body), metatags (<meta>),
govtable (the 政府信息公开 table), titles (headline), infobar (info bars), credits (a bar's unlabelled credits),
dates (document dates, date precision), sources (原文链接 links, source names, the site's owner).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..dom import block_text
from ..lexicon import Lexicon
from ..model import Removal
from .bodyscan import Scan, scan
from .dates import _precise, document_date
from .govtable import LIST_MAX, _table_date, gov_list, gov_table
from .infobar import BAR_MAX, NEAR_TITLE, bar_hits, info_bars, parse_bar
from .metatags import _source_value, gov_meta_names, meta_tags
from .sources import clean_source_name, original_link, owner_as_source
from .text import collapse, element_text, key
from .titles import CANDIDATE_TEXT_MAX, SUFFIX_MAX, headline, page_title, strip_site_suffix


@dataclass
class PageMeta:
    title_hint: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # source_url, source_name, published, author, editor
    meta: dict[str, Any] = field(default_factory=dict)  # gov table fields, <meta> tags
    consumed: list[tuple[Any, str, str]] = field(default_factory=list)  # (element, removal kind, reason)


def read_metadata(root, lexicon: Lexicon) -> PageMeta:
    pm = PageMeta()
    tags = meta_tags(root)
    gov_meta = gov_meta_names(lexicon)
    for name, value in tags.items():
        canonical = gov_meta.get(name)
        if canonical:
            pm.meta[canonical] = value
    sc = scan(root, lexicon)
    table_el, table = gov_table(sc, lexicon)
    if table:
        pm.meta.update(table)
        if table_el is not None:
            pm.consumed.append((table_el, "metadata", "meta:gov-table"))
    head_el, pm.title_hint = headline(root, sc, tags, table, lexicon)
    bars = info_bars(sc, head_el, lexicon, exclude=[table_el] if table_el is not None else [])
    bar_fields: dict[str, str] = {}
    for el, found, reason in bars:
        for k, v in found.items():
            bar_fields.setdefault(k, v)
        pm.consumed.append((el, "byline", reason))
    link = original_link(sc, lexicon)
    fields = pm.fields
    _first(fields, "published", bar_fields.get("published"), _table_date(table, lexicon), document_date(sc, lexicon),
           *(tags.get(n) for n in lexicon.published_meta_tags))
    if fields.get("published"):
        fields["published"] = _precise(fields["published"], bar_fields.get("published"),
                                       *(tags.get(n) for n in lexicon.published_meta_tags))
    _first(fields, "source_name", bar_fields.get("source_name"),
           *(_source_value(tags.get(n)) for n in lexicon.source_meta_tags),
           *(table.get(k) for k in lexicon.gov_source_labels))
    if fields.get("source_name"):
        fields["source_name"] = clean_source_name(fields["source_name"], lexicon)
    _first(fields, "source_url", bar_fields.get("source_url"), link)
    _first(fields, "author", bar_fields.get("author"))
    _first(fields, "editor", bar_fields.get("editor"))
    if bar_fields.get("account"):  # a self-media byline's account: the source where no 来源 names one (assemble)
        pm.meta.setdefault("account", bar_fields["account"])
    owner_as_source(fields, pm.meta, root, lexicon, bar_fields.get("publisher", ""))
    return pm


def take_consumed(page: PageMeta) -> list[Removal]:
    """The elements read into fields leave the tree, each recorded as a Removal with its text."""
    removed = []
    for el, kind, reason in page.consumed:
        removed.append(Removal(kind=kind, text=block_text(el.text_content()), reason=reason))
        if el.getparent() is not None:
            el.drop_tree()
    return removed


def _first(out: dict[str, str], name: str, *values: str | None) -> None:
    for v in values:
        if v:
            out[name] = v
            return
