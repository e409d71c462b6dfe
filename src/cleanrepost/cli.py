"""Command line: `cleanrepost clean PATH...` cleans pages, folders, JSONL dumps or stdin, in parallel, in order.

Exit status: 0 when every input was cleaned, 1 when some failed (their records carry `error`; the batch still
completes) or the batch could not run, 2 for usage errors, 130 when interrupted.
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import closing

from . import __version__
from .api import ENGINES, KINDS, SCRIPTS, Options
from .batch import (DEFAULT_FIELDS, DEFAULT_INCLUDE, FORMATS, BatchError, Settings, Summary, default_workers,
                    iter_tasks, run, write)

EXAMPLES = """\
examples:
  cleanrepost clean page.html                       one JSON record on stdout
  cat dump.txt | cleanrepost clean - --kind text    one page from stdin
  cleanrepost clean crawl/ -o clean.jsonl           every page under crawl/, one record per page, in order
  cleanrepost clean crawl/ --include '*.shtml' --exclude archive   only .shtml files, not under archive/
  cleanrepost clean pages.jsonl.gz --field content  JSONL: the page in each line's "content" field
  scraper | cleanrepost clean - --jsonl -q > out.jsonl
  cleanrepost clean crawl/ --format markdown -o md/ one .md file per page under md/crawl/...

Records carry "path" (and "line" for JSONL inputs), the other fields of a JSONL line, the cleaned document's
fields, and "error" (null when the input was cleaned).
exit status: 0 all inputs cleaned; 1 some inputs failed (the batch still completes); 2 usage error.
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
                     help="JSONL file (default: stdout), or the folder for --format text/markdown (required there)")
    out.add_argument("--format", choices=FORMATS, default="jsonl",
                     help="jsonl records (default), or one .txt/.md file per input under -o DIR")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar, summary or failure notes")
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
    opt.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: auto-detect per page)")
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


def _seconds(text: str) -> float:
    t = float(text)
    if not t >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return t


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.format != "jsonl":
        if not args.output or args.output == "-":
            parser.error(f"--format {args.format} writes one file per input: give the folder with -o DIR")
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            parser.error(f"-o {args.output}: not a folder")
    elif args.output and os.path.isdir(args.output):
        parser.error(f"-o {args.output} is a folder: JSONL output goes to a file (or - for stdout)")
    if args.output and args.output != "-" and any(
            p != "-" and os.path.realpath(p) == os.path.realpath(args.output) for p in args.inputs):
        parser.error(f"-o {args.output} is also an input")

    options = Options(kind=args.kind, script=args.script, engine=args.engine, max_blocks=args.max_blocks)
    settings = Settings(options=options, fields=tuple(args.field or DEFAULT_FIELDS), fmt=args.format,
                        url=args.url, timeout=args.timeout or None)
    workers = args.workers or default_workers()
    tasks = iter_tasks(args.inputs, include=args.include or DEFAULT_INCLUDE, exclude=args.exclude,
                       jsonl=args.jsonl, max_bytes=options.max_bytes,
                       skip=args.output if args.output != "-" else None)
    summary = Summary(workers=workers)
    try:
        with closing(run(tasks, settings, workers=workers, chunksize=args.chunksize)) as results:
            write(results, settings, args.output or "-", summary,
                  progress=not args.quiet and sys.stderr.isatty(), show_errors=0 if args.quiet else 10)
    except BatchError as e:
        print(f"cleanrepost: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other filters do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("cleanrepost: interrupted", file=sys.stderr)
        return 130
    except OSError as e:  # cannot write the output
        print(f"cleanrepost: cannot write output: {e}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary.report(), file=sys.stderr)
    return 1 if summary.failed else 0
