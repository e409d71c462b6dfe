"""datatrove extractor step: clean `document.text` (HTML or a flattened text dump) inside datatrove pipelines.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanrepost.integrations.datatrove import CleanRepostExtractor

    LocalPipelineExecutor(pipeline=[
        JsonlReader("pages/", text_key="html"),
        CleanRepostExtractor(timeout=5),
        JsonlWriter("cleaned/"),
    ], tasks=4, workers=2).run()

It is a `BaseExtractor`, so it runs the same way on the local, Slurm and Ray executors: each document is cleaned
in datatrove's sandbox subprocess with a per-document `timeout` (seconds); a document that times out, kills the
subprocess or cannot be cleaned is dropped and counted (`timeout`, `broken_process`, `clean_error`), as
datatrove's own extractors do, and so is one whose cleaned text is empty.

`BaseExtractor.run()` can only replace the text, so this step overrides `run()` (same sandbox, same stats) to
also store the provenance in `document.metadata`: title, source_url, source_name, published, author, editor,
lang, script, encoding, flags, removed_count, removed_kinds, meta (the columns of `cleanrepost.Cleaner`, with
`metadata_prefix` in front).  The page URL, used to resolve relative 原文链接 links, is read from
`document.metadata[url_key]` (datatrove's readers put it under "url").  With `metadata=False` the plain
`BaseExtractor.run()` is used and only the text changes.  Needs datatrove >= 0.8 (sandbox with argument tuples).
"""
from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from ..records import DEFAULT_COLUMNS, Cleaner

METADATA_COLUMNS = tuple(c for c in DEFAULT_COLUMNS if c not in ("text", "error"))


class CleanRepostExtractor(BaseExtractor):
    """Clean each document's text with cleanrepost; `**options` are those of `cleanrepost.clean()`."""

    name = "🧹 cleanrepost"
    _requires_dependencies = ["cleanrepost"]

    def __init__(self, timeout: float = 5, *, metadata: bool = True, metadata_prefix: str = "",
                 url_key: str = "url", **options: Any) -> None:
        super().__init__(timeout)
        self.cleaner = Cleaner(url_field=None, fallback_field=None, **options)
        self.metadata = metadata
        self.metadata_prefix = metadata_prefix
        self.url_key = url_key

    def extract(self, text: str) -> str:
        """The cleaned text; raises ValueError when the page cannot be cleaned (counted as `clean_error`)."""
        row = self.cleaner.clean_value(text)
        if row["error"]:
            raise ValueError(row["error"])
        return row["text"]

    def clean_fields(self, text: str, url: str | None) -> dict[str, Any]:
        """Runs in the sandbox subprocess: the cleaned columns for one page (never raises)."""
        return self.cleaner.clean_value(text, url)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if not self.metadata:
            yield from super().run(data, rank, world_size)
            return
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    url = doc.metadata.get(self.url_key)
                    try:
                        row = sandbox.process_document((doc.text, url if isinstance(url, str) else None),
                                                       self.clean_fields)
                    except TimeoutError:
                        self.stat_update("timeout")
                        logger.warning("⏰ cleanrepost timed out on a document. Skipping it.")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        logger.warning("cleanrepost's sandbox process died; a new one starts for the next document")
                        continue
                if row["error"]:
                    self.stat_update("clean_error")
                    if not self._warned_error:
                        logger.warning(f'❌ cleanrepost: "{row["error"]}". Skipping record. Shown once.')
                        self._warned_error = True
                    continue
                self.stat_update("extracted")
                doc.text = row["text"]
                doc.metadata.update({self.metadata_prefix + c: row[c] for c in METADATA_COLUMNS})
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)
