"""The result of an extraction: the Article and the Removal records that explain it."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .dates import PublicationDate


@dataclass(frozen=True)
class Removal:
    """One block taken out of the page, with who took it out and why."""

    cleaner: str
    reason: str
    text: str


@dataclass
class Article:
    """A clean news article.

    ``body`` holds the article text, paragraphs separated by one blank line.
    Fields the page does not give are ``None`` (or empty lists), never guesses.
    """

    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    # The day, with the time and UTC offset when the page gives them; sortable on any
    # mix: sorted(articles, key=lambda a: a.date) (see newsclean/dates.py, docs/fields.md).
    date: PublicationDate | None = None
    body: str = ""
    description: str | None = None
    site_name: str | None = None
    url: str | None = None
    source_type: str = "text"  # "html" or "text": which path read the page
    removed: list[Removal] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 code of the body's language ("en", "de")
    tags: list[str] = field(default_factory=list)  # keywords, article:tag, news_keywords
    categories: list[str] = field(default_factory=list)  # articleSection, article:section
    image: str | None = None  # absolute URL of the lead image (og:image, ...)

    def __post_init__(self) -> None:
        # A date or datetime given by a caller becomes the one date type.
        if self.date is not None and not isinstance(self.date, PublicationDate):
            self.date = PublicationDate.from_value(self.date)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p]

    def to_dict(self, *, include_removed: bool = True) -> dict[str, Any]:
        """A JSON-ready dict; the date is ISO 8601."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None  # with its offset when known
        if include_removed:
            data["removed"] = [asdict(r) for r in self.removed]
        else:
            del data["removed"]
        return data

    def to_json(self, *, include_removed: bool = True, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_removed=include_removed), ensure_ascii=False, indent=indent)
