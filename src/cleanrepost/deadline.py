"""The per-page time bound of `clean(..., timeout=...)`.

`clean()` sets a deadline for the page; the pipeline calls `check()` between its stages and at points that run
once per line or per candidate (every line looked up in the lexicon, the big-page pre-pass), and `check()` raises
`CleanError("timeout: …")` once the deadline has passed.  Cooperative, so it works in any thread and on every
platform (no signals), and a page that finishes in time gives exactly the output it gives without a timeout.
The bound is approximate: work between two checks (one lxml parse, one regex over one line) is not interrupted.
The deadline is a context variable, so threads and nested calls each keep their own.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from .model import CleanError

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("cleanrepost_deadline", default=None)
clock = time.monotonic  # module attribute, so that tests can run the bound on a fake clock


@contextmanager
def bounded(timeout: float | None) -> Iterator[None]:
    """Run the block under a deadline `timeout` seconds from now (None: no deadline)."""
    token = _deadline.set(None if timeout is None else (clock() + timeout, timeout))
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise CleanError when the current page's deadline has passed."""
    d = _deadline.get()
    if d is not None and clock() > d[0]:
        raise CleanError(f"timeout: over {d[1]:g} s")
