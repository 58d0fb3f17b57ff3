"""What a cleaner is, and the small helpers cleaners share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Protocol

from ..blocks import Block, Page

Verdict = tuple[Block, str]  # a block to remove, and why


class LinePattern(Protocol):
    """What ``line_cleaner`` asks of its pattern: a compiled regex, or an object that
    answers ``match`` the same way without one (see ``navigation.LogoText``)."""

    def match(self, text: str) -> object: ...


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
    name: str,
    pattern: LinePattern,
    reason: str,
    *,
    max_words: int = 40,
    doc: str = "",
    needs: tuple[str, ...] = (),
) -> NamedCleaner:
    """A cleaner that removes every kept block whose whole text matches ``pattern``.

    Long prose lines are skipped before the regex runs: boilerplate lines are short,
    and the text path must stay cheap per line. ``needs``, when given, lists fragments
    (lower case) one of which is in every line ``pattern`` can match; a line holding
    none of them (compared case-folded) is skipped before the regex, which pays for
    patterns that backtrack over the whole line.

    >>> tagline = line_cleaner("tagline", re.compile(r"^.{0,40}\\bis great$", re.I), "a tagline", needs=("great",))
    >>> from newsclean.metadata import Metadata
    >>> from newsclean.pipeline import run_chain
    >>> from newsclean.text import text_to_blocks
    >>> page = Page(text_to_blocks("Example News Is GREAT\\nThe vote is on Monday."), "text", Metadata())
    >>> run_chain(page, [tagline])
    >>> [(b.text, b.removed_by) for b in page.blocks]
    [('Example News Is GREAT', 'tagline'), ('The vote is on Monday.', None)]
    """

    # Without ``needs`` the fragment test is skipped (not run against an empty pattern),
    # so those cleaners pay nothing for it.
    needed = re.compile("|".join(map(re.escape, needs)))

    def run(page: Page) -> Iterator[Verdict]:
        for block in page.kept():
            if block.word_count <= max_words and (not needs or needed.search(block.text.casefold())) \
                    and pattern.match(block.text):
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
