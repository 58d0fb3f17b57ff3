"""`extract` raises nothing but NewscleanError on any str or bytes: malformed URLs (the
caller's), markup XML cannot hold, control characters and lone surrogates."""
from __future__ import annotations

import pytest

import newsclean

FIRST = "The harbour authority said on Monday that the new quay would open in the spring."
SECOND = "Local traders welcomed the news, saying the two-year closure had cost them customers."


def article_page(middle: str = "", head: str = "") -> str:
    return (f"<html><head><title>Quay to open in spring</title>{head}</head><body><article>"
            f"<h1>Quay to open in spring</h1><p>{FIRST}{middle}</p><p>{SECOND}</p></article></body></html>")


def text_page(middle: str = "") -> str:
    return f"Quay to open in spring\n\n{FIRST}{middle}\n\n{SECOND}\n"


def test_a_malformed_url_from_the_caller_is_ignored_not_raised():
    # The first four made urlsplit (or its .hostname) raise ValueError; the others are checked alongside.
    for url in ("http://[::1", "https://[fe80::1/x", "http://[0:0:0:0:0:0:0:0:0]/", "//[x]/", "http://[v1.x]/",
                "http://a.b:port/", "http://[::1]:99999/", "\x00", "::::"):
        for page in (article_page(), text_page()):
            article = newsclean.extract(page, url=url)
            assert FIRST in article.body and SECOND in article.body


@pytest.mark.parametrize("page", [
    "<div>x<s <>y</s></div>",          # an attribute named "<": valid to lxml's HTML parser, not to XML
    "<div>x<s 1a=2>y</s></div>",       # an attribute name starting with a digit
    "<div>x<a:b:c>y</a:b:c></div>",    # a tag name with two colons
    "<div>x<a<b>y</a<b></div>",        # a tag name holding "<"
    "<div>x<p>&#8;",                   # a character reference to a control character
    "<div>x<p>&#x1F;&#11;&#x0000c;",
    "<div>x<p>&#xFFFF;",               # references to the non-characters U+FFFF and U+FFFE
    "<div>x<p>&#65534;",
])
def test_markup_xml_cannot_hold_does_not_raise(page):
    article = newsclean.extract(page)
    assert "x" in article.body.split()


def test_non_characters_in_a_page_do_not_raise():
    for page in ("<pre><code>\uffff<p>", "<div>\ufffe<p> "):  # found by the fuzz campaign
        assert newsclean.extract(page).body == ""


def test_pages_with_such_markup_keep_their_article():
    article = newsclean.extract(article_page(middle=" <s <>also</s> &#8; <a:b:c>here</a:b:c>"))
    assert FIRST in article.body and SECOND in article.body and "also" in article.body


def test_control_references_are_dropped_and_other_references_kept():
    article = newsclean.extract(article_page(middle=" &#81;&#8217;&#x1f600;&#9;&#x0b;&#8;end"))
    assert "Q\u2019\U0001f600" in article.body and "\x08" not in article.body and "\x0b" not in article.body


def test_a_lone_surrogate_or_other_non_xml_character_loses_nothing_after_it():
    # lxml dropped the rest of the page after a lone surrogate, U+FFFE or U+FFFF.
    for bad in ("\ud800", "\udfff", "\ufffe", "\uffff", "\x00", "\x1b"):
        for page in (article_page(middle=f" {bad} "), text_page(middle=f" {bad} ")):
            article = newsclean.extract(page)
            assert SECOND in article.body, repr(bad)


def test_wrong_argument_types_raise_the_documented_error():
    with pytest.raises(newsclean.NewscleanError):
        newsclean.extract(article_page(), url=42)  # type: ignore[arg-type]
    for cap in (0, -1, 1.5, "10", True):
        with pytest.raises(newsclean.NewscleanError):
            newsclean.extract(article_page(), max_bytes=cap)  # type: ignore[arg-type]


def test_surrogates_in_a_str_come_out_as_characters_that_encode():
    # JSON "\ud83d\ude00" escapes split across code points, and a lone "\ud800".
    for page in (text_page(middle=" \ud83d\ude00 and \ud800 "), article_page(middle=" \ud83d\ude00 and \ud800 ")):
        output = newsclean.extract(page).to_json()
        assert "\U0001f600 and \ufffd" in output
        output.encode("utf-8")  # raised UnicodeEncodeError on a lone surrogate
