"""What the HTML field readers share: the site's names (``site_names``, ``is_site``), text
as a page gives it (``clean_text``, ``repair_mojibake``, ``squash``), the page's text runs
around the headline (``headline_texts``), the byline and date elements and the texts
outside comments (html_scan.py), each found once per page while ``shared_headlines`` is
open. The title, author and date readers import these public names from here, never each
other's private helpers."""
from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .html_ld import Declared
from . import html_scan
from .html_scan import HEADLINE_AFTER, HEADLINE_BEFORE, TextRun, in_comments

__all__ = ["HEADLINE_BEFORE", "HeadlineTexts", "TextRun", "box_texts", "byline_elements", "clean_text",
           "date_elements", "headline_texts", "in_comments", "is_site", "once_per_page", "repair_mojibake", "shared_headlines",
           "site_names", "squash", "url_host"]

_WORDS = re.compile(r"\w+")
# A UTF-8 lead byte read as a Latin-1/cp1252 character, then a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def squash(text: str) -> str:
    return "".join(_WORDS.findall(text.casefold())).replace("_", "")


def url_host(url: str | None) -> str | None:
    """The host name in ``url``; None when there is none or the URL is malformed
    ("http://[::1" made urlsplit raise ValueError)."""
    try:
        return urlsplit(url or "").hostname
    except ValueError:
        return None


def site_names(declared: Declared, url: str | None) -> list[str]:
    """Names the site goes by: og:site_name, the publisher, application-name, the domain."""
    names = [declared.tags.get("og:site_name"), declared.tags.get("application-name"),
             declared.tags.get("apple-mobile-web-app-title")]
    for node in declared.articles:
        publisher = node.get("publisher")
        publisher = declared.resolve(publisher[0] if isinstance(publisher, list) and publisher else publisher)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    names.extend(declared.website_names)
    host = url_host(url) or ""
    labels = [p for p in host.split(".") if p not in ("www", "m", "amp", "blog", "news")]
    if labels:
        names.append(labels[0] if len(labels) == 1 else labels[-2] if len(labels[-1]) <= 3 else labels[0])
        names.append(".".join(labels))
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def is_site(part: str, sites: list[str]) -> bool:
    squashed = squash(part)
    if not squashed:
        return True
    for site in sites:
        other = squash(site)
        if other and (squashed == other or (len(other) >= 4 and squashed.startswith(other) and len(squashed) - len(other) <= 4)
                      or (len(squashed) >= 4 and other.startswith(squashed) and len(part.split()) <= 4)):
            return True
    return False


def clean_text(text: str | None) -> str | None:
    if not isinstance(text, str):
        return None
    if "<" in text or "&" in text:
        try:
            text = lxml_html.fromstring(f"<span>{text}</span>").text_content()
        except Exception:  # not markup after all: keep the text as given
            pass
    text = " ".join(repair_mojibake(text).split())
    return text or None


def repair_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1: "Investorâ\x80\x99s" -> "Investor’s". Only text that has the
    telltale byte pairs and decodes cleanly back is changed."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


@dataclass(frozen=True)
class HeadlineTexts:
    """The page's text runs around the headline, in reading order: from up to
    ``HEADLINE_BEFORE`` runs before it to ``after`` runs past it, and the index of the
    headline's first run among them (None, and no runs, when no run is the headline)."""

    nodes: list[TextRun]
    anchor: int | None


# One page's finds (headline runs by title and reach, byline and date elements, texts
# outside comments: see once_per_page), shared by the title, author and date readers while
# read_html_fields reads that page (shared_headlines): each is made once, not per field.
_SHARED: contextvars.ContextVar[tuple[lxml_html.HtmlElement, dict[Hashable, Any]] | None] = \
    contextvars.ContextVar("newsclean_shared_headlines", default=None)


@contextmanager
def shared_headlines(tree: lxml_html.HtmlElement) -> Iterator[None]:
    """While open, headline_texts and the other page finds on ``tree`` are made once and
    reused (once_per_page)."""
    token = _SHARED.set((tree, {}))
    try:
        yield
    finally:
        _SHARED.reset(token)


def once_per_page(tree: lxml_html.HtmlElement, key: Hashable, compute: Callable[[], Any]) -> Any:
    """``compute()``, made once per page while shared_headlines is open on ``tree``, else
    each time."""
    shared = _SHARED.get()
    if shared is None or shared[0] is not tree:
        return compute()
    if key not in shared[1]:
        shared[1][key] = compute()
    return shared[1][key]


def byline_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's first byline elements (html_scan.byline_elements), found once per page."""
    return once_per_page(tree, "byline elements", lambda: html_scan.byline_elements(tree))


def date_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's first date elements (html_scan.date_elements), found once per page."""
    return once_per_page(tree, "date elements", lambda: html_scan.date_elements(tree))


def box_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """The texts of the page's runs outside comments and forms (html_scan.box_texts)."""
    return once_per_page(tree, "box texts", lambda: html_scan.box_texts(tree))


def headline_texts(tree: lxml_html.HtmlElement, title: str | None, after: int) -> HeadlineTexts:
    """Text runs of the page around the headline, up to ``after`` runs past it.

    The headline is the <h1> that holds the chosen title, else the first <h1>: a logo or
    section <h1> comes before the story's on many pages. A page without <h1> may still
    print the title as a line of its own; that line is the headline then. Dates and
    bylines are printed within a few runs of it, which is how the date and author readers
    anchor to it. The page is walked once per title, and only as far as the readers look.
    """
    reach = max(after, HEADLINE_AFTER)
    headline = once_per_page(tree, ("headline", title, reach), lambda: html_scan.headline_runs(tree, title, reach))
    if headline.anchor is None:
        return HeadlineTexts([], None)
    return HeadlineTexts(headline.runs[:headline.anchor + after + 1], headline.anchor)
