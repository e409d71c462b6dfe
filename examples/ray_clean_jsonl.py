"""Clean JSONL pages with Ray Data and write cleaned JSONL.

    python -m pip install ".[ray]"   # from the checkout
    python examples/ray_clean_jsonl.py pages/ cleaned/ --workers 4

Each input line is a record such as {"url": "...", "html": "<html>…"}; a flattened text dump may sit in "text"
instead.  Each output line is the record, without the raw page, plus cleanrepost's columns (title, text,
source_url, source_name, published, …, error).  On a cluster, start Ray there and pass --address auto.

Resources: each cleaning actor asks for one CPU, and the actor pool grows from one actor up to --workers while
CPUs are free, so reading the input always has a CPU left to run on: on a 2-CPU machine one actor cleans while
the next blocks are read (a fixed pool of actors taking every CPU starved the read step, and hung).  The same
settings scale out on a cluster: --workers 64 there gives up to 64 actors.
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
    ap.add_argument("--workers", type=int, default=None,
                    help="cleaning actors at most (default: the cluster's CPUs less one, at least one)")
    ap.add_argument("--address", default=None, help="a Ray cluster to join (default: start a local one)")
    args = ap.parse_args()

    ray.init(address=args.address, include_dashboard=False)
    workers = args.workers or max(1, int(ray.cluster_resources().get("CPU", 2)) - 1)
    ds = ray.data.read_json(args.src)
    # A callable class runs as actors: each one sets up once, then cleans batch after batch.  An autoscaling
    # pool (1 … workers actors, one CPU each) leaves a CPU to the read step whenever it needs one.
    ds = ds.map_batches(Cleaner, fn_constructor_kwargs={"input_field": args.input_field}, batch_size=64,
                        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=workers), num_cpus=1)
    if args.input_field not in DEFAULT_COLUMNS:  # keep "text" when it was the input: it now holds the clean text
        ds = ds.drop_columns([args.input_field])
    ds.write_json(args.dst, force_ascii=False)


if __name__ == "__main__":
    main()
