"""Stage 1: bytes → str, choosing the codec the way a careful browser would for Chinese pages.

Order, first that holds wins (`Decoded.step` names it):
    "bom"        a byte-order mark (UTF-8, UTF-16, UTF-32)
    "utf-8"      the bytes are strict UTF-8 — this beats a `gb2312` label: re-saved pages keep the old <meta>
    "utf-8-repaired"  UTF-8 but for a few broken sequences (a truncated tail, a cut emoji): decoded with
                 replacement, because every other codec would garble the whole page instead
    "http" / "meta"   the transport's or the page's own label, strictly; the GB family (gb2312, gbk …) is read as
                 gb18030 (a superset that also has 镕, 堃, the euro sign), big5 as big5hkscs.  A single-byte
                 label (iso-8859-1) on bytes that decode as GB text is ignored: Chinese pages often carry it.
    "detected"   charset-normalizer over the page
    "fallback"   gb18030 or UTF-8, whichever replaces fewer bytes; flagged "decode-replaced"
After decoding, a sanity check flags "decode-suspect" when the text is full of controls, private-use characters
or U+FFFD (binary input, a wrong guess), and characters no parser can hold (C0 controls, lone surrogates) are
dropped, flagged "control-chars-removed" — for str input too.  Never raises on content.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from . import lazy_re

# Labels that browsers map to one decoder (WHATWG Encoding).  The whole GB family is decoded as gb18030, which
# accepts GBK-only characters (镕) and the euro byte 0x80 that Python's gb2312/gbk codecs reject.
_LABELS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030",
    "windows-936": "gb18030", "chinese": "gb18030", "csgb2312": "gb18030", "csiso58gb231280": "gb18030",
    "iso-ir-58": "gb18030", "gb_2312-80": "gb18030", "gb_2312": "gb18030", "gb18030": "gb18030", "euc-cn": "gb18030",
    "x-euc-cn": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs", "csbig5": "big5hkscs",
    "cp950": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    # A UTF-16 label inside an ASCII-compatible document cannot be true; browsers read such pages as UTF-8.
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "unicode": "utf-8",
    "latin1": "cp1252", "latin-1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
    "us-ascii": "cp1252", "windows-1252": "cp1252",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{2,40})""", re.I)
_XML_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.\-]{2,40})""", re.I)
_HTTP_RE = lazy_re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.\-]{2,40})""", re.I)
# Characters no real page is made of: C0/C1 controls (bar tab/newlines), private use, U+FFFD.
_GARBLED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_NOT_XML_CHARS = tuple(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32))) + ("\ufffe", "\uffff")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Two Latin-1 letters in a row where a page should have one CJK character (ÖÐ¹ú = 中国 read as iso-8859-1).
_LATIN_PAIR = re.compile(r"[\u00a0-\u00ff]{2}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859-1", "ascii")
WINDOW = 16_384  # bytes each side of the first UTF-8 error looked at before decoding a whole page with replacement
HEAD_BYTES = 4096  # where <meta charset> is looked for, as browsers do (they use 1024; CMS headers run longer)
DETECT_BYTES = 1_000_000  # detection reads this much; longer pages are still decoded whole
SAMPLE = 10_000  # characters taken from the head and from the middle for the sanity checks
SUSPECT_SHARE = 0.02  # garbled characters above this share of the text flag "decode-suspect"


@dataclass
class Decoded:
    text: str
    encoding: str | None  # Python codec name used; None when the input was already str
    step: str  # which step decided: "str", "bom", "utf-8", "utf-8-repaired", "http", "meta", "detected", "fallback"
    replaced: int = 0  # U+FFFD characters introduced by decoding with replacement
    flags: list[str] = field(default_factory=list)


# Python codecs that no page is written in, whatever its label says: "undefined" raises on use, the escape codecs
# and punycode turn ASCII into any code point (lone surrogates included), utf-7 is refused by browsers.  Transforms
# (base64, rot13, zlib …) are not text encodings and are refused too.
_NOT_PAGE_CODECS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7",
                              "mbcs", "oem"})


def resolve_label(label: str | None) -> str | None:
    """Map a charset label (HTTP or <meta>) to a Python codec name, or None if unknown or unusable."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _LABELS.get(name, name)
    if name in ("gb18030", "big5hkscs", "cp1252", "utf-8", "hz"):
        return name
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    return info.name


def decode(data: bytes | str, *, http_charset: str | None = None) -> Decoded:
    """Decode `data`; never raises on content.  `http_charset` is a Content-Type header or a bare label."""
    if isinstance(data, str):
        return _xml_safe(Decoded(data, None, "str"))
    data = bytes(data)
    return _xml_safe(_check(_choose(data, http_charset)))


def _choose(data: bytes, http_charset: str | None) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return _replaced(text, "utf-8" if codec == "utf-8-sig" else codec, "bom")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as e:
        first_error = e.start
    # Around the first bad byte, UTF-8 with a few broken sequences still shows many valid ones; other codecs
    # (GBK) show mostly errors.  Only a window is decoded here: the whole page only when the window passes.
    window = data[max(0, first_error - WINDOW):first_error + WINDOW].decode("utf-8", errors="replace")
    if _mostly_utf8(window, at_end=first_error >= len(data) - 3):
        utf = data.decode("utf-8", errors="replace")
        if _mostly_utf8(utf, at_end=False):
            return _replaced(utf, "utf-8", "utf-8-repaired")
    unknown = False
    for step, label in _labels(data, http_charset):
        codec = resolve_label(label)
        unknown |= codec is None
        if not codec or codec == "utf-8":
            continue  # a UTF-8 label on bytes that are not UTF-8: let detection decide
        text = _strict(data, codec)
        if text is None or not _plausible(text):
            continue
        if codec in _SINGLE_BYTE and _latin_mojibake(text):
            gb = _strict(data, "gb18030")
            if gb is not None and _plausible(gb):
                return Decoded(gb, "gb18030", step + "-overridden")
            continue
        return Decoded(text, codec, step)
    decoded = _detected_or_fallback(data)
    if unknown:  # a label no codec answers to ("undefined", "x-user-defined"): detection or the fallback read it
        decoded.flags.append("charset-unknown")
    return decoded


def _detected_or_fallback(data: bytes) -> Decoded:
    codec = _detect(data)
    if codec:
        text = _strict(data, codec)
        if text is not None and _plausible(text) and not (codec in _SINGLE_BYTE and _latin_mojibake(text)):
            return Decoded(text, codec, "detected")
    # Last resort: the likelier of the two codecs Chinese pages use, with replacement; flagged.
    utf = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    if utf.count("\ufffd") < gb.count("\ufffd"):
        return _replaced(utf, "utf-8", "fallback")
    return _replaced(gb, "gb18030", "fallback")


def _labels(data: bytes, http_charset: str | None) -> list[tuple[str, str]]:
    out = []
    if http_charset:
        m = _HTTP_RE.search(http_charset)
        out.append(("http", m.group(1) if m else http_charset))
    head = data[:HEAD_BYTES]
    m = _XML_RE.search(head) or _META_RE.search(head)
    if m:
        out.append(("meta", m.group(1).decode("ascii", "ignore")))
    return out


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):  # UnicodeError: a codec that refuses to decode at all
        return None


def _replaced(text: str, codec: str, step: str) -> Decoded:
    n = text.count("\ufffd")
    d = Decoded(text, codec, step, replaced=n)
    if n:
        d.flags.append("decode-replaced")
    return d


def _mostly_utf8(text: str, at_end: bool) -> bool:
    """UTF-8 with a handful of broken sequences: many valid multibyte characters, almost no replacements; or
    valid UTF-8 cut inside its last character (`at_end`).

    Bytes in another codec (GBK) seldom form valid UTF-8 sequences, and never many without many invalid ones."""
    bad = text.count("\ufffd")
    if at_end and bad == 1 and text.endswith("\ufffd"):
        return True
    good = len(_NON_ASCII.findall(text, 0, 200_000)) - bad
    return good >= 20 and bad <= max(2, good // 200)


def _garbled_share(text: str) -> float:
    # the head and the middle of the page: enough to tell text from garbage, cheap on big pages
    sample = text[:SAMPLE] if len(text) <= 2 * SAMPLE else text[:SAMPLE] + text[len(text) // 2:len(text) // 2 + SAMPLE]
    if not sample:
        return 0.0
    return len(_GARBLED.findall(sample)) / len(sample)


def _plausible(text: str) -> bool:
    """Reject decodings made of controls or private-use characters (a wrong guess, binary input)."""
    return _garbled_share(text) <= 0.005 or len(text) < 50 and _garbled_share(text) == 0


def _latin_mojibake(text: str) -> bool:
    """Chinese bytes read with a single-byte codec: runs of accented Latin letters instead of CJK."""
    sample = text[:100_000]
    pairs = len(_LATIN_PAIR.findall(sample))
    return pairs >= 10 and pairs * 2 >= 0.5 * len(_NON_ASCII.findall(sample))


def _xml_safe(d: Decoded) -> Decoded:
    """Drop the characters lxml cannot hold (C0 controls, lone surrogates, U+FFFE/U+FFFF); no page shows them."""
    text = d.text
    if not (any(ch in text for ch in _NOT_XML_CHARS) or (d.encoding is None and _has_surrogate(text))):
        return d  # the usual case, found with fast substring searches instead of a regex over the page
    text, n = _NOT_XML.subn("", text)
    if n:
        d.text = text
        d.flags.append("control-chars-removed")
    return d


def _has_surrogate(text: str) -> bool:
    """Lone surrogates only come with str input; decoders never produce them."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check(d: Decoded) -> Decoded:
    if _garbled_share(d.text) > SUSPECT_SHARE and "decode-suspect" not in d.flags:
        d.flags.append("decode-suspect")
    return d


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional at run time; the fallback still decodes
        return None
    try:
        best = from_bytes(data[:DETECT_BYTES]).best()
    except Exception:  # a detector bug must not take the page down; the fallback still decodes
        return None
    if best is None:
        return None
    codec = resolve_label(best.encoding)
    return None if codec is None or codec.startswith(("utf_16", "utf-16", "utf_32", "utf-32")) else codec
