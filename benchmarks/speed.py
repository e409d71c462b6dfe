#!/usr/bin/env python3
"""Time per page: cleanrepost against trafilatura and a bare lxml parse, in the same run, on the same pages.

    python benchmarks/speed.py ../shared/corpus            # every input.html under <corpus>/cases
    python benchmarks/speed.py ../shared/corpus --rounds 7 --json /tmp/speed.json

Systems:
  lxml-parse           lxml.html.document_fromstring on the decoded str (the floor any DOM extractor pays)
  lxml-parse-bytes     the same on the raw bytes (libxml2 decodes; what a pipeline fed bytes pays at least)
  cleanrepost          cleanrepost.clean(raw bytes): decoding, parsing, metadata, extraction, normalization
  trafilatura          trafilatura.bare_extraction(decoded str, with_metadata=True)
  trafilatura-precise  the same with favor_precision=True
  trafilatura-extract  trafilatura.extract(raw bytes): the call most users make (its own charset guessing
                       included, text output)

The bare_extraction systems are fed the str decoded with the page's gold/strict encoding, so their charset
guessing is not timed (and cannot misread GBK pages).  Times are CPU seconds of this process (time.process_time:
every system is single-threaded), rounds are interleaved (every system once per round, in rotating order) and
each system's figure is its best round (the least disturbed by other work on a shared machine, as `timeit`
advises), divided by the number of pages.  Ratios are printed against trafilatura.extract(bytes), against
bare_extraction and against both lxml floors.  Targets (issue #14): cleanrepost <= 6x the lxml parse of the
bytes and <= 0.2x trafilatura.extract(bytes).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

import lxml.html


def load_pages(corpus: Path) -> list[tuple[str, bytes, str]]:
    """(case id, raw bytes, decoded str) for every HTML case."""
    cases = corpus / "cases" if (corpus / "cases").is_dir() else corpus
    pages = []
    for path in sorted(cases.glob("*/input.html")):
        raw = path.read_bytes()
        enc = "utf-8"
        gold = path.parent / "gold.json"
        if gold.exists():
            enc = json.loads(gold.read_text(encoding="utf-8")).get("encoding") or "utf-8"
        if enc.lower().replace("-", "") in ("gb2312", "gbk"):
            enc = "gb18030"
        pages.append((path.parent.name, raw, raw.decode(enc, "replace")))
    return pages


def systems() -> dict[str, Callable[[bytes, str], object]]:
    import cleanrepost

    def lxml_parse(raw: bytes, text: str) -> object:
        parser = lxml.html.HTMLParser(remove_comments=True, no_network=True)
        return lxml.html.document_fromstring(text, parser=parser)

    def lxml_parse_bytes(raw: bytes, text: str) -> object:
        parser = lxml.html.HTMLParser(remove_comments=True, no_network=True)
        return lxml.html.document_fromstring(raw, parser=parser)

    out: dict[str, Callable[[bytes, str], object]] = {
        "lxml-parse": lxml_parse,
        "lxml-parse-bytes": lxml_parse_bytes,
        "cleanrepost": lambda raw, text: cleanrepost.clean(raw),
    }
    try:
        import trafilatura
    except ImportError:
        print("# trafilatura not installed: timing cleanrepost and lxml only", file=sys.stderr)
        return out
    out["trafilatura"] = lambda raw, text: trafilatura.bare_extraction(text, with_metadata=True)
    out["trafilatura-precise"] = lambda raw, text: trafilatura.bare_extraction(text, with_metadata=True,
                                                                              favor_precision=True)
    out["trafilatura-extract"] = lambda raw, text: trafilatura.extract(raw)
    return out


def run(pages: list[tuple[str, bytes, str]], rounds: int) -> dict[str, float]:
    fns = systems()
    for fn in fns.values():  # warm-up: imports, compiled regexes, trafilatura's caches
        for _, raw, text in pages[:3]:
            fn(raw, text)
    totals: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            fn = fns[name]
            t0 = time.process_time()
            for _, raw, text in pages:
                fn(raw, text)
            totals[name].append(time.process_time() - t0)
    return {name: min(t) * 1000 / len(pages) for name, t in totals.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path, help="write the figures here")
    a = ap.parse_args()
    pages = load_pages(a.corpus)
    if not pages:
        sys.exit(f"no input.html under {a.corpus}")
    ms = run(pages, a.rounds)
    floor, floor_b = ms["lxml-parse"], ms["lxml-parse-bytes"]
    traf, extract = ms.get("trafilatura"), ms.get("trafilatura-extract")
    print(f"{len(pages)} pages, best of {a.rounds} interleaved rounds, CPU ms per page")
    print(f"{'system':<20} {'ms/page':>8} {'x lxml':>7} {'x lxml(b)':>9} {'x bare_extr':>11} {'x extract(b)':>12}")
    for name, v in ms.items():
        vs = [f"{v / d:>{w}.3f}" if d else f"{'-':>{w}}" for d, w in ((traf, 11), (extract, 12))]
        print(f"{name:<20} {v:>8.2f} {v / floor:>7.2f} {v / floor_b:>9.2f} {vs[0]} {vs[1]}")
    c = ms["cleanrepost"]
    if extract:
        print(f"cleanrepost / trafilatura.extract(bytes) = {c / extract:.3f} (target <= 0.2)")
        print(f"cleanrepost / trafilatura.bare_extraction(str) = {c / traf:.3f}")
    print(f"cleanrepost / lxml parse of the bytes = {c / floor_b:.2f} (target <= 6); of the str = {c / floor:.2f}")
    if a.json:
        a.json.write_text(json.dumps({"pages": len(pages), "rounds": a.rounds, "ms_per_page": ms}, indent=1))


if __name__ == "__main__":
    main()
