"""Worst-case time per page on hostile input: 20 MB pages of several shapes, 60,000-deep nesting, and the shapes
that were catastrophic before issue #10 (unclosed raw-text tags on big pages, separator lines).

    python benchmarks/hostile.py                 # the full set (20 MB pages; a few minutes on a slow machine)
    python benchmarks/hostile.py --mb 2          # smaller pages, e.g. to check that time grows linearly
    python benchmarks/hostile.py --only deep

Each case is cleaned once (these are seconds-long runs; repeats add little) and reported with its size, wall and
CPU time (CPU time is the figure to compare on a shared machine),
throughput, and what came out (paragraph count, flags), so a page that "finishes fast" by losing its text shows.
"""
from __future__ import annotations

import argparse
import time
from typing import Callable

import cleanrepost

P = "省政府召开常务会议，研究部署春季农业生产和防汛抗旱工作，要求各地压实责任、细化措施，确保各项任务落到实处。"
SIDEBAR = "<div class='side'><h3>热门资讯</h3><ul>" + "<li><a href='#'>南屏市举办消防安全宣传月活动...</a> 2024-03-05</li>" * 8 + "</ul></div>"
DEEP = 60_000


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    n = max(1, (size - len((head + tail).encode("utf-8"))) // len(unit.encode("utf-8")))
    return head + unit * n + tail


def cases(mb: float) -> dict[str, Callable[[], bytes | str]]:
    size = int(mb * 1_000_000)
    return {
        "html-article": lambda: _fill(f"<p>{P}</p>", size, "<html><head><meta charset='utf-8'></head><body><h1>标题</h1>"
                                      "<div class='TRS_Editor'>", "</div>" + SIDEBAR + "</body></html>").encode("utf-8"),
        "html-article-gbk": lambda: _fill(f"<p>{P}</p>", size // 2 * 3, "<html><head><meta charset='gbk'></head><body>"
                                          "<h1>标题</h1><div>", "</div></body></html>").encode("gb18030"),
        "html-sidebars": lambda: _fill(SIDEBAR + f"<p>{P}</p>", size, "<html><body>", "</body></html>").encode("utf-8"),
        "html-tiny-tags": lambda: _fill("<p>字</p>", size, "<html><body>", "</body></html>").encode("utf-8"),
        # every element with id, class and style (a quadratic XPath union over attributes took 81 s at 80,000)
        "html-attributes": lambda: _fill('<p id="a" class="c" style="color:red">字</p>', size, "<html><body>",
                                         "</body></html>").encode("utf-8"),
        "html-br-lines": lambda: _fill("第1条<br>", size, "<html><body><div>", "</div></body></html>").encode("utf-8"),
        "html-one-text-run": lambda: _fill(P, size, "<html><body><p>", "</p></body></html>").encode("utf-8"),
        "html-data-uri": lambda: _fill("QUFB", size, f"<html><body><p>{P}</p><img src='data:image/png;base64,",
                                       f"'><p>{P}</p></body></html>").encode("utf-8"),
        "text-article": lambda: _fill(P + "\n", size, "关于开展春季农业生产工作的通知\n").encode("utf-8"),
        "text-sidebar-headings": lambda: _fill("相关阅读\n南屏市举办消防安全宣传月活动\n" + P + "\n", size).encode("utf-8"),
        "text-info-lines": lambda: _fill("南屏日报 王小明 2024-03-05 10:00:00\n" + P + "\n", size).encode("utf-8"),
        "text-tiny-lines": lambda: _fill("第1条\n", size).encode("utf-8"),
        "text-one-line": lambda: _fill(P, size).encode("utf-8"),
        "text-nul": lambda: _fill(P + "\x00", size).encode("utf-8"),
        "deep-divs-closed": lambda: "<html><body>" + "<div>" * DEEP + f"<p>{P}</p>" + "</div>" * DEEP + "</body></html>",
        "deep-divs-open": lambda: "<html><body>" + "<div>" * DEEP + P,
        "deep-fonts": lambda: "<html><body>" + "<font color='red'>" * DEEP + P,
        "deep-tables": lambda: "<html><body>" + "<table><tr><td>" * (DEEP // 3) + P,
        "deep-font-paragraphs": lambda: "<html><body>" + f"<p><font><span>{P}" * (DEEP // 2),
        # issue #10: 2,000 unclosed <script> / <!-- before the paragraphs (the pre-pass was quadratic: 215 s)
        "html-unclosed-raw": lambda: _fill(f"<p>{P}</p>", size, "<html><body>" + "<script>var a=1;\n" * 2000
                                           + "<!-- x\n" * 2000, "</body></html>").encode("utf-8"),
        # issue #10: menu-bar lines of pipes and spaces ending in digits (nested repeats: 25 s for 65 characters)
        "text-separator-lines": lambda: _fill("纪检监察" + (" |" + " " * 12) * 4 + " 2168\n", size).encode("utf-8"),
        "html-separator-divs": lambda: _fill("<div>纪检监察" + ("\u3000|" + "\u3000" * 12) * 4 + "\u30002168</div>",
                                             size, "<html><body>", "</body></html>").encode("utf-8"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the big pages in MB (default 20)")
    ap.add_argument("--only", default="", help="run only cases whose name contains this")
    args = ap.parse_args()
    print(f"{'case':22} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'MB/cpu-s':>8} {'paras':>7}  flags / outcome")
    worst = (0.0, "")
    for name, make in cases(args.mb).items():
        if args.only not in name:
            continue
        data = make()
        mb = len(data.encode("utf-8") if isinstance(data, str) else data) / 1e6
        t, c = time.perf_counter(), time.process_time()
        try:
            doc = cleanrepost.clean(data)
            outcome = f"{len(doc.paragraphs):7d}  {','.join(doc.flags) or '-'}"
        except cleanrepost.CleanError as e:
            outcome = f"{'-':>7}  CleanError: {e}"
        dt, dc = time.perf_counter() - t, time.process_time() - c
        worst = max(worst, (dc, name))
        print(f"{name:22} {mb:6.1f} {dt:8.2f} {dc:8.2f} {mb / max(dc, 1e-6):8.2f} {outcome}", flush=True)
    print(f"worst case: {worst[1]} {worst[0]:.2f} cpu-s")


if __name__ == "__main__":
    main()
