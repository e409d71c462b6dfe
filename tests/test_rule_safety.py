"""No regular expression of the package can backtrack catastrophically (issue #10).

Two checks.  Structurally, no line rule has nested quantifiers (`cleanrepost.regex_safety`), and a user's
`Lexicon.extended` rule with them is refused.  By running, every pattern of the package — the line rules through
`Lexicon` as `clean()` uses them (max_len applies), every other compiled pattern directly — is searched in strings
pumped from its own parse tree (tests/regex_pump.py) with 10 and 100 repetitions: the time must grow about as
the length does.  Timing is only compared within one pattern, as the minimum of several runs, and a suspect is
confirmed at 1,000 repetitions before it fails: a super-linear pattern grows 100× or more per decade, a linear
one 10×, so the verdict does not depend on the machine's speed or load.  A hung match is interrupted (SIGALRM)
after HANG_S seconds and fails at once.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

import pytest

import cleanrepost
from cleanrepost.lazy_re import LazyPattern
from cleanrepost import CleanError, Lexicon, LineRule
from cleanrepost.lexicon import LINE_RULES
from cleanrepost.regex_safety import nested_quantifiers

sys.path.insert(0, str(Path(__file__).parent))
import sample_article  # noqa: E402
from regex_pump import Sampler  # noqa: E402
from strategies import within  # noqa: E402

RATIO = 30.0  # a decade of length may cost at most this much more (linear: 10×, quadratic: 100×)
NOISE_S = 50e-6  # below this a 100× run is too quick to judge (timer and scheduling noise)
HANG_S = 2.0  # a single pumped match running this long is catastrophic on any machine
PKG = Path(cleanrepost.__file__).parent

# Super-linear patterns in modules owned elsewhere, pinned until they are fixed (a pin that passes fails).
KNOWN_SUPERLINEAR: dict[str, str] = {
    # matched only through protected.py's linear scanners (one anchored match per @, spans bounded by the scan),
    # never searched over a whole line: the raw pattern stays super-linear, its use does not
    "cleanrepost.normalize.chars._FW_DOMAIN": "[A-Za-z0-9-]+(?:[.．][A-Za-z0-9-]+)+ tried at every letter; used via address_spans",
    "cleanrepost.normalize.punct._MASK_DOMAIN": "as _FW_DOMAIN; used via protected.address_spans",
    "cleanrepost.protected.NUMBER": "the number definition; protected.number_spans finds its matches in linear time",
}


def _guarded(fn, *args):
    """fn(*args), interrupted after HANG_S seconds where SIGALRM exists: TimeoutError then."""
    try:
        return within(HANG_S, fn, *args)
    except AssertionError as e:  # within's report of a hang
        raise TimeoutError(str(e)) from None


def _time(fn, s: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn(s)
        best = min(best, time.perf_counter() - t)
    return best


def superlinear(fn, prefix: str, pump: str, suffix: str) -> str | None:
    """Why fn (a search) is super-linear on prefix + pump*N + suffix, or None."""
    s = [prefix + pump * n + suffix for n in (10, 100, 1000)]
    try:
        a, b = _guarded(_time, fn, s[0]), _guarded(_time, fn, s[1])
        if b < NOISE_S or b < RATIO * a:
            return None
        a, b = _guarded(_time, fn, s[0], 5), _guarded(_time, fn, s[1], 5)
        if b < NOISE_S or b < RATIO * a:
            return None
        c = _guarded(_time, fn, s[2], 3)
        if c < RATIO * b:
            return None
        return f"{b * 1e3:.2f} ms at 100 pumps, {c * 1e3:.1f} ms at 1000"
    except TimeoutError:
        return f"over {HANG_S} s"


def _fails(fn, sampler: Sampler) -> str | None:
    for prefix, pump, suffix in sampler.pumps():
        why = superlinear(fn, prefix, pump, suffix)
        if why:
            return f"{why} on {prefix!r} + {pump!r}*N + {suffix!r}"
    return None


# -- collecting the package's patterns -----------------------------------------------------------------------
def _module_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(cleanrepost.__path__, "cleanrepost."):
        if info.name.endswith("__main__") or ".integrations." in info.name:
            continue
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, LazyPattern):  # compiled on first use: check what it compiles to
                value = re.compile(value.pattern, value._flags)
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(f"{info.name}.{name}", value)
    return found


def _runtime_patterns() -> dict[str, re.Pattern[str]]:
    """Patterns the package compiles while cleaning sample pages (built from the lexicon, inline re.sub …),
    named file:function of the code that compiled them."""
    found: dict[str, re.Pattern[str]] = {}
    original = re._compile  # type: ignore[attr-defined]
    re_dir = str(Path(re.__file__).parent)

    def spy(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(re_dir):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_filename.startswith(str(PKG)) and isinstance(pattern, str):
            where = Path(frame.f_code.co_filename).relative_to(PKG).as_posix() + ":" + frame.f_code.co_name
            if compiled not in found.values():  # the n-th pattern a function compiles: where#n
                n = sum(k.split("#")[0] == where for k in found)
                found[where if n == 0 else f"{where}#{n + 1}"] = compiled
        return compiled

    re._compile = spy  # type: ignore[attr-defined]
    try:
        lexicon = Lexicon.default().extended(sidebar_headings=["测试栏目"])  # fresh: its views compile now
        for page in (sample_article.PAGE, sample_article.dump()):
            cleanrepost.clean(page, lexicon=lexicon)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return found


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern except the line rules (and lexicon.py's joined copies of them): those are checked through
    Lexicon below."""
    rules = {r.regex.pattern for r in LINE_RULES}
    out = dict(_module_patterns())
    for where, p in _runtime_patterns().items():
        if where.startswith(("lexicon.py:_", "knowledge/matcher.py:_")) or p.pattern in rules:
            continue  # the matcher's: each rule's own pattern (checked as a line rule below) and its gate, an
            # alternation of escaped plain strings (no quantifier at all)
        if p not in out.values():
            out[where] = p
    return out


PATTERNS = package_patterns()


# -- structure ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern,nested", [
    (r"(a+)+b", True), (r"(?:\s*x)*", True), (r"(?:a{1,14}\s*){2,}", True), (r"(a*){2}", True),
    (r"(?:\d{1,2}[.]){1,3}", False), (r"a+b*c+", False), (r"(?:ab)+", False), (r"(?=(a+)+)", True),
    (r"(?:x(?=a+))+", False), (r"(?:[|｜]\s{0,120}\w{1,14}){1,60}", False),
])
def test_nested_quantifiers_are_found_from_the_parse_tree(pattern, nested):
    assert bool(nested_quantifiers(pattern)) is nested


def test_no_line_rule_has_nested_quantifiers():
    assert {r.name: nested_quantifiers(r.regex) for r in LINE_RULES if nested_quantifiers(r.regex)} == {}


def test_an_extension_with_nested_quantifiers_is_refused():
    with pytest.raises(CleanError, match="nested quantifiers"):
        Lexicon.default().extended(line_rules=[LineRule("x.menu", "navigation", r"^(?:\s*\|\s*\w{1,14}){2,}$")])
    with pytest.raises(CleanError, match="bad pattern"):
        Lexicon.default().extended(line_rules=[LineRule("x.bad", "junk", r"^(unclosed")])
    ok = Lexicon.default().extended(line_rules=[LineRule("x.menu", "navigation", r"^(?:\s{0,9}\|\s{0,9}\w{1,14}){2,9}$")])
    assert ok.match_line("| 新闻 | 公告")[0].name == "x.menu"  # the bounded form is accepted and used


# -- pumped runs ----------------------------------------------------------------------------------------------
def _rule_fits(rule: LineRule, prefix: str, pump: str, suffix: str) -> str:
    """The longest pumped string the rule still applies to (its max_len): where a rule's own cost shows."""
    limit = rule.max_len or 10_000
    n = max(1, (limit - len(prefix) - len(suffix)) // len(pump))
    return prefix + pump * n + suffix


@pytest.mark.parametrize("rule", LINE_RULES, ids=lambda r: r.name)
def test_line_rules_stay_linear_as_clean_uses_them(rule):
    """Through Lexicon (every rule, the joined quick-reject, max_len): 10×/100× pumps grow linearly, and the
    longest string the rule still applies to finishes."""
    first_match = Lexicon(line_rules=LINE_RULES)._first_match  # no memo: every call does the work
    sampler = Sampler(rule.regex)
    failure = _fails(first_match, sampler)
    assert failure is None, f"{rule.name}: {failure}"
    for prefix, pump, suffix in sampler.pumps():
        try:
            _guarded(first_match, _rule_fits(rule, prefix, pump, suffix))
        except TimeoutError:
            pytest.fail(f"{rule.name}: over {HANG_S} s on {prefix!r} + {pump!r}*N + {suffix!r} up to max_len")


def test_the_menu_bar_rule_still_reads_menu_bars():
    lex = Lexicon.default()
    for line in ("热门站点| 世界资料网 | 中国政府网", "新闻中心 | 政务公开 | 办事服务 |", "要闻｜通知公告｜政策文件"):
        hit = lex.match_line(line)
        assert hit is not None and hit[0].name == "navigation.menu-bar", line
    for line in ("纪检监察 |  | 2168", "一 | 二", "第一条 | 本办法自2024年起施行 | 由市政府负责解释",
                 "这一项目的名称特别特别特别长超过了十四个字 | 二 | 三"):
        hit = lex.match_line(line)
        assert hit is None or hit[0].name != "navigation.menu-bar", line


def test_the_reported_menu_bar_lines_are_cleaned():
    """Issue #10: 65 characters of pipes and spaces took 20+ s (nested repeats over the spaces)."""
    for data, kind in (("纪检监察" + (" |" + " " * 12) * 4 + " 2168", "text"),
                       ("<div>纪检监察" + ("\u3000|" + "\u3000" * 12) * 4 + "\u30002168</div>", "html")):
        doc = _guarded(cleanrepost.clean, data) if kind == "html" else _guarded(
            lambda d: cleanrepost.clean(d, kind="text"), data)
        assert "2168" in doc.text + "".join(r.text for r in doc.removed)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_package_patterns_stay_linear(name):
    failure = _fails(PATTERNS[name].search, Sampler(PATTERNS[name]))
    if name in KNOWN_SUPERLINEAR:
        assert failure is not None, f"{name} is linear now: remove its KNOWN_SUPERLINEAR pin"
        pytest.xfail(KNOWN_SUPERLINEAR[name])
    assert failure is None, f"{name}: {failure}"


def test_every_pin_names_a_collected_pattern():
    assert set(KNOWN_SUPERLINEAR) <= set(PATTERNS)
