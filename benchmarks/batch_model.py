#!/usr/bin/env python3
"""The 2-worker speed-up on two idle cores, computed from CPU times, for machines whose cores are shared.

    python benchmarks/batch_model.py                 # 300 pages (corpus inputs replicated), best of 5
    python benchmarks/batch_model.py --pages 600 --runs 7

`batch_speed.py` measures the wall clock, which on a busy machine says more about the neighbours.  CPU time
barely depends on them, so this measures every serial and parallel part of `cleanrepost clean DIR` as CPU time
(best of --runs fresh processes, interpreter start-up included, .pyc files present) and adds them up the way two
free cores run them:

    cli start      the command's own start: interpreter + `import cleanrepost.cli` + its parser
    worker set-up  what a process that has only the command's imports pays before its pages run at full speed:
                   `import cleanrepost.api` (the pipeline) and the set-up its first pages pay lazily (first pass
                   over the pages minus the second).  `--workers 1` pays it in the command's process; each
                   worker forked from the command pays it too, both at the same time on their own cores
    worker ready   one worker started by the pool until it says ready (wall, best of 5: it is short)
    server start   for comparison, the forkserver a parent with threads uses instead: interpreter +
                   `import cleanrepost.preload` (import, then warm_up()), before its first worker can fork
    page           one page, warm: `batch.process()` (clean + the JSONL record), mean over the pages
    parent         the parent's own CPU while a 2-worker pool runs the pages (reading, pipes, writing)
    tail           on average one worker still has half a chunk when the other runs dry; the last chunks of a
                   batch shrink (schedule.Scheduler), so this is half the mean size of the last chunk

    1 worker:               cli start + worker set-up + N × page
    2 workers (forked):     cli start + worker ready + worker set-up + (N × page + parent) / 2 + tail × page
    2 workers (forkserver): cli start + server start + worker ready + (N × page + parent) / 2 + tail × page
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from batch_speed import make_pages  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as an installed package runs


def child_cpu(code: str, runs: int) -> float:
    """Best CPU seconds of a fresh `python -c code` (all of it: interpreter start-up included)."""
    best = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return best


_IN_PROCESS = """
import sys, time
from pathlib import Path
import cleanrepost.cli  # what the command has imported when it starts its workers
from cleanrepost.batch import Settings, iter_tasks
s = Settings()
tasks = list(iter_tasks([sys.argv[1]]))
t0 = time.process_time()
from cleanrepost.batch import process
import cleanrepost.api
t1 = time.process_time()
for t in tasks: process(t, s)
t2 = time.process_time()
for t in tasks: process(t, s)
t3 = time.process_time()
print(t1 - t0, (t2 - t1) - (t3 - t2), (t3 - t2) / len(tasks))
"""

_PARENT = """
import resource, sys, time
from cleanrepost.batch import Settings, iter_tasks, run_pool
s = Settings()
before = resource.getrusage(resource.RUSAGE_SELF)
list(run_pool(iter_tasks([sys.argv[1]]), s, workers=2, chunksize=16))
after = resource.getrusage(resource.RUSAGE_SELF)
print(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
"""

_READY = """
import time
from cleanrepost.batch import Settings, pool
s = Settings()
best = float("inf")
for i in range(6):  # the first start may start a forkserver (a parent with threads): not counted
    t0 = time.perf_counter()
    w = pool._Worker(s, pool.process)
    w.conn.recv()
    if i:
        best = min(best, time.perf_counter() - t0)
    w.stop()
print(best)
"""


def last_chunk(n: int, chunksize: int, workers: int = 2) -> float:
    """The size of a batch's last chunk, as schedule.Scheduler cuts them (or `chunksize` where it does not)."""
    from cleanrepost.batch.schedule import Scheduler
    sched = Scheduler(range(n), workers=workers, chunksize=chunksize)
    sizes = []
    while chunk := sched.chunk_for(0):
        sizes.append(len(chunk))
        for seq, _ in chunk:
            sched.completed(0, seq, None)
        list(sched.release())
    return sizes[-1] if sizes else chunksize


def run_python(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, env=ENV, capture_output=True, text=True)
    return [float(x) for x in out.stdout.split()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--chunksize", type=int, default=16)
    a = ap.parse_args()
    package = subprocess.run([sys.executable, "-c", "import cleanrepost, os; print(os.path.dirname("
                              "cleanrepost.__file__))"], env=ENV, capture_output=True, text=True, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package.stdout.strip()], env=ENV,
                   stdout=subprocess.DEVNULL, check=False)  # .pyc files, as an installed package has them
    tmp = Path(tempfile.mkdtemp(prefix="cleanrepost-model-"))
    try:
        folder = tmp / "pages"
        folder.mkdir()
        what = make_pages(folder, a.pages, synthetic=False)
        cli = child_cpu("import cleanrepost.cli; cleanrepost.cli.build_parser()", a.runs)
        server = child_cpu("import cleanrepost.preload", a.runs)
        rows = [run_python(_IN_PROCESS, str(folder)) for _ in range(a.runs)]
        imp, page = min(r[0] for r in rows), min(r[2] for r in rows)
        lazy = statistics.median(r[1] for r in rows)  # a difference of two passes: the median, not the best
        parent = min(run_python(_PARENT, str(folder))[0] for _ in range(a.runs))
        ready = run_python(_READY)[0]
        n = a.pages
        tail = last_chunk(n, a.chunksize) / 2 * page
        setup = imp + lazy
        one = cli + setup + n * page
        parallel = (n * page + parent) / 2 + tail
        forked = cli + ready + setup + parallel
        served = cli + server + ready + parallel
        print(f"{n} pages ({what}); CPU seconds, best of {a.runs} fresh processes; load {os.getloadavg()[0]:.2f}")
        print(f"  cli start {cli:.3f}   worker set-up: import {imp:.3f} + lazy {lazy:.3f}   worker ready {ready:.3f} "
              f"(wall)   server start {server:.3f}")
        print(f"  page {page * 1000:.2f} ms   parent during the pool {parent:.3f}   tail {tail:.3f}")
        print(f"  expected on 2 idle cores: 1 worker {one:.2f} s, 2 workers {forked:.2f} s -> {one / forked:.2f}x "
              f"(forkserver: {served:.2f} s -> {one / served:.2f}x)")
        print(f"  serial before both workers clean at full speed: {cli + ready + setup:.2f} s; 1.6x needs at most "
              f"{one / 1.6 - parallel:.2f} s")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
