"""Batch cleaning for the command line: find the inputs, clean them in worker processes, write them in order.

    iter_tasks()  paths → Tasks, streamed: one per page file, one per JSONL line (read lazily, nothing listed ahead)
    process()     Task → Result: the finished output (a JSONL record, or a text/markdown file's content); never raises
    run()         Tasks → Results in input order, in-process or through a pool of worker processes
    write()       Results → stdout / a JSONL file / an output folder, plus the Summary

Memory stays bounded however many pages there are: the pool holds at most `window` tasks that are in flight or
waiting for an earlier one to finish, and output is written as soon as it is next in order.

Why a small pool of our own instead of `multiprocessing.Pool.imap`: a worker that dies (segfault, OOM kill) or is
stuck in C code loses its task in `Pool`, and `imap` then waits forever.  Here every worker reports each page as
it finishes it, so the parent knows which page a dead or stuck worker was on: that page gets an error record, the
worker is replaced, and the rest of its chunk goes to the next free worker.
"""
from __future__ import annotations

import fnmatch
import gzip
import json
import multiprocessing as mp
import os
import re
import signal
import sys
import threading
import time
import zlib
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import Any, BinaryIO, Callable, Iterable, Iterator, NamedTuple

from .api import Options, clean
from .model import CleanError, Document

try:
    import orjson
except ImportError:  # orjson is a dependency, but a broken install should still run (and give the same records)
    orjson = None  # type: ignore[assignment]

FORMATS = ("jsonl", "text", "markdown")
DEFAULT_INCLUDE = ("*.html", "*.htm", "*.shtml", "*.xhtml", "*.txt", "*.html.gz", "*.htm.gz", "*.txt.gz",
                   "*.jsonl", "*.jsonl.gz", "*.ndjson", "*.ndjson.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
DEFAULT_FIELDS = ("html", "text")  # JSONL: the first of these fields a line has holds the page
STARTUP_LIMIT = 120.0  # seconds a new worker may take to import and warm up


class PageTimeout(BaseException):
    """A page ran over --timeout.  A BaseException, so that no `except Exception` inside the pipeline eats it."""


class BatchError(Exception):
    """The batch itself cannot run (a worker process cannot start); not the failure of one input."""


@dataclass(frozen=True)
class Settings:
    """What a worker needs to turn any Task into a Result; sent to each worker process once."""

    options: Options = field(default_factory=Options)
    fields: tuple[str, ...] = DEFAULT_FIELDS
    fmt: str = "jsonl"
    url: str | None = None  # the page URL for inputs that carry none (a JSONL `url` field wins)
    timeout: float | None = 30.0  # seconds per page; None: no limit


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


# -- inputs ------------------------------------------------------------------------------------------------------

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


# -- one task ----------------------------------------------------------------------------------------------------

def process(task: Task, s: Settings) -> Result:
    """Clean one Task into its finished output.  Never raises: any failure becomes the record's `error`."""
    rec: dict[str, Any] = dict(task.where)
    url, doc, error, page = s.url, None, task.error, task.data
    if task.jsonl and page is not None:
        fields, page, line_error = parse_line(page, s.fields)
        for k, v in fields.items():
            rec.setdefault(k, v)  # `path` and `line` stay ours
        if isinstance(fields.get("url"), str):
            url = fields["url"]
        error = error or line_error
    if error is None:
        try:
            with time_limit(s.timeout):
                doc = clean(page, url=url, options=s.options)
        except CleanError as e:
            error = f"CleanError: {e}"
        except PageTimeout:
            error = f"timeout: over {s.timeout:g} s"
        except Exception as e:  # a bug in the pipeline must cost one record, not the batch
            error = f"internal error: {type(e).__name__}: {e}"
    return finish(task, rec, doc or Document(url=url), error, s)


def failed(task: Task, error: str, s: Settings) -> Result:
    """The Result for a task whose worker died or got stuck on it: its error record, fields passed through."""
    return process(task._replace(error=error), s)


def finish(task: Task, rec: dict[str, Any], doc: Document, error: str | None, s: Settings) -> Result:
    if s.fmt == "jsonl":
        rec.update(doc.to_dict())  # Document fields replace passed-through fields of the same name
        rec["error"] = error
        output, name = dumps(rec) + b"\n", ""
    else:
        md = s.fmt == "markdown"
        output = (render_markdown(doc) if md else render_text(doc)).encode("utf-8")
        name = task.name + (".md" if md else ".txt")
    removed = Counter(r.kind for r in doc.removed)
    return Result(output, name, task.where, error, dict(removed), error is None and "empty" in doc.flags)


def parse_line(line: bytes, fields: tuple[str, ...]) -> tuple[dict[str, Any], str | None, str | None]:
    """(fields to pass through, the page, error) for one JSONL line."""
    try:
        obj = loads(line)
    except (ValueError, RecursionError) as e:  # RecursionError: the stdlib fallback on absurdly deep nesting
        return {}, None, f"bad JSONL line: {e}"
    if not isinstance(obj, dict):
        return {}, None, f"bad JSONL line: a JSON {type(obj).__name__}, not an object"
    name = next((f for f in fields if f in obj), None)
    if name is None:
        return obj, None, f"no {' or '.join(repr(f) for f in fields)} field in the JSONL line"
    page = obj.pop(name)
    if not isinstance(page, str):
        return obj, None, f"JSONL field {name!r} is {type(page).__name__}, not a string"
    return obj, page, None


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in the block after `seconds` (POSIX main thread only; elsewhere no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def loads(data: bytes) -> Any:
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # the stdlib also takes what orjson refuses (integers over 64 bits, NaN) or words the error
    return json.loads(data)


def dumps(rec: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON; the stdlib fallback writes the same bytes for the same record."""
    if orjson is not None:
        try:
            return orjson.dumps(rec)
        except TypeError:
            pass  # lone surrogates (undecodable file names), integers over 64 bits
    text = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "replace")


def render_text(doc: Document) -> str:
    parts = ([doc.title, ""] if doc.title else []) + doc.paragraphs
    return "\n".join(parts) + "\n" if parts else ""


_MD_SPECIAL = re.compile(r"^(?:#|>|[-+*]\s|\d+[.)]\s|=+$|-+$|```|\|)")
PROVENANCE = (("source_name", "Source"), ("source_url", "Original"), ("published", "Published"),
              ("author", "Author"), ("editor", "Editor"), ("url", "Page"))


def render_markdown(doc: Document) -> str:
    """`# title`, the paragraphs, and a provenance list after a rule."""
    parts = [f"# {doc.title}"] if doc.title else []
    parts += [("\\" + p) if _MD_SPECIAL.match(p) else p for p in doc.paragraphs]
    facts = [f"- {label}: {getattr(doc, attr)}" for attr, label in PROVENANCE if getattr(doc, attr)]
    if facts:
        parts += ["---", "\n".join(facts)]
    return "\n\n".join(parts) + "\n" if parts else ""


# -- running -----------------------------------------------------------------------------------------------------

def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(tasks: Iterable[Task], s: Settings, *, workers: int = 1, chunksize: int = 16) -> Iterator[Result]:
    """Results in input order.  One worker, or a single input, runs in this process."""
    tasks = iter(tasks)
    first = list(islice(tasks, 2))
    if workers <= 1 or len(first) < 2:
        if first and s.timeout:
            warm_up(s)  # one-time set-up must not count against the first page's time limit
        return (process(t, s) for t in chain(first, tasks))
    return run_pool(chain(first, tasks), s, workers=workers, chunksize=chunksize)


def warm_up(s: Settings) -> None:
    """Build what the pipeline builds on first use (regexes, OpenCC, the language detector), once per process."""
    sample = "關於開展春季安全檢查的通知\n为切实做好春季安全生产工作，决定在全市开展安全检查。\n来源：市应急管理局\n"
    for kind, page in (("text", sample), ("html", f"<html><body><h1>通知</h1><p>{sample}</p></body></html>")):
        try:
            clean(page, options=replace(s.options, kind=kind))
        except Exception:
            pass  # a warm-up failure shows up, properly recorded, on the first real page


def worker_main(conn: Any, s: Settings, work: Callable[[Task, Settings], Result] = process) -> None:
    """A worker process: warm up, say ready, then clean chunks of (seq, Task), sending each Result back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which then stops the workers
    warm_up(s)
    try:
        conn.send((-1, None))
        while (chunk := conn.recv()) is not None:
            for seq, task in chunk:
                conn.send((seq, work(task, s)))
    except (EOFError, OSError):
        pass  # the parent has gone


def _context() -> Any:
    """forkserver where there is one (POSIX), else spawn: no fork of a parent that may hold threads or locks."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["cleanrepost.batch"])  # workers fork from a server that imported us once
        return ctx
    return mp.get_context("spawn")


class _Worker:
    """One worker process, its pipe, and the tasks it was sent that have no result yet (in order)."""

    def __init__(self, ctx: Any, s: Settings, work: Callable[[Task, Settings], Result]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_main, args=(child, s, work), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.pending: deque[tuple[int, Task]] = deque()
        self.deadline = time.monotonic() + STARTUP_LIMIT

    def send(self, chunk: list[tuple[int, Task]], limit: float | None) -> None:
        self.pending.extend(chunk)
        self.deadline = time.monotonic() + limit if limit else float("inf")
        try:
            self.conn.send(chunk)
        except OSError:
            pass  # it died: the parent's wait() sees the closed pipe and handles it as a crash

    def stop(self, now: bool = False) -> None:
        if not now:
            try:
                self.conn.send(None)
                self.proc.join(1.0)
            except OSError:
                pass
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


def run_pool(tasks: Iterable[Task], s: Settings, *, workers: int, chunksize: int = 16,
             work: Callable[[Task, Settings], Result] = process) -> Iterator[Result]:
    """Results in input order from `workers` processes fed chunks of `chunksize` tasks.

    `work` turns a Task into a Result in the workers; it must be an importable top-level function.

    Each page has `s.timeout` seconds in its worker (a PageTimeout there gives an error record); a worker that
    has not answered after 1.5 × timeout + 2 s is stuck outside Python, so it is killed and replaced.
    """
    ctx = _context()
    hard_limit = s.timeout * 1.5 + 2 if s.timeout else None
    window = workers * chunksize * 4  # tasks in flight or waiting for an earlier one
    pool = [_Worker(ctx, s, work) for _ in range(workers)]
    source = enumerate(tasks)
    retry: deque[tuple[int, Task]] = deque()  # tasks a replaced worker never got to
    done: dict[int, Result] = {}
    next_in = next_out = 0
    exhausted = False

    def replace_worker(i: int, seq: int, task: Task, error: str) -> None:
        w = pool[i]
        w.pending.popleft()
        done[seq] = failed(task, error, s)
        retry.extend(w.pending)
        w.stop(now=True)
        pool[i] = _Worker(ctx, s, work)

    try:
        while True:
            for i, w in enumerate(pool):  # feed the idle workers
                if not w.ready or w.pending:
                    continue
                if not w.proc.is_alive():  # died while idle: replace it, no page to blame
                    w.stop(now=True)
                    pool[i] = _Worker(ctx, s, work)
                    continue
                if retry:
                    chunk = [retry.popleft() for _ in range(min(chunksize, len(retry)))]
                else:
                    room = min(chunksize, next_out + window - next_in)
                    chunk = list(islice(source, room)) if room > 0 and not exhausted else []
                    exhausted = exhausted or len(chunk) < room
                    next_in += len(chunk)
                if chunk:
                    w.send(chunk, hard_limit)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and not retry and not any(w.pending for w in pool):
                return
            waiting = {w.conn: i for i, w in enumerate(pool) if w.pending or not w.ready}
            deadline = min(pool[i].deadline for i in waiting.values())
            for conn in wait(list(waiting), max(0.0, deadline - time.monotonic())):
                i = waiting[conn]  # type: ignore[index]
                w = pool[i]
                try:
                    seq, result = conn.recv()  # type: ignore[union-attr]
                except Exception:  # EOF: the worker died
                    w.proc.join(1.0)
                    if not w.ready:
                        raise BatchError(f"a worker process failed to start (exit code {w.proc.exitcode})")
                    seq, task = w.pending[0]
                    replace_worker(i, seq, task, f"worker crashed (exit code {w.proc.exitcode})")
                    continue
                if seq < 0:
                    w.ready = True
                    continue
                w.pending.popleft()
                done[seq] = result
                w.deadline = time.monotonic() + hard_limit if hard_limit else float("inf")
            now = time.monotonic()
            for i, w in enumerate(pool):
                if (w.pending or not w.ready) and now > w.deadline:
                    if not w.ready:
                        raise BatchError(f"a worker process did not start within {STARTUP_LIMIT:g} s")
                    seq, task = w.pending[0]
                    replace_worker(i, seq, task, f"timeout: over {s.timeout:g} s (worker stuck, restarted)")
    finally:
        for w in pool:
            w.stop(now=sys.exc_info()[0] is not None)


# -- output ------------------------------------------------------------------------------------------------------

@dataclass
class Summary:
    workers: int = 1
    pages: int = 0
    failed: int = 0
    empty: int = 0
    removed: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def add(self, r: Result) -> None:
        self.pages += 1
        self.failed += r.error is not None
        self.empty += r.empty
        self.removed.update(r.removed)

    def report(self) -> str:
        secs = time.perf_counter() - self.started
        rate = self.pages / secs if secs > 0 else 0.0
        lines = [f"cleanrepost: {self.pages} pages in {secs:.1f} s ({rate:.1f} pages/s, workers: {self.workers if self.pages > 1 else 1}): "
                 f"{self.pages - self.failed} cleaned, {self.failed} failed, {self.empty} empty"]
        if self.removed:
            kinds = sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0]))
            lines.append("cleanrepost: removed blocks: " + ", ".join(f"{k} {n}" for k, n in kinds))
        return "\n".join(lines)


def write(results: Iterable[Result], s: Settings, out: str, summary: Summary, *, progress: bool = False,
          show_errors: int = 10) -> None:
    """Write each Result as it comes: JSONL to `out` (a file, or - for stdout), or one file per input under the
    folder `out` (text/markdown; failed inputs get no file).  The first `show_errors` failures go to stderr."""
    bar = _progress_bar() if progress else None
    stream = None
    if s.fmt == "jsonl":
        stream = sys.stdout.buffer if out == "-" else open(out, "wb")
    try:
        for r in results:
            summary.add(r)
            if r.error is not None and summary.failed <= show_errors:
                _note(r, bar)
            if stream is not None:
                stream.write(r.output)
            elif r.error is None:
                path = os.path.join(out, *r.name.split("/"))
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(r.output)
            if bar is not None:
                bar.update(1)
        if 0 < show_errors < summary.failed:
            print(f"cleanrepost: … {summary.failed - show_errors} more failures", file=sys.stderr)
    finally:
        if bar is not None:
            bar.close()
        if stream is not None:
            stream.flush()
            if stream is not sys.stdout.buffer:
                stream.close()


def _note(r: Result, bar: Any) -> None:
    where = r.where.get("path", "?") + (f":{r.where['line']}" if "line" in r.where else "")
    msg = f"cleanrepost: {where}: {r.error}"
    if bar is not None:
        bar.write(msg, file=sys.stderr)
    else:
        print(msg, file=sys.stderr)


def _progress_bar() -> Any:
    try:
        from tqdm import tqdm  # optional: the [progress] extra
    except ImportError:
        return None
    return tqdm(unit="page", file=sys.stderr, dynamic_ncols=True)
