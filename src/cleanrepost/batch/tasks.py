"""What flows through a batch: the Settings every worker gets, the Tasks going in and the Results coming out."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..options import Options

# --format: JSONL records (or csv rows, with a header) in one stream, or one file per page in a format of the
# formats registry (text is the registry's txt with the title first)
STREAM_FORMATS = ("jsonl", "csv")
FILE_FORMATS = ("text", "markdown", "html", "xml", "json")
FORMATS = STREAM_FORMATS + FILE_FORMATS
DEFAULT_FIELDS = ("html", "text")  # JSONL: the first of these fields a line has holds the page


@dataclass(frozen=True)
class Settings:
    """What a worker needs to turn any Task into a Result; sent to each worker process once."""

    options: Options = field(default_factory=Options)
    fields: tuple[str, ...] = DEFAULT_FIELDS
    fmt: str = "jsonl"
    url: str | None = None  # the page URL for inputs that carry none (a JSONL `url` field wins)
    timeout: float | None = 30.0  # seconds per page; None: no limit
    keep: tuple[str, ...] | None = None  # JSONL record fields to keep (--fields); None: all
    drop: tuple[str, ...] = ()  # JSONL record fields to leave out (--drop)


class Task(NamedTuple):
    """One input: a page, or one JSONL line holding a page."""

    where: dict[str, Any]  # {"path": p} or {"path": p, "line": n}: what leads the output record
    name: str  # output file stem for --format text/markdown, relative and '/'-separated
    data: bytes | None  # the page bytes, or the JSONL line when `jsonl`; None when `error`
    jsonl: bool = False
    error: str | None = None  # why the input could not be read


class Result(NamedTuple):
    output: bytes  # a JSONL record line, or the text/markdown file content
    name: str  # output file name for text/markdown
    where: dict[str, Any]
    error: str | None
    removed: dict[str, int]  # removed blocks by kind
    empty: bool
    host: str | None = None  # the page URL's host, for --summary-by host
