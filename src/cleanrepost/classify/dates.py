"""The date shapes the classifier reads, in one table.

Other modules use them as `dates.NAME` (each pattern has one name in the package: tests/test_rule_safety.py
collects module-level patterns by name).  Issue #11's single date grammar is to replace this table and the date
patterns of lexicon, grammar, html_meta and assemble.
"""
from __future__ import annotations

import re

from ..lexicon import ORGAN

# Space runs inside a date are bounded: unbounded \s* runs between optional parts let a failed match try every
# split of a long run of spaces (quadratic or worse); no real date spreads its parts over more spaces than this.
_S = r"\s{0,8}"
_WEEKDAY = r"(?:" + _S + r"(?:星期|周)[一二三四五六日天])?"

# -- patterns --------------------------------------------------------------------------------------------------
# Any date in a line: 2021-03-08, 2021年3月8日, a list's "[03-08]" or a bare "03-08".
DATE_ANY = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\[\d{1,2}-\d{1,2}\]|(?<!\d)\d{1,2}-\d{2}(?!\d)")
# A date (year optional) opening or closing a line: the mark of a list item.
DATE_EDGE = re.compile(r"^(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?$")
# A line holding only a date (and a time), maybe bracketed.
ONLY_DATE = re.compile(r"^[\[(（]?(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?$")
# A full date, optionally with a time and a weekday: the lead of an info bar, or an e-paper issue line.
FULL_DATE = re.compile(r"(?:19|20)\d\d" + _S + r"[-/.年]" + _S + r"\d{1,2}" + _S + r"[-/.月]" + _S + r"\d{1,2}" + _S
                       + r"日?(?:" + _S + r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
DATE_LINE = re.compile(r"^[\[(（]?" + FULL_DATE.pattern + _WEEKDAY + r"[\])）]?$")
# "2003年5月12日,某某省财政厅": a document's own date and issuer.
DOC_DATELINE = re.compile(r"^(?P<date>" + FULL_DATE.pattern + r")" + _S + r"[,，、\s]" + _S + r"(?P<source>" + ORGAN
                          + r")$")
# The date of a 公文's signature block, alone on its line.
SIGNATURE_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
