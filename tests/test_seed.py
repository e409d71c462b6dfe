"""The founding example: a flattened 人大 repost with 原文链接, a disclaimer and two glued sidebars."""
from conftest import corpus_case

import cleanrepost
from cleanrepost.normalize import normalize


def test_seed_case_exact():
    raw, gold = corpus_case("seed_fjrd_brics")
    doc = cleanrepost.clean(raw)
    assert doc.title == gold["title"]
    assert doc.source_url == gold["source_url"]
    assert doc.paragraphs == [normalize(p) for p in gold["body"]]
    for snippet in gold["boilerplate"]:
        assert normalize(snippet) not in doc.text
    kinds = [r.kind for r in doc.removed]
    assert kinds.count("source-link") == 1 and kinds.count("disclaimer") == 1
    # every line after the disclaimer belongs to one of the two glued sidebars, and each is accounted for
    lines = [l.strip() for l in raw.decode("utf-8").splitlines() if l.strip()]
    tail = lines[next(i for i, l in enumerate(lines) if "免责声明" in l) + 1:]
    sidebar = [r.text for r in doc.removed if r.kind == "sidebar"]
    assert sidebar == tail
    assert sum(r.reason == "sidebar:heading" for r in doc.removed) == 2
    removed_text = "\n".join(r.text for r in doc.removed)
    for snippet in gold["boilerplate"]:
        assert snippet in removed_text
