"""Metadata from HTML: what the page declares (JSON-LD, OpenGraph, <meta>) reconciled with
what it shows (<h1>, byline elements, <time>). Each field has its own module:
html_title.py, html_authors.py, html_date.py; html_ld.py reads the declarations."""
from __future__ import annotations

from lxml import html as lxml_html

from ..dates import PublicationDate
from . import FieldSource, Metadata, lost
from .html_authors import choose_authors
from .html_date import choose_date, parse_iso
from .html_fields import (canonical_url, declared_language, http_url, labels_of, lead_image_with_source,
                          tag_and_category_sources, tags_and_categories)
from .html_ld import Declared, read_declared
from .html_title import clean_text, choose_title, explain_title, shared_headlines, site_names

__all__ = ["read_html_metadata", "parse_iso"]


def read_html_metadata(tree: lxml_html.HtmlElement, url: str | None = None) -> Metadata:
    declared = read_declared(tree)
    sites = site_names(declared, url)
    meta = Metadata()
    meta.site_name = sites[0] if sites and sites[0] != _host_only(url) else None
    if meta.site_name:
        meta.sources["site_name"] = FieldSource("declared site name", "og:site_name, application-name, "
                                                "the JSON-LD publisher or WebSite, read in that order")
    with shared_headlines(tree):  # the title, author and date readers anchor to one walk of the page
        meta.title = choose_title(tree, declared, sites)
        if (title_source := explain_title(tree, declared, sites, meta.title)) is not None:
            meta.sources["title"] = title_source
        meta.authors = choose_authors(tree, declared, sites, meta.title, meta.sources)
        meta.byline = ", ".join(meta.authors) if meta.authors else None
        meta.date = PublicationDate.from_value(choose_date(tree, declared, url, meta.title, meta.sources))
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
    return meta


def _first_of(candidates: list[tuple[object, str]], chosen: object) -> FieldSource:
    """The first declared candidate, which was taken, and the others that say otherwise."""
    label = next(label for value, label in candidates if value)
    texts = [(clean_text(value), label) for value, label in candidates if isinstance(value, str)]
    return FieldSource(label, "", lost(texts, clean_text(chosen) if isinstance(chosen, str) else None,
                                       f"{label} is read first"))


def _url_source(tree: lxml_html.HtmlElement, declared: Declared, base: str | None, chosen: str) -> FieldSource:
    og = http_url(declared.tags.get("og:url"), base)
    if og == chosen and not any("canonical" in (link.get("rel") or "").lower().split()
                                and http_url(link.get("href"), base) == chosen for link in tree.iter("link")):
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
