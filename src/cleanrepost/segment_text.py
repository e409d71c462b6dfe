"""Stage 2 (text dumps): a flattened page → one Block per non-empty line."""
from __future__ import annotations

import re

from .model import Block, Segmented

# Layout whitespace at line ends: ASCII, NBSP, ideographic space, other Unicode spaces.
_EDGE_WS = " \t\r\f\v\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff"
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")


def segment_text(text: str) -> Segmented:
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    blocks: list[Block] = []
    blank_before = False
    for line in lines:
        s = line.strip(_EDGE_WS)
        if not s:
            blank_before = True
            continue
        blocks.append(Block(text=s, index=len(blocks), tag="line", gap_before=blank_before))
        blank_before = False
    return Segmented(blocks=blocks)
