"""Output: a cleaned Document as a JSONL record or text/markdown file content, the writing of Results in order
to stdout / a JSONL file / an output folder, and the Summary."""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..formats import PROVENANCE, render
from ..model import Document
from .jsoncodec import dumps
from .tasks import Result, Settings, Task


# -- one task's output -------------------------------------------------------------------------------------------

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


def render_text(doc: Document) -> str:
    """Title, a blank line, one paragraph per line (formats.py's txt with the title)."""
    return render(doc, "txt", title=True)


def render_markdown(doc: Document) -> str:
    """`# title`, the body, and a provenance list after a rule (formats.py's markdown)."""
    return render(doc, "markdown")


# -- writing -----------------------------------------------------------------------------------------------------

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
