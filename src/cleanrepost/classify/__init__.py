"""Stage 3: label every block as title, body, heading, field (provenance) or boilerplate.

The classifier runs the passes of `STAGES` in order, each a small function over the whole block list (like
jusText): first context-free labelling of single lines, then context passes that read a line's place.

  labels.py         info bars, flattened gov-table rows, the lexicon's whole-line rules   (context-free)
  html_features.py  HTML only: chrome inside the content container from markup features (hints, link density)
  sidebars.py       a sidebar heading with its run of items; headless runs of dated/truncated titles
  span.py           text dumps: furniture by shape, the header before the headline, the tail after the article
  titles.py         the headline (markup hint; for dumps the 名称/标题 value or the line with the most evidence)
  fields.py         fallback provenance: a self-media account, a document's dateline, the site's own credit, a wire
                    dateline
  shapes.py, tuning.py   what one line looks like, every threshold (dates: the one date grammar, grammar/dates.py)

Each decision stores the rule name in `Block.reason`, which becomes `Removal.reason`.  Rules are matched against
`folded()` text (full-width digits/letters as ASCII).  A text dump is an input whose every block is tagged
"line"; HTML gets its headline from the markup.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from ..lexicon import Lexicon
from ..model import BODY, HEADING, Block
from .fields import mark_account_lines, mark_document_dateline, mark_own_paper, mark_self_credit, mark_wire_source
from .html_features import mark_html_blocks
from .labels import mark_gov_labels, mark_info_lines, mark_line_rules
from .memo import one_page
from .shapes import (folded, is_dated_or_truncated, is_document_part, is_menu_like, is_open, is_prose,
                     is_sidebar_item, is_tail_prose, is_title_like, title_overlap)
from .sidebars import mark_sidebars
from .span import END_KINDS, mark_header, mark_shaped_lines, mark_span, mark_tail
from .titles import mark_dump_title, mark_title
from .tuning import *  # noqa: F401,F403  (every threshold stays importable as cleanrepost.classify.NAME)


def mark_body(blocks: list[Block]) -> None:
    """Everything left: paragraphs, and short title-like lines as sub-headings."""
    for b in blocks:
        if is_open(b):
            if is_prose(b.text):
                b.mark(BODY, None, "body:prose")
            else:
                b.mark(HEADING if is_title_like(b.text) else BODY, None, "body:short-line")


class Run(NamedTuple):
    """What a pass may depend on besides the blocks."""
    lexicon: Lexicon
    title_hint: str | None
    text_dump: bool  # every block is a line of a flattened text: no markup features, no markup headline


class Stage(NamedTuple):
    name: str
    apply: Callable[[list[Block], Run], None]
    when: Callable[[Run], bool]


def _always(run: Run) -> bool:
    return True


def _dump(run: Run) -> bool:
    return run.text_dump


def _markup(run: Run) -> bool:
    return not run.text_dump


def _dump_without_hint(run: Run) -> bool:  # the headline must be found among the dump's lines
    return run.text_dump and not run.title_hint


def _with_hint_or_markup(run: Run) -> bool:
    return not _dump_without_hint(run)


STAGES: tuple[Stage, ...] = (
    # context-free labelling
    Stage("info-lines", lambda bs, r: mark_info_lines(bs, r.lexicon), _always),
    Stage("gov-labels", lambda bs, r: mark_gov_labels(bs, r.lexicon), _always),
    Stage("line-rules", lambda bs, r: mark_line_rules(bs, r.lexicon), _always),
    Stage("html-features", lambda bs, r: mark_html_blocks(bs, r.lexicon), _markup),
    # context passes
    Stage("sidebars", lambda bs, r: mark_sidebars(bs, r.lexicon), _always),
    Stage("shaped-lines", lambda bs, r: mark_shaped_lines(bs, r.lexicon), _dump),
    Stage("account-lines", lambda bs, r: mark_account_lines(bs, r.lexicon), _dump),
    Stage("dump-title", lambda bs, r: mark_dump_title(bs, r.lexicon), _dump_without_hint),
    Stage("header", lambda bs, r: mark_header(bs, r.lexicon), _dump_without_hint),
    Stage("title", lambda bs, r: mark_title(bs, r.title_hint), _with_hint_or_markup),
    Stage("tail", lambda bs, r: mark_tail(bs), _always),
    Stage("span", lambda bs, r: mark_span(bs, r.lexicon), _dump),
    Stage("document-dateline", lambda bs, r: mark_document_dateline(bs, r.lexicon), _always),
    Stage("self-credit", lambda bs, r: mark_self_credit(bs, r.lexicon), _dump),
    Stage("own-paper", lambda bs, r: mark_own_paper(bs, r.lexicon), _dump),
    Stage("wire-source", lambda bs, r: mark_wire_source(bs, r.lexicon), _always),
    Stage("body", lambda bs, r: mark_body(bs), _always),
)


def classify(blocks: list[Block], lexicon: Lexicon, *, title_hint: str | None = None) -> list[Block]:
    run = Run(lexicon, title_hint, bool(blocks) and all(b.tag == "line" for b in blocks))
    with one_page():  # the passes ask the same questions of a line's text: answered once per page
        for stage in STAGES:
            if stage.when(run):
                stage.apply(blocks, run)
    return blocks
