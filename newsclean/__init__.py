"""newsclean: turn a news page (HTML or a plain-text dump) into a clean article."""
from __future__ import annotations

from typing import Any

from .article import Article, Removal
from .model import Block, Page
from .cleaners import DEFAULT_CLEANERS, cleaner
from .dates import PublicationDate
from .errors import InputTooLargeError, NewscleanError
from .pipeline import extract

__version__ = "0.1.0"
__all__ = [
    "Article", "Block", "DEFAULT_CLEANERS", "InputTooLargeError", "NewscleanError", "Page", "PublicationDate", "Removal",
    "cleaner", "extract", "extract_many",
]


def __getattr__(name: str) -> Any:
    # Batch machinery (process pools, WARC readers) loads only when asked for.
    if name == "extract_many":
        from .batch import extract_many

        return extract_many
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
