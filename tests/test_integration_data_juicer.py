"""Data-Juicer: the cleanrepost_mapper operator, loaded by name the way a Data-Juicer config loads operators,
run on a real Data-Juicer dataset."""
import pytest

pytest.importorskip("data_juicer.ops")

from data_juicer.core.data import NestedDataset  # noqa: E402
from data_juicer.ops import load_ops  # noqa: E402

import cleanrepost.integrations.data_juicer  # noqa: E402,F401  (registers the operator)

from sample_article import PAGE, PARAS, SOURCE, TITLE, dump  # noqa: E402


def test_mapper_is_registered_and_cleans_a_dataset():
    (op,) = load_ops([{"cleanrepost_mapper": {"text_key": "text", "script": "keep"}}])
    rows = [{"text": PAGE, "url": "http://a.example.cn/1.html"},
            {"text": dump(), "url": "http://a.example.cn/2.html"},
            {"text": "", "url": None}]
    out = op.run(NestedDataset.from_list(rows)).to_list()
    assert [r["text"].split("\n") for r in out[:2]] == [PARAS, PARAS]
    for r in out[:2]:
        assert r["cr_title"] == TITLE and r["cr_source_url"] == SOURCE and r["cr_source_name"] == "某某日报"
        assert r["cr_error"] == "" and "disclaimer" in r["cr_removed_kinds"].split(",")
        assert "免责声明" not in r["text"]
    assert [r["cr_input_kind"] for r in out[:2]] == ["html", "text"]
    assert out[2]["text"] == "" and "empty" in out[2]["cr_flags"]
    assert out[0]["url"] == "http://a.example.cn/1.html"  # other fields pass through


def test_bad_options_fail_when_the_operator_is_built():
    with pytest.raises(ValueError):
        load_ops([{"cleanrepost_mapper": {"script": "klingon"}}])
