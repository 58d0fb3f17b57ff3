"""The byline scorer's "dated_near" for a byline read inside a long line (s23, issue 16):
a dek's last sentence, then "By <name> on <date>" on the same line. The date stands at
the line's end, which dated_near (lines of up to 100 characters) passed over."""
from helpers import byline_features as features

DEK = ("The chain's North America division is positioning for ambitious growth beyond the United States and "
       "Canada over the next three years.")


def test_a_date_after_a_byline_inside_a_long_line_is_seen() -> None:
    assert features(DEK + " By Lisa Jennings on Dec. 19, 2025")["Lisa Jennings"]["dated_near"] == 1.0


def test_a_byline_with_no_date_near_is_not_dated() -> None:
    # A guard (passes before and after): the feature says what the lines hold.
    assert features("By Lisa Jennings")["Lisa Jennings"]["dated_near"] == 0.0
