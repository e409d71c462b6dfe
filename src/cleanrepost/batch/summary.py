"""The end-of-batch summary on stderr: counts, speed, removed blocks, what was skipped, what was written."""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .tasks import Result


@dataclass
class Summary:
    workers: int = 1
    pages: int = 0
    failed: int = 0
    empty: int = 0
    kept: int = 0  # records kept from an earlier run (--resume)
    kept_failed: int = 0  # of which failed
    removed: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)  # linked folders not followed
    by: str | None = None  # "host": a per-site table too
    sites: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, Counter()]))
    written: str = ""  # what the sink wrote, said last
    started: float = field(default_factory=time.perf_counter)

    def add(self, r: Result) -> None:
        self.pages += 1
        self.failed += r.error is not None
        self.empty += r.empty
        self.removed.update(r.removed)
        if self.by == "host":
            site = self.sites[r.host or "(no url)"]
            site[0] += 1
            site[1] += r.error is not None
            site[2].update(r.removed)

    def report(self) -> str:
        secs = time.perf_counter() - self.started
        done = self.pages - self.kept
        rate = done / secs if secs > 0 else 0.0
        workers = self.workers if done > 1 else 1
        lines = [f"cleanrepost: {self.pages} pages in {secs:.1f} s ({rate:.1f} pages/s, workers: {workers}): "
                 f"{self.pages - self.failed} cleaned, {self.failed} failed, {self.empty} empty"
                 + (f" ({self.kept} kept from the earlier run)" if self.kept else "")]
        if self.removed:
            lines.append("cleanrepost: removed blocks: " + _kinds(self.removed))
        for host, (pages, failed, removed) in sorted(self.sites.items()):
            lines.append(f"cleanrepost:   {host}: {pages} pages, {failed} failed"
                         + (f"; removed: {_kinds(removed)}" if removed else ""))
        if self.skipped:
            shown = ", ".join(self.skipped[:5]) + (f" … ({len(self.skipped) - 5} more)" if len(self.skipped) > 5 else "")
            lines.append(f"cleanrepost: not followed: {len(self.skipped)} linked folder(s): {shown}")
        if self.written:
            lines.append(f"cleanrepost: {self.written}")
        return "\n".join(lines)


def _kinds(c: Counter) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
