"""The headline: <title> with its site suffix cut, and the displayed headline element that confirms it."""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..lexicon import Lexicon
from .bodyscan import _HEADLINE_TAGS, Scan
from .text import _within, collapse, element_text, key

# the spaces before a separator bounded: an unbounded \s* there was retried from every space of a long run
# that no separator ends (quadratic); a real title never has more than a few
_TITLE_SEP = re.compile(r"\s{0,8}(?:_+|(?<!\d)-{1,2}(?!\d)|\s-\s|[|｜]|—{1,2}|–|::)\s*")
CANDIDATE_TEXT_MAX = 150  # a headline candidate's text read this far (classify.TITLE_MAX: what a headline may be)
SUFFIX_MAX = 16  # a site/channel name after the last separator of <title>
CANDIDATES_MAX = 400  # headline candidates read (a page of thousands of .title teasers reads its first ones)
CANDIDATE_MIN = 2  # letters/digits a candidate needs to be a headline at all
HEADLINE_KEY_MIN = 4  # letters/digits of a headline (shorter: a channel name, a kicker)
INSIDE_KEY_MIN = 6  # and of one found inside the cut <title> rather than at its start
SHOWN_TITLE_MIN = 12  # a cut <title> longer than this is trusted as the headline when nothing shows it whole
SEGMENTS_MAX = 8  # <title> segments combined when matching the shown headline (runs of them: quadratic)
PROBE, PROBE_HITS = 6, 20  # the title's first characters searched for in the body's text, and the hits read


def page_title(root) -> str | None:
    t = root.find(".//title")
    if t is None:
        return None
    return collapse(t.text_content()) or None


def strip_site_suffix(title: str) -> str:
    """'标题_栏目_网站' → '标题': cut short trailing segments after _ - | ｜ —."""
    while True:
        seps = list(_TITLE_SEP.finditer(title))
        if not seps:
            return title
        m = seps[-1]
        head, tail = title[:m.start()].strip(), title[m.end():].strip()
        if len(key(head)) < HEADLINE_KEY_MIN or len(tail) > SUFFIX_MAX:
            return title
        title = head


def _title_candidates(sc: Scan) -> tuple[list[tuple[Any, str]], dict[str, str]]:
    """Headline candidates with their (short) text, in document order, and each text's comparison form (key),
    computed once: headline asks for it up to eight times per candidate."""
    cands: list[tuple[Any, str]] = []
    keys: dict[str, str] = {}
    for el in sc.headlines[:CANDIDATES_MAX]:
        text = element_text(el, CANDIDATE_TEXT_MAX)
        if text:
            k = keys.get(text)
            if k is None:
                k = keys[text] = key(text)
            if len(k) >= CANDIDATE_MIN:
                cands.append((el, text))
    return cands, keys


def headline(root, sc: Scan, tags: dict[str, str], table: dict[str, str], lexicon: Lexicon) -> tuple[Any, str | None]:
    """(element showing the headline or None, headline text)."""
    full = page_title(root)
    stripped = strip_site_suffix(full) if full else None
    cands, keys = _title_candidates(sc)
    for label, name in lexicon.table("gov_label_fields").items():
        if name == "title" and table.get(label):
            value = table[label]
            return next((el for el, t in cands if keys[t] == key(value)), None), value
    meta_title = tags.get("articletitle")
    site = {key(tags.get(n)) for n in lexicon.site_name_meta_tags} - {""}
    cands = [(el, t) for el, t in cands if keys[t] not in site]  # the site's logo/name is never the headline
    if full:
        k_full, k_stripped = key(full), key(stripped)
        exact = _title_matches(cands, full, k_stripped, sc, keys)
        if exact:
            return _innermost(exact)
        # a displayed headline that <title> starts with (the suffix was not cut cleanly), or that the cut <title>
        # holds (a site prefix: 网站-标题): the longest wins
        near = [(el, t) for el, t in cands if len(keys[t]) >= HEADLINE_KEY_MIN and k_full.startswith(keys[t])
                and len(keys[t]) >= len(k_stripped) // 2]
        near = near or [(el, t) for el, t in cands if len(keys[t]) >= INSIDE_KEY_MIN and keys[t] in k_stripped
                        and len(keys[t]) >= len(k_stripped) // 2]
        if near:
            longest = max(len(keys[t]) for _, t in near)
            return _innermost([c for c in near if len(keys[c[1]]) == longest])
    if meta_title:
        return _shown(root, cands, meta_title), meta_title
    if stripped and len(stripped) > SHOWN_TITLE_MIN:
        return _shown(root, cands, stripped), stripped
    for tag in ("h1", None, "h2"):
        for el, t in cands:
            if (el.tag == tag if tag else el.tag not in _HEADLINE_TAGS) and len(keys[t]) >= HEADLINE_KEY_MIN:
                return el, t
    return None, stripped


def _title_matches(cands: list[tuple[Any, str]], full: str, k_stripped: str, sc: Scan,
                   keys: dict[str, str]) -> list[tuple[Any, str]]:
    """Candidates equal to <title> cut down to its headline.  <title> may carry the site name after the headline
    (标题_网站) or before it (网站 - 标题), so every run of its segments is tried; when candidates match several
    runs (the site logo and the headline), the one shown last wins: the header comes before the article."""
    segments = [p for p in _TITLE_SEP.split(full) if p.strip()][:SEGMENTS_MAX]
    runs = {key("".join(segments[i:j])) for i in range(len(segments)) for j in range(i + 1, len(segments) + 1)}
    # Short runs are channel names ("新闻"), except the first segment: a short headline leads its <title> (雨天_某某的博客)
    first = {key(segments[0])} - {""} if len(segments) > 1 else set()
    runs = {r for r in runs if len(r) >= HEADLINE_KEY_MIN} | {k_stripped} | first
    groups: dict[str, list[tuple[Any, str]]] = {}
    for el, t in cands:
        if keys[t] in runs:
            groups.setdefault(keys[t], []).append((el, t))
    if len(groups) <= 1:
        return next(iter(groups.values()), [])
    if k_stripped in groups and all(len(k) < len(k_stripped) for k in groups if k != k_stripped):
        return groups[k_stripped]  # the other matches are parts of it (a kicker, a short channel name)
    return max(groups.values(), key=lambda g: sc.order.get(g[0][0], -1))


def _innermost(cands: list[tuple[Any, str]]) -> tuple[Any, str]:
    """Of nested candidates with the same headline (div.title > h2), the innermost element."""
    best = cands[0]
    for c in cands[1:]:
        if _within(c[0], best[0]):
            best = c
    return best


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_CONTAINING = etree.XPath("//body//text()[contains(., $part)]")


def _shown(root, cands: list[tuple[Any, str]], title: str):
    """The element displaying `title`: a candidate, else the owner of a text node that is exactly the title."""
    k = key(title)
    for el, t in cands:
        if key(t) == k:
            return el
    part = title.strip()[:PROBE]
    if not part or _NOT_XML.search(part):
        return None  # lxml refuses control characters in XPath variables
    for text in _TEXT_CONTAINING(root, part=part)[:PROBE_HITS]:
        if len(text) < 4 * len(title) + 40 and key(text) == k and not text.is_tail:
            return text.getparent()
    return None
