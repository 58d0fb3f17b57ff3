"""The headline anchor (html_page.headline_texts) is walked once per page and only as far
as the readers look, with the same runs and anchor as the full walk it replaces: the runs
from HEADLINE_BEFORE before the headline to ``after`` past it (the readers look no
further back)."""
from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from newsclean.fields.html import read_html_metadata
from newsclean.fields import html_scan
from newsclean.fields.html_page import HEADLINE_BEFORE, TextRun, headline_texts, shared_headlines


def _full_walk(tree, title, after):
    """The walk before this change, verbatim: every text run of <body> in Python, an
    ancestor walk per run, stopping only once the <h1> holding the title is passed."""
    nodes: list[TextRun] = []
    anchor = first_h1 = same_text = None
    wanted = " ".join(title.split())[:40].casefold() if title else None
    for node in tree.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"):
        text = " ".join(str(node).split())
        owner = node.getparent()
        if not text or owner is None:
            continue
        if node.is_tail:
            owner = owner.getparent()
            if owner is None:
                continue
        if anchor is None and (owner.tag == "h1" or next(owner.iterancestors("h1"), None) is not None):
            first_h1 = len(nodes) if first_h1 is None else first_h1
            if wanted and text.casefold()[:40] in wanted:
                anchor = len(nodes)
        elif same_text is None and wanted and len(text) >= 10 and text.casefold()[:40] == wanted[:40]:
            same_text = len(nodes)
        nodes.append(TextRun(text, owner))
        if anchor is not None and len(nodes) > anchor + after:
            break
    if anchor is None:
        anchor = first_h1 if first_h1 is not None else same_text
    return nodes, anchor


_PAGES = {
    "story h1 after a logo h1": "<html><head><title>x</title></head><body><h1><a href='/'>Site</a></h1>"
    "<nav>Home <b>News</b> tail</nav><h1>The <i>real</i> story headline</h1><p>By Jane Doe</p>"
    + "".join(f"<p>Para {i} <b>bold {i}</b> after {i}</p>" for i in range(60)) + "</body></html>",
    "no h1, headline in a div": "<html><body><div>menu</div><div>The real story headline</div>"
    "<script>var x = 'The real story headline';</script><p>Jane Doe | Writer</p>"
    + "".join(f"<p>Para {i}</p>" for i in range(50)) + "</body></html>",
    "no headline at all": "<html><body>" + "".join(f"<p>Para {i}</p>" for i in range(30)) + "</body></html>",
    "h1 with no title match": "<html><body><p>Top</p><h1>  </h1><h1>Section</h1><style>h1{}</style>"
    + "".join(f"<p>Para {i}</p> tail {i} " for i in range(50)) + "<h1>The real story headline</h1></body></html>",
    "empty body": "<html><body></body></html>",
    "kicker inside the h1, comments and hidden text before it": (
        "<html><body><div class='comments'><p>Reader one</p>reader tail</div><!-- note -->note tail"
        "<noscript><p>enable js</p></noscript>noscript tail<script>var s</script><form><b>Search</b></form>"
        "<h1><span>Kicker</span> The real story <i>headline</i></h1><p>By Jane</p>"
        + "".join(f"<div class='comment-{i % 2}'>c{i}<?pi x?>pi tail {i}</div>" for i in range(50)) + "</body></html>"),
    "h1 inside a script-free nest, a second h1 inside the first": (
        "<html><head><title>t</title></head><body><p>a</p><p>b</p><section><h1>Outer <h1>The real story headline"
        "</h1></h1></section>" + "".join(f"<p>{i}</p>" for i in range(45)) + "</body></html>"),
}
_TITLES = ["The real story headline", None, "Something else entirely", "Section"]


def _shape(tree, nodes, anchor, after, start=0, in_comments=lambda node: node.in_comments):
    """Runs as (text, owner's path), the ones a reader can look at: from ``start`` to
    ``after`` past the anchor, and the anchor's place among them."""
    if anchor is None:
        return None
    path = tree.getroottree().getpath
    return anchor - start, [(n.text, path(n.owner), in_comments(n)) for n in nodes[start:anchor + after + 1]]


# The old author readers' test for names in comment threads and forms (TextRun.in_comments).
_IN_COMMENTS = 'ancestor-or-self::*[contains(@class, "comment") or contains(@id, "comment") or self::form]'


def _expected(tree, title, after):
    """The full walk's runs from HEADLINE_BEFORE before its anchor to ``after`` past it."""
    nodes, anchor = _full_walk(tree, title, after)
    return _shape(tree, nodes, anchor, after, max(0, anchor - HEADLINE_BEFORE) if anchor is not None else 0,
                  lambda node: node.owner.xpath(_IN_COMMENTS) != [])


def test_the_walk_gives_the_full_walks_runs_and_anchor_on_hand_written_pages():
    for name, page in _PAGES.items():
        tree = lxml_html.fromstring(page)
        for title in _TITLES:
            for after in (0, 3, 10, 40):
                expected = _expected(tree, title, after)
                got = headline_texts(tree, title, after)
                assert _shape(tree, got.nodes, got.anchor, after) == expected, (name, title, after)


def test_the_shared_walk_gives_the_same_runs_whatever_order_the_readers_ask():
    for name, page in _PAGES.items():
        tree = lxml_html.fromstring(page)
        with shared_headlines(tree):
            for title in _TITLES:
                for after in (10, 40, 3, 20, 40):
                    expected = _expected(tree, title, after)
                    got = headline_texts(tree, title, after)
                    assert _shape(tree, got.nodes, got.anchor, after) == expected, (name, title, after)


class _CountedElement(lxml_html.HtmlElement):
    """An element that counts its Python proxies: lxml makes one per node a reader touches."""

    made = 0

    def _init(self) -> None:
        type(self).made += 1


def test_the_walk_makes_no_proxies_for_the_page_below_the_headline():
    parser = lxml_html.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=_CountedElement))
    page = ("<html><body><h1>The real story headline</h1>"
            + "".join(f"<p>Paragraph {i} of the story.</p>" for i in range(3000)) + "</body></html>")
    tree = lxml_html.fromstring(page, parser=parser)
    _CountedElement.made = 0
    texts = headline_texts(tree, "The real story headline", 20)
    assert texts.anchor == 0 and len(texts.nodes) == 21
    # The headline and the 20 paragraphs after it (and a few parents), not the 3000.
    assert _CountedElement.made < 100


def test_read_html_metadata_walks_to_the_headline_once_per_page(monkeypatch):
    walks = []
    real = html_scan.headline_runs

    def counted(tree, title, reach):
        walks.append((title, reach))
        return real(tree, title, reach)

    monkeypatch.setattr(html_scan, "headline_runs", counted)
    page = ("<html><head><title>The real story headline | Site</title></head><body>"
            "<h1>The real story headline</h1><p>Posted by someone</p>"
            + "".join(f"<p>Paragraph {i} of the story, long enough to be body text here.</p>" for i in range(30))
            + "</body></html>")
    meta = read_html_metadata(lxml_html.fromstring(page))
    assert meta.title == "The real story headline"
    assert len(walks) == 1, walks  # the author readers (up to three) and the date reader share it


def test_explain_title_lists_each_other_h1_once_in_page_order():
    page = ("<html><head><title>Story</title></head><body><h1><a href='/'>Site</a></h1><h1>Story</h1>"
            + "".join(f"<h1>Other {i % 5}</h1>" for i in range(20)) + "<h1>Site</h1></body></html>")
    tree = lxml_html.fromstring(page)
    source = read_html_metadata(tree).sources["title"]
    rejected = [(c.value, c.why) for c in source.rejected if c.source == "<h1>"]
    assert rejected == [(f"Other {i}", "another <h1>") for i in range(5)] + [("Site", "another <h1>"),
                                                                              ("Site", "the site's name or logo")]


def test_the_byline_elements_are_looked_up_once_per_page(monkeypatch):
    lookups = []
    real = html_scan.byline_elements

    def counted(tree):
        lookups.append(tree)
        return real(tree)

    monkeypatch.setattr(html_scan, "byline_elements", counted)
    # The author comes from the byline element: found by one reader, explained by another.
    page = ("<html><body><h1>The real story headline</h1><span class='byline'>Jane Doe</span>"
            + "".join(f"<p>Paragraph {i} of the story, long enough to be body text here.</p>" for i in range(5))
            + "</body></html>")
    meta = read_html_metadata(lxml_html.fromstring(page))
    assert meta.authors == ["Jane Doe"] and meta.sources["authors"].source == "byline element span.byline"
    assert len(lookups) == 1
