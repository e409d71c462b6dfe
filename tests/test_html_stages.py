"""The HTML path's stages one by one, on invented markup: dom (load, hidden elements), walk (blocks and the node
table), container (scoring and choice), and the size of the modules they live in."""
from __future__ import annotations

import sys
from pathlib import Path

from cleanrepost import container, dom, walk
from cleanrepost.lexicon import Lexicon

PROSE = "为进一步做好春季农业生产工作，市农业农村局近日印发通知，要求各地抓紧抓实春耕备耕各项措施，确保粮食稳产增产。"


def body(html: str):
    root, flags = dom.load(f"<html><head><title>t</title></head><body>{html}</body></html>")
    return root, root.find("body")


def test_load_drops_scripts_styles_and_templates_but_keeps_their_tails():
    root, b = body("<p>前<script>var a = '脚本';</script>后</p><style>p{}</style><noscript>请启用</noscript>"
                   "<template><p>模板</p></template><p>尾</p>")
    assert [x.text for x in walk.walk_blocks(b).blocks] == ["前后", "尾"]
    assert not list(root.iter("script", "style", "noscript", "template"))


def test_hidden_elements_leave_whatever_the_case_of_their_style_or_class():
    root, b = body(f'<div><p>{PROSE}</p><p style="DISPLAY : None">隐藏一</p><span class="x Hidden">隐藏二</span>'
                   f'<i hidden>隐藏三</i><b style="Visibility:HIDDEN" class="sr-only">隐藏四</b>'
                   f'<p class="hiddenness" style="color: none-ish">留下</p></div>')
    removed = dom.remove_hidden(root, Lexicon.default())
    assert [r.text for r in removed] == ["隐藏一", "隐藏二", "隐藏三", "隐藏四"]
    assert all(r.kind == "hidden" and r.reason == "html:hidden" for r in removed)
    assert [x.text for x in walk.walk_blocks(b).blocks] == [PROSE, "留下"]


def test_a_hidden_element_holding_most_of_the_page_stays():
    root, b = body(f'<div style="display:none"><p>{PROSE}</p></div><p>页脚</p>')
    assert dom.remove_hidden(root, Lexicon.default()) == []
    assert [x.text for x in walk.walk_blocks(b).blocks] == [PROSE, "页脚"]


def test_the_node_table_is_pre_order_with_subtree_ranges_and_inherited_chrome():
    _, b = body('<div id="main" class="Content"><p>一</p><div class="comment"><p>二</p><p>三</p></div></div>'
                '<p class="Content" id="main">四</p>')
    w = walk.walk_blocks(b, chrome_hints=frozenset(Lexicon.default().chrome_subtree_hints))
    tags = [n.tag for n in w.nodes]
    assert tags == ["body", "div", "p", "div", "p", "p", "p"]
    main, box = w.nodes[1], w.nodes[3]
    assert (main.end, box.end) == (6, 6) and box.parent == 1
    assert [w.nodes[n].chrome for n in w.owner] == [False, True, True, False]
    assert w.nodes[6].tokens == main.tokens == ("main", "content")  # id first, then class, lowercased


def test_table_rows_are_shared_by_their_cells_except_in_layout_tables():
    _, b = body("<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>"
                "<table><tr><td><table><tr><td>内</td></tr></table></td><td>外</td></tr></table>")
    rows = {x.text: x.table_row for x in walk.walk_blocks(b).blocks}
    assert rows["甲"] == rows["乙"] != rows["丙"]
    assert rows["外"] is None and rows["内"] is not None  # the outer table holds a table: layout


def test_link_characters_drop_tags_and_the_block_limit():
    _, b = body('<p>看<a href="/x">这里的链接</a>吧</p><select><option>选项</option></select>尾巴<p>再一段</p>')
    w = walk.walk_blocks(b, max_blocks=2)
    assert [(x.text, x.link_chars) for x in w.blocks] == [("看这里的链接吧", 5), ("尾巴", 0)]
    assert w.overflow == ["再一段"]


def test_the_container_is_the_prose_not_the_link_list():
    nav = "".join(f'<li><a href="/c{i}/">栏目{i}</a></li>' for i in range(30))
    _, b = body(f'<ul class="nav">{nav}</ul><div class="article"><p>{PROSE}</p><p>{PROSE}</p></div>')
    w = walk.walk_blocks(b, chrome_hints=frozenset(Lexicon.default().chrome_subtree_hints))
    lex = Lexicon.default()
    weights = [container.block_weight(x, None) for x in w.blocks]
    best = container.choose_container(w, weights, lex)
    assert w.nodes[best].tokens == ("article",)
    assert all(weights[i] < 0 for i, x in enumerate(w.blocks) if container.is_link_line(x))


def test_html_path_modules_stay_under_300_lines():
    src = Path(__file__).resolve().parents[1] / "src" / "cleanrepost"
    modules = [src / f"{m}.py" for m in ("dom", "walk", "container", "segment_html", "engines", "links")]
    modules += sorted((src / "html_meta").glob("*.py"))
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in modules}
    assert all(n <= 300 for n in sizes.values()), sizes


def test_the_stage_benchmark_times_every_stage_of_a_page():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import html_stages

    acc: dict[str, float] = {}
    html_stages.stages(f"<html><body><div><p>{PROSE}</p></div></body></html>", Lexicon.default(), acc)
    assert list(acc) == ["parse (dom.load)", "held proxies", "hidden elements", "markup reader", "block walk",
                         "line rules", "block weights", "container choice", "tree teardown"]
    assert all(t >= 0 for t in acc.values())
