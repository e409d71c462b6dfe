"""Batch cleaning for the command line: find the inputs, clean them in worker processes, write them in order.

    iter_tasks()  paths → Tasks, streamed: one per page file, one per JSONL line (read lazily, nothing listed ahead)
    process()     Task → Result: the finished output (a JSONL record, or a text/markdown file's content); never raises
    run()         Tasks → Results in input order, in-process or through a pool of worker processes
    write()       Results → stdout / a JSONL file / an output folder, plus the Summary

By module: tasks (Settings, Task, Result), inputs (iter_tasks), cleaning (process), pool (run, run_pool, the
workers), output (records and files, write, Summary), jsoncodec (loads, dumps).  Everything public is importable
from here; the forkserver preloads this package, so importing it imports all that the workers need.
"""
from .cleaning import PageTimeout, failed, parse_line, process, time_limit
from .inputs import DEFAULT_INCLUDE, JSONL_SUFFIXES, iter_tasks
from .jsoncodec import dumps, loads
from .output import PROVENANCE, Summary, finish, render_markdown, render_text, write
from .pool import STARTUP_LIMIT, BatchError, default_workers, run, run_pool, warm_up, worker_main
from .tasks import DEFAULT_FIELDS, FORMATS, Result, Settings, Task

__all__ = [
    "DEFAULT_FIELDS", "DEFAULT_INCLUDE", "FORMATS", "JSONL_SUFFIXES", "PROVENANCE", "STARTUP_LIMIT",
    "BatchError", "PageTimeout", "Result", "Settings", "Summary", "Task",
    "default_workers", "dumps", "failed", "finish", "iter_tasks", "loads", "parse_line", "process",
    "render_markdown", "render_text", "run", "run_pool", "time_limit", "warm_up", "worker_main", "write",
]
