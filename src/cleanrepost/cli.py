"""Command line: `cleanrepost clean PATH...` cleans pages, folders, JSONL dumps or stdin, in parallel, in order.

Exit status: 0 when every input was cleaned, 1 when some failed (their records carry `error`; the batch still
completes) or the batch could not run, 2 for usage errors, 3 when no input matched (nothing to clean), 130 when
interrupted.
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
from contextlib import closing
from typing import Iterator

from . import __version__
from .options import ENGINES, INPUT_KINDS, SCRIPTS, Options
from .batch import (ALWAYS_FIELDS, DEFAULT_FIELDS, DEFAULT_INCLUDE, FORMATS, BatchError, Settings, Summary, Task,
                    count_tasks, default_workers, iter_tasks, open_sink, run, write)
from .batch.inputs import Skip
from .batch.sinks import PARTIAL

# Why --resume is refused for the other formats: it must prove which inputs are complete, and only whole JSONL
# lines do that (a csv row may span lines; a folder of files holds no record of the inputs' order)
RESUME_REFUSED = {"csv": "a csv row may span lines, so a torn last row cannot be told from a whole one",
                  **dict.fromkeys(("text", "markdown", "html", "xml", "json"),
                                  "a folder of files does not record which inputs were finished, in what order")}
EXIT_NOTHING = 3  # no input matched: a typo in a path or --include should not look like success
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

EXAMPLES = """\
examples:
  cleanrepost clean page.html                       one JSON record on stdout
  cat dump.txt | cleanrepost clean - --kind text    one page from stdin
  cleanrepost clean crawl/ -o clean.jsonl           every page under crawl/, one record per page, in order
  cleanrepost clean crawl/ --include '*.shtml' --exclude archive   only .shtml files, not under archive/
  cleanrepost clean pages.jsonl.gz --field content  JSONL: the page in each line's "content" field
  scraper | cleanrepost clean - --jsonl -q > out.jsonl
  cleanrepost clean crawl/ --format markdown -o md/ one .md file per page under md/crawl/...
  cleanrepost clean crawl/ -o clean.jsonl.gz --resume   go on after an interrupted run (gzip by name)
  cleanrepost clean crawl/ --drop removed,paragraphs --summary-by host

Records carry "path" (and "line" for JSONL inputs), the other fields of a JSONL line, the cleaned document's
fields, and "error" (null when the input was cleaned).  Inputs that are not pages (images, PDFs, archives,
binaries) get the error "not a page: ...".
exit status: 0 all inputs cleaned; 1 some inputs failed (the batch still completes) or the batch could not
run; 2 usage error; 3 nothing to clean (no input matched); 130 interrupted (Ctrl-C): the output file is left as
it was and the records so far are in OUT.partial, for --resume.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cleanrepost", description="Clean reposted Chinese government pages.")
    p.add_argument("--version", action="version", version=f"cleanrepost {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="clean pages, folders, JSONL dumps or stdin", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Clean pages: files, folders (recursive), .jsonl/.ndjson[.gz] dumps, or - for "
                                   "standard input. Writes one JSONL record per input, in input order.")
    c.add_argument("inputs", nargs="+", metavar="PATH", help="file, folder, JSONL dump, or - for standard input")
    out = c.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="OUT", default=None,
                     help="JSONL file (default: stdout; gzip when it ends in .gz; folders are created), or the "
                          "folder for the one-file-per-page formats (required there)")
    out.add_argument("--format", choices=FORMATS, default="jsonl",
                     help="jsonl records (default) or csv rows (path, error, then the Document's columns), in "
                          "one stream; or one file per input under -o DIR: text (.txt), markdown (.md), html, xml "
                          "(TEI-like), json (the Document)")
    out.add_argument("--resume", action="store_true",
                     help="keep the complete records of an interrupted run (OUT.partial, or OUT) and clean only the "
                          "inputs after them; the result is the same as an uninterrupted run")
    out.add_argument("--fields", action="append", metavar="F,G",
                     help="JSONL: keep only these record fields (path, line and error always stay)")
    out.add_argument("--drop", action="append", metavar="F,G",
                     help="JSONL: leave these record fields out, e.g. --drop removed,paragraphs")
    out.add_argument("--summary-by", choices=("host",), default=None,
                     help="add a per-site table to the summary: pages, failed, removed blocks by kind")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar, summary or failure notes")
    out.add_argument("-v", "--verbose", action="store_true", help="every failure, and worker replacements")
    out.add_argument("--log-level", choices=("DEBUG", "INFO", "WARNING", "ERROR"), type=str.upper,
                     help="log level on stderr (default: WARNING; -v: INFO; -q: ERROR)")
    inp = c.add_argument_group("inputs")
    inp.add_argument("--include", action="append", metavar="GLOB",
                     help="in folders, clean files matching GLOB (repeatable; replaces the default: "
                          + " ".join(DEFAULT_INCLUDE) + ")")
    inp.add_argument("--exclude", action="append", metavar="GLOB", default=[],
                     help="in folders, skip names or folder-relative paths matching GLOB (repeatable)")
    inp.add_argument("--jsonl", action="store_true",
                     help="read every input, stdin included, as JSONL (*.jsonl, *.ndjson[.gz] always are)")
    inp.add_argument("--field", action="append", metavar="NAME",
                     help="JSONL field holding the page (repeatable, first present wins; default: html, text)")
    opt = c.add_argument_group("cleaning")
    opt.add_argument("--kind", choices=INPUT_KINDS, default="auto", help="input kind (default: auto-detect per page)")
    opt.add_argument("--script", choices=SCRIPTS, default="simplified", help="output script (default: simplified)")
    opt.add_argument("--engine", choices=ENGINES, default="auto", help="extractor (default: auto)")
    opt.add_argument("--url", default=None, help="the page's own URL, for inputs without a url field")
    opt.add_argument("--max-blocks", type=_positive_int, default=Options.max_blocks, metavar="N",
                     help=f"lines or DOM blocks examined per page; the rest is recorded as over-limit and the "
                          f"page flagged truncated (default: {Options.max_blocks})")
    run_ = c.add_argument_group("running")
    run_.add_argument("-w", "--workers", type=_positive_int, default=None, metavar="N",
                      help="worker processes (default: all cores; 1: in this process)")
    run_.add_argument("--timeout", type=_seconds, default=30.0, metavar="SECONDS",
                      help="time limit per page; a page over it gets an error record (default: 30; 0: none)")
    run_.add_argument("--chunksize", type=_positive_int, default=16, metavar="N",
                      help="pages sent to a worker at a time (default: 16)")
    return p


def _positive_int(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


MAX_TIMEOUT = 86_400.0  # a day per page: beyond it the timer (setitimer) overflows, and no page needs it


def _seconds(text: str) -> float:
    t = float(text)
    if not 0 <= t <= MAX_TIMEOUT:  # also refuses nan and inf, which compare false / overflow the timer
        raise argparse.ArgumentTypeError(f"must be 0 to {MAX_TIMEOUT:g} seconds, not {text}")
    return t


def main(argv: list[str] | None = None) -> int:
    from . import _interrupted_early
    if signal.getsignal(signal.SIGINT) is _interrupted_early:  # imports done: Ctrl-C is KeyboardInterrupt again
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return _main(argv)
    except KeyboardInterrupt:  # before the batch started (parsing, opening the output): nothing was written
        print("cleanrepost: interrupted", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _check_usage(parser, args)
    level = args.log_level or ("INFO" if args.verbose else "ERROR" if args.quiet else "WARNING")
    logging.basicConfig(level=level, format="cleanrepost: %(message)s", stream=sys.stderr)

    options = Options(kind=args.kind, script=args.script, engine=args.engine, max_blocks=args.max_blocks)
    settings = Settings(options=options, fields=tuple(args.field or DEFAULT_FIELDS), fmt=args.format,
                        url=args.url, timeout=args.timeout or None,
                        keep=tuple(_names(args.fields)) if args.fields else None, drop=tuple(_names(args.drop)))
    workers = args.workers or default_workers()
    out = args.output or "-"
    summary = Summary(workers=workers, by=args.summary_by)
    walk = dict(include=args.include or DEFAULT_INCLUDE, exclude=args.exclude, jsonl=args.jsonl,
                skip=out if out != "-" else None)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        sink = open_sink(args.format, out, resume=args.resume)
    except BatchError as e:
        print(f"cleanrepost: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"cleanrepost: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    resumed = Skip(getattr(sink, "count", 0))
    summary.pages = summary.kept = resumed.n
    summary.failed = summary.kept_failed = getattr(sink, "kept_failed", 0)
    summary.empty = getattr(sink, "kept_empty", 0)
    tasks = iter_tasks(args.inputs, max_bytes=options.max_bytes, skipped=summary.skipped, resume=resumed, **walk)
    try:
        total = count_tasks(args.inputs, **walk) if progress else None
        results = run(_resumable(tasks, resumed, sink), settings, workers=workers, chunksize=args.chunksize)
        with closing(results):
            write(results, sink, summary, total=total, progress=progress,
                  show_errors=0 if args.quiet else None if args.verbose else 10)
    except BatchError as e:
        _say(summary, f"cleanrepost: {e}")
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other filters do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        _say(summary, "cleanrepost: interrupted")
        return 130
    except OSError as e:  # cannot write the output
        _say(summary, f"cleanrepost: cannot write output: {e.strerror or e}")
        return 1
    if summary.pages == 0:
        print("cleanrepost: warning: nothing to clean: no input file matched"
              + ("" if args.include else f" (default --include: {' '.join(DEFAULT_INCLUDE)})"), file=sys.stderr)
        return EXIT_NOTHING
    if not args.quiet:
        print(summary.report(), file=sys.stderr)
    return 1 if summary.failed or getattr(sink, "refused", None) else 0


def _check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    for p in args.inputs:
        if _URL.match(p) and not os.path.exists(p):
            parser.error(f"{p}: URLs are not fetched; download the pages first (or pipe them: curl -s URL | "
                         f"cleanrepost clean -)")
    if args.format == "csv":
        if args.output and os.path.isdir(args.output):
            parser.error(f"-o {args.output} is a folder: csv output goes to a file (or - for stdout)")
        if args.fields or args.drop:
            parser.error("--fields/--drop choose JSONL record fields")
    elif args.format != "jsonl":
        if not args.output or args.output == "-":
            parser.error(f"--format {args.format} writes one file per input: give the folder with -o DIR")
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            parser.error(f"-o {args.output}: not a folder")
        if args.fields or args.drop:
            parser.error("--fields/--drop choose JSONL record fields")
    elif args.output and os.path.isdir(args.output):
        parser.error(f"-o {args.output} is a folder: JSONL output goes to a file (or - for stdout)")
    if args.resume and args.format != "jsonl":
        parser.error(f"--resume works with JSONL output only, not --format {args.format} "
                     f"({RESUME_REFUSED[args.format]}); rerun without --resume")
    if args.resume and (not args.output or args.output == "-"):
        parser.error("--resume needs the output file: -o FILE")
    if args.output and args.output != "-" and any(
            p != "-" and os.path.realpath(p) in (os.path.realpath(args.output),
                                                 os.path.realpath(args.output + PARTIAL)) for p in args.inputs):
        parser.error(f"-o {args.output} is also an input")
    dropped = set(_names(args.drop or [])) & set(ALWAYS_FIELDS)
    if dropped:
        parser.error(f"--drop {', '.join(sorted(dropped))}: these fields lead every record and stay")


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or () for n in v.split(",") if n.strip()]


def _resumable(tasks: Iterator[Task], skip: Skip, sink: object) -> Iterator[Task]:
    """The tasks after those kept by --resume, once it is checked that the kept records are those inputs'."""
    wanted = skip.n
    checked = False
    for t in tasks:
        if not checked:
            _check_resume(skip, sink, wanted)
            checked = True
        yield t
    if not checked:
        _check_resume(skip, sink, wanted)


def _check_resume(skip: Skip, sink: object, wanted: int) -> None:
    if not wanted:
        return
    if skip.n:
        raise BatchError(f"cannot resume: the output holds {wanted} records, the inputs give only "
                         f"{wanted - skip.n}; not the same inputs?")
    last = getattr(sink, "last", None) or {}
    got = {k: last.get(k) for k in ("path", "path_bytes", "line")}
    expected = {k: (skip.last or {}).get(k) for k in ("path", "path_bytes", "line")}
    if got != expected:
        raise BatchError(f"cannot resume: the last record kept is for {got['path']}"
                         f"{':' + str(got['line']) if got['line'] else ''}, but input {wanted} is "
                         f"{expected['path']}{':' + str(expected['line']) if expected['line'] else ''}; "
                         f"not the same inputs?")


def _say(summary: Summary, msg: str) -> None:
    """A message after a stopped batch, and what it left written."""
    print(msg + (f"; {summary.written}" if summary.written else ""), file=sys.stderr)
