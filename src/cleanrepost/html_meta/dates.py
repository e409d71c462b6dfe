"""Dates: the date patterns, a document-date note opening the text, and taking the time of day from a second date."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .bodyscan import Scan

# A full date, optionally with a time: 2024-05-15, 2024/5/15, 2024.05.15, 2024年5月15日, … 08:58[:52]
_DATE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ T\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_NUMERIC_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[:：]\d{2}")

_DOC_NOTE = re.compile(r"^[（(]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[^（）()]{0,80}?(?:" + "|".join(lx.DOCUMENT_DATE_VERBS)
                       + r")")


def document_date(sc: Scan) -> str | None:
    """The date of a 公文/law note opening the text: （2010年3月1日某某市第十三届…会议通过）."""
    for t in sc.paren[:200]:
        m = _DOC_NOTE.match(t.strip())
        if m:
            return m.group(1)
    return None


def _day(value: str | None) -> tuple[int, int, int] | None:
    m = re.search(r"((?:19|20)\d\d)\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", value or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _precise(chosen: str, *others: str | None) -> str:
    """Keep the chosen date, but take the time of day from another source that names the same day."""
    if re.search(r"\d[:：]\d\d", chosen):
        return chosen
    day = _day(chosen)
    for o in others:
        if o and day and _day(o) == day and re.search(r"\d[:：]\d\d", o):
            return o
    return chosen
