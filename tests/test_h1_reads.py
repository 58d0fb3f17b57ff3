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

from newsclean.fields import html_authors, html_title
from newsclean.fields.html_ld import read_declared
from newsclean.fields.html_title import read_title


def _many_h1s(count: int) -> lxml_html.HtmlElement:
    sections = "".join(f"<h1>Section heading number {i}</h1><p>Short text {i}.</p>" for i in range(count))
    return lxml_html.fromstring(
        "<html><head><title>Budget approved after long debate | Daily Example</title></head><body>"
        '<h1><a href="/">Daily Example</a></h1>'
        f"<h1>Budget approved after long debate</h1>{sections}</body></html>")


def test_each_h1_is_read_once_per_page(monkeypatch):
    calls = 0
    real = html_title._is_logo

    def counting(h1):
        nonlocal calls
        calls += 1
        return real(h1)

    monkeypatch.setattr(html_title, "_is_logo", counting)
    tree = _many_h1s(200)
    reading = read_title(tree, read_declared(tree), ["Daily Example"])
    assert calls == 202  # every <h1> once (the code before: over 400, three readers each)
    # What the readers found, from the page: the story's <h1>, which the <title> names too.
    assert reading.value == "Budget approved after long debate"
    assert reading.lines[0].text_content() == "Budget approved after long debate"
    assert reading.source.source == "<h1>"
    lost = [c.value for c in reading.source.rejected]
    assert "Section heading number 0" in lost and "Section heading number 199" in lost
    assert "Daily Example" in lost  # the logo <h1>, rejected as the site's name


def test_a_short_line_with_no_biography_after_it_is_not_asked_about(monkeypatch):
    calls = 0
    real = html_authors._begins_biography

    def counting(name, lines):
        nonlocal calls
        calls += 1
        return real(name, lines)

    monkeypatch.setattr(html_authors, "_begins_biography", counting)
    lines = [text for i in range(1_000) for text in (f"Headline number {i}", f"Short text {i}.")]
    assert html_authors._bio_box(lines, []) == []
    assert calls == 0  # the code before: 2,000, one per short line
    # A name alone, then a biography beginning with the first name: still found, and
    # asked only of the lines with a biography's length within the next three.
    page = ["Menu", "Jane Doe", "Jane is a reporter who has covered city politics for ten years.", "Contact"]
    assert html_authors._bio_box(page, []) == ["Jane Doe"]
    assert calls == 2  # "Menu" and "Jane Doe"; "Contact" has nothing after it
