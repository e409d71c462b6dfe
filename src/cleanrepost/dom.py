"""Stage 2a (HTML): the page as a tree — neutralise the text, parse it, drop what is never shown.

`load(html)` is what every HTML segmenter starts from (segment_html, the trafilatura engine): `parse` (stray
`</html>`/`</body>` neutralised so libxml2 does not drop the rest of the page; data: URIs, scripts and comments
over GIANT_RUN cut on big pages; nesting past libxml2's depth limit flattened and flagged "depth-limited"), then
scripts, styles, noscript and templates removed.  `remove_hidden` takes out what readers never see (display:none,
visibility:hidden, `hidden`, jammer classes), each as a "hidden" Removal.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from . import deadline, lazy_re
from .lexicon import Lexicon
from .model import Removal

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\ufeff]+")
# The characters block_text removes from a run made of nothing else (_WS's class plus the ideographic space).
BLANK = " \t\r\n\f\v\u00a0\u202f\u205f\ufeff\u3000" + "".join(map(chr, range(0x2000, 0x200c)))
_STRAY_END = re.compile(r"</\s*(?:html|body)\s*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
# (The patterns only big or deeply nested pages need compile on first use: lazy_re.)
# libxml2 (huge_tree off) gives up at a 10 MB text run and drops the rest of the page.  On big pages such runs are
# inline data: URIs, scripts, styles and comments, all dropped anyway: they are cut out before parsing.
GIANT_RUN = 65536  # characters; shorter scripts/comments stay (metadata may read them)
GIANT_PAGE = 2_000_000  # characters; below this no single run can reach libxml2's 10 MB limit (no pre-pass)
_RUN_START = lazy_re.compile(r"data:|<(?:script|style)\b|<!--", re.I)
_DATA_URI = lazy_re.compile(r"data:[\w/+.;=-]{0,80},[A-Za-z0-9+/=%\s]{" + str(GIANT_RUN) + ",}", re.I)
_RAW_END = re.compile(r"</(?:script|style)\s*>", re.I)
# Numeric character references to characters lxml refuses in text it sets (C0 controls but tab and line breaks,
# U+FFFE, U+FFFF): libxml2 decodes them, and the first element dropped next to one fails.  Raw such characters are
# dropped by decode; references to them are dropped here, alike (flag "control-chars-removed").  libxml2 itself
# turns &#0;, surrogates and values past U+10FFFF into U+FFFD.  A reference needs no ";" and takes every digit.
_BAD_CHARREF = re.compile(r"&#(?:[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
                          r"|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9]));?")
# Inline tags whose unclosed repeats (CMS <font> soup) are what usually nests a page past the depth limit.
_INLINE_TAGS = lazy_re.compile(r"</?(?:font|span|b|i|u|em|strong|small|big|strike|s|sup|sub|ins|del|label|abbr)\b[^>]*>",
                          re.I)
_CONTAINER_TAGS = lazy_re.compile(r"</?(?:div|section|article|blockquote|center|table|tbody|tr|td|th|ul|ol|li|dl|dt|dd)"
                             r"\b[^>]*>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HIDDEN_SHARE = 0.6  # a "hidden" element holding more than this share of the page's text is kept (script-revealed)
# Elements never shown as text, whose subtrees (text included) leave the tree before anything reads it.
SCRIPT_TAGS = ("script", "style", "noscript", "template")

_LOOKUP = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                         pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def neutralise(html: str, flags: list[str] | None = None) -> str:
    """The page text as libxml2 should see it (see parse); `flags` gets "control-chars-removed" if it applies."""
    html = _XML_DECL.sub("", html)  # lxml refuses str input with an encoding declaration
    if len(html) > GIANT_PAGE:
        html = cut_giant_runs(html)
    html, n = _BAD_CHARREF.subn("", html)
    if n and flags is not None:
        flags.append("control-chars-removed")
    # An </html> or </body> inside the page (an included header's) makes libxml2 drop what follows.  Dropping
    # every such end tag is harmless: the parser closes both at the end of the input.
    return _STRAY_END.sub("", html)


class _Next:
    """The next match of `find` at or after a position, remembered: asked again from a later position that is
    not past that match's start, it answers without searching.  A page of 2,000 unclosed <script> tags asks 2,000
    times and searches once (one regex over the page searched to its end for each tag: quadratic)."""

    def __init__(self, find) -> None:
        self.find = find  # pos -> (start, end) of the next match at or after pos, or None
        self.asked, self.hit = -1, None

    def __call__(self, pos: int) -> int:
        """The end of the next match at or after pos, or -1."""
        if self.asked < 0 or pos < self.asked or (self.hit is not None and pos > self.hit[0]):
            self.asked, self.hit = pos, self.find(pos)
        return self.hit[1] if self.hit is not None else -1


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def _found(q: int, n: int) -> tuple[int, int] | None:
    return (q, q + n) if q >= 0 else None


def cut_giant_runs(html: str) -> str:
    """Cut data: URIs, scripts, styles and comments of GIANT_RUN characters or more (a data: URI keeps "data:,").

    Same result as one regex substitution over the page with the alternatives `data:…` | `<script…</script>` |
    `<!--…-->` (leftmost match first, each up to its first end), but linear: each end is searched for once."""
    next_gt = _Next(lambda p: _found(html.find(">", p), 1))
    next_raw_end = _Next(lambda p: _span(_RAW_END.search(html, p)))
    next_comment_end = _Next(lambda p: _found(html.find("-->", p), 3))
    out, done, pos = [], 0, 0
    while (m := _RUN_START.search(html, pos)) is not None:
        deadline.check()
        start = m.start()
        if m[0][0] in "dD":
            d = _DATA_URI.match(html, start)
            end = d.end() if d else -1
        elif m[0] == "<!--":
            end = next_comment_end(start + 4)
        else:  # <script …> or <style …>: the tag's ">", then the first </script> or </style>
            gt = next_gt(start)  # the end of the ">"
            end = next_raw_end(gt) if gt >= 0 else -1
        if end < 0:
            pos = start + 1
            continue
        if end - start >= GIANT_RUN:
            out += (html[done:start], "data:," if html[start] == "d" else "")
            done = end
        pos = end
    return "".join(out) + html[done:] if out else html


def _parse_once(html: str) -> tuple[etree._Element, bool]:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    # Every element an HtmlElement, looked up in C: lxml.html's default per-tag lookup (form and input classes)
    # is a Python call for every element touched, a large share of the walk's time.
    parser.set_element_class_lookup(_LOOKUP)
    root = lxml.html.document_fromstring(html or "<html></html>", parser=parser)
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep


def parse(html: str) -> tuple[etree._Element, list[str]]:
    """The page as an lxml tree, plus flags ("depth-limited" when nesting had to be flattened)."""
    flags: list[str] = []
    html = neutralise(html, flags)
    try:
        root, too_deep = _parse_once(html)
    except (etree.ParserError, ValueError):  # e.g. a document of only whitespace or comments
        root, _ = _parse_once("<html></html>")
        return root, flags + ["unparsable"]
    if not too_deep:
        return root, flags
    # libxml2 stops at depth 256 and loses the page.  First drop inline formatting tags, then, if still too
    # deep, container tags too (each becomes a line break so paragraphs stay apart).
    root, too_deep = _parse_once(_INLINE_TAGS.sub("", html))
    if too_deep:
        root, _ = _parse_once(_CONTAINER_TAGS.sub("<br>", _INLINE_TAGS.sub("", html)))
    return root, flags + ["depth-limited"]


def load(html: str) -> tuple[etree._Element, list[str]]:
    """`parse`, then the SCRIPT_TAGS subtrees dropped: the tree both the markup reader and the walk read."""
    root, flags = parse(html)
    for el in list(root.iter(*SCRIPT_TAGS)):
        el.drop_tree()
    return root, flags


def block_text(s: str) -> str:
    """A run of page text as one block's text: each whitespace run one space, none at the ends (nor U+3000).
    (html_meta.text.collapse, for the markup reader, strips Python whitespace instead; outputs depend on both.)"""
    return _WS.sub(" ", s).strip(" \u3000")


_TEXT_LENGTH = etree.XPath("string-length()")


def _cached_search(cache: dict[str, bool], regex: re.Pattern[str], value: str) -> bool:
    hit = cache.get(value)
    if hit is None:
        hit = cache[value] = regex.search(value) is not None
    return hit


def _hidden_class(lexicon: Lexicon) -> re.Pattern[str]:
    """A class attribute holding one of the lexicon's hidden hints as a whole token."""
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, lexicon.hidden_hints)) + r")(?:\s|$)", re.I)


def remove_hidden(root: etree._Element, lexicon: Lexicon) -> list[Removal]:
    """Drop elements readers never see; each becomes a "hidden" Removal."""
    hidden_class = lexicon.view("dom.hidden_class", _hidden_class)
    found: list[etree._Element] = []
    # Pages repeat a few class and style values on hundreds of elements: each distinct value is searched once.
    styles: dict[str, bool] = {}
    classes: dict[str, bool] = {}
    for el in root.iter():
        style = el.get("style")
        cls = el.get("class")
        if ((style and _cached_search(styles, _HIDDEN_STYLE, style)) or el.get("hidden") is not None
                or (cls and _cached_search(classes, hidden_class, cls))):
            found.append(el)
    if not found:
        return []
    total = int(_TEXT_LENGTH(root)) or 1  # len(root.text_content()), counted in C without building the string
    removed: list[Removal] = []
    dropped: set[etree._Element] = set()
    for el in found:
        if any(a in dropped for a in el.iterancestors()):
            continue  # inside an element already dropped
        text = block_text(el.text_content())
        if len(text) > HIDDEN_SHARE * total:
            continue
        dropped.add(el)
        if text:
            removed.append(Removal(kind="hidden", text=text, reason="html:hidden"))
        el.drop_tree()
    return removed

