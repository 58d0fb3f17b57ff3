"""Work of the title and author-box readers on pages of many <h1>s and short lines.

A page of 40,000 <h1>s cost the title readers about 1 s (docs/robustness.md): each of
choose_title, explain_title and the printed-title lookup walked every <h1> again and read
its text and its links. Now each <h1> is read once per page. The unlabelled author box
asked every short line whether one of the next three lines is a biography beginning with
it; a line with no line of a biography's length among the next three is now skipped.
The results are the same (the dev pages: same_output.py, differing 0); these tests count
the work and check the results on small pages.
"""

from __future__ import annotations

from lxml import html as lxml_html

from newsclean.fields import html_author_box, html_title
from newsclean.fields.html_ld import read_declared
from newsclean.fields.html_title import read_title

from helpers import record_calls


def _many_h1s(count: int) -> lxml_html.HtmlElement:
    sections = "".join(f"<h1>Section heading number {i}</h1><p>Short text {i}.</p>" for i in range(count))
    return lxml_html.fromstring(
        "<html><head><title>Budget approved after long debate | Daily Example</title></head><body>"
        '<h1><a href="/">Daily Example</a></h1>'
        f"<h1>Budget approved after long debate</h1>{sections}</body></html>")


def test_each_h1_is_read_once_per_page(monkeypatch):
    calls = record_calls(monkeypatch, html_title, "_is_logo")
    tree = _many_h1s(200)
    reading = read_title(tree, read_declared(tree), ["Daily Example"])
    assert len(calls) == 202  # every <h1> once (the code before: over 400, three readers each)
    # What the readers found, from the page: the story's <h1>, which the <title> names too.
    assert reading.value == "Budget approved after long debate"
    assert reading.lines[0].text_content() == "Budget approved after long debate"
    assert reading.source.source == "<h1>"
    lost = [c.value for c in reading.source.rejected]
    # The first 100 other <h1>s are listed (html_title.LOST_H1S_LISTED), the other 100
    # counted; the logo <h1> is listed apart, rejected as the site's name.
    assert lost[:100] == [f"Section heading number {i}" for i in range(100)]
    assert "Section heading number 100" not in lost
    assert "Daily Example" in lost
    assert reading.source.detail.endswith("; 100 more <h1>s lost, not listed")


def test_a_short_line_with_no_biography_after_it_is_not_asked_about(monkeypatch):
    calls = record_calls(monkeypatch, html_author_box, "_begins_biography")
    lines = [text for i in range(1_000) for text in (f"Headline number {i}", f"Short text {i}.")]
    assert html_author_box.bio_box(lines, []) == []
    assert len(calls) == 0  # the code before: 2,000, one per short line
    # A name alone, then a biography beginning with the first name: still found, and
    # asked only of the lines with a biography's length within the next three.
    page = ["Menu", "Jane Doe", "Jane is a reporter who has covered city politics for ten years.", "Contact"]
    assert html_author_box.bio_box(page, []) == ["Jane Doe"]
    assert len(calls) == 2  # "Menu" and "Jane Doe"; "Contact" has nothing after it


def test_the_site_name_is_cut_only_from_h1s_that_have_a_separator(monkeypatch):
    # The printed-title lookup and explain_title each cut the site's name off every <h1>
    # to compare it with the title (two strip_site calls per <h1>). Now each <h1>'s words
    # are read once for both, and a text with no separator ("|", "-", ...) is its own
    # text without the site name, so it is not cut at all.
    calls = record_calls(monkeypatch, html_title, "strip_site")
    sections = "".join(f"<h1>Section heading number {i}</h1>" for i in range(200))
    tree = lxml_html.fromstring("<html><head><title>A declared headline | Daily Example</title></head>"
                                f"<body>{sections}<h1>Budget approved - Daily Example</h1></body></html>")
    reading = read_title(tree, read_declared(tree), ["Daily Example"])
    # 200 section <h1>s: none is the headline, so the declared title without the site's name is.
    assert reading.value == "A declared headline"
    assert reading.lines == ()  # no <h1> prints it
    assert len(calls) < 20  # the declared title's and the one <h1> with a separator (the code before: over 400)
    lost = [c.value for c in reading.source.rejected if c.source == "<h1>"]
    assert len(lost) == html_title.LOST_H1S_LISTED and lost[0] == "Section heading number 0"
    assert "101 more <h1>s lost, not listed" in reading.source.detail


def test_the_h1_that_prints_the_title_with_the_site_name_is_its_line():
    tree = lxml_html.fromstring(
        "<html><head><title>Budget approved after long debate | Daily Example</title></head><body>"
        '<h1><a href="/">Budget approved after long debate</a></h1>'  # the logo: never the line
        "<h1>Budget approved after long debate | Daily Example</h1><p>Text.</p></body></html>")
    reading = read_title(tree, read_declared(tree), ["Daily Example"])
    assert reading.value == "Budget approved after long debate"
    assert [h1.text_content() for h1 in reading.lines] == ["Budget approved after long debate | Daily Example"]


def test_the_headline_walk_decides_which_h1s_it_reads_from_their_ancestors():
    # _h1_runs decides once per parent whether the <h1>s under it are read (in <body>,
    # not hidden, not inside an outer <h1>): <h1>s sharing a parent share the answer,
    # and each other parent is asked on its own.
    from newsclean.fields import html_scan

    tree = lxml_html.fromstring(
        "<html><head><noscript><h1>Hidden in head</h1></noscript></head><body>"
        "<h1>First</h1><h1>Second</h1>"
        "<noscript><h1>Hidden</h1><h1>Hidden too</h1></noscript>"
        "<div><h1>In a div</h1></div><h1>Outer <span><h1>Inner</h1></span></h1>"
        "<h1>Last</h1></body></html>")
    texts = [text for text, _ in html_scan._h1_runs(tree)]
    assert "Hidden" not in texts and "Hidden too" not in texts and "Hidden in head" not in texts
    assert texts[:3] == ["First", "Second", "In a div"] and texts[-1] == "Last"
