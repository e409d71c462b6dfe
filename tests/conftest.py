import json
import os
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("CLEANREPOST_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"))


def corpus_case(case_id: str):
    """(input bytes, gold dict) of a dev-corpus case, or skip when the corpus is not beside the checkout."""
    d = CORPUS / "cases" / case_id
    if not (d / "gold.json").exists():
        pytest.skip(f"dev corpus not available at {CORPUS}")
    raw = next((d / n).read_bytes() for n in ("input.html", "input.txt") if (d / n).exists())
    return raw, json.loads((d / "gold.json").read_text(encoding="utf-8"))
