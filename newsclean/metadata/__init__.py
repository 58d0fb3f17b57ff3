"""Metadata of a page: title, byline, authors, date, description, site name, url,
declared language, tags, categories, lead image."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

    def article_fields(self, body: str, page_url: str | None = None) -> dict[str, Any]:
        """The Article fields that need the body or the caller's URL besides the metadata:
        ``url`` (the caller's, else the page's canonical URL), ``language`` (detected
        in the body, the declared one as a hint), ``tags``, ``categories``, ``image``."""
        from .language import detect_language

        return {
            "url": page_url or self.url,
            "language": detect_language(body, self.declared_language),
            "tags": list(self.tags),
            "categories": list(self.categories),
            "image": self.image,
        }
