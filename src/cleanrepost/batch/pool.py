"""Running: Tasks → Results in input order, in this process or through a small ordered pool of worker processes,
with per-page timeouts, warm-up, and replacement of crashed or stuck workers.

Memory stays bounded however many pages there are, and however large: the pool holds at most four chunks per
worker and at most `budget` bytes (schedule.DEFAULT_BUDGET, 128 MiB) of pages and output that are in flight or
waiting for an earlier one to finish, and output is written as soon as it is next in order.

Why a small pool of our own instead of `multiprocessing.Pool.imap`: a worker that dies (segfault, OOM kill) or is
stuck in C code loses its task in `Pool`, and `imap` then waits forever.  Here every worker reports each page as
it finishes it, so the parent knows which page a dead or stuck worker was on: that page gets an error record, the
worker is replaced, and the rest of its chunk goes to the next free worker.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from itertools import chain, islice
from typing import Any, Callable, Iterable, Iterator

from .cleaning import failed, process
from .schedule import DEFAULT_BUDGET, Scheduler
from .tasks import Result, Settings, Task

log = logging.getLogger("cleanrepost.batch")

STARTUP_LIMIT = 120.0  # seconds a new worker may take to import and warm up
# In this process (one worker, or one input), the one-time set-up (0.6-1 s of compiling patterns; several seconds
# on a slow machine) is paid before the first page only when the per-page limit is short enough for it to matter;
# otherwise it is paid lazily, on the pages that need each piece, which costs less (a page needs only part of it)
WARM_FIRST_BELOW = 10.0


class BatchError(Exception):
    """The batch itself cannot run (a worker process cannot start); not the failure of one input."""


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(tasks: Iterable[Task], s: Settings, *, workers: int = 1, chunksize: int = 16,
        budget: int = DEFAULT_BUDGET) -> Iterator[Result]:
    """Results in input order.  One worker, or a single input, runs in this process."""
    tasks = iter(tasks)
    first = list(islice(tasks, 2))
    if workers <= 1 or len(first) < 2:
        if first and s.timeout and s.timeout < WARM_FIRST_BELOW:
            warm_up(s)  # one-time set-up must not count against the first page's time limit
        return (process(t, s) for t in chain(first, tasks))
    return run_pool(chain(first, tasks), s, workers=workers, chunksize=chunksize, budget=budget)


def warm_up(s: Settings) -> None:
    """Build what the pipeline builds on first use, once per process: cleanrepost.warm_up() (every rule, OpenCC,
    the language profiles; a no-op where the forkserver already ran it), then one sample page with this batch's
    own options, so that a lexicon the user extended is compiled too."""
    from ..api import clean
    from ..warm import warm_up as warm_pipeline
    try:
        warm_pipeline(trafilatura=s.options.engine == "trafilatura")
        clean("来源：市应急管理局\n为切实做好春季安全生产工作，决定在全市开展安全检查。\n", options=s.options)
    except Exception:
        pass  # a warm-up failure shows up, properly recorded, on the first real page


def worker_main(conn: Any, s: Settings, work: Callable[[Task, Settings], Result] = process, warm: bool = True,
                inherited: tuple = ()) -> None:
    """A worker process: warm up (when `warm`), say ready, then clean chunks of (seq, Task), sending each Result
    back.  `inherited`: the parent's ends of the pipes, which a forked worker holds copies of."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which then stops the workers
    for c in inherited:  # so that each pipe closes when its own two processes let go of it
        c.close()
    s = _shared_lexicon(s)
    if warm:
        warm_up(s)
    try:
        conn.send((-1, None))
        while (chunk := conn.recv()) is not None:
            for seq, task in chunk:
                conn.send((seq, work(task, s)))
    except (EOFError, OSError):
        pass  # the parent has gone


def _shared_lexicon(s: Settings) -> Settings:
    """Settings arrive pickled, so their Lexicon is a copy, with nothing compiled: one equal to the default is
    swapped for the default itself, whose rules the forkserver compiled and this worker inherited."""
    from ..lexicon import Lexicon
    default = Lexicon.default()
    lexicon = s.options.lexicon
    if lexicon is not default and lexicon == default:
        return replace(s, options=replace(s.options, lexicon=default))
    return s


def _context() -> Any:
    """fork where that is safe (Linux, this process has no other thread): a worker is running in milliseconds
    and inherits whatever this process has built (a parent that ran warm_up() gives warm workers); else
    forkserver (POSIX), else spawn: no fork of a process that holds threads, whose locks a child could inherit
    taken."""
    import multiprocessing as mp  # here, not at import: a batch in this process needs none of it

    methods = mp.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        # Workers fork from a server that imported the pipeline and warmed it (cleanrepost.preload runs
        # warm_up()): compiled patterns, OpenCC and the language profiles are inherited, not rebuilt per worker.
        ctx.set_forkserver_preload(["cleanrepost.preload"])
        return ctx
    return mp.get_context("spawn")


def warm_in_worker(ctx: Any, s: Settings) -> bool:
    """Whether a new worker warms up before it says ready.  A forkserver's or a spawned worker does (cheap where
    the server preloaded everything; a user's lexicon compiles there too).  A worker forked from this process
    inherits what this process has built and pays the rest lazily on the pages that need each piece, which costs
    less than a full warm-up; both workers pay it at the same time, so a batch's start-up is not longer for it.
    As in this process (run()), a short per-page limit has it pay everything first instead."""
    return ctx.get_start_method() != "fork" or bool(s.timeout and s.timeout < WARM_FIRST_BELOW)


class _Worker:
    """One worker process and its pipe; what it was sent is tracked by the Scheduler."""

    def __init__(self, s: Settings, work: Callable[[Task, Settings], Result], others: Iterable["_Worker"] = ()) -> None:
        ctx = _context()  # each time: a replacement started after a thread appeared is not forked
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        # a forked worker holds copies of this process's ends of its own pipe and of the others' pipes: it closes
        # them, or it would never see its pipe close when this process dies (a Connection is not sent otherwise:
        # pickled, it would be duplicated)
        inherited = (self.conn, *(w.conn for w in others)) if forked else ()
        self.proc = ctx.Process(target=worker_main, args=(child, s, work, warm_in_worker(ctx, s), inherited),
                                daemon=True)
        with _sigint_ignored_in_children():  # the forkserver (started on first use) and the worker
            self.proc.start()
        child.close()
        self.ready = False
        self.deadline = time.monotonic() + STARTUP_LIMIT

    def send(self, chunk: list[tuple[int, Task]], limit: float | None) -> None:
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


@contextmanager
def _sigint_ignored_in_children() -> Iterator[None]:
    """Start a process so that it ignores Ctrl-C from its first instant: SIGINT is ignored while it starts (an
    ignored signal stays ignored through exec, and Python keeps it so at start-up), so a forkserver importing the
    pipeline, or a spawned worker, never prints a KeyboardInterrupt traceback when the terminal's Ctrl-C reaches
    the whole process group.  Workers forked from the server inherit it.  SIGINT is blocked meanwhile: one that
    comes for this process stays pending (Linux never discards a blocked signal) and is delivered, as
    KeyboardInterrupt, once the handler is back."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield  # handlers can only be set in the main thread
        return
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    old_handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        # None: a handler not set from Python (an embedding application); the default is the nearest we can give
        signal.signal(signal.SIGINT, old_handler if old_handler is not None else signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


def run_pool(tasks: Iterable[Task], s: Settings, *, workers: int, chunksize: int = 16,
             work: Callable[[Task, Settings], Result] = process, budget: int = DEFAULT_BUDGET) -> Iterator[Result]:
    """Results in input order from `workers` processes fed chunks of up to `chunksize` tasks.

    `work` turns a Task into a Result in the workers; it must be an importable top-level function.  `budget`
    bounds the bytes of pages and held output in flight (see schedule.Scheduler).

    Each page has `s.timeout` seconds in its worker (a PageTimeout there gives an error record); a worker that
    has not answered after 1.5 × timeout + 2 s is stuck outside Python, so it is killed and replaced.
    """
    from multiprocessing.connection import wait

    hard_limit = s.timeout * 1.5 + 2 if s.timeout else None
    sched: Scheduler[Task, Result] = Scheduler(tasks, workers=workers, chunksize=chunksize, budget=budget)
    pool: list[_Worker] = []
    for _ in range(workers):
        pool.append(_Worker(s, work, pool))

    def restart(i: int) -> None:
        pool[i].stop(now=True)
        pool[i] = _Worker(s, work, pool[:i] + pool[i + 1:])

    def replace_worker(i: int, error: str) -> None:
        seq, task = sched.pending[i][0]
        sched.lost(i, failed(task, error, s))
        log.info("worker %d replaced: %s (input %s)", i, error, task.where.get("path"))
        restart(i)

    try:
        while True:
            yield from sched.release()
            for i, w in enumerate(pool):  # feed the idle workers
                if not w.ready or sched.busy(i):
                    continue
                if not w.proc.is_alive():  # died while idle: replace it, no page to blame
                    restart(i)
                    continue
                chunk = sched.chunk_for(i)
                if chunk:
                    w.send(chunk, hard_limit)
            if sched.finished:
                return
            waiting = {w.conn: i for i, w in enumerate(pool) if sched.busy(i) or not w.ready}
            if not waiting:
                continue  # a worker was replaced while idle: feed again
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
                    replace_worker(i, f"worker crashed (exit code {w.proc.exitcode})")
                    continue
                if seq < 0:
                    w.ready = True
                    continue
                sched.completed(i, seq, result)
                w.deadline = time.monotonic() + hard_limit if hard_limit else float("inf")
            now = time.monotonic()
            for i, w in enumerate(pool):
                if (sched.busy(i) or not w.ready) and now > w.deadline:
                    if not w.ready:
                        raise BatchError(f"a worker process did not start within {STARTUP_LIMIT:g} s")
                    replace_worker(i, f"timeout: over {s.timeout:g} s (worker stuck, restarted)")
    finally:
        for w in pool:
            w.stop(now=sys.exc_info()[0] is not None)
