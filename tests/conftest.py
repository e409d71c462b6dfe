import json
import os
from pathlib import Path

import pytest

try:  # Hypothesis profiles: "ci" (default) is derandomized so CI runs are reproducible; "long" is for humans.
    from hypothesis import HealthCheck, settings

    _slow = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200, suppress_health_check=_slow)
    settings.register_profile("long", deadline=None, max_examples=2000, suppress_health_check=_slow)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
except ImportError:  # hypothesis is a test extra; tests that need it import it themselves
    pass

CORPUS = Path(os.environ.get("CLEANREPOST_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"))


def corpus_case(case_id: str):
    """(input bytes, gold dict) of a dev-corpus case, or skip when the corpus is not beside the checkout."""
    d = CORPUS / "cases" / case_id
    if not (d / "gold.json").exists():
        pytest.skip(f"dev corpus not available at {CORPUS}")
    raw = next((d / n).read_bytes() for n in ("input.html", "input.txt") if (d / n).exists())
    return raw, json.loads((d / "gold.json").read_text(encoding="utf-8"))
