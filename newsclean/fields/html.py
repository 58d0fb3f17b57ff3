"""Metadata from HTML: what the page declares (JSON-LD, OpenGraph, <meta>) reconciled with
what it shows (<h1>, byline elements, <time>). Each field has its own module:
html_title.py, html_authors.py, html_date.py; html_ld.py reads the declarations.

The title, author and date readers also say which printed lines they read (or which
lines print what the page declares): ``field_lines`` finds those lines among the
page's blocks, for the metadata cleaner, as the text reader marks its lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from ..model import Block, words_key
from ..dates import PublicationDate
from . import FieldSource, Metadata, lost
from .html_authors import read_authors
from .dates import parse_date
from .html_date import is_declared, parse_iso, read_date
from .html_fields import (canonical_url, declared_language, http_url, labels_of, lead_image_with_source,
                          tag_and_category_sources, tags_and_categories)
from .html_ld import Declared, link_elements, read_declared
from .html_page import clean_text, shared_headlines, site_names
from .html_title import read_title

__all__ = ["HtmlFields", "field_lines", "read_html_fields", "read_html_metadata", "parse_iso"]


@dataclass
class HtmlFields:
    """A page's metadata, and the printed lines it was read from: (field name, element),
    the field names those of ``Metadata.blocks`` ("title", "date", "byline")."""

    metadata: Metadata
    lines: list[tuple[str, lxml_html.HtmlElement]] = field(default_factory=list)
    # The date is declared (JSON-LD, <meta>): its printed line is looked for among the blocks.
    date_declared: bool = False


def read_html_metadata(tree: lxml_html.HtmlElement, url: str | None = None) -> Metadata:
    return read_html_fields(tree, url).metadata


def read_html_fields(tree: lxml_html.HtmlElement, url: str | None = None) -> HtmlFields:
    declared = read_declared(tree)
    sites = site_names(declared, url)
    meta = Metadata()
    meta.site_name = sites[0] if sites and sites[0] != _host_only(url) else None
    if meta.site_name:
        meta.sources["site_name"] = FieldSource("declared site name", "og:site_name, application-name, "
                                                "the JSON-LD publisher or WebSite, read in that order")
    read = HtmlFields(meta)
    with shared_headlines(tree):  # the title, author and date readers anchor to one walk of the page
        title = read_title(tree, declared, sites)
        meta.title = title.value
        authors = read_authors(tree, declared, sites, meta.title)
        meta.authors = authors.value or []
        meta.byline = ", ".join(meta.authors) if meta.authors else None
        date = read_date(tree, declared, url, meta.title)
        meta.date = PublicationDate.from_value(date.value)
    for name, reading in (("title", title), ("authors", authors), ("date", date)):
        if reading.source is not None:
            meta.sources[name] = reading.source
    read.date_declared = date.value is not None and is_declared(date.source)
    # Named as in Metadata.blocks; a line that prints two fields is the first's.
    read.lines = [(line_field, line) for line_field, reading in (("title", title), ("date", date), ("byline", authors))
                  for line in reading.lines]
    described = [(declared.first("description"), "JSON-LD description"),
                 (declared.tags.get("og:description"), "og:description"), (declared.tags.get("description"), "<meta description>")]
    description = next((value for value, _ in described if value), None)
    meta.description = clean_text(description)
    if meta.description:
        meta.sources["description"] = _first_of(described, description)
    meta.url = canonical_url(tree, declared, url)
    if meta.url:
        meta.sources["url"] = _url_source(tree, declared, url, meta.url)
    meta.declared_language = declared_language(tree, declared)
    meta.tags, meta.categories = tags_and_categories(declared)
    tag_sources, category_sources = tag_and_category_sources(declared)
    if meta.tags:
        meta.sources["tags"] = FieldSource(labels_of(tag_sources), "all of them, in this order, without repeats")
    if meta.categories:
        meta.sources["categories"] = FieldSource(labels_of(category_sources),
                                                 "all of them, in this order, without repeats")
    meta.image, image_source = lead_image_with_source(tree, declared, url or meta.url)
    if meta.image:
        meta.sources["image"] = FieldSource(image_source)
    return read


# A byline or date line holds the name or date and a few words more (a label, a role, the
# other field): a longer text around the element the field was read from is a paragraph.
# The text path's date lines have at most 14 words (fields/text_dates.py).
_LINE_WORDS = 15
# Besides the names, the numbers and these labels, a byline or date line holds at most
# _OTHER_WORDS words (a month, a weekday, a role: "Senior Writer"); "Posted on the
# association's community forum on 2025-07-09:" and "2025-12-19: Add support for Fedex"
# are the story's, dated.
_OTHER_WORDS = 3
_LABELS = frozenset("by on at am pm and posted published updated last modified written date".split())
_WORDS = re.compile(r"\w+")


def field_lines(fields: HtmlFields, blocks: list[Block], header_end: int) -> dict[int, str]:
    """Index of each block that is a metadata line, with the field's name: the block whose
    text is the text of the element a field was read from, or of an element around it
    that holds at most ``_LINE_WORDS`` words (the <p> of "By <a>Jane Doe</a>"), and
    little besides the authors' names, numbers and labels. The title's line is its <h1>
    alone. The first block of a text is the one taken.

    A declared date is printed, if anywhere, above the article's first paragraph
    (``header_end``, a block position): the first short line there that reads as the
    same day is its line.
    """
    first: dict[str, int] = {}
    for block in reversed(blocks):
        first[block.normalized] = block.index
    first.pop("", None)
    named = {word for author in fields.metadata.authors for word in _WORDS.findall(author.lower())}
    out: dict[int, str] = {}
    for name, element in fields.lines:
        limits = (1, None) if name == "title" else (None, _LINE_WORDS)
        for text in _line_texts(element, *limits):
            key = words_key(text)  # as Block.normalized
            index = first.get(key)
            if index is None:
                continue
            if name == "title" or _few_other_words(key, named):
                out.setdefault(index, name)
            break
    date = fields.metadata.date
    if fields.date_declared and date is not None and "date" not in out.values():
        for block in blocks[:header_end]:
            if block.has_digit and block.word_count <= _LINE_WORDS and _few_other_words(block.normalized, named):
                printed = parse_date(block.text)
                if printed is not None and _day(printed) == date.date.isoformat():
                    out.setdefault(block.index, "date")
                    break
    return out


def _few_other_words(key: str, named: set[str]) -> bool:
    """At most _OTHER_WORDS words of ``key`` are not names, labels or numbers."""
    return sum(1 for word in key.split() if word not in named and word not in _LABELS
               and not any(c.isdigit() for c in word)) <= _OTHER_WORDS


def _day(value: object) -> str:
    return value.isoformat()[:10] if hasattr(value, "isoformat") else ""


def _line_texts(element: lxml_html.HtmlElement, levels: int | None, words: int | None) -> list[str]:
    """The texts of ``element`` and of the elements around it, innermost first, while they
    hold at most ``words`` words (``levels``: at most that many elements; None: no bound)."""
    out: list[str] = []
    node: lxml_html.HtmlElement | None = element
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html") \
            and (levels is None or len(out) < levels):
        text = _short_text(node, words)
        if text is None:
            break
        out.append(text)
        node = node.getparent()
    return out


def _short_text(element: lxml_html.HtmlElement, limit: int | None) -> str | None:
    """The element's text, or None past ``limit`` words (read only that far: the element
    around a byline may be the whole article)."""
    parts, words = [], 0
    for chunk in element.itertext():
        words += len(chunk.split())
        if limit is not None and words > limit:
            return None
        parts.append(chunk)
    return "".join(parts)


def _first_of(candidates: list[tuple[object, str]], chosen: object) -> FieldSource:
    """The first declared candidate, which was taken, and the others that say otherwise."""
    label = next(label for value, label in candidates if value)
    texts = [(clean_text(value), label) for value, label in candidates if isinstance(value, str)]
    return FieldSource(label, "", lost(texts, clean_text(chosen) if isinstance(chosen, str) else None,
                                       f"{label} is read first"))


def _url_source(tree: lxml_html.HtmlElement, declared: Declared, base: str | None, chosen: str) -> FieldSource:
    og = http_url(declared.tags.get("og:url"), base)
    if og == chosen and not any("canonical" in (link.get("rel") or "").lower().split()
                                and http_url(link.get("href"), base) == chosen for link in link_elements(tree, declared)):
        return FieldSource("og:url")
    return FieldSource('<link rel="canonical">', "", lost([(og or "", "og:url")], chosen,
                                                        "the canonical link is read first"))


def _host_only(url: str | None) -> str | None:
    """The site name guessed from the URL is for matching only, not for Article.site_name."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url or "").hostname
    except ValueError:  # a malformed URL ("http://[::1") names no site
        return None
    return host.split(".")[-2] if host and host.count(".") >= 1 else None
