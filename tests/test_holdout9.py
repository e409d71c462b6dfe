"""Holdout 9 (issue #15): 16 text dumps and 10 HTML pages (tests/data/holdout9.jsonl) invented by a helper that read
no code of the project (only the corpus's annotation protocol and how the archive's dumps were made), while the lead
fixed holdouts 7 and 8.  Measured with score.py's metrics before anyone looked at them (`python
tests/test_holdout9.py DIR` writes them in the dev corpus's layout):

| when | text f1 | leak | title | pub | src | HTML f1 | leak | title | pub | src |
|---|---|---|---|---|---|---|---|---|---|---|
| the session's start (ba98352) | 0.960 | 0.106 | 0.533 | 0.81 | 0.62 | 0.998 | 0.015 | 1.000 | 1.00 | 0.78 |
| after holdouts 5 and 6 were fixed (dee02bc) | 0.962 | 0.085 | 0.600 | 0.81 | 0.69 | same | | | | |
| after holdout 7 was fixed (f80b8bb) | 0.968 | 0.043 | 0.667 | 0.81 | 0.69 | same | | | | |
| after holdout 8 was fixed (f140c7e) | 0.972 | 0.043 | 0.733 | 0.81 | 0.75 | same | | | | |

The HTML helper's branch (HTML holdouts 6-8, not merged at the time) gave the same HTML numbers.  The checks are
holdout 7's (`test_holdout7.check`).  Failing cases are pinned strict xfail with their reason.
"""
from __future__ import annotations

import pytest

from holdout7_cases import Gold
from test_holdout7 import check, load, main, pinned

CASES = load("holdout9")

KNOWN_GAPS: dict[str, str] = {
    "h9_baisha_township_tables_gbk": "the head line with its greeting not traced (the site's name and 今天是 are two cells)",
    "t9_wuling_court_cut": "an internal office (审管办) taken for the source",
}


@pytest.mark.parametrize("case", pinned(CASES, KNOWN_GAPS))
def test_holdout9_case(case: Gold) -> None:
    assert check(case) == []


if __name__ == "__main__":
    main(CASES)
