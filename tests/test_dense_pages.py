"""A page of many tiny elements, under the element limit, is read by the engine alone.

trafilatura's work grows with the element count (docs/robustness.md: a 100 KB table of
7,500 cells costs it more than the 2 s per MB target on its own); a page of over
DENSE_PAGE_ELEMENTS elements at over DENSE_ELEMENTS_PER_1000_CHARS per 1,000 characters is handed
to the engine instead. Ordinary pages, and pages as large but less dense, keep trafilatura.

Counting only the elements that hold text of their own: over DENSE_TEXT_ELEMENTS of them at
over DENSE_TEXT_ELEMENTS_PER_1000_CHARS (a page of thousands of tiny headings and
paragraphs, of dated <div>s), or over MANY_TEXT_ELEMENTS whatever the density, go to the
engine too; empty wrappers and scripts are not counted.
"""

from __future__ import annotations

import pytest

import newsclean.read.html as read_html
from newsclean import extract
from newsclean.read.html import html_to_page
from newsclean.read.html_parse import parse_html

from helpers import PARAGRAPHS

ARTICLE = "<h1>Council approves budget</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(extra: str) -> str:
    return f"<html><head><title>Council approves budget</title></head><body><article>{ARTICLE}</article>{extra}</body></html>"


def _cells(rows: int) -> str:
    # Two cells a row plus the row: 3 elements per row, about 30 characters.
    return "<table>" + "".join(f"<tr><td>{i}</td><td>{i * 7}</td></tr>" for i in range(rows)) + "</table>"


def _elements(html: str) -> int:
    return sum(1 for _ in parse_html(html).iter())


@pytest.fixture
def no_trafilatura(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura was asked for a page of tiny elements")

    monkeypatch.setattr(read_html, "_trafilatura_blocks", refuse)


def test_a_dense_page_under_the_element_limit_never_reaches_trafilatura(no_trafilatura):
    page = _page(_cells(2_500))  # 7,500 cells and rows in about 90,000 characters
    elements = _elements(page)
    assert read_html.DENSE_PAGE_ELEMENTS < elements < read_html.LARGE_PAGE_ELEMENTS
    assert elements * 1000 / len(page) > read_html.DENSE_ELEMENTS_PER_1000_CHARS
    assert html_to_page(page, engine="trafilatura").engine == "newsclean"
    body = extract(page, source_type="html").body
    for paragraph in PARAGRAPHS:
        assert paragraph in body


def test_only_the_dense_page_leaves_trafilatura():
    # As many elements, each cell holding a sentence: under the density, trafilatura reads it.
    sentence = "The council met on Tuesday to discuss the budget for next year"
    rows = "".join(f"<tr><td>{sentence} {i}.</td><td>{sentence}.</td></tr>" for i in range(2_500))
    ordinary = _page(f"<table>{rows}</table>")
    assert _elements(ordinary) > read_html.DENSE_PAGE_ELEMENTS
    assert _elements(ordinary) * 1000 / len(ordinary) < read_html.DENSE_ELEMENTS_PER_1000_CHARS
    assert html_to_page(ordinary, engine="trafilatura").engine == "trafilatura"
    # Dense, but under DENSE_PAGE_ELEMENTS: the page's fixed cost dominates there.
    small = _page(_cells(300))
    assert _elements(small) < read_html.DENSE_PAGE_ELEMENTS
    assert html_to_page(small, engine="trafilatura").engine == "trafilatura"
    # The dense page of the test above.
    assert html_to_page(_page(_cells(2_500)), engine="trafilatura").engine == "newsclean"


def test_a_page_of_three_character_elements_is_counted(no_trafilatura):
    # "<p>x" is 4 characters an element, "<p>" alone 3: 5,200 of either is over
    # DENSE_PAGE_ELEMENTS in 15,600-20,800 characters (250-333 an element per 1,000), under
    # the 25,000 characters the count used to start at (it took 5 characters an element).
    for unit in ("<p>x", "<p>"):
        page = "<html><body>" + unit * 5_200 + "</body></html>"
        assert _elements(page) > read_html.DENSE_PAGE_ELEMENTS
        assert len(page) < 5 * read_html.DENSE_PAGE_ELEMENTS
        assert html_to_page(page, engine="trafilatura").engine == "newsclean"


def _is_large(html: str) -> bool:
    return read_html._is_large(html, parse_html(html))


def _text_elements(html: str) -> int:
    return sum(1 for e in parse_html(html).iter()
               if isinstance(e.tag, str) and e.tag not in ("script", "style") and (e.text or "").strip())


def test_a_page_of_tiny_headings_and_paragraphs_never_reaches_trafilatura(no_trafilatura):
    # 2,400 headings, each followed by a one-line paragraph: 4,800 elements, under
    # DENSE_PAGE_ELEMENTS, at about 40 per 1,000 characters, under the element density;
    # every one of them holds text.
    pairs = "".join(f"<h2>Update {i}</h2><p>Score {i}:{i % 7}.</p>" for i in range(2_400))
    page = _page(pairs)
    assert _elements(page) < read_html.DENSE_PAGE_ELEMENTS
    assert _text_elements(page) > read_html.DENSE_TEXT_ELEMENTS
    assert _text_elements(page) * 1000 / len(page) > read_html.DENSE_TEXT_ELEMENTS_PER_1000_CHARS
    assert html_to_page(page, engine="trafilatura").engine == "newsclean"
    body = extract(page, source_type="html").body
    for paragraph in PARAGRAPHS:
        assert paragraph in body


def test_a_page_of_dated_items_never_reaches_trafilatura(no_trafilatura):
    # Dated list entries in <div>s and <p>s, in several languages' month names.
    months = ("March", "mars", "März", "marzo", "marca")
    items = "".join(f'<div class="date">{1 + i % 28} {months[i % 5]} {1990 + i % 30}</div><p>Item {i}.</p>'
                    for i in range(2_200))
    page = _page(items)
    assert _text_elements(page) * 1000 / len(page) > read_html.DENSE_TEXT_ELEMENTS_PER_1000_CHARS
    assert html_to_page(page, engine="trafilatura").engine == "newsclean"


def test_text_elements_of_sentences_or_without_text_keep_trafilatura():
    # A guard, all of it: 2b02aab kept these three pages with trafilatura too; it checks
    # that the text-element rule does not take them.
    # As many text-holding elements, each a sentence: under the text density.
    sentence = "The council met on Tuesday to discuss the budget for next year"
    sentences = _page("".join(f"<p>{sentence}, item {i}.</p>" for i in range(2_400)))
    assert _text_elements(sentences) > read_html.DENSE_TEXT_ELEMENTS
    assert _text_elements(sentences) * 1000 / len(sentences) < read_html.DENSE_TEXT_ELEMENTS_PER_1000_CHARS
    assert not _is_large(sentences)
    # Dense, but under DENSE_TEXT_ELEMENTS: the page's fixed cost dominates there.
    few = _page("".join(f"<h2>Update {i}</h2><p>Score {i}.</p>" for i in range(900)))
    assert _text_elements(few) < read_html.DENSE_TEXT_ELEMENTS
    assert not _is_large(few)
    # Scripts hold code, not text, and empty wrappers hold none.
    scripts = _page("".join(f"<div><script>var x{i} = {i};</script></div>" for i in range(2_400)))
    assert _elements(scripts) < read_html.DENSE_PAGE_ELEMENTS
    assert not _is_large(scripts)


def test_many_text_elements_go_to_the_engine_whatever_their_density():
    sentence = "The council met on Tuesday to discuss the budget for next year"
    over = "".join(f"<p>{sentence}, item {i}.</p>" for i in range(read_html.MANY_TEXT_ELEMENTS + 100))
    page = _page(over)
    assert _elements(page) < read_html.LARGE_PAGE_ELEMENTS
    assert _text_elements(page) * 1000 / len(page) < read_html.DENSE_TEXT_ELEMENTS_PER_1000_CHARS
    assert _is_large(page)
    under = "".join(f"<p>{sentence}, item {i}.</p>" for i in range(read_html.MANY_TEXT_ELEMENTS - 100))
    assert not _is_large(_page(under))
