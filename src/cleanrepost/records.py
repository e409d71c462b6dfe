"""Cleaning records and batches of records: the shape data engines hand around.

`Cleaner` is a picklable callable for batch engines — Ray Data `map_batches`, Hugging Face
`datasets.map(batched=True)`, Data-Juicer `process_batched` — that adds cleaned columns to a batch given as a dict
of columns (lists or numpy arrays), a pandas DataFrame or a pyarrow Table.  `clean_record` does the same for one
dict.  A bad row never fails the batch: its `error` column says what went wrong and the other columns are empty.

The added columns (each name prefixed with `output_prefix`):

    title, text, source_url, source_name, published, author, editor   str or None (text: "" when nothing found)
    lang, script, encoding, input_kind                                 str or None
    flags          comma-separated quality flags ("empty,decode-replaced"), "" when none
    removed_count  how many blocks were removed
    removed_kinds  comma-separated sorted removal kinds ("disclaimer,footer,sidebar"), "" when none
    meta           JSON object text: gov table fields, <meta> tags ("{}" when none)
    removed        JSON array text of the full audit trail (only when asked for in `columns`)
    error          None, or why the row could not be cleaned

With `missing=""` the absent string values (None above) are written as "" instead: Hugging Face `datasets`
fixes a column's type from the first batch it writes and refuses a column whose first batch is all None.

Nested values travel as JSON text so that every column keeps one flat type across batches (Arrow and HF
datasets fix a column's type from the first batch they see).

Set-up is per process, not per object: compiled patterns and converters live in module-level caches that each
worker builds on first use, so a `Cleaner` holds only its options and pickles cheaply.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Mapping

from .formats import render_columns
from .model import CleanError, Document
from .options import clean_or_error, make_options
from .options import is_missing as _missing

DEFAULT_COLUMNS: tuple[str, ...] = (
    "title", "text", "source_url", "source_name", "published", "author", "editor",
    "lang", "script", "encoding", "input_kind", "flags", "removed_count", "removed_kinds", "meta", "error",
)
ALL_COLUMNS: tuple[str, ...] = DEFAULT_COLUMNS + ("removed",)


class Cleaner:
    """Clean the page in column `input_field` of every row of a batch, adding the cleaned columns.

    `input_field`     column holding the page: str or bytes, HTML or a flattened text dump
    `url_field`       column holding the page's own URL (used to resolve relative 原文链接 links), if present
    `fallback_field`  column read when `input_field` is absent or a row's value is missing (None disables)
    `charset_field`   column holding a Content-Type header or charset label per row, if you have one
    `output_prefix`   prefix for the added column names ("" by default, so `text` is the cleaned text)
    `columns`         which columns to add (default `DEFAULT_COLUMNS`; `ALL_COLUMNS` adds the audit trail)
    `missing`         the value written for absent strings (default None; "" for HF datasets)
    `**options`       options of `cleanrepost.clean()` (kind, script, engine, lexicon, http_charset, max_bytes)

    Bad options raise `CleanError` here, at construction, not once per row.
    """

    def __init__(self, input_field: str = "html", *, url_field: str | None = "url",
                 fallback_field: str | None = "text", charset_field: str | None = None, output_prefix: str = "",
                 columns: Iterable[str] | None = None, missing: str | None = None, **options: Any) -> None:
        self.input_field = input_field
        self.url_field = url_field
        self.fallback_field = fallback_field
        self.charset_field = charset_field
        self.output_prefix = output_prefix
        self.columns = tuple(columns) if columns is not None else DEFAULT_COLUMNS
        self.missing = missing
        unknown = [c for c in self.columns if c not in ALL_COLUMNS]
        if unknown:
            raise CleanError(f"unknown column(s) {unknown}; known: {list(ALL_COLUMNS)}")
        self.options = make_options(**options)

    # -- one page ------------------------------------------------------------------------------------------------
    def clean_value(self, value: Any, url: Any = None, charset: Any = None) -> dict[str, Any]:
        """The cleaned columns (unprefixed) for one page value.  Never raises."""
        opts = self.options if _missing(charset) else replace(self.options, http_charset=str(charset))
        doc, error = clean_or_error(value, None if _missing(url) else str(url), options=opts,
                                    missing="missing input: no page in the record")
        return self._failed(error) if doc is None else self._columns(doc, None)

    def clean_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of `record` with the cleaned columns added.  A record that is no mapping (None, a list, a str)
        raises `CleanError`: there is nothing to add the columns to."""
        if not isinstance(record, Mapping):
            raise CleanError(f"record must be a mapping (a dict), not {type(record).__name__}")
        value = record.get(self.input_field)
        if _missing(value) and self.fallback_field:
            value = record.get(self.fallback_field)
        url = record.get(self.url_field) if self.url_field else None
        charset = record.get(self.charset_field) if self.charset_field else None
        out = dict(record)
        out.update(self._prefixed(self.clean_value(value, url, charset)))
        return out

    # -- a batch -------------------------------------------------------------------------------------------------
    def __call__(self, batch: Any) -> Any:
        """Clean a batch: a dict of columns, a pandas DataFrame or a pyarrow Table; returns the same kind.

        Added pyarrow columns are typed (string, int64 for removed_count) even when every value is None.
        """
        if hasattr(batch, "column_names") and hasattr(batch, "append_column"):  # a pyarrow Table
            return self._clean_arrow(batch)
        if hasattr(batch, "columns") and hasattr(batch, "assign"):  # pandas DataFrame, without importing it
            import pandas as pd  # already loaded: the caller handed us a DataFrame

            out = batch.copy()
            for name, values in self._added(batch, list(batch.columns)).items():
                # object dtype keeps None as None: pandas 3 would make a str column and None into NaN
                out[name] = pd.Series(values, index=out.index, dtype="int64" if name.endswith("removed_count")
                                      else object)
            return out
        if not isinstance(batch, Mapping):
            raise CleanError(f"a batch is a dict of columns, a DataFrame or a pyarrow Table, not {type(batch).__name__}")
        return self._clean_columns(batch)

    def _clean_columns(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        _check_columns(batch)
        out = dict(batch)
        out.update(self._added(batch, list(batch.keys())))
        return out

    def _clean_arrow(self, table: Any) -> Any:
        import pyarrow as pa  # already loaded: the caller handed us a Table

        for name, values in self._added(table, list(table.column_names)).items():
            typed = pa.array(values, pa.int64() if name.endswith("removed_count") else pa.string())
            if name in table.column_names:
                table = table.set_column(table.column_names.index(name), name, typed)
            else:
                table = table.append_column(name, typed)
        return table

    def _added(self, batch: Any, names: list[str]) -> dict[str, list[Any]]:
        n = len(batch[names[0]]) if names else 0
        pages = _column(batch, names, self.input_field, n)
        fallback = _column(batch, names, self.fallback_field, n)
        urls = _column(batch, names, self.url_field, n)
        charsets = _column(batch, names, self.charset_field, n)
        added: dict[str, list[Any]] = {self.output_prefix + c: [] for c in self.columns}
        for page, alt, url, charset in zip(pages, fallback, urls, charsets):
            row = self.clean_value(alt if _missing(page) else page, url, charset)
            for c in self.columns:
                added[self.output_prefix + c].append(row[c])
        return added

    # -- columns -------------------------------------------------------------------------------------------------
    def _columns(self, doc: Document, error: str | None) -> dict[str, Any]:
        return render_columns(doc, error=error, removed="removed" in self.columns, missing=self.missing)

    def _failed(self, error: str) -> dict[str, Any]:
        return self._columns(Document(), error)

    def _prefixed(self, row: dict[str, Any]) -> dict[str, Any]:
        return {self.output_prefix + c: row[c] for c in self.columns}

    def __repr__(self) -> str:
        return f"Cleaner(input_field={self.input_field!r}, output_prefix={self.output_prefix!r})"


def clean_record(record: Mapping[str, Any], *, input_field: str = "html", **kwargs: Any) -> dict[str, Any]:
    """A copy of `record` with the cleaned columns added (see `Cleaner` for the keywords and columns).

    The page is read from `record[input_field]`, or from `record["text"]` when that is absent.  A missing or
    unusable page gives empty columns and an `error`; nothing raises except bad options (`CleanError`).
    """
    return Cleaner(input_field, **kwargs).clean_record(record)


def _check_columns(batch: Mapping[str, Any]) -> None:
    """Every value of a dict batch is a column (a list, tuple or array of rows), all of one length: a str would be
    cleaned one character per row, and zip would silently drop the rows of the longer columns."""
    lengths: dict[str, int] = {}
    for name, values in batch.items():
        try:
            if isinstance(values, (str, bytes, bytearray, memoryview)):
                raise TypeError
            lengths[name] = len(values)
        except TypeError:  # no len(): a scalar (a 0-d array included)
            raise CleanError(f"column {name!r} is a {type(values).__name__}, not a list of values "
                             "(clean one page with clean_record, or pass [page])") from None
    if len(set(lengths.values())) > 1:
        raise CleanError(f"ragged batch: the columns have different lengths {lengths}")


def _column(batch: Any, names: list[str], name: str | None, n: int) -> list[Any]:
    if not name or name not in names:
        return [None] * n
    values = batch[name]
    return values.to_pylist() if hasattr(values, "to_pylist") else list(values)  # pyarrow, else lists/numpy/pandas
