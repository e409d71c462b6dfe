"""Stage 4: labelled blocks → Document.

Title, paragraphs and provenance fields are gathered; every block that is not kept becomes a `Removal` with
its kind and the rule that decided, so nothing leaves the input without a trace.
"""
from __future__ import annotations

import re

from .model import BODY, BOILERPLATE, FIELD, HEADING, TITLE, Document, Removal, Segmented

_FIELD_NAMES = ("source_url", "source_name", "published", "author", "editor")
# Line-rule group names → Document fields.
_GROUP_TO_FIELD = {"url": "source_url", "source": "source_name", "date": "published", "author": "author",
                   "editor": "editor"}
_DATE_PARTS = re.compile(r"((?:19|20)\d\d)\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})(?:\D{1,3}(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?")


def iso_date(value: str | None) -> str | None:
    """'2024年5月3日 10:30' → '2024-05-03T10:30'; None when no full date is present."""
    if not value:
        return None
    m = _DATE_PARTS.search(value)
    if not m:
        return None
    y, mo, d, hh, mm, ss = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if hh is not None and int(hh) < 24 and int(mm) < 60:
        out += f"T{int(hh):02d}:{mm}" + (f":{ss}" if ss else "")
    return out


def assemble(seg: Segmented) -> Document:
    doc = Document(meta=dict(seg.meta), flags=list(seg.flags), removed=list(seg.removed))
    fields: dict[str, str] = {}
    for b in seg.blocks:
        if b.label == TITLE:
            if doc.title is None:
                doc.title = b.text
            continue
        if b.label in (BODY, HEADING):
            doc.paragraphs.append(b.text)
            continue
        for group, value in b.fields.items():
            name = _GROUP_TO_FIELD.get(group, group)
            fields.setdefault(name, value)  # the first occurrence wins: it is the page's own byline
        doc.removed.append(Removal(kind=b.kind or "junk", text=b.text, reason=b.reason or "unlabelled", index=b.index))
    # Markup-level fields (meta tags, the gov table, source links) are more reliable than body lines.
    for name in _FIELD_NAMES:
        value = seg.fields.get(name) or fields.get(name)
        if value:
            setattr(doc, name, value)
    if doc.title is None and seg.title_hint:
        doc.title = seg.title_hint
    doc.published = iso_date(doc.published) if doc.published else None
    if doc.source_url and not re.match(r"^https?://[^/\s]+\.[^/\s]+", doc.source_url):
        doc.meta.setdefault("source_url_declared", doc.source_url)
        doc.source_url = None
    return doc
