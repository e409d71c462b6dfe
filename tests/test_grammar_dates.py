"""The one date grammar (grammar/dates.py): its named variants accept the shapes their callers read, and
`iso_date` normalises what any of them matched.  Invented dates only."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import cleanrepost
from cleanrepost.grammar import dates


@pytest.mark.parametrize("text,iso", [
    ("2024年5月3日 10:30", "2024-05-03T10:30"), ("2019-08-09 15:00:58", "2019-08-09T15:00:58"),
    ("2021/3/8", "2021-03-08"), ("2021.03.08", "2021-03-08"), ("2021-13-08", None), ("03-08", None), ("", None),
])
def test_iso_date_reads_every_written_form(text, iso):
    assert dates.iso_date(text) == iso


def test_variants_differ_only_where_their_callers_do():
    # an info line's value may space its parts; an HTML bar's date may not, but both read the same date
    assert dates.DATETIME.fullmatch("2024 - 05 - 15 08:58")
    assert not dates.BAR_DATE.fullmatch("2024 - 05 - 15")
    assert dates.BAR_DATE.fullmatch("2024年5月15日 08:58")
    assert dates.FULL_DATE.fullmatch("2024 年 5 月 15 日")
    assert dates.DATE_LINE.match("[2024-05-15 星期三]")
    # line rules: a year alone, or a year and month, is still a date there
    assert re.fullmatch(dates.RULE_DATE_PATTERN, "2024年5")
    assert dates.SIGNATURE_DATE.match("2015 年 1 月 1 日") and not dates.SIGNATURE_DATE.match("2015-01-01")
    assert dates.ONLY_DATE.match("(03-08)") and dates.DATE_EDGE.search("某某通知 03-08")
    assert dates.day_of("2024年5月3日") == (2024, 5, 3) and dates.HAS_TIME.search("5月3日 10:30")


def test_no_module_writes_a_date_pattern_of_its_own():
    """A year pattern outside the grammar is a second date grammar (normalize's 文号 year is a document number)."""
    pkg = Path(cleanrepost.__file__).parent
    allowed = {pkg / "grammar" / "dates.py", pkg / "normalize" / "rules.py"}
    found = [str(p.relative_to(pkg)) for p in pkg.rglob("*.py")
             if p not in allowed and "(?:19|20)" in p.read_text(encoding="utf-8")]
    assert found == []
