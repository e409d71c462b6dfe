"""Half-width punctuation in Chinese context: , ; : ? ! ( ) to full width where a neighbour is Chinese, with URLs,
e-mail addresses, times and numbers masked; ellipses and double dashes after Han."""
from __future__ import annotations

from .. import lazy_re
from ..langid import HAN
from ..protected import LOCAL_CHARS, NUMBER_CHARS, address_spans, number_spans
from .common import _CJK_RE, _HAN_RE, _QUOTES, _SPACES, Counts, _add, is_cjk_char

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
    while j >= 0 and not bits[j] and not is_cjk_char(chars[j]):
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


_is_cjk = is_cjk_char


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
    no half-width mark or parenthesis left is settled: no pass over it can change anything.  Nor can one when
    every mark and parenthesis left is masked (in a URL, an address, a number) and no space was deleted: the
    next pass would build the same mask (conversions only touch unmasked characters, and a full-width mark is
    part of no URL, address or number) and skip every one of them."""
    while _CANDIDATES.search(line):
        mask = _Mask(line)
        out = _convert_marks(_convert_parens(line, mask, counts), mask, counts)
        if out == line or (len(out) == len(line) and _all_masked(out, mask.bits)):
            return out
        line = out
    return line


def _all_masked(text: str, bits: bytearray) -> bool:
    """Every candidate character of `text` lies in a masked span (positions as in the text the mask was built on)."""
    return all(bits[m.start()] for m in _CANDIDATES.finditer(text))


def _punctuation(text: str, counts: Counts) -> str:
    """Half-width , ; : ? ! ( ) → full-width where a neighbour is Chinese, to a fixpoint (国,, → 国，，).

    >>> counts = {}; _punctuation("会议时间:10:30,地点:三楼(东侧)", counts), counts
    ('会议时间：10:30，地点：三楼（东侧）', {'punct': 5})
    """
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

