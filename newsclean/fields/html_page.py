"""What the HTML field readers share: the site's names (``site_names``, ``is_site``), text
as a page gives it (``clean_text``, ``repair_mojibake``, ``squash``), and the page's text
runs up to the headline (``headline_texts``), walked once per page while
``shared_headlines`` is open. The title, author and date readers import these public
names from here, never each other's private helpers."""
from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from .html_ld import Declared

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
class TextNode:
    """One non-empty run of page text and the element it is printed in."""

    text: str
    owner: lxml_html.HtmlElement


@dataclass(frozen=True)
class HeadlineTexts:
    """The page's text runs in reading order, up to ``after`` runs past the headline, and
    the index of the headline's first run (None, and no runs, when no run is the headline)."""

    nodes: list[TextNode]
    anchor: int | None


# The page's text, as the readers see it: every text node in <body> outside scripts.
_TEXT_RUNS = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# Plain strings, without the element proxies lxml makes for "smart" strings: the cheap pass.
_RUN_STRINGS = etree.XPath(_TEXT_RUNS, smart_strings=False)
_H1_STRINGS = etree.XPath(_TEXT_RUNS + "[ancestor::h1]", smart_strings=False)
# How many text nodes precede the $n-th text node inside an <h1>: its index among _TEXT_RUNS.
_BEFORE_H1_RUN = etree.XPath(f"count(({_TEXT_RUNS}[ancestor::h1])[$n]/preceding::text()"
                             "[ancestor::body][not(ancestor::script or ancestor::style or ancestor::noscript)])")
_FIRST_RUNS = etree.XPath(f"({_TEXT_RUNS})[position() <= $n]")

# One page's headline texts (by title) and other finds (by name, see once_per_page),
# shared by the title, author and date readers while read_html_metadata reads that page
# (shared_headlines): the walk is made once, not per field.
_SHARED: contextvars.ContextVar[tuple[lxml_html.HtmlElement, dict[str | None, tuple[int, HeadlineTexts]],
                                      dict[str, Any]] | None] = \
    contextvars.ContextVar("newsclean_shared_headlines", default=None)


@contextmanager
def shared_headlines(tree: lxml_html.HtmlElement) -> Iterator[None]:
    """While open, headline_texts on ``tree`` walks the page once per title and reuses it,
    and once_per_page computes each of its values once."""
    token = _SHARED.set((tree, {}, {}))
    try:
        yield
    finally:
        _SHARED.reset(token)


def once_per_page(tree: lxml_html.HtmlElement, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, made once per page while shared_headlines is open on ``tree`` (the
    byline elements several author readers look through), else each time."""
    shared = _SHARED.get()
    if shared is None or shared[0] is not tree:
        return compute()
    if name not in shared[2]:
        shared[2][name] = compute()
    return shared[2][name]


def headline_texts(tree: lxml_html.HtmlElement, title: str | None, after: int) -> HeadlineTexts:
    """Text runs of the page up to ``after`` runs past the headline.

    The headline is the <h1> that holds the chosen title, else the first <h1>: a logo or
    section <h1> comes before the story's on many pages. A page without <h1> may still
    print the title as a line of its own; that line is the headline then. Dates and bylines are printed
    within a few runs of it, which is how the date and author readers anchor to it.
    """
    shared = _SHARED.get()
    if shared is None or shared[0] is not tree:
        return _walk_to_headline(tree, title, after)
    reach, texts = shared[1].get(title, (-1, None))
    if texts is None or reach < after:
        texts = _walk_to_headline(tree, title, after)
        shared[1][title] = (after, texts)
        return texts
    if texts.anchor is None:
        return texts
    return HeadlineTexts(texts.nodes[:texts.anchor + after + 1], texts.anchor)


def _walk_to_headline(tree: lxml_html.HtmlElement, title: str | None, after: int) -> HeadlineTexts:
    wanted = " ".join(title.split())[:40].casefold() if title else None
    limit = _walk_limit(tree, wanted, after)
    if limit == 0:
        return HeadlineTexts([], None)
    nodes: list[TextNode] = []
    anchor = first_h1 = same_text = None
    for node in _FIRST_RUNS(tree, n=limit):
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
            same_text = len(nodes)  # the headline printed in a <p> or <div> on a page without <h1>
        nodes.append(TextNode(text, owner))
        if anchor is not None and len(nodes) > anchor + after:
            break
    if anchor is None:
        anchor = first_h1 if first_h1 is not None else same_text
    if anchor is None:
        return HeadlineTexts([], None)
    return HeadlineTexts(nodes[:anchor + after + 1], anchor)


def _walk_limit(tree: lxml_html.HtmlElement, wanted: str | None, after: int) -> int:
    """How many of the page's text nodes the walk must read to reach ``after`` runs past
    the headline (0: the page has no headline), found on plain strings, so that the walk
    makes element proxies for the nodes up to the headline only, not for the whole page."""
    h1_runs = [" ".join(text.split()) for text in _H1_STRINGS(tree)]
    h1_index = next((i for i, run in enumerate(h1_runs) if run and wanted and run.casefold()[:40] in wanted), None)
    if h1_index is None:  # no <h1> holds the title: the first <h1> is the headline
        h1_index = next((i for i, run in enumerate(h1_runs) if run), None)
    strings = _RUN_STRINGS(tree)
    if h1_index is not None:
        start = int(_BEFORE_H1_RUN(tree, n=h1_index + 1))
    else:  # no <h1>: the headline is a run that is the title, if any
        if not wanted:
            return 0
        start = next((i for i, text in enumerate(strings) if (run := " ".join(text.split()))
                      and len(run) >= 10 and run.casefold()[:40] == wanted[:40]), None)
        if start is None:
            return 0
    past = -1  # runs read past the headline's
    for i in range(start, len(strings)):
        if strings[i].split():
            past += 1
            if past == after:
                return i + 1
    return len(strings)
