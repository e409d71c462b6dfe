"""What a fresh worker costs: time from start to ready, and its first clean() over a warm one (issue #14).

    python benchmarks/worker_warmup.py [PAGE] [--workers 6]

Three ways a pool worker can start (MODES): forked from a parent that only imported the package (the command's
workers: each pays its set-up lazily), forked from a parent that ran warm_up(), and from the forkserver that
preloads `cleanrepost.preload` (where the pool cannot fork).  Each worker cleans PAGE twice: the first clean in a
fresh process against the second.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import time

from cleanrepost.batch import Settings, Task, pool, process

DEFAULT_PAGE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus")


def twice(task: Task, s: Settings):
    """A `work` function: clean the page twice, return the first and second times (ms) in the Result's name."""
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        r = process(task, s)
        times.append((time.perf_counter() - t0) * 1000)
    return r._replace(name=f"{times[0]:.2f} {times[1]:.2f}")


MODES = {
    "fork-cold": "forked from a parent that only imported the package (what the command's workers get)",
    "fork-warm": "forked from a parent that ran cleanrepost.warm_up() (a pre-fork server, a warmed caller)",
    "forkserver": "from the forkserver preloading cleanrepost.preload (where the pool cannot fork: threads)",
}


def measure(page: str, workers: int, mode: str) -> None:
    if mode == "forkserver":
        def server():
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["cleanrepost.preload"])
            return ctx

        pool._context = server
    elif mode == "fork-warm":
        import cleanrepost
        cleanrepost.warm_up(trafilatura=False)
    data = open(page, "rb").read()
    s = Settings(timeout=30)
    readies, firsts, seconds = [], [], []
    for i in range(workers + 1):  # the first start may also start the forkserver: not counted
        t0 = time.perf_counter()
        w = pool._Worker(s, twice)
        w.conn.recv()  # (-1, None): ready
        ready = (time.perf_counter() - t0) * 1000
        w.send([(0, Task({"path": page}, "p", data))], None)
        _, r = w.conn.recv()
        first, second = map(float, r.name.split())
        w.stop()
        if i:
            readies.append(ready), firsts.append(first), seconds.append(second)
    print(f"{mode}: start→ready median {statistics.median(readies):.1f} ms; "
          f"first clean {statistics.median(firsts):.2f} ms, second {statistics.median(seconds):.2f} ms, "
          f"first − second {statistics.median(f - s for f, s in zip(firsts, seconds)):.2f} ms "
          f"(median of {workers} fresh workers): {MODES[mode]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("page", nargs="?", default=None)
    ap.add_argument("--workers", type=int, default=6)
    ap.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    page = args.page or next(os.path.join(d, f) for d, _, fs in sorted(os.walk(DEFAULT_PAGE)) for f in sorted(fs)
                             if f == "input.html")
    if args.one:
        measure(page, args.workers, args.one)
        return
    for mode in [*MODES, *MODES]:  # alternate: machine load falls on all alike
        subprocess.run([sys.executable, __file__, page, "--workers", str(args.workers), "--one", mode], check=True)


if __name__ == "__main__":
    mp.freeze_support()
    main()
