"""The public entry point: `clean()` runs decode → segment → classify → assemble → normalize."""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from . import classify as _classify
from . import deadline, formats, langid
from .assemble import assemble
from .decode import decode
from .engines import segment_trafilatura
from .favor import apply_favor
from .knowledge.context import using
from .lexicon import Lexicon
from .model import CleanError, Document, Removal, Segmented
from .options import (ENGINES, FAVORS, INPUT_KINDS, SCRIPTS, Options, coerce_page,  # noqa: F401  (re-exported)
                      make_options)
from .normalize import normalize_document
from .segment_html import segment_html
from .segment_text import segment_text
from .structure import build_body

FALLBACK_MAX_CHARS = 2_000_000  # pages larger than this never go to the trafilatura fallback
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|table|meta|title|span|a\s|br|td|article)\b", re.I)


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
    lexicon, http_charset, max_bytes, max_blocks, timeout), or pass an `Options` object.  Returns a `Document`;
    raises only `CleanError`: bad arguments, input over `max_bytes`, a page over `timeout`, or, should a bug
    surface inside the pipeline, "internal error: …" with the original exception chained (`__cause__`).
    """
    opts = make_options(options, **kwargs)
    data = coerce_page(data, opts.max_bytes)
    try:
        # (the per-line helpers read the Lexicon's shapes from the call's context: knowledge/context.py)
        with deadline.bounded(opts.timeout), using(opts.lexicon):
            return _run(data, url, opts)
    except CleanError:
        raise
    except RecursionError as e:  # pathological nesting that slipped past the parser's own limits
        raise CleanError("input too deeply nested to process") from e
    except MemoryError as e:
        raise CleanError("input too large to process in memory") from e
    except Exception as e:  # a bug: callers are promised CleanError only; the cause stays chained for the report
        raise CleanError(f"internal error: {type(e).__name__}: {e}") from e


def _run(data: bytes | str, url: str | None, opts: Options) -> Document:
    decoded = decode(data, http_charset=opts.http_charset)
    deadline.check()
    kind = opts.kind if opts.kind != "auto" else sniff_kind(decoded.text)
    if kind == "html":
        seg = _segment_page(decoded.text, opts)
    else:
        seg = segment_text(decoded.text, max_blocks=opts.max_blocks)
    deadline.check()
    _classify_folded(seg, opts.lexicon)
    deadline.check()
    if opts.favor != "balanced":
        apply_favor(seg.blocks, opts.favor)
    doc = assemble(seg, opts.lexicon)
    doc.url = url
    doc.encoding = decoded.encoding
    if decoded.encoding is not None:
        doc.meta["encoding_step"] = decoded.step  # which decode step chose the codec (bom, utf-8, meta …)
    doc.input_kind = kind
    for f in decoded.flags:
        doc.flag(f)
    if not doc.paragraphs and not doc.title:
        doc.flag("empty")
    raw = list(doc.paragraphs)
    doc = normalize_document(doc, script=opts.script)
    build_body(doc, seg, raw, url)  # the structured body and attachments, on the normalized paragraphs
    return doc


def _classify_folded(seg: Segmented, lexicon: Lexicon) -> None:
    """Classify the blocks.  The lexicon is written in Simplified characters, so a Traditional page (an HK/TW
    mirror: 來源, 責任編輯, 免責聲明) is classified on its t2s form; the blocks keep the page's own characters."""
    sample = "\n".join(b.text for b in seg.blocks[:300])
    if langid.detect_script(sample) != "Hant":
        _classify.classify(seg.blocks, lexicon, title_hint=seg.title_hint)
        return
    t2s = langid.converter("t2s")
    originals = [b.text for b in seg.blocks]
    for b in seg.blocks:
        b.text = t2s.convert(b.text)
    _classify.classify(seg.blocks, lexicon, title_hint=t2s.convert(seg.title_hint) if seg.title_hint else None)
    for b, text in zip(seg.blocks, originals):
        b.text = text


def _segment_page(html: str, opts: Options) -> Segmented:
    """Engine dispatch for HTML.  "auto" is our extractor, falling back to trafilatura (when installed) only
    where our container choice is flagged "content-unsure" and trafilatura finds over twice the text."""
    if opts.engine == "trafilatura":
        return segment_trafilatura(html, opts.lexicon, max_blocks=opts.max_blocks)
    seg = segment_html(html, opts.lexicon, max_blocks=opts.max_blocks)
    # trafilatura's time grows fast on huge pages; a multi-megabyte page with no prose is not worth it.
    if opts.engine == "auto" and "content-unsure" in seg.flags and len(html) <= FALLBACK_MAX_CHARS:
        deadline.check()
        try:
            alt = segment_trafilatura(html, opts.lexicon, max_blocks=opts.max_blocks)
        except CleanError:  # trafilatura not installed: keep ours
            return seg
        if sum(len(b.text) for b in alt.blocks) > 2 * sum(len(b.text) for b in seg.blocks):
            alt.flags.append("engine-fallback")
            alt.removed.extend(_left_out(seg, alt))
            return alt
    return seg


def _left_out(ours: Segmented, alt: Segmented) -> list[Removal]:
    """What our segmentation saw that trafilatura's text leaves out: recorded, so nothing leaves without a trace."""
    kept = {re.sub(r"\s+", "", x.text) for x in [*alt.blocks, *alt.removed]}
    seen = [Removal("outside-content", b.text, "engine:trafilatura-left-out", b.index) for b in ours.blocks]
    return [r for r in ours.removed + seen if re.sub(r"\s+", "", r.text) not in kept]


# -- the trafilatura-compatible surface ------------------------------------------------------------------------
# trafilatura's keywords that change nothing here, accepted so that calls written for trafilatura run unchanged:
# comments are never article text (they are removed as kind "comment"), inline formatting is not kept, there is no
# cross-call state (`deduplicate` works within one page), and trafilatura's own configuration has no equivalent.
# README ("trafilatura-compatible calls") says what each keyword does here.
IGNORED_KEYWORDS = frozenset(("include_comments", "include_formatting", "record_id", "date_extraction_params",
                              "max_tree_size", "settings_file", "config", "prune_xpath", "tei_validation"))


def _extracted(data: Any, url: str | None, *, include_tables: bool = True, include_links: bool = False,
               include_images: bool = False, favor_precision: bool = False, favor_recall: bool = False,
               target_language: str | None = None, deduplicate: bool = False, only_with_metadata: bool = False,
               fast: bool = False, no_fallback: bool = False, url_blacklist: Any = None,
               author_blacklist: Any = None, **kwargs: Any) -> Document | None:
    """clean() with trafilatura's keywords; None where a filter (target_language, only_with_metadata,
    url_blacklist) rejects the page."""
    for name in IGNORED_KEYWORDS.intersection(kwargs):
        kwargs.pop(name)
    if favor_precision and favor_recall:
        raise CleanError("favor_precision and favor_recall exclude each other")
    if favor_precision or favor_recall:
        kwargs["favor"] = "precision" if favor_precision else "recall"
    if (fast or no_fallback) and "options" not in kwargs:
        kwargs.setdefault("engine", "cleanrepost")  # no trafilatura fallback, as trafilatura's fast mode has none
    if url is not None and url_blacklist and url in set(url_blacklist):
        return None
    doc = clean(data, url=url, **kwargs)
    if author_blacklist and doc.author in set(author_blacklist):
        doc.author = None
    if target_language is not None and doc.lang != target_language:
        return None
    if only_with_metadata and not (doc.title and doc.published and (doc.url or doc.source_url)):
        return None
    return formats.trim(doc, tables=include_tables, links=include_links, images=include_images,
                        deduplicate=deduplicate)


_INCLUDE = dict(include_tables=True, include_links=True, include_images=True)  # _extracted has trimmed already


def extract(data: Any, url: str | None = None, *, output_format: str = "txt", with_metadata: bool = False,
            **kwargs: Any) -> str | None:
    """trafilatura-style: the article rendered as `output_format` (formats.FORMATS: txt, markdown, json, html,
    xml, csv; "xmltei", "text", "md" are aliases), or None when nothing was found.  Keywords: those of `clean()`
    and trafilatura's (include_tables, include_links, include_images, favor_precision, favor_recall,
    target_language, deduplicate, only_with_metadata, fast, url_blacklist, author_blacklist …)."""
    fmt = formats.format_name(output_format)
    doc = _extracted(data, url, **kwargs)
    if doc is None or not doc.paragraphs and (fmt == "txt" or not doc.title):
        return None  # nothing found (txt: no text, as before and as trafilatura)
    if fmt == "csv":
        return formats.render_many([doc], fmt, with_metadata=with_metadata, **_INCLUDE)
    return formats.render(doc, fmt, with_metadata=with_metadata, **_INCLUDE)


def bare_extraction(data: Any, url: str | None = None, *, output_format: str = "python", with_metadata: bool = True,
                    **kwargs: Any) -> dict[str, Any] | None:
    """trafilatura-style: the Document as a dict (body and text trimmed by the include_* keywords), even when
    empty; None only where a filter (target_language, only_with_metadata, url_blacklist) rejects the page."""
    doc = _extracted(data, url, **kwargs)
    return None if doc is None else doc.to_dict()


def extract_metadata(data: Any, url: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """trafilatura-style: the page's metadata only (trafilatura's names date/sitename beside ours)."""
    doc = clean(data, url=url, **kwargs)
    try:
        host = urlsplit(doc.url).hostname if doc.url else None
    except ValueError:  # a malformed url= ("http://[x"): no host
        host = None
    return {"title": doc.title, "author": doc.author, "editor": doc.editor, "date": doc.published,
            "published": doc.published, "source_name": doc.source_name, "sitename": doc.source_name,
            "source_url": doc.source_url, "url": doc.url, "hostname": host, "lang": doc.lang,
            "attachments": [dict(a) for a in doc.attachments], "meta": dict(doc.meta)}
