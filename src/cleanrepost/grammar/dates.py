"""The one date grammar: the parts of a date, the shapes callers accept, and `iso_date`, which reads any of them.

Every date pattern of the package is built here from the same parts (YEAR, DAY, the separators, TIME); a caller
that accepts a different shape uses a named variant below instead of writing a regex of its own:

  RULE_DATE      line rules' `date` group: a year, maybe a month and day, maybe a time (rules have max_len)
  DATETIME       an info line's value: a full date with up to 3 spaces between parts, then maybe a time
  FULL_DATE      an info bar's lead or an e-paper issue line: as DATETIME, up to 8 spaces (classify)
  BAR_DATE       an HTML info bar: numeric or 年月日 date, no inner spaces, maybe a time (html_meta)
  NUMERIC_DATE   2024-05-15 or a time of day: a date a bar prints, not a written one in a sentence (html_meta)
  DATE_ANY, DATE_EDGE, ONLY_DATE, DATE_LINE, SIGNATURE_DATE, CN_DATE, SHORT_DATETIME …: see each

Space runs inside a date are bounded where a pattern searches whole lines: unbounded runs between optional parts
let a failed match try every split of a long run of spaces.  `iso_date` normalises what any of them matched.
"""
from __future__ import annotations

import re

# -- the parts -------------------------------------------------------------------------------------------------
YEAR = r"(?:19|20)\d\d"
DAY = r"\d{1,2}"  # a month or a day of the month
YM = r"[-/.年]"  # between year and month
MD = r"[-/.月]"  # between month and day
NUMERIC_SEP = r"[-/.]"
TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_SP = r"[ \t\u3000\u00a0]"  # the spaces a line carries between its parts


def _spaced(n: int) -> str:
    return r"\s{0,%d}" % n


def _full(gap: str) -> str:
    """Year, month and day with `gap` around each separator, an optional 日."""
    return YEAR + gap + YM + gap + DAY + gap + MD + gap + DAY + gap + "日?"


CN_DATE = YEAR + "年" + DAY + "月" + DAY + "日"  # 2024年5月15日, the written form (公文, notes, e-paper lines)
_MONTH_DAY = r"(?:" + YEAR + YM + r")?" + DAY + MD + DAY + "日?"  # the year optional: a list's 03-08

# -- variants (strings: other patterns embed them) -------------------------------------------------------------
RULE_DATE_PATTERN = (r"(?P<date>" + YEAR + r"(?:" + YM + DAY + r"(?:" + MD + DAY + r"日?)?)(?:[ T\u3000]*" + TIME
                     + r")?)")
DATE_PATTERN = _full(_spaced(3))  # grammar's date: up to 3 spaces around separators
FULL_DATE_PATTERN = _full(_spaced(8)) + r"(?:" + _spaced(8) + TIME + r")?"

# -- variants (compiled) ---------------------------------------------------------------------------------------
# (every space run bounded: unbounded runs around the optional "T" made a failed match quadratic in the spaces)
DATETIME = re.compile(DATE_PATTERN + r"(?:" + _SP + r"{0,8}(?:[T" + _SP[1:-1] + r"]" + _SP + r"{0,8})?" + TIME + r")?")
SHORT_DATETIME = re.compile(r"^" + DAY + MD + DAY + "日?" + _SP + r"*(?:" + TIME + r")?$")  # "11-15 16:24": no year
TIME_ONLY = re.compile(r"^" + TIME + r"$")
WEEKDAY = re.compile(r"^(?:星期|周|礼拜)[一二三四五六日天]$")
# Any date in a line: 2021-03-08, 2021年3月8日, a list's "[03-08]" or a bare "03-08".
DATE_ANY = re.compile(YEAR + YM + DAY + MD + DAY + r"日?|\[\d{1,2}-\d{1,2}\]|(?<!\d)\d{1,2}-\d{2}(?!\d)")
# A date (year optional) opening or closing a line: the mark of a list item.
DATE_EDGE = re.compile(r"^" + _MONTH_DAY + r"|" + _MONTH_DAY + r"$")
# A line holding only a date (and a time), maybe bracketed.
ONLY_DATE = re.compile(r"^[\[(（]?" + _MONTH_DAY + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?$")
# A full date, optionally with a time: the lead of an info bar, or an e-paper issue line (with a weekday).
FULL_DATE = re.compile(FULL_DATE_PATTERN)
DATE_LINE = re.compile(r"^[\[(（]?" + FULL_DATE_PATTERN + r"(?:" + _spaced(8) + r"(?:星期|周)[一二三四五六日天])?"
                       + r"[\])）]?$")
# The date of a 公文's signature block, alone on its line (spaces between the parts: 2015 年 1 月 1 日).
SIGNED_DATE = YEAR + r"\s*年\s*" + DAY + r"\s*月\s*" + DAY + r"\s*日"
SIGNATURE_DATE = re.compile(r"^" + SIGNED_DATE + r"$")
# An HTML info bar's date: 2024-05-15, 2024/5/15, 2024.05.15, 2024年5月15日, … 08:58[:52]
BAR_DATE = re.compile(YEAR + r"(?:" + NUMERIC_SEP + DAY + NUMERIC_SEP + DAY + r"|年" + DAY + "月" + DAY + r"日)(?:[ T\u3000]*"
                      + TIME + r")?")
NUMERIC_DATE = re.compile(YEAR + NUMERIC_SEP + DAY + NUMERIC_SEP + DAY + r"|" + r"\d{1,2}[:：]\d{2}")
HAS_TIME = re.compile(r"\d[:：]\d\d")  # a value that names the time of day
# Any written date, its parts captured: year, month, day, then maybe hour, minute, second.
DATE_PARTS = re.compile(r"(" + YEAR + r")\D{1,2}(" + DAY + r")\D{1,2}(" + DAY + r")(?:\D{1,3}(" + DAY
                        + r")[:：](\d{2})(?:[:：](\d{2}))?)?")


def day_of(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date in `value`, unchecked; None when it holds none."""
    m = DATE_PARTS.search(value or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def iso_date(value: str | None) -> str | None:
    """'2024年5月3日 10:30' → '2024-05-03T10:30'; None when no valid full date is present."""
    if not value:
        return None
    m = DATE_PARTS.search(value)
    if not m:
        return None
    y, mo, d, hh, mm, ss = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if hh is not None and int(hh) < 24 and int(mm) < 60:
        out += f"T{int(hh):02d}:{mm}" + (f":{ss}" if ss else "")
    return out


def doc_dateline(organ: str) -> re.Pattern[str]:
    """"2003年5月12日,某某省财政厅": a document's own date and issuer (`organ`: the issuer's name pattern, built from
    the Lexicon's organ_suffixes by knowledge/context.py)."""
    return re.compile(r"^(?P<date>" + FULL_DATE_PATTERN + r")" + _spaced(8) + r"[,，、\s]" + _spaced(8) + r"(?P<source>"
                      + organ + r")$")
