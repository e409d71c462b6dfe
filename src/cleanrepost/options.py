"""Options, and the one path every entry point takes from what a caller hands over to a page and its Options.

`clean()`, `Cleaner`/`clean_record`, the Scrapy pipeline and the CLI's batch all go through here:

    make_options(options, **keywords)   Options from an Options object and/or keywords; unknown names, wrong
                                        types and values raise CleanError (once, when a Cleaner or pipeline is
                                        built, not once per page)
    coerce_page(data, max_bytes)        the page as bytes or str (None is empty; bytearray/memoryview → bytes);
                                        CleanError for another type or a page over max_bytes
    clean_or_error(page, url, options)  the never-raise wrapper: (Document, None), or (None, why not) for a
                                        missing page, a value of the wrong type, or a CleanError

This module imports no part of the pipeline (clean_or_error loads it on first call), so the command line can
check its options and start its workers without paying for it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .lexicon import Lexicon
from .model import CleanError

if TYPE_CHECKING:
    from .model import Document

INPUT_KINDS = ("auto", "html", "text")  # what Options.kind accepts (not lexicon.REMOVAL_KINDS)
SCRIPTS = ("simplified", "traditional", "keep")
ENGINES = ("auto", "cleanrepost", "trafilatura")
FAVORS = ("balanced", "precision", "recall")  # favor.py moves the borderline decisions for the last two


@dataclass(frozen=True)
class Options:
    """Everything that changes what `clean()` returns.  Same input + same Options → byte-identical output."""

    kind: str = "auto"  # "auto", "html" or "text"
    script: str = "simplified"  # "simplified", "traditional" or "keep"
    engine: str = "auto"  # "auto"/"cleanrepost": our extractor; "trafilatura": trafilatura's, fed decoded text
    lexicon: Lexicon = field(default_factory=Lexicon.default)
    http_charset: str | None = None  # a Content-Type header or charset label from the transport, if known
    max_bytes: int = 64 * 1024 * 1024  # larger inputs raise CleanError
    # Blocks (lines, DOM blocks) classified per page.  Real articles have a few thousand at most; a hostile page
    # of millions of tiny blocks would take minutes.  Text past the limit is kept out of the article, recorded as
    # one Removal of kind "over-limit", and the Document is flagged "truncated".
    max_blocks: int = 20_000
    # Seconds one page may take (None: no bound).  Checked between stages and for every line looked up in the
    # lexicon (see deadline.py); a page over it raises CleanError("timeout: …").  A page that finishes in time
    # gives the same output as without a timeout.
    timeout: float | None = None
    favor: str = "balanced"  # "precision" / "recall": move borderline decisions one way (favor.py)

    def validate(self) -> "Options":
        if self.kind not in INPUT_KINDS:
            raise CleanError(f"kind must be one of {INPUT_KINDS}, not {self.kind!r}")
        if self.script not in SCRIPTS:
            raise CleanError(f"script must be one of {SCRIPTS}, not {self.script!r}")
        if self.engine not in ENGINES:
            raise CleanError(f"engine must be one of {ENGINES}, not {self.engine!r}")
        if not isinstance(self.lexicon, Lexicon):
            raise CleanError("lexicon must be a cleanrepost.Lexicon")
        if not isinstance(self.max_bytes, int) or isinstance(self.max_bytes, bool) or self.max_bytes < 0:
            raise CleanError(f"max_bytes must be a non-negative int, not {self.max_bytes!r}")
        if not isinstance(self.max_blocks, int) or isinstance(self.max_blocks, bool) or self.max_blocks < 1:
            raise CleanError(f"max_blocks must be a positive int, not {self.max_blocks!r}")
        t = self.timeout
        if t is not None and (isinstance(t, bool) or not isinstance(t, (int, float)) or not t > 0):
            raise CleanError(f"timeout must be None or a positive number of seconds, not {t!r}")
        if self.favor not in FAVORS:
            raise CleanError(f"favor must be one of {FAVORS}, not {self.favor!r}")
        if self.http_charset is not None and not isinstance(self.http_charset, str):
            raise CleanError(f"http_charset must be a str or None, not {type(self.http_charset).__name__}")
        return self


def make_options(options: Options | None = None, *, where: str = "", **keywords: Any) -> Options:
    """`options` (default: Options()) with `keywords` applied, checked.  `where` prefixes the error message
    (a setting's name, e.g. "CLEANREPOST_OPTIONS: ")."""
    if options is not None and not isinstance(options, Options):
        raise CleanError(f"{where}options must be a cleanrepost.Options, not {type(options).__name__}")
    unknown = set(keywords) - set(Options.__dataclass_fields__)
    if unknown:
        raise CleanError(f"{where}unknown option(s): {', '.join(sorted(unknown))}")
    try:
        if options is None:
            opts = Options(**keywords)
        else:
            opts = replace(options, **keywords) if keywords else options  # frozen: no copy needed
    except TypeError as e:  # e.g. a field given twice through odd call shapes
        raise CleanError(f"{where}{e}") from None
    return opts.validate()


def coerce_page(data: Any, max_bytes: int) -> bytes | str:
    """The page as bytes or str: None is an empty page, bytearray and memoryview become bytes.  Raises CleanError
    for any other type, or for a page over `max_bytes` (a str measured as its UTF-8 bytes)."""
    if data is None:
        return b""
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise CleanError(f"data must be bytes or str, not {type(data).__name__}")
    size = len(data)
    if isinstance(data, str) and 4 * size > max_bytes:  # a str is measured as its UTF-8 bytes (at most 4 each)
        size = len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise CleanError(f"input is {size} bytes, over max_bytes={max_bytes}")
    return data


def is_missing(value: Any) -> bool:
    """None, or a pandas/numpy missing value: NaN, or pandas.NA (named, so that pandas need not be imported)."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def clean_or_error(page: Any, url: Any = None, *, options: Options, what: str = "input",
                   missing: str = "missing input: no page") -> tuple[Document | None, str | None]:
    """Clean one page without raising: (Document, None), or (None, why not).

    `what` names the page in the wrong-type message ("input is int, not str or bytes"); `missing` is the message
    for a missing page (None, NaN).  A url that is not a str (a missing value included) is left out."""
    from .api import clean  # the pipeline, on the first page only

    if is_missing(page):
        return None, missing
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        return None, f"{what} is {type(page).__name__}, not str or bytes"
    try:
        return clean(page, url=url if isinstance(url, str) else None, options=options), None
    except CleanError as e:
        return None, f"CleanError: {e}"
