"""Character rules: mojibake repair, line breaks, invisibles, controls, odd spaces, width folding, Kangxi
radicals, small tortoise brackets, pinyin annotations and whitespace."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import lazy_re
from ..langid import HAN
from ..protected import LOCAL_CHARS_IGNORECASE, address_spans
from .common import _SPACES, Counts, _add, _has_any

# --- mojibake: GBK (or UTF-8) bytes read as Latin-1/cp1252 -------------------------------------------------------

_HIGH_LATIN = lazy_re.compile(r"[\x80-\x9f\xa1-\xff]")  # NBSP (\xa0) left out: real pages are full of it
# A run of characters that a Latin-1 or cp1252 decoder can produce (cp1252's specials included), within a line.
_LATIN_RUN = lazy_re.compile("[\x00-\x09\x0b-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                        "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+")
_MOJIBAKE_MIN_HIGH = 6  # three Han characters' worth of GBK bytes
_MOJIBAKE_MIN_HAN = 3
_MOJIBAKE_MIN_SHARE = 0.4  # high Latin-1 characters among the run's non-space characters
_COMMON_HAN_MIN_SHARE = 0.5  # common Han among the repaired run's non-ASCII characters


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """GB2312 level 1: the 3,755 most used Han characters, read off the codec's own table."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _repair_run(run: str) -> str | None:
    best, best_share = None, 0.0
    for source in ("latin-1", "cp1252"):
        try:
            raw = run.encode(source)
        except UnicodeEncodeError:
            continue
        for target in ("gb18030", "utf-8"):
            try:
                fixed = raw.decode(target)
            except UnicodeDecodeError:
                continue
            wide = [c for c in fixed if ord(c) > 0x7F]
            if not wide or any(unicodedata.category(c) in ("Cc", "Co", "Cn") for c in wide):
                continue
            common = sum(c in _common_han() for c in wide)
            share = common / len(wide)
            if common >= _MOJIBAKE_MIN_HAN and share >= _COMMON_HAN_MIN_SHARE and share > best_share:
                best, best_share = fixed, share
    return best


def _mojibake(text: str, counts: Counts) -> str:
    """Re-decode runs that look like GBK/UTF-8 bytes shown as Latin-1; accept only clean, common-Han results.

    >>> counts = {}; _mojibake("会议" + "中华人民共和国".encode("gbk").decode("latin-1"), counts), counts
    ('会议中华人民共和国', {'mojibake': 7})
    """
    if not _HIGH_LATIN.search(text) or len(_HIGH_LATIN.findall(text)) < _MOJIBAKE_MIN_HIGH:
        return text

    def fix(m: re.Match[str]) -> str:
        run = m.group()
        high = len(_HIGH_LATIN.findall(run))
        visible = len(run) - sum(run.count(c) for c in " \t\n\xa0")
        if high < _MOJIBAKE_MIN_HIGH or high < _MOJIBAKE_MIN_SHARE * visible:
            return run
        fixed = _repair_run(run)
        if fixed is None:
            return run
        _add(counts, "mojibake", len(fixed))
        return fixed

    return _LATIN_RUN.sub(fix, text)


# --- characters: line breaks, invisibles, controls, spaces -------------------------------------------------------

_LINEBREAK = lazy_re.compile("\r\n?|[\v\f\u2028\u2029]")
INVISIBLE = ("\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0"
             "\ufff9-\ufffb")
CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x9f"  # C0 except \t \n (\v \f \r are line breaks by then), DEL, C1
_INVISIBLE = lazy_re.compile(f"[{INVISIBLE}]+")
_CONTROL = lazy_re.compile(f"[{CONTROL}]+")
_ODD_SPACE = lazy_re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]")


def _linebreaks(text: str, counts: Counts) -> str:
    r"""CR LF, CR, VT, FF and the Unicode line/paragraph separators become \n.

    >>> counts = {}; _linebreaks("第一行\r\n第二行", counts), counts
    ('第一行\n第二行', {'ws.linebreak': 1})
    """
    if not ("\r" in text or "\v" in text or "\f" in text or "\u2028" in text or "\u2029" in text):
        return text
    out, n = _LINEBREAK.subn("\n", text)
    _add(counts, "ws.linebreak", n)
    return out


def _delete(rx: re.Pattern[str], rule: str, text: str, counts: Counts) -> str:
    out = rx.sub("", text)
    _add(counts, rule, len(text) - len(out))
    return out


def _invisible(text: str, counts: Counts) -> str:
    r"""Zero-width and other invisible format characters go.

    >>> counts = {}; _invisible("记者\u200b获悉", counts), counts
    ('记者获悉', {'invisible': 1})
    """
    return _delete(_INVISIBLE, "invisible", text, counts)


def _control(text: str, counts: Counts) -> str:
    r"""C0 and C1 control characters (not tab or newline) go.

    >>> counts = {}; _control("记者\x07获悉", counts), counts
    ('记者获悉', {'control': 1})
    """
    return _delete(_CONTROL, "control", text, counts)


def _odd_spaces(text: str, counts: Counts) -> str:
    r"""Tab, NBSP and the other Unicode spaces become an ASCII space (U+3000 stays).

    >>> counts = {}; _odd_spaces("发布\xa0时间", counts), counts
    ('发布 时间', {'ws.space': 1})
    """
    out, n = _ODD_SPACE.subn(" ", text)
    _add(counts, "ws.space", n)
    return out


# --- width folding, Kangxi radicals, brackets --------------------------------------------------------------------

_FW_ALNUM = lazy_re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_HALFWIDTH_CJK = {"\uff61": "\u3002", "\uff62": "\u300c", "\uff63": "\u300d", "\uff64": "\u3001"}  # ｡｢｣､
_HALFWIDTH_CJK_RE = lazy_re.compile("[\uff61-\uff64]")
# ％．：＋－／＠ are folded only where they are part of a number, a URL or an e-mail address.
_FW_NUMERIC = lazy_re.compile("(?<=[0-9])[\uff0e\uff1a\uff0f](?=[0-9])|(?<=[0-9])\uff05|[\uff0b\uff0d](?=[0-9])")
# A URL (scheme or www. in either width) or an e-mail address (@ in either width, so that the second pass sees the
# same spans as the first), found as `re` would find `_FW_URL|local+[@＠]_FW_DOMAIN`, in linear time (protected.py).
_FW_URL = lazy_re.compile("(?i)(?:(?:https?|ftp)[:\uff1a][/\uff0f]{2}|www[.\uff0e])"
                          "[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%\uff0e\uff0f\uff20\uff05]+")
_FW_AT = lazy_re.compile("[@\uff20]")
_FW_DOMAIN = lazy_re.compile("(?i)[A-Za-z0-9-]+(?:[.\uff0e][A-Za-z0-9-]+)+")
# Inside an address: not a trailing symbol (the next character is part of the address, in either width, so one
# pass is enough).  ： is folded only in the scheme: elsewhere it is the Chinese colon punctuation writes.
_FW_URL_SYMBOL = lazy_re.compile("[\uff0e\uff0f\uff20\uff05](?=[A-Za-z0-9./:@%\uff0e\uff0f\uff20\uff05])")
_FW_SCHEME = lazy_re.compile("(?i)^(https?|ftp)\uff1a")


# Every character _width may change (a superset: ％＋－．／０-９：＠Ａ-Ｚａ-ｚ and ｡｢｣､).
_WIDTH_ANY = lazy_re.compile("[\uff05\uff0b\uff0d-\uff1a\uff20-\uff3a\uff41-\uff5a\uff61-\uff64]")


def _fold(m: re.Match[str]) -> str:
    return chr(ord(m.group()) - 0xFEE0)


def _width(text: str, counts: Counts) -> str:
    """Full-width digits and letters, and half-width CJK forms, to their usual width; ％．：＋－／＠ only inside
    numbers, URLs and e-mail addresses.

    >>> counts = {}; _width("增长５．２%，共１２３项", counts), counts
    ('增长5.2%，共123项', {'width': 5, 'width.symbol': 1})
    """
    if not _WIDTH_ANY.search(text):  # one scan instead of two substitutions on text with no such character
        return text
    text, n = _FW_ALNUM.subn(_fold, text)
    _add(counts, "width", n)
    text, n = _HALFWIDTH_CJK_RE.subn(lambda m: _HALFWIDTH_CJK[m.group()], text)
    _add(counts, "width", n)
    if _has_any(text, "\uff0e\uff1a\uff0f\uff05\uff0b\uff0d"):
        text, n = _FW_NUMERIC.subn(_fold, text)
        _add(counts, "width.symbol", n)
    if _has_any(text, "\uff0e\uff0f\uff1a\uff20\uff05"):

        pieces, last = [], 0
        for a, b in address_spans(text, _FW_AT, LOCAL_CHARS_IGNORECASE, _FW_DOMAIN, _FW_URL):
            out, k = _FW_URL_SYMBOL.subn(_fold, text[a:b])
            out, k2 = _FW_SCHEME.subn(r"\1:", out)
            _add(counts, "width.symbol", k + k2)
            pieces += (text[last:a], out)
            last = b
        text = "".join(pieces) + text[last:] if pieces else text
    return text


# Kangxi radicals (all 214 have NFKC mappings) and the CJK Radicals Supplement forms PDF-to-text emits, from
# Unicode's EquivalentUnifiedIdeograph.txt.  Per character, never NFKC on the text.
_RADICALS = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
_RADICALS.update(zip("⺟⺠⺰⻄⻅⻆⻈⻉⻋⻌⻐⻑⻓⻔⻖⻏⻙⻚⻛⻜⻝⻠⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                     "母民纟西见角讠贝车辶钅長长门阝阝韦页风飞食饣马鱼鸟卤麦黄黾齐齿龙龟"))
_RADICAL_RE = lazy_re.compile("[" + "".join(sorted(_RADICALS)) + "]")


def _radicals(text: str, counts: Counts) -> str:
    r"""Kangxi radicals and supplement forms to the unified ideograph.

    >>> counts = {}; _radicals("\u2f08民", counts), counts
    ('人民', {'kangxi': 1})
    """
    out, n = _RADICAL_RE.subn(lambda m: _RADICALS[m.group()], text)
    _add(counts, "kangxi", n)
    return out


_SMALL_TORTOISE = lazy_re.compile("[\ufe5d\ufe5e]")  # ﹝﹞ → 〔〕


def _brackets(text: str, counts: Counts) -> str:
    r"""﹝﹞ → 〔〕 (the document-number brackets).

    >>> counts = {}; _brackets("国发\ufe5d2019\ufe5e5号", counts), counts
    ('国发〔2019〕5号', {'bracket': 2})
    """
    if "\ufe5d" not in text and "\ufe5e" not in text:
        return text
    out, n = _SMALL_TORTOISE.subn(lambda m: "\u3014" if m.group() == "\ufe5d" else "\u3015", text)
    _add(counts, "bracket", n)
    return out


# Content-farm pinyin annotations: 標(biāo) → 標.  Only lowercase syllables with a tone mark, right after Han.
_PINYIN = lazy_re.compile(f"(?<=[{HAN}])[(\uff08][a-z\u00fc]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z\u00fc]*[)\uff09]")


def _pinyin(text: str, counts: Counts) -> str:
    """Tone-marked pinyin in parentheses right after Han goes.

    >>> counts = {}; _pinyin("政协(xié)委员", counts), counts
    ('政协委员', {'pinyin': 5})
    """
    if "(" not in text and "\uff08" not in text:
        return text
    out = _PINYIN.sub("", text)
    _add(counts, "pinyin", len(text) - len(out))
    return out


# --- whitespace --------------------------------------------------------------------------------------------------

# A justified label: 2-6 Han characters, every one separated by spaces, right before a colon: 索 引 号： / 标　　题：
_SPACED_LABEL = lazy_re.compile(f"(?<![^ \u3000\n])([{HAN}](?:[ \u3000]+[{HAN}]){{1,5}})[ \u3000]*(?=[:\uff1a])")
# U+3000 as letter-spacing: between two single Han characters (总　则, 张　三, 标　　题).  After a word it is a
# separator and stays: 第一条　为了…, 第一章　总则 (statute text relies on it).
# (the run "holds a U+3000" is checked by a lookahead, then matched as one run: written as [ 　]*　[ 　]* it was
# quadratic in a long run that no Han character ends)
_HAN_GAP = lazy_re.compile(f"(?<=(?<![{HAN}])[{HAN}])(?= *\u3000)[ \u3000]+(?=[{HAN}](?![{HAN}]))")
_SPACE_RUN = lazy_re.compile("[ \u3000]{2,}")


def _whitespace(text: str, counts: Counts) -> str:
    r"""Spaces at line ends, inside justified labels and between single Han go; runs collapse to one.

    >>> counts = {}; _whitespace("\u3000\u3000标\u3000\u3000题：总\u3000则  第一章", counts), counts
    ('标题：总则 第一章', {'ws.line-end': 2, 'ws.label': 2, 'ws.han': 1, 'ws.collapse': 1})
    """
    if " " not in text and "\u3000" not in text:  # (_SPACES, as two literal scans)
        return text
    out = "\n".join(line.strip(_SPACES) for line in text.split("\n"))
    _add(counts, "ws.line-end", len(text) - len(out))
    if ":" in out or "\uff1a" in out:
        text, out = out, _SPACED_LABEL.sub(lambda m: re.sub("[ \u3000]", "", m.group(1)), out)
        _add(counts, "ws.label", len(text) - len(out))
    if "\u3000" in out:
        text, out = out, _HAN_GAP.sub("", out)
        _add(counts, "ws.han", len(text) - len(out))
    if "  " in out or "\u3000" in out:
        text, out = out, _SPACE_RUN.sub(lambda m: " " if " " in m.group() else "\u3000", out)
        _add(counts, "ws.collapse", len(text) - len(out))
    return out

