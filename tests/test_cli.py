"""The `cleanrepost clean` command, driven as users drive it: the installed console script in a subprocess.

Pages here are our own writing.  The pool's recovery from crashed and stuck workers is tested directly (there is
no real input that kills a worker on purpose), through `run_pool`'s `work` hook.
"""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleanrepost.batch import Settings, Task, process, run_pool

SCRIPT = Path(sys.executable).with_name("cleanrepost")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "cleanrepost"]


def cli(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    p = subprocess.run([*COMMAND, "clean", *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)
    assert b"Traceback" not in p.stderr, p.stderr.decode()
    return p


def records(p: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]


def article(n: int, *, html: bool = True) -> str:
    title = f"关于开展第{n}批春季安全检查工作的通知"
    body = [f"为切实做好第{n}批春季安全生产工作，经市政府同意，决定在全市范围内开展安全检查。",
            "各区县要高度重视，认真组织，确保检查工作取得实效。"]
    if not html:
        return "\n".join([title, *body, "来源：市应急管理局", "责任编辑：王小明"]) + "\n"
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (f"<html><head><meta charset='utf-8'><title>{title}_某市人民政府</title></head><body>"
            f"<div class='article'><h1>{title}</h1>{paras}<p>来源：市应急管理局</p></div></body></html>")


def write_pages(folder: Path, n: int, prefix: str = "p") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{prefix}{i:03d}.html"
        path.write_text(article(i), encoding="utf-8")
        paths.append(path)
    return paths


# -- usage and exit status -------------------------------------------------------------------------------------

def test_help_shows_examples_and_exit_status():
    p = cli("--help")
    out = p.stdout.decode()
    assert p.returncode == 0
    assert "examples:" in out and "cleanrepost clean crawl/" in out and "exit status" in out


@pytest.mark.parametrize("args", [(), ("x.html", "--workers", "0"), ("x.html", "--kind", "pdf"),
                                  ("x.html", "--format", "text"), ("x.html", "--timeout", "soon")])
def test_usage_errors_exit_2(args):
    p = cli(*args)
    assert p.returncode == 2
    assert b"usage:" in p.stderr and p.stdout == b""


def test_unreadable_inputs_get_error_records_and_exit_1(tmp_path):
    good = write_pages(tmp_path, 1)[0]
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(gzip.compress(article(3).encode())[:60])
    p = cli(str(tmp_path / "nope.html"), str(good), str(cut), "--workers", "1")
    first, second, third = records(p)
    assert p.returncode == 1
    assert first["path"].endswith("nope.html") and first["error"].startswith("read:") and first["text"] == ""
    assert second["error"] is None and "第0批" in second["title"]
    assert third["path"].endswith("cut.html.gz") and third["error"].startswith("read:")
    assert b"nope.html" in p.stderr and b"2 failed" in p.stderr


# -- inputs ----------------------------------------------------------------------------------------------------

def test_single_file_gives_document_fields(tmp_path):
    path = write_pages(tmp_path, 1)[0]
    p = cli(str(path), "--url", "http://www.example.gov.cn/a/1.html")
    (rec,) = records(p)
    assert p.returncode == 0
    assert rec["path"] == str(path) and rec["error"] is None
    assert rec["title"] == "关于开展第0批春季安全检查工作的通知"
    assert "为切实做好第0批" in rec["text"]
    assert rec["url"] == "http://www.example.gov.cn/a/1.html"
    assert list(rec)[0] == "path" and list(rec)[-1] == "error"
    assert b"1 pages" in p.stderr  # the summary


def test_stdin_page_in_any_encoding():
    p = cli("-", "--kind", "text", stdin=article(7, html=False).encode("gb18030"))
    (rec,) = records(p)
    assert p.returncode == 0
    assert rec["path"] == "-" and rec["encoding"] == "gb18030"
    assert rec["title"] == "关于开展第7批春季安全检查工作的通知" and rec["source_name"] == "市应急管理局"


def test_stdin_jsonl_passes_fields_through_and_records_bad_lines():
    lines = [
        json.dumps({"id": 1, "url": "http://www.example.gov.cn/1.html", "html": article(1), "site": "甲",
                    "path": "/a/1.html"}),
        "",  # blank lines are skipped, but still counted in line numbers
        "{not json",
        json.dumps({"id": 3, "text": article(3, html=False)}),  # no html field: falls back to text
        json.dumps({"id": 4, "body": "x"}),
        json.dumps({"id": 5, "html": 42}),
        json.dumps(["a", "list"]),
        "[" * 100_000 + "]" * 100_000,
    ]
    p = cli("-", "--jsonl", stdin=("\n".join(lines) + "\n").encode())
    recs = records(p)
    assert p.returncode == 1
    assert [(r["path"], r["line"]) for r in recs] == [("-", n) for n in (1, 3, 4, 5, 6, 7, 8)]
    first = recs[0]
    assert first["id"] == 1 and first["site"] == "甲" and "html" not in first
    assert first["url"] == "http://www.example.gov.cn/1.html" and "第1批" in first["title"]
    assert first["error"] is None
    assert recs[1]["error"].startswith("bad JSONL line")
    assert recs[2]["id"] == 3 and recs[2]["error"] is None and recs[2]["source_name"] == "市应急管理局"
    assert recs[3]["id"] == 4 and "no 'html' or 'text' field" in recs[3]["error"]
    assert recs[4]["id"] == 5 and "not a string" in recs[4]["error"]
    assert "not an object" in recs[5]["error"]
    assert recs[6]["error"].startswith("bad JSONL line")
    assert all(set(r) >= {"title", "text", "paragraphs", "removed", "error"} for r in recs)  # one schema


def test_jsonl_gz_file_with_field_option(tmp_path):
    dump = tmp_path / "crawl.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as f:
        for i in range(5):
            f.write(json.dumps({"id": f"doc-{i}", "content": article(i), "html": "<p>not this</p>"}) + "\n")
    p = cli(str(dump), "--field", "content", "--workers", "2", "--chunksize", "2")
    recs = records(p)
    assert p.returncode == 0
    assert [r["id"] for r in recs] == [f"doc-{i}" for i in range(5)]
    assert [r["line"] for r in recs] == [1, 2, 3, 4, 5]
    assert all(f"第{i}批" in r["title"] and r["html"] == "<p>not this</p>" for i, r in enumerate(recs))


def test_truncated_gz_keeps_the_lines_read_and_records_the_error(tmp_path):
    whole = gzip.compress("".join(json.dumps({"html": article(i)}) + "\n" for i in range(200)).encode())
    dump = tmp_path / "cut.jsonl.gz"
    dump.write_bytes(whole[: len(whole) // 2])
    p = cli(str(dump))
    recs = records(p)
    assert p.returncode == 1
    assert recs[0]["line"] == 1 and recs[0]["error"] is None
    assert "line" not in recs[-1] and recs[-1]["error"].startswith("read:")


def test_folder_walk_with_include_exclude_in_sorted_order(tmp_path):
    root = tmp_path / "crawl"
    write_pages(root / "b", 2)
    write_pages(root / "a", 2)
    write_pages(root / "archive", 1)
    write_pages(root / ".cache", 1)
    (root / "a" / "notes.md").write_text("not a page")
    (root / "c.txt").write_text(article(9, html=False), encoding="utf-8")
    (root / "d.shtml").write_text(article(8), encoding="utf-8")
    rel = lambda p: [Path(r["path"]).relative_to(root).as_posix() for r in records(p)]  # noqa: E731

    assert rel(cli(str(root), "--exclude", "archive", "--workers", "2")) == [
        "a/p000.html", "a/p001.html", "b/p000.html", "b/p001.html", "c.txt", "d.shtml"]
    assert rel(cli(str(root), "--include", "*.TXT", "--include", "*.shtml", "-w", "1")) == ["c.txt", "d.shtml"]
    assert rel(cli(str(root), "--exclude", "a/*", "--exclude", "*.txt", "-w", "1")) == [
        "archive/p000.html", "b/p000.html", "b/p001.html", "d.shtml"]


def test_mixed_folder_of_bad_pages_gives_a_record_for_every_input(tmp_path):
    root = tmp_path / "mixed"
    write_pages(root, 3)
    (root / "empty.html").write_bytes(b"")
    (root / "binary.html").write_bytes(bytes(range(256)) * 40)
    (root / "truncated.html").write_bytes(article(5).encode()[:150])
    (root / "gbk.txt").write_bytes(article(6, html=False).encode("gbk"))
    (root / "half.txt").write_bytes(article(4, html=False).encode()[:-2])  # cut inside a character
    (root / "packed.html.gz").write_bytes(gzip.compress(article(3).encode("gb18030")))
    p = cli(str(root), "--workers", "2")
    recs = {Path(r["path"]).name: r for r in records(p)}
    assert p.returncode == 1  # the binary file is not a page (issue #13): an error record, counted failed
    assert sorted(recs) == sorted(["p000.html", "p001.html", "p002.html", "empty.html", "binary.html",
                                   "truncated.html", "gbk.txt", "half.txt", "packed.html.gz"])
    assert recs["binary.html"]["error"].startswith("not a page: binary data")
    assert all(r["error"] is None for name, r in recs.items() if name != "binary.html")
    assert all(f"第{i}批" in recs[f"p00{i}.html"]["text"] for i in range(3))
    assert "第6批" in recs["gbk.txt"]["text"] and "第4批" in recs["half.txt"]["text"]
    assert "第3批" in recs["packed.html.gz"]["text"]
    assert "empty" in recs["empty.html"]["flags"]


# -- output ----------------------------------------------------------------------------------------------------

def test_output_file_inside_the_input_folder_is_not_read(tmp_path):
    write_pages(tmp_path / "in", 3)
    out = tmp_path / "in" / "out.jsonl"
    for _ in range(2):  # the second run finds the first run's output in the folder, and must skip it
        p = cli(str(tmp_path / "in"), "-o", str(out), "-q", "-w", "1")
        assert p.returncode == 0 and p.stdout == b"" and p.stderr == b""
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["path"]).name for r in recs] == ["p000.html", "p001.html", "p002.html"]
    (tmp_path / "in" / "out.jsonl.partial").write_text("{}\n")  # a run's partial output is not read either
    p = cli(str(tmp_path / "in"), "-o", str(out), "--include", "*", "-q", "-w", "1")
    assert p.returncode == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 3
    p = cli(str(out), "-o", str(out))
    assert p.returncode == 2 and b"also an input" in p.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3  # not truncated


def test_format_text_and_markdown_write_one_file_per_input(tmp_path):
    write_pages(tmp_path / "crawl", 2)
    (tmp_path / "crawl" / "sub").mkdir()
    (tmp_path / "crawl" / "sub" / "c.txt").write_text(article(5, html=False), encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"html": article(7), "url": "http://www.example.gov.cn/7.html"}) + "\n{bad\n",
                    encoding="utf-8")

    p = cli(str(tmp_path / "crawl"), str(dump), "--format", "markdown", "-o", str(tmp_path / "md"), "-w", "1")
    assert p.returncode == 1  # the bad JSONL line
    md = tmp_path / "md"
    assert sorted(f.relative_to(md).as_posix() for f in md.rglob("*.md")) == [
        "crawl/p000.html.md", "crawl/p001.html.md", "crawl/sub/c.txt.md", "dump/1.md"]
    page = (md / "crawl" / "sub" / "c.txt.md").read_text(encoding="utf-8")
    assert page.startswith("# 关于开展第5批春季安全检查工作的通知\n\n为切实做好第5批")
    assert "\n---\n" in page and "- Source: 市应急管理局" in page and "- Editor: 王小明" in page
    assert "- Page: http://www.example.gov.cn/7.html" in (md / "dump" / "1.md").read_text(encoding="utf-8")
    assert b"dump.jsonl:2: bad JSONL line" in p.stderr

    p = cli(str(tmp_path / "crawl" / "sub" / "c.txt"), "--format", "text", "-o", str(tmp_path / "txt"))
    text = (tmp_path / "txt" / "c.txt.txt").read_text(encoding="utf-8")
    assert p.returncode == 0
    assert text.startswith("关于开展第5批春季安全检查工作的通知\n\n为切实做好第5批")
    assert "来源" not in text and "责任编辑" not in text


# -- parallelism -----------------------------------------------------------------------------------------------

def test_workers_give_byte_identical_output_in_input_order(tmp_path):
    write_pages(tmp_path / "in", 40)
    (tmp_path / "in" / "p017.html").write_bytes(b"")  # an odd one in the middle
    one = cli(str(tmp_path / "in"), "--workers", "1", "-q")
    two = cli(str(tmp_path / "in"), "--workers", "2", "--chunksize", "3", "-q")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    recs = records(two)
    assert [Path(r["path"]).name for r in recs] == [f"p{i:03d}.html" for i in range(40)]
    assert all(f"第{i}批" in r["title"] for i, r in enumerate(recs) if i != 17)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_timeout_gives_the_slow_page_an_error_record_and_the_batch_goes_on(tmp_path, workers):
    write_pages(tmp_path / "in", 3, prefix="a")
    write_pages(tmp_path / "in", 3, prefix="c")
    # A real slow input: millions of one-character lines (valid, under max_bytes, many seconds to segment once
    # the per-page block limit is raised to let all of them through).
    (tmp_path / "in" / "b_slow.txt").write_text("甲\n" * 3_000_000, encoding="utf-8")
    p = cli(str(tmp_path / "in"), "--workers", workers, "--timeout", "1", "--max-blocks", "10000000")
    recs = records(p)
    assert p.returncode == 1
    assert [Path(r["path"]).name for r in recs] == [
        "a000.html", "a001.html", "a002.html", "b_slow.txt", "c000.html", "c001.html", "c002.html"]
    assert recs[3]["error"].startswith("timeout: over 1 s") and recs[3]["text"] == ""
    assert all(r["error"] is None and r["text"] for i, r in enumerate(recs) if i != 3)


def misbehave(task: Task, s: Settings):
    """A `work` function for run_pool: kills its worker on b"crash", hangs deaf to signals on b"hang"."""
    if task.data == b"crash":
        os._exit(3)
    if task.data == b"hang":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like a page stuck inside C code
        time.sleep(60)
    return process(task, s)


def test_pool_replaces_crashed_and_stuck_workers_and_keeps_order():
    pages = [article(i, html=False).encode() for i in range(12)]
    pages[3], pages[8] = b"crash", b"hang"
    tasks = [Task({"path": f"p{i}"}, f"p{i}", data) for i, data in enumerate(pages)]
    results = list(run_pool(tasks, Settings(timeout=1), workers=2, chunksize=4, work=misbehave))
    assert [r.where["path"] for r in results] == [f"p{i}" for i in range(12)]
    assert results[3].error.startswith("worker crashed")
    assert results[8].error.startswith("timeout:")
    recs = [json.loads(r.output) for r in results]
    assert all(r["error"] is None and f"第{i}批" in r["title"] for i, r in enumerate(recs) if i not in (3, 8))


def test_max_blocks_bounds_a_page_of_endless_lines(tmp_path):
    (tmp_path / "many.txt").write_text("标题\n" + "第一段正文内容，足够长的一句话。\n" * 50, encoding="utf-8")
    p = cli(str(tmp_path / "many.txt"), "--max-blocks", "10", "-q")
    assert p.returncode == 0
    rec = records(p)[0]
    assert "truncated" in rec["flags"]
    assert [r["kind"] for r in rec["removed"]].count("over-limit") == 1


@pytest.mark.parametrize("chunksize", ["1", "16"])
def test_one_slow_page_filling_the_window_does_not_crash_the_pool(tmp_path, chunksize):
    # The slow page holds one worker while the other fills the window (4 chunks per worker) behind it; the pool
    # used to crash there with `min() arg is an empty sequence`.
    write_pages(tmp_path / "in", 150, prefix="p")
    (tmp_path / "in" / "p000a_slow.txt").write_text("甲\n" * 3_000_000, encoding="utf-8")
    p = cli(str(tmp_path / "in"), "--workers", "2", "--chunksize", chunksize, "--timeout", "1",
            "--max-blocks", "10000000", "-q")
    recs = records(p)
    assert len(recs) == 151 and p.returncode == 1
    assert recs[1]["path"].endswith("p000a_slow.txt") and recs[1]["error"].startswith("timeout")
    assert [r["error"] for i, r in enumerate(recs) if i != 1] == [None] * 150


# -- warm workers: forked from a parent without threads ----------------------------------------------------------
def _in_fresh_python(code: str, timeout: float = 120) -> str:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=timeout)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_workers_fork_from_the_parent_and_inherit_what_it_built():
    """No forkserver to start and warm (0.45 s before the first worker could run): a worker is forked from the
    calling process, so a parent that ran warm_up() gives workers with nothing left to compile."""
    out = _in_fresh_python("""
import json, os
import cleanrepost
from cleanrepost import lazy_re
from cleanrepost.batch import Result, Settings, Task, run_pool
cleanrepost.warm_up(trafilatura=False)

def report(task, s):
    state = {"ppid": os.getppid(), "left": lazy_re.compile_all()}
    return Result(json.dumps(state).encode(), task.name, task.where, None, {}, False)

tasks = [Task({"path": str(i)}, str(i), b"x") for i in range(6)]
print(json.dumps([json.loads(r.output) for r in run_pool(tasks, Settings(), workers=2, chunksize=1, work=report)]))
print(os.getpid())
""")
    states, parent = json.loads(out.splitlines()[0]), int(out.splitlines()[1])
    assert [s["ppid"] for s in states] == [parent] * 6
    assert [s["left"] for s in states] == [0] * 6


def test_a_parent_with_threads_does_not_fork_its_workers():
    import threading

    from cleanrepost.batch import pool
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert pool._context().get_start_method() in ("forkserver", "spawn")
    finally:
        stop.set()
        t.join()


def test_forked_workers_exit_when_the_parent_is_killed():
    """Each forked worker closes its copies of the parent's pipe ends, so it sees its pipe close (EOF) when the
    parent dies; else it would wait on the pipe forever."""
    code = """
import multiprocessing, os, signal
from cleanrepost.batch import Settings, Task, run_pool

def tasks():
    yield Task({"path": "a"}, "a", "正文。".encode())
    yield Task({"path": "b"}, "b", "正文。".encode())
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # while the workers wait for their next chunk
    yield Task({"path": "c"}, "c", b"")

for _ in run_pool(tasks(), Settings(), workers=2, chunksize=1):
    pass
"""
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == -signal.SIGKILL, p.stderr
    pids = [int(x) for x in p.stdout.split()]
    assert len(pids) == 2

    def gone(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")  # exited, not reaped yet
        except FileNotFoundError:
            return True

    deadline = time.monotonic() + 20
    while not all(gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in pids if not gone(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers still running after their parent died"
