"""What a fresh worker costs: time from start to ready, and its first clean() over a warm one (issue #14).

    python benchmarks/worker_warmup.py [PAGE] [--workers 6]

Workers fork from a forkserver that preloads `cleanrepost.preload` (patterns compiled, OpenCC and language
profiles built, a sample page cleaned).  Run with --no-preload to compare with a server that only imports the
package, as before, so that every worker warms up by itself.  Each worker cleans PAGE twice: the first clean
in a fresh process against the second.
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


def measure(page: str, workers: int, preload: bool) -> None:
    if not preload:  # the forkserver imports the package only; each worker warms up on its own
        real = pool._context

        def plain():
            ctx = real()
            ctx.set_forkserver_preload(["cleanrepost.batch"])
            return ctx

        pool._context = plain
    data = open(page, "rb").read()
    s = Settings(timeout=30)
    ctx = pool._context()
    readies, firsts, seconds = [], [], []
    for i in range(workers + 1):  # the first start also starts the forkserver: not counted
        t0 = time.perf_counter()
        w = pool._Worker(ctx, s, twice)
        w.conn.recv()  # (-1, None): ready
        ready = (time.perf_counter() - t0) * 1000
        w.send([(0, Task({"path": page}, "p", data))], None)
        _, r = w.conn.recv()
        first, second = map(float, r.name.split())
        w.stop()
        if i:
            readies.append(ready), firsts.append(first), seconds.append(second)
    print(f"preload={'warm' if preload else 'import only'}: start→ready median {statistics.median(readies):.1f} ms; "
          f"first clean {statistics.median(firsts):.2f} ms, second {statistics.median(seconds):.2f} ms, "
          f"first − second {statistics.median(f - s for f, s in zip(firsts, seconds)):.2f} ms "
          f"(median of {workers} fresh workers)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("page", nargs="?", default=None)
    ap.add_argument("--workers", type=int, default=6)
    ap.add_argument("--no-preload", action="store_true")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    page = args.page or next(os.path.join(d, f) for d, _, fs in sorted(os.walk(DEFAULT_PAGE)) for f in sorted(fs)
                             if f == "input.html")
    if args.one:
        measure(page, args.workers, not args.no_preload)
        return
    for flag in ([], ["--no-preload"], [], ["--no-preload"]):  # alternate: machine load falls on both alike
        subprocess.run([sys.executable, __file__, page, "--workers", str(args.workers), "--one", *flag], check=True)


if __name__ == "__main__":
    mp.freeze_support()
    main()
