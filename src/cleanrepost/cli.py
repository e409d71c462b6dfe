"""Command line: `cleanrepost clean FILE|-` prints one JSON record per input."""
from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .api import clean
from .model import CleanError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cleanrepost", description="Clean reposted Chinese government pages.")
    p.add_argument("--version", action="version", version=f"cleanrepost {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="clean pages and print JSON records")
    c.add_argument("inputs", nargs="+", metavar="PATH", help="files, or - for standard input")
    c.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
    c.add_argument("--script", choices=("simplified", "traditional", "keep"), default="simplified")
    c.add_argument("--url", default=None, help="the page's own URL (single input)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    failed = 0
    for path in args.inputs:
        try:
            data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
            doc = clean(data, url=args.url, kind=args.kind, script=args.script)
            rec = {"path": path, **doc.to_dict(), "error": None}
        except (OSError, CleanError) as e:
            failed += 1
            rec = {"path": path, "error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if failed else 0
