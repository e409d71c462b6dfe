"""benchmarks/snapshot.py: the byte-identity check for refactors runs on any corpus and notices a change."""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "benchmarks" / "snapshot.py"

HTML = ("<html><head><meta charset='utf-8'><title>示范区召开工作会议</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/x'>新闻</a></div><div class='article'>"
        "<h1>示范区召开工作会议</h1><p>来源：示范日报　2031-04-05</p>"
        "<p>会议要求，各部门要切实加强组织领导，细化工作措施，确保各项任务按期完成，取得实效。</p>"
        "<p>会议强调，要坚持问题导向，持续优化服务流程，不断提升群众的满意度和获得感。</p></div></body></html>")
TEXT = ("示范县推进道路养护工作\n来源：示范县融媒体中心\n"
        "近日，示范县组织开展道路养护专项行动，对辖区内的主要道路进行了全面排查和修补。\n"
        "下一步，该县将建立长效机制，确保道路安全畅通。\n免责声明：本文转自网络，如有侵权请联系删除。\n")


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("snapshot_tool", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _corpus(root: Path) -> Path:
    for case, name, content in (("a_html", "input.html", HTML), ("b_text", "input.txt", TEXT)):
        (root / "cases" / case).mkdir(parents=True)
        (root / "cases" / case / name).write_text(content, encoding="utf-8")
    return root


def test_write_is_sorted_and_covers_each_option_set(tool, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    snap = tmp_path / "snap.jsonl"
    assert tool.main(["write", str(snap), "--corpus", str(corpus)]) == 0
    rows = [json.loads(line) for line in snap.read_text(encoding="utf-8").splitlines()]
    keys = [(r["case"], r["options"]) for r in rows]
    assert keys == sorted(keys)
    by_case = {case: {o for c, o in keys if c == case} for case, _ in keys}
    assert "engine=trafilatura" in by_case["a_html"] and "engine=trafilatura" not in by_case["b_text"]
    assert "kind=text" in by_case["b_text"] and "kind=text" not in by_case["a_html"]
    assert {"default", "script=keep", "script=traditional"} <= by_case["a_html"] & by_case["b_text"]
    assert all(len(r["sha256"]) == 64 and "paragraphs" in r["output"] for r in rows)


def test_check_passes_unchanged_and_fails_on_a_change(tool, tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus")
    snap = tmp_path / "snap.jsonl"
    tool.main(["write", str(snap), "--corpus", str(corpus)])
    assert tool.main(["check", str(snap), "--corpus", str(corpus)]) == 0
    assert "identical" in capsys.readouterr().out
    # one extra body line changes the text case's paragraphs under every option set
    (corpus / "cases" / "b_text" / "input.txt").write_text(
        TEXT.replace("下一步", "同时，该县还将加大投入力度，完善养护设施。\n下一步"), encoding="utf-8")
    assert tool.main(["check", str(snap), "--corpus", str(corpus)]) == 1
    out = capsys.readouterr().out
    assert "b_text [default]: changed: text, paragraphs" in out
    assert "a_html" not in out


def test_diff_of_two_files_reports_a_new_case(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    run = [sys.executable, str(TOOL)]
    src = str(TOOL.parents[1] / "src")  # the checkout under test, not whatever cleanrepost is installed
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    subprocess.run([*run, "write", str(old), "--corpus", str(corpus)], check=True, capture_output=True, env=env)
    (corpus / "cases" / "c_text").mkdir()
    (corpus / "cases" / "c_text" / "input.txt").write_text(TEXT, encoding="utf-8")
    subprocess.run([*run, "write", str(new), "--corpus", str(corpus)], check=True, capture_output=True, env=env)
    res = subprocess.run([*run, "diff", str(old), str(new)], capture_output=True, text=True)
    assert res.returncode == 1
    assert "c_text [default]: new entry" in res.stdout
    assert subprocess.run([*run, "diff", str(old), str(old)], capture_output=True).returncode == 0
