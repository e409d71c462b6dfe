"""Dates (patterns: grammar/dates.py): a document-date note opening the text, and taking the time of day from a second date."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..grammar.dates import CN_DATE, HAS_TIME, day_of
from .bodyscan import Scan


NOTES_SCANNED = 200  # bracketed texts searched for the opening note (it stands at the top)


def _doc_note(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(r"^[（(]\s*(" + CN_DATE + r")[^（）()]{0,80}?(?:" + "|".join(lexicon.document_date_verbs) + r")")


def document_date(sc: Scan, lexicon: Lexicon) -> str | None:
    """The date of a 公文/law note opening the text: （2010年3月1日某某市第十三届…会议通过）."""
    note = lexicon.view("html_meta.doc_note", _doc_note)
    for t in sc.paren[:NOTES_SCANNED]:
        m = note.match(t.strip())
        if m:
            return m.group(1)
    return None


def _precise(chosen: str, *others: str | None) -> str:
    """Keep the chosen date, but take the time of day from another source that names the same day."""
    if HAS_TIME.search(chosen):
        return chosen
    day = day_of(chosen)
    for o in others:
        if o and day and day_of(o) == day and HAS_TIME.search(o):
            return o
    return chosen
