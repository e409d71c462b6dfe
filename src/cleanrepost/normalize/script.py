"""Script conversion (OpenCC t2s / s2t), decided once per document on the text the rules produced."""
from __future__ import annotations

from .. import langid
from ..model import CleanError
from .common import Counts, _add, _changed

SCRIPTS = ("simplified", "traditional", "keep")


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

