"""Holdout 23 (issue #15): 20 text dumps (tests/data/holdout23.jsonl), a cross-section of government-related dumps
(7 portal news items from province to 街道, 3 信息公开 pages, 2 e-papers, 2 self-media posts, an aggregator copy, a
Traditional mirror, 人大, 纪委, police, a hospital), invented by a helper that read no code of the project, written at
the end of the session after every other set was fixed.  Measured with score.py's metrics before anyone looked at
them (`python tests/test_holdout23.py DIR` writes them for score.py):

| when | f1 | leak | title | pub | src | url |
|---|---|---|---|---|---|---|
| the session's start (0b29508) | 0.954 | 0.030 | 0.684 | 0.85 | 0.65 | 0.50 |
| when the set arrived (afd3cf5) | 0.976 | 0.010 | 0.947 | 0.95 | 0.70 | 0.50 |

11 of 20 dumps passed every check.  The checks are holdout 7's.  Failing cases are pinned.
"""
from __future__ import annotations

import pytest

from holdout7_cases import Gold
from test_holdout7 import check, load, main, pinned

CASES = load("holdout23")

KNOWN_GAPS: dict[str, str] = {
    "h23_agg_jammer_cut": "the gold keeps the jammer glued to each paragraph's end (…讲话。qX7rT); we cut it out, traced as hidden",
    "h23_epaper_daily": "an e-paper's title-list item kept; the issue date not read",
    "h23_hospital_cut": "the source not found",
    "h23_jiedao_yinti": "no 来源 printed: the gold credits the site's owner",
    "h23_police_tongbao": "the 来源's unit as printed, where the gold gives the signature's full name",
    "h23_selfmedia_noh": "the source not found",
    "h23_town_short": "the 来源's short name (党政办), where the gold qualifies it with the town",
}


@pytest.mark.parametrize("case", pinned(CASES, KNOWN_GAPS))
def test_holdout23_case(case: Gold) -> None:
    assert check(case) == []


if __name__ == "__main__":
    main(CASES)
