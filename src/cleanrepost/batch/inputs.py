"""Inputs: paths (files, folders, JSONL dumps, `-` for stdin) → Tasks, streamed in order."""
from __future__ import annotations

import fnmatch
import gzip
import os
import re
import sys
import zlib
from collections import Counter
from typing import Any, BinaryIO, Iterable, Iterator

from ..api import Options
from .tasks import Task

DEFAULT_INCLUDE = ("*.html", "*.htm", "*.shtml", "*.xhtml", "*.txt", "*.html.gz", "*.htm.gz", "*.txt.gz",
                   "*.jsonl", "*.jsonl.gz", "*.ndjson", "*.ndjson.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def iter_tasks(paths: Iterable[str], *, include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = (),
               jsonl: bool = False, max_bytes: int = Options.max_bytes, skip: str | None = None) -> Iterator[Task]:
    """Tasks for every input, in order: files as given, folders walked recursively in sorted order, `-` stdin.

    Folder walks skip hidden entries, take files whose name matches an `include` pattern and prune names (or
    folder-relative paths) matching an `exclude` pattern; patterns are case-insensitive globs.  Files named
    *.jsonl / *.ndjson (optionally .gz), and every input when `jsonl`, are read as one page per line.  Walks never
    enter `skip`, the output file or folder, which may lie inside an input folder.
    """
    paths = list(paths)
    include = tuple(p.lower() for p in include)
    exclude = tuple(p.lower() for p in exclude)
    for path, root in zip(paths, _root_names(paths)):
        if path == "-":
            if jsonl:
                yield from _jsonl_tasks(sys.stdin.buffer, "-", root, max_bytes)
            else:
                yield _guarded_read("-", root, lambda: _read_limited(sys.stdin.buffer, max_bytes))
        elif os.path.isdir(path):
            for full, rel, error in _walk(path, include, exclude, skip and os.path.realpath(skip)):
                name = f"{root}/{rel}" if rel else root
                if error:
                    yield Task({"path": full}, name, None, error=error)
                else:
                    yield from _file_tasks(full, name, jsonl, max_bytes)
        else:
            yield from _file_tasks(path, root, jsonl, max_bytes)


def _root_names(paths: list[str]) -> list[str]:
    """An output name per command-line input (its base name; `stdin` for -), made unique with -2, -3 …"""
    names, seen = [], Counter()
    for p in paths:
        base = "stdin" if p == "-" else os.path.basename(os.path.abspath(p)) or "root"
        seen[base] += 1
        names.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return names


def _walk(top: str, include: tuple[str, ...], exclude: tuple[str, ...], skip: str | None, rel: str = "",
          ) -> Iterator[tuple[str, str, str | None]]:
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
        if skip and e.name == os.path.basename(skip) and os.path.realpath(e.path) == skip:
            continue
        if e.is_dir(follow_symlinks=False):  # linked folders are not followed: no loops
            yield from _walk(top, include, exclude, skip, r)
        elif e.is_file() and _matches(e.name, r, include):
            yield e.path, r, None


def _matches(name: str, rel: str, patterns: tuple[str, ...]) -> bool:
    name, rel = name.lower(), rel.lower()
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(rel, p) for p in patterns)


def _file_tasks(path: str, name: str, jsonl: bool, max_bytes: int) -> Iterator[Task]:
    if jsonl or path.lower().endswith(JSONL_SUFFIXES):
        stem = re.sub(r"\.(jsonl|ndjson)(\.gz)?$", "", name, flags=re.I)
        try:
            with _open(path) as f:
                yield from _jsonl_tasks(f, path, stem, max_bytes)
        except (OSError, EOFError, zlib.error) as e:  # missing, unreadable, or a truncated/corrupt .gz
            yield Task({"path": path}, stem, None, error=f"read: {_reason(e)}")
    else:
        yield _guarded_read(path, name, lambda: _read_file(path, max_bytes))


def _guarded_read(path: str, name: str, read: Any) -> Task:
    try:
        return Task({"path": path}, name, read())
    except (OSError, EOFError, zlib.error, ValueError) as e:
        return Task({"path": path}, name, None, error=f"read: {_reason(e)}")


def _open(path: str) -> BinaryIO:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")  # type: ignore[return-value]


def _read_file(path: str, max_bytes: int) -> bytes:
    with _open(path) as f:
        return _read_limited(f, max_bytes)


def _read_limited(f: BinaryIO, max_bytes: int) -> bytes:
    data = f.read(max_bytes + 1)  # never more than the limit + 1 in memory, whatever the file's size
    if len(data) > max_bytes:
        raise ValueError(f"over max_bytes={max_bytes}")
    return data


def _jsonl_tasks(f: BinaryIO, path: str, stem: str, max_bytes: int) -> Iterator[Task]:
    """A Task per non-blank line (line numbers count from 1, blank lines included)."""
    n = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        where, name = {"path": path, "line": n}, f"{stem}/{n}"
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
