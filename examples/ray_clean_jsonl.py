"""Clean JSONL pages with Ray Data and write cleaned JSONL.

    pip install "cleanrepost[ray]"
    python examples/ray_clean_jsonl.py pages/ cleaned/ --workers 4

Each input line is a record such as {"url": "...", "html": "<html>…"}; a flattened text dump may sit in "text"
instead.  Each output line is the record, without the raw page, plus cleanrepost's columns (title, text,
source_url, source_name, published, …, error).  On a cluster, start Ray there and pass --address auto.
"""
import argparse

import ray

from cleanrepost import Cleaner
from cleanrepost.records import DEFAULT_COLUMNS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", help="a JSONL file or a folder of them")
    ap.add_argument("dst", help="output folder for the cleaned JSONL files")
    ap.add_argument("--input-field", default="html", help="the field holding the page (default: html)")
    ap.add_argument("--workers", type=int, default=2, help="cleaning actors (default: 2)")
    ap.add_argument("--address", default=None, help="a Ray cluster to join (default: start a local one)")
    args = ap.parse_args()

    ray.init(address=args.address, include_dashboard=False)
    ds = ray.data.read_json(args.src)
    # A callable class runs as actors: each worker sets up once, then cleans batch after batch.
    ds = ds.map_batches(Cleaner, fn_constructor_kwargs={"input_field": args.input_field},
                        batch_size=64, concurrency=args.workers)
    if args.input_field not in DEFAULT_COLUMNS:  # keep "text" when it was the input: it now holds the clean text
        ds = ds.drop_columns([args.input_field])
    ds.write_json(args.dst, force_ascii=False)


if __name__ == "__main__":
    main()
