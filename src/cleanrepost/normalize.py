"""Stage 5: Chinese-safe normalization of titles and paragraphs (placeholder: whitespace only)."""
from __future__ import annotations

import re

_WS = re.compile(r"[ \t\u00a0\u3000]+")


def normalize(text: str, *, script: str = "simplified") -> str:
    return _WS.sub(" ", text).strip()


def normalize_document(doc, *, script: str = "simplified"):
    doc.title = normalize(doc.title, script=script) if doc.title else doc.title
    doc.paragraphs = [p for p in (normalize(x, script=script) for x in doc.paragraphs) if p]
    return doc
