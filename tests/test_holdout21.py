"""Holdout 21 (issue #15): 24 text dumps (tests/data/holdout21.jsonl), a cross-section of a crawl of government-related
dumps (7 ordinary news items from province to township, 3 公文 on 信息公开 pages, 2 e-papers, 2 WeChat/self-media
reposts, 2 aggregator copies, a 人大, a 纪委, a court, a police, a university, a state enterprise's 公示, a letter
reply, a Traditional mirror; hard headlines on 14 of them), invented by a helper that read no code of the project,
written after holdouts 13-20 were fixed and both helpers' branches merged.  Measured with score.py's metrics
before anyone looked at them (`python tests/test_holdout21.py DIR` writes them for score.py):

| when | f1 | leak | title | pub | src | url |
|---|---|---|---|---|---|---|
| the session's start (0b29508) | 0.973 | 0.034 | 0.739 | 0.92 | 0.65 | 1.00 |
| when the set arrived (a2a8f1b) | 0.976 | 0.007 | 0.696 | 1.00 | 0.70 | 1.00 |

The title fell by one page (a 公文's title under a 信息公开 page's boxed info bar, read as a byline only since this
session, lost to the after-info penalty; fixed when the set was committed).  10 of 24 dumps passed every check.
The checks are holdout 7's.  Failing cases are pinned.
"""
from __future__ import annotations

import pytest

from holdout7_cases import Gold
from test_holdout7 import check, load, main, pinned

CASES = load("holdout21")

KNOWN_GAPS: dict[str, str] = {
    "h21_agg_yiliao": "the source (named in the article's text) not found",
    "h21_court_jiufen": "the source not found",
    "h21_qa_ludeng": "the replying unit's short name, where the gold gives it in full",
    "h21_selfmedia_yanglao": "the source not found",
    "h21_street_yijian": "a closing credit (（通讯员 某某）) removed as a byline, where the gold keeps it as text",
    "h21_xxgk_yijian": "the source (所属机构 in the gov table, cut off) not found",
}


@pytest.mark.parametrize("case", pinned(CASES, KNOWN_GAPS))
def test_holdout21_case(case: Gold) -> None:
    assert check(case) == []


if __name__ == "__main__":
    main(CASES)
