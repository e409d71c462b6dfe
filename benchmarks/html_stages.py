#!/usr/bin/env python3
"""Where an HTML page's time goes: CPU ms per page for each stage of `clean()` on the HTML path, stage by stage.

    python benchmarks/html_stages.py ../shared/corpus            # every input.html under <corpus>/cases
    python benchmarks/html_stages.py ../shared/corpus --rounds 9

The stages are run by hand in segment_html's order (dom.load, the held proxies, dom.remove_hidden, the markup
reader and its consumed elements, walk.walk_blocks, the line rules, the block weights, the container choice),
then classification, normalization and the rest of `clean()` are timed as one ("after segmentation"), with the
lxml parse of the page's bytes alongside (the floor of issue #14's ratio).  Times are CPU seconds of this process,
each stage's figure its best round (rounds over all pages; the least disturbed one on a shared machine).  The
stage sum can differ from `clean()` by the decode and by tree teardown, which happens where the last reference
goes.
"""
from __future__ import annotations

import argparse
import sys
import time
from itertools import islice
from pathlib import Path

import lxml.html

from speed import load_pages

import cleanrepost
from cleanrepost import container, dom, segment_html, walk
from cleanrepost.decode import decode
from cleanrepost.html_meta import read_metadata, take_consumed
from cleanrepost.lexicon import Lexicon


def stages(text: str, lex: Lexicon, acc: dict[str, float]) -> None:
    clock = time.process_time

    def lap(name: str, t: float) -> float:
        now = clock()
        acc[name] = acc.get(name, 0.0) + now - t
        return now

    t = clock()
    root, _ = dom.load(text)
    t = lap("parse (dom.load)", t)
    held = list(islice(root.iter(), segment_html.HELD_ELEMENTS))
    t = lap("held proxies", t)
    dom.remove_hidden(root, lex)
    t = lap("hidden elements", t)
    page = read_metadata(root, lex)
    take_consumed(page)
    t = lap("markup reader", t)
    body = root.find("body")
    w = walk.walk_blocks(body if body is not None else root, None, frozenset(lex.chrome_subtree_hints))
    t = lap("block walk", t)
    rules = [None if container.is_link_line(b) else lex.match_line(b.text) for b in w.blocks]
    t = lap("line rules", t)
    kinds = [hit[0].kind if hit else None for hit in rules]
    weights = [container.block_weight(b, k) for b, k in zip(w.blocks, kinds)]
    container.discount_chrome_subtrees(w, weights)
    container.discount_teasers(w.blocks, weights)
    t = lap("block weights", t)
    best = container.choose_container(w, weights, lex)
    container.headline_box_container(w, weights, kinds, lex, page.title_hint, best)
    t = lap("container choice", t)
    del held, w, root, page
    lap("tree teardown", t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    pages = load_pages(args.corpus)
    if not pages:
        sys.exit(f"no input.html under {args.corpus}")
    lex = Lexicon.default()
    texts = [decode(raw).text for _, raw, _ in pages]
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, float("inf")), seconds)

    for r in range(args.rounds + 1):  # the first round warms up (compiled rules, converters)
        acc: dict[str, float] = {}
        for text in texts:
            stages(text, lex, acc)
        t = time.process_time()
        for _, raw, _ in pages:
            cleanrepost.clean(raw)
        whole = time.process_time() - t
        t = time.process_time()
        for _, raw, _ in pages:
            lxml.html.document_fromstring(raw, parser=lxml.html.HTMLParser(remove_comments=True, no_network=True))
        parse = time.process_time() - t
        if r:
            for name, seconds in acc.items():
                keep(name, seconds)
            keep("stages above, summed", sum(acc.values()))
            keep("clean(bytes), whole", whole)
            keep("lxml parse of the bytes", parse)
    n = len(pages)
    print(f"{n} pages, best of {args.rounds} rounds, CPU ms per page")
    for name, seconds in best.items():
        print(f"{name:26} {seconds * 1000 / n:7.2f}")
    print(f"{'after segmentation':26} {(best['clean(bytes), whole'] - best['stages above, summed']) * 1000 / n:7.2f}"
          "  (clean() minus the stages: decode, segment_html's edges and describe, classify, assemble, normalize)")


if __name__ == "__main__":
    main()
