"""Fuzz `cleanrepost.clean` on raw bytes: it must return a Document or raise CleanError, nothing else.

    python fuzz/fuzz_clean.py --seconds 30                  # atheris when installed (pip install -e ".[fuzz]"),
                                                            # else Hypothesis on bytes
    python fuzz/fuzz_clean.py --seconds 3600 --engine atheris   # a long run, for humans
    python fuzz/fuzz_clean.py --seconds 20 --engine hypothesis --seed 0   # reproducible (CI)

The input's first byte picks the options (kind, script, and an odd http_charset label), the rest is the page.
Seeds are small pages of our own writing (HTML and text, UTF-8 and GB18030) so mutations start from realistic
structure.  The Hypothesis engine also inserts the shapes of issue #10: numeric character references to controls,
non-characters, surrogates and huge values; odd charset labels in <meta>; separator-heavy short lines (pipes and
spaces, digit runs); runs of unclosed raw-text tags, on small pages and (fixed cases) past the 2 M pre-pass.
A failure prints the input (atheris also writes it to --artifacts) and exits non-zero.  `--timeout` (seconds per
input) turns a hang into a failure (atheris: its own -timeout; Hypothesis: SIGALRM, where there is one).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

KINDS = ("auto", "html", "text")
SCRIPTS = ("simplified", "traditional", "keep")

_P = "市政府召开常务会议，研究部署春季农业生产工作，要求各地压实责任、确保各项任务落到实处。"
_SEED_TEXT = (f"关于开展春季农业生产工作的通知\n来源：江州日报\n{_P}\n一、总体要求\n{_P}\n原文链接：http://www.jzs.gov.cn/a/1.html\n"
              "免责声明：本文来源于网络，转载目的在于传递更多信息，并不代表本网赞同其观点。\n热门资讯\n南屏市举办消防安全宣传月...\n"
              "北溪镇召开农业产业化推进会 2024-03-05\n[03-05]云岭州启动城市书房建设\n")
_SEED_HTML = ("<!DOCTYPE html><html><head><meta charset='{cs}'><title>通知_江州市人民政府</title></head><body>"
              "<div class='position'>当前位置：首页 > 政务公开</div><table class='xxgk'><tr><td>索引号：</td>"
              "<td>113000/2024-00012</td></tr><tr><td>发文字号：</td><td>江政办发〔2024〕5号</td></tr></table>"
              f"<h1>关于开展春季农业生产工作的通知</h1><div class='TRS_Editor'><p>{_P}</p><p>{_P}<br>{_P}</p></div>"
              "<div class='share'>【打印本页】【关闭窗口】</div><ul class='side'><li><a href='/1'>南屏市举办...</a></li></ul>"
              "<div class='footer'>京ICP备12345678号 网站标识码：3301000001</div></body></html>")
SEEDS = [bytes([0]) + _SEED_TEXT.encode("utf-8"), bytes([4]) + _SEED_TEXT.encode("gb18030"),
         bytes([1]) + _SEED_HTML.format(cs="utf-8").encode("utf-8"), bytes([2]) + _SEED_HTML.format(cs="gbk").encode("gb18030")]


# http_charset labels picked by the option byte (None most of the time): codecs no page uses, unknown labels
CHARSETS = (None, None, None, None, "gbk", "undefined", "unicode_escape", "base64", "x-user-defined", "utf-7")
_REFS = ("&#1;", "&#x1b", "&#12", "&#xfffe;", "&#xFFFF", "&#0000011;", "&#xd800;", "&#x110000;", "&#99999999999;",
         "&#0;", "&#65535")
_SEPARATORS = ("|", "｜", " ", "\u3000", "\t", "1", "11", ">", "»", "【", "】", "首页", "下一页", "中", ".", "…")
_RAW = ("<script>", "<style>", "<!--", "<textarea>", "<title>", "<SCRIPT src=x>")
PREPASS_CHARS = 2_000_001  # pages longer than this go through the giant-run pre-pass (segment_html.neutralise)


def check_one(data: bytes) -> None:
    """The fuzz target: one input through clean(); anything but a Document or CleanError is a failure."""
    import cleanrepost

    opt = data[0] if data else 0
    page = data[1:]
    try:
        doc = cleanrepost.clean(page, kind=KINDS[opt % 3], script=SCRIPTS[(opt // 3) % 3],
                                http_charset=CHARSETS[(opt // 9) % len(CHARSETS)])
    except cleanrepost.CleanError:
        return
    if doc.text != "\n".join(doc.paragraphs):
        raise AssertionError("Document.text is not its paragraphs joined")
    json.dumps(doc.to_dict(), ensure_ascii=False)


def run_atheris(seconds: int, timeout: int, artifacts: str) -> int:
    import atheris

    with atheris.instrument_imports():
        import cleanrepost  # noqa: F401  (instrumented for coverage feedback)
    os.makedirs(artifacts, exist_ok=True)
    seed_dir = os.path.join(artifacts, "seeds")
    os.makedirs(seed_dir, exist_ok=True)
    for i, s in enumerate(SEEDS):
        with open(os.path.join(seed_dir, f"seed{i}"), "wb") as f:
            f.write(s)
    argv = [sys.argv[0], f"-max_total_time={seconds}", f"-timeout={timeout}", "-rss_limit_mb=4096",
            "-max_len=65536", f"-artifact_prefix={artifacts.rstrip('/')}/", "-print_final_stats=1", seed_dir]
    atheris.Setup(argv, check_one)
    atheris.Fuzz()  # exits the process; non-zero on a failure
    return 0


def within(seconds: int, fn, *args) -> None:
    """fn(*args); a run over `seconds` raises AssertionError (SIGALRM interrupts even a regex), where possible."""
    import signal
    import threading

    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        fn(*args)
        return

    def alarm(signum, frame):
        raise AssertionError(f"hang: one input took over {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_hypothesis(seconds: int, seed: int | None, timeout: int) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    @st.composite
    def mutated(draw) -> bytes:
        data = bytearray(draw(st.sampled_from(SEEDS)))
        for _ in range(draw(st.integers(1, 12))):
            at = draw(st.integers(1, max(1, len(data) - 1)))
            op = draw(st.sampled_from(["flip", "delete", "insert", "dup", "truncate"]))
            if op == "flip" and at < len(data):
                data[at] ^= draw(st.integers(1, 255))
            elif op == "delete":
                del data[at:at + draw(st.integers(1, 64))]
            elif op == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=64))
            elif op == "dup":
                data[at:at] = data[at:at + draw(st.integers(1, 256))] * draw(st.integers(2, 50))
            else:
                del data[at:]
        return bytes(data)

    @st.composite
    def hostile(draw) -> bytes:
        """A seed with the shapes of issue #10 put in at random places."""
        data = bytearray(draw(st.sampled_from(SEEDS)))
        data[0] = draw(st.integers(0, 255))
        run = st.tuples(st.sampled_from(_SEPARATORS), st.integers(1, 14)).map(lambda t: t[0] * t[1])
        parts = st.one_of(
            st.sampled_from(_REFS),
            st.sampled_from(("undefined", "unicode_escape", "base64", "x-user-defined", "bogus")).map(
                lambda c: f"<meta charset={c}>"),
            st.tuples(run, st.lists(run, min_size=1, max_size=3), st.integers(1, 8), run).map(
                lambda t: "\n" + t[0] + "".join(t[1]) * t[2] + t[3] + "\n"),
            st.tuples(st.sampled_from(_RAW), st.integers(1, 400)).map(lambda t: t[0] * t[1]))
        for part in draw(st.lists(parts, min_size=1, max_size=8)):
            at = draw(st.integers(1, len(data)))
            data[at:at] = part.encode("utf-8")
        return bytes(data)

    inputs = st.one_of(st.binary(max_size=4096), mutated(), hostile(),
                       st.text(max_size=1024).map(lambda s: bytes([1]) + s.encode("utf-8", "surrogatepass")))
    # Pages past the pre-pass threshold cost a second each, and Hypothesis would mutate them over and over: a few
    # fixed ones instead, 2,000 unclosed raw-text tags before 2 M characters of paragraphs (issue #10: 215 s).
    pad = "<p>会议指出，要压实责任，确保各项任务落到实处。</p>\n"
    for tag in _RAW[:3]:
        big = bytes([1]) + (tag * 2000 + pad * (PREPASS_CHARS // len(pad) + 1)).encode("utf-8")
        within(timeout, check_one, big)
    deadline = time.monotonic() + seconds
    runs = batches = 0
    rng_seed = seed if seed is not None else int.from_bytes(os.urandom(4), "little")
    while time.monotonic() < deadline:
        @hseed(rng_seed + batches)
        @settings(max_examples=100, deadline=None, database=None, phases=[Phase.generate, Phase.shrink],
                  suppress_health_check=list(HealthCheck))
        @given(inputs)
        def target(data: bytes) -> None:
            within(timeout, check_one, data)

        target()  # a failure raises, shrunk, with the falsifying input printed
        batches += 1
        runs += 100
    print(f"fuzz_clean (hypothesis): {runs} inputs in {batches} batches, seed {rng_seed}, no failure")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=60, help="total fuzzing time (default 60)")
    ap.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto",
                    help="auto: atheris when importable, else hypothesis")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis engine: base seed, for a reproducible run")
    ap.add_argument("--timeout", type=int, default=20, help="seconds per input before it is a hang (0: none)")
    ap.add_argument("--artifacts", default=os.path.join(tempfile.gettempdir(), "cleanrepost-fuzz"),
                    help="atheris engine: where failing inputs are written (default: a folder in the temp dir)")
    args = ap.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    if engine == "atheris":
        return run_atheris(args.seconds, args.timeout, args.artifacts)
    return run_hypothesis(args.seconds, args.seed, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
