"""URLs of the structured body: links resolved against the page URL / <base href> (a malformed URL is kept as
written: clean() raises only CleanError), a relative 原文链接 made absolute, and the 附件 links
(`Document.attachments`)."""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from .assemble import is_article_url
from .model import Block, Document

# File types a government page attaches (公文 as PDF/OFD/WPS, tables as XLS/ET, archives); the lower-cased
# extension of a link's path or query, or of its anchor text, says the link is an attachment.
ATTACHMENT_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "7z", "ofd", "wps", "et",
                    "dps", "txt", "csv", "ceb", "tif", "tiff")
_ATTACHMENT = re.compile(r"\.(" + "|".join(ATTACHMENT_TYPES) + r")(?=$|[?#&\s])", re.I)
NOT_LINKS = ("javascript:", "#", "mailto:", "tel:")  # hrefs that point nowhere a reader goes


def resolve(href: str, base: str | None) -> str:
    try:
        return urljoin(base, href) if base else href
    except ValueError:  # a malformed URL ("http://[x"): kept as written; clean() raises only CleanError
        return href


def _path(href: str) -> str:
    try:
        return urlsplit(href).path
    except ValueError:
        return href


def resolve_source_url(doc: Document, base: str | None) -> None:
    """A relative 原文链接 (kept as meta["source_url_declared"] by assembly) resolved against the base, when that
    gives an article URL."""
    declared = doc.meta.get("source_url_declared")
    if doc.source_url or not base or not isinstance(declared, str) or re.match(r"[a-zA-Z][\w+.-]*:", declared):
        return
    resolved = resolve(declared.strip(), base)
    if is_article_url(resolved):
        doc.source_url = resolved
        del doc.meta["source_url_declared"]


def attachments(kept: list[Block], base: str | None) -> list[dict[str, str]]:
    """{name, url, type} of each link of the kept blocks to a file of ATTACHMENT_TYPES, in order, once each."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for b in kept:
        for anchor, href in b.links:
            href = href.strip()
            if href.lower().startswith(NOT_LINKS):
                continue
            m = _ATTACHMENT.search(_path(href)) or _ATTACHMENT.search(href) or _ATTACHMENT.search(anchor)
            full = resolve(href, base)
            if m and full not in seen:
                seen.add(full)
                out.append({"name": anchor, "url": full, "type": m.group(1).lower()})
    return out
