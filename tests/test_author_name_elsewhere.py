"""The byline scorer's "log_name_elsewhere" feature (s23, issue 16): how many lines other
than the byline's own start with its name (an author box, a bio, a comment's header). A
writer's unlabelled name line beside the date gets the evidence a label would give; a
name written once, or only inside the body's sentences (a product, a topic), has none."""
import math

from helpers import byline_features as features
from newsclean.fields.text_field_scorers import name_elsewhere


def test_the_name_counts_outside_its_own_line_only() -> None:
    page = "Andrew King\nMarch 3, 2025\nText.\nAbout Andrew King\nAndrew King writes on cities."
    assert name_elsewhere(page, "Andrew King", ["Andrew King"]) > 0
    assert name_elsewhere("Andrew King\nMarch 3, 2025\nText.", "Andrew King", ["Andrew King"]) == 0.0
    # The line's own copies ("Andrew King | Andrew King") are not evidence from elsewhere.
    assert name_elsewhere("Andrew King | Andrew King\nText.", "Andrew King | Andrew King", ["Andrew King"]) == 0.0


def test_no_names_or_a_too_short_name_gives_nothing() -> None:
    assert name_elsewhere("Abe\nAbe again", "Abe", ["Abe"]) == 0.0
    assert name_elsewhere("text", "text", []) == 0.0


def test_an_author_box_under_the_article_sets_the_feature() -> None:
    with_box = features("Marta Ferreira", "March 3, 2025", after=("About the author", "Marta Ferreira covers city hall."))
    assert with_box["Marta Ferreira"]["log_name_elsewhere"] > 0
    alone = features("Marta Ferreira", "March 3, 2025")
    assert alone["Marta Ferreira"]["log_name_elsewhere"] == 0.0


def test_a_name_written_again_inside_the_bodys_sentences_does_not_count() -> None:
    # A product heading in the body, named again in a sentence and after a list number:
    # no line starts with it, as an author box's or a bio's does.
    page = "Porsche Macan\n   9. Porsche Macan\nRead the full Porsche Macan review before you buy."
    assert name_elsewhere(page, "Porsche Macan", ["Porsche Macan"]) == 0.0
    # An indented bio line (inscriptis indents) and a list item of a comment still count.
    bio = "Lisa Jennings\nText.\n        Lisa Jennings is a veteran reporter.\n  * Lisa Jennings, May 2"
    assert name_elsewhere(bio, "Lisa Jennings", ["Lisa Jennings"]) == math.log1p(2)
