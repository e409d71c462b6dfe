"""Property-based robustness: generated noisy reposted pages in, the same article out, nothing lost.

Pages come from `strategies.py` (parts we wrote ourselves, assembled and rendered by Hypothesis).  Comparisons
use `strategies.canon` (letters and digits only, width/Traditional folded): the cleaner's normalization may
change punctuation, width and whitespace, but never the words.  Example counts come from the Hypothesis
profile registered in conftest.py ("ci" by default; `HYPOTHESIS_PROFILE=long` for a longer run).
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from strategies import HANG_S, Rendered, canon, damaged, hostile, rendered, separator_line, within

import cleanrepost
from cleanrepost import CleanError, Document


def _clean(r: Rendered) -> Document:
    note(f"rendered as {r.how}")
    doc = cleanrepost.clean(r.data)
    note(f"title={doc.title!r}\nparagraphs={doc.paragraphs!r}\nremoved={[(x.kind, x.text) for x in doc.removed]!r}")
    return doc


@given(rendered())
def test_every_article_line_survives_in_order(r: Rendered) -> None:
    doc = _clean(r)
    assert canon(doc.title or "") == canon(r.page.title)
    text = canon(doc.text)
    pos = 0
    for line in r.page.article_lines():
        at = text.find(canon(line), pos)
        assert at >= 0, f"article line lost or out of order: {line!r}"
        pos = at + len(canon(line))


@given(rendered())
def test_no_generated_boilerplate_survives(r: Rendered) -> None:
    doc = _clean(r)
    text = canon(doc.text)
    for atom in r.page.boiler_atoms():
        assert canon(atom) not in text, f"boilerplate leaked: {atom!r}"


@given(rendered())
def test_removed_accounts_for_every_input_line(r: Rendered) -> None:
    """Every line of the page is in the title, the paragraphs, a field, meta, or a Removal."""
    doc = _clean(r)
    kept = [doc.title or "", *doc.paragraphs]
    fields = [doc.source_url, doc.source_name, doc.published, doc.author, doc.editor]
    meta = [f"{k}{v}" for k, v in doc.meta.items()]
    pool = canon("\n".join([*kept, *(x.text for x in doc.removed), *(f or "" for f in fields), *meta]))
    for line in [r.page.title] + [ln for b in r.page.blocks for ln in b.lines]:
        assert canon(line) in pool, f"input line neither kept nor recorded as removed: {line!r}"


@given(st.one_of(rendered().map(lambda r: r.data), damaged()))
def test_clean_is_deterministic(data: bytes | str) -> None:
    first = json.dumps(cleanrepost.clean(data).to_dict(), ensure_ascii=False)
    assert json.dumps(cleanrepost.clean(data).to_dict(), ensure_ascii=False) == first


@given(rendered())
def test_recleaning_a_clean_result_changes_nothing(r: Rendered) -> None:
    doc = _clean(r)
    if not doc.title:
        return  # the re-clean input is "title + text"; without a title the first paragraph would stand in for one
    again = cleanrepost.clean(doc.title + "\n" + doc.text)
    assert again.title == doc.title
    assert again.paragraphs == doc.paragraphs


def _only_clean_error(data, **kwargs) -> None:
    try:
        doc = within(HANG_S, cleanrepost.clean, data, **kwargs)
    except CleanError:
        return
    assert isinstance(doc, Document)
    assert doc.text == "\n".join(doc.paragraphs)
    json.dumps(doc.to_dict(), ensure_ascii=False)


@given(st.binary(max_size=4096), st.sampled_from(["auto", "html", "text"]))
def test_arbitrary_bytes_give_a_document_or_clean_error(data: bytes, kind: str) -> None:
    _only_clean_error(data, kind=kind)


@given(st.text(max_size=2048), st.sampled_from(["auto", "html", "text"]))
def test_arbitrary_text_gives_a_document_or_clean_error(data: str, kind: str) -> None:
    _only_clean_error(data, kind=kind)


@given(hostile(), st.sampled_from(["auto", "html", "text"]))
def test_hostile_pages_give_a_document_or_clean_error(page: tuple, kind: str) -> None:
    """Numeric character references, odd charset labels, separator lines, unclosed raw-text tags (issue #10)."""
    data, options = page
    _only_clean_error(data, kind=kind, **options)


@given(st.lists(separator_line(), min_size=1, max_size=30), st.sampled_from(["text", "html"]))
def test_separator_lines_never_hang(lines: list, kind: str) -> None:
    data = "\n".join(lines) if kind == "text" else "".join(f"<div>{x}</div>" for x in lines)
    _only_clean_error(data, kind=kind)


@given(damaged(), st.sampled_from(["auto", "html", "text"]), st.sampled_from(["simplified", "traditional", "keep"]))
def test_damaged_pages_give_a_document_or_clean_error(data: bytes, kind: str, script: str) -> None:
    _only_clean_error(data, kind=kind, script=script)


def test_traditional_gov_table_in_html_is_recognised() -> None:
    rows = [("索引號", "113000/2024-00012"), ("主題分類", "綜合政務"), ("發文字號", "江政辦發〔2024〕5號")]
    table = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in rows)
    page = (f'<html><body><table class="xxgk">{table}</table><h1>江州市關於做好穩就業工作的通知</h1>'
            '<div class="TRS_Editor"><p>爲做好穩就業工作，確保各項任務落到實處，現將有關事項通知如下。</p>'
            "<p>江州市市政府召開專題會議研究部署相關工作，切實提升群衆滿意度。</p></div></body></html>")
    doc = cleanrepost.clean(page)
    assert "113000" not in doc.text and "索引" not in doc.text


def test_layout_table_cell_of_chrome_lines_is_removed() -> None:
    page = ('<html><body><table width="100%"><tr><td><div class="nav"><a href="/">首页</a> <a href="/x/">政务公开</a>'
            '</div></td></tr><tr><td class="title"><h1>江州市关于做好稳就业工作的通知</h1></td></tr>'
            '<tr><td id="UCAP-CONTENT"><p>为做好稳就业工作，确保各项任务落到实处，现将有关事项通知如下。</p></td></tr>'
            "<tr><td><p>责任编辑：王小明</p><p>原文链接：http://www.jzs.gov.cn/xwzx/201501/t20150101_1000.html</p>"
            "</td></tr></table></body></html>")
    doc = cleanrepost.clean(page)
    assert "责任编辑" not in doc.text and "原文链接" not in doc.text
    assert doc.source_url == "http://www.jzs.gov.cn/xwzx/201501/t20150101_1000.html"
