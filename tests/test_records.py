"""cleanrepost.Cleaner and clean_record: batches and records as data engines hand them around."""
import json
import pickle
import subprocess
import sys

import pytest

from cleanrepost import Cleaner, CleanError, clean_record
from cleanrepost.records import ALL_COLUMNS, DEFAULT_COLUMNS

PARAS = [
    "3月4日，全市老旧小区改造工作推进会议召开，会议总结了去年的工作成效，部署了今年的重点任务。",
    "会议指出，今年全市计划改造老旧小区一百二十个，涉及居民三万余户，要坚持先民生后提升的原则。",
    "会议要求，各区要压实责任，加强统筹协调，确保改造工程质量安全，让群众住得更加舒心。",
]
BOILERPLATE = ["首页 > 新闻中心 > 政务要闻", "免责声明", "京ICP备12345678号"]


def page(charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>全市推进老旧小区改造工作会议召开_某某市人民政府</title></head><body>
<div class="nav">首页 > 新闻中心 > 政务要闻</div>
<div class="article"><h1>全市推进老旧小区改造工作会议召开</h1>
<div class="info">来源：某某日报</div>{body}
<p>原文链接：http://www.example.gov.cn/xw/2024/0305/123.html</p>
<p>免责声明：本文来源于网络转载，转载目的在于传递更多信息，版权归原作者所有。</p></div>
<div class="footer">版权所有：某某市人民政府办公室　ICP备案号：京ICP备12345678号</div></body></html>"""


def assert_clean(row: dict, prefix: str = "") -> None:
    assert row[prefix + "error"] is None
    assert row[prefix + "title"] == "全市推进老旧小区改造工作会议召开"
    assert row[prefix + "text"].split("\n") == PARAS
    assert row[prefix + "source_url"] == "http://www.example.gov.cn/xw/2024/0305/123.html"
    assert row[prefix + "source_name"] == "某某日报"
    for junk in BOILERPLATE:
        assert junk not in row[prefix + "text"]
    assert row[prefix + "removed_count"] >= 3
    assert {"disclaimer", "footer"} <= set(row[prefix + "removed_kinds"].split(","))


def test_clean_record_keeps_the_record_and_adds_the_cleaned_fields():
    rec = {"id": 7, "url": "http://a.example.cn/x.html", "html": page()}
    out = clean_record(rec)
    assert out["id"] == 7 and out["html"] == rec["html"] and out["url"] == rec["url"]
    assert set(out) == set(rec) | set(DEFAULT_COLUMNS)
    assert_clean(out)
    assert out["input_kind"] == "html"
    assert rec == {"id": 7, "url": "http://a.example.cn/x.html", "html": page()}  # input untouched


def test_gbk_bytes_give_the_same_article_as_utf8_text():
    out = clean_record({"html": page("gbk").encode("gbk")})
    assert_clean(out)
    assert out["encoding"] in ("gbk", "gb2312", "gb18030")


def test_falls_back_to_the_text_field_for_flattened_dumps():
    dump = "\n".join(["全市推进老旧小区改造工作会议召开", "来源：某某日报", *PARAS,
                      "免责声明：本文来源于网络转载，转载目的在于传递更多信息，版权归原作者所有。"])
    out = clean_record({"text": dump})
    assert out["error"] is None and out["input_kind"] == "text"
    assert out["text"].split("\n") == PARAS  # the cleaned text replaces the dump in the same column
    assert out["title"] == "全市推进老旧小区改造工作会议召开"
    assert "disclaimer" in out["removed_kinds"]


@pytest.mark.parametrize("record, error", [
    ({}, "missing input"),
    ({"html": None}, "missing input"),
    ({"html": float("nan")}, "missing input"),
    ({"html": 12}, "input is int"),
    ({"html": ["<p>x</p>"]}, "input is list"),
])
def test_missing_or_unusable_input_gives_an_error_value_not_an_exception(record, error):
    out = clean_record(record)
    assert out["error"].startswith(error)
    assert out["text"] == "" and out["title"] is None and out["removed_count"] == 0


def test_empty_input_is_flagged_not_an_error():
    out = clean_record({"html": ""})
    assert out["error"] is None and out["text"] == "" and "empty" in out["flags"].split(",")


def test_batch_of_lists_with_bad_rows_keeps_every_row():
    html = page()
    batch = {"url": ["http://a.example.cn/1.html", None, None, None], "html": [html, None, 3.5, html * 4]}
    out = Cleaner(max_bytes=len(html.encode()) + 10)(batch)  # the last row is over the size limit
    assert all(len(v) == 4 for v in out.values())
    assert out["html"] is batch["html"]
    assert_clean({c: out[c][0] for c in DEFAULT_COLUMNS})
    assert out["error"][1].startswith("missing input")
    assert out["error"][2].startswith("input is float")
    assert out["error"][3].startswith("CleanError") and "max_bytes" in out["error"][3]


def test_output_prefix_and_column_choice():
    cleaner = Cleaner("page", output_prefix="clean_", columns=["title", "text", "removed", "error"])
    out = cleaner({"page": [page()], "text": ["the raw column stays"]})
    assert list(out) == ["page", "text", "clean_title", "clean_text", "clean_removed", "clean_error"]
    assert out["text"] == ["the raw column stays"]
    assert out["clean_text"][0].split("\n") == PARAS
    removed = json.loads(out["clean_removed"][0])
    assert {r["kind"] for r in removed} >= {"disclaimer", "footer"}
    assert all(set(r) == {"kind", "text", "reason", "index"} for r in removed)


def test_bad_options_and_columns_fail_at_construction():
    with pytest.raises(CleanError):
        Cleaner(script="klingon")
    with pytest.raises(CleanError):
        Cleaner(no_such_option=1)
    with pytest.raises(CleanError):
        Cleaner(columns=["title", "nope"])
    assert set(DEFAULT_COLUMNS) < set(ALL_COLUMNS)


def test_cleaner_pickles_and_gives_identical_output():
    cleaner = Cleaner(script="keep", output_prefix="c_")
    clone = pickle.loads(pickle.dumps(cleaner))
    batch = {"html": [page(), page("gbk").encode("gbk")], "url": ["http://a.example.cn/1.html", None]}
    a, b = cleaner(batch), clone(batch)
    assert a == b
    assert json.dumps(a, ensure_ascii=False, default=repr) == json.dumps(cleaner(batch), ensure_ascii=False,
                                                                           default=repr)  # deterministic


def test_missing_value_fills_absent_strings_for_engines_that_type_columns_early():
    out = Cleaner(missing="")({"html": [None, page()]})
    strings = [c for c in DEFAULT_COLUMNS if c != "removed_count"]
    assert all(out[c][0] == "" for c in strings if c not in ("error", "meta"))
    assert out["error"][0].startswith("missing input") and out["meta"][0] == "{}"
    assert out["error"][1] == "" and out["title"][1] == "全市推进老旧小区改造工作会议召开"
    assert all(isinstance(out[c][i], str) for c in strings for i in (0, 1))


def test_meta_column_is_json_text():
    out = clean_record({"html": page()})
    assert isinstance(json.loads(out["meta"]), dict)


def test_charset_field_is_used_as_the_transport_hint():
    # GBK bytes with no charset anywhere in the markup: the per-row header decides
    raw = page("gbk").replace('<meta charset="gbk">', "").encode("gbk")
    out = clean_record({"html": raw, "ctype": "text/html; charset=GBK"}, charset_field="ctype")
    assert_clean(out)


def test_numpy_object_columns_as_ray_hands_them():
    np = pytest.importorskip("numpy")
    batch = {"html": np.array([page(), None], dtype=object), "url": np.array(["http://a.example.cn/1", None])}
    out = Cleaner()(batch)
    assert_clean({c: out[c][0] for c in DEFAULT_COLUMNS})
    assert out["error"][1].startswith("missing input")


def test_pandas_dataframe_in_dataframe_out():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"html": pd.array([page(), None], dtype="string"), "n": [1, 2]})  # nullable: pd.NA
    out = Cleaner()(df)
    assert isinstance(out, pd.DataFrame) and list(out["n"]) == [1, 2]
    assert "title" not in df.columns  # the caller's frame is not modified
    row = out.iloc[0].to_dict()
    assert pd.isna(row["error"])  # pandas shows the missing error as NaN
    assert_clean({**row, "error": None})
    assert out["error"].iloc[1].startswith("missing input")


def test_pyarrow_table_in_typed_table_out():
    pa = pytest.importorskip("pyarrow")
    table = pa.table({"html": [None, None], "text": [None, None]})
    out = Cleaner()(table)
    assert isinstance(out, pa.Table) and out.num_rows == 2
    assert out.schema.field("author").type == pa.string()  # typed even when all values are None
    assert out.schema.field("removed_count").type == pa.int64()
    full = Cleaner()(pa.table({"html": [page()]}))
    assert_clean(full.to_pylist()[0])


def test_importing_cleanrepost_imports_no_optional_engine():
    code = ("import sys, cleanrepost, cleanrepost.records, cleanrepost.integrations; "
            "print(sorted(m for m in ('scrapy', 'ray', 'datatrove', 'itemadapter', 'pandas', 'pyarrow', 'twisted')"
            " if sys.modules.get(m) is not None))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert res.stdout.strip() == "[]"


# -- batches and records that are not what they should be (issue #10) ----------------------------------------
def test_ragged_columns_raise_instead_of_dropping_rows():
    with pytest.raises(CleanError, match="ragged"):
        Cleaner()({"html": [page(), page()], "url": ["http://a.example.cn/1"]})


@pytest.mark.parametrize("column", [page(), page().encode(), 3, None])
def test_a_column_that_is_no_list_is_refused(column):
    """A str column used to be cleaned one character per row."""
    with pytest.raises(CleanError, match="not a list"):
        Cleaner()({"html": column})


@pytest.mark.parametrize("record", [None, [page()], page(), 7])
def test_a_record_that_is_no_mapping_raises_clean_error(record):
    with pytest.raises(CleanError, match="mapping"):
        clean_record(record)
    with pytest.raises(CleanError):
        Cleaner()(record)


def test_pandas_error_column_keeps_none_so_the_readme_filter_works():
    pd = pytest.importorskip("pandas")
    out = Cleaner()(pd.DataFrame({"html": [page(), None]}))
    assert out.iloc[0]["error"] is None and out.iloc[0]["author"] is None
    assert [r["error"] is None for r in out.to_dict("records")] == [True, False]
    assert len(out[out["error"].isna()]) == 1
    assert out["removed_count"].dtype == "int64"


def test_clean_options_timeout_reaches_every_row():
    rows = Cleaner(timeout=1e-9)({"html": [page()]})
    assert rows["error"] == ["CleanError: timeout: over 1e-09 s"]
