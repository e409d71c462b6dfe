"""Where the text came from: 原文链接 / 阅读原文 links, and source names cleaned of city suffixes."""
from __future__ import annotations

import re

from ..knowledge.context import shape_patterns
from ..lexicon import Lexicon
from .bodyscan import Scan
from .text import collapse
ORIGINAL_SCANNED = 50  # texts mentioning 原文 looked at (the link is near the article, not in a long list)
COPYRIGHT_SCANNED = 6  # texts naming a copyright holder looked at (a footer has one or two)
UNIT_NAME_MAX = 8  # an internal unit named without its organ is short (研究室, 市政协办公室)
OWNER_LINE_MAX = 200  # the footer line holding the holder's name
_COPYRIGHT_TEXTS = "//body//text()[contains(., '版权所有') or contains(., 'Copyright') or contains(., '©')]"
# the marks of a copyright line, and the parts between its separators (the holder's name is one of them)
_COPYRIGHT_MARK = re.compile(r"版权所有|Copyright|©", re.I)
_OWNER_PART = re.compile(r"(?:(?!版权所有)[^\s:：©|｜,，()（）])+")


def original_link(sc: Scan, lexicon: Lexicon) -> str | None:
    """The href of a 原文链接 / 阅读原文 link, or of the link right after a 原文链接： label."""
    words = lexicon.source_link_texts
    for text, el, is_tail in sc.original[:ORIGINAL_SCANNED]:
        t = collapse(text).strip("[]【】()（）:： ")
        link = None
        if not is_tail and el.tag == "a" and t in words:
            link = el  # <a>阅读原文</a>
        elif any(t.endswith(w) for w in words):  # 原文链接：<a href=…>…</a>
            # the label is a tail (…<br>原文链接：<a>), the text before a child link (<p>原文链接：<a>), or a
            # labelling element of its own (<span>原文链接：</span><a>)
            nxt = el.getnext() if is_tail else (el[0] if len(el) else el.getnext())
            if nxt is not None and nxt.tag == "a":
                link = nxt
        if link is not None and (link.get("href") or "").strip():
            return link.get("href").strip()
    return None


def clean_source_name(name: str, lexicon: Lexicon | None = None) -> str:
    """'财经网(北京)' → '财经网': city suffixes and stray brackets go."""
    name = name.strip(" |｜[]【】")
    name = shape_patterns(lexicon).city_suffix.sub("", name).strip()
    return name


def internal_unit(name: str, lexicon: Lexicon) -> bool:
    """A unit inside an organ named without the organ: 研究室, 基础教育股, 镇林业站 (lexicon.unit_suffixes; no place level
    such as 县 or 镇 after its first character, which 某某县林业站 has).  An organ's short form (市政府办公室: an
    organ's ending, lexicon.organ_suffixes) is a credit of its own."""
    return (len(name) <= UNIT_NAME_MAX and name.endswith(tuple(lexicon.unit_suffixes))
            and not name.endswith(tuple(lexicon.organ_suffixes))
            and not any(level in name[1:] for level in lexicon.place_levels))


def site_owner(root, lexicon: Lexicon) -> str | None:
    """The organ holding the site's copyright (北岚市中级人民法院 版权所有, Copyright © 2012-2018 某县教育局, 版权所有：某镇
    人民政府): the name of the site's owner, by the organ shape (lexicon.organ_suffixes), the one nearest the mark
    (not the 技术支持 vendor printed on the same line)."""
    organ = shape_patterns(lexicon).organ_line
    for text in root.xpath(_COPYRIGHT_TEXTS)[:COPYRIGHT_SCANNED]:
        parent = text.getparent()
        for line in (str(text), collapse(parent.text_content()) if parent is not None else ""):
            if len(line) > OWNER_LINE_MAX:
                continue
            marks = [m.start() for m in _COPYRIGHT_MARK.finditer(line)]
            names = [(min(abs(m.start() - k) for k in marks), m.group(0)) for m in _OWNER_PART.finditer(line)
                     if organ.match(m.group(0))] if marks else []
            if names:
                return min(names)[1]
    return None


def owner_as_source(fields: dict[str, str], meta: dict, root, lexicon: Lexicon, publisher: str = "") -> None:
    """A page crediting its own site is its owner's: 来源：研究室 on a court's site is that court's research office, the
    source named in full (某某市中级人民法院研究室; the unit as printed stays in meta["source_unit"]); with 来源：本站原创
    (lexicon.self_sources; kept in meta["source_declared"]), or no 来源 and a unit as the author (作者：镇林业站) or a
    CMS user as the poster (发布者：admin), the site's owner is the source; an organ as the poster (发布者：县人大办) is
    the source itself.  A page crediting no one keeps no source."""
    unit = fields.get("source_name") or ""
    if not unit and publisher and shape_patterns(lexicon).organ_line.match(publisher):
        fields["source_name"] = publisher
        return
    own = unit in lexicon.self_sources  # 来源：本站原创: the site itself
    if not (internal_unit(unit, lexicon) or own or (not unit and (
            publisher or internal_unit(fields.get("author") or "", lexicon)))):
        return
    owner = site_owner(root, lexicon)
    if owner:
        if own:
            meta.setdefault("source_declared", unit)
        elif unit:
            meta.setdefault("source_unit", unit)
        fields["source_name"] = owner + ("" if own else unit)
