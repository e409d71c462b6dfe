"""One task: clean a Task into its Result, with a per-page time limit; never raises."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from ..model import Document
from ..options import clean_or_error
from .jsoncodec import loads
from .output import finish
from .sniff import not_a_page
from .tasks import Result, Settings, Task


class PageTimeout(BaseException):
    """A page ran over --timeout.  A BaseException, so that no `except Exception` inside the pipeline eats it."""


def process(task: Task, s: Settings) -> Result:
    """Clean one Task into its finished output.  Never raises: any failure becomes the record's `error`."""
    rec: dict[str, Any] = dict(task.where)
    url, doc, error, page = s.url, None, task.error, task.data
    if task.jsonl and page is not None:
        fields, page, line_error = parse_line(page, s.fields)
        for k, v in fields.items():
            rec.setdefault(k, v)  # `path` and `line` stay ours
        if isinstance(fields.get("url"), str):
            url = fields["url"]
        error = error or line_error
    if error is None and page is not None and (what := not_a_page(page)):
        error = f"not a page: {what}"
    if error is None:
        try:
            with time_limit(s.timeout):
                doc, error = clean_or_error(page, url, options=s.options)
        except PageTimeout:
            error = f"timeout: over {s.timeout:g} s"
    return finish(task, rec, doc or Document(url=url), error, s)


def failed(task: Task, error: str, s: Settings) -> Result:
    """The Result for a task whose worker died or got stuck on it: its error record, fields passed through."""
    return process(task._replace(error=error), s)


def parse_line(line: bytes, fields: tuple[str, ...]) -> tuple[dict[str, Any], str | None, str | None]:
    """(fields to pass through, the page, error) for one JSONL line."""
    try:
        obj = loads(line)
    except (ValueError, RecursionError) as e:  # RecursionError: the stdlib fallback on absurdly deep nesting
        return {}, None, f"bad JSONL line: {e}"
    if not isinstance(obj, dict):
        return {}, None, f"bad JSONL line: a JSON {type(obj).__name__}, not an object"
    name = next((f for f in fields if f in obj), None)
    if name is None:
        return obj, None, f"no {' or '.join(repr(f) for f in fields)} field in the JSONL line"
    page = obj.pop(name)
    if not isinstance(page, str):
        return obj, None, f"JSONL field {name!r} is {type(page).__name__}, not a string"
    return obj, page, None


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in the block after `seconds` (POSIX main thread only; elsewhere no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

