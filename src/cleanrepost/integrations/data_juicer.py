"""Data-Juicer operator: clean the page in each sample's text field, adding the provenance columns.

    import cleanrepost.integrations.data_juicer   # registers the operator (or list this file in
                                                  # Data-Juicer's `custom_operator_paths`)
    process:
      - cleanrepost_mapper:
          text_key: text          # the field holding the page (HTML or a text dump); gets the cleaned text
          script: simplified      # any clean() option

Data-Juicer mappers edit `text_key` in place, so the page there becomes the cleaned text; the other columns of
`cleanrepost.Cleaner` (title, source_url, source_name, published, author, editor, lang, script, encoding,
input_kind, flags, removed_count, removed_kinds, meta, error) are added, each name prefixed with `prefix`
(default "cr_").  Absent strings are written as "" (Data-Juicer datasets are Hugging Face datasets, which type a
column from its first batch).  A page that cannot be cleaned keeps its row, with an empty text and `cr_error` set;
filter those out with a later operator if you like.
"""
from __future__ import annotations

from typing import Any

from data_juicer.ops.base_op import OPERATORS, Mapper

from ..records import Cleaner

OP_NAME = "cleanrepost_mapper"


@OPERATORS.register_module(OP_NAME)
class CleanRepostMapper(Mapper):
    """Clean reposted Chinese government pages (HTML or flattened text) into article text plus provenance."""

    _batched_op = True

    def __init__(self, prefix: str = "cr_", url_key: str | None = "url", *args: Any, **kwargs: Any) -> None:
        options = {k: kwargs.pop(k) for k in ("kind", "script", "engine", "max_bytes", "max_blocks", "http_charset")
                   if k in kwargs}
        super().__init__(*args, **kwargs)
        self.prefix = prefix
        # Cleaner checks the options here, so a bad config fails when the operator is built, not per sample
        self.cleaner = Cleaner(input_field=self.text_key, url_field=url_key, fallback_field=None,
                               output_prefix=prefix, missing="", **options)

    def process_batched(self, samples: Any) -> Any:
        out = self.cleaner({k: list(samples[k]) for k in samples.keys()})
        out[self.text_key] = out.pop(self.prefix + "text")
        for k, v in out.items():
            samples[k] = v
        return samples
