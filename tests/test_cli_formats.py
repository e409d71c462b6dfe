"""`--format`: every format of the formats registry from the command line (invented pages)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from lxml import etree

from test_cli import article, cli


def _pages(tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.html").write_text(article(1), encoding="utf-8")
    (crawl / "b.txt").write_text(article(2, html=False), encoding="utf-8")
    return crawl


def test_csv_is_one_stream_with_a_header_and_a_row_per_input(tmp_path):
    crawl = _pages(tmp_path)
    (crawl / "c.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))  # not a page: a row with its error
    p = cli(str(crawl), "--format", "csv", "-q", "--workers", "1")
    rows = list(csv.reader(io.StringIO(p.stdout.decode("utf-8"))))
    assert rows[0][:4] == ["path", "error", "url", "title"]
    assert [r[0].rsplit("/", 1)[-1] for r in rows[1:]] == ["a.html", "b.txt", "c.html"]
    assert rows[1][3] == "关于开展第1批春季安全检查工作的通知" and rows[1][1] == ""
    assert rows[3][1].startswith("not a page") and p.returncode == 1


def test_file_formats_write_one_parsable_file_per_page(tmp_path):
    crawl = _pages(tmp_path)
    for fmt, suffix in (("html", ".html"), ("xml", ".xml"), ("json", ".json"), ("markdown", ".md"), ("text", ".txt")):
        out = tmp_path / fmt
        p = cli(str(crawl), "--format", fmt, "-o", str(out), "-q", "--workers", "1")
        assert p.returncode == 0, p.stderr.decode()
        files = sorted(out.rglob("*" + suffix))
        assert [f.name for f in files] == ["a.html" + suffix, "b.txt" + suffix]
        content = files[0].read_text(encoding="utf-8")
        assert "第1批春季安全生产工作" in content
        if fmt == "xml":
            etree.fromstring(content.encode("utf-8"))
        elif fmt == "html":
            etree.fromstring(content.encode("utf-8"), etree.HTMLParser())
        elif fmt == "json":
            assert json.loads(content)["title"] == "关于开展第1批春季安全检查工作的通知"


@pytest.mark.parametrize("fmt", ["csv", "text", "markdown", "html", "xml", "json"])
def test_resume_is_refused_clearly_for_every_format_but_jsonl(tmp_path, fmt):
    crawl = _pages(tmp_path)
    out = tmp_path / ("x.csv" if fmt == "csv" else "out")
    p = cli(str(crawl), "--format", fmt, "-o", str(out), "--resume")
    assert p.returncode == 2 and f"--resume works with JSONL output only, not --format {fmt}".encode() in p.stderr
    assert not out.exists()  # refused before anything was written


def test_csv_refuses_resume_and_folder_output(tmp_path):
    crawl = _pages(tmp_path)
    assert cli(str(crawl), "--format", "csv", "-o", str(tmp_path / "x.csv"), "--resume").returncode == 2
    assert cli(str(crawl), "--format", "csv", "-o", str(tmp_path)).returncode == 2
