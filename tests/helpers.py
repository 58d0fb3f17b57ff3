"""Shared test helpers: run one cleaner over lines of text; the byline scorer's features of
a page's candidates; count the calls of a function."""
from __future__ import annotations

from typing import Any

from newsclean.model import Page
from newsclean.fields.text import read_text_metadata
from newsclean.pipeline import run_chain
from newsclean.read.text import text_to_blocks

# A prose paragraph to put around the lines under test, so that region-aware
# cleaners see an article.
PROSE = (
    "The city council voted on Tuesday to approve the new budget, which raises spending on "
    "schools and public transport by nearly eight percent over the next two years."
)


# An article of four paragraphs, for tests that need a whole body around their lines.
PARAGRAPHS = [
    "The council voted on Tuesday to approve the new budget, which raises spending on schools and public "
    "transport by nearly eight percent over the next two years.",
    "Opposition members said the plan relied on optimistic forecasts, and warned that the city could face a "
    "shortfall if tax revenue fell short of what officials expect.",
    "The mayor defended the budget at a press conference, saying that the investment in buses and classrooms "
    "was long overdue and would pay for itself over time.",
    "Residents who spoke at the public hearing were divided, with some praising the focus on schools and "
    "others asking why road repairs had again been postponed.",
]


def page_of(lines: list[str]) -> Page:
    blocks = text_to_blocks("\n".join(lines))
    return Page(blocks=blocks, source_type="text", metadata=read_text_metadata(blocks))


def removed_by(cleaner, lines: list[str]) -> list[str]:
    """The texts of the blocks ``cleaner`` removes from a page made of ``lines``."""
    page = page_of(lines)
    run_chain(page, [cleaner])
    return [b.text for b in page.blocks if b.removed_by]


def record_calls(monkeypatch: Any, owner: Any, name: str) -> list[tuple]:
    """Replace ``owner.name`` (for the test's duration) with a wrapper that calls the real
    function and appends its arguments to the returned list: tests that count work read
    its length."""
    calls: list[tuple] = []
    real = getattr(owner, name)

    def recording(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(owner, name, recording)
    return calls


# The headline above the lines of byline_features' pages.
BYLINE_HEADLINE = "City council approves budget that raises school spending"


def byline_features(*lines: str, after: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    """The byline scorer's features by name of every byline candidate of a page (menu,
    BYLINE_HEADLINE, ``lines``, three paragraphs, ``after``), keyed by its byline."""
    from newsclean.fields.text_bylines import author_candidates
    from newsclean.fields.text_field_scorers import AUTHOR_FEATURES
    from newsclean.fields.text_title import anchor, best_title

    blocks = text_to_blocks("\n".join(["Home", "News", BYLINE_HEADLINE, *lines, *PARAGRAPHS[:3], *after]))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return {byline: dict(zip(AUTHOR_FEATURES, feats))
            for b, byline, _, feats in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None}
