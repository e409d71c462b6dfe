"""Inputs the batch must survive (issue #10 items 5, 7, 10a; issue #13): bad folder entries, FIFOs, non-UTF-8
names, files that are not pages, JSONL on stdin, URLs, nothing to do.  All pages are our own writing."""
from __future__ import annotations

import base64
import json
import os
import threading
import zlib
from pathlib import Path

import pytest

from cleanrepost.batch import count_tasks, iter_tasks, not_a_page
from test_cli import article, cli, records, write_pages


def test_symlink_loops_dangling_links_and_fifos_in_a_folder_get_records_and_the_batch_goes_on(tmp_path):
    root = tmp_path / "crawl"
    write_pages(root, 2)
    os.symlink("loop.html", root / "loop.html")  # a link to itself: ELOOP on stat
    os.symlink("gone.html", root / "dangling.html")
    os.mkfifo(root / "pipe.html")
    os.symlink(str(tmp_path), root / "linked")  # a linked folder: not followed, named in the summary
    (root / "z.html").symlink_to(root / "p000.html")  # a link to a file is read
    p = cli(str(root), "-w", "1")
    recs = {Path(r["path"]).name: r for r in records(p)}
    assert p.returncode == 1
    assert sorted(recs) == ["dangling.html", "loop.html", "p000.html", "p001.html", "pipe.html", "z.html"]
    assert recs["loop.html"]["error"] == "read: not a regular file (link loop)"
    assert recs["dangling.html"]["error"] == "read: not a regular file (dangling link)"
    assert recs["pipe.html"]["error"] == "read: not a regular file (fifo)"
    assert recs["z.html"]["error"] is None and "第0批" in recs["z.html"]["title"]
    assert b"not followed: 1 linked folder(s)" in p.stderr and b"linked" in p.stderr


def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "in.html"
    os.mkfifo(fifo)
    good = write_pages(tmp_path, 1)[0]
    p = cli(str(good), str(fifo), "-w", "1")  # used to hang forever (nobody writes to the FIFO)
    first, second = records(p)
    assert first["error"] is None
    assert second["error"].startswith("read: not a regular file (fifo)") and "pipe it to -" in second["error"]
    assert p.returncode == 1


def test_devices_are_refused_up_front():
    p = cli("/dev/zero", "-w", "1")
    (rec,) = records(p)
    assert rec["error"] == "read: not a regular file (device)"


def test_non_utf8_file_names_keep_a_lossless_path(tmp_path):
    folder = os.fsencode(tmp_path / "crawl")
    os.mkdir(folder)
    names = [b"p_\xff.html", b"p_\xfe.html", b"p_\\xff.html"]  # the last one is what a lossy escape would give
    for i, n in enumerate(names):
        with open(os.path.join(folder, n), "w", encoding="utf-8") as f:
            f.write(article(i))
    recs = records(cli(os.fsdecode(folder), "-w", "1"))
    paths = [r["path"] for r in recs]
    assert not any("?" in p or "\ufffd" in p for p in paths)
    # `path_bytes`, when present, is the exact name: with it no two records share an identity
    assert len({r.get("path_bytes") or r["path"] for r in recs}) == 3
    raw = {base64.b64decode(r["path_bytes"]) for r in recs if "path_bytes" in r}
    assert raw == {os.path.join(folder, b"p_\xff.html"), os.path.join(folder, b"p_\xfe.html")}
    assert [r for r in recs if "path_bytes" not in r][0]["path"].endswith("p_\\xff.html")
    assert all(r["error"] is None for r in recs)


def zip_bytes() -> bytes:
    body = zlib.compress(b"x" * 100)
    return b"PK\x03\x04" + b"\x14\x00" * 5 + body


@pytest.mark.parametrize("data,what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (zip_bytes(), "ZIP archive"),
    (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF executable"),
    (bytes(range(256)) * 16, "binary data"),
    (b"\x00\x01\x02\x03" * 1000 + "<p>正文</p>".encode(), "binary data"),
])
def test_files_that_are_not_pages_get_an_error_record(tmp_path, data, what):
    path = tmp_path / "x.html"
    path.write_bytes(data)
    p = cli(str(path))
    (rec,) = records(p)
    assert rec["error"].startswith(f"not a page: {what}") and rec["text"] == "" and rec["title"] is None
    assert p.returncode == 1 and b"1 failed" in p.stderr


@pytest.mark.parametrize("data", [
    article(1).encode("utf-16"),  # UTF-16 with a BOM: NULs, but a page
    article(1).encode("utf-16-le"),  # and without one
    article(1, html=False).encode("gb18030"),
    "MZ开头的文本也是页面".encode() + article(1, html=False).encode(),
    b"BM " + article(2).encode(),
    b"",
])
def test_pages_in_any_encoding_are_not_taken_for_binary(data):
    assert not_a_page(data) is None


def test_jsonl_on_stdin_is_detected_without_the_flag():
    lines = "".join(json.dumps({"id": i, "html": article(i)}) + "\n" for i in range(3))
    p = cli("-", "-w", "1", stdin=lines.encode())
    recs = records(p)
    assert [r["id"] for r in recs] == [0, 1, 2] and [r["line"] for r in recs] == [1, 2, 3]
    assert all(f"第{i}批" in r["title"] for i, r in enumerate(recs))
    page = cli("-", stdin=article(5).encode())  # an HTML page on stdin is still one page
    (rec,) = records(page)
    assert "第5批" in rec["title"] and "line" not in rec


@pytest.mark.parametrize("arg", ["http://www.example.gov.cn/a.html", "https://example.cn/", "ftp://x/y"])
def test_urls_on_the_command_line_are_a_usage_error(arg):
    p = cli(arg)
    assert p.returncode == 2 and p.stdout == b""
    assert b"URLs are not fetched" in p.stderr and b"usage:" in p.stderr


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "-1", "1e9"])
def test_timeout_must_be_finite_and_not_negative(value):
    p = cli("x.html", "--timeout", value)
    assert p.returncode == 2 and b"usage:" in p.stderr


def test_nothing_to_do_warns_and_exits_3(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.md").write_text("no page here")
    for args in ([str(tmp_path / "empty")], [str(tmp_path / "other")],
                 [str(tmp_path / "other"), "--include", "*.shtml"]):
        p = cli(*args, "-o", str(tmp_path / "out.jsonl"))
        assert p.returncode == 3, args
        assert b"warning: nothing to clean" in p.stderr
        assert (tmp_path / "out.jsonl").read_bytes() == b""


def test_count_tasks_matches_the_tasks_given(tmp_path):
    root = tmp_path / "crawl"
    write_pages(root / "a", 3)
    (root / "d.jsonl").write_text("".join(json.dumps({"html": article(i)}) + "\n" for i in range(4)))
    (root / "notes.md").write_text("x")
    assert count_tasks([str(root)]) == len(list(iter_tasks([str(root)]))) == 7
    assert count_tasks([str(root), "-"]) is None  # stdin: unknown ahead


def test_reading_stdin_never_blocks_the_walk_of_later_inputs(tmp_path):
    # Tasks stream: the first folder's tasks come before stdin is read at all.
    write_pages(tmp_path / "in", 2)
    r, w = os.pipe()
    tasks = iter_tasks([str(tmp_path / "in"), "-"], stdin=os.fdopen(r, "rb"))
    assert [Path(t.where["path"]).name for t in (next(tasks), next(tasks))] == ["p000.html", "p001.html"]
    threading.Thread(target=lambda: (os.write(w, article(3).encode()), os.close(w))).start()
    assert next(tasks).where == {"path": "-"}
