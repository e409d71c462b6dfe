"""Boilerplate knowledge, as data: the `Lexicon` one `clean()` call uses.

Everything the cleaner knows about reposted Chinese government pages is a table of the Lexicon: line rules
(anchored regular expressions, each with a removal kind and optional provenance fields it yields:
knowledge/rules.py), and word tables — sidebar headings, container and chrome hints, info-bar and gov-table
labels, meta-tag names, furniture words (knowledge/tables.py).  Code elsewhere reads them from the Lexicon it was
given; it does not carry phrases of its own.  The code that runs the line rules is knowledge/matcher.py.

Users extend any table without touching the code::

    from cleanrepost import Lexicon, LineRule, clean
    lex = Lexicon.default().extended(
        line_rules=[LineRule("footer.mysite", "footer", r"^本站由.{0,20}提供技术支持$")],
        sidebar_headings=["编辑推荐"],
        hidden_hints=["my-hidden"],
    )
    doc = clean(page, lexicon=lex)

Rule names are stable identifiers: they appear in `Document.removed[*].reason` as "line:<name>".
The names below (LINE_RULES, SIDEBAR_HEADINGS, INFO_LABELS …) stay importable from here: they are the defaults.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Iterable, Pattern

from .knowledge import matcher
from .knowledge.rules import DATE, LINE_RULES, PROVINCES, SELF_MEDIA_RULES, LineRule  # noqa: F401
from .knowledge.tuning import DEFAULT_TUNING, OVERRIDABLE, Tuning
from .knowledge.tables import *  # noqa: F401,F403  (the default tables stay importable as lexicon.NAME)
from .knowledge.tables import (CLOSING_FORMULAS, DOCUMENT_PART_RE, DOCUMENT_TITLE_RE, END_MARK, EPAPER_JUMP,
                               INTERPRETATION_TITLE_RE, ORGAN_SUFFIXES, OUTLET_SHAPE, OUTLET_SUFFIXES, PERSON_SHAPE,
                               OUTLET_DATELINE,
                               REPORTED_BY, SECTION_HEADING_RE, SITE_CREDIT, SOURCE_CITY_SUFFIX, WIRE_DATELINE)
from .knowledge.tables import (BAR_ACTION_WORDS, BOILERPLATE_HINTS, CHOICE_DEGREES, CHROME_SUBTREE_HINTS,
                               CONTACT_LABELS, CONTENT_HINTS, CREDIT_ROLES, DOCUMENT_DATE_VERBS, FURNITURE_LINES,
                               DISPATCH_MARKS, PLACE_LEVELS, UNIT_SUFFIXES,
                               GOV_LABEL_FIELDS, GOV_META_TAGS, GOV_SOURCE_LABELS, GOV_TABLE_COUNTER_LABELS,
                               GOV_TABLE_LABELS, GRAMMAR_EXTRA_LABELS, HEADLINE_HINTS, HEADLINE_TOKENS,
                               HEADLINE_WORDS, HIDDEN_HINTS, HINT_KINDS, INFO_LABELS, ORIGIN_MARKS, REGIONS, ACCOUNT_BADGES,
                               READING_BAR_LABELS, TIME_LEADS,
                               PUBLISHED_META_TAGS, REMOVAL_KINDS, SELF_MEDIA_CUES, SIDEBAR_HEADINGS,
                               SITE_CHROME_PHRASES, SITE_CHROME_SUFFIXES, SITE_CHROME_WORDS, SITE_NAME_META_TAGS,
                               SOURCE_LINK_TEXTS, SOURCE_META_TAGS, WEATHER_WORDS)
from .model import CleanError
from .regex_safety import nested_quantifiers

KINDS = REMOVAL_KINDS  # the public name of 0.x (`from cleanrepost import KINDS`): the removal kinds
# re-exported for code written against the one-module lexicon
from .knowledge.matcher import MATCH_MEMO, NO_MAX_LEN  # noqa: E402,F401


def _pairs(mapping: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(mapping.items())


@dataclass(frozen=True)
class Lexicon:
    """The boilerplate knowledge one `clean()` call uses.  Immutable; `extended()` returns a new one.

    Every field is a table (a tuple: of strings, of `LineRule`s, or of (key, value) pairs where the table maps
    one thing to another); `table(name)` gives a pair table as a dict, later pairs winning."""

    # line rules (knowledge/rules.py) and the kinds a rule may give
    line_rules: tuple[LineRule, ...] = LINE_RULES
    removal_kinds: tuple[tuple[str, str], ...] = _pairs(REMOVAL_KINDS)
    # lists beside the article
    sidebar_headings: tuple[str, ...] = SIDEBAR_HEADINGS
    # HTML: container choice, chrome inside the container, hidden text, self-media furniture at the edges
    content_hints: tuple[str, ...] = CONTENT_HINTS
    boilerplate_hints: tuple[str, ...] = BOILERPLATE_HINTS
    hint_kinds: tuple[tuple[str, str], ...] = _pairs(HINT_KINDS)
    chrome_subtree_hints: tuple[str, ...] = CHROME_SUBTREE_HINTS
    hidden_hints: tuple[str, ...] = HIDDEN_HINTS
    self_media_cues: tuple[str, ...] = SELF_MEDIA_CUES
    # labelled lines: the gov table, info bars (both paths), and the labels only the text grammar reads
    gov_table_labels: tuple[str, ...] = GOV_TABLE_LABELS
    gov_table_counter_labels: tuple[str, ...] = GOV_TABLE_COUNTER_LABELS
    gov_label_fields: tuple[tuple[str, str], ...] = _pairs(GOV_LABEL_FIELDS)
    gov_source_labels: tuple[str, ...] = GOV_SOURCE_LABELS
    info_labels: tuple[tuple[str, str], ...] = INFO_LABELS
    extra_info_labels: tuple[tuple[str, str], ...] = GRAMMAR_EXTRA_LABELS
    # headlines
    headline_words: tuple[str, ...] = HEADLINE_WORDS
    headline_hints: tuple[str, ...] = HEADLINE_HINTS
    headline_tokens: tuple[str, ...] = HEADLINE_TOKENS
    # <meta> tags and links of the markup
    gov_meta_tags: tuple[str, ...] = GOV_META_TAGS
    published_meta_tags: tuple[str, ...] = PUBLISHED_META_TAGS
    site_name_meta_tags: tuple[str, ...] = SITE_NAME_META_TAGS
    source_meta_tags: tuple[str, ...] = SOURCE_META_TAGS
    bar_action_words: tuple[str, ...] = BAR_ACTION_WORDS
    source_link_texts: tuple[str, ...] = SOURCE_LINK_TEXTS
    document_date_verbs: tuple[str, ...] = DOCUMENT_DATE_VERBS
    # furniture of text dumps (grammar.py)
    contact_labels: tuple[str, ...] = CONTACT_LABELS
    furniture_lines: tuple[str, ...] = FURNITURE_LINES
    credit_roles: tuple[str, ...] = CREDIT_ROLES
    site_chrome_phrases: tuple[str, ...] = SITE_CHROME_PHRASES
    site_chrome_words: tuple[str, ...] = SITE_CHROME_WORDS
    site_chrome_suffixes: tuple[str, ...] = SITE_CHROME_SUFFIXES
    weather_words: tuple[str, ...] = WEATHER_WORDS
    origin_marks: tuple[str, ...] = ORIGIN_MARKS  # 原创 …: a self-media account's name follows
    regions: tuple[str, ...] = REGIONS  # 发布于四川, · 湖南 ·: where the poster is, after the datetime
    account_badges: tuple[tuple[str, str], ...] = ACCOUNT_BADGES  # ending → official / creator account
    masthead_suffixes: tuple[str, ...] = MASTHEAD_SUFFIXES  # 某某日报数字报: the paper a 本报 story credits
    self_sources: tuple[str, ...] = SELF_SOURCES  # 来源：本站原创: no outlet named
    reading_bar_labels: tuple[str, ...] = READING_BAR_LABELS  # 正在阅读：…: the bar names the headline
    time_leads: tuple[str, ...] = TIME_LEADS  # 今年, 上半年 …: a 引题/副题 opens so, a 主题 names who
    choice_degrees: tuple[str, ...] = CHOICE_DEGREES  # 基本/不 …: the options of a rating widget
    # pattern tables (PATTERN_TABLES): regular expressions, tried in order, the first that matches wins
    closing_formulas: tuple[str, ...] = (CLOSING_FORMULAS,)  # 特此通知, 此复 …: a 公文's own last line
    document_titles: tuple[str, ...] = (DOCUMENT_TITLE_RE, INTERPRETATION_TITLE_RE)  # 关于…的通知, 《…》解读: a 公文's headline
    site_credits: tuple[str, ...] = (SITE_CREDIT,)  # a credited name that is a website's (某某网)
    wire_datelines: tuple[str, ...] = (WIRE_DATELINE, REPORTED_BY, OUTLET_DATELINE)  # 新华社北京3月5日电, 据某某网消息,
    # 某某新闻网讯: group `source`
    end_marks: tuple[str, ...] = (END_MARK,)  # — END —: the close of a self-media post
    epaper_jumps: tuple[str, ...] = (EPAPER_JUMP,)  # （下转A2版）
    bar_outlets: tuple[str, ...] = (OUTLET_SHAPE,)  # an outlet's name in an unlabelled HTML info bar
    bar_persons: tuple[str, ...] = (PERSON_SHAPE,)  # a person's name there
    dispatch_marks: tuple[str, ...] = DISPATCH_MARKS  # 发自某地 after a reporter's name there
    unit_suffixes: tuple[str, ...] = UNIT_SUFFIXES  # 研究室, 基础教育股: a unit of an organ, credited without it
    place_levels: tuple[str, ...] = PLACE_LEVELS  # 县, 镇 …: a place named in a unit's name qualifies it
    document_parts: tuple[str, ...] = (DOCUMENT_PART_RE,)  # 附件, 抄送, 印发 …: lines of a 公文 that always stay
    section_headings: tuple[str, ...] = (SECTION_HEADING_RE,)  # 一、 （一） 第一章: a 公文's own headings
    source_city_suffixes: tuple[str, ...] = (SOURCE_CITY_SUFFIX,)  # "(北京)" cut from an outlet's name
    # the endings of an issuing body's and of an outlet's name (knowledge/context.py builds the shapes)
    organ_suffixes: tuple[str, ...] = ORGAN_SUFFIXES
    outlet_suffixes: tuple[str, ...] = OUTLET_SUFFIXES
    # the classifier's thresholds (knowledge/tuning.py): not a table; `tuned()` overrides them
    tuning: Tuning = DEFAULT_TUNING
    _compiled: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def default(cls) -> "Lexicon":
        return DEFAULT

    @classmethod
    def tables(cls) -> tuple[str, ...]:
        """The names of the tables `extended()` can add to."""
        return tuple(f.name for f in fields(cls) if not f.name.startswith("_") and f.name != "tuning")

    def extended(self, **more: Iterable[Any]) -> "Lexicon":
        """A copy with more entries in any table (`Lexicon.tables()` names them): `extended(hidden_hints=["x"])`.
        New line rules are tried before the built-in ones; new pairs of a pair table win over the old ones.

        Raises `TypeError` for an unknown table, and `CleanError` for a rule with an unknown kind (see
        `removal_kinds`, which may be extended too), a pattern that does not compile, or a pattern with nested
        quantifiers (`(a+)+`, `(?:\\s*x)*`: see `regex_safety`), which can take minutes on one short line;
        bound the inner or the outer repeat (`{0,40}`; the rule's max_len is a natural bound)."""
        unknown = sorted(set(more) - set(self.tables()))
        if unknown:
            raise TypeError(f"Lexicon has no table {unknown[0]!r}; its tables: {', '.join(self.tables())}")
        added = {name: tuple(values) for name, values in more.items()}
        for name in PATTERN_TABLES:
            for p in added.get(name, ()):
                _check_pattern(name, p)
        kinds = dict(self.removal_kinds + added.get("removal_kinds", ()))
        for r in added.get("line_rules", ()):
            _check_rule(r, kinds)
        changes = {name: (values + self.line_rules if name == "line_rules" else getattr(self, name) + values)
                   for name, values in added.items()}
        return replace(self, **changes, _compiled={})

    def tuned(self, **overrides: Any) -> "Lexicon":
        """A copy with some thresholds of `tuning` changed: `tuned(gov_min_rows=3)`.  Raises `TypeError` for a
        name `Tuning` does not have, or one the stages do not read from the lexicon yet (see knowledge/tuning.py:
        refused rather than silently ignored)."""
        names = {f.name for f in fields(Tuning)}
        for name in sorted(overrides):
            if name not in names:
                raise TypeError(f"Tuning has no threshold {name!r}")
            if name not in OVERRIDABLE:
                raise TypeError(f"threshold {name!r} is not overridable yet; these are: {', '.join(sorted(OVERRIDABLE))}")
        return replace(self, tuning=replace(self.tuning, **overrides), _compiled={})

    def __getstate__(self) -> dict:
        """Pickled without the compiled views and the match memo: rebuilt on first use (Match objects, which the
        memo holds, cannot be pickled)."""
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    # -- views, built once per Lexicon ------------------------------------------------------------------------
    def view(self, key: str, build: Callable[["Lexicon"], Any]) -> Any:
        """What `build(self)` returns (a compiled pattern, a set, a dict …), built on first use and kept: the
        code that reads a table compiles it here, once per Lexicon, under a key of its own."""
        v = self._compiled.get(key)
        if v is None:
            v = self._compiled[key] = build(self)
        return v

    def table(self, name: str) -> dict[str, str]:
        """A pair table (hint_kinds, gov_label_fields, info_labels …) as a dict; later pairs win."""
        return self.view("table:" + name, lambda lex: dict(getattr(lex, name)))

    def patterns(self, name: str) -> tuple[Pattern[str], ...]:
        """A pattern table (PATTERN_TABLES) compiled on its first use: callers take the first that matches."""
        return self.view("patterns:" + name, lambda lex: compiled_pattern_table(lex, name))

    def sidebar_heading_re(self) -> Pattern[str]:
        return self.view("sidebar", sidebar_heading_pattern)

    def match_line(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        """The first line rule that matches `line` (already trimmed), or None."""
        return matcher.match_line(self._compiled, self.line_rules, line)

    def _first_match(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        return matcher.first_match(self._compiled, self.line_rules, line)


def sidebar_heading_pattern(lex: Lexicon) -> Pattern[str]:
    alts = "|".join(sorted((re.escape(h) for h in lex.sidebar_headings), key=len, reverse=True))
    # a heading line: the heading, maybe decorated (【】, >>, 更多, a count), nothing else.  The decoration after
    # it splits one way only (">>" and "»" are in its class): two overlapping runs there were quadratic in a line
    # of "»".
    return re.compile(r"^[\s\[【「『<《>»•·|｜#*]*(?:" + alts + r")[\s\]】」』>》»:：|｜]*(?:(?:更多|more|MORE|\+)[\s>»]*)?$")


PATTERN_TABLES = ("closing_formulas", "document_titles", "site_credits", "wire_datelines", "end_marks", "epaper_jumps",
                  "bar_outlets", "bar_persons", "document_parts", "section_headings", "source_city_suffixes")


def compiled_pattern_table(lex: Lexicon, name: str) -> tuple[Pattern[str], ...]:
    """One pattern table of `lex`, compiled.  Each table on its own: a process compiles only the tables its pages
    read (document_parts, section_headings and source_city_suffixes are read joined, through
    knowledge.context.shape_patterns, and wire_datelines only by text dumps: ~15 ms of compiling)."""
    if name not in PATTERN_TABLES:
        raise KeyError(name)
    return tuple(re.compile(p) for p in getattr(lex, name))


def _check_pattern(table: str, p: str) -> None:
    """A pattern added to a pattern table compiles and cannot backtrack catastrophically (as a line rule)."""
    try:
        nested = nested_quantifiers(re.compile(p))
    except (re.error, TypeError) as e:
        raise CleanError(f"{table}: bad pattern {p!r}: {e}") from e
    if nested:
        raise CleanError(f"{table}: pattern {p!r} has nested quantifiers ({nested[0]}); bound one of the two repeats")


def _check_rule(r: LineRule, kinds: dict[str, str]) -> None:
    if r.kind not in kinds:
        raise CleanError(f"unknown removal kind {r.kind!r} in rule {r.name!r}; known: {sorted(kinds)}")
    try:
        nested = nested_quantifiers(r.regex)
    except (re.error, TypeError) as e:
        raise CleanError(f"line rule {r.name!r}: bad pattern: {e}") from e
    if nested:
        raise CleanError(f"line rule {r.name!r}: nested quantifiers ({nested[0]}) can backtrack "
                         "catastrophically; bound one of the two repeats")


DEFAULT = Lexicon()
