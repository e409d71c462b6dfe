"""The Traditional forms of the default labels are listed as data (knowledge/traditional.py), so that an HTML
page no longer loads OpenCC's s2t dictionaries (~50-80 ms a process) to match 來源 or 索引號; the list must be
exactly what OpenCC answers, and a label a user adds still goes through the converter."""
from __future__ import annotations

from cleanrepost import Lexicon, clean, langid
from cleanrepost.html_meta import govtable
from cleanrepost.knowledge.traditional import S2T_LABELS, S2T_SAME, _default_labels, s2t_forms


def test_every_listed_form_is_what_opencc_answers():
    s2t = langid.converter("s2t")
    for word, form in S2T_LABELS.items():
        assert s2t.convert(word) == form != word, word
    for word in S2T_SAME:
        assert s2t.convert(word) == word, word


def test_every_default_label_is_listed():
    missing = [w for w in _default_labels() if w not in S2T_LABELS and w not in S2T_SAME]
    assert not missing, f"add to knowledge/traditional.py (python -m cleanrepost.knowledge.traditional): {missing}"


def test_an_unlisted_word_goes_through_the_converter():
    assert s2t_forms(["来源", "供稿单位"]) == {"来源": "來源", "供稿单位": langid.converter("s2t").convert("供稿单位")}


PAGE = ("<html><head><meta charset='utf-8'><title>青禾县部署河道清淤工作</title></head><body>"
        "<table><tr><td>索引號：</td><td>000000000/2031-00009</td></tr><tr><td>發文機關：</td><td>青禾縣人民政府</td></tr>"
        "<tr><td>發文字號：</td><td>青政發〔2031〕3號</td></tr></table><h1>青禾县部署河道清淤工作</h1>"
        "<div>來源：青禾日報</div><p>青禾县人民政府召开专题会议研究河道清淤整治工作，要求各乡镇压实责任，确保汛期前完成全部清淤任务。</p>"
        "<p>会议指出，河道清淤整治关系到沿岸群众的切身利益，各部门要统筹安排，形成长效管理机制。</p></body></html>")


def test_an_html_page_builds_no_s2t_converter(monkeypatch):
    asked = []
    real = langid.converter

    def recording(config):
        asked.append(config)
        return real(config)
    monkeypatch.setattr(langid, "converter", recording)
    monkeypatch.setattr(govtable, "_LABEL_MAPS", {})
    doc = clean(PAGE.encode("utf-8"), lexicon=Lexicon())  # a fresh Lexicon: nothing of it built yet
    assert "s2t" not in asked
    # and the Traditional labels are still read
    assert doc.meta["索引号"] == "000000000/2031-00009"
    assert doc.meta["发文字号"] == "青政發〔2031〕3號"
    assert doc.source_name == "青禾日報"
