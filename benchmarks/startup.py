#!/usr/bin/env python3
"""Start-up cost: `import cleanrepost`, and what the first clean() of a process costs over a warm one.

    python benchmarks/startup.py               # best of 5 fresh processes per figure
    python benchmarks/startup.py --runs 9

Every figure comes from fresh interpreters (subprocesses), best of `--runs`, CPU milliseconds of the process:
  import               `import cleanrepost`
  cold first clean     the first clean() after the import
  warm clean           the same page, in a process that has already cleaned a different page (so no answer the
                       line-rule memo kept can help: the inputs share no line)
  fork, import only    first clean() in a child forked from a parent that only imported cleanrepost
  fork, after warm_up  first clean() in a child forked after `cleanrepost.warm_up()` in the parent (what a
                       forkserver preload or a pre-fork pool gives its workers)
The pages are invented (benchmarks/text_speed.py's generator): one text dump and one HTML page, ~6 KB each.
Target (issue #14): first clean() in a fresh worker <= 20 ms over a warm one.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_FIRST_OVER_WARM_MS = 20

_CHILD = r"""
import json, os, random, sys, time
sys.path.insert(0, {here!r})
t0 = time.process_time()
import cleanrepost
t_import = time.process_time() - t0
from text_speed import dump
rnd = random.Random(5)
pages = {{}}
for kind in ("text", "html"):
    a, b = (dump(6000, rnd, set()) for _ in range(2))
    if kind == "html":
        a, b = ("<html><head><meta charset='utf-8'></head><body><div class='nav'><a href='/'>首页</a></div>"
                "<div class='content'>" + "".join(f"<p>{{x}}</p>" for x in t.splitlines()) + "</div></body></html>"
                for t in (a, b))
    pages[kind] = (a.encode(), b.encode())
mode, kind = sys.argv[1], sys.argv[2]
page, other = pages[kind]

def timed():
    t = time.process_time()
    cleanrepost.clean(page)
    return (time.process_time() - t) * 1000

if mode == "cold":
    out = {{"import_ms": t_import * 1000, "ms": timed()}}
elif mode == "warm":
    cleanrepost.clean(other)
    out = {{"ms": timed()}}
else:
    if mode == "fork-warm" and hasattr(cleanrepost, "warm_up"):  # absent in versions before it (for comparisons)
        cleanrepost.warm_up()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(w, json.dumps({{"ms": timed()}}).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    out = json.loads(os.read(r, 1000))
print(json.dumps(out))
"""


def run(mode: str, kind: str, runs: int) -> dict[str, float]:
    code = _CHILD.format(here=str(HERE))
    best: dict[str, float] = {}
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code, mode, kind], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": "0"})
        for k, v in json.loads(res.stdout).items():
            best[k] = min(best.get(k, float("inf")), v)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    print(f"best of {a.runs} fresh processes, CPU ms")
    for kind in ("text", "html"):
        # interleave the modes, so that load changes fall on all of them alike
        res: dict[str, dict[str, float]] = {m: {} for m in ("cold", "warm", "fork-import", "fork-warm")}
        for _ in range(a.runs):
            for mode in res:
                for k, v in run(mode, kind, 1).items():
                    res[mode][k] = min(res[mode].get(k, float("inf")), v)
        warm = res["warm"]["ms"]
        if kind == "text":
            print(f"import cleanrepost: {res['cold']['import_ms']:.1f} ms")
        print(f"{kind} page: warm clean {warm:.1f} ms")
        for mode, label in (("cold", "cold first clean"), ("fork-import", "fork, import only"),
                            ("fork-warm", "fork, after warm_up")):
            over = res[mode]["ms"] - warm
            print(f"  {label:<20} {res[mode]['ms']:7.1f} ms  (+{over:.1f} over warm)")
    print(f"target: fork after warm_up <= +{TARGET_FIRST_OVER_WARM_MS} ms over warm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
