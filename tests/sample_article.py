"""One small reposted article (our own writing), shared by the integration tests: an HTML page with a nav bar,
an info line, a 原文链接 line, a disclaimer and a footer, and the same article as a flattened dump."""

PARAS = [
    "3月4日，全市老旧小区改造工作推进会议召开，会议总结了去年的工作成效，部署了今年的重点任务。",
    "会议指出，今年全市计划改造老旧小区一百二十个，涉及居民三万余户，要坚持先民生后提升的原则。",
    "会议要求，各区要压实责任，加强统筹协调，确保改造工程质量安全，让群众住得更加舒心。",
]
TITLE = "全市推进老旧小区改造工作会议召开"
SOURCE = "http://www.example.gov.cn/xw/2024/0305/123.html"
DISCLAIMER = "免责声明：本文来源于网络转载，转载目的在于传递更多信息，版权归原作者所有。"


def page(meta_charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html><head>{meta}<title>{TITLE}_某某市人民政府</title></head><body>
<div class="nav">首页 > 新闻中心 > 政务要闻</div>
<div class="article"><h1>{TITLE}</h1><div class="info">来源：某某日报</div>{body}
<p>原文链接：{SOURCE}</p><p>{DISCLAIMER}</p></div>
<div class="footer">版权所有：某某市人民政府办公室　ICP备案号：京ICP备12345678号</div></body></html>"""


PAGE = page()


def dump(with_source_link: bool = True) -> str:
    """The article as a flattened text dump."""
    return "\n".join([TITLE, "来源：某某日报", *PARAS, *([f"原文链接：{SOURCE}"] if with_source_link else []), DISCLAIMER])
