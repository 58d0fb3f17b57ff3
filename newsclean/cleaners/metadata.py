"""The lines the metadata was read from: title, byline, date and dek lines."""
from __future__ import annotations

from typing import Iterator

from ..model import Page
from .base import Verdict, cleaner


@cleaner
def metadata_lines(page: Page) -> Iterator[Verdict]:
    """Lines that gave the title, byline, date or description ("Last updated: July 4,
    2025 12:41 am", "Oliver James"): their content is in the Article's fields.

    The lines are ``Page.field_lines``, which the field readers mark on both inputs (on
    HTML, the blocks of the elements they read). Other cleaners leave these lines to
    this one, so that ``--explain`` credits them to their field.

    The dek (the "description" line under a text dump's headline) goes too: its text is
    ``Article.description``, as the title's is ``Article.title``. docs/cleaners.md ("The
    dek") gives the measurements this was decided on.
    """
    for block in page.kept():
        field = page.field_lines.get(block.index)
        if field:
            yield block, f"{field} line (its text is in Article.{field})"
