"""The lines the metadata was read from: title, byline, date and dek lines."""
from __future__ import annotations

from typing import Iterator

from ..blocks import Page
from .base import Verdict, cleaner


@cleaner
def metadata_lines(page: Page) -> Iterator[Verdict]:
    """Lines that gave the title, byline, date or description ("Last updated: July 4,
    2025 12:41 am", "Oliver James"): their content is in the Article's fields."""
    for block in page.kept():
        field = page.metadata.blocks.get(block.index)
        if field:
            yield block, f"{field} line (its text is in Article.{field})"
