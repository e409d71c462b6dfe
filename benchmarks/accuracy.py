"""Accuracy of cleanrepost (and trafilatura, when installed) on a gold corpus, per case and on average.

    python benchmarks/accuracy.py                          # the dev corpus beside the checkout (../shared/corpus)
    python benchmarks/accuracy.py /path/to/corpus --systems cleanrepost --json out.json

The corpus folder holds cases/<id>/gold.json with input.html or input.txt (see the corpus README).  Both sides
are compared in a canonical form (NFKC, letters/digits/Han only) so that normalization choices — full-width
commas, spacing — are not counted as extraction errors.  Figures:

  f1, prec, rec  F1 / precision / recall of character bigrams of the body against the gold paragraphs
  para           share of gold paragraphs found whole in the output
  leak           share of the gold boilerplate snippets found in the output (pooled over all cases)
  title          title equals gold (cases whose gold has a title)
  pub            published date (YYYY-MM-DD) equals gold (cases whose gold has one)
  src            source_name contains gold or is contained in it (cases whose gold has one)
  url            source_url equals gold (cases where gold or the system has one: an invented URL is wrong)
  ms, ms_med     wall milliseconds per page (mean, median), after a warm-up pass

Gold `body_optional` items count neither way: they are dropped from the gold, and output lines equal to one
are dropped from the output.
trafilatura is fed decoded text (never bytes) and run twice: default settings and favor_precision.
"""
from __future__ import annotations

import argparse
import html
import json
import statistics
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
METRICS = ("f1", "prec", "rec", "para", "leak", "title", "pub", "src", "url", "ms")


@dataclass
class Case:
    id: str
    kind: str  # "html" or "text"
    raw: bytes
    gold: dict[str, Any]


@dataclass
class Output:
    title: str | None = None
    body: str = ""
    published: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    error: str | None = None


@dataclass
class Row:
    case: str
    kind: str
    system: str
    scores: dict[str, float | None] = field(default_factory=dict)
    leaked: int = 0
    snippets: int = 0
    error: str | None = None


# -- corpus ----------------------------------------------------------------------------------------------------

def load_corpus(root: Path) -> list[Case]:
    cases_dir = root / "cases" if (root / "cases").is_dir() else root
    cases = []
    for gold_path in sorted(cases_dir.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name, kind in (("input.html", "html"), ("input.txt", "text")):
            path = gold_path.parent / name
            if path.exists():
                cases.append(Case(gold.get("id") or gold_path.parent.name, kind, path.read_bytes(), gold))
                break
    return cases


# -- metrics (canonical form, bigram overlap) ------------------------------------------------------------------

def canonical(text: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if ch.isalnum())


def bigram_prf(output: str, gold: str) -> tuple[float, float, float]:
    out = Counter(output[i:i + 2] for i in range(len(output) - 1))
    ref = Counter(gold[i:i + 2] for i in range(len(gold) - 1))
    if not out and not ref:
        return 1.0, 1.0, 1.0
    common = sum((out & ref).values())
    if not common:
        return 0.0, 0.0, 0.0
    prec, rec = common / sum(out.values()), common / sum(ref.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


def _day(value: str | None) -> str | None:
    digits = (value or "")[:10]
    return digits if len(digits) == 10 and digits[4] == "-" else None


def score(case: Case, out: Output) -> Row:
    gold = case.gold
    optional = {canonical(p) for p in gold.get("body_optional") or []}
    paras = [canonical(p) for p in gold.get("body") or []]
    paras = [p for p in paras if len(p) >= 2 and p not in optional]
    gold_text = "".join(paras)
    # optional items count neither way: out of the gold, and output lines equal to one are dropped
    body = "".join(line for line in map(canonical, out.body.splitlines()) if line not in optional)
    prec, rec, f1 = bigram_prf(body, gold_text)
    snippets = [canonical(s) for s in gold.get("boilerplate") or []]
    snippets = [s for s in snippets if len(s) >= 4 and s not in gold_text]
    leaked = sum(s in body for s in snippets)
    row = Row(case.id, case.kind, "", leaked=leaked, snippets=len(snippets), error=out.error)
    row.scores = {
        "f1": f1, "prec": prec, "rec": rec,
        "para": sum(p in body for p in paras) / len(paras) if paras else 1.0,
        "leak": leaked / len(snippets) if snippets else 0.0,
        "title": float(canonical(out.title) == canonical(gold["title"])) if gold.get("title") else None,
        "pub": float(_day(out.published) == gold["published"]) if gold.get("published") else None,
        "src": None, "url": None,
    }
    if gold.get("source_name"):
        mine, ref = canonical(out.source_name), canonical(gold["source_name"])
        row.scores["src"] = float(bool(mine) and (mine in ref or ref in mine))
    mine_url, ref_url = (out.source_url or "").strip().rstrip("/"), (gold.get("source_url") or "").strip().rstrip("/")
    if mine_url or ref_url:
        row.scores["url"] = float(mine_url == ref_url)
    return row


# -- systems ---------------------------------------------------------------------------------------------------

def run_cleanrepost(case: Case) -> Output:
    import cleanrepost
    doc = cleanrepost.clean(case.raw, url=(case.gold.get("origin") or {}).get("page_url"))
    return Output(doc.title, doc.text, doc.published, doc.source_name, doc.source_url)


def _as_html(case: Case) -> str:
    from cleanrepost.decode import decode
    text = decode(case.raw).text  # trafilatura gets decoded text: its own byte sniffing mangles GBK pages
    if case.kind == "html":
        return text
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"


def _trafilatura(precision: bool) -> Callable[[Case], Output]:
    import trafilatura  # ImportError here means "not installed": the system is skipped

    def run(case: Case) -> Output:
        doc = trafilatura.bare_extraction(_as_html(case), with_metadata=True, favor_precision=precision)
        if doc is None:
            return Output()
        d = doc if isinstance(doc, dict) else doc.as_dict()
        return Output(d.get("title"), d.get("text") or "", d.get("date"))
    return run


SYSTEMS: dict[str, Callable[[], Callable[[Case], Output]]] = {
    "cleanrepost": lambda: run_cleanrepost,
    "trafilatura": lambda: _trafilatura(False),
    "trafilatura-precision": lambda: _trafilatura(True),
}


def evaluate(runs: dict[str, Callable[[Case], Output]], cases: list[Case]) -> dict[str, tuple[list[Row], float]]:
    """Run every system on every case.  Systems take turns case by case, so that load from other processes on
    the machine falls on all of them alike and the time ratios stay meaningful."""
    for run in runs.values():
        for case in cases[:2]:  # warm-up: imports, lazy tables
            try:
                run(case)
            except Exception:
                pass
    results: dict[str, tuple[list[Row], float]] = {name: ([], 0.0) for name in runs}
    for case in cases:
        for name, run in runs.items():
            start = time.perf_counter()
            try:
                out = run(case)
            except Exception as e:  # a crash scores zero and is shown
                out = Output(error=f"{type(e).__name__}: {e}")
            elapsed = time.perf_counter() - start
            row = score(case, out)
            row.system = name
            row.scores["ms"] = elapsed * 1000
            rows, total = results[name]
            rows.append(row)
            results[name] = (rows, total + elapsed)
    return results


def means(rows: list[Row], total: float) -> dict[str, float | None]:
    result: dict[str, float | None] = {}
    for metric in METRICS:
        values = [r.scores[metric] for r in rows if r.scores.get(metric) is not None]
        result[metric] = statistics.mean(values) if values else None
    snippets = sum(r.snippets for r in rows)
    result["leak"] = sum(r.leaked for r in rows) / snippets if snippets else 0.0  # pooled, like the targets
    result["ms"] = total * 1000 / max(1, len(rows))
    result["ms_median"] = statistics.median(r.scores["ms"] for r in rows) if rows else None
    for kind in ("html", "text"):
        values = [r.scores["f1"] for r in rows if r.kind == kind]
        result["f1_" + kind] = statistics.mean(values) if values else None
    result["errors"] = sum(1 for r in rows if r.error)
    return result


# -- report ----------------------------------------------------------------------------------------------------

def _fmt(value: float | None, width: int = 6) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.3f}"


def print_report(results: dict[str, tuple[list[Row], dict[str, float | None]]]) -> None:
    cols = [m for m in METRICS if m != "ms"]
    print(f"{'case':<28} {'kind':<4} {'system':<22}" + "".join(f"{m:>7}" for m in cols) + f"{'ms':>8}")
    for system, (rows, _) in results.items():
        for r in rows:
            print(f"{r.case[:28]:<28} {r.kind:<4} {system:<22}" + "".join(" " + _fmt(r.scores[m]) for m in cols)
                  + f"{r.scores['ms']:>8.1f}" + (f"  ERROR {r.error}" if r.error else ""))
    print()
    print(f"{'mean':<22} {'n':>3}" + "".join(f"{m:>7}" for m in cols) + f"{'f1_htm':>7}{'f1_txt':>7}{'err':>4}{'ms':>8}{'ms_med':>8}")
    for system, (rows, m) in results.items():
        print(f"{system:<22} {len(rows):>3}" + "".join(" " + _fmt(m[c]) for c in cols)
              + " " + _fmt(m["f1_html"]) + " " + _fmt(m["f1_text"]) + f"{m['errors']:>4}{m['ms']:>8.1f}"
              + f"{m['ms_median'] or 0:>8.1f}")
    base = results.get("cleanrepost")
    for system in results:
        if base and system.startswith("trafilatura") and results[system][1]["ms"]:
            print(f"time ratio cleanrepost / {system}: {base[1]['ms'] / results[system][1]['ms']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="corpus folder (default: %(default)s)")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, from: " + ", ".join(SYSTEMS))
    ap.add_argument("--kind", choices=("html", "text"), help="only cases of this input kind")
    ap.add_argument("--json", help="also write per-case rows and means to this file")
    args = ap.parse_args(argv)
    root = Path(args.corpus)
    if not root.is_dir():
        print(f"corpus not found: {root}", file=sys.stderr)
        return 2
    cases = [c for c in load_corpus(root) if not args.kind or c.kind == args.kind]
    runs: dict[str, Callable[[Case], Output]] = {}
    for system in args.systems.split(","):
        if system not in SYSTEMS:
            print(f"unknown system {system!r}", file=sys.stderr)
            return 2
        try:
            runs[system] = SYSTEMS[system]()
        except ImportError as e:
            print(f"# {system}: not installed ({e}); skipped", file=sys.stderr)
    results = {name: (rows, means(rows, total)) for name, (rows, total) in evaluate(runs, cases).items()}
    print_report(results)
    if args.json:
        data = {s: {"means": m, "rows": [vars(r) for r in rows]} for s, (rows, m) in results.items()}
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
