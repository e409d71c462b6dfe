"""The public entry point: `clean()` runs decode → segment → classify → assemble → normalize."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from . import classify as _classify
from .assemble import assemble
from .decode import decode
from .lexicon import Lexicon
from .model import CleanError, Document
from .normalize import normalize_document
from .segment_html import segment_html
from .segment_text import segment_text

KINDS = ("auto", "html", "text")
SCRIPTS = ("simplified", "traditional", "keep")
ENGINES = ("auto", "cleanrepost", "trafilatura")
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|table|meta|title|span|a\s|br|td|article)\b", re.I)


@dataclass(frozen=True)
class Options:
    """Everything that changes what `clean()` returns.  Same input + same Options → byte-identical output."""

    kind: str = "auto"  # "auto", "html" or "text"
    script: str = "simplified"  # "simplified", "traditional" or "keep"
    engine: str = "auto"  # "auto"/"cleanrepost": our extractor; "trafilatura": trafilatura's, fed decoded text
    lexicon: Lexicon = field(default_factory=Lexicon.default)
    http_charset: str | None = None  # a Content-Type header or charset label from the transport, if known
    max_bytes: int = 64 * 1024 * 1024  # larger inputs raise CleanError

    def validate(self) -> "Options":
        if self.kind not in KINDS:
            raise CleanError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if self.script not in SCRIPTS:
            raise CleanError(f"script must be one of {SCRIPTS}, not {self.script!r}")
        if self.engine not in ENGINES:
            raise CleanError(f"engine must be one of {ENGINES}, not {self.engine!r}")
        if not isinstance(self.lexicon, Lexicon):
            raise CleanError("lexicon must be a cleanrepost.Lexicon")
        return self


def sniff_kind(text: str) -> str:
    """'html' when the input looks like markup, else 'text'."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<") and _HTML_SNIFF.search(head[:1024]):
        return "html"
    return "html" if len(_HTML_SNIFF.findall(text[:20000])) >= 3 else "text"


def clean(data: bytes | bytearray | memoryview | str | None, *, url: str | None = None,
          options: Options | None = None, **kwargs: Any) -> Document:
    """Clean one page.

    `data` is raw bytes in any encoding, or str.  Keyword options are those of `Options` (kind, script, engine,
    lexicon, http_charset, max_bytes), or pass an `Options` object.  Returns a `Document`; raises only
    `CleanError` (bad arguments, input over `max_bytes`).
    """
    opts = (replace(options, **kwargs) if kwargs else options) if options else Options(**_known(kwargs))
    opts.validate()
    if data is None:
        data = b""
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise CleanError(f"data must be bytes or str, not {type(data).__name__}")
    if len(data) > opts.max_bytes:
        raise CleanError(f"input is {len(data)} bytes, over max_bytes={opts.max_bytes}")
    try:
        return _run(data, url, opts)
    except CleanError:
        raise
    except RecursionError as e:  # pathological nesting that slipped past the parser's own limits
        raise CleanError("input too deeply nested to process") from e
    except MemoryError as e:
        raise CleanError("input too large to process in memory") from e


def _known(kwargs: dict[str, Any]) -> dict[str, Any]:
    unknown = set(kwargs) - set(Options.__dataclass_fields__)
    if unknown:
        raise CleanError(f"unknown option(s): {', '.join(sorted(unknown))}")
    return kwargs


def _run(data: bytes | str, url: str | None, opts: Options) -> Document:
    decoded = decode(data, http_charset=opts.http_charset)
    kind = opts.kind if opts.kind != "auto" else sniff_kind(decoded.text)
    seg = segment_html(decoded.text, opts.lexicon) if kind == "html" else segment_text(decoded.text)
    _classify.classify(seg.blocks, opts.lexicon, title_hint=seg.title_hint)
    doc = assemble(seg)
    doc.url = url
    doc.encoding = decoded.encoding
    doc.input_kind = kind
    for f in decoded.flags:
        doc.flag(f)
    if not doc.paragraphs and not doc.title:
        doc.flag("empty")
    return normalize_document(doc, script=opts.script)


def extract(data: bytes | str, *, url: str | None = None, **kwargs: Any) -> str | None:
    """trafilatura-style shortcut: the cleaned article text, or None when nothing was found."""
    doc = clean(data, url=url, **kwargs)
    return doc.text or None


def bare_extraction(data: bytes | str, *, url: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """trafilatura-style shortcut: the Document as a dict."""
    return clean(data, url=url, **kwargs).to_dict()
