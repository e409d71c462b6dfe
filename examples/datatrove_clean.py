"""Clean JSONL pages in a datatrove pipeline: JsonlReader → CleanRepostExtractor → JsonlWriter.

    python -m pip install ".[datatrove]"   # from the checkout
    python examples/datatrove_clean.py pages/ cleaned/ --tasks 4 --workers 2

Each input line holds the page under "html" (change with --text-key) and its URL under "url".  The output
documents carry the cleaned text, and title, source_url, source_name, published … in their metadata.  For Slurm
or Ray, swap LocalPipelineExecutor for SlurmPipelineExecutor or RayPipelineExecutor with the same pipeline.
"""
import argparse

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleanrepost.integrations.datatrove import CleanRepostExtractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", help="folder of .jsonl / .jsonl.gz files")
    ap.add_argument("dst", help="output folder")
    ap.add_argument("--text-key", default="html", help="the field holding the page (default: html)")
    ap.add_argument("--tasks", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=5, help="seconds allowed per document (default: 5)")
    args = ap.parse_args()

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(args.src, text_key=args.text_key),
            CleanRepostExtractor(timeout=args.timeout),
            JsonlWriter(args.dst),
        ],
        tasks=args.tasks,
        workers=args.workers,
        logging_dir=args.dst.rstrip("/") + "_logs",  # stats and logs beside the output, not in it
    ).run()


if __name__ == "__main__":
    main()
