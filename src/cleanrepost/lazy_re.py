"""Regular expressions compiled on first use, so that `import cleanrepost` does not pay for all of them.

Compiling is pure Python in CPython's `re` and the Han character classes are large: compiled eagerly, the
normalization rules alone cost tens of milliseconds at import, also for a process that never normalizes.
`compile()` returns a stand-in that compiles on the first attribute access and then copies the compiled
pattern's bound methods onto itself, so every later call is an ordinary attribute hit (no indirection on the
hot path).  `warm_up()` (cleanrepost.warm) calls `compile_all()` so a parent process can compile everything
once before forking its workers.
"""
from __future__ import annotations

import re
from typing import Any

_FORWARDED = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split", "flags", "groups",
              "groupindex", "scanner")
_MADE: list["LazyPattern"] = []


class LazyPattern:
    """A stand-in for `re.compile(pattern, flags)`; `.pattern` is available without compiling."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only reached while not yet compiled (or for unknown names)
        if name.startswith("__") or name not in _FORWARDED:
            raise AttributeError(name)
        rx = re.compile(self.pattern, self._flags)
        for attr in _FORWARDED:
            setattr(self, attr, getattr(rx, attr))
        return getattr(rx, name)

    def compiled(self) -> bool:
        return "search" in self.__dict__

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """Like `re.compile`, compiled on first use.  Typed as a Pattern: it answers every call a Pattern does."""
    lazy = LazyPattern(pattern, flags)
    _MADE.append(lazy)
    return lazy  # type: ignore[return-value]


def compile_all() -> int:
    """Compile every pattern made so far; returns how many were compiled now."""
    todo = [p for p in _MADE if not p.compiled()]
    for p in todo:
        p.search  # noqa: B018 - the first access compiles
    return len(todo)
