"""Output the batch writes (issue #10 item 6; issue #13): --resume after kill -9, never emptying an existing
output, .gz by name, safe/bounded/unique file names that never go through a link, record fields."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from test_cli import COMMAND, article, cli, records, write_pages


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume") / "crawl"
    write_pages(root, 40)
    (root / "p013.html").write_bytes(b"\x7fELF" + bytes(64))  # a failure in the middle: kept failures count
    ref = root.parent / "ref.jsonl"
    p = cli(str(root), "-o", str(ref), "-w", "1", "-q")
    assert p.returncode == 1
    return root, ref.read_bytes()


@pytest.mark.parametrize("cut", ["nothing", "mid-line", "line-end", "all-but-one", "everything"])
def test_resume_after_a_torn_partial_output_is_byte_identical(tmp_path, crawl, cut):
    root, ref = crawl
    out = tmp_path / "out.jsonl"
    ends = [i + 1 for i, b in enumerate(ref) if b == ord("\n")]
    offset = {"nothing": 0, "mid-line": ends[6] + 17, "line-end": ends[20], "all-but-one": ends[-2],
              "everything": len(ref)}[cut]
    Path(str(out) + ".partial").write_bytes(ref[:offset])  # what a kill -9 at that moment leaves
    p = cli(str(root), "-o", str(out), "--resume", "-w", "2", "--chunksize", "3")
    assert p.returncode == 1  # the kept failure counts too: the exit status is the uninterrupted run's
    assert out.read_bytes() == ref
    assert not Path(str(out) + ".partial").exists()
    kept = ref[:offset].count(b"\n")
    assert f"40 pages".encode() in p.stderr and (not kept or f"{kept} kept".encode() in p.stderr)


def test_kill_9_at_several_moments_then_resume_gives_the_uninterrupted_output(tmp_path, crawl):
    root, ref = crawl
    out = tmp_path / "out.jsonl"
    partial = Path(str(out) + ".partial")
    out.write_bytes(b"an older output, kept until the new one is ready\n")
    for run, wait_bytes in enumerate((1, len(ref) // 3, 2 * len(ref) // 3)):
        resume = ["--resume"] if run else []  # the first run starts afresh beside the older output
        proc = subprocess.Popen([*COMMAND, "clean", str(root), "-o", str(out), "-w", "1", "-q", *resume],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if partial.exists() and partial.stat().st_size >= wait_bytes:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode == -signal.SIGKILL:
            assert out.read_bytes().startswith(b"an older output")  # never emptied before the new one is ready
    p = cli(str(root), "-o", str(out), "--resume", "-w", "1", "-q")
    assert p.returncode == 1 and out.read_bytes() == ref


def test_resume_refuses_an_output_that_is_not_records(tmp_path, crawl):
    root, _ = crawl
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"not a record\n")
    p = cli(str(root), "-o", str(out), "--resume", "-w", "1")
    assert p.returncode == 1 and b"cannot resume" in p.stderr and out.read_bytes() == b"not a record\n"


def test_resume_refuses_an_output_of_other_inputs(tmp_path, crawl):
    root, ref = crawl
    other = tmp_path / "other"
    write_pages(other, 3, prefix="q")
    out = tmp_path / "out.jsonl"
    Path(str(out) + ".partial").write_bytes(ref[: ref.index(b"\n") + 1])
    p = cli(str(other), "-o", str(out), "--resume", "-w", "1")
    assert p.returncode == 1 and b"cannot resume" in p.stderr
    assert Path(str(out) + ".partial").read_bytes() == ref[: ref.index(b"\n") + 1]  # left alone


def test_gz_output_by_name_is_gzip_and_resumable(tmp_path, crawl):
    root, ref = crawl
    out = tmp_path / "deep" / "er" / "clean.jsonl.gz"  # parents are created
    p = cli(str(root), "-o", str(out), "-w", "1", "-q")
    assert p.returncode == 1
    first = out.read_bytes()
    assert gzip.decompress(first) == ref
    Path(str(out) + ".partial").write_bytes(ref[:1000])
    cli(str(root), "-o", str(out), "--resume", "-w", "1", "-q")
    assert out.read_bytes() == first  # deterministic gzip: same records, same bytes


def test_summary_ends_with_what_was_written_and_sigint_exits_130_without_traceback(tmp_path, crawl):
    root, _ = crawl
    out = tmp_path / "o.jsonl"
    p = cli(str(root), "-o", str(out), "-w", "1")
    assert p.stderr.decode().rstrip().splitlines()[-1] == f"cleanrepost: wrote 40 records to {out}"
    proc = subprocess.Popen([*COMMAND, "clean", str(root), "-o", str(out), "-w", "2", "--chunksize", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)  # workers starting or cleaning
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 130:
        assert b"Traceback" not in err and b"interrupted" in err and b"--resume" in err
        assert len(jsonl(out)) == 40  # the finished output of the first run is untouched
    else:
        assert proc.returncode == 1  # it finished before the signal


def test_fields_drop_and_bounded_over_limit_removals(tmp_path):
    page = tmp_path / "long.txt"
    page.write_text("标题\n" + "第一段正文内容，足够长的一句话。\n" * 500, encoding="utf-8")
    full = records(cli(str(page), "--max-blocks", "10", "-q"))[0]
    (over,) = [r for r in full["removed"] if r["kind"] == "over-limit"]
    assert len(over["text"]) == 1000 and over["length"] > 7000
    slim = records(cli(str(page), "--drop", "removed,paragraphs", "--drop", "meta", "-q"))[0]
    assert "removed" not in slim and "paragraphs" not in slim and "meta" not in slim and slim["text"]
    few = records(cli(str(page), "--fields", "title,text", "-q"))[0]
    assert list(few) == ["path", "title", "text", "error"]
    assert cli(str(page), "--drop", "path").returncode == 2


def test_summary_by_host(tmp_path):
    dump = tmp_path / "d.jsonl"
    rows = [{"url": f"http://{h}/{i}.html", "html": article(i)} for i, h in enumerate(["a.gov.cn", "b.gov.cn",
                                                                                     "a.gov.cn"])]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{bad\n", encoding="utf-8")
    err = cli(str(dump), "--summary-by", "host", "-w", "1").stderr.decode()
    assert "a.gov.cn: 2 pages, 0 failed" in err and "b.gov.cn: 1 pages, 0 failed" in err
    assert "(no url): 1 pages, 1 failed" in err


# -- text/markdown files -----------------------------------------------------------------------------------------

def md_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_same_names_from_different_inputs_never_overwrite_each_other(tmp_path):
    for parent in ("x", "y"):
        write_pages(tmp_path / parent / "crawl", 1)
    write_pages(tmp_path / "crawl-2", 1)
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "a/b", "html": article(7)}) + "\n" +
                                          json.dumps({"html": article(8)}) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "pages.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a/b", "html": article(9)}) + "\n")
    args = [str(tmp_path / "x" / "crawl"), str(tmp_path / "y" / "crawl"), str(tmp_path / "crawl-2"),
            str(tmp_path / "pages.jsonl"), str(tmp_path / "pages.jsonl.gz")]
    md = tmp_path / "md"
    p = cli(*args, "--format", "markdown", "-o", str(md), "-w", "1")
    assert p.returncode == 0
    assert md_files(md) == ["crawl-2/p000.html.md", "crawl/p000.html.md", "crawl/p000.html~2.md",
                            "pages/2.md", "pages/a_b.md", "pages/a_b~2.md"]
    assert "第9批" in (md / "pages" / "a_b~2.md").read_text(encoding="utf-8")
    assert b"wrote 6 files under" in p.stderr
    again = cli(*args, "--format", "markdown", "-o", str(md), "-w", "2", "--chunksize", "1")
    assert md_files(md) == md_files(md) and b"6 existing files replaced" in again.stderr  # stable, and said


def test_long_names_are_bounded_and_links_inside_the_output_folder_are_not_followed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    long_name = "长" * 83 + ".html"  # 254 bytes: over NAME_MAX (255) once .md is added
    (src / long_name).write_text(article(1), encoding="utf-8")
    (src / "sub").mkdir()
    (src / "sub" / "a.html").write_text(article(2), encoding="utf-8")
    (src / "b.html").write_text(article(3), encoding="utf-8")
    md = tmp_path / "md"
    outside = tmp_path / "outside"
    outside.mkdir()
    (md / "src").mkdir(parents=True)
    os.symlink(outside, md / "src" / "sub")  # a folder link planted in the output
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    os.symlink(victim, md / "src" / "b.html.md")  # a file link planted in the output
    p = cli(str(src), "--format", "markdown", "-o", str(md), "-w", "1")
    assert victim.read_text() == "keep me" and list(outside.iterdir()) == []
    assert not (md / "src" / "b.html.md").is_symlink() and "第3批" in (md / "src" / "b.html.md").read_text()
    assert b"sub is a symbolic link or not a folder: not followed" in p.stderr and p.returncode == 1
    (long_md,) = [f for f in (md / "src").iterdir() if f.name.startswith("长")]
    assert len(os.fsencode(long_md.name)) <= 255 and long_md.name.endswith(".md")
    assert "第1批" in long_md.read_text(encoding="utf-8")


def test_verbose_lists_every_failure_and_log_level_is_checked():
    bad = b"".join(b'{"id": %d}\n' % i for i in range(12))  # no page field: 12 failures
    default = cli("-", "--jsonl", stdin=bad).stderr.decode()
    assert default.count("no 'html' or 'text' field") == 10 and "… 2 more failures" in default
    verbose = cli("-", "--jsonl", "-v", stdin=bad).stderr.decode()
    assert verbose.count("no 'html' or 'text' field") == 12 and "more failures" not in verbose
    assert cli("-", "--log-level", "debug", stdin=b"x").returncode == 0
    assert cli("-", "--log-level", "loud", stdin=b"x").returncode == 2


def test_progress_bar_on_a_terminal_has_a_total(tmp_path):
    import fcntl
    import pty
    import struct
    import termios
    write_pages(tmp_path / "in", 5)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    subprocess.run([*COMMAND, "clean", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-w", "1"],
                   stderr=slave, stdout=subprocess.DEVNULL, timeout=120)
    os.close(slave)
    err = b""
    try:
        while chunk := os.read(master, 65536):
            err += chunk
    except OSError:  # EIO once the other side is closed
        pass
    os.close(master)
    assert b"5/5 [" in err and b"page/s" in err
