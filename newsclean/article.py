"""The result of an extraction: the Article and the Removal records that explain it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from .dates import PublicationDate
from .fields import FieldSource


@dataclass(frozen=True)
class Removal:
    """One block taken out of the page, with who took it out and why."""

    cleaner: str
    reason: str
    text: str
    # Where the block stood: how many of the article's kept blocks (``Article.blocks``)
    # come before it on the page, so that a report can interleave kept and removed
    # blocks as on the page. None when unknown (a Removal made by hand). Not in
    # to_dict(), and not compared.
    position: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ArticleBlock:
    """One kept block of the article with its structure (see ``Block`` for the fields).

    ``kind`` is "heading", "paragraph", "list_item", "quote", "code", "table_row" or
    "caption"; ``text`` is the block's text as it is in ``Article.body``.
    """

    kind: str
    text: str
    level: int = 0  # heading level 1-6
    ordered: bool = False  # an item of a numbered list
    depth: int = 0  # list nesting, 0 for a top-level item
    cells: tuple[str, ...] | None = None  # a table row's cells
    header: bool = False  # a table row of header cells
    group: int = 0  # the list or table the item or row belongs to (0: none)
    code: str | None = None  # a code block's text with its line breaks
    links: tuple[tuple[str, str], ...] = ()  # (text, absolute URL) of each link, HTML only

    def to_dict(self) -> dict[str, Any]:
        """The kind and text, and only the fields that say something for this kind."""
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.kind == "heading":
            data["level"] = self.level
        elif self.kind == "list_item":
            data.update(ordered=self.ordered, depth=self.depth, group=self.group)
        elif self.kind == "table_row":
            data.update(cells=list(self.cells) if self.cells is not None else None, header=self.header,
                        group=self.group)
        elif self.kind == "code" and self.code is not None:
            data["code"] = self.code
        if self.links:
            data["links"] = [list(link) for link in self.links]
        return data


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
    # mix of dated articles: sorted(..., key=lambda a: a.date) (newsclean/dates.py,
    # docs/fields.md).
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
    # The body's blocks with their structure (headings, lists, tables, ...), for
    # to_markdown(); left out of to_dict() unless asked for (include_blocks=True).
    blocks: list[ArticleBlock] = field(default_factory=list, repr=False)
    # Where each metadata field came from and the candidates that lost, by field name
    # ("title", "authors", "date", "description", "site_name", "url", "language", "tags",
    # "categories", "image"): the explanation of
    # the metadata, as ``removed`` explains the body. Left out of to_dict() unless asked
    # for (include_sources=True); not compared.
    sources: dict[str, FieldSource] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A date or datetime given by a caller becomes the one date type.
        if self.date is not None and not isinstance(self.date, PublicationDate):
            self.date = PublicationDate.from_value(self.date)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p]

    def to_text(self) -> str:
        """The body as plain text: paragraphs separated by one blank line (``body``)."""
        return self.body

    def to_markdown(self, *, title: bool = False, links: bool = False) -> str:
        """The body as markdown: ``##`` headings, ``-`` and ``1.`` lists (nested by
        indentation), GitHub pipe tables, ``>`` quotes and fenced code; with ``title``,
        the article's title first as a ``#`` heading. See docs/formats.md.

        Links print as their text; with ``links``, as ``[text](url)``: the first place
        each link's text appears in its block (headings, paragraphs, list items, quotes,
        captions; not table cells or code). Only HTML pages keep links, and only absolute
        http(s) ones (relative ones resolved against the page's URL).
        """
        from .markdown import render_markdown

        return render_markdown(self.blocks or _paragraph_blocks(self.body), title=self.title if title else None,
                               links=links)

    def to_dict(self, *, include_removed: bool = False, include_blocks: bool = False,
                include_sources: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; the date is ISO 8601.

        The explanation and the structure are left out unless asked for, as in the CLI
        (``--json`` adds ``removed`` with ``--explain``) and in batch records:
        ``include_removed`` adds ``"removed"`` (each removed block's cleaner, reason and
        text), ``include_blocks`` adds ``"blocks"`` (kind, text and the fields of that kind),
        ``include_sources`` adds ``"sources"`` (for each field: source, detail, and the
        rejected candidates with their value, source and why).
        """
        # Field by field rather than asdict(self), which would first copy every block.
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("blocks", "sources")}
        for name in ("authors", "tags", "categories"):
            data[name] = list(data[name])
        data["date"] = self.date.isoformat() if self.date else None  # with its offset when known
        if include_removed:
            data["removed"] = [{"cleaner": r.cleaner, "reason": r.reason, "text": r.text} for r in self.removed]
        else:
            del data["removed"]
        if include_blocks:
            data["blocks"] = [block.to_dict() for block in self.blocks]
        if include_sources:
            data["sources"] = {name: source.to_dict() for name, source in self.sources.items()}
        return data

    def to_json(self, *, include_removed: bool = False, include_blocks: bool = False,
                include_sources: bool = False, indent: int | None = None) -> str:
        data = self.to_dict(include_removed=include_removed, include_blocks=include_blocks,
                            include_sources=include_sources)
        return json.dumps(data, ensure_ascii=False, indent=indent)


def _paragraph_blocks(body: str) -> list[ArticleBlock]:
    """An Article made by hand (no ``blocks``) renders its body's paragraphs."""
    return [ArticleBlock("paragraph", p) for p in body.split("\n\n") if p]
