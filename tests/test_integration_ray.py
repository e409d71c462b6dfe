"""A real Ray Data job on a small local cluster: JSONL in → map_batches(Cleaner) → cleaned JSONL out."""
import json
import shutil
import subprocess
import sys

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from sample_article import PAGE, PARAS, SOURCE, TITLE, dump  # noqa: E402

DUMP = dump()


# The job runs in a child process inside a fresh network namespace that has only a loopback interface: Ray
# binds its local cluster to the host's own network address otherwise, and its traffic must stay on 127.0.0.1.
JOB = """
import os, sys
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"  # Ray would otherwise report usage over the network
import ray
from cleanrepost import Cleaner
src, dst = sys.argv[1], sys.argv[2]
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
ray.data.DataContext.get_current().enable_progress_bars = False
assert ray.nodes()[0]["NodeManagerAddress"] == "127.0.0.1", ray.nodes()[0]["NodeManagerAddress"]
ds = ray.data.read_json(src)
ds = ds.map_batches(Cleaner, fn_constructor_kwargs={"input_field": "html"}, batch_size=2,
                    compute=ray.data.ActorPoolStrategy(min_size=1, max_size=1), num_cpus=1)
ds.drop_columns(["html"]).write_json(dst, force_ascii=False)
ray.shutdown()
"""


def run_isolated(args: list[str]) -> subprocess.CompletedProcess:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("needs unshare and ip to keep Ray on a loopback-only network namespace")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot create a network namespace here (needs root): Ray would bind to the host address")
    cmd = 'ip link set lo up && exec "$0" "$@"'
    return subprocess.run(["unshare", "-n", "sh", "-c", cmd, sys.executable, "-c", JOB, *args],
                          capture_output=True, text=True, timeout=300)


def test_ray_data_job_reads_jsonl_and_writes_cleaned_jsonl(tmp_path):
    src, dst = tmp_path / "pages", tmp_path / "cleaned"
    src.mkdir()
    rows = [{"id": i, "url": f"http://a.example.cn/{i}.html", "html": PAGE} for i in range(4)]
    rows += [{"id": 4, "url": "http://a.example.cn/4.html", "html": None, "text": DUMP},  # a flattened dump
             {"id": 5, "url": "http://a.example.cn/5.html", "html": None}]  # nothing to clean
    (src / "part-0.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:3]),
                                      encoding="utf-8")
    (src / "part-1.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[3:]),
                                      encoding="utf-8")

    proc = run_isolated([str(src), str(dst)])
    assert proc.returncode == 0, proc.stderr[-3000:]

    out = sorted((json.loads(line) for f in dst.glob("*.json*") for line in f.read_text("utf-8").splitlines()),
                 key=lambda r: r["id"])
    assert [r["id"] for r in out] == [0, 1, 2, 3, 4, 5]
    for r in out[:5]:
        assert r["error"] is None, r
        assert r["title"] == TITLE
        assert r["text"].split("\n") == PARAS
        assert r["source_url"] == SOURCE and r["source_name"] == "某某日报"
        assert "disclaimer" in r["removed_kinds"].split(",")
        assert "免责声明" not in r["text"] and "ICP" not in r["text"]
    assert [r["input_kind"] for r in out[:5]] == ["html"] * 4 + ["text"]
    assert out[5]["error"].startswith("missing input") and out[5]["text"] == ""
    assert "html" not in out[0] and out[0]["url"] == "http://a.example.cn/0.html"
