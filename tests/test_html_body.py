"""The HTML body: trafilatura asked twice, and the second opinion taken when the first finds little."""
from lxml import etree

from newsclean import html as nc_html
from newsclean.html import parse_html


def _doc(paragraphs: int) -> etree._Element:
    body = "".join(f"<p>Paragraph {i} of the article, with enough words to count as prose.</p>" for i in range(paragraphs))
    return etree.fromstring(f"<doc><main>{body}</main></doc>")


def test_default_run_wins_when_it_finds_over_twice_the_words(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: _doc(2 if favor_recall else 10))
    assert len(nc_html._trafilatura_blocks(parse_html("<p>x</p>"), None)) == 10


def test_recall_run_is_kept_otherwise(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: _doc(6 if favor_recall else 10))
    assert len(nc_html._trafilatura_blocks(parse_html("<p>x</p>"), None)) == 6


def test_either_run_empty(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: None if favor_recall else _doc(3))
    assert len(nc_html._trafilatura_blocks(parse_html("<p>x</p>"), None)) == 3
