"""Stage 2 (HTML): a page → Blocks in document order, with the features the classifier reads.

v0: parse, drop non-content elements, flatten block-level elements (and <br>) into blocks.  Main-content
selection and markup metadata belong here too.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .html_meta import read_metadata
from .lexicon import Lexicon
from .model import Block, Removal, Segmented

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th tbody thead tfoot section article header footer nav "
    "aside main blockquote pre form fieldset figure figcaption center address hr body html title caption".split())
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "select", "option",
             "textarea", "button", "input", "head")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f]+")


def parse(html: str) -> etree._Element:
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)  # lxml refuses str input with an encoding declaration
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    root = lxml.html.document_fromstring(html or "<html></html>", parser=parser)
    return root


def segment_html(html: str, lexicon: Lexicon) -> Segmented:
    root = parse(html)
    removed: list[Removal] = []
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    page = read_metadata(root, lexicon)
    for el, kind, reason in page.consumed:
        removed.append(Removal(kind=kind, text=_WS.sub(" ", el.text_content()).strip(), reason=reason))
        el.drop_tree()
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    blocks: list[Block] = []
    buf: list[str] = []
    link_chars = [0]
    tag_stack: list[str] = []

    def flush(tag: str) -> None:
        text = _WS.sub(" ", "".join(buf)).strip(" \u3000")
        if text:
            blocks.append(Block(text=text, index=len(blocks), tag=tag, link_chars=link_chars[0]))
        buf.clear()
        link_chars[0] = 0

    def walk(el, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in BLOCK_TAGS
        if is_block:
            flush(tag_stack[-1] if tag_stack else "div")
            tag_stack.append(tag)
        if tag == "br":
            flush(tag_stack[-1] if tag_stack else "div")
        if el.text and tag:
            buf.append(el.text)
            if in_link or tag == "a":
                link_chars[0] += len(el.text.strip())
        for child in el:
            walk(child, in_link or tag == "a")
            if child.tail:
                buf.append(child.tail)
                if in_link or tag == "a":
                    link_chars[0] += len(child.tail.strip())
        if is_block:
            flush(tag)
            tag_stack.pop()

    body = root.find("body")
    walk(body if body is not None else root, False)
    return Segmented(blocks=blocks, title_hint=page.title_hint, fields=page.fields, meta=page.meta, removed=removed)
