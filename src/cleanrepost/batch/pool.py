"""Running: Tasks → Results in input order, in this process or through a small ordered pool of worker processes,
with per-page timeouts, warm-up, and replacement of crashed or stuck workers.

Memory stays bounded however many pages there are: the pool holds at most `window` tasks that are in flight or
waiting for an earlier one to finish, and output is written as soon as it is next in order.

Why a small pool of our own instead of `multiprocessing.Pool.imap`: a worker that dies (segfault, OOM kill) or is
stuck in C code loses its task in `Pool`, and `imap` then waits forever.  Here every worker reports each page as
it finishes it, so the parent knows which page a dead or stuck worker was on: that page gets an error record, the
worker is replaced, and the rest of its chunk goes to the next free worker.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from dataclasses import replace
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

from ..api import clean
from .cleaning import failed, process
from .tasks import Result, Settings, Task

STARTUP_LIMIT = 120.0  # seconds a new worker may take to import and warm up


class BatchError(Exception):
    """The batch itself cannot run (a worker process cannot start); not the failure of one input."""


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
