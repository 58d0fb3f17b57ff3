"""Metadata of a page: title, byline, authors, date, description, site name, url,
declared language, tags, categories, lead image."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import PublicationDate


@dataclass
class Metadata:
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    date: PublicationDate | None = None
    description: str | None = None
    site_name: str | None = None
    # The page's own URL (<link rel="canonical">, og:url), for pages read without one.
    url: str | None = None
    # The language the page declares (<html lang>, og:locale, JSON-LD inLanguage), ISO 639-1:
    # a hint for the detector, which reads the body (metadata/language.py).
    declared_language: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    image: str | None = None
    # Index of each block that carried a field, with the field's name: the
    # metadata cleaner takes these lines out of the body.
    blocks: dict[int, str] = field(default_factory=dict)
