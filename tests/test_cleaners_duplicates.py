from helpers import PROSE, removed_by
from newsclean.cleaners.duplicates import repeated_headline
from newsclean.cleaners.metadata import metadata_lines

TITLE = "Storm floods the old town after record rainfall"


def test_repeated_headline_removes_copies_of_the_title():
    lines = ["Reading: " + TITLE, TITLE, PROSE, TITLE.upper() + "!", PROSE]
    removed = removed_by(repeated_headline, lines)
    assert removed == [TITLE, TITLE.upper() + "!"]


def test_repeated_headline_keeps_a_sentence_that_contains_the_title():
    lines = ["Reading: " + TITLE, PROSE, f"'{TITLE}' was the front page on Monday, and readers wrote in."]
    assert removed_by(repeated_headline, lines) == []


def test_metadata_lines_take_the_byline_and_date():
    lines = [TITLE, "Published: March 3, 2024", "By Jane Doe", PROSE]
    assert removed_by(metadata_lines, lines) == [TITLE, "Published: March 3, 2024", "By Jane Doe"]
