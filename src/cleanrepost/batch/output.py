"""Output of one task: a cleaned Document as a JSONL record (fields chosen by --fields/--drop) or as the content
of a text/markdown file.  Writing them lives in sinks.py, the Summary in summary.py."""
from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from ..formats import FORMATS, PROVENANCE, csv_row, format_name, render, render_record  # noqa: F401  (PROVENANCE re-exported)
from ..model import OVER_LIMIT_PREFIX, Document  # noqa: F401  (OVER_LIMIT_PREFIX re-exported)
from .jsoncodec import dumps
from .tasks import Result, Settings, Task


# -- one task's output -------------------------------------------------------------------------------------------

ALWAYS_FIELDS = ("path", "path_bytes", "line", "error")  # lead every record: --resume and readers rely on them


def finish(task: Task, rec: dict[str, Any], doc: Document, error: str | None, s: Settings) -> Result:
    if s.fmt == "jsonl":
        rec.update(render_record(doc, error=error))  # Document fields replace passed-through fields of that name
        if s.keep is not None or s.drop:
            rec = {k: v for k, v in rec.items() if k in ALWAYS_FIELDS
                   or ((s.keep is None or k in s.keep) and k not in s.drop)}
        output, name = dumps(rec) + b"\n", ""
    elif s.fmt == "csv":  # the page's path and error, then the registry's csv columns
        output, name = (csv_row([rec.get("path", ""), error or ""]).rstrip("\n") + ","
                        + render(doc, "csv")).encode("utf-8"), ""
    else:
        output = (render_text(doc) if s.fmt == "text" else render(doc, s.fmt)).encode("utf-8")
        name = task.name
        if task.jsonl and isinstance(rec.get("id"), (str, int)) and not isinstance(rec["id"], bool):
            ident = str(rec["id"]).replace("/", "_")
            name = f"{name.rsplit('/', 1)[0]}/{ident}"  # a JSONL line's file is named by its record id
        name += FORMATS[format_name(s.fmt)].suffix  # made safe, bounded and unique when written (sinks.FileNames)
    removed = Counter(r.kind for r in doc.removed)
    host = urlsplit(doc.url).hostname if doc.url else None
    return Result(output, name, task.where, error, dict(removed), error is None and "empty" in doc.flags, host)


def render_text(doc: Document) -> str:
    """Title, a blank line, one paragraph per line (formats.py's txt with the title)."""
    return render(doc, "txt", title=True)


def render_markdown(doc: Document) -> str:
    """`# title`, the body, and a provenance list after a rule (formats.py's markdown)."""
    return render(doc, "markdown")
