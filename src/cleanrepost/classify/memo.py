"""Answers about a line's text remembered for one page, while `classify()` runs on it.

A dump's line goes through a dozen passes, and several ask the same question of the same text: `folded()` runs
about six times per line, `is_document_part()` several times.  Each is a regex scan of the whole line (Python's
`re` reads Han text at tens of nanoseconds a character), so a page remembers the answers of its own lines.

The memo lives for one `classify()` call in one thread (`threading.local`): it starts empty for every page and
is dropped when the page is done, so a page that repeats an earlier one is not answered any faster than a new
one (benchmarks/text_speed.py keeps every line unique all the same).  Outside `classify()` the functions run
unremembered.  Only pure functions of the text are wrapped: remembering changes no answer.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import wraps
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
_MISSING = object()
_state = threading.local()  # .memos: {function name: {text: answer}} for the page being classified, or None


def per_page(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn(text)`, remembered per text for the page `one_page()` is classifying."""
    name = fn.__qualname__

    @wraps(fn)
    def remembered(text: str) -> T:
        memos = getattr(_state, "memos", None)
        if memos is None:
            return fn(text)
        memo = memos.get(name)
        if memo is None:
            memo = memos[name] = {}
        # (get with a marker, not try/except KeyError: a line's first question is a miss, and raising costs more
        # than the lookup)
        answer = memo.get(text, _MISSING)
        if answer is _MISSING:
            answer = memo[text] = fn(text)
        return answer

    return remembered


@contextmanager
def one_page() -> Iterator[None]:
    """Remember answers while the block runs; forget them after (a nested call keeps the outer page's memo)."""
    outer = getattr(_state, "memos", None)
    _state.memos = {} if outer is None else outer
    try:
        yield
    finally:
        _state.memos = outer
