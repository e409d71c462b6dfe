"""Every rendering of a Document, in one registry: `render(doc, fmt)` with `fmt` in `FORMATS`.

txt       the article text ("\\n".join(paragraphs)), as trafilatura's txt; `title=True` puts the title and a blank
          line first (the CLI's text files); `with_metadata=True` a "---"-fenced header of the fields
json      `Document.to_dict()` as one JSON object
markdown  CommonMark with GFM tables: `# title`, the structured body, 附件 links, a provenance list; text is
          escaped so that it renders as itself (mdescape.py)
html      clean semantic HTML5 (h1–h6, p, ul/ol, table with th/colspan/rowspan, blockquote, pre, figure)
xml       trafilatura's XML: <doc title=… author=… date=… url=…><main><head rend="h2">, <p>, <list><item>,
          <table><row><cell role="head">, <quote>, <code>, <graphic src alt/>, <ref target></main></doc>
csv       one row per Document (`FORMATS["csv"].header` is the header line; `render_many` writes both)

Beside the text formats, the Python-value renderings every edge uses, so that a Document has one rendering per
shape: `render_record(doc, error=…)` (`Document.to_dict()` plus "error": CLI JSONL records, the Scrapy item
field) and `render_columns(doc, error=…)` (the flat columns of `records.Cleaner`; nested values as JSON text).

The body is rendered as it is; `trim` makes the copy that trafilatura's include_* keywords ask for.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, replace
from typing import Callable

from . import lazy_re
from .body import Heading, Image, ListItem, Paragraph, Part, Table, body_texts, grouped
from .mdescape import md_block, md_inline, md_url
from .model import Document

PROVENANCE = (("source_name", "Source"), ("source_url", "Original"), ("published", "Published"),
              ("author", "Author"), ("editor", "Editor"), ("url", "Page"))
ALIASES = {"text": "txt", "md": "markdown", "xmltei": "xml", "tei": "xml", "python": "json"}
CSV_COLUMNS = ("url", "title", "published", "source_name", "source_url", "author", "editor", "lang",
               "attachments", "text")
DEDUP_MIN = 10  # characters: shorter repeated lines ("一、", a date) are legitimately repeated


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # file name suffix for one Document in this format
    render: Callable[..., str]
    header: str = ""  # written once before a batch of rows (csv)


def format_name(fmt: str) -> str:
    name = ALIASES.get(fmt, fmt)
    if name not in FORMATS:
        from .model import CleanError
        raise CleanError(f"output_format must be one of {sorted(FORMATS)} (or {sorted(ALIASES)}), not {fmt!r}")
    return name


def render(doc: Document, fmt: str, *, with_metadata: bool = False, title: bool | None = None,
           include_tables: bool = True, include_links: bool = False, include_images: bool = False) -> str:
    """`doc` in the format `fmt` (a name of FORMATS or an alias).  Links and images are left out unless asked
    for, tables kept unless not (trafilatura's defaults); json keeps the whole Document either way."""
    f = FORMATS[format_name(fmt)]
    if doc.paragraphs and not doc.body:  # a Document made by hand: its paragraphs are its body
        doc = replace(doc, body=[Paragraph(p) for p in doc.paragraphs])
    if f.name != "json" and not (include_tables and include_links and include_images):
        doc = trim(doc, tables=include_tables, links=include_links, images=include_images)
    return f.render(doc, with_metadata=with_metadata, title=title)


def render_many(docs: list[Document], fmt: str, **options: bool) -> str:
    """Several Documents in one output: a csv header then one row each; other formats one after another."""
    return FORMATS[format_name(fmt)].header + "".join(render(d, fmt, **options) for d in docs)


def trim(doc: Document, *, tables: bool = True, links: bool = False, images: bool = False,
         deduplicate: bool = False) -> Document:
    """A copy of `doc` whose body (and, without tables or with deduplication, paragraphs) keeps only what the
    trafilatura keywords ask for.  `doc` itself is left as it is."""
    parts: list[Part] = []
    seen: set[str] = set()
    for part in doc.body:
        if isinstance(part, Table) and not tables:
            continue
        if isinstance(part, Image) and not images:
            if part.caption is not None:
                parts.append(Paragraph(part.caption))
            continue
        if isinstance(part, Paragraph) and part.links and not links:
            part = Paragraph(part.text)
        if deduplicate and isinstance(part, Paragraph) and len(part.text) >= DEDUP_MIN:
            if part.text in seen:
                continue
            seen.add(part.text)
        parts.append(part)
    paragraphs = doc.paragraphs if tables and not deduplicate else body_texts(parts)
    return replace(doc, body=parts, paragraphs=list(paragraphs))


def render_record(doc: Document, *, error: str | None = None) -> dict:
    """`doc.to_dict()` plus "error" (None when the page was cleaned): a CLI JSONL record, a Scrapy item's field."""
    return {**doc.to_dict(), "error": error}


def render_columns(doc: Document, *, error: str | None = None, removed: bool = False,
                   missing: str | None = None) -> dict:
    """The flat columns of `records.Cleaner` (records.py documents them): one flat type per column, nested
    values as JSON text; `removed` adds the audit trail; `missing` replaces absent strings (None)."""
    import orjson  # only the records path needs it

    def as_json(value: object) -> str:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode()

    row = {
        "title": doc.title, "text": doc.text, "source_url": doc.source_url, "source_name": doc.source_name,
        "published": doc.published, "author": doc.author, "editor": doc.editor,
        "lang": doc.lang, "script": doc.script, "encoding": doc.encoding, "input_kind": doc.input_kind,
        "flags": ",".join(doc.flags),
        "removed_count": len(doc.removed),
        "removed_kinds": ",".join(sorted({r.kind for r in doc.removed})),
        "meta": as_json(doc.meta),
        "error": error,
    }
    if removed:
        row["removed"] = as_json([r.to_dict() for r in doc.removed])
    if missing is not None:
        row = {k: missing if v is None else v for k, v in row.items()}
    return row


# -- the renderers -----------------------------------------------------------------------------------------------

def _facts(doc: Document) -> list[tuple[str, str]]:
    return [(label, str(getattr(doc, attr))) for attr, label in PROVENANCE if getattr(doc, attr)]


def _txt(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    head = ""
    if with_metadata:
        lines = [f"title: {doc.title}"] if doc.title else []
        lines += [f"{label.lower()}: {value}" for label, value in _facts(doc)]
        head = "---\n" + "".join(x + "\n" for x in lines) + "---\n"
    if title:  # the CLI's text file: title, blank line, one paragraph per line
        parts = ([doc.title, ""] if doc.title else []) + doc.paragraphs
        return head + ("\n".join(parts) + "\n" if parts else "")
    return head + doc.text


def _json(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def _markdown(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    """`# title`, the body, the 附件 links, and a provenance list after a rule."""
    blocks = [f"# {md_inline(doc.title)}"] if doc.title and title is not False else []
    for part in grouped(doc.body):
        blocks.append(_md_list(part) if isinstance(part, list) else _md_part(part))
    if doc.attachments:
        blocks.append("\n".join(f"- [{md_inline(a['name'])}]({md_url(a['url'])})" for a in doc.attachments))
    facts = _facts(doc)
    if facts:
        blocks += ["---", "\n".join(f"- {label}: {md_inline(value)}" for label, value in facts)]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _md_part(part: Part) -> str:
    if isinstance(part, Heading):
        return "#" * min(max(part.level, 1), 6) + " " + md_inline(part.text)
    if isinstance(part, Paragraph):
        return md_block(_md_linked(part))
    if isinstance(part, Table):
        return _md_table(part)
    if isinstance(part, Image):
        img = f"![{md_inline(part.alt)}]({md_url(part.src)})"
        return img + ("\n\n" + md_block(md_inline(part.caption)) if part.caption else "")
    if part.kind == "quote":
        return "> " + md_block(md_inline(part.text))  # type: ignore[attr-defined]
    if part.kind == "preformatted":
        text = part.text  # type: ignore[attr-defined]
        fence = "`" * max(3, _longest_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    return md_block(md_inline(" ".join(part.texts())))


def _longest_run(text: str, ch: str) -> int:
    best = run = 0
    for c in text:
        run = run + 1 if c == ch else 0
        best = max(best, run)
    return best


def _md_linked(p: Paragraph) -> str:
    """The paragraph's text, escaped, with its links as [anchor](<url>)."""
    out, at = [], 0
    for link in p.links:
        if link.start < at:
            continue
        out.append(md_inline(p.text[at:link.start]))
        out.append(f"[{md_inline(p.text[link.start:link.end])}]({md_url(link.url)})")
        at = link.end
    out.append(md_inline(p.text[at:]))
    return "".join(out)


def _md_list(items: list[ListItem]) -> str:
    lines, number = [], 0
    for item in items:
        indent = "    " * (max(item.depth, 1) - 1)
        if item.ordered:
            own = _OWN_NUMBER.match(item.text)
            number = int(own.group(1)) if own else number + 1
            text = item.text[own.end():] if own and own.end() < len(item.text) else item.text
            lines.append(f"{indent}{number}. {md_block(md_inline(text))}")
        else:
            lines.append(f"{indent}- {md_block(md_inline(item.text))}")
    return "\n".join(lines)


def _md_table(t: Table) -> str:
    grid = table_grid(t)
    if not grid:
        return ""
    width = len(grid[0])
    cell = lambda c: md_inline(c.text.replace("\n", " ")).replace("|", "\\|") if c is not None else ""  # noqa: E731
    rows = ["| " + " | ".join(cell(c) for c in row) + " |" for row in grid]
    rows.insert(1, "|" + " --- |" * width)
    caption = md_block(md_inline(t.caption)) + "\n\n" if t.caption else ""
    return caption + "\n".join(rows)


def table_grid(t: Table) -> list[list]:
    """The table as a full grid: a merged cell in its first slot, None in the slots it covers."""
    grid: list[list] = []
    taken: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(t.rows):
        out: list = []
        col = 0
        for c in row:
            while taken.get((r, col)):
                out.append(None)
                col += 1
            out.append(c)
            out.extend([None] * (c.colspan - 1))
            for dr in range(1, c.rowspan):
                for dc in range(c.colspan):
                    taken[(r + dr, col + dc)] = True
            col += c.colspan
        while taken.get((r, col)):
            out.append(None)
            col += 1
        grid.append(out)
    width = max(len(r) for r in grid) if grid else 0
    return [r + [None] * (width - len(r)) for r in grid]


def csv_row(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def _csv(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    values = {"attachments": " ".join(a["url"] for a in doc.attachments), "text": doc.text}
    return csv_row([values[c] if c in values else (getattr(doc, c) or "") for c in CSV_COLUMNS])


def _html(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    from .treeformats import render_html  # lxml: loaded when a page is rendered as HTML, not by the CLI's parent

    return render_html(doc, _facts(doc))


def _xml(doc: Document, *, with_metadata: bool, title: bool | None) -> str:
    from .treeformats import render_xml

    return render_xml(doc)


_OWN_NUMBER = lazy_re.compile(r"^(\d{1,9})[.．、)）]\s*")

FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("txt", ".txt", _txt),
    Format("json", ".json", _json),
    Format("markdown", ".md", _markdown),
    Format("html", ".html", _html),
    Format("xml", ".xml", _xml),
    Format("csv", ".csv", _csv, header=csv_row(list(CSV_COLUMNS))),
)}
