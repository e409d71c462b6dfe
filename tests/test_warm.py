"""warm_up() and the lazily compiled patterns: same answers as re, compiled once, no output change."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import cleanrepost
from cleanrepost import lazy_re
from cleanrepost.lexicon import Lexicon

SRC = str(Path(__file__).resolve().parents[1] / "src")
PAGE = ("<html><body><div class='article'><h1>示范区推进老旧小区改造</h1><p>发布时间：2032-06-01 来源：示范日报</p>"
        "<p>示范区近日召开专题会议,部署老旧小区改造工作(第二批)，要求各街道细化方案，确保年底前完工。</p>"
        "<p>會議強調，要堅持群眾參與，做好改造前後的溝通解釋工作。</p></div></body></html>")


def test_lazy_pattern_answers_like_re_and_compiles_once():
    lazy = lazy_re.compile(r"(?P<n>[0-9]+)号", re.I)
    assert lazy.pattern == r"(?P<n>[0-9]+)号" and not lazy.compiled()  # .pattern needs no compile
    eager = re.compile(r"(?P<n>[0-9]+)号", re.I)
    text = "国发〔2019〕5号和12号"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.compiled()
    assert lazy.sub("X", text) == eager.sub("X", text) and lazy.groupindex == eager.groupindex
    assert lazy.search.__self__ is lazy.match.__self__  # one compiled pattern behind every method
    try:
        lazy.no_such_method  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("unknown attributes must raise AttributeError")


def test_warm_up_compiles_everything_and_is_idempotent():
    cleanrepost.warm_up(trafilatura=False)
    assert lazy_re.compile_all() == 0  # nothing left to compile
    assert "rules" in Lexicon.default()._compiled
    assert "memo" not in Lexicon.default()._compiled  # the warm-up's own lines are not remembered
    cleanrepost.warm_up(trafilatura=False)


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout


def test_warm_up_changes_no_output_even_in_a_forked_child():
    code = f"""
import json, os, cleanrepost
page = {PAGE!r}.encode()
cold = json.dumps(cleanrepost.clean(page).to_dict(), ensure_ascii=False)
cleanrepost.warm_up()
r, w = os.pipe()
if os.fork() == 0:
    os.write(w, json.dumps(cleanrepost.clean(page).to_dict(), ensure_ascii=False).encode())
    os._exit(0)
os.wait()
child = os.read(r, 1 << 20).decode()
print(json.dumps([cold, json.dumps(cleanrepost.clean(page).to_dict(), ensure_ascii=False), child]))
"""
    cold, warm, child = json.loads(_run(code))
    assert cold == warm == child
    assert "示范区推进老旧小区改造" in cold


def test_importing_preload_warms_the_process():
    code = ("import cleanrepost.preload\nfrom cleanrepost import lazy_re\nfrom cleanrepost.lexicon import Lexicon\n"
            "print(lazy_re.compile_all(), 'rules' in Lexicon.default()._compiled)")
    assert _run(code).split() == ["0", "True"]
