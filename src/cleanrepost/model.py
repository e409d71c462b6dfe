"""The small typed objects that travel between pipeline stages.

`Block`    a unit of input text (a DOM block or a text line) with the features the classifier reads.
`Removal`  one thing the cleaner dropped or moved into a field, with its kind and the rule that did it.
`Document` the result of `clean()`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class CleanError(ValueError):
    """A documented failure of `clean()`: bad argument types or options, input over the size limit.

    Bad *content* (empty, binary, truncated, mis-encoded) does not raise: it gives a flagged Document.
    """


# Labels a classifier may give a block.
TITLE = "title"
BODY = "body"
HEADING = "heading"  # an in-article sub-heading; kept in paragraphs
FIELD = "field"  # provenance line moved into a Document field (removed from the body, recorded)
BOILERPLATE = "boilerplate"


@dataclass
class Block:
    """One segment of the input, in document order.

    Text blocks come from lines of a flattened dump; HTML blocks from the DOM.  The HTML-only features keep
    their defaults on text blocks.
    """

    text: str
    index: int
    tag: str = "line"  # "line" for text dumps; the HTML tag ("p", "h1", "td", "li", ...) otherwise
    # HTML features
    link_chars: int = 0  # characters inside <a> descendants
    in_content: bool = True  # inside the selected main-content container
    hints: tuple[str, ...] = ()  # lowercased id/class tokens of the block and its ancestors
    table_row: int | None = None  # row number for blocks from a <table> of the article
    group: int | None = None  # HTML: blocks sharing the element that holds their paragraph (a list, a box, a cell)
    gap_before: bool = False  # a blank line (text) or a container boundary (HTML) precedes the block
    # classification
    label: str | None = None
    kind: str | None = None  # removal kind when label is BOILERPLATE or FIELD
    reason: str | None = None  # the rule that decided, e.g. "line:disclaimer.repost"
    fields: dict[str, str] = field(default_factory=dict)  # values a FIELD/BOILERPLATE line yields
    # structure (set by structure.describe on the blocks of the HTML container): the links inside the block as
    # (anchor text, href), and what the markup makes it (heading, list item, table cell …); the classifier reads
    # neither
    links: tuple[tuple[str, str], ...] = ()
    shape: Any = None

    @property
    def length(self) -> int:
        return len(self.text)

    def mark(self, label: str, kind: str | None = None, reason: str | None = None) -> None:
        self.label, self.kind, self.reason = label, kind, reason


@dataclass
class Segmented:
    """What a segmenter hands to the classifier: blocks, plus what the markup itself told us."""

    blocks: list[Block]
    title_hint: str | None = None  # the displayed headline found by markup (h1, ArticleTitle ...), if any
    fields: dict[str, str] = field(default_factory=dict)  # source_url/source_name/published/author/editor
    meta: dict[str, Any] = field(default_factory=dict)  # <meta> tags, gov table fields
    removed: list["Removal"] = field(default_factory=list)  # dropped before classification (hidden, outside)
    flags: list[str] = field(default_factory=list)
    images: list[Any] = field(default_factory=list)  # structure.PageImage: <img>s inside the article container
    base: str | None = None  # the page's <base href>, against which its relative links resolve


OVER_LIMIT = "over-limit"
OVER_LIMIT_PREFIX = 1000  # characters of an over-limit removal kept: enough to see what was cut, while the
# Document (and the CLI record) of a 30 MB page no longer carries the whole rest of the page; `length` says how much


@dataclass
class Removal:
    """Something taken out of the article text, and why.

    An `over-limit` removal (the text past `max_blocks`, never examined) keeps only the first OVER_LIMIT_PREFIX
    characters of that text, and `length`, the length of all of it."""

    kind: str  # "disclaimer", "sidebar", "source-link", "byline", "navigation", "share", "footer", ...
    text: str
    reason: str  # the rule name, e.g. "line:disclaimer.repost" or "sidebar:heading+run"
    index: int | None = None  # block index in the segmented input, when there is one
    length: int | None = None  # over-limit only: characters of the whole text that was cut

    def __post_init__(self) -> None:
        if self.kind == OVER_LIMIT and self.length is None and isinstance(self.text, str):
            self.length = len(self.text)
            self.text = self.text[:OVER_LIMIT_PREFIX]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "text": self.text, "reason": self.reason, "index": self.index}
        if self.length is not None:
            d["length"] = self.length
        return d


@dataclass
class Document:
    """A cleaned article and everything known about where it came from."""

    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    source_url: str | None = None  # the original article's URL (原文链接 / 来源 link), never a home page
    source_name: str | None = None  # the outlet credited as source (来源)
    published: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]"
    author: str | None = None
    editor: str | None = None
    url: str | None = None  # the page's own URL, as given by the caller
    meta: dict[str, Any] = field(default_factory=dict)  # gov.cn table fields, <meta> tags, doc numbers ...
    removed: list[Removal] = field(default_factory=list)
    encoding: str | None = None  # codec used to decode bytes; None for str input
    input_kind: str | None = None  # "html" or "text"
    lang: str | None = None  # "zh", "en", ... or None when undecided
    script: str | None = None  # "Hans" / "Hant" for Chinese, else None
    flags: list[str] = field(default_factory=list)  # quality warnings, e.g. "decode-replaced", "empty"
    normalization: dict[str, int] = field(default_factory=dict)  # characters changed per normalize rule
    # The structured body (structure.py): Paragraph, Heading, ListItem, Table, Quote, Preformatted and Image
    # objects in document order, their texts those of `paragraphs` (table cells one paragraph each).
    body: list[Any] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)  # 附件 links: {name, url, type}, URLs absolute

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; key order is fixed so serialised output is byte-stable."""
        return {
            "title": self.title,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "source_url": self.source_url,
            "source_name": self.source_name,
            "published": self.published,
            "author": self.author,
            "editor": self.editor,
            "url": self.url,
            "meta": dict(self.meta),
            "removed": [r.to_dict() for r in self.removed],
            "encoding": self.encoding,
            "input_kind": self.input_kind,
            "lang": self.lang,
            "script": self.script,
            "flags": list(self.flags),
            "normalization": dict(self.normalization),
            "body": [part.to_dict() for part in self.body],
            "attachments": [dict(a) for a in self.attachments],
        }
