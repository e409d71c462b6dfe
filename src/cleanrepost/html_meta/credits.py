"""The credits of an info bar printed without labels: outlet, persons with their role words, counts, where the
reporter filed from ("某某晚报 记者 张三 通讯员 李四 2026-…", "2026-… 某某体育 记者 张三 发自某地"), read with the value shapes
of the shared grammar (`grammar.values`) and the Lexicon's role and label tables."""
from __future__ import annotations

import re
from typing import Any, Callable

from ..grammar.dates import BAR_DATE as _DATE
from ..grammar.labels import GROUP_FIELDS, info_label_groups, parse_info
from ..grammar.values import COUNT, COUNTER_PHRASE
from ..lexicon import Lexicon

BARE_CREDITS_MAX = 3  # outlet/person tokens of an unlabelled bar besides its date
BAR_TOKENS_MAX = 8  # every token of an unlabelled bar besides its date (names, role words, counts, 发自某地)
NAME_MIN, NAME_MAX = 2, 20  # a bare name's length (an outlet's, a programme's)
# the column a headline names in its bracketed prefix (【某某新闻联播】省政府召开…)
_COLUMN = re.compile(r"^[【\[]([^】\]\s]{2,16})[】\]]")


_TIME_LEFT = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
_LABELLED = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,6})[:：](?P<value>.+)$")  # 摄影：某某 inside an unlabelled bar


def unlabelled_credits(text: str, d: re.Match[str], labels: Any, lexicon: Lexicon, column: str = "") -> dict[str, str]:
    """Outlet and person of a bar made of nothing but them, credits and counts beside the date ("某某日报 张三
    2026-01-10 06:49", "某某晚报 记者 张三 通讯员 李四 2026-…", "2026-… 某某体育 记者 张三 发自某地", "2026-… 某某网 摄影：张三
    12873人看过").  A role word (记者, 通讯员: lexicon.credit_roles) names the person after it; once the author is so
    named, the one bare name left is the outlet, whatever its ending; so is a bare name the headline's 【】 prefix
    names (`column`).  Any other token: not a credit line."""
    rest = text[:d.start()] + " " + text[d.end():]
    tokens = [t for t in (t.strip("()（）[]【】") for t in re.split(r"[\s|｜丨︱/]+", rest)) if t and not _TIME_LEFT.match(t)]
    if not tokens or len(tokens) > BAR_TOKENS_MAX:
        return {}
    groups = info_label_groups(lexicon)
    found: dict[str, str] = {}
    bare: list[str] = []  # names no role word introduces
    role = ""
    for t in tokens:
        if role:  # the person a role word introduces: 记者 张三 (the first reporter is the author)
            if not any(p.match(t) for p in labels.lexicon.patterns("bar_persons")):
                return {}
            name = GROUP_FIELDS.get(groups.get(role) or groups.get(role[-2:]) or "")
            if name in ("author", "editor"):
                found.setdefault(name, t)
            role = ""
        elif t in lexicon.credit_roles:
            role = t
        elif t in groups or t.startswith(lexicon.dispatch_marks) or COUNT.match(t) or COUNTER_PHRASE.match(t):
            continue  # a label word (发布于 before the date), where the reporter filed from (发自某地), a count
        elif _LABELLED.match(t) and _LABELLED.match(t).group("label") in groups:
            continue  # a labelled credit of no field here (摄影：某某)
        elif t in labels.actions:
            return {}
        elif any(p.match(t) for p in labels.lexicon.patterns("bar_outlets")) and "source_name" not in found:
            found["source_name"] = t
        elif re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{%d,%d}" % (NAME_MIN, NAME_MAX), t):
            bare.append(t)
        else:
            return {}
    if role or len(bare) > BARE_CREDITS_MAX:
        return {}
    if "author" in found and "source_name" not in found and len(bare) == 1:
        found["source_name"] = bare.pop()  # 某某体育 记者 张三: the role names the person, so this is the outlet
    for t in bare:
        if t == column and "source_name" not in found:
            found["source_name"] = t  # the programme or column the headline names in its 【】 prefix
        elif any(p.match(t) for p in labels.lexicon.patterns("bar_persons")) and "author" not in found:
            found["author"] = t
        elif t not in found.values():
            return {}  # an unknown word beside the date: not a bare credit line
    return found


def lead_credits(text: str, hits: Callable, labels: Any, lexicon: Lexicon, fold: Callable[[str], str],
                 headline: str) -> dict[str, str]:
    """The outlet in the unlabelled lead of a labelled bar: a date and a bare name before the first label ("2025-02-26
    19:58 | 某某日报 | 责编：某某"), read as an unlabelled bar (the name an outlet by its shape, or the column the
    headline's 【】 prefix names)."""
    found = hits(fold(text), labels)
    lead = text[:found[0].start()] if found else ""
    d = _DATE.search(lead)
    if d is None:
        return {}
    column = _COLUMN.match(headline or "")
    credits = unlabelled_credits(lead, d, labels, lexicon, column.group(1) if column else "")
    return {"source_name": credits["source_name"]} if "source_name" in credits else {}


def account_credit(text: str, lexicon: Lexicon) -> dict[str, str]:
    """The self-media account of a post's byline under the headline ("原创 某某社区 2026年11月21日 18:30 浙江"), read by
    the text path's info-line grammar (`grammar.labels.parse_info`: the origin mark, the poster's region): it goes
    to meta["account"], the source where no 来源 names one (assemble)."""
    info = parse_info(text, lexicon) or {}
    return {"account": info["account"]} if info.get("account") else {}
