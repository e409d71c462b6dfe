"""Is this input a page at all?  Binary files — images, PDFs, archives, executables, anything full of NULs and
control bytes — are refused with `not a page: …` instead of being "cleaned" into a title of garbage."""
from __future__ import annotations

import codecs

SNIFF_BYTES = 4096  # the head examined: magic numbers sit at the start, and binary shows in the first block
CONTROL_SHARE = 0.05  # text pages have next to no C0 controls besides \t \n \r \f; 5 % is far beyond any page

# Known signatures: (prefix, what it is).  Text formats (HTML, XML, JSON) never start with these bytes.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"BM", None), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive (or an Office document)"), (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"), (b"BZh", None), (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"), (b"\x28\xb5\x2f\xfd", "zstd data"), (b"\x7fELF", "ELF executable"),
    (b"MZ", None), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Office format)"),
    (b"\x00asm", "WebAssembly module"), (b"SQLite format 3\x00", "SQLite database"), (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"), (b"fLaC", "FLAC audio"), (b"\x00\x00\x01\x00", "icon image"),
    (b"wOFF", "web font"), (b"wOF2", "web font"),
)
_CONTROLS = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def not_a_page(data: bytes | str) -> str | None:
    """Why `data` is not a page (e.g. "PDF document"), or None when it may be one."""
    head = data[:SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "surrogatepass")
    if not head or head.startswith(_BOMS):
        return None  # empty pages are flagged empty; UTF-16/32 text has NULs by nature
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media (WebP/WAV/AVI)"
    for magic, what in MAGIC:
        if head.startswith(magic):
            if what is not None:
                return what
            break  # a short signature (BM, BZh, MZ) also starts ordinary words: judge by the bytes below
    if b"\x00" in head:
        if _utf16_shaped(head):
            return None  # UTF-16 text without a BOM: the decoder's business
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b in _CONTROLS)
    if controls > CONTROL_SHARE * len(head):
        return f"binary data ({controls} control bytes in the first {len(head)})"
    return None


def _utf16_shaped(head: bytes) -> bool:
    """UTF-16 text without a BOM: NULs in (nearly) every other byte, on one side only."""
    even, odd = head[0::2], head[1::2]
    zeros, other = (even, odd) if even.count(0) > odd.count(0) else (odd, even)
    half = len(head) // 2 or 1
    # a character whose high byte is NUL is ASCII (or Latin-1): its low byte must be text, not a control
    controls = sum(1 for z, b in zip(zeros, other) if z == 0 and b in _CONTROLS)
    return zeros.count(0) > 0.3 * half and other.count(0) < 0.02 * half and controls < CONTROL_SHARE * half
