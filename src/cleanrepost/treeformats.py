"""The tree renderings of a Document: clean semantic HTML and trafilatura's XML, built with lxml (so both are
well-formed and every text and attribute escaped).  Characters XML cannot hold (C0 controls but tab and line
breaks, U+FFFE/U+FFFF, lone surrogates) are left out."""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .body import Heading, Image, ListItem, Paragraph, Part, Table, grouped
from .model import Document

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _x(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def _sub(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    el = etree.SubElement(parent, tag, {k: _x(v) for k, v in attrs.items() if v})
    if text:
        el.text = _x(text)
    return el


def _linked(el: Any, p: Paragraph, tag: str, attr: str) -> None:
    """Text with its links as child elements (<a href> / <ref target>)."""
    at, last = 0, None
    el.text = ""
    for link in p.links:
        if link.start < at:
            continue
        if last is None:
            el.text = _x(p.text[at:link.start])
        else:
            last.tail = _x(p.text[at:link.start])
        last = _sub(el, tag, p.text[link.start:link.end], **{attr: link.url})
        at = link.end
    if last is None:
        el.text = _x(p.text)
    else:
        last.tail = _x(p.text[at:])


def _lists(parent: Any, items: list[ListItem], html: bool) -> None:
    """Nested lists: an item deeper than the one before opens a list inside that item."""
    stack: list[tuple[Any, Any, bool]] = []  # (list element, its last item, ordered)
    for item in items:
        depth = max(item.depth, 1)
        while len(stack) > depth:
            stack.pop()
        if stack and len(stack) == depth and stack[-1][2] != item.ordered:
            stack.pop()
        while len(stack) < depth:
            holder = stack[-1][1] if stack and stack[-1][1] is not None else parent
            rend = "ol" if item.ordered else "ul"
            lst = _sub(holder, rend) if html else _sub(holder, "list", rend=rend)
            stack.append((lst, None, item.ordered))
        li = _sub(stack[-1][0], "li" if html else "item", item.text)
        stack[-1] = (stack[-1][0], li, stack[-1][2])


def _table(parent: Any, t: Table, html: bool) -> None:
    table = _sub(parent, "table")
    if t.caption:
        _sub(table, "caption" if html else "head", t.caption)
    for row in t.rows:
        tr = _sub(table, "tr" if html else "row")
        for c in row:
            spans = {"colspan": str(c.colspan)} if c.colspan > 1 else {}
            if c.rowspan > 1:
                spans["rowspan"] = str(c.rowspan)
            if html:
                _sub(tr, "th" if c.header else "td", c.text, **spans)
            else:
                _sub(tr, "cell", c.text, role="head" if c.header else "", cols=spans.get("colspan", ""),
                     rows=spans.get("rowspan", ""))


def _parts(main: Any, body: list[Part], html: bool) -> None:
    for part in grouped(body):
        if isinstance(part, list):
            _lists(main, part, html)
        elif isinstance(part, Heading):
            level = min(max(part.level, 1), 6)
            _sub(main, f"h{level}", part.text) if html else _sub(main, "head", part.text, rend=f"h{level}")
        elif isinstance(part, Paragraph):
            _linked(_sub(main, "p"), part, "a" if html else "ref", "href" if html else "target")
        elif isinstance(part, Table):
            _table(main, part, html)
        elif isinstance(part, Image):
            holder = _sub(main, "figure") if html else main
            _sub(holder, "img" if html else "graphic", src=part.src, alt=part.alt)
            if part.caption:
                _sub(holder, "figcaption", part.caption) if html else _sub(main, "p", part.caption, rend="caption")
        elif part.kind == "quote":
            q = _sub(main, "blockquote" if html else "quote")
            _sub(q, "p", part.text) if html else setattr(q, "text", _x(part.text))  # type: ignore[attr-defined]
        elif part.kind == "preformatted":
            _sub(main, "pre" if html else "code", part.text)  # type: ignore[attr-defined]


def render_html(doc: Document, facts: list[tuple[str, str]]) -> str:
    root = etree.Element("html", {"lang": doc.lang} if doc.lang else {})
    head = _sub(root, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "title", doc.title or "")
    for name, value in (("author", doc.author), ("date", doc.published), ("source", doc.source_name)):
        if value:
            _sub(head, "meta", name=name, content=value)
    article = _sub(_sub(root, "body"), "article")
    if doc.title:
        _sub(article, "h1", doc.title)
    _parts(article, doc.body, True)
    if doc.attachments:
        ul = _sub(_sub(article, "section", **{"class": "attachments"}), "ul")
        for a in doc.attachments:
            _sub(_sub(ul, "li"), "a", a["name"], href=a["url"], type=a["type"])
    if facts:
        dl = _sub(_sub(article, "footer"), "dl")
        for label, value in facts:
            _sub(dl, "dt", label)
            _sub(dl, "dd", value)
    return "<!DOCTYPE html>\n" + etree.tostring(root, encoding="unicode", method="html") + "\n"


def render_xml(doc: Document) -> str:
    attrs = {"title": doc.title, "author": doc.author, "date": doc.published, "url": doc.url,
             "source": doc.source_name, "source_url": doc.source_url, "editor": doc.editor, "language": doc.lang}
    root = etree.Element("doc", {k: _x(v) for k, v in attrs.items() if v})
    main = _sub(root, "main")
    _parts(main, doc.body, False)
    if doc.attachments:
        lst = _sub(root, "attachments")
        for a in doc.attachments:
            _sub(lst, "ref", a["name"], target=a["url"], type=a["type"])
    _sub(root, "comments")
    return etree.tostring(root, encoding="unicode", pretty_print=True)
