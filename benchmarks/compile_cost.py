#!/usr/bin/env python3
"""How much of a fresh process's set-up is regular-expression compiling, and what a faster compile would save.

    python benchmarks/compile_cost.py [../shared/corpus] [--runs 5]

A batch worker (or any fresh process) pays, before its pages run at full speed, for importing the pipeline and
for what its first pages build lazily; `batch_model.py` calls this the worker set-up, and it is the serial part
that holds the 2-worker speed-up back.  This measures, in fresh processes (CPU, best of --runs, .pyc present):

    import + first pass   `import cleanrepost.cli` and `cleanrepost.api`, then every corpus input cleaned once
    compile               the part of it spent in re's compiler, and in its `_optimize_charset` alone: a Python
                          loop over every code point of each character-class range ([\\u4e00-\\u9fff] is 20,992
                          iterations, each time a pattern holds it) and over the 256 chunks of each class that
                          holds a character above U+00FF ([ \\t\\u3000\\u00a0])

and the same with a prototype `_optimize_charset` (the stdlib's own source with those two loops replaced by
slice assignments and a zero-chunk shortcut), after checking that it gives the same compiled code for every
pattern the run compiled.  The prototype is a measurement, not part of cleanrepost: shipping it would mean
patching or vendoring a private stdlib function (a design decision, like a disk cache of compiled patterns).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as an installed package runs

PROTOTYPE = r'''
import inspect
import re._compiler as rc
_ORIG = rc._optimize_charset
_LOOP = """                    else:
                        for i in r:
                            charmap[i] = 1
"""
_SLICE = """                    else:
                        lo, hi = av
                        if hi < len(charmap):
                            charmap[lo:hi + 1] = b'\\x01' * (hi + 1 - lo)
                        else:  # as the loop: set what fits, then IndexError
                            if lo < len(charmap):
                                charmap[lo:] = b'\\x01' * (len(charmap) - lo)
                            raise IndexError
"""
_CHUNKS = """    for i in range(0, 65536, 256):
        chunk = charmap[i: i + 256]
        if chunk in comps:
            mapping[i // 256] = comps[chunk]
        else:
            mapping[i // 256] = comps[chunk] = block
            block += 1
            data += chunk
"""
_FAST_CHUNKS = """    zero = bytes(256)
    zero_block = -1
    for k in range(256):
        chunk = charmap[k << 8: (k << 8) + 256]
        if zero_block >= 0 and chunk == zero:
            mapping[k] = zero_block
            continue
        got = comps.get(chunk)
        if got is None:
            got = comps[chunk] = block
            block += 1
            data += chunk
            if chunk == zero:
                zero_block = got
        mapping[k] = got
"""
_src = inspect.getsource(_ORIG)
assert _LOOP in _src and _CHUNKS in _src, "this CPython's _optimize_charset differs from 3.11's"
_ns = dict(vars(rc))
exec(compile(_src.replace(_LOOP, _SLICE).replace(_CHUNKS, _FAST_CHUNKS), "<prototype>", "exec"), _ns)
FAST = _ns["_optimize_charset"]
'''

MEASURE = r'''
import sys, time
FAST_ON = sys.argv[2] == "fast"
if FAST_ON:
    exec(PROTOTYPE)
    rc._optimize_charset = FAST
import re._compiler as rc
compiled = []
seconds = {"compile": 0.0, "charset": 0.0}
_compile, _charset = rc.compile, rc._optimize_charset
def timed_compile(p, flags=0):
    t = time.process_time()
    try:
        return _compile(p, flags)
    finally:
        seconds["compile"] += time.process_time() - t
        compiled.append((p, flags))
def timed_charset(*a, **k):
    t = time.process_time()
    try:
        return _charset(*a, **k)
    finally:
        seconds["charset"] += time.process_time() - t
rc.compile, rc._optimize_charset = timed_compile, timed_charset
t0 = time.process_time()
import cleanrepost.cli
import cleanrepost.api
from cleanrepost import clean
from pathlib import Path
inputs = sorted(Path(sys.argv[1]).glob("cases/*/input.*"))
t1 = time.process_time()
for path in inputs:
    clean(path.read_bytes())
t2 = time.process_time()
for path in inputs:
    clean(path.read_bytes())
t3 = time.process_time()
rc.compile, rc._optimize_charset = _compile, _charset
same = "-"
if sys.argv[2] == "check":  # the prototype's code for every pattern this run compiled, against the stdlib's
    exec(PROTOTYPE)
    import re._parser as rp
    def code(p, flags, fn):
        rc._optimize_charset = fn
        try:
            return rc._code(rp.parse(p, flags), flags)
        finally:
            rc._optimize_charset = _ORIG
    differ = [p for p, f in compiled if isinstance(p, str) and code(p, f, _ORIG) != code(p, f, FAST)]
    same = f"{len(compiled) - len(differ)}/{len(compiled)}"
print(t1 - t0, (t2 - t1) - (t3 - t2), seconds["compile"], seconds["charset"], len(compiled), same)
'''


def run(corpus: Path, mode: str) -> list[str]:
    code = "PROTOTYPE = " + repr(PROTOTYPE) + "\n" + MEASURE
    out = subprocess.run([sys.executable, "-c", code, str(corpus), mode], env=ENV, capture_output=True, text=True,
                         check=True)
    return out.stdout.split()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(CORPUS))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    corpus = Path(a.corpus)
    check = run(corpus, "check")
    print(f"prototype gives the stdlib's compiled code for {check[5]} patterns compiled by one pass over the corpus")
    rows: dict[str, list[list[float]]] = {"stdlib": [], "fast": []}
    for _ in range(a.runs):  # interleaved
        for mode in rows:
            rows[mode].append([float(x) for x in run(corpus, mode)[:5]])
    print(f"CPU seconds, fresh processes, best (lazy: median) of {a.runs}; load {os.getloadavg()[0]:.2f}")
    for mode, r in rows.items():
        imp, lazy = min(x[0] for x in r), statistics.median(x[1] for x in r)
        comp, charset = min(x[2] for x in r), min(x[3] for x in r)
        print(f"  {mode:>6} _optimize_charset: import {imp:.3f} + lazy {lazy:.3f} = set-up {imp + lazy:.3f}; "
              f"compiling {comp:.3f} ({int(r[0][4])} patterns), of which _optimize_charset {charset:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
