"""Metadata from HTML: what the page declares (JSON-LD, OpenGraph, <meta>) reconciled with
what it shows (<h1>, byline elements, <time>). Each field has its own module:
html_title.py, html_authors.py, html_date.py; html_ld.py reads the declarations."""
from __future__ import annotations

from lxml import html as lxml_html

from . import Metadata
from .html_authors import choose_authors
from .html_date import choose_date, parse_iso
from .html_ld import read_declared
from .html_title import clean_text, choose_title, site_names

__all__ = ["read_html_metadata", "parse_iso"]


def read_html_metadata(tree: lxml_html.HtmlElement, url: str | None = None) -> Metadata:
    declared = read_declared(tree)
    sites = site_names(declared, url)
    meta = Metadata()
    meta.site_name = sites[0] if sites and sites[0] != _host_only(url) else None
    meta.title = choose_title(tree, declared, sites)
    meta.authors = choose_authors(tree, declared, sites, meta.title)
    meta.byline = ", ".join(meta.authors) if meta.authors else None
    meta.date = choose_date(tree, declared, url, meta.title)
    description = declared.first("description") or declared.tags.get("og:description") or declared.tags.get("description")
    meta.description = clean_text(description)
    return meta


def _host_only(url: str | None) -> str | None:
    """The site name guessed from the URL is for matching only, not for Article.site_name."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url or "").hostname
    except ValueError:  # a malformed URL ("http://[::1") names no site
        return None
    return host.split(".")[-2] if host and host.count(".") >= 1 else None
