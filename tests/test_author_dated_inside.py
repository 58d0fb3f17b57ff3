"""The byline scorer's "dated_near" for a byline read inside a long line (s23, issue 16):
a dek's last sentence, then "By <name> on <date>" on the same line. The date stands at
the line's end, which dated_near (lines of up to 100 characters) passed over."""
from helpers import PARAGRAPHS
from newsclean.fields.text_bylines import author_candidates
from newsclean.fields.text_field_scorers import AUTHOR_FEATURES
from newsclean.fields.text_title import anchor, best_title
from newsclean.read.text import text_to_blocks

HEADLINE = "City council approves budget that raises school spending"
DEK = ("The chain's North America division is positioning for ambitious growth beyond the United States and "
       "Canada over the next three years.")


def features(*lines: str) -> dict[str, dict[str, float]]:
    """The features by name of every byline candidate, keyed by its byline."""
    blocks = text_to_blocks("\n".join(["Home", "News", HEADLINE, *lines, *PARAGRAPHS[:3]]))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return {byline: dict(zip(AUTHOR_FEATURES, feats))
            for b, byline, _, feats in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None}


def test_a_date_after_a_byline_inside_a_long_line_is_seen() -> None:
    assert features(DEK + " By Lisa Jennings on Dec. 19, 2025")["Lisa Jennings"]["dated_near"] == 1.0


def test_a_byline_with_no_date_near_is_not_dated() -> None:
    # A guard (passes before and after): the feature says what the lines hold.
    assert features("By Lisa Jennings")["Lisa Jennings"]["dated_near"] == 0.0
