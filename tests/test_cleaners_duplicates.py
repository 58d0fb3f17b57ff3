from helpers import PROSE, removed_by
from newsclean.cleaners.duplicates import repeated_headline, repeated_paragraphs
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


STORY = [
    "The river rose two metres overnight and flooded the streets of the old town by dawn.",
    "Firefighters moved more than two hundred residents to the school gym on the hill above.",
    "The mayor said the damage would take months to repair and asked the region for help.",
]


def test_repeated_paragraphs_removes_a_copied_run_and_keeps_the_first_copy():
    # The article printed again below itself (a hidden mobile copy), short widget lines between.
    lines = [TITLE, *STORY, "Share", "Related", *STORY]
    assert removed_by(repeated_paragraphs, lines) == STORY


def test_repeated_paragraphs_keeps_single_repeats_and_short_lines():
    # A training plan repeats its warm-up; a table repeats "Yes": both are the article's own.
    warm_up = "Warm up: ten minutes of easy jogging, then five short strides at a faster pace."
    lines = ["Monday", warm_up, "Yes", STORY[0], "Tuesday", warm_up, "Yes", STORY[1], "Wednesday", warm_up, "Yes"]
    assert removed_by(repeated_paragraphs, lines) == []
    # Two copied paragraphs in a row are not yet a copied section.
    assert removed_by(repeated_paragraphs, [*STORY[:2], STORY[2], *STORY[:2]]) == []
