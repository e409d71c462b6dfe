"""Value shapes of labelled lines, on plain strings: a count, a counter phrase, a person's or an outlet's name, a
user handle, a URL, a phone number, an e-mail address; `token_shape` names the shape of one token (dates:
dates.py)."""
from __future__ import annotations

import re

from ..knowledge.context import shape_patterns
from . import dates

SP = r"[ \t\u3000\u00a0]"  # the spaces a line carries between its parts
ORGAN_TOKEN_MIN = 3  # an organ's name in an info line is this long at least (县委 alone is read as a name)
COUNT = re.compile(r"^[(（\[【]?\d{1,9}[)）\]】]?(?:次|人次|人)?$")
_COUNTER_WORDS = r"(?:浏览|阅读|点击|访问|人气|热度|评论|次浏览|次阅读|次点击|人阅读|人浏览|人看过|赞)"
COUNTER_PHRASE = re.compile(r"^(?:\d{0,9}" + _COUNTER_WORDS + r"(?:量|数|次数)?[(（]?\d{0,9}[)）]?次?|\d{1,9}次)$")
PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?$")
HANDLE = re.compile(r"^(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_.\-]{2,20}$")  # a user name: Latin letters, digits
# the bare-domain branch starts only where a run of name characters starts: tried inside the run too, it rescanned
# the rest of the run from every character (quadratic); the leftmost match is the same
URL = re.compile(r"(?:https?://|www\.)[\w\-.]+|(?<![\w\-])[\w\-]+\.(?:com|cn|net|org|gov\.cn|com\.cn)\b", re.I)
PHONE = re.compile(r"(?<!\d)(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?!\d)")
EMAIL = re.compile(r"[\w.\-]{1,40}@[\w\-]{1,40}(?:\.[\w\-]{1,20}){1,4}")
# Random Latin/hex strings (file ids, anti-copy jammers): long, no Han, letters and digits mixed.
JAMMER = re.compile(r"^(?=[0-9a-zA-Z]*\d)(?=[0-9a-zA-Z]*[a-zA-Z])[0-9a-zA-Z]{16,64}$")
LAYOUT_RESIDUE = re.compile(r"^[|｜/\\_\-=*·•~+#<>\s]+$")
_PAGE = re.compile(r"^第?[A-Z]?\d{1,3}版$")  # the e-paper page of a print dateline: 第3版, A02版
# the site's host printed in the info line (its last label letters: "3.2万" is a count)
_BARE_URL = re.compile(r"^(?:https?://)?[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,6}/?$")


def _outlet() -> re.Pattern[str]:
    """A news outlet's name (某某日报, 某某融媒体中心): the current Lexicon's outlet_suffixes (knowledge/context)."""
    return shape_patterns().outlet


def token_shape(tok: str) -> str | None:
    """What an unlabelled token of an info line is: date, time, weekday, count, counter, outlet, organ, person,
    handle, url, page."""
    if dates.DATETIME.fullmatch(tok):
        return "date"
    if dates.SHORT_DATETIME.match(tok) or dates.TIME_ONLY.match(tok):
        return "time"
    if dates.WEEKDAY.match(tok):
        return "weekday"
    if COUNT.match(tok):
        return "count"
    if COUNTER_PHRASE.match(tok):
        return "counter"
    if _outlet().match(tok):
        return "outlet"
    if len(tok) >= ORGAN_TOKEN_MIN and shape_patterns().organ_line.match(tok):
        return "organ"  # "招商局", "某某县妇联": an issuing body (a name of two characters stays a person's)
    if PERSON.match(tok):
        return "person"
    if HANDLE.match(tok):
        return "handle"
    if URL.fullmatch(tok) or _BARE_URL.match(tok):
        return "url"
    if _PAGE.match(tok):
        return "page"
    return None
