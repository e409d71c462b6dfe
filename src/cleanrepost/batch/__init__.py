"""Batch cleaning for the command line: find the inputs, clean them in worker processes, write them in order.

    iter_tasks()  paths → Tasks, streamed: one per page file, one per JSONL line (read lazily, nothing listed ahead)
    process()     Task → Result: the finished output (a JSONL record, or a text/markdown file's content); never raises
    run()         Tasks → Results in input order, in-process or through a pool of worker processes
    write()       Results → a sink (stdout / a JSONL file, plain or .gz / an output folder), plus the Summary

By module: tasks (Settings, Task, Result), inputs (iter_tasks, count_tasks), sniff (not_a_page), cleaning
(process), schedule (the pool's state machine), pool (run, run_pool, the workers), output (records and file
contents), sinks (writing, resume, safe file names), summary, jsoncodec (loads, dumps); the workers are forked
from the calling process (a forkserver that preloads cleanrepost.preload where that is not safe).  Everything
public is importable from here, and loads on first use: the command's parent process, which only reads, feeds
and writes, never imports the pipeline that `process` runs in the workers.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

# public name -> the submodule that defines it.  Loaded on first use: the command line's parent process needs
# the inputs, the sinks and the pool, not the pipeline that `cleaning` (the workers' side) imports.
_WHERE = {
    "ALWAYS_FIELDS": "output", "BatchError": "pool", "DEFAULT_BUDGET": "schedule", "DEFAULT_FIELDS": "tasks",
    "DEFAULT_INCLUDE": "inputs", "FORMATS": "tasks", "FileNames": "sinks", "FolderSink": "sinks",
    "JSONL_SUFFIXES": "inputs", "JsonlSink": "sinks", "OVER_LIMIT_PREFIX": "output", "PROVENANCE": "output",
    "PageTimeout": "cleaning", "Result": "tasks", "STARTUP_LIMIT": "pool", "Scheduler": "schedule",
    "Settings": "tasks", "Summary": "summary", "Task": "tasks", "count_tasks": "inputs", "default_workers": "pool",
    "dumps": "jsoncodec", "failed": "cleaning", "finish": "output", "iter_tasks": "inputs", "loads": "jsoncodec",
    "not_a_page": "sniff", "open_sink": "sinks", "parse_line": "cleaning", "process": "cleaning",
    "render_markdown": "output", "render_text": "output", "run": "pool", "run_pool": "pool",
    "time_limit": "cleaning", "warm_up": "pool", "where_of": "inputs", "worker_main": "pool", "write": "sinks",
}

__all__ = [
    "ALWAYS_FIELDS", "DEFAULT_BUDGET", "DEFAULT_FIELDS", "DEFAULT_INCLUDE", "FORMATS", "JSONL_SUFFIXES",
    "OVER_LIMIT_PREFIX", "PROVENANCE", "STARTUP_LIMIT", "BatchError", "FileNames", "FolderSink", "JsonlSink",
    "PageTimeout", "Result", "Scheduler", "Settings", "Summary", "Task", "count_tasks", "default_workers", "dumps",
    "failed", "finish", "iter_tasks", "loads", "not_a_page", "open_sink", "parse_line", "process",
    "render_markdown", "render_text", "run", "run_pool", "time_limit", "warm_up", "where_of", "worker_main", "write",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
