"""Holdout 16 (issue #15): 20 text dumps (tests/data/holdout16.jsonl) of offices that are no 政府 portal's ordinary
news page (供销社, 妇联, 残联, 总工会 e-paper, 老干部局, 机关事务, 人防, 林业 通告, 医保 Q&A, 信访 reply, 审计 公告, 征兵,
图书馆, a 博物馆 story on a forum, 体育, 检察 公益诉讼, 普法, a 镇 WeChat article, 开发区, a 驻村 diary), invented by a
helper that read no code of the project, written after holdouts 13 and 14 were fixed.  Measured with score.py's
metrics before anyone looked at them (`python tests/test_holdout16.py DIR` writes them for score.py):

| when | f1 | leak | title | pub | src | url |
|---|---|---|---|---|---|---|
| the session's start (0b29508) | 0.977 | 0.082 | 0.737 | 0.80 | 0.60 | 1.00 |
| when the set arrived (561a4ed) | 0.977 | 0.082 | 0.737 | 0.80 | 0.65 | 1.00 |

7 of 20 dumps passed every check.  The gold falls back to the 发布机构 or 发布者 as the source where no 来源 is
printed.  The checks are holdout 7's.  Failing cases are pinned.
"""
from __future__ import annotations

import pytest

from holdout7_cases import Gold
from test_holdout7 import check, load, main, pinned

CASES = load("holdout16")

KNOWN_GAPS: dict[str, str] = {
    "h16_bwg_bbs_qiqi": "the thread title's [复制链接] tool kept in the title, and its [本地资讯] tag (the gold drops it; the dev gold keeps such tags)",
    "h16_tsg_yunqi_jiangzuo": "the library's 开放时间 and contact lines before its footer kept",
}


@pytest.mark.parametrize("case", pinned(CASES, KNOWN_GAPS))
def test_holdout16_case(case: Gold) -> None:
    assert check(case) == []


if __name__ == "__main__":
    main(CASES)
