"""JSON for the JSONL lines read and the records written: orjson when it is there, else the stdlib, same bytes."""
from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # orjson is a dependency, but a broken install should still run (and give the same records)
    orjson = None  # type: ignore[assignment]


def loads(data: bytes) -> Any:
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # the stdlib also takes what orjson refuses (integers over 64 bits, NaN) or words the error
    return json.loads(data)


def dumps(rec: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON; the stdlib fallback writes the same bytes for the same record."""
    if orjson is not None:
        try:
            return orjson.dumps(rec)
        except TypeError:
            pass  # lone surrogates (undecodable file names), integers over 64 bits
    text = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "replace")
