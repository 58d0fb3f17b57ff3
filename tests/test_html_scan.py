"""html_scan finds the same elements and texts as the XPaths it replaces (kept here,
verbatim, as the reference), in document order, on pages written to hit their edges."""
from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from newsclean.fields import html_author_box, html_scan
from newsclean.fields.html_page import shared_headlines

# The XPaths before html_scan (html_authors, html_date).
_OLD_BYLINES = etree.XPath(
    '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or contains(@class, "author")'
    ' or contains(@class, "Byline") or contains(@class, "Author")][not(self::meta or self::link or self::script'
    ' or self::body or self::html or self::article or self::img)]'
    '[not(contains(@class, "uthorit") or contains(@class, "uthoriz"))]')
_OLD_IN_COMMENTS = 'ancestor-or-self::*[contains(@class, "comment") or contains(@id, "comment") or self::form]'
_OLD_DATES = etree.XPath(
    '//time | //*[@itemprop="datePublished"] | //*[contains(@class, "date") or contains(@class, "Date")'
    ' or contains(@class, "publish") or contains(@class, "posted") or contains(@class, "time")]'
    '[not(self::script or self::style or self::body or self::html or self::article or self::meta)]')
_OLD_BOX_TEXTS = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')] or ancestor::form)]",
    smart_strings=False)

_PAGES = {
    "bylines and dates everywhere": (
        "<html><head><meta name='author' content='X' class='author'><link rel='author' href='/a'>"
        "<meta itemprop='datePublished' content='2024-01-02'><title class='byline'>t</title></head><body>"
        "<div class='skyline'>City</div><span class='Byline'>By A</span><a rel='author' href='/b'>B</a>"
        "<p class='authority-note'>no</p><p class='coauthors'>C and D</p><img class='author-pic' src='x'>"
        "<article class='author'>body</article><time>May 1</time><time datetime='2024-05-01'></time>"
        "<div class='timeline'>x</div><span class='post-Date'>June 2</span><script class='date'>s</script>"
        "<div class='comments'><span class='author'>Reader</span><form><a rel='author'>R</a></form>"
        "<span class='date'>July 3</span></div><div id='commentary-box'><b class='byline'>In id</b></div>"
        "<span itemprop='author'>Z</span><p class='published'>Aug 4</p><p class='posted-on'>Sep 5</p>"
        "</body></html>"),
    "many candidates": "<html><body>" + "".join(
        f"<div class='author-{i} date-{i}'>n{i}<time>{i}</time></div>" for i in range(40)) + "</body></html>",
    "text in comments, forms, scripts": (
        "<html><body>Lead<!-- a comment -->after the comment<?pi x?>after the pi<p>One <b>two</b> three</p>"
        "<script>var a</script>script tail<style>p{}</style><noscript><p>hidden</p></noscript>noscript tail"
        "<div class='comment-list'><p>Reader says</p>tail in</div>tail out<form><label>Name</label></form>"
        "<div id='comments'><p>Again</p></div><p>   </p><p>Last\n   words</p></body></html>"),
    "no body": "<html><head><title>t</title></head></html>",
}


def _tree(page):
    return lxml_html.document_fromstring(page)


def test_the_byline_elements_and_their_comment_flags_are_the_old_xpaths():
    for name, page in _PAGES.items():
        tree = _tree(page)
        old = _OLD_BYLINES(tree)[:30]
        found = html_scan.byline_elements(tree)
        assert found == old, name
        assert [html_scan.in_comments(e) for e in found] == [e.xpath(_OLD_IN_COMMENTS) != [] for e in old], name


def test_the_date_elements_are_the_old_xpath():
    for name, page in _PAGES.items():
        tree = _tree(page)
        assert html_scan.date_elements(tree) == _OLD_DATES(tree)[:30], name


def test_the_box_texts_are_the_old_xpaths():
    for name, page in _PAGES.items():
        tree = _tree(page)
        old = [text for text in (" ".join(t.split()) for t in _OLD_BOX_TEXTS(tree)) if text]
        assert html_scan.box_texts(tree) == old, name
    texts = html_scan.box_texts(_tree(_PAGES["text in comments, forms, scripts"]))
    assert "after the comment" in texts and "after the pi" in texts and "tail out" in texts
    assert "Reader says" not in texts and "Name" not in texts and "var a" not in texts


def test_a_second_top_level_element_is_read_as_the_xpaths_read_it():
    # libxml2 keeps a second <html> after the first as a sibling of the root; "//" finds
    # its elements, and so must the scan (a development page is built so).
    tree = lxml_html.document_fromstring(
        "<html><body><p>first</p></body></html><html><body><div class='author-info'>By Jane Doe</div>"
        "<time>May 1, 2024</time><h1>Headline here</h1><p>text</p></body></html>")
    assert len(tree.getroottree().xpath("/*")) == 2
    assert html_scan.byline_elements(tree) == _OLD_BYLINES(tree)
    assert html_scan.date_elements(tree) == _OLD_DATES(tree)
    headline = html_scan.headline_runs(tree, "Headline here")
    assert headline.runs[headline.anchor].text == "Headline here"


def test_deep_nesting_is_walked_without_recursion():
    # Deeper than Python's recursion limit (libxml2's parser stops at 256 levels; a tree
    # built in code does not).
    tree = _tree("<html><body><h1>Headline here</h1><p>after</p></body></html>")
    element = tree.find("body")
    for _ in range(3000):
        element = etree.SubElement(element, "div")
    element.text = "deep"
    tree.find("body").append(tree.find("body/p"))
    headline = html_scan.headline_runs(tree, "Headline here")
    assert [run.text for run in headline.runs] == ["Headline here", "deep", "after"]
    assert html_scan.box_texts(tree) == ["Headline here", "deep", "after"]


def test_the_bio_box_reads_names_only_where_a_biography_may_follow(monkeypatch):
    """Counting work: the unlabelled author box checks a short line as a name only when a
    biography begins with it (or its first word) within three lines, or one begins with it
    elsewhere; before, every short line of the page (menus, buttons) went to clean_names."""
    page = ("<html><body><h1>Headline</h1>" + "".join(f"<li>Section{i} News</li>" for i in range(200))
            + "<p>Jane Doe</p><p>Jane Doe is a reporter who covers the city council and her neighbourhood.</p>"
            + "</body></html>")
    calls = []
    real = html_author_box.clean_names

    def counted(value, sites, strict=False):
        calls.append(value)
        return real(value, sites, strict)

    monkeypatch.setattr(html_author_box, "clean_names", counted)
    tree = _tree(page)
    with shared_headlines(tree):
        found = html_author_box.labelled_author_box(tree, [])
    assert found == ["Jane Doe"]
    assert not any(value.startswith("Section") for value in calls)


def _old_cut_index(tree, elements, characters_limit):
    """html_date._cut_index before its counts in C, verbatim but for the bounds."""
    characters = 0
    for index, element in enumerate(tree.iter()):
        characters += len(element.tail or "") + (len(element.text or "") if isinstance(element.tag, str) else 0)
        if index >= elements or characters > characters_limit:
            return max(index, 1)
    return None


def test_htmldates_page_cut_is_where_the_element_by_element_count_put_it(monkeypatch):
    from newsclean.fields import html_date

    monkeypatch.setattr(html_date, "_HTMLDATE_ELEMENTS", 40)
    monkeypatch.setattr(html_date, "_HTMLDATE_CHARACTERS", 300)
    pages = [f"<html><body>{'<p>ab</p><!-- c -->tail' * n}</body></html>" for n in range(10, 25)]
    pages += [f"<html><body><p>{'x' * n}</p><?pi y?>{'z' * 10}</body></html>" for n in range(280, 300)]
    for page in pages:
        tree = _tree(page)
        assert html_date._cut_index(tree) == _old_cut_index(tree, 40, 300), page[:60]
    assert {html_date._cut_index(_tree(page)) is None for page in pages} == {True, False}
