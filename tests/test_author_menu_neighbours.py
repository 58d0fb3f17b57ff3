"""menu_neighbours counts the short lines around a byline candidate that look like a
menu's entries ("Home" / "Jane Doe" / "Contact"); a line with no letter, a bullet or a
separator a renderer left alone ("*", "|"), is no menu entry."""
from helpers import byline_features


def test_bullets_alone_beside_the_name_are_no_menu_entries():
    # "*" / "*" / "Josef Novak" / "December 19, 2025": the bullets count for nothing.
    feats = byline_features("*", "*", "Josef Novak", "December 19, 2025", "Estimated reading time: 11 minutes")
    assert feats["Josef Novak"]["menu_neighbours"] == 0.0


def test_short_entries_beside_the_name_still_count():
    # Guard (passes before and after): two menu entries above the name are counted.
    feats = byline_features("Contact", "Log In", "Josef Novak", "December 19, 2025", "Estimated reading time: 11 minutes")
    assert feats["Josef Novak"]["menu_neighbours"] == 2.0
