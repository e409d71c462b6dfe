"""Scrapy pipeline: unit checks, and a real crawl of a local HTTP server (127.0.0.1 only) through the pipeline."""
import dataclasses
import http.server
import json
import subprocess
import sys
import textwrap
import threading
from functools import partial
from typing import Any

import pytest

scrapy = pytest.importorskip("scrapy")
pytest.importorskip("itemadapter")

from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from cleanrepost.integrations.scrapy import CleanRepostPipeline  # noqa: E402

from sample_article import PARAS, SOURCE, TITLE, page  # noqa: E402

BOILERPLATE = ["首页 > 新闻中心", "免责声明", "ICP备", "转载目的"]


def check_clean(clean: dict) -> None:
    assert clean["error"] is None
    assert clean["title"] == TITLE
    assert clean["paragraphs"] == PARAS
    assert clean["source_url"] == SOURCE and clean["source_name"] == "某某日报"
    for junk in BOILERPLATE:
        assert junk not in clean["text"]
    assert {"disclaimer", "footer", "source-link"} <= {r["kind"] for r in clean["removed"]}


class ArticleItem(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()
    clean = scrapy.Field()


class BareItem(scrapy.Item):
    html = scrapy.Field()


@dataclasses.dataclass
class ArticleRecord:
    url: str | None = None
    html: Any = None
    clean: dict | None = None


def pipeline(**settings) -> CleanRepostPipeline:
    return CleanRepostPipeline.from_crawler(get_crawler(settings_dict=settings))


# -- unit checks ------------------------------------------------------------------------------------------------------
def test_dict_item_gets_document_dict_under_clean():
    item = {"url": "http://a.example.cn/1.html", "html": page("utf-8")}
    out = pipeline().process_item(item)
    assert out is item
    check_clean(item["clean"])
    assert item["clean"]["url"] == "http://a.example.cn/1.html"


def test_scrapy_item_and_dataclass_items_work():
    item = ArticleItem(url="http://a.example.cn/2.html", html=page("gbk").encode("gbk"))
    pipeline().process_item(item, None)  # old-style call with a spider argument still works
    check_clean(item["clean"])
    assert item["clean"]["encoding"] in ("gbk", "gb2312", "gb18030")
    rec = ArticleRecord(html=page(None))
    pipeline().process_item(rec)
    check_clean(rec.clean)


def test_fields_and_options_come_from_settings():
    p = pipeline(CLEANREPOST_INPUT_FIELD="body", CLEANREPOST_OUTPUT_FIELD="article", CLEANREPOST_URL_FIELD="link",
                 CLEANREPOST_OPTIONS={"kind": "html", "script": "keep"})
    item = p.process_item({"link": "http://a.example.cn/3.html", "body": page("utf-8")})
    check_clean(item["article"])
    assert item["article"]["url"] == "http://a.example.cn/3.html" and "clean" not in item
    assert p.options.script == "keep"


def test_bad_pages_record_an_error_and_keep_the_item():
    p = pipeline(CLEANREPOST_OPTIONS={"max_bytes": 200})
    for item, error in [({"url": "u"}, "item has no 'html'"), ({"html": 42}, "'html' is int"),
                        ({"html": page("utf-8")}, "CleanError")]:
        assert p.process_item(item) is item
        assert item["clean"]["error"].startswith(error)
        assert item["clean"]["text"] == "" and item["clean"]["title"] is None


def test_timeout_option_bounds_each_page_and_keeps_the_crawl_going(monkeypatch):
    from cleanrepost import deadline

    ticks = iter(range(0, 10**9, 100))  # a fake clock: 100 s pass at every reading
    monkeypatch.setattr(deadline, "clock", lambda: next(ticks))
    p = pipeline(CLEANREPOST_OPTIONS={"timeout": 30})
    item = p.process_item({"html": page("utf-8")})
    assert item["clean"]["error"] == "CleanError: timeout: over 30 s"


def test_drop_on_error_setting_raises_dropitem():
    p = pipeline(CLEANREPOST_DROP_ON_ERROR=True)
    with pytest.raises(DropItem):
        p.process_item({"html": None})
    assert p.process_item({"html": page("utf-8")})["clean"]["error"] is None  # good pages pass


def test_bad_settings_fail_at_start_and_undeclared_item_field_says_how_to_fix():
    with pytest.raises(ValueError):
        pipeline(CLEANREPOST_OPTIONS={"script": "klingon"})
    with pytest.raises(ValueError, match="no_such"):
        pipeline(CLEANREPOST_OPTIONS={"no_such": 1})
    with pytest.raises(KeyError, match="CLEANREPOST_OUTPUT_FIELD"):
        pipeline().process_item(BareItem(html=page("utf-8")))


# -- a real crawl ---------------------------------------------------------------------------------------------------
CRAWL = textwrap.dedent('''
    import dataclasses, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    base, out = sys.argv[1], sys.argv[2]

    class Article(scrapy.Item):
        url = scrapy.Field()
        html = scrapy.Field()
        clean = scrapy.Field()

    @dataclasses.dataclass
    class Broken:
        url: str = ""
        html: object = None
        clean: object = None

    class GovSpider(scrapy.Spider):
        name = "gov"
        start_urls = [base + "/index.html"]

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_page)

        def parse_page(self, response):
            if response.url.endswith("utf8.html"):
                yield {"url": response.url, "html": response.text}
            elif response.url.endswith("gbk.html"):
                yield Article(html=response)  # the Response itself: body bytes, URL and Content-Type header
            else:
                yield Broken(url=response.url, html=None)  # a bad item must not stop the crawl

    process = CrawlerProcess({
        "ITEM_PIPELINES": {"cleanrepost.integrations.scrapy.CleanRepostPipeline": 300},
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
        "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 1,
    })
    process.crawl(GovSpider)
    process.start()
''')


@pytest.fixture
def site(tmp_path):
    """A local web server on 127.0.0.1 (a free port) serving a UTF-8 page, a GBK page and an empty page."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text('<html><body><a href="utf8.html">a</a> <a href="gbk.html">b</a> '
                                     '<a href="blank.html">c</a></body></html>', encoding="ascii")
    (root / "utf8.html").write_text(page("utf-8"), encoding="utf-8")
    (root / "gbk.html").write_bytes(page(None).encode("gbk"))  # no charset in the markup: only the header says
    (root / "blank.html").write_text("", encoding="ascii")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def guess_type(self, path):
            return "text/html; charset=gbk" if str(path).endswith("gbk.html") else "text/html; charset=utf-8"

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_real_crawl_cleans_pages_through_the_pipeline(site, tmp_path):
    script, out = tmp_path / "crawl.py", tmp_path / "items.jsonl"
    script.write_text(CRAWL, encoding="utf-8")
    res = subprocess.run([sys.executable, str(script), site, str(out)], capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "ScrapyDeprecationWarning" not in res.stderr
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_page = {item["clean"]["url"].rsplit("/", 1)[-1]: item for item in items}
    assert sorted(by_page) == ["blank.html", "gbk.html", "utf8.html"]

    check_clean(by_page["utf8.html"]["clean"])
    check_clean(by_page["gbk.html"]["clean"])
    assert by_page["gbk.html"]["clean"]["encoding"] in ("gbk", "gb2312", "gb18030")
    assert by_page["utf8.html"]["clean"]["url"] == site + "/utf8.html"
    assert by_page["blank.html"]["clean"]["error"] == "item has no 'html' field"
