"""Stage 4: labelled blocks → Document.

Title, paragraphs and provenance fields are gathered; every block that is not kept becomes a `Removal` with
its kind and the rule that decided, so nothing leaves the input without a trace.
"""
from __future__ import annotations

import re

from .grammar.dates import iso_date
from .grammar.labels import GROUP_FIELDS
from .lexicon import Lexicon
from .model import BODY, BOILERPLATE, FIELD, HEADING, TITLE, Document, Removal, Segmented

_FIELD_NAMES = ("source_url", "source_name", "published", "author", "editor")
# Block field groups → Document fields: grammar.labels.GROUP_FIELDS.  Any other group (gov table labels, site
# credits) goes to meta.
def assemble(seg: Segmented, lexicon: Lexicon | None = None) -> Document:
    """The Document of the labelled blocks; `lexicon` (default: the built-in one) names the gov table labels that
    credit the issuing body (`gov_source_labels`)."""
    lexicon = lexicon or Lexicon.default()
    doc = Document(meta=dict(seg.meta), flags=list(seg.flags), removed=list(seg.removed))
    fields: dict[str, str] = {}  # from removed provenance lines: the page's own bylines
    fallback: dict[str, str] = {}  # from kept lines (a document's own date line)
    credited: list[str] = []  # every source the bylines name, in order (the first may name no outlet: 本站原创)
    for b in seg.blocks:
        if b.label == TITLE:
            if doc.title is None:
                doc.title = b.text
            continue
        kept = b.label in (BODY, HEADING)
        for group, value in b.fields.items():
            name = GROUP_FIELDS.get(group)
            if name is None:
                doc.meta.setdefault(group, value)
            else:  # the first occurrence wins: it is the page's own byline
                (fallback if kept else fields).setdefault(name, value)
                if name == "source_name" and not kept:
                    credited.append(value)
        if kept:
            doc.paragraphs.append(b.text)
            continue
        doc.removed.append(Removal(kind=b.kind or "junk", text=b.text, reason=b.reason or "unlabelled", index=b.index))
    # Markup-level fields (meta tags, the gov table, source links) are more reliable than body lines.
    for name in _FIELD_NAMES:
        value = seg.fields.get(name) or fields.get(name) or fallback.get(name)
        if value:
            setattr(doc, name, value)
    if doc.source_name and doc.source_name.strip() in lexicon.self_sources:  # "来源：本站原创" names no outlet
        doc.meta.setdefault("source_declared", doc.source_name)
        # ... a later credit may ("来源：网络整理" in the bar, "本文来源：某县人民政府网站" after the article)
        doc.source_name = next((c for c in credited if c.strip() not in lexicon.self_sources), None)
    if not doc.source_name:  # a flattened gov table, or a self-media byline's account, where no 来源 is shown
        doc.source_name = next((doc.meta[k] for k in (*lexicon.gov_source_labels, "account") if doc.meta.get(k)), None)
    if doc.title is None:
        doc.title = seg.title_hint or fields.get("title")
    doc.published = iso_date(doc.published) if doc.published else None
    if doc.source_url and not is_article_url(doc.source_url):
        doc.meta.setdefault("source_url_declared", doc.source_url)
        doc.source_url = None
    return doc


_URL = re.compile(r"^https?://(?P<host>[^/\s?#:@]+)(?::\d+)?(?P<path>/[^\s?#]*)?(?P<query>\?[^\s#]*)?(?:#\S*)?$", re.I)
_PRIVATE_HOST = re.compile(r"^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.)", re.I)
_HOME_FILE = re.compile(r"^(?:index|default|home|main)(?:[_\-.][\w\-.]*)?$", re.I)


def is_article_url(url: str) -> bool:
    """An absolute http(s) URL of an article: not a home or channel page, not a private or dot-less host."""
    m = _URL.match(url.strip())
    if not m:
        return False  # relative, ftp:, javascript:, mailto: …
    host, path, query = m.group("host").lower(), m.group("path") or "", m.group("query") or ""
    if "." not in host or _PRIVATE_HOST.match(host):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments:
        return bool(query)  # a bare domain; with a query it may still name one article (?id=123)
    if _HOME_FILE.match(segments[-1]) and not query:
        return False  # …/index.html, …/index_sxrb.shtml
    if path.endswith("/") and not re.search(r"\d", path) and not query:
        return False  # a channel directory: http://www.xinhuanet.com/politics/
    return True
