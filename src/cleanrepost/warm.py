"""`warm_up()`: pay every per-process set-up cost now, before a pool forks its workers.

A cold process pays, on its first `clean()`, for compiling the lexicon's line rules,
the label and info-bar patterns built from the lexicon, the lazily compiled normalization patterns, and for
building the OpenCC converters and the langdetect factory (about 80 ms in all, ~10× a page).  Called in a
parent (a forkserver's preload, a pool initializer's parent, a long-lived service at start-up), it leaves all
of that in memory, so forked workers start warm.

The work is done by cleaning a few invented inputs that take every branch that compiles something (HTML and
text, an info bar, a gov table, a sidebar, Traditional text, English text, mojibake), plus direct calls for what
those inputs cannot reach.  It changes no output: every cache it fills is a pure function of its key.
"""
from __future__ import annotations

_HTML = """<html><head><meta charset="utf-8"><title>示范镇推进便民服务工作_示范网</title>
<meta name="ArticleTitle" content="示范镇推进便民服务工作"><meta name="PubDate" content="2031-04-05 09:30">
<meta name="ContentSource" content="示范日报"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/n">新闻中心</a></div>
<table class="xxgk"><tr><td>索引号：</td><td>000000000/2031-00001</td><td>分类：</td><td>综合政务</td></tr>
<tr><td>发文机关：</td><td>示范镇人民政府</td><td>成文日期：</td><td>2031年04月01日</td></tr>
<tr><td>标题：</td><td>示范镇推进便民服务工作</td></tr><tr><td>发文字号：</td><td>示政发〔2031〕1号</td></tr></table>
<div class="article"><h1>示范镇推进便民服务工作</h1>
<div class="info">发布时间：2031-04-05 09:30 来源：<a href="http://example.org/a.html">示范日报</a> 作者：张三 浏览次数：12</div>
<p>近日，示范镇召开便民服务工作会议,要求各部门切实加强组织领导(试行)，确保各项任务按期完成。</p>
<p>会议强调，要坚持问题导向，持续优化服务流程，不断提升群众的满意度和获得感。</p>
<p>原文链接：http://example.org/a.html</p><p>（责任编辑：李四）</p></div>
<div class="sidebar"><h3>相关阅读</h3><ul><li><a href="/1">示范镇召开工作会议</a></li>
<li><a href="/2">示范镇开展专项行动</a></li><li><a href="/3">示范镇部署重点任务</a></li></ul></div>
<div class="footer">版权所有：示范网 ICP备00000000号 <span style="display:none">隐藏</span></div></body></html>"""

# the same page with its gov metadata laid out as a list, which html_meta reads with patterns of its own
_HTML_LIST = ("<html><body><ul><li>索引号：000000000/2031-00003</li><li>主题分类：综合政务</li><li>发文机关：示范镇人民政府</li>"
              "<li>发文字号：示政发〔2031〕2号</li></ul><div><h1>示范镇做好春耕工作</h1><p>近日，示范镇部署春耕生产工作，"
              "要求各村抓好农资供应和技术指导，确保不误农时。</p><p>会议指出，要统筹做好农田水利设施检修，及时解决群众"
              "反映的困难和问题，为全年粮食丰收打下坚实基础。</p></div></body></html>")

_TEXT = """示范县推进道路养护工作
索　引　号：000000000/2031-00002　　分　　类：综合政务
发布时间：2031-04-06　来源：示范县融媒体中心　作者：王五
近日,示范县组织开展道路养护专项行动,对辖区内的主要道路进行了全面排查和修补(详见www.example.org)。
下一步,该县将建立长效机制,确保道路安全畅通。
相关阅读
示范县召开工作会议 04-01
示范县开展专项行动 04-02
示范县部署重点任务 04-03
免责声明：本文转自网络，转载目的在于传递更多信息，如有侵权请联系删除。
"""

_TRADITIONAL = "示範區召開工作會議\n來源：示範日報\n會議要求，各部門要切實加強組織領導，細化工作措施，確保各項任務按期完成。\n"
_ENGLISH = "City council meets on road repairs\nThe council agreed on Monday to repair the main roads before winter.\n"
_MOJIBAKE = "ÖÐ»ªÈËÃñ¹²ºÍ¹ú\n示范县推进道路养护工作，确保道路安全畅通。\n"


_WARMED: set[str] = set()  # what warm_up() has done in this process: "base", and "trafilatura" once that ran too


def warm_up(*, trafilatura: bool = True) -> None:
    """Compile the rules and build the converters of this process now (idempotent; a few hundred ms once).

    `trafilatura`: also import and run trafilatura once (engine="trafilatura", and the engine="auto" fallback on
    pages whose container is unsure, use it); skipped silently when it is not installed."""
    from . import langid, lazy_re
    from .api import clean
    from .lexicon import Lexicon
    from .model import CleanError
    from .normalize import _common_han

    wanted = {"base", "trafilatura"} if trafilatura else {"base"}
    if wanted <= _WARMED:  # this process (or the parent it was forked from) has done it already
        Lexicon.default()._compiled.pop("memo", None)  # as after a first call: no remembered lines
        return

    lexicon = Lexicon.default()
    lexicon.match_line("")  # the line rules' start sets
    lexicon.sidebar_heading_re()
    for config in ("t2s", "s2t"):
        langid.converter(config)
    langid._factory()  # langdetect's profiles, for pages that are not CJK
    _common_han()  # the mojibake check's character table
    for sample in (_HTML, _HTML_LIST, _TEXT, _TRADITIONAL, _ENGLISH, _MOJIBAKE):
        for script in ("simplified", "traditional"):
            clean(sample.encode("utf-8"), script=script)
        clean(sample, kind="text")
    if trafilatura:
        try:
            clean(_HTML, engine="trafilatura")
        except CleanError:  # not installed: the fallback is off in this environment anyway
            pass
    lazy_re.compile_all()
    lexicon._compiled.pop("memo", None)  # the warm-up's own lines: nothing a later page should find remembered
    _WARMED.update(wanted)
