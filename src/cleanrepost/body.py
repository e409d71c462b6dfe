"""The structured body of a Document: small typed parts in document order (`Document.body`).

Every text in the body is a text of `Document.paragraphs`, in the same order: `texts()` of the parts, chained,
give back the paragraphs (a table gives its caption and its cells row by row).  So the body adds what each
paragraph *is* (heading, list item, table cell …) without changing what the article says.  Images carry no
paragraph of their own (a <figcaption> is their caption and stays a paragraph).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator


@dataclass(frozen=True)
class Link:
    """A link inside a paragraph: `text[start:end]` is the anchor; `url` is absolute where a base was known."""

    start: int
    end: int
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "url": self.url}


class Part:
    kind: ClassVar[str] = ""

    def texts(self) -> Iterator[str]:
        text = getattr(self, "text", None)
        if text is not None:
            yield text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for name in self.__dataclass_fields__:  # type: ignore[attr-defined]
            out[name] = _plain(getattr(self, name))
        return out


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass
class Paragraph(Part):
    kind: ClassVar[str] = "paragraph"
    text: str
    links: tuple[Link, ...] = ()


@dataclass
class Heading(Part):
    kind: ClassVar[str] = "heading"
    text: str
    level: int = 2  # 1–6 as in <h1>–<h6>; a numbered line "一、…" is 2, "（一）…" is 3


@dataclass
class ListItem(Part):
    kind: ClassVar[str] = "list_item"
    text: str
    ordered: bool = False
    depth: int = 1  # 1 for a top-level item, 2 inside a nested list …


@dataclass
class Quote(Part):
    kind: ClassVar[str] = "quote"
    text: str


@dataclass
class Preformatted(Part):
    kind: ClassVar[str] = "preformatted"
    text: str


@dataclass
class Cell:
    text: str  # several paragraphs in one cell are joined by "\n"
    header: bool = False  # a <th>, or a cell of <thead>
    colspan: int = 1
    rowspan: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "header": self.header, "colspan": self.colspan, "rowspan": self.rowspan}


@dataclass
class Table(Part):
    """Rows of the kept cells.  A merged cell appears once, with its colspan/rowspan (renderers that need a full
    grid repeat nothing: they leave the covered slots empty)."""

    kind: ClassVar[str] = "table"
    rows: list[list[Cell]] = field(default_factory=list)
    caption: str | None = None
    # A text dump's table: its lines ("| a | b |", "|---|---|" …), which are its paragraphs (the cells split them)
    lines: list[str] | None = None

    def texts(self) -> Iterator[str]:
        if self.lines is not None:
            yield from self.lines
            return
        if self.caption is not None:
            yield self.caption
        for row in self.rows:
            for cell in row:
                yield from cell.text.split("\n")


@dataclass
class Image(Part):
    kind: ClassVar[str] = "image"
    src: str  # absolute where the page URL or <base href> was known
    alt: str = ""
    caption: str | None = None  # the <figcaption> text; it is a paragraph of its own

    def texts(self) -> Iterator[str]:
        if self.caption is not None:
            yield self.caption


PART_KINDS = {cls.kind: cls for cls in (Paragraph, Heading, ListItem, Quote, Preformatted, Table, Image)}


def body_texts(body: list[Part]) -> list[str]:
    """The paragraphs the body holds, in order (equal to `Document.paragraphs`)."""
    return [t for part in body for t in part.texts()]


def grouped(body: list[Part]) -> Iterator[Part | list[ListItem]]:
    """The parts in order, consecutive list items gathered into one list (a renderer's unit)."""
    items: list[ListItem] = []
    for part in body:
        if isinstance(part, ListItem):
            items.append(part)
            continue
        if items:
            yield items
            items = []
        yield part
    if items:
        yield items
