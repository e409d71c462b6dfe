"""Writing Results in order: JSONL to stdout or a file (plain or .gz), or one text/markdown file per input.

A JSONL file is never emptied before the new one is ready: records are appended, whole lines, to `OUT.partial`
beside it, which is renamed over OUT (compressed first for a .gz name) only when the batch has finished.  An
interrupted or killed run leaves OUT as it was and its records in OUT.partial; `--resume` truncates a torn last
line there, keeps the complete records and cleans only the inputs after them, so the result is byte-identical to
an uninterrupted run.

Files under an output folder are written through directory descriptors opened with O_NOFOLLOW, to a temporary
name then renamed into place: a symbolic link inside the folder is never followed (the file is refused instead),
and a reader never sees half a file.  Names are made safe, bounded and unique by FileNames.
"""
from __future__ import annotations

import errno
import gzip
import os
import re
import shutil
import sys
from typing import Any, Iterable

from ..formats import FORMATS, format_name
from .jsoncodec import loads
from .pool import BatchError
from .summary import Summary
from .tasks import Result

PARTIAL = ".partial"
NAME_BYTES = 200  # a file name's bytes at most (NAME_MAX is 255 on common file systems; room for ~N and .md)
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/]")


class JsonlSink:
    """JSONL records to stdout (`out` is "-") or to the file `out` (gzip when its name ends in .gz)."""

    def __init__(self, out: str, *, resume: bool = False, header: bytes = b"") -> None:
        self.out, self.count, self.kept_failed, self.kept_empty = out, 0, 0, 0
        self.last: dict[str, Any] | None = None  # the last record kept on --resume
        if out == "-":
            self.partial, self.stream = None, sys.stdout.buffer
            self.stream.write(header)
            return
        parent = os.path.dirname(out)
        if parent:
            os.makedirs(parent, exist_ok=True)
        self.partial = out + PARTIAL
        if resume:
            self._restore()
            self.stream = open(self.partial, "ab")
        else:
            self.stream = open(self.partial, "wb")
            self.stream.write(header)

    def _restore(self) -> None:
        """Make OUT.partial hold the complete records of the earlier run (from OUT itself if that finished)."""
        if not os.path.exists(self.partial) and os.path.exists(self.out):
            with (gzip.open(self.out, "rb") if self.out.endswith(".gz") else open(self.out, "rb")) as src, \
                    open(self.partial, "wb") as dst:
                shutil.copyfileobj(src, dst)
        if not os.path.exists(self.partial):
            return
        with open(self.partial, "rb+") as f:
            end = 0
            for line in f:
                if not line.endswith(b"\n"):
                    break  # a torn last line: the kill came in the middle of a write
                try:
                    rec = loads(line)
                except ValueError:
                    raise BatchError(f"cannot resume: line {self.count + 1} of {self.partial} is not a "
                                     f"JSONL record") from None
                end += len(line)
                self.count += 1
                self.kept_failed += rec.get("error") is not None
                self.kept_empty += rec.get("error") is None and "empty" in (rec.get("flags") or ())
                self.last = rec
            f.truncate(end)

    def write(self, r: Result) -> None:
        self.stream.write(r.output)
        self.count += 1

    def close(self, finished: bool) -> str:
        """Flush; when `finished`, put the new output in place.  Returns what was written, for the summary."""
        self.stream.flush()
        if self.partial is None:
            return f"wrote {self.count} records to stdout"
        os.fsync(self.stream.fileno())
        self.stream.close()
        if not finished:
            return (f"{self.count} records so far in {self.partial} ({self.out} untouched); "
                    f"rerun with --resume to continue")
        if self.out.endswith(".gz"):
            tmp = self.out + ".tmp"
            with open(self.partial, "rb") as src, open(tmp, "wb") as raw:
                # mtime 0 and no file name in the header: the same records give the same bytes
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
                    shutil.copyfileobj(src, gz)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(tmp, self.out)
            os.remove(self.partial)
        else:
            os.replace(self.partial, self.out)
        return f"wrote {self.count} records to {self.out}"


class FileNames:
    """Relative output names made safe, bounded and unique, the same for the same inputs in the same order.

    Each '/'-separated part loses control characters; "." and ".." become "_." / "_.."; undecodable bytes are
    written as \\xNN; a part over NAME_BYTES is cut and given a hash of the whole part.  A name already given in
    this run (compared case-insensitively, for case-insensitive file systems) gets ~2, ~3 … before its suffix.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.folders: set[str] = set()

    def assign(self, name: str, suffix: str) -> str:
        stem = name[: -len(suffix)] if suffix and name.endswith(suffix) else name
        parts = [_safe_part(p) for p in stem.split("/")]
        for i in range(1, len(parts)):  # a folder may not take a name already given to a file
            folder = "/".join(parts[:i])
            while folder.casefold() in self.used:
                parts[i - 1] += "~dir"
                folder = "/".join(parts[:i])
            self.folders.add(folder.casefold())
        base, n = "/".join(parts), 1
        candidate = base + suffix
        while candidate.casefold() in self.used or candidate.casefold() in self.folders:
            n += 1
            candidate = f"{base}~{n}{suffix}"
        self.used.add(candidate.casefold())
        return candidate


def _safe_part(part: str) -> str:
    part = _UNSAFE.sub("_", os.fsencode(part).decode("utf-8", "backslashreplace")) or "_"
    if part in (".", ".."):
        part = "_" + part
    raw = part.encode("utf-8")
    if len(raw) > NAME_BYTES:
        import hashlib  # here: a long name is rare, and importing hashlib costs the command ~3 ms at start
        digest = hashlib.sha1(raw).hexdigest()[:12]
        part = raw[: NAME_BYTES - 13].decode("utf-8", "ignore") + "-" + digest
    return part


class FolderSink:
    """One file per cleaned input under the folder `out`; failed inputs get none."""

    def __init__(self, out: str, suffix: str) -> None:
        os.makedirs(out, exist_ok=True)
        self.out, self.suffix = out, suffix
        self.root = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
        self.names = FileNames()
        self.count = self.replaced = 0
        self.refused: list[str] = []
        self._dir: tuple[str, int] | None = None  # the last folder opened, kept for the next file

    def write(self, r: Result) -> None:
        if r.error is not None:
            return
        name = self.names.assign(r.name, self.suffix)
        folder, _, base = name.rpartition("/")
        try:
            fd = self._folder(folder)
            tmp = f".{base[:NAME_BYTES - 20]}.{os.getpid()}.tmp"
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
            f = os.open(tmp, flags, 0o644, dir_fd=fd)
            try:
                _write_all(f, r.output)
            finally:
                os.close(f)
            try:
                existed = os.stat(base, dir_fd=fd, follow_symlinks=False)
            except FileNotFoundError:
                existed = None
            os.replace(tmp, base, src_dir_fd=fd, dst_dir_fd=fd)  # a link at `base` is replaced, not followed
            self.replaced += existed is not None
            self.count += 1
        except OSError as e:
            self.refused.append(f"{name}: {e.strerror or e}")
            print(f"cleanrepost: cannot write {os.path.join(self.out, name)}: {e.strerror or e}", file=sys.stderr)

    def _folder(self, folder: str) -> int:
        if not folder:
            return self.root
        if self._dir and self._dir[0] == folder:
            return self._dir[1]
        fd = self.root
        try:
            for part in folder.split("/"):
                try:
                    os.mkdir(part, dir_fd=fd)
                except FileExistsError:
                    pass
                try:
                    nxt = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except OSError as e:
                    if e.errno in (errno.ELOOP, errno.ENOTDIR):
                        raise OSError(e.errno, f"{part} is a symbolic link or not a folder: not followed") from e
                    raise
                if fd != self.root:
                    os.close(fd)
                fd = nxt
        except BaseException:
            if fd != self.root:
                os.close(fd)
            raise
        if self._dir:
            os.close(self._dir[1])
        self._dir = (folder, fd)
        return fd

    def close(self, finished: bool) -> str:
        if self._dir:
            os.close(self._dir[1])
        os.close(self.root)
        said = f"wrote {self.count} files under {self.out}"
        if self.replaced:
            said += f" ({self.replaced} existing files replaced)"
        if self.refused:
            said += f"; {len(self.refused)} not written (see above)"
        return said


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


CSV_HEADER = ("path,error," + FORMATS["csv"].header).encode("utf-8")  # --format csv: the page's path and error first


def open_sink(fmt: str, out: str, *, resume: bool = False) -> Any:
    """The one place that maps an output format to how it is written (a formats registry plugs in here)."""
    if fmt == "jsonl":
        return JsonlSink(out, resume=resume)
    if fmt == "csv":
        return JsonlSink(out, header=CSV_HEADER)  # one row per page, in the same safe stream
    return FolderSink(out, FORMATS[format_name(fmt)].suffix)


def write(results: Iterable[Result], sink: Any, summary: Summary, *, total: int | None = None,
          progress: bool = False, show_errors: int | None = 10) -> None:
    """Write each Result as it comes and count it; the first `show_errors` failures (None: all) go to stderr.
    The sink is closed in every case, and the summary told what was written."""
    bar = _progress_bar(total, summary.kept) if progress else None
    finished = False
    try:
        for r in results:
            summary.add(r)
            if r.error is not None and (show_errors is None or summary.failed - summary.kept_failed <= show_errors):
                _note(r, bar)
            sink.write(r)
            if bar is not None:
                bar.update(1)
        shown = summary.failed - summary.kept_failed
        if show_errors and 0 < show_errors < shown:
            print(f"cleanrepost: … {shown - show_errors} more failures", file=sys.stderr)
        finished = True
    finally:
        if bar is not None:
            bar.close()
        summary.written = sink.close(finished)


def _note(r: Result, bar: Any) -> None:
    where = r.where.get("path", "?") + (f":{r.where['line']}" if "line" in r.where else "")
    msg = f"cleanrepost: {where}: {r.error}"
    if bar is not None:
        bar.write(msg, file=sys.stderr)
    else:
        print(msg, file=sys.stderr)


def _progress_bar(total: int | None, initial: int) -> Any:
    from tqdm import tqdm
    # No monitor thread: the bar is made before the pool starts, and the pool forks its workers only from a
    # process without threads (pool._context); the bar is updated on every page anyway.
    tqdm.monitor_interval = 0
    # With no total (stdin, compressed or huge dumps) tqdm shows the count and rate, and we say why no ETA.
    return tqdm(total=total, initial=initial, unit="page", file=sys.stderr, dynamic_ncols=True,
                desc=None if total is not None else "no total (stdin or large/compressed JSONL)")
