"""Stage 1: bytes → str, choosing the codec the way a careful browser would for Chinese pages.

Order: BOM → strict UTF-8 (wins over a lying gb2312 label) → HTTP label → <meta>/XML label (gb2312/gbk read as
gb18030) → detection on the whole input (charset-normalizer) → gb18030 with replacement, flagged.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# Labels that browsers map to one decoder.  The whole GB family is decoded as gb18030, a superset that also
# accepts GBK-only characters (镕) and the euro byte 0x80 that Python's gb2312/gbk codecs reject.
_LABELS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "chinese": "gb18030",
    "csgb2312": "gb18030", "iso-ir-58": "gb18030", "gb_2312-80": "gb18030", "gb_2312": "gb18030", "gb18030": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    "latin1": "cp1252", "latin-1": "cp1252", "iso-8859-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "windows-1252": "cp1252",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{2,40})""", re.I)
_XML_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.\-]{2,40})""", re.I)
_HTTP_RE = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.\-]{2,40})""", re.I)


@dataclass
class Decoded:
    text: str
    encoding: str | None  # Python codec name used; None when the input was already str
    step: str  # which step decided: "str", "bom", "utf-8", "http", "meta", "detected", "fallback"
    replaced: int = 0  # U+FFFD characters introduced by decoding with replacement
    flags: list[str] = field(default_factory=list)


def resolve_label(label: str | None) -> str | None:
    """Map a charset label (HTTP or <meta>) to a Python codec name, or None if unusable."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _LABELS.get(name, name)
    try:
        return codecs.lookup(name).name if name not in ("gb18030", "big5hkscs", "cp1252", "utf-8", "hz") else name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes | str, *, http_charset: str | None = None) -> Decoded:
    """Decode `data`; never raises on content.  `http_charset` is a Content-Type header or a bare label."""
    if isinstance(data, str):
        return Decoded(data, None, "str")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return _finish(text, codec if codec != "utf-8-sig" else "utf-8", "bom")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    labels = []
    if http_charset:
        m = _HTTP_RE.search(http_charset)
        labels.append(("http", m.group(1) if m else http_charset))
    head = data[:4096]
    m = _XML_RE.search(head) or _META_RE.search(head)
    if m:
        labels.append(("meta", m.group(1).decode("ascii", "ignore")))
    for step, label in labels:
        codec = resolve_label(label)
        if codec and codec != "utf-8":
            text = _strict(data, codec)
            if text is not None and _plausible(text):
                return Decoded(text, codec, step)
    codec = _detect(data)
    if codec:
        text = _strict(data, codec)
        if text is not None and _plausible(text):
            return Decoded(text, codec, "detected")
    # Last resort: the most likely codec for a Chinese page, with replacement; the Document is flagged.
    text = data.decode("gb18030", errors="replace")
    utf = data.decode("utf-8", errors="replace")
    if utf.count("\ufffd") < text.count("\ufffd"):
        return _finish(utf, "utf-8", "fallback")
    return _finish(text, "gb18030", "fallback")


def _finish(text: str, codec: str, step: str) -> Decoded:
    n = text.count("\ufffd")
    d = Decoded(text, codec, step, replaced=n)
    if n:
        d.flags.append("decode-replaced")
    return d


def _plausible(text: str) -> bool:
    """Reject decodings that are mostly C1 controls or private-use characters (a wrong single-byte guess)."""
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if "\x80" <= ch <= "\x9f" or "\ue000" <= ch <= "\uf8ff")
    return bad <= max(2, len(sample) // 200)


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional at run time; the fallback still decodes
        return None
    best = from_bytes(data[:2_000_000]).best()
    if best is None:
        return None
    return resolve_label(best.encoding) or best.encoding
