"""Batch cleaning for the command line: find the inputs, clean them in worker processes, write them in order.

    iter_tasks()  paths → Tasks, streamed: one per page file, one per JSONL line (read lazily, nothing listed ahead)
    process()     Task → Result: the finished output (a JSONL record, or a text/markdown file's content); never raises
    run()         Tasks → Results in input order, in-process or through a pool of worker processes
    write()       Results → a sink (stdout / a JSONL file, plain or .gz / an output folder), plus the Summary

By module: tasks (Settings, Task, Result), inputs (iter_tasks, count_tasks), sniff (not_a_page), cleaning
(process), schedule (the pool's state machine), pool (run, run_pool, the workers), output (records and file
contents), sinks (writing, resume, safe file names), summary, jsoncodec (loads, dumps), warm (the forkserver's
preload).  Everything public is importable from here.
"""
from .cleaning import PageTimeout, failed, parse_line, process, time_limit
from .inputs import DEFAULT_INCLUDE, JSONL_SUFFIXES, count_tasks, iter_tasks, where_of
from .jsoncodec import dumps, loads
from .output import ALWAYS_FIELDS, OVER_LIMIT_PREFIX, PROVENANCE, finish, render_markdown, render_text
from .pool import STARTUP_LIMIT, BatchError, default_workers, run, run_pool, warm_up, worker_main
from .schedule import DEFAULT_BUDGET, Scheduler
from .sinks import FileNames, FolderSink, JsonlSink, open_sink, write
from .sniff import not_a_page
from .summary import Summary
from .tasks import DEFAULT_FIELDS, FORMATS, Result, Settings, Task

__all__ = [
    "ALWAYS_FIELDS", "DEFAULT_BUDGET", "DEFAULT_FIELDS", "DEFAULT_INCLUDE", "FORMATS", "JSONL_SUFFIXES",
    "OVER_LIMIT_PREFIX", "PROVENANCE", "STARTUP_LIMIT", "BatchError", "FileNames", "FolderSink", "JsonlSink",
    "PageTimeout", "Result", "Scheduler", "Settings", "Summary", "Task", "count_tasks", "default_workers", "dumps",
    "failed", "finish", "iter_tasks", "loads", "not_a_page", "open_sink", "parse_line", "process",
    "render_markdown", "render_text", "run", "run_pool", "time_limit", "warm_up", "where_of", "worker_main", "write",
]
