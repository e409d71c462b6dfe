"""datatrove: a LocalPipelineExecutor run, JsonlReader → CleanRepostExtractor → JsonlWriter."""
import gzip
import json
import pickle

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleanrepost.integrations.datatrove import METADATA_COLUMNS, CleanRepostExtractor  # noqa: E402

from sample_article import DISCLAIMER, PAGE, PARAS, SOURCE, TITLE, dump  # noqa: E402

DUMP = dump(with_source_link=False)
BOILERPLATE_ONLY = f"<html><body><p>{DISCLAIMER}</p><div class='footer'>京ICP备12345678号</div></body></html>"


def check(text: str, meta: dict) -> None:
    assert text.split("\n") == PARAS
    assert meta["title"] == TITLE and meta["source_name"] == "某某日报"
    assert "disclaimer" in meta["removed_kinds"].split(",")
    assert "免责声明" not in text and "ICP" not in text


def test_local_executor_run_cleans_documents_and_stores_provenance(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    rows = [{"id": "p1", "html": PAGE, "url": "http://a.example.cn/1.html"},
            {"id": "p2", "html": DUMP, "url": "http://a.example.cn/2.html"},
            {"id": "chrome", "html": BOILERPLATE_ONLY, "url": "http://a.example.cn/3.html"}]  # nothing left
    (src / "pages.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")

    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src), text_key="html"), CleanRepostExtractor(timeout=60), JsonlWriter(str(dst))],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"))
    executor.run()

    out = [json.loads(line) for f in sorted(dst.glob("*.jsonl.gz")) for line in gzip.open(f, "rt", encoding="utf-8")]
    by_id = {d["id"]: d for d in out}
    assert sorted(by_id) == ["p1", "p2"]
    check(by_id["p1"]["text"], by_id["p1"]["metadata"])
    assert by_id["p1"]["metadata"]["source_url"] == SOURCE
    assert by_id["p1"]["metadata"]["input_kind"] == "html"
    assert by_id["p1"]["metadata"]["url"] == "http://a.example.cn/1.html"  # the reader's fields stay
    check(by_id["p2"]["text"], by_id["p2"]["metadata"])
    assert by_id["p2"]["metadata"]["input_kind"] == "text"
    assert set(METADATA_COLUMNS) <= set(by_id["p1"]["metadata"])

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    extractor_stats = next(s["stats"] for s in stats if "cleanrepost" in s["name"])
    assert (extractor_stats["total"], extractor_stats["extracted"]) == (3, 3)
    assert (extractor_stats["forwarded"], extractor_stats["dropped"]) == (2, 1)


def test_text_only_mode_and_prefix_and_pickling():
    step = CleanRepostExtractor(timeout=60, metadata=False)
    docs = list(step.run(iter([Document(text=PAGE, id="a", metadata={"url": "u"})])))
    assert [d.text.split("\n") for d in docs] == [PARAS] and docs[0].metadata == {"url": "u"}

    step = pickle.loads(pickle.dumps(CleanRepostExtractor(timeout=60, metadata_prefix="cr_", script="keep")))
    docs = list(step.run(iter([Document(text=PAGE, id="a", metadata={})])))
    assert docs[0].metadata["cr_title"] == TITLE and "title" not in docs[0].metadata


def test_extract_returns_text_and_raises_on_unusable_input():
    step = CleanRepostExtractor(max_bytes=100)  # max_bytes counts a str as its UTF-8 bytes
    head = PAGE.encode("utf-8")[:90].decode("utf-8", "ignore")
    assert step.extract(head) is not None
    with pytest.raises(ValueError, match="max_bytes"):
        step.extract(PAGE)
