"""Language and script identification that is deterministic and cheap for Chinese pages.

Order of questions (see ../shared/notes/chinese-text.md §4):
1. Script counts: Han / (Han + Latin letters + kana + hangul).  Kana or hangul answer "ja"/"ko"; a Han share of
   at least 0.3 answers "zh".  Exact for this domain, microseconds, and never the Traditional-is-Korean mislabel.
2. Hans vs Hant: run OpenCC t2s over up to 2,000 Han characters and count the positions it changes.
3. Only text that is none of the above goes to langdetect, through one private, seeded factory per process that
   knows a few profiles, on a ~1,000-character sample.  The global langdetect factory is never used: it loads 55
   profiles (0.6 s, 76 MB) and answers differently run to run.
"""
from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import lazy_re

# Han ideographs: 〇 (the zero of 二〇一九年), Extension A, URO, compatibility ideographs, Extensions B..H.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RUN = lazy_re.compile(f"[{HAN}]+")
_HAN_ANY = lazy_re.compile(f"[{HAN}]")
_LATIN_RE = lazy_re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_KANA_RE = lazy_re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL_RE = lazy_re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA_OR_HANGUL = lazy_re.compile("[" + _KANA_RE.pattern[1:-1] + _HANGUL_RE.pattern[1:-1] + "]")

ZH_MIN_HAN_SHARE = 0.3  # Han / letters at or above this is Chinese
HANT_MIN_CHANGED = 0.05  # share of Han positions t2s changes above which a text is Traditional
SCRIPT_SAMPLE = 2500  # characters looked at for Hans/Hant (about 2,000 Han in Chinese text)
RATIO_SAMPLE = 5000  # characters looked at for the Han ratio
LANGDETECT_SAMPLE = 1000  # characters of body handed to langdetect
LANGDETECT_SEED = 0
# Profiles the private factory loads.  No "ko"/"ja": hangul and kana are counted exactly above, and the "ko"
# profile is what steals Traditional Chinese.  zh-cn/zh-tw stay for Chinese mixed into Latin-heavy text.
LANGDETECT_PROFILES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "vi", "id", "zh-cn", "zh-tw")


@lru_cache(maxsize=None)
def converter(config: str) -> Any:
    """The process's one OpenCC converter for `config` ("t2s" or "s2t"), built on first use.

    The binding holds the GIL, so one converter per process (and processes for parallelism) is the whole design.
    """
    import opencc

    if not hasattr(opencc, "CONFIGS"):  # opencc-python-reimplemented installs the same import name
        raise ImportError("cleanrepost needs the official 'opencc' package, not opencc-python-reimplemented")
    return opencc.OpenCC(config)


def han_count(text: str) -> int:
    # Deleting the Han runs leaves the rest: one match per run, where deleting the Han one by one (or listing it)
    # costs one match per character, six times slower on Chinese text.  (Deleting the runs between Han is the
    # same count, but the failed match attempts then fall on the Han characters, most of a Chinese text.)
    return len(text) - len(_HAN_RUN.sub("", text))


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(Han, Latin letters, kana, hangul) characters in `text`."""
    def count(rx: re.Pattern[str]) -> int:
        return len(rx.findall(text)) if rx.search(text) else 0

    return han_count(text), count(_LATIN_RE), count(_KANA_RE), count(_HANGUL_RE)


def _by_script(text: str) -> str | None:
    """'zh', 'ja' or 'ko' when the writing system settles it, else None."""
    sample = text[:RATIO_SAMPLE]
    if not _KANA_OR_HANGUL.search(sample):
        # No kana or hangul: only the Han share can answer, and Latin letters are at most the non-Han characters,
        # so a Han share of the whole sample that reaches the threshold settles it without counting them (most
        # Chinese pages: one scan less).  No Han at all can only answer None.
        han = han_count(sample)
        if not han:
            return None
        if han / len(sample) >= ZH_MIN_HAN_SHARE:
            return "zh"
    han, latin, kana, hangul = script_counts(sample)
    letters = han + latin + kana + hangul
    if not letters:
        return None
    if hangul / letters >= ZH_MIN_HAN_SHARE:
        return "ko"
    if kana and kana >= 0.1 * (han + kana) and (han + kana) / letters >= ZH_MIN_HAN_SHARE:
        return "ja"
    if han / letters >= ZH_MIN_HAN_SHARE:
        return "zh"
    return None


def is_chinese(text: str) -> bool:
    """The Han-ratio test alone (no langdetect): what standalone `normalize()` uses before converting script."""
    return _by_script(text) == "zh"


def t2s_changed(text: str) -> tuple[int, int]:
    """(Han positions t2s would change, Han positions looked at) on a sample of `text`."""
    sample = text[:SCRIPT_SAMPLE]  # a prefix, not the Han alone: OpenCC converts by phrase
    han = han_count(sample)
    if not han:
        return 0, 0
    out = converter("t2s").convert(sample)
    if out == sample:
        return 0, han
    if len(out) != len(sample):  # t2s maps character for character; align in case a phrase ever does not
        ops = SequenceMatcher(None, sample, out, autojunk=False).get_opcodes()
        return min(han, sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal")), han
    return sum(1 for a, b in zip(sample, out) if a != b), han


def detect_script(text: str) -> str | None:
    """'Hant' when more than HANT_MIN_CHANGED of the sampled Han positions change under t2s, 'Hans' when there is
    Han text that does not, None when there is no Han at all."""
    sample = text[:SCRIPT_SAMPLE]
    if not _HAN_ANY.search(sample):  # stops at the first Han character; t2s_changed would count them all
        return None
    if converter("t2s").convert(sample) == sample:  # nothing to change: Simplified, the usual answer
        return "Hans"
    changed, han = t2s_changed(text)
    return "Hant" if changed > HANT_MIN_CHANGED * han else "Hans"


@lru_cache(maxsize=1)
def _factory() -> Any:
    """The process's private langdetect factory: seeded, with LANGDETECT_PROFILES loaded in a fixed order."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    factory.set_seed(LANGDETECT_SEED)
    for index, name in enumerate(LANGDETECT_PROFILES):
        data = json.loads((Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(LANGDETECT_PROFILES))
    return factory


def chinese_script(text: str) -> str | None:
    """'Hans'/'Hant' when the Han-ratio test calls `text` Chinese, else None."""
    return detect_script(text) if is_chinese(text) else None


def _langdetect(sample: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _factory().create()
        detector.append(sample)
        lang = detector.detect()
    except LangDetectException:
        return None
    if lang in ("unknown", None):
        return None
    return "zh" if lang.startswith("zh") else lang


def detect_lang(text: str) -> str | None:
    """ISO 639-1-style code of `text` ("zh", "en", "ja", ...) or None when undecided.  Deterministic."""
    by_script = _by_script(text)
    if by_script:
        return by_script
    sample = text[:LANGDETECT_SAMPLE]
    if not _LATIN_RE.search(sample) and not re.search(r"[\u0400-\u04ff]", sample):
        return None  # digits and symbols only: nothing a language model can say
    return _langdetect(sample)
