"""Stage 2 (text dumps): a flattened page → one Block per non-empty line."""
from __future__ import annotations

import re

from . import grammar, lazy_re
from .model import Block, Removal, Segmented

# Layout whitespace at line ends: ASCII, NBSP, ideographic space, other Unicode spaces.
_EDGE_WS = " \t\r\f\v\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff"
_LINE_BREAKS = lazy_re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_OTHER_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"  # every character _LINE_BREAKS can match
# A jammer run is 4-12 ASCII letters and digits with a lowercase letter among them (grammar._JAM_IN_LINE): a line
# without four in a row, or without any lowercase ASCII letter (a date, a phone number), holds none, and these
# plain scans are far cheaper than the jammer pattern's lookbehind tried at every character.
_ALNUM_RUN = re.compile(r"[0-9A-Za-z]{4}")
_LOWER = re.compile(r"[a-z]")


def _may_jam(text: str) -> bool:
    return bool(_ALNUM_RUN.search(text)) and bool(_LOWER.search(text))


def segment_text(text: str, *, max_blocks: int | None = None) -> Segmented:
    # (the substitution scans the whole text character by character; a dump with \n breaks only skips it)
    if any(c in text for c in _OTHER_BREAKS):
        text = _LINE_BREAKS.sub("\n", text)
    lines = text.split("\n")
    blocks: list[Block] = []
    blank_before = False
    for i, line in enumerate(lines):
        s = line.strip(_EDGE_WS)
        if not s:
            blank_before = True
            continue
        if max_blocks is not None and len(blocks) >= max_blocks:
            return Segmented(blocks=blocks, removed=_unjam(blocks) + [over_limit(lines[i:], len(blocks))],
                             flags=["truncated"])
        # (positional, in Block's field order: text, index, tag, link_chars, in_content, hints, table_row, group,
        # gap_before; keywords cost twice as much, once per line)
        blocks.append(Block(s, len(blocks), "line", 0, True, (), None, None, blank_before))
        blank_before = False
    return Segmented(blocks=blocks, removed=_unjam(blocks))


def _unjam(blocks: list[Block]) -> list[Removal]:
    """Anti-copy jammer strings inserted into the lines ("会议指出xK9aQ，要…") come out of the text; each line's runs
    are kept as a `hidden` Removal, so the change leaves a trace."""
    # (lines _may_jam rejects cannot add to what jammer_runs counts, so leaving them out changes nothing)
    runs = grammar.jammer_runs([b.text for b in blocks if _may_jam(b.text)])
    removed: list[Removal] = []
    if runs:
        for b in blocks:
            if not _may_jam(b.text):
                continue
            text, taken = grammar.strip_jammers(b.text, runs)
            if taken:
                b.text = text
                removed.append(Removal(kind="hidden", text=" ".join(taken), reason="shape:jammer-in-line", index=b.index))
    return removed


def over_limit(rest: list[str], index: int) -> Removal:
    """The text past the block limit, as one Removal: not examined, but not lost without a trace either."""
    text = "\n".join(s for s in (x.strip(_EDGE_WS) for x in rest) if s)
    return Removal(kind="over-limit", text=text, reason="limit:max-blocks", index=index)
