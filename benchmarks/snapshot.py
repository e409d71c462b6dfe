#!/usr/bin/env python3
"""Output snapshot: prove a refactor or a speed change leaves every output byte-identical.

    python benchmarks/snapshot.py write /tmp/before.jsonl [--corpus ../shared/corpus]   # before the change
    python benchmarks/snapshot.py check /tmp/before.jsonl [--corpus ../shared/corpus]   # after: exit 1 on a diff
    python benchmarks/snapshot.py diff /tmp/before.jsonl /tmp/after.jsonl              # compare two snapshots

Every input of the corpus (`<corpus>/cases/*/input.html|input.txt`, or `<corpus>/*/input.*`) is cleaned under
each option set of OPTION_SETS that applies to its kind.  One JSON line per (case, option set), sorted, holding
the SHA-256 of the serialised `Document.to_dict()` (key order included: it is part of the output) and the output
itself, so a failing check can say which field changed.  A `CleanError` is recorded as an output too.

The snapshot holds corpus text: write it OUTSIDE the repository (the corpus must not be copied into the project).
`check` also cleans each input twice and reports any run-to-run difference (the output must be deterministic).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
# A small block limit, so the over-limit path (truncation, "over-limit" removal) is covered on real pages.
SMALL_MAX_BLOCKS = 40
# name -> (input kinds it applies to, keyword options for clean())
OPTION_SETS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "default": (("html", "text"), {}),
    "script=keep": (("html", "text"), {"script": "keep"}),
    "script=traditional": (("html", "text"), {"script": "traditional"}),
    "kind=text": (("text",), {"kind": "text"}),
    "engine=trafilatura": (("html",), {"engine": "trafilatura"}),
    f"max_blocks={SMALL_MAX_BLOCKS}": (("html", "text"), {"max_blocks": SMALL_MAX_BLOCKS}),
    "url+str-input": (("html", "text"), {"url": "http://example.org/page.html", "as_str": True}),
}


def find_inputs(corpus: Path) -> list[tuple[str, str, Path]]:
    """(case id, input kind, path) for every case, sorted by id."""
    root = corpus / "cases" if (corpus / "cases").is_dir() else corpus
    found = []
    for path in sorted(root.glob("*/input.*")):
        kind = {".html": "html", ".htm": "html", ".txt": "text"}.get(path.suffix)
        if kind:
            found.append((path.parent.name, kind, path))
    return found


def serialise(output: dict[str, Any]) -> str:
    return json.dumps(output, ensure_ascii=False, separators=(",", ":"))


def clean_once(raw: bytes, options: dict[str, Any]) -> dict[str, Any]:
    import cleanrepost

    opts = dict(options)
    data: bytes | str = raw
    if opts.pop("as_str", False):  # str input skips decode(): GBK cases are decoded here, strictly if they can be
        try:
            data = raw.decode("utf-8")
        except UnicodeDecodeError:
            data = raw.decode("gb18030", "replace")
    try:
        return cleanrepost.clean(data, **opts).to_dict()
    except cleanrepost.CleanError as e:  # a documented failure is an output like any other
        return {"error": f"CleanError: {e}"}


def records(corpus: Path) -> Iterator[dict[str, Any]]:
    for case, kind, path in find_inputs(corpus):
        raw = path.read_bytes()
        for name, (kinds, options) in OPTION_SETS.items():
            if kind in kinds:
                out = serialise(clean_once(raw, options))
                yield {"case": case, "options": name, "sha256": hashlib.sha256(out.encode("utf-8")).hexdigest(),
                       "output": json.loads(out)}


def write(records_: Iterator[dict[str, Any]], dest: Path) -> int:
    lines = sorted(serialise(r) for r in records_)
    dest.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[(r["case"], r["options"])] = r
    return out


def compare(old: dict[tuple[str, str], dict[str, Any]], new: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    """One line per difference: missing/new entries, and for changed outputs the top-level keys that differ."""
    problems = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            problems.append(f"{key[0]} [{key[1]}]: {'new' if a is None else 'missing'} entry")
        elif a["sha256"] != b["sha256"]:
            oa, ob = a["output"], b["output"]
            keys = [k for k in dict.fromkeys([*oa, *ob]) if serialise(oa.get(k)) != serialise(ob.get(k))]
            if not keys and list(oa) != list(ob):
                keys = ["(key order)"]
            problems.append(f"{key[0]} [{key[1]}]: changed: {', '.join(keys)}")
            for k in keys[:3]:
                if k in oa or k in ob:
                    problems.append(f"    {k}: {_short(oa.get(k))}  ->  {_short(ob.get(k))}")
    return problems


def _short(value: Any, limit: int = 160) -> str:
    s = serialise(value)
    return s if len(s) <= limit else s[:limit] + "…"


def determinism(corpus: Path) -> list[str]:
    """Cases whose default output differs between two runs in the same process."""
    bad = []
    for case, _, path in find_inputs(corpus):
        raw = path.read_bytes()
        if serialise(clean_once(raw, {})) != serialise(clean_once(raw, {})):
            bad.append(f"{case} [default]: output differs between two runs")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for cmd in ("write", "check"):
        p = sub.add_parser(cmd)
        p.add_argument("snapshot", type=Path)
        p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p = sub.add_parser("diff")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "diff":
        problems = compare(load(a.old), load(a.new))
    else:
        if not find_inputs(a.corpus):
            print(f"no cases under {a.corpus}", file=sys.stderr)
            return 2
        if a.cmd == "write":
            n = write(records(a.corpus), a.snapshot)
            print(f"wrote {n} outputs to {a.snapshot}")
            return 0
        problems = compare(load(a.snapshot), {(r["case"], r["options"]): r for r in records(a.corpus)})
        problems += determinism(a.corpus)
    for line in problems:
        print(line)
    n_changed = sum(1 for p in problems if not p.startswith("    "))
    print(f"{n_changed} difference(s)" if problems else "identical")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
