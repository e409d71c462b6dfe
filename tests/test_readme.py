"""Every command and example in README.md, run as written, so that a documented command cannot rot.

Each ```bash line and each ```python block of the README is one test.  They run in a scratch checkout-like
folder holding what the examples name: page.html, dump.txt, crawl/, pages.jsonl(.gz), pages/ (JSONL for Ray and
datatrove), examples/ (the repository's), and ../shared (the corpus beside the checkout, when present).  What
is given to them, and nothing else:
  - python blocks run after `page = open("page.html", "rb").read()` (the lexicon example cleans a `page`);
  - `scraper` is a shell function printing pages.jsonl (the README's stand-in for the user's scraper);
  - the Scrapy example's URL is replaced by a loopback web server's (no network here), whose index page has
    javascript: and mailto: links before the article links;
  - Ray runs in a network namespace with only a loopback interface, as in test_integration_ray.
Skipped, with the reason: installing (venv, pip: no package index here, and this suite already runs in the
installed checkout), the test command itself, benchmarks and long fuzz/property runs (measurements, minutes
long; CI runs the short fuzz line itself), placeholders (PATH/TO/corpus), and examples whose extra is missing.
"""
from __future__ import annotations

import gzip
import http.server
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest

from sample_article import PAGE, dump

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
SCRAPY_URL = "https://www.example.gov.cn/xw/"  # the README's example site, served here from 127.0.0.1
TIMEOUT = 300  # seconds per command; a documented command that hangs fails

SKIPS = [  # (pattern in a command part, why it is not run)
    (r"^python3? -m venv\b|^\. \.venv/bin/activate$",
     "creates the virtual environment: this suite already runs in one"),
    (r"\bpip install\b", "installs from a package index: none here, and the checkout is installed already"),
    (r"^python3? -m pytest tests$", "the test suite itself"),
    (r"PATH/TO/", "a placeholder path"),
    (r"^python benchmarks/|HYPOTHESIS_PROFILE=long|fuzz/fuzz_clean\.py",
     "a benchmark or long fuzz/property run: a measurement, minutes long (CI runs the 20 s fuzz line itself)"),
]


def blocks() -> list[tuple[str, str, str]]:
    """(test id, language, code): one per bash command line, one per python block."""
    out, heading = [], "top"
    lines = README.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = re.sub(r"\W+", "-", line.lstrip("# ").lower()).strip("-")
        m = re.match(r"^```(bash|python)\s*$", line)
        if not m:
            i += 1
            continue
        start, body = i + 1, []
        i += 1
        while not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        if m.group(1) == "python":
            out.append((f"{heading}-L{start}-python", "python", "\n".join(body) + "\n"))
        else:
            for n, cmd in enumerate(body):
                if cmd.strip() and not cmd.lstrip().startswith("#"):
                    out.append((f"{heading}-L{start + n + 1}", "bash", cmd.strip()))
    return out


BLOCKS = blocks()


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A scratch folder shaped like a checkout, with the files the README's examples name."""
    top = tmp_path_factory.mktemp("readme")
    w = top / "checkout"
    w.mkdir()
    (w / "page.html").write_text(PAGE, encoding="utf-8")
    (w / "dump.txt").write_text(dump(), encoding="utf-8")
    for rel in ("a.html", "b/c.shtml", "b/d.html"):
        (w / "crawl" / rel).parent.mkdir(parents=True, exist_ok=True)
        (w / "crawl" / rel).write_text(PAGE, encoding="utf-8")
    rows = [{"id": i, "url": f"http://www.example.gov.cn/xw/{i}.html", "html": PAGE} for i in range(4)]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (w / "pages.jsonl").write_text(lines, encoding="utf-8")
    with gzip.open(w / "pages.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("".join(json.dumps({"id": r["id"], "content": r["html"]}, ensure_ascii=False) + "\n" for r in rows))
    (w / "pages").mkdir()
    (w / "pages" / "part-0.jsonl").write_text(lines, encoding="utf-8")
    os.symlink(REPO / "examples", w / "examples")
    if (REPO.parent / "shared").exists():
        os.symlink(REPO.parent / "shared", top / "shared")
    return w


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A loopback web server for the Scrapy example: an index whose first links are javascript: and mailto:."""
    root = tmp_path_factory.mktemp("site")
    (root / "index.html").write_text(
        '<html><body><a href="javascript:void(0);">打印</a> <a href="mailto:web@example.gov.cn">信箱</a> '
        '<a href="a.html">一</a> <a href="b.html">二</a></body></html>', encoding="utf-8")
    for name in ("a.html", "b.html"):
        (root / name).write_text(PAGE, encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + str(REPO / "tests")
    env["RAY_USAGE_STATS_ENABLED"] = "0"  # Ray would otherwise report usage over the network
    return env


def isolated(argv: list[str]) -> list[str]:
    """argv run in a network namespace with only loopback up (Ray binds to the host address otherwise)."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("Ray needs unshare and ip to stay on a loopback-only network namespace")
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot create a network namespace here (needs root): Ray would bind to the host address")
    return ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$0" "$@"', *argv]


def needs(code: str) -> None:
    for mod in re.findall(r"^\s*(?:import|from)\s+([\w.]+)", code, flags=re.M):
        top = mod.split(".")[0]
        if importlib.util.find_spec(top) is None:
            pytest.skip(f"needs {top} (its extra is not installed)")


@pytest.mark.parametrize("lang,code", [(lang, code) for _, lang, code in BLOCKS], ids=[b[0] for b in BLOCKS])
def test_readme_example_runs_as_written(lang, code, work, request):
    if lang == "python":
        needs(code)
        script = 'page = open("page.html", "rb").read()\n' + code
        argv = [sys.executable, "-c", script]
        if re.search(r"^import ray", code, flags=re.M):
            argv = isolated(argv)
        proc = subprocess.run(argv, cwd=work, env=environment(), capture_output=True, text=True, timeout=TIMEOUT)
        assert proc.returncode == 0, proc.stderr[-3000:]
        return
    parts = [p.strip() for p in re.split(r"\s&&\s", code)]
    run, skipped = [], []
    for part in parts:
        why = next((why for pat, why in SKIPS if re.search(pat, part)), None)
        (skipped if why else run).append(why or part)
    if not run:
        pytest.skip("; ".join(dict.fromkeys(skipped)))
    command = " && ".join(run)
    if "../shared/corpus" in command and not (work.parent / "shared" / "corpus").exists():
        pytest.skip("the corpus (../shared/corpus) is not beside the checkout")
    if "examples/scrapy_crawl.py" in command:
        pytest.importorskip("scrapy")
        command = command.replace(SCRAPY_URL, request.getfixturevalue("site"))
    argv = ["bash", "-c", "scraper() { cat pages.jsonl; }\n" + command]
    if "examples/ray_clean_jsonl.py" in command:
        pytest.importorskip("ray")
        argv = isolated(argv)
    proc = subprocess.run(argv, cwd=work, env=environment(), capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 0, f"{command}\n{proc.stderr[-3000:]}"
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    if "examples/scrapy_crawl.py" in command:  # the links after javascript: and mailto: were followed
        urls = {json.loads(line)["url"].rsplit("/", 1)[-1] for line in (work / "cleaned.jsonl").open(encoding="utf-8")}
        assert {"a.html", "b.html"} <= urls, urls
    if "examples/ray_clean_jsonl.py" in command:
        out = [json.loads(line) for f in (work / "cleaned").glob("*.json*") for line in f.open(encoding="utf-8")]
        assert len([r for r in out if r.get("error") is None and r.get("title")]) >= 4


def test_every_block_is_collected():
    # A README edit that breaks the fences must not silently drop examples from this test.
    assert sum(lang == "python" for _, lang, _ in BLOCKS) >= 6
    assert any("cleanrepost clean crawl/" in code for _, _, code in BLOCKS)
    assert any("examples/ray_clean_jsonl.py" in code for _, _, code in BLOCKS)
