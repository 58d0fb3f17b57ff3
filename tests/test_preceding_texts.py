"""html_scan._preceding_texts: the text nodes before an element, nearest first, as XPath's
preceding::text() gives them, read lazily from the tree (the runs before the headline)."""
from __future__ import annotations

import random

from lxml import etree
from lxml import html as lxml_html

from newsclean.fields import html_scan
from newsclean.read.html_parse import parse_html

_ALL_BEFORE = etree.XPath("preceding::text()")


def _xpath(element: etree._Element) -> list[tuple[str, etree._Element, bool]]:
    return [(str(t), t.getparent(), t.is_tail) for t in reversed(_ALL_BEFORE(element))]


def _same(element: etree._Element) -> bool:
    ours = list(html_scan._preceding_texts(element))
    theirs = _xpath(element)
    return len(ours) == len(theirs) and all(a[0] == b[0] and a[1] is b[1] and a[2] == b[2]
                                            for a, b in zip(ours, theirs))


def test_same_nodes_as_the_xpath_on_every_element() -> None:
    page = ("<html><head><title>T</title><script>var x = 1;</script></head><body>lead<div id='a'>one<span>two"
            "</span>three<p>four<b>five</b></p>six</div>seven<ul><li>eight<em>nine</em></li><li>ten</li></ul>"
            "<h1>Head <i>line</i> here</h1>after<p>last</p></body></html>")
    tree = parse_html(page)
    elements = list(tree.iter())
    assert len(elements) > 15
    assert all(_same(element) for element in elements)


def test_a_comment_node_gives_its_tail_not_its_text() -> None:
    tree = lxml_html.fromstring("<div><p>a</p>b<i>c</i>d<h1>e</h1></div>")
    comment = etree.Comment(" not text ")
    comment.tail = "tail of the comment"
    tree.find("i").addnext(comment)
    h1 = tree.find("h1")
    texts = [text for text, _, _ in html_scan._preceding_texts(h1)]
    assert "tail of the comment" in texts and " not text " not in texts
    assert _same(h1)


def test_random_deep_trees() -> None:
    rng = random.Random(3)
    for _ in range(30):
        root = etree.Element("body")
        nodes = [root]
        for i in range(rng.randint(5, 80)):
            parent = rng.choice(nodes) if rng.random() < 0.7 else nodes[-1]  # some long chains
            child = etree.SubElement(parent, rng.choice(["div", "p", "span", "a", "h1"]))
            if rng.random() < 0.6:
                child.text = f"t{i}"
            if rng.random() < 0.5:
                child.tail = f"tail{i}"
            nodes.append(child)
        assert all(_same(element) for element in nodes)


def test_runs_before_the_headline_read_lazily() -> None:
    # Thousands of text nodes before the headline: only the nearest are read.
    page = ("<html><body>" + "<p>filler text</p>" * 5000 + "<p>kicker</p><h1>The headline</h1></body></html>")
    tree = parse_html(page)
    h1 = tree.find(".//h1")
    pulled = []
    original = html_scan._preceding_texts

    def counting(element):  # noqa: ANN001, ANN202
        for item in original(element):
            pulled.append(item)
            yield item

    html_scan._preceding_texts = counting
    try:
        runs = html_scan._runs_before(h1, 5)
    finally:
        html_scan._preceding_texts = original
    assert [text for text, _, _ in runs] == ["filler text"] * 4 + ["kicker"]
    assert len(pulled) == 5  # the XPath built all 5,001 nodes before it (or 40, 320, then all)
