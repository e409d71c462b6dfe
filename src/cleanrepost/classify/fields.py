"""Fallback provenance from lines already decided: a self-media account above its byline, a document's own
dateline, a 来源 that names the site itself, the paper a 本报 story credits, a wire dateline in the first paragraph."""
from __future__ import annotations

import re

from .. import grammar
from ..grammar import dates
from ..lexicon import Lexicon
from ..knowledge.context import is_body_name, shape_patterns
from ..knowledge.tables import OWN_PAPER
from ..model import BODY, BOILERPLATE, FIELD, TITLE, Block
from . import shapes
from .shapes import CREDIT_REASONS, is_open, is_prose, is_tail_prose
from .tuning import TITLE_OVERLAP

_SITE_ENDING = re.compile(r"(?:门户网站|网站|网)$")  # what an organ's website adds to its name
# the header passes' reasons for the site's own head chrome (its name, greeting, menu)
_HEAD_CHROME = ("span:site-chrome-before-article", "header:before-article")


def mark_document_dateline(blocks: list[Block], lexicon: Lexicon) -> None:
    """A kept line "2003年5月12日,某某省财政厅" dates the document and names its issuer.

    It stays in the body (it is the document's own line); its values are fallbacks that the page's bylines
    override in assemble.
    """
    for b in blocks:
        if is_open(b) and len(b.text) <= lexicon.tuning.dateline_max:
            m = shape_patterns(lexicon).doc_dateline.match(b.text)
            if m:
                b.fields.update(date=m.group("date"), source=m.group("source"))
                b.mark(BODY, None, "body:document-dateline")
                return


def mark_self_credit(blocks: list[Block], lexicon: Lexicon) -> None:
    """A 来源 naming the site the dump comes from (its name is in the site's own head chrome: "某某网首页 …") is
    the site's stamp, not the outlet: the value moves to meta `site`.  An organ's or a paper's name on its own
    site stays (`_publisher`): it is where the item comes from, not a site reposting it."""
    head = "\n".join([b.text for b in blocks if b.label == BOILERPLATE and b.kind == "navigation"
                      and b.reason in _HEAD_CHROME][:lexicon.tuning.self_credit_head])
    for b in blocks:
        src = b.fields.get("source") if b.label == FIELD else None
        if (src and len(src) >= lexicon.tuning.site_name_min and src in head and not _publisher(src, lexicon)):
            b.fields["site"] = b.fields.pop("source")


def _publisher(name: str, lexicon: Lexicon) -> bool:
    """An organ (某市应急管理局) or a paper (某某电力报) crediting itself on its own site is the item's origin, and so is
    an organ's own website (某省纪委监委网站, 某市人大网: an organ's name before 网/网站); a name ending like a website's
    (某某资料网, 某某在线) is the reposting site's stamp."""
    name = name.strip("《》")  # (a paper's name in title marks: 《某某党校报》)
    if any(p.search(name) for p in lexicon.patterns("site_credits")):
        stem = _SITE_ENDING.sub("", name)
        return stem != name and bool(shape_patterns(lexicon).organ_line.match(stem))
    return is_body_name(name, lexicon)


def mark_own_paper(blocks: list[Block], lexicon: Lexicon) -> None:
    """A story crediting 本报 ("this paper": 本报讯, 本报记者 某某) with no source named: the paper is the one the head's
    masthead names ("某某日报数字报", "某某日报"), the fallback source."""
    if any(b.fields.get("source") for b in blocks):
        return
    # (or, on an e-paper's page, a reporter's credit: "第03版 乡村振兴" … "□记者 某某")
    if not (any(b.text.lstrip().startswith(OWN_PAPER) for b in blocks)
            or (any(b.reason == "line:navigation.epaper-page" for b in blocks)
                and any(b.kind == "byline" and b.reason in CREDIT_REASONS for b in blocks))):
        return
    outlet = shape_patterns(lexicon).outlet
    for b in blocks[:lexicon.tuning.self_credit_head]:
        if b.label == TITLE:
            return
        name = b.text.strip()
        for suffix in lexicon.masthead_suffixes:
            name = name.removesuffix(suffix).rstrip()  # "某某日报  数字报刊": the suffix set apart
        if name.endswith("报") and outlet.match(name):
            b.fields["source"] = name
            return


def mark_wire_source(blocks: list[Block], lexicon: Lexicon) -> None:
    """The first paragraph's wire dateline ("某某社某地3月5日电") names the agency: a fallback source."""
    b = next((x for x in blocks if is_open(x) and is_tail_prose(x.text)), None)
    source = grammar.wire_source(b.text, lexicon) if b else None
    if b is not None and source:
        b.fields.setdefault("source", source)


def mark_account_lines(blocks: list[Block], lexicon: Lexicon) -> None:
    """A self-media byline (a datetime beside the platform's badge or the poster's region: "2025-06-18 09:12 ·
    优质创作者 · 发布于四川") names no one: the account's name is the short line right above it ("某某观察站").  An
    official account's (an organ's, an outlet's: its badge says so, or the name is an outlet's) is the source
    where no 来源 names one; a creator's is the author.  A headline above the byline is no account: the article
    repeats its words."""
    outlet = shape_patterns(lexicon).outlet
    for i, b in enumerate(blocks[1:], 1):
        above = blocks[i - 1]
        if (b.label != FIELD or not ("account_badge" in b.fields or "account_location" in b.fields)
                or b.fields.keys() & {"source", "author", "account"} or not is_open(above)
                or not grammar.account_name(above.text)):
            continue
        name = above.text.strip()
        body = shapes.opening_letters(x.text for x in blocks[i + 1:] if is_open(x) and is_prose(x.text))
        if shapes.overlap(name, body) >= TITLE_OVERLAP:  # (a place's name in an account's: 某某观察 shares 某某)
            continue
        official = grammar.badge_of(b.fields.get("account_badge", ""), lexicon) == "official" or outlet.match(name)
        above.fields["account" if official else "author"] = name
        above.mark(FIELD, "byline", "grammar:account-above-byline")

