"""Every threshold of the classifier, named, with why it has its value; and `Tuning`, the same values as one
frozen object a `Lexicon` carries (`Lexicon.tuning`), so a caller can override one:

    lex = Lexicon.default().tuned(gov_min_rows=3)

Lengths are in characters of a block's text, shares are fractions of characters.  `Tuning`'s fields are these
names in lower case, with these values as defaults.  The stages that have the run's lexicon read `OVERRIDABLE`
ones from `lexicon.tuning`; the others are read by name inside the per-line helpers of classify (shapes, titles,
sidebars, span), which do not get a lexicon yet, so `Lexicon.tuned()` refuses them rather than ignore them.
`cleanrepost.classify` re-exports the names.
"""
from __future__ import annotations

from dataclasses import field, make_dataclass

# -- prose and titles ------------------------------------------------------------------------------------------
PARAGRAPH_LEN = 80  # a line longer than this is a paragraph whatever its punctuation (flattened text may have none)
TITLE_MAX = 60  # a headline longer than this is unusual even for 公文 titles with 《》
TITLE_LONG = 8  # headlines are usually at least this long (Han characters, for a first line with clauses)
TITLE_SHORT = 4  # a head line this short is more often a column name than a headline
TITLE_CANDIDATE_MIN = 4  # a head line shorter than this is never a dump's headline candidate
HEAD_DATE_SPAN = 12  # a date within a line's first characters makes it a list item or an info line, not a headline
FIRST_PARAGRAPH_MIN = 12  # a shorter sentence is no proof that the article has begun (a slogan, a greeting)

# -- headline evidence in text dumps (`titles._title_evidence`) ------------------------------------------------
TITLE_OVERLAP = 0.4  # share of a headline's character bigrams that the article's paragraphs repeat
CRUMB_OVERLAP_MIN = 0.2  # a headline shown only as the breadcrumb's end: the crumb is the strong sign, a few shared
# words confirm it names this article
TITLE_OVERLAP_ABOVE_CHROME = 0.3  # ... for a line right above the info bar / toolbar (a headline's usual place)
TITLE_MIN_EVIDENCE = 2  # one strong sign (breadcrumb end, repeat, shared words, above the info line) or two weak
EVIDENCE_BREADCRUMB = 3  # the breadcrumb's last crumb names the page: the strongest sign there is
EVIDENCE_STRONG = 2  # a sign that alone makes a headline (repeat, shared words, document-title form …)
EVIDENCE_WEAK = 1  # a sign that needs another one
AFTER_INFO_PENALTY = 2  # a line after an info line naming the outlet/author is inside the article already
BODY_BIGRAM_CHARS = 4000  # the article's opening this long holds its headline's words; reading more only costs

# -- sidebars, lists and menus ---------------------------------------------------------------------------------
ITEM_MAX = 40  # a sidebar item (truncated title, maybe with a date)
ITEM_DATED_MAX = ITEM_MAX + 12  # ... with room for the date or ellipsis it carries ("某某通知... 2021-03-08")
MIN_RUN = 3  # title-like lines needed after a sidebar heading, or dated/bulleted titles in a headless list
GLUED_BOX_MAX = 3  # a heading with this few open lines after it, near the end, is a glued "related" box
GLUED_PROSE_WINDOW = 4  # open lines after such a heading searched for a real paragraph (the heading was the article's)
TEASER_LINES = 2  # a glued box's first lines may be its own teasers: prose there does not make it article
REPEAT_PREFIX = 4  # a line opening with its first characters twice is a title glued to its teaser copy
MENU_MIN_ITEMS = 4  # space-separated items that make a menu row
MENU_ITEM_MAX = 8  # ... each this short at most

# -- labelled lines --------------------------------------------------------------------------------------------
INFO_MAX = 200  # an info bar is one short line
INFO_MIN_LABELS = 2  # labels an info bar without a leading date needs (one label alone is left to the line rules)
GOV_MIN_ROWS = 2  # adjacent label lines that make a flattened gov table ...
GOV_MIN_LABELS = 2  # ... or labels on one line that make it a table row by itself
CREDIT_VALUE_MAX = 40  # a 来源/作者 value longer than this is a sentence caught after the label, not a name
GOV_ROW_MAX = 300  # a flattened gov-table row; longer lines are paragraphs quoting the labels
DATELINE_MAX = 50  # "2003年5月12日,某某省财政厅": a date and an organ's name, nothing more

# -- HTML features ---------------------------------------------------------------------------------------------
LINK_LINE_SHARE = 0.6  # a non-prose line with this much link text is a related link
LINK_BOX_SHARE = 0.5  # a box with this much link text and no prose is a link box
PROSE_LINK_SHARE = 0.5  # prose with less link text than this counts as the box's own prose
LINKS_HEADING_MAX = 16  # a heading above removed link lines ("延伸阅读", "证券要闻") is this short
LINKS_UNDER_HEADING = 2  # ... and stands right above this many of them

# -- the article span of text dumps ----------------------------------------------------------------------------
HEADER_OPEN_MAX = 5  # a dump's header holds a few unlabelled lines at most; beyond that it is the article
COLUMN_NAME_MAX = 4  # ... not counting a menu printed one column name a line (政务公开, 互动交流: four Han at most)
SHORT_LINE_ARTICLE_MIN = 6  # short open lines in a dump's core that make it an article printed one clause a line
SHARE_ITEMS_MAX = 8  # a share bar printed one target a line ("分享：" / 微信 / 微博 …) has a few items
VALUE_MAX = 40  # a label's value alone on the next line ("信息来源：" / "某镇人民政府") is one short name
SHAPE_MAX = 80  # furniture and info lines are short; longer lines with clauses are paragraphs
CUT_LINE_MIN = 10  # Han characters of a dump's last line, right after the article, that make it the article cut off
CUT_CLAUSE_MIN = 16  # a longer line with inner clauses after the last sentence is a paragraph the dump cut off
# A text archive stores the first ~2,000 UTF-8 bytes of a page: a dump that long whose last line, right after the
# article, ends no sentence was cut there, though only a few characters of that line made it in ("会上，镇党委副书")
EXCERPT_BYTES_MIN, EXCERPT_BYTES_MAX = 1900, 2010
CUT_LINE_AT_CAP_MIN = 4  # Han characters of such a last line (fewer are a stray word)
CUT_AFTER_HEADINGS = 2  # open lines (a section's heading) that may stand between the last paragraph and the cut line
SLOGAN_MAX = 60  # a short sentence carrying a web address is the site's slogan, not the article
SIGNATURE_NEAR = 3  # a contact line this few lines above a 公文's signature date is the document's own
LIST_INTRO_MIN = 2  # a line ending in a colon introduces a list only when it says more than "注：" or "："
SELF_CREDIT_HEAD = 50  # head chrome lines searched for the site's own name (a header is a few lines; bounds the work)
SITE_NAME_MIN = 3  # a shorter 来源 value ("网站") is too common to be taken for the site's own name

_NAMES = [name for name in dir() if name.isupper()]
# A frozen dataclass of every threshold (fields in lower case), built from the constants above: one place per value.
Tuning = make_dataclass("Tuning", [(n.lower(), type(globals()[n]), field(default=globals()[n])) for n in _NAMES],
                        frozen=True)
Tuning.__doc__ = "Every classifier threshold (the constants of knowledge/tuning.py, in lower case); frozen."
Tuning.__module__ = __name__
DEFAULT_TUNING = Tuning()
# The thresholds the stages read from `lexicon.tuning` (the rest: see the module docstring).
OVERRIDABLE: frozenset[str] = frozenset({
    "info_max", "info_min_labels", "gov_min_rows", "gov_min_labels", "credit_value_max", "gov_row_max",
    "link_line_share", "link_box_share", "prose_link_share", "links_heading_max", "links_under_heading",
    "dateline_max", "self_credit_head", "site_name_min",
})
__all__ = _NAMES  # what `from .tuning import *` re-exports
