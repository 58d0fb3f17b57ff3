"""Metadata of a page: title, byline, authors, date, description, site name, url,
declared language, tags, categories, lead image."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Generic, TypeVar

from ..dates import PublicationDate


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value a field reader saw and did not choose: the value, where it was found, and
    why it lost when that is cheap to say ("scored 1.20 lower", "the site's name").
    Slotted: 56 bytes each, where a __dict__ added 296 (Python 3.11); a page lists at
    most a few hundred (100 lost <h1>s on 1 MB of them), so this is tidiness more than
    a saving (30 KB there)."""

    value: str
    source: str
    why: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "source": self.source, "why": self.why}


@dataclass(frozen=True)
class FieldSource:
    """Where a field's value came from, for ``--explain`` and the report.

    ``source`` is a short label ("JSON-LD headline", "<h1>", "byline element
    span.author", "date line"); ``detail`` the evidence for it ("agrees with og:title",
    "scored 2.10 above the next candidate"); ``rejected`` the candidates that lost. The
    value itself is the field's (``Metadata.title``, ...): recording never changes it.
    """

    source: str
    detail: str = ""
    rejected: tuple[Candidate, ...] = ()

    def __str__(self) -> str:
        return f"{self.source} ({self.detail})" if self.detail else self.source

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "detail": self.detail,
                "rejected": [candidate.to_dict() for candidate in self.rejected]}


V = TypeVar("V")


@dataclass(frozen=True)
class Reading(Generic[V]):
    """What a field reader read: the ``value`` (None: nothing found), the evidence for it
    (``source``), and the page lines it was read from or that print it (``lines``: the
    HTML elements, on an HTML page). The lines are the metadata's own: the metadata
    cleaner takes them out of the body, as it does the lines of a text dump.
    """

    value: V | None
    source: FieldSource | None = None
    lines: tuple[Any, ...] = ()


def lost(candidates: list[tuple[str, str]], chosen: str | None, why: str = "", *,
         same: Callable[[str, str], bool] = str.__eq__) -> tuple[Candidate, ...]:
    """The (value, source) candidates that say something else than ``chosen``, once each."""
    out: list[Candidate] = []
    seen: set[str] = set()  # a set, not a scan of ``out``: a page may hold thousands of candidates
    for value, source in candidates:
        if value and value not in seen and not (chosen and same(value, chosen)):
            seen.add(value)
            out.append(Candidate(value, source, why))
    return tuple(out)


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
    # Index of each block that carried a field, with the field's name ("title", "byline",
    # "date", "description"), on both inputs: the metadata cleaner takes these lines out of
    # the body (the Page holds them as ``Page.field_lines``).
    blocks: dict[int, str] = field(default_factory=dict)
    # Where each field came from and which candidates lost, by field name ("title",
    # "authors", "date", ...): evidence only, never read to choose a value.
    sources: dict[str, FieldSource] = field(default_factory=dict)

    def article_fields(self, body: str, page_url: str | None = None) -> dict[str, Any]:
        """The Article fields that need the body or the caller's URL besides the metadata:
        ``url`` (the caller's, else the page's canonical URL), ``language`` (detected
        in the body, the declared one as a hint), ``tags``, ``categories``, ``image``.
        Also records where the language came from in ``sources["language"]``.
        """
        from .language import read_language

        language, source = read_language(body, self.declared_language)
        if source is not None:
            self.sources["language"] = source
        if page_url:
            self.sources["url"] = FieldSource("given by the caller", "", lost([(self.url or "", "the page's own URL")],
                                                                       page_url, "the caller's URL is taken first"))
        return {
            "url": page_url or self.url,
            "language": language,
            "tags": list(self.tags),
            "categories": list(self.categories),
            "image": self.image,
        }
