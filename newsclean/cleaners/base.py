"""What a cleaner is, and the small helpers cleaners share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Protocol

from ..blocks import Block, Page

Verdict = tuple[Block, str]  # a block to remove, and why


class Cleaner(Protocol):
    """Anything with a ``name`` that takes a Page and yields (block, reason) pairs."""

    name: str

    def __call__(self, page: Page) -> Iterable[Verdict]: ...


@dataclass(frozen=True)
class NamedCleaner:
    """A cleaner function with its name; made by the ``@cleaner`` decorator."""

    name: str
    func: Callable[[Page], Iterable[Verdict]]
    doc: str = ""

    def __call__(self, page: Page) -> Iterable[Verdict]:
        return self.func(page)


def cleaner(func: Callable[[Page], Iterable[Verdict]]) -> NamedCleaner:
    """Name a cleaner after its function: ``share.share_widgets`` is "share_widgets"."""
    return NamedCleaner(func.__name__, func, func.__doc__ or "")


def line_cleaner(
    name: str, pattern: re.Pattern[str], reason: str, *, max_words: int = 40, doc: str = ""
) -> NamedCleaner:
    """A cleaner that removes every kept block whose whole text matches ``pattern``.

    Long prose lines are skipped before the regex runs: boilerplate lines are short,
    and the text path must stay cheap per line.
    """

    def run(page: Page) -> Iterator[Verdict]:
        for block in page.kept():
            if block.word_count <= max_words and pattern.match(block.text):
                yield block, reason

    run.__name__ = name
    return NamedCleaner(name, run, doc)


def cleaner_name(item: object) -> str:
    return str(getattr(item, "name", None) or getattr(item, "__name__", None) or type(item).__name__)


def words_pattern(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a whole line made of one of ``alternatives``,
    allowing surrounding punctuation and a trailing colon."""
    body = "|".join(alternatives)
    return re.compile(rf"^[\W_]*(?:{body})[\W_]*$", re.IGNORECASE)
