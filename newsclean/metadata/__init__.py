"""Metadata of a page: title, byline, authors, date, description, site name."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Metadata:
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    date: dt.date | dt.datetime | None = None
    description: str | None = None
    site_name: str | None = None
    # Index of each block that carried a field, with the field's name: the
    # metadata cleaner takes these lines out of the body.
    blocks: dict[int, str] = field(default_factory=dict)
