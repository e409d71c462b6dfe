#!/usr/bin/env python3
"""Where the time goes from `cleanrepost clean DIR --workers N` starting to each worker cleaning at full speed.

    python benchmarks/batch_timeline.py                  # 300 pages, 2 workers, best of 3 runs
    python benchmarks/batch_timeline.py --workers 1 --runs 5

Runs the command's own `main()` in a fresh interpreter (the pages written to a temporary folder as in
batch_speed.py), with hooks that note, in every process, when things happen (wall clock since the interpreter was
launched) and how much CPU the process has used by then:

    code starts        the interpreter is up (site, the venv) and runs the first line of ours
    cli imported       `import cleanrepost.cli` done
    pool starts        arguments read, output opened, the pool asked for its workers (or the first page, -w 1)
    worker running     a worker process runs its first line (forked, or from the forkserver)
    pages              per process that cleans: its first page (the pipeline's import falls there), its 10th
                       and its last, with the process's CPU
    exit               main() returns

Hooks only wrap functions (no output changes); in forkserver mode the workers do not inherit them and only the
parent's marks show.  The figures are for the run with the shortest total time.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from batch_speed import make_pages  # noqa: E402

FULL_SPEED_PAGES = 10  # a worker runs at full speed from this page on (its set-up is paid by then)

_CHILD = r"""
import json, os, sys, time
launched, log = float(sys.argv[1]), sys.argv[2]
fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
def mark(event, **more):
    rec = {"pid": os.getpid(), "event": event, "t": time.time() - launched, "cpu": time.process_time(), **more}
    os.write(fd, (json.dumps(rec) + "\n").encode())
mark("code starts")
import cleanrepost.cli
mark("cli imported")
from cleanrepost.batch import cleaning, pool
real_run, real_run_pool, real_process, real_main = pool.run, pool.run_pool, cleaning.process, pool.worker_main
pages = []  # (wall start, wall end, cpu start, cpu end) of each page this process cleaned
def timed(task, s, work=real_process):
    t0, c0 = time.time() - launched, time.process_time()
    r = work(task, s)
    pages.append((t0, time.time() - launched, c0, time.process_time()))
    return r
def dump():
    os.write(fd, (json.dumps({"pid": os.getpid(), "pages": pages}) + "\n").encode())
def worker_main(conn, s, work=real_process, *rest):
    mark("worker running")
    try:
        return real_main(conn, s, lambda t, s: timed(t, s, work), *rest)
    finally:
        dump()
def run_pool(*a, **k):
    mark("pool starts")
    return real_run_pool(*a, **k)
def run(tasks, s, workers=1, **k):
    if workers <= 1:
        mark("pool starts")
        return (timed(t, s) for t in tasks)
    return real_run(tasks, s, workers=workers, **k)
pool.worker_main, pool.run_pool, cleanrepost.cli.run = worker_main, run_pool, run
cleanrepost.cli.main(sys.argv[3:])
if pages:
    dump()
mark("exit")
"""


def one_run(folder: Path, workers: int, log: Path) -> list[dict]:
    log.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    launched = time.time()
    subprocess.run([sys.executable, "-c", _CHILD, repr(launched), str(log), "clean", str(folder), "-w", str(workers),
                    "-q", "-o", os.devnull], check=True, env=env)
    return [json.loads(line) for line in log.read_text().splitlines()]


def report(marks: list[dict]) -> None:
    parent = marks[0]["pid"]
    for m in (m for m in marks if "event" in m):
        who = "parent" if m["pid"] == parent else f"worker {m['pid']}"
        print(f"    {m['t'] * 1000:8.1f} ms  {who:13} {m['event']:16} (its CPU so far {m['cpu'] * 1000:6.1f} ms)")
    for pid, ps in ((m["pid"], m["pages"]) for m in marks if m.get("pages")):
        who = "parent" if pid == parent else f"worker {pid}"
        k = min(FULL_SPEED_PAGES, len(ps)) - 1
        print(f"  {who}: first page {ps[0][0] * 1000:.1f} -> {ps[0][1] * 1000:.1f} ms (CPU {1000 * ps[0][2]:.0f} -> "
              f"{1000 * ps[0][3]:.0f} ms); page {k + 1} ends at {ps[k][1] * 1000:.1f} ms; {len(ps)} pages, the last "
              f"ends at {ps[-1][1] * 1000:.1f} ms (CPU {1000 * ps[-1][3]:.0f} ms)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleanrepost-timeline-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        what = make_pages(folder, a.pages, synthetic=False)
        runs = [one_run(folder, a.workers, Path(tmp) / "log.jsonl") for _ in range(a.runs)]
        best = min(runs, key=lambda ms: max(m.get("t", 0) for m in ms))
        print(f"{a.pages} pages ({what}), --workers {a.workers}, the fastest of {a.runs} runs "
              f"({max(m.get('t', 0) for m in best):.2f} s); load {os.getloadavg()[0]:.2f}")
        report(best)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
