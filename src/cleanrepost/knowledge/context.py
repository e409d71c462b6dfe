"""The Lexicon of the `clean()` call in progress, for the per-line helpers that take a text and nothing else.

`shapes.is_document_part(text)`, `container.is_link_line(block)`, an info-line token's shape … are asked of every
line, deep inside the stages; they read a few shapes built from Lexicon tables (公文 parts, section headings,
organ and outlet endings, city suffixes).  `clean()` runs its stages inside `using(lexicon)` (a context variable:
per thread and per asyncio task, like `decimal.localcontext`), and the helpers take `shape_patterns()`, compiled
once per Lexicon.  Outside a `clean()` call they use the default Lexicon.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Iterator, NamedTuple

from .. import lazy_re

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_current: ContextVar["Lexicon | None"] = ContextVar("cleanrepost_lexicon", default=None)


@contextmanager
def using(lexicon: "Lexicon") -> Iterator[None]:
    """Run the block with `lexicon` as the current one (nested calls restore the outer one)."""
    token = _current.set(lexicon)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> "Lexicon":
    lexicon = _current.get()
    if lexicon is None:
        from ..lexicon import Lexicon
        lexicon = Lexicon.default()
    return lexicon


class ShapePatterns(NamedTuple):
    """The line shapes built from Lexicon tables."""
    section: re.Pattern[str]  # a 公文 section heading (一、 （一） 第一章): section_headings
    doc_part: re.Pattern[str]  # a line opening a 公文 part (附件, 抄送, 印发 …): document_parts
    organ: str  # an issuing body's name, as a pattern string: organ_suffixes
    organ_line: re.Pattern[str]  # that name alone on a line
    signature: re.Pattern[str]  # the organ or the Chinese-form date alone, or the 版记 date line
    doc_dateline: re.Pattern[str]  # "2003年5月12日,某某省财政厅": group date and source
    organ_dateline: re.Pattern[str]  # "某县某局　2026-06-02" above an article: group organ and date
    outlet: re.Pattern[str]  # a news outlet's name: outlet_suffixes
    city_suffix: re.Pattern[str]  # "(北京)" after an outlet's name: source_city_suffixes
    kept_part: re.Pattern[str]  # what favor="precision" never drops: a 公文 part, a section heading, a list intro


def _joined(patterns: tuple[str, ...]) -> str:
    return patterns[0] if len(patterns) == 1 else "|".join("(?:" + p + ")" for p in patterns)


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _build(lex: "Lexicon") -> ShapePatterns:
    from ..grammar import dates
    from ..grammar.values import SP
    organ = r"[\u4e00-\u9fff]{1,24}" + _alternation(lex.organ_suffixes)
    section, part = _joined(lex.section_headings), _joined(lex.document_parts)
    return ShapePatterns(
        section=re.compile(section),
        doc_part=re.compile(part),
        organ=organ,
        organ_line=re.compile(r"^(?:" + organ + r")$"),
        signature=re.compile(r"^(?:" + organ + r"|" + dates.SIGNED_DATE + r")$|" + dates.SIGNED_DATE + r"\s*印发$"),
        doc_dateline=dates.doc_dateline(organ),
        organ_dateline=re.compile(r"^(?P<organ>" + organ + r")" + SP + r"{1,8}(?P<date>" + dates.DATETIME.pattern + r")$"),
        outlet=re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,16}" + _alternation(lex.outlet_suffixes) + r"$"),
        city_suffix=re.compile(_joined(lex.source_city_suffixes)),
        # (favor="precision" only: compiled on first use; a stand-in of this Lexicon's own, not registered for
        # lazy_re.compile_all, which is for module-level patterns: a process may build many Lexicons)
        kept_part=lazy_re.LazyPattern(part + "|" + section + r"|[:：]\s*$"),  # type: ignore[arg-type]
    )


def shape_patterns(lexicon: "Lexicon | None" = None) -> ShapePatterns:
    """The shapes of `lexicon` (default: the current one), compiled once per Lexicon."""
    return (lexicon or current()).view("context.shape_patterns", _build)


def is_body_name(text: str, lexicon: "Lexicon | None" = None) -> bool:
    """`text` is the name of an organ (某市应急管理局) or an outlet (某某日报, 某某发布) alone."""
    patterns = shape_patterns(lexicon)
    return bool(patterns.organ_line.match(text) or patterns.outlet.match(text))
