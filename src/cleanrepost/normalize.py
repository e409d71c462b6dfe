"""Stage 5: Chinese-safe normalization of titles and paragraphs, plus script and language.

Targeted rules in a fixed order, never NFKC on the whole text (NFKC and ftfy's defaults turn ，：（）“” into
ASCII).  The order is what makes `normalize` idempotent (see ../shared/notes/chinese-text.md §2.3, §2.7):

  mojibake repair → line breaks → invisibles → controls → odd spaces → width folding → Kangxi radicals →
  ﹝﹞ → pinyin annotations → whitespace (line ends, spaced labels, U+3000 between Han, runs) →
  half-width punctuation in Chinese context (to a fixpoint, URLs/e-mails/times/numbers masked) →
  document numbers (〔YYYY〕N号) → script conversion (OpenCC t2s / s2t, decided once per document on the result)

Every rule counts the characters it changed; rules that only touch whitespace are named "ws.*" so an audit can
tell layout from content.  U+FFFD is never removed: it is counted as "replacement-char" and flagged.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from . import langid, lazy_re
from .langid import HAN
from .model import CleanError, Document
from .protected import LOCAL_CHARS, LOCAL_CHARS_IGNORECASE, NUMBER_CHARS, address_spans, number_spans

SCRIPTS = ("simplified", "traditional", "keep")
Counts = dict[str, int]

# Punctuation that makes a neighbour "Chinese context": CJK symbols, full-width forms, dashes and ellipses.
CJK_PUNCT = "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2014\u2026\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e"
_CJK_RE = lazy_re.compile(f"[{HAN}{CJK_PUNCT}]")
_HAN_RE = lazy_re.compile(f"[{HAN}]")
_QUOTES = "\"'\u2018\u2019\u201c\u201d"  # looked through when finding a mark's neighbour
_SPACES = " \u3000"


def _add(counts: Counts, rule: str, n: int) -> None:
    if n:
        counts[rule] = counts.get(rule, 0) + n


@lru_cache(maxsize=None)
def _needles(needles: str | tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in needles))


def _has_any(text: str, needles: str | tuple[str, ...]) -> bool:
    """Cheap pre-check (one literal scan) that lets a rule skip its costlier regexes on clean text."""
    return _needles(needles).search(text) is not None


def _changed(old: str, new: str) -> int:
    """Characters changed between two versions of a text that differ little in length."""
    return sum(a != b for a, b in zip(old, new)) + abs(len(new) - len(old))


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
    """Re-decode runs that look like GBK/UTF-8 bytes shown as Latin-1; accept only clean, common-Han results."""
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
    if not _has_any(text, "\r\v\f\u2028\u2029"):
        return text
    out, n = _LINEBREAK.subn("\n", text)
    _add(counts, "ws.linebreak", n)
    return out


def _delete(rx: re.Pattern[str], rule: str) -> Callable[[str, Counts], str]:
    def rule_fn(text: str, counts: Counts) -> str:
        out = rx.sub("", text)
        _add(counts, rule, len(text) - len(out))
        return out

    return rule_fn


def _odd_spaces(text: str, counts: Counts) -> str:
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
    out, n = _RADICAL_RE.subn(lambda m: _RADICALS[m.group()], text)
    _add(counts, "kangxi", n)
    return out


_SMALL_TORTOISE = lazy_re.compile("[\ufe5d\ufe5e]")  # ﹝﹞ → 〔〕


def _brackets(text: str, counts: Counts) -> str:
    if not _has_any(text, "\ufe5d\ufe5e"):
        return text
    out, n = _SMALL_TORTOISE.subn(lambda m: "\u3014" if m.group() == "\ufe5d" else "\u3015", text)
    _add(counts, "bracket", n)
    return out


# Content-farm pinyin annotations: 標(biāo) → 標.  Only lowercase syllables with a tone mark, right after Han.
_PINYIN = lazy_re.compile(f"(?<=[{HAN}])[(\uff08][a-z\u00fc]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z\u00fc]*[)\uff09]")


def _pinyin(text: str, counts: Counts) -> str:
    if not _has_any(text, "(\uff08"):
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
    if not _has_any(text, _SPACES):
        return text
    out = "\n".join(line.strip(_SPACES) for line in text.split("\n"))
    _add(counts, "ws.line-end", len(text) - len(out))
    if _has_any(out, ":\uff1a"):
        text, out = out, _SPACED_LABEL.sub(lambda m: re.sub("[ \u3000]", "", m.group(1)), out)
        _add(counts, "ws.label", len(text) - len(out))
    if "\u3000" in out:
        text, out = out, _HAN_GAP.sub("", out)
        _add(counts, "ws.han", len(text) - len(out))
    if _has_any(out, ("  ", "\u3000")):
        text, out = out, _SPACE_RUN.sub(lambda m: " " if " " in m.group() else "\u3000", out)
        _add(counts, "ws.collapse", len(text) - len(out))
    return out


# --- half-width punctuation in Chinese context -------------------------------------------------------------------

_FULL = {",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "?": "\uff1f", "!": "\uff01"}
# Spans no punctuation rule touches: URLs, e-mails, times/ratios/scores, decimals, thousands.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
# A URL does not end in , . ; : ! ? ) — those belong to the prose around it.
_MASK_URL = lazy_re.compile(rf"(?i:(?:https?|ftp)://|www\.)(?:{_URL_CHARS}*[A-Za-z0-9/_~#=&%-])?")
# E-mail addresses: [A-Za-z0-9._%+-]+@ then this domain, found from the @ signs (protected.address_spans).
_MASK_AT = lazy_re.compile("@")
_MASK_DOMAIN = lazy_re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LATIN_WORD = lazy_re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_ELLIPSIS = lazy_re.compile(f"(?<=[{HAN}])(?:\\.{{3,}}|。{{3,}}|…(?!…))")
_DOUBLE_DASH = lazy_re.compile(f"(?<=[{HAN}])--(?=[{HAN}])")


def _neighbour(chars: list[str], i: int, step: int) -> str:
    """Nearest character from position i in direction `step` that is not a space, a quote or deleted ('')."""
    j = i + step
    while 0 <= j < len(chars):
        c = chars[j]
        if c and c not in _SPACES and c not in _QUOTES:
            return c
        j += step
    return ""


def _english_clause_before(chars: list[str], mask: "_Mask", i: int) -> bool:
    """True when the Latin run ending at i is a clause (`Hello, world`) rather than one term (`Python`, `Visual
    Studio`, a URL): at least two words and either a third word or ASCII clause punctuation inside."""
    run = _run_before(chars, mask.bits, i)
    if not _is_clause(run):
        return False  # masking numbers could only shorten the run, and a shorter run is no clause either
    if not mask.numbers and _DIGIT.search(run):  # a number may end the run: numbers are masked from here on
        mask.add_numbers()
        return _is_clause(_run_before(chars, mask.bits, i))
    return True


def _is_clause(run: str) -> bool:
    words = _LATIN_WORD.findall(run)
    return len(words) >= 3 or (len(words) == 2 and any(p in run for p in ",;:"))


def _run_before(chars: list[str], bits: bytearray, i: int) -> str:
    """The characters before i back to the nearest masked or Chinese one."""
    j = i - 1
    while j >= 0 and not bits[j] and (not chars[j] or not _CJK_RE.match(chars[j])):
        j -= 1
    return "".join(chars[j + 1: i])


_URL_START = lazy_re.compile(r"(?i)://|www\.")
_DIGIT = lazy_re.compile("[0-9]")
_PARENS = lazy_re.compile("[()]")
_MARKS = lazy_re.compile("[,;:?!]")
_CANDIDATES = lazy_re.compile("[,;:?!()]")  # the only characters the parenthesis and mark passes ever change


class _Mask:
    """Per character (1 = masked): inside a URL, an e-mail address, a time/ratio, a decimal or a thousands number.
    Masked spans are ASCII only, so a masked character is never Chinese context.  Numbers, the costliest scan,
    are added only where they can change a decision (`add_numbers`)."""

    __slots__ = ("bits", "text", "numbers", "_run_end")

    def __init__(self, text: str) -> None:
        self.bits = bytearray(len(text))
        self.text = text
        self.numbers = False
        self._run_end = -1  # end of the last run add_numbers_around matched (its callers go left to right)
        if _URL_START.search(text):
            for m in _MASK_URL.finditer(text):
                self._set(m.start(), m.end())
        if "@" in text:
            for a, b in address_spans(text, _MASK_AT, LOCAL_CHARS, _MASK_DOMAIN):
                self._set(a, b)

    def _set(self, start: int, end: int) -> None:
        self.bits[start:end] = b"\x01" * (end - start)

    def _numbers(self, start: int = 0, end: int | None = None) -> None:
        for a, b in number_spans(self.text, start, end):
            self._set(a, b)

    def add_numbers(self) -> None:
        """Every number of the text (`numbers` then says the mask is complete)."""
        if not self.numbers:
            self.numbers = True
            if _DIGIT.search(self.text):
                self._numbers()

    def add_numbers_around(self, i: int) -> None:
        """The numbers inside the run of digits and separators around position i.  A number match never leaves
        such a run, and the runs before it cannot change where matches inside it fall, so matching the run alone
        finds exactly the matches a scan of the whole text finds there."""
        if self.numbers or i < self._run_end:  # done already (one run holds many marks: 1,2,3,…)
            return
        text, start, end = self.text, i, i + 1
        while start > 0 and text[start - 1] in NUMBER_CHARS:
            start -= 1
        while end < len(text) and text[end] in NUMBER_CHARS:
            end += 1
        self._run_end = end
        self._numbers(start, end)


# Around a , or : that a number match covers: a digit or "," before it, a digit, "," or "." after it (1,000 /
# 12:30 / 1,,.5 — read off protected.NUMBER's three branches).  A mark without such neighbours is in no number.
_NUMBER_BEFORE = frozenset("0123456789,")
_NUMBER_AFTER = frozenset("0123456789,.")


def _in_number_possible(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1] in _NUMBER_BEFORE and text[i + 1] in _NUMBER_AFTER


def _is_cjk(c: str) -> bool:
    return bool(c) and bool(_CJK_RE.match(c))


def _convert_parens(text: str, mask: _Mask, counts: Counts) -> str:
    """( ) → （ ） when the content holds Han or Chinese punctuation, or a Han character touches the pair: 第(一)条,
    (1)加强.  f(x) stays.  One left-to-right pass over the parentheses with a stack, inner pairs first, so nesting
    costs no extra passes; the text between two parentheses is searched for Chinese in one regex call."""
    chars: list[str] | None = None
    stack: list[tuple[int, bool]] = []  # (position of "(", content so far has CJK)
    prev = -1
    bits = mask.bits  # URLs are all that can mask a parenthesis
    for m in _PARENS.finditer(text):
        i = m.start()
        if bits[i]:
            continue
        if stack and not stack[-1][1] and _CJK_RE.search(text, prev + 1, i):
            stack[-1] = (stack[-1][0], True)
        prev = i
        if text[i] == "(":
            stack.append((i, False))
        elif stack:
            start, has_cjk = stack.pop()
            # converted parentheses are never Han, so the original text answers for before/after
            before = text[start - 1] if start else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if has_cjk or _HAN_RE.match(before or "_") or _HAN_RE.match(after or "_"):
                if chars is None:
                    chars = list(text)
                chars[start], chars[i] = "\uff08", "\uff09"
                _add(counts, "punct", 2)
                has_cjk = True
            if stack and has_cjk:
                stack[-1] = (stack[-1][0], True)
    return text if chars is None else "".join(chars)


def _convert_marks(text: str, mask: _Mask, counts: Counts) -> str:
    """, ; : ? ! → full-width where the nearest neighbour is Chinese.  Swept left to right and back, with each
    decision seeing the ones before it, so runs such as 国,, and ,,国 settle in one call."""
    marks = [i for i in (m.start() for m in _MARKS.finditer(text)) if not mask.bits[i]]
    if not marks:
        return text
    inside = [i for i in marks if _in_number_possible(text, i)]
    if inside:  # these marks may sit inside a number: mask the numbers around them first
        for i in inside:
            mask.add_numbers_around(i)
        marks = [i for i in marks if not mask.bits[i]]
    chars = list(text)
    for i in marks + marks[::-1]:
        c = chars[i]
        if c not in _FULL:
            continue
        left, right = _neighbour(chars, i, -1), _neighbour(chars, i, 1)
        if not (_is_cjk(left) or _is_cjk(right)):
            continue
        if left.isascii() and left.isalnum() and _english_clause_before(chars, mask, i):
            continue  # "Hello, world! 这是…": a whole English clause keeps English punctuation
        chars[i] = _FULL[c]
        _add(counts, "punct", 1)
        for step in (-1, 1):  # full-width marks carry their own spacing: drop the spaces around them
            j = i + step
            while 0 <= j < len(chars) and chars[j] in ("", " ", "\u3000"):
                if chars[j]:
                    chars[j] = ""
                    _add(counts, "ws.punct", 1)
                j += step
    return "".join(chars)


def _punct_line(line: str, counts: Counts) -> str:
    """Parentheses and marks to a fixpoint: a converted mark is Chinese context for its neighbours.  A line with
    no half-width mark or parenthesis left is settled: no pass over it can change anything."""
    while _CANDIDATES.search(line):
        mask = _Mask(line)
        out = _convert_marks(_convert_parens(line, mask, counts), mask, counts)
        if out == line:
            return line
        line = out
    return line


def _punctuation(text: str, counts: Counts) -> str:
    """Half-width , ; : ? ! ( ) → full-width where a neighbour is Chinese, to a fixpoint (国,, → 国，，)."""
    out = text
    if "..." in out or "。。。" in out or "…" in out:  # the literals _ELLIPSIS needs (a lookbehind scan is slow)
        out, n = _ELLIPSIS.subn("……", out)
        _add(counts, "punct.ellipsis", n)
    if "--" in out:
        out, n = _DOUBLE_DASH.subn("——", out)
        _add(counts, "punct.dash", n)
    if not _CANDIDATES.search(out):
        return out
    if "\n" not in out:
        return _punct_line(out, counts)
    return "\n".join(_punct_line(x, counts) for x in out.split("\n"))


# --- document numbers (GB/T 9704 §7.2.5): 国发[2019]5号 → 国发〔2019〕5号 -----------------------------------------

# The agency code's last character in either script (t2s turns 發 and 髮 into 发), so that script conversion,
# which runs after this rule, never creates a new match.
_DOCNUM = lazy_re.compile(r"(?<=[发办函字令發辦髮])[ \u3000]*[\[［【(（﹝〔{｛][ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*"
                     r"[\]］】)）﹞〕}｝][ \u3000]*第?[ \u3000]*0*([0-9]+)[ \u3000]*(号|號)")


def normalize_docnum(text: str, counts: Counts) -> str:
    """Write document numbers in the GB/T 9704 form: 〔YYYY〕, no 第, no leading zero."""
    if "号" not in text and "號" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        out = f"\u3014{m.group(1)}\u3015{m.group(2)}{m.group(3)}"
        _add(counts, "docnum", _changed(m.group(), out))
        return out

    return _DOCNUM.sub(repl, text)


# --- the pipeline ------------------------------------------------------------------------------------------------

_RULES: tuple[Callable[[str, Counts], str], ...] = (
    _mojibake,
    _linebreaks,
    _delete(_INVISIBLE, "invisible"),
    _delete(_CONTROL, "control"),
    _odd_spaces,
    _width,
    _radicals,
    _brackets,
    _pinyin,
    _whitespace,
    _punctuation,
    normalize_docnum,
)


_LATE_RULES = _RULES[_RULES.index(_pinyin):]
# Every character one of the rules before _pinyin may change, except the width rule's symbols ％＋－．／：＠, which
# it folds only next to ASCII letters or digits (in a number, a URL, an e-mail address): "：" is in most Chinese
# lines.  Clean text has none (most paragraphs): two scans then replace eight rules; each of them is the identity
# on such text, so skipping them changes nothing.
_EARLY_TRIGGER = lazy_re.compile("[" + _HIGH_LATIN.pattern[1:-1] + "\r\v\f\u2028\u2029" + INVISIBLE + CONTROL
                                 + _ODD_SPACE.pattern[1:-1] + "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff64"
                                 + _RADICAL_RE.pattern[1:-1] + "\ufe5d\ufe5e]")
_WIDTH_SYMBOL = lazy_re.compile("[\uff05\uff0b\uff0d\uff0e\uff0f\uff1a\uff20]")
_ASCII_ALNUM = lazy_re.compile("[0-9A-Za-z]")


def _early_rules_needed(text: str) -> bool:
    return bool(_EARLY_TRIGGER.search(text) or (_WIDTH_SYMBOL.search(text) and _ASCII_ALNUM.search(text)))


def _rules(text: str, counts: Counts) -> str:
    """Every rule except script conversion, which needs the per-document decision taken on their output.

    Mojibake repair must run first (C1 controls are part of GBK-as-Latin-1 text), but a run it rejected can
    become repairable once later rules delete controls or fold widths inside it; so the rules repeat while the
    repair still finds something (at most a few times: each repair removes Latin-1 characters).
    """
    if not _early_rules_needed(text):
        # no Latin-1 character to start with, and the later rules only delete spaces and write CJK forms, so
        # mojibake repair has nothing to find afterwards either
        for rule in _LATE_RULES:
            text = rule(text, counts)
        return text
    for _ in range(4):
        for rule in _RULES:
            text = rule(text, counts)
        if _mojibake(text, {}) == text:
            break
    return text


def _convert_script(texts: list[str], script: str, detected: str | None, counts: Counts) -> list[str]:
    """t2s for a Traditional document when Simplified is wanted, s2t for a Simplified one when Traditional is
    wanted; nothing otherwise (no tw2sp, no round trip: both rewrite real words, notes §3.3)."""
    if script == "simplified" and detected == "Hant":
        config = "t2s"
    elif script == "traditional" and detected == "Hans":
        config = "s2t"
    else:
        return texts
    conv = langid.converter(config)
    out = []
    for text in texts:
        new = conv.convert(text) if text else text
        _add(counts, f"script.{config}", _changed(text, new))
        out.append(new)
    return out


def _check_script(script: str) -> None:
    if script not in SCRIPTS:
        raise CleanError(f"script must be one of {SCRIPTS}, not {script!r}")


def normalize_explained(text: str, *, script: str = "simplified") -> tuple[str, Counts]:
    """`normalize(text)` and the number of characters each rule changed, like ftfy's fix_and_explain.

    Rule names: mojibake, invisible, control, width, width.symbol, kangxi, bracket, pinyin, punct,
    punct.ellipsis, punct.dash, script.t2s, script.s2t, docnum; whitespace-only rules start with "ws.".
    "replacement-char" counts U+FFFD left in the output (kept, not hidden).
    """
    _check_script(script)
    counts: Counts = {}
    text = _rules(text, counts)
    detected = langid.chinese_script(text)
    text = _convert_script([text], script, detected, counts)[0]
    _add(counts, "replacement-char", text.count("\ufffd"))
    return text, dict(sorted(counts.items()))


def normalize(text: str, *, script: str = "simplified") -> str:
    """Chinese-safe normalization of one text; idempotent.  `script`: "simplified", "traditional" or "keep".

    On its own the text is its own document for the Simplified/Traditional decision; `clean()` decides once per
    document instead (see `normalize_document`).
    """
    return normalize_explained(text, script=script)[0]


def normalize_document(doc: Document, *, script: str = "simplified") -> Document:
    """Normalize the title and paragraphs, decide language and script once for the whole document, convert the
    script if asked, and record per-rule counts in `doc.normalization` and warnings in `doc.flags`."""
    _check_script(script)
    counts: Counts = {}
    title = _rules(doc.title, counts) if doc.title else doc.title
    paragraphs = [p for p in (_rules(p, counts) for p in doc.paragraphs) if p.strip()]
    body = "\n".join(paragraphs) or title or ""
    doc.lang = langid.detect_lang(body)
    doc.script = langid.detect_script(body) if doc.lang == "zh" else None
    texts = _convert_script([title or ""] + paragraphs, script, doc.script, counts)
    doc.title = texts[0] if title else title
    doc.paragraphs = texts[1:]
    for key, value in doc.meta.items():
        if isinstance(value, str):
            doc.meta[key] = normalize_docnum(value, counts)
    replaced = sum(t.count("\ufffd") for t in texts)
    _add(counts, "replacement-char", replaced)
    if replaced:
        doc.flag("replacement-char")
    if counts.get("mojibake"):
        doc.flag("mojibake-repaired")
    doc.normalization = dict(sorted(counts.items()))
    return doc
