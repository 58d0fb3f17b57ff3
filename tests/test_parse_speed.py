"""read/html_parse.py does less work per page with the same tree: element classes looked
up in C, and the pattern that drops characters XML refuses run only on pages that hold
one (work counted, never timed)."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsclean.read import html_parse
from newsclean.read.html_parse import _NOT_XML, _has_not_xml, parse_html

PAGE = ("<html><head><title>T</title></head><body><form action='/s'><input name='q' value='x'>"
        "<select name='s'><option>a</option></select><textarea name='t'>w</textarea><label>L</label></form>"
        "<!-- a comment --><div class='post'><p>One <a href='/a'>two</a> three.</p></div></body></html>")


def test_no_python_class_lookup_per_element(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = lxml_html.HtmlElementClassLookup.lookup

    def counting(self, *args):  # noqa: ANN001, ANN202
        calls.append(args)
        return original(self, *args)

    monkeypatch.setattr(lxml_html.HtmlElementClassLookup, "lookup", counting)
    tree = parse_html(PAGE)
    elements = list(tree.iter())
    assert len(elements) > 10
    assert calls == []  # before: one call per element object made


def test_same_element_classes_as_lxml_html() -> None:
    ours = parse_html(PAGE)
    theirs = lxml_html.document_fromstring(PAGE)
    assert [(e.tag, type(e)) for e in ours.iter()] == [(e.tag, type(e)) for e in theirs.iter() if isinstance(e.tag, str)]
    assert type(ours.find(".//form")) is lxml_html.FormElement
    assert ours.find(".//input").value == "x"  # InputElement's own API still works
    assert ours.find(".//form").fields["q"] == "x"
    assert " ".join(ours.find(".//p").text_content().split()) == "One two three."


@pytest.mark.parametrize("page", ["<p>plain ascii</p>", "<p>caf\u00e9 \u201cquoted\u201d \U0001F600</p>"])
def test_clean_page_skips_the_character_pattern(monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    class Spy:
        calls = 0

        def sub(self, *args):  # noqa: ANN002, ANN202
            Spy.calls += 1
            return _NOT_XML.sub(*args)

    monkeypatch.setattr(html_parse, "_NOT_XML", Spy())
    tree = parse_html(page)
    assert Spy.calls == 0  # before: the whole page was searched by the pattern every time
    assert tree.find(".//p").text_content() == page[3:-4]


def test_has_not_xml_agrees_with_the_pattern_on_every_bmp_character() -> None:
    for code in range(0x10000):
        char = chr(code)
        expected = bool(_NOT_XML.search(char))
        assert _has_not_xml("ab" + char) is expected, hex(code)
        assert _has_not_xml("\u00e9\u4e2d" + char + "z") is expected, hex(code)
    assert _has_not_xml("\U0001F600") is False


@pytest.mark.parametrize("bad", ["\x00", "\x0b", "\x1f", "\x7f", "\ufffe", "\uffff", "\ud800", "\udfff"])
def test_pages_with_such_characters_still_cleaned(bad: str) -> None:
    tree = parse_html(f"<p>a{bad}b \u00e9</p>")
    assert tree.find(".//p").text_content() == ("a\ufffdb \u00e9" if "\ud800" <= bad <= "\udfff" else "ab \u00e9")
