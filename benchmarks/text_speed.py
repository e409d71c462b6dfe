#!/usr/bin/env python3
"""Throughput of clean() on flattened text dumps, per stage, with a linearity check.

    python benchmarks/text_speed.py                 # 2 MB dump + 2 KB dumps + linearity (0.5 → 1 → 2 MB)
    python benchmarks/text_speed.py --rounds 5 --mb 2 --json /tmp/text_speed.json

Inputs are generated from invented vocabulary with a fixed seed, and no line repeats (within a dump, nor across
the small dumps): a memo keyed on line text cannot make a figure look better than a real page would.  Lines mix
what dumps carry: a headline, an info bar, prose with half-width punctuation now and then, numbered headings,
short title-like lines, a sidebar heading with its items, a disclaimer and a footer.

Figures are CPU seconds of this process (time.process_time), best of `--rounds` (the round least disturbed by
other work on a shared machine), in MB/s of UTF-8.  Targets (issue #14): >= 4 MB/s on 2 MB of unique lines,
>= 3 MB/s over many 2 KB dumps, and every stage roughly linear (doubling the input about doubles its time).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from typing import Any, Callable

from cleanrepost import Options, clean
from cleanrepost.api import _classify_folded
from cleanrepost.assemble import assemble
from cleanrepost.decode import decode
from cleanrepost.normalize import normalize_document
from cleanrepost.segment_text import segment_text

SEED = 14
SMALL_DUMP_BYTES = 2_000
SMALL_TOTAL_BYTES = 1_000_000  # 2 KB dumps cleaned per round (about 500 of them)
TARGET_BIG_MBS = 4.0
TARGET_SMALL_MBS = 3.0
LINEAR_SLACK = 2.6  # a stage whose time grows more than this when the input doubles is reported as non-linear

_PLACES = ["青禾", "云岫", "澄江", "松岭", "白沙", "望川", "临溪", "枫桥", "石渠", "嘉木", "柳湾", "东皋"]
_ORGANS = ["县人民政府", "市发展改革委", "区农业农村局", "镇人民政府", "市生态环境局", "县教育局", "市住房城乡建设局"]
_ACTIONS = ["召开专题会议研究", "部署推进", "组织开展", "印发实施", "督促落实", "统筹安排", "全面启动"]
_TOPICS = ["河道清淤整治", "农田水利改造", "老旧小区更新", "校园安全排查", "营商环境优化", "村道硬化提升",
           "森林防火巡查", "养老服务扩容", "垃圾分类试点", "供水管网改造", "夜市规范管理", "电网升级工程"]
_TAILS = ["，确保各项任务按期完成。", "，进一步压实工作责任。", "，切实提升群众满意度。", "，取得阶段性成效。",
          "，并按要求报送进展情况。", "。", "，形成长效管理机制。"]
_NOISY = ["全年完成投资{n}.{d}亿元,同比增长{d}.{n}%。", "会议时间:{h}:30,地点:{p}会议室。",
          "他表示,这项工作关系到{p}{n}户群众的切身利益!", "详见http://www.{p}.example.gov.cn/art/{n}.html。",
          "按照{p}政发[20{d}{d}]{n}号文件(试行)执行。", "咨询电话:0{d}{d}{d}-{n}{n},邮箱:office{n}@example.gov.cn。"]
_HEADING_NUMS = "一二三四五六七八九十"


def _sentence(rnd: random.Random, k: int) -> str:
    if rnd.random() < 0.12:
        return rnd.choice(_NOISY).format(n=k % 997 + 3, d=rnd.randint(1, 9), h=rnd.randint(8, 17),
                                         p=rnd.choice(_PLACES))
    return rnd.choice(_PLACES) + rnd.choice(_ORGANS) + rnd.choice(_ACTIONS) + rnd.choice(_TOPICS) + rnd.choice(_TAILS)


def dump(target_bytes: int, rnd: random.Random, seen: set[str]) -> str:
    """One page-like dump of about `target_bytes` UTF-8 whose lines are all new to `seen`."""
    out: list[str] = []
    size = 0
    k = len(seen)

    def add(line: str) -> None:
        nonlocal size, k
        while line in seen:  # a repeat gets a serial number: no line may occur twice
            k += 1
            line = f"{line}（{k}）"
        seen.add(line)
        out.append(line)
        size += len(line.encode("utf-8")) + 1

    place, topic = rnd.choice(_PLACES), rnd.choice(_TOPICS)
    add(f"{place}{rnd.choice(_ORGANS)}{rnd.choice(_ACTIONS)}{topic}工作")
    add(f"发布时间：20{rnd.randint(10, 29)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}  "
        f"来源：{place}融媒体中心{rnd.randint(1, 99)}  浏览次数：{rnd.randint(10, 9999)}")
    body_budget = target_bytes - 400
    while size < body_budget:
        k += 1
        r = rnd.random()
        if r < 0.08:
            add(f"{_HEADING_NUMS[k % 10]}、{rnd.choice(_ACTIONS)}{rnd.choice(_TOPICS)}")
        elif r < 0.12:
            add(f"{rnd.choice(_PLACES)}{rnd.choice(_TOPICS)}第{k}期")
        else:
            add("".join(_sentence(rnd, k + j) for j in range(rnd.randint(2, 6))))
    add("相关阅读")
    for _ in range(3):
        k += 1
        add(f"{rnd.choice(_PLACES)}{rnd.choice(_TOPICS)}工作取得新进展 {rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
    add(f"免责声明：本文转自{place}网，转载目的在于传递更多信息，如有侵权请联系删除。")
    add(f"版权所有：{place}{rnd.choice(_ORGANS)}  主办：{place}信息中心")
    return "\n".join(out) + "\n"


def stages(data: bytes) -> dict[str, Callable[[], Any]]:
    """The text path of clean() (api._run) cut into timed stages; each stage gets a fresh input of its own."""
    state: dict[str, Any] = {}

    def _decode() -> None:
        state["text"] = decode(data).text

    def _segment() -> None:
        state["seg"] = segment_text(state["text"], max_blocks=Options().max_blocks)

    def _classify() -> None:
        _classify_folded(state["seg"], Options().lexicon)

    def _assemble() -> None:
        state["doc"] = assemble(state["seg"])

    def _normalize() -> None:
        normalize_document(state["doc"])

    return {"decode": _decode, "segment": _segment, "classify": _classify, "assemble": _assemble,
            "normalize": _normalize}


def time_stages(data: bytes, rounds: int) -> dict[str, float]:
    """Best CPU seconds per stage (each round runs the whole pipeline in order) and for clean() itself."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, fn in stages(data).items():
            t0 = time.process_time()
            fn()
            best[name] = min(best.get(name, float("inf")), time.process_time() - t0)
        t0 = time.process_time()
        clean(data)
        best["clean()"] = min(best.get("clean()", float("inf")), time.process_time() - t0)
    return best


def time_small(dumps: list[bytes], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for d in dumps:
            clean(d)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the big dump (MB)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args(argv)
    rnd = random.Random(SEED)
    clean("预热。\n" * 3)  # compile rules and build converters outside the timing, as a warm worker has them
    report: dict[str, Any] = {}

    sizes = [int(a.mb * 1e6 / 4), int(a.mb * 1e6 / 2), int(a.mb * 1e6)]
    big = {n: dump(n, rnd, set()).encode("utf-8") for n in sizes}
    per_size = {n: time_stages(data, a.rounds) for n, data in big.items()}
    top = sizes[-1]
    mbs = len(big[top]) / 1e6 / per_size[top]["clean()"]
    lines = big[top].count(b"\n")
    print(f"big dump: {len(big[top]):,} bytes, {lines:,} unique lines, best of {a.rounds} rounds")
    print(f"  clean(): {mbs:.2f} MB/s CPU (target >= {TARGET_BIG_MBS})")
    report["big"] = {"bytes": len(big[top]), "mb_per_s": mbs, "stages_s": per_size[top]}

    seen: set[str] = set()
    small = [dump(SMALL_DUMP_BYTES, rnd, seen).encode("utf-8") for _ in range(SMALL_TOTAL_BYTES // SMALL_DUMP_BYTES)]
    total = sum(map(len, small))
    t = time_small(small, a.rounds)
    print(f"small dumps: {len(small)} × ~{total // len(small):,} bytes, no line repeated across them")
    print(f"  clean(): {total / 1e6 / t:.2f} MB/s CPU, {t / len(small) * 1e6:.0f} µs per dump "
          f"(target >= {TARGET_SMALL_MBS} MB/s)")
    report["small"] = {"dumps": len(small), "bytes": total, "mb_per_s": total / 1e6 / t, "us_per_dump": t / len(small) * 1e6}

    print("linearity: CPU ms per stage, and the growth when the input doubles (≈2 is linear)")
    names = list(per_size[top])
    print(f"  {'stage':<10}" + "".join(f"{len(big[n]) / 1e6:>9.2f}MB" for n in sizes) + "   growth")
    nonlinear = []
    for name in names:
        ms = [per_size[n][name] * 1000 for n in sizes]
        growth = [b / a_ if a_ > 0.5 else float("nan") for a_, b in zip(ms, ms[1:])]
        flag = any(g > LINEAR_SLACK for g in growth)
        if flag:
            nonlinear.append(name)
        print(f"  {name:<10}" + "".join(f"{m:>11.1f}" for m in ms) + "   "
              + " ".join(f"×{g:.2f}" for g in growth) + ("  NON-LINEAR" if flag else ""))
    print("every stage roughly linear" if not nonlinear else f"non-linear: {', '.join(nonlinear)}")
    report["linearity"] = {name: [per_size[n][name] for n in sizes] for name in names}
    report["sizes"] = [len(big[n]) for n in sizes]
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
