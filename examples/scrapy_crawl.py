"""Crawl pages with Scrapy and clean them inside the crawl; write one JSON line per page.

    python -m pip install ".[scrapy]"   # from the checkout
    python examples/scrapy_crawl.py https://www.example.gov.cn/xw/ -o cleaned.jsonl --depth 1

In a Scrapy project you only need the settings below (ITEM_PIPELINES and the optional CLEANREPOST_*) and a
spider that yields items with the page in "html" — here the Response itself, so the pipeline can use the
charset from the Content-Type header and the response URL.
"""
import argparse
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import TextResponse


class PageSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, urls: list[str], follow: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = urls
        self.follow = follow
        self.allowed_domains = sorted({urlsplit(u).hostname for u in urls})

    def parse(self, response):
        if not isinstance(response, TextResponse):  # images, PDFs ...
            return
        yield {"url": response.url, "html": response}
        if self.follow:
            # Only web links: a `javascript:void(0)` or `mailto:` href would raise in Request() and stop the
            # links after it on the page from being followed.
            links = (response.urljoin(h.strip()) for h in response.css("a::attr(href)").getall())
            yield from response.follow_all([u for u in links if urlsplit(u).scheme in ("http", "https")],
                                           callback=self.parse)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("urls", nargs="+")
    ap.add_argument("-o", "--output", default="cleaned.jsonl")
    ap.add_argument("--depth", type=int, default=0, help="follow links this deep on the same hosts (default: 0)")
    args = ap.parse_args()

    process = CrawlerProcess({
        "ITEM_PIPELINES": {"cleanrepost.integrations.scrapy.CleanRepostPipeline": 300},
        "CLEANREPOST_INPUT_FIELD": "html",  # the defaults, shown for reference
        "CLEANREPOST_OUTPUT_FIELD": "clean",
        "CLEANREPOST_OPTIONS": {"script": "simplified"},
        "FEEDS": {args.output: {"format": "jsonlines", "encoding": "utf8"}},
        "FEED_EXPORT_FIELDS": ["url", "clean"],  # leave the raw page out of the output
        "DEPTH_LIMIT": args.depth,  # 0 would mean no limit in Scrapy: links are only followed with --depth
        "LOG_LEVEL": "INFO",
    })
    process.crawl(PageSpider, urls=args.urls, follow=args.depth > 0)
    process.start()


if __name__ == "__main__":
    main()
