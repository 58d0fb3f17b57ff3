"""What a cleaner is, and the small helpers cleaners share.

A cleaner takes a Page and yields (block, reason) pairs for the blocks it would remove.
It says which inputs it applies to (``inputs``: "html", "text" or both, the default),
and the chain runner (``pipeline.run_chain``) runs it only on pages of those inputs: a
cleaner never tests ``page.source_type`` to leave a page alone.
"""
from __future__ import annotations

import functools
import inspect
import re
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Protocol, overload

from ..model import Block, Page

Verdict = tuple[Block, str]  # a block to remove, and why
# The inputs a page comes from (``Page.source_type``); a cleaner applies to all by default.
INPUTS: tuple[str, ...] = ("html", "text")


class LinePattern(Protocol):
    """What ``line_cleaner`` asks of its pattern: a compiled regex, or an object that
    answers ``match`` the same way without one (see ``navigation.LogoText``)."""

    def match(self, text: str) -> object: ...


class Cleaner(Protocol):
    """Anything with a ``name`` that takes a Page and yields (block, reason) pairs. An
    ``inputs`` attribute, when it has one, lists the inputs it applies to (see
    ``applies_to``)."""

    name: str

    def __call__(self, page: Page) -> Iterable[Verdict]: ...


@dataclass(frozen=True, repr=False)
class NamedCleaner:
    """A cleaner function with its name; made by the ``@cleaner`` decorator.

    It wears the function's identity (``functools.update_wrapper``): ``__doc__``,
    ``__name__``, ``__qualname__``, ``__module__``, ``__wrapped__`` and the signature are
    the function's, so ``help()`` shows the cleaner's own docstring and doctest finds
    its examples.
    """

    name: str
    func: Callable[[Page], Iterable[Verdict]]
    doc: str = ""
    inputs: tuple[str, ...] = INPUTS

    def __post_init__(self) -> None:
        unknown = set(self.inputs) - set(INPUTS)
        if unknown or not self.inputs:
            raise ValueError(f"cleaner {self.name}: inputs must be some of {INPUTS}, not {self.inputs!r}")
        self._wear_identity()

    def _wear_identity(self) -> None:
        # A frozen dataclass refuses setattr: write the wrapper attributes directly.
        for attr in functools.WRAPPER_ASSIGNMENTS:
            if hasattr(self.func, attr):
                object.__setattr__(self, attr, getattr(self.func, attr))
        object.__setattr__(self, "__doc__", self.doc or getattr(self.func, "__doc__", None))
        object.__setattr__(self, "__wrapped__", self.func)
        object.__setattr__(self, "__signature__", inspect.signature(self.func))

    def __call__(self, page: Page) -> Iterable[Verdict]:
        return self.func(page)

    def __repr__(self) -> str:
        return f"<cleaner {self.name}>"


@overload
def cleaner(func: Callable[[Page], Iterable[Verdict]], *, inputs: tuple[str, ...] = INPUTS) -> NamedCleaner: ...
@overload
def cleaner(func: None = None, *, inputs: tuple[str, ...] = INPUTS
            ) -> Callable[[Callable[[Page], Iterable[Verdict]]], NamedCleaner]: ...


def cleaner(func: Callable[[Page], Iterable[Verdict]] | None = None, *, inputs: tuple[str, ...] = INPUTS
            ) -> NamedCleaner | Callable[[Callable[[Page], Iterable[Verdict]]], NamedCleaner]:
    """Name a cleaner after its function: ``share.share_widgets`` is "share_widgets".
    ``@cleaner(inputs=("text",))`` makes one the chain runs on text pages only (the
    default is both inputs).

    The cleaner keeps the function's docstring, name, module and signature:

    >>> @cleaner
    ... def shouting(page: Page) -> Iterator[Verdict]:
    ...     \"\"\"Lines written all in capitals.\"\"\"
    ...     return iter(())
    >>> shouting.name, shouting.__name__, shouting.__doc__
    ('shouting', 'shouting', 'Lines written all in capitals.')
    >>> import inspect; str(inspect.signature(shouting))
    "(page: 'Page') -> 'Iterator[Verdict]'"
    >>> @cleaner(inputs=("text",))
    ... def text_only(page: Page) -> Iterator[Verdict]:
    ...     return iter(())
    >>> text_only.inputs, shouting.inputs
    (('text',), ('html', 'text'))
    """
    if func is None:
        return lambda f: NamedCleaner(f.__name__, f, f.__doc__ or "", tuple(inputs))
    return NamedCleaner(func.__name__, func, func.__doc__ or "", tuple(inputs))


def line_cleaner(
    name: str,
    pattern: LinePattern,
    reason: str,
    *,
    max_words: int = 40,
    doc: str = "",
    needs: tuple[str, ...] = (),
    inputs: tuple[str, ...] = INPUTS,
) -> NamedCleaner:
    """A cleaner that removes every kept block whose whole text matches ``pattern``.

    Long prose lines are skipped before the regex runs: boilerplate lines are short,
    and the text path must stay cheap per line. ``needs``, when given, lists fragments
    (lower case) one of which is in every line ``pattern`` can match; a line holding
    none of them (compared case-folded) is skipped before the regex, which pays for
    patterns that backtrack over the whole line. ``inputs`` as for ``cleaner``.

    >>> tagline = line_cleaner("tagline", re.compile(r"^.{0,40}\\bis great$", re.I), "a tagline", needs=("great",))
    >>> from newsclean.fields import Metadata
    >>> from newsclean.pipeline import run_chain
    >>> from newsclean.read.text import text_to_blocks
    >>> page = Page(text_to_blocks("Example News Is GREAT\\nThe vote is on Monday."), "text", Metadata())
    >>> run_chain(page, [tagline])
    >>> [(b.text, b.removed_by) for b in page.blocks]
    [('Example News Is GREAT', 'tagline'), ('The vote is on Monday.', None)]
    """

    # Without ``needs`` the fragment test is skipped (not run against an empty pattern),
    # so those cleaners pay nothing for it.
    needed = re.compile("|".join(map(re.escape, needs)))

    # A pattern that tests the case-folded line itself (``phrases.Either``) is given the
    # line's cached fold instead of folding the line again.
    match_folded = getattr(pattern, "match_folded", None)

    def run(page: Page) -> Iterator[Verdict]:
        for block in page.kept():
            if block.word_count <= max_words and (not needs or needed.search(block.folded)) and (
                    pattern.match(block.text) if match_folded is None else match_folded(block.text, block.folded)):
                yield block, reason

    # The cleaner is written in the caller's module: say so, for help() and doctest.
    run.__name__ = run.__qualname__ = name
    run.__doc__ = doc or None
    run.__module__ = sys._getframe(1).f_globals.get("__name__", __name__)
    run.pattern = pattern  # type: ignore[attr-defined] - for benchmarks/tune_text.py --floor
    return NamedCleaner(name, run, doc, tuple(inputs))


def applies_to(item: object, source_type: str) -> bool:
    """Whether the chain runs ``item`` on a page of ``source_type`` ("html" or "text"): a
    cleaner without ``inputs`` (a plain function) applies to every page."""
    return source_type in getattr(item, "inputs", INPUTS)


def cleaner_name(item: object) -> str:
    return str(getattr(item, "name", None) or getattr(item, "__name__", None) or type(item).__name__)


def words_pattern(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a whole line made of one of ``alternatives``,
    allowing surrounding punctuation and a trailing colon."""
    body = "|".join(alternatives)
    return re.compile(rf"^[\W_]*(?:{body})[\W_]*$", re.IGNORECASE)
