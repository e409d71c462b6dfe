"""Inputs: paths (files, folders, JSONL dumps, `-` for stdin) → Tasks, streamed in order."""
from __future__ import annotations

import base64
import errno
import fnmatch
import gzip
import os
import re
import stat
import sys
import zlib
from typing import Any, BinaryIO, Iterable, Iterator

from ..options import Options
from .jsoncodec import loads
from .tasks import Task

DEFAULT_INCLUDE = ("*.html", "*.htm", "*.shtml", "*.xhtml", "*.txt", "*.html.gz", "*.htm.gz", "*.txt.gz",
                   "*.jsonl", "*.jsonl.gz", "*.ndjson", "*.ndjson.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
COUNT_BYTES = 1 << 30  # JSONL bytes read to count lines for the progress bar: about a second; past it, no total


def iter_tasks(paths: Iterable[str], *, include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = (),
               jsonl: bool = False, max_bytes: int = Options.max_bytes, skip: str | None = None,
               skipped: list[str] | None = None, stdin: BinaryIO | None = None,
               resume: Skip | None = None) -> Iterator[Task]:
    """Tasks for every input, in order: files as given, folders walked recursively in sorted order, `-` stdin.

    Folder walks skip hidden entries, take files whose name matches an `include` pattern and prune names (or
    folder-relative paths) matching an `exclude` pattern; patterns are case-insensitive globs.  Files named
    *.jsonl / *.ndjson (optionally .gz), and every input when `jsonl`, are read as one page per line; so is
    stdin when its first line is a JSON object.  Walks never enter `skip`, the output file or folder, which may
    lie inside an input folder (nor OUT.partial / OUT.tmp, which the output is written through).

    A walk never raises on a bad entry.  An entry that matches `include` but is no regular file (a FIFO, a
    device, a socket, a dangling link, a link loop) or cannot be examined gets an error record; a linked folder
    is not followed (no loops) and its path is appended to `skipped`, for the summary.

    `resume` skips the first `resume.n` Tasks without reading their files (--resume: they are already written).
    """
    left = resume or Skip(0)
    paths = list(paths)
    include = tuple(p.lower() for p in include)
    exclude = tuple(p.lower() for p in exclude)
    real_skip = skip and os.path.realpath(skip)
    for path in paths:
        root = "stdin" if path == "-" else os.path.basename(os.path.abspath(path)) or "root"
        if path == "-":
            yield from left.filter(_stdin_tasks(stdin or sys.stdin.buffer, root, jsonl, max_bytes))
        elif os.path.isdir(path):
            for full, rel, error in _walk(path, include, exclude, real_skip, skipped):
                name = f"{root}/{rel}" if rel else root
                if error:
                    yield from left.filter([Task(where_of(full), name, None, error=error)])
                else:
                    yield from _file_tasks(full, name, jsonl, max_bytes, left)
        else:
            yield from _file_tasks(path, root, jsonl, max_bytes, left)


class Skip:
    """The first `n` Tasks, left out (and never read); `last` is where the last of them came from."""

    def __init__(self, n: int) -> None:
        self.n, self.last = n, None

    def take(self, where: dict[str, Any]) -> bool:
        if self.n <= 0:
            return False
        self.n, self.last = self.n - 1, where
        return True

    def filter(self, tasks: Iterable[Task]) -> Iterator[Task]:
        return (t for t in tasks if not self.take(t.where))


def count_tasks(paths: Iterable[str], *, include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = (),
                jsonl: bool = False, skip: str | None = None) -> int | None:
    """How many Tasks iter_tasks will give, counted cheaply (names only; newlines of plain JSONL files), for the
    progress bar's total and ETA.  None when that cannot be known cheaply: stdin, compressed JSONL dumps, or
    plain JSONL dumps over COUNT_BYTES in all."""
    include = tuple(p.lower() for p in include)
    exclude = tuple(p.lower() for p in exclude)
    real_skip = skip and os.path.realpath(skip)
    total = scanned = 0
    for path in paths:
        if path == "-":
            return None
        entries = _walk(path, include, exclude, real_skip, None) if os.path.isdir(path) else [(path, "", None)]
        for full, _, error in entries:
            if error is None and (jsonl or full.lower().endswith(JSONL_SUFFIXES)):
                scanned += _size(full)
                if full.lower().endswith(".gz") or scanned > COUNT_BYTES:
                    return None
                total += _count_lines(full)
            else:
                total += 1
    return total


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _count_lines(path: str) -> int:
    """Non-blank lines are what get Tasks; counting newlines is close enough for a progress bar."""
    n, last = 0, b"\n"
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                n += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 1
    return n + (last != b"\n")


def where_of(path: str) -> dict[str, Any]:
    """A record's `path`, lossless: the name as given when it is valid UTF-8; otherwise the undecodable bytes
    written as `\\xNN` escapes in `path` and the exact name, base64, in `path_bytes` (so two names never share a
    record path that cannot be told apart)."""
    if path == "-":
        return {"path": path}
    raw = os.fsencode(path)
    try:
        return {"path": raw.decode("utf-8")}
    except UnicodeDecodeError:
        return {"path": raw.decode("utf-8", "backslashreplace"), "path_bytes": base64.b64encode(raw).decode()}


def _walk(top: str, include: tuple[str, ...], exclude: tuple[str, ...], skip: str | None,
          skipped: list[str] | None, rel: str = "") -> Iterator[tuple[str, str, str | None]]:
    """(path, folder-relative path, error) for the files to clean under `top`, sorted, depth first."""
    folder = os.path.join(top, rel) if rel else top
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield folder, rel, f"read: {_reason(e)}"
        return
    for e in entries:
        r = f"{rel}/{e.name}" if rel else e.name
        if e.name.startswith(".") or _matches(e.name, r, exclude):
            continue
        if skip and e.name.startswith(os.path.basename(skip)) and os.path.realpath(e.path) in (
                skip, skip + ".partial", skip + ".tmp"):  # the output, and the files it is written through
            continue
        try:
            if e.is_dir(follow_symlinks=False):  # linked folders are not followed: no loops
                yield from _walk(top, include, exclude, skip, skipped, r)
                continue
            kind = _kind(os.stat(e.path).st_mode) if e.is_symlink() else _kind(e.stat(follow_symlinks=False).st_mode)
        except OSError as err:  # a link loop (ELOOP), a dangling link (ENOENT), an entry gone meanwhile
            kind = "link loop" if err.errno == errno.ELOOP else "dangling link" if e.is_symlink() else ""
            if not kind:
                if _matches(e.name, r, include):
                    yield e.path, r, f"read: {_reason(err)}"
                continue
        if kind == "folder":
            if skipped is not None:
                skipped.append(e.path)
        elif _matches(e.name, r, include):
            yield e.path, r, None if kind == "file" else f"read: not a regular file ({kind})"


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return ("fifo" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file")


def _matches(name: str, rel: str, patterns: tuple[str, ...]) -> bool:
    name, rel = name.lower(), rel.lower()
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(rel, p) for p in patterns)


def _file_tasks(path: str, name: str, jsonl: bool, max_bytes: int, skip: Skip) -> Iterator[Task]:
    where = where_of(path)
    if jsonl or path.lower().endswith(JSONL_SUFFIXES):
        stem = re.sub(r"\.(jsonl|ndjson)(\.gz)?$", "", name, flags=re.I)
        try:
            with _open(path) as f:
                yield from skip.filter(_jsonl_tasks(f, where, stem, max_bytes))
        except (OSError, EOFError, zlib.error) as e:  # missing, unreadable, or a truncated/corrupt .gz
            yield from skip.filter([Task(where, stem, None, error=f"read: {_reason(e)}")])
    elif not skip.take(where):
        yield _guarded_read(where, name, lambda: _read_file(path, max_bytes))


def _guarded_read(where: dict[str, Any], name: str, read: Any) -> Task:
    try:
        return Task(where, name, read())
    except (OSError, EOFError, zlib.error, ValueError) as e:
        return Task(where, name, None, error=f"read: {_reason(e)}")


def _open(path: str) -> BinaryIO:
    """Open a file for reading, refusing what is no regular file before any read: a FIFO named on the command
    line would block forever (no writer), a device would never end.  O_NONBLOCK makes the open itself return at
    once on a FIFO; on a regular file it changes nothing."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = _kind(os.fstat(fd).st_mode)
        if kind != "file":
            raise OSError(errno.EINVAL, f"not a regular file ({kind})" + ("; pipe it to - instead" if kind == "fifo"
                                                                          else ""))
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    return gzip.GzipFile(fileobj=f, mode="rb") if path.lower().endswith(".gz") else f  # type: ignore[return-value]


def _read_file(path: str, max_bytes: int) -> bytes:
    with _open(path) as f:
        return _read_limited(f, max_bytes)


def _read_limited(f: BinaryIO, max_bytes: int) -> bytes:
    data = f.read(max_bytes + 1)  # never more than the limit + 1 in memory, whatever the file's size
    if len(data) > max_bytes:
        raise ValueError(f"over max_bytes={max_bytes}")
    return data


def _stdin_tasks(f: BinaryIO, root: str, jsonl: bool, max_bytes: int) -> Iterator[Task]:
    """stdin is JSONL with --jsonl, or when its first line is a JSON object (no page starts with `{`); else one
    page.  Only the first line is read to decide, so a JSONL stream is still read line by line."""
    where = {"path": "-"}
    if jsonl:
        yield from _jsonl_tasks(f, where, root, max_bytes)
        return
    try:
        first = f.readline(max_bytes + 1)
    except OSError as e:
        yield Task(where, root, None, error=f"read: {_reason(e)}")
        return
    if _is_json_object(first):
        yield from _jsonl_tasks(_Prefixed(first, f), where, root, max_bytes)
    else:
        yield _guarded_read(where, root, lambda: _read_limited(_Prefixed(first, f), max_bytes))


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(loads(line), dict)
    except (ValueError, RecursionError):
        return False


class _Prefixed:
    """A binary stream with a line already read put back in front of it."""

    def __init__(self, first: bytes, rest: BinaryIO) -> None:
        self.first, self.rest = first, rest

    def read(self, size: int) -> bytes:
        head, self.first = self.first[:size], self.first[size:]
        return head + self.rest.read(size - len(head)) if len(head) < size else head

    def readline(self, limit: int = -1) -> bytes:
        if self.first:
            line, self.first = self.first, b""
            return line
        return self.rest.readline(limit)


def _jsonl_tasks(f: Any, path_where: dict[str, Any], stem: str, max_bytes: int) -> Iterator[Task]:
    """A Task per non-blank line (line numbers count from 1, blank lines included)."""
    n = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        where, name = {**path_where, "line": n}, f"{stem}/{n}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := f.readline(max_bytes)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the over-long line without holding it
            yield Task(where, name, None, error=f"read: line over max_bytes={max_bytes}")
        elif line.strip():
            yield Task(where, name, line, jsonl=True)


def _reason(e: BaseException) -> str:
    """A short, stable message: no addresses, and the strerror of OS errors."""
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
