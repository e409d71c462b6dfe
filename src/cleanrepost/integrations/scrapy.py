"""Scrapy item pipeline: clean the page an item carries, inside the crawl.

Enable it in the project settings::

    ITEM_PIPELINES = {"cleanrepost.integrations.scrapy.CleanRepostPipeline": 300}

Settings (all optional):

    CLEANREPOST_INPUT_FIELD    item field holding the page (default "html"): str, bytes, or the Response itself
    CLEANREPOST_OUTPUT_FIELD   item field that receives the result (default "clean")
    CLEANREPOST_URL_FIELD      item field holding the page URL (default "url"); a Response's own URL wins
    CLEANREPOST_OPTIONS        dict of `cleanrepost.clean()` options, e.g. {"script": "keep"}
    CLEANREPOST_DROP_ON_ERROR  raise DropItem when a page cannot be cleaned (default False: keep the item)

The output field gets `Document.to_dict()` plus an `"error"` key (None on success).  A page that cannot be
cleaned never stops the crawl: the output field gets an empty result whose `"error"` says why.  When the input
field holds the Response, its body bytes are cleaned with its Content-Type header as the charset hint, which
helps on GBK pages that declare no charset in the markup.

For `scrapy.Item` classes and dataclass items, declare the output field (`clean = scrapy.Field()`).
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from ..formats import render_record
from ..model import Document
from ..options import clean_or_error, make_options

logger = logging.getLogger(__name__)


class CleanRepostPipeline:
    def __init__(self, input_field: str = "html", output_field: str = "clean", url_field: str | None = "url",
                 options: dict[str, Any] | None = None, drop_on_error: bool = False) -> None:
        self.input_field = input_field
        self.output_field = output_field
        self.url_field = url_field
        # bad settings fail at start-up, not once per item
        self.options = make_options(where="CLEANREPOST_OPTIONS: ", **(options or {}))
        self.drop_on_error = drop_on_error

    @classmethod
    def from_crawler(cls, crawler: Any) -> "CleanRepostPipeline":
        s = crawler.settings
        return cls(
            input_field=s.get("CLEANREPOST_INPUT_FIELD", "html"),
            output_field=s.get("CLEANREPOST_OUTPUT_FIELD", "clean"),
            url_field=s.get("CLEANREPOST_URL_FIELD", "url"),
            options=s.getdict("CLEANREPOST_OPTIONS"),
            drop_on_error=s.getbool("CLEANREPOST_DROP_ON_ERROR", False),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        url = adapter.get(self.url_field) if self.url_field else None
        result = self.clean_page(adapter.get(self.input_field), url)
        try:
            adapter[self.output_field] = result
        except KeyError as e:  # an Item class without the field: a set-up mistake, say how to fix it
            raise KeyError(f"{type(item).__name__} has no field {self.output_field!r} for cleanrepost's output; "
                           f"declare it or set CLEANREPOST_OUTPUT_FIELD") from e
        if result["error"] and self.drop_on_error:
            raise DropItem(f"cleanrepost: {result['error']}")
        return item

    def clean_page(self, page: Any, url: Any) -> dict[str, Any]:
        """`Document.to_dict()` plus "error"; an empty result with the error when the page cannot be cleaned."""
        options = self.options
        if hasattr(page, "body") and hasattr(page, "url") and hasattr(page, "headers"):  # a scrapy Response
            content_type = page.headers.get(b"Content-Type")
            if content_type:
                options = replace(options, http_charset=content_type.decode("latin-1"))
            url, page = page.url, page.body
        doc, error = clean_or_error(page, url, options=options, what=repr(self.input_field),
                                    missing=f"item has no {self.input_field!r} field")
        if doc is None:
            if error.startswith("CleanError: internal error"):  # a bug, worth the log as well as the item
                logger.warning("cleanrepost failed on %s: %s", url, error)
            return _failed(error, url)
        return render_record(doc, error=None)


def _failed(error: str, url: Any) -> dict[str, Any]:
    return render_record(Document(url=url if isinstance(url, str) else None), error=error)
