"""Start-up (issue #14 warm workers, task B): what `import cleanrepost` and the CLI load, the one input path
every entry point shares, and Ctrl-C at any moment of a batch's start (no traceback, exit 130)."""
from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleanrepost
from cleanrepost.model import CleanError
from test_cli import COMMAND, article

SRC = str(Path(__file__).resolve().parents[1] / "src")
HEAVY = ("cleanrepost.api", "cleanrepost.classify", "cleanrepost.segment_html", "lxml", "trafilatura", "opencc",
         "langdetect")


def _loaded_after(statement: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    code = f"import sys; {statement}; print(__import__('json').dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


@pytest.mark.parametrize("statement", ["import cleanrepost", "import cleanrepost.cli",
                                       "from cleanrepost.cli import build_parser; build_parser()",
                                       "import cleanrepost.batch, cleanrepost.options, cleanrepost.formats"])
def test_import_and_the_cli_load_no_pipeline(statement):
    loaded = _loaded_after(statement)
    assert not [m for m in HEAVY if m in loaded], statement


def test_public_names_resolve_lazily_and_dir_lists_them():
    for name in cleanrepost.__all__:
        assert getattr(cleanrepost, name) is not None
    assert set(cleanrepost.__all__) <= set(dir(cleanrepost))
    from cleanrepost import Options, clean, normalize  # noqa: F401
    importlib.import_module("cleanrepost.normalize")  # binding the submodule must not hide the function
    assert callable(cleanrepost.normalize) and cleanrepost.normalize("ａ") == "a"
    assert cleanrepost.formats.FORMATS  # a submodule not imported yet is still an attribute
    with pytest.raises(AttributeError):
        cleanrepost.no_such_name  # noqa: B018
    batch = importlib.import_module("cleanrepost.batch")
    assert set(batch.__all__) <= set(dir(batch)) and all(getattr(batch, n) is not None for n in batch.__all__)


def test_every_entry_point_checks_options_and_inputs_the_same_way():
    from cleanrepost.options import clean_or_error, make_options
    for bad, message in [({"kind": "pdf"}, "kind must be one of"), ({"colour": 1}, "unknown option(s): colour"),
                         ({"max_blocks": 0}, "max_blocks must be a positive int")]:
        for build in (lambda: cleanrepost.clean("x", **bad), lambda: cleanrepost.Cleaner(**bad),
                      lambda: make_options(**bad)):
            with pytest.raises(CleanError, match=message.replace("(", r"\(").replace(")", r"\)")):
                build()
    opts = make_options(max_bytes=10)
    assert clean_or_error(12, options=opts) == (None, "input is int, not str or bytes")
    assert clean_or_error("x" * 11, options=opts)[1] == "CleanError: input is 11 bytes, over max_bytes=10"
    assert cleanrepost.clean_record({"html": "x" * 11}, max_bytes=10)["error"] == \
        "CleanError: input is 11 bytes, over max_bytes=10"
    doc, error = clean_or_error(bytearray("正文。".encode()), options=opts.__class__())
    assert error is None and doc.paragraphs == ["正文。"]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sigint") / "crawl"
    root.mkdir()
    for i in range(60):
        (root / f"p{i:02d}.html").write_text(article(i), encoding="utf-8")
    return root


# From the first instants (imports) through the forkserver's warm-up and the workers' start into the cleaning: at
# every one of these moments Ctrl-C must give exit 130 and no traceback, whether it reaches the command alone or,
# as a terminal sends it, the whole process group (the forkserver and the workers too).
@pytest.mark.parametrize("to", ["group", "process"])
@pytest.mark.parametrize("delay", [0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.2])
def test_ctrl_c_at_any_moment_of_start_up_exits_130_without_traceback(tmp_path, crawl, delay, to):
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([*COMMAND, "clean", str(crawl), "-o", str(out), "-w", "2", "--chunksize", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(delay)
    if to == "group":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if b"init_import_site" in err or proc.returncode == -signal.SIGINT:
        return  # a loaded machine: the signal came while Python itself started, before any code of ours ran
    assert b"Traceback" not in err, err.decode(errors="replace")
    if proc.returncode != 0:  # 0: it finished before the signal came
        assert proc.returncode == 130, (proc.returncode, err.decode(errors="replace"))
        assert b"interrupted" in err and not out.exists()  # the output is put in place by a finished batch only
