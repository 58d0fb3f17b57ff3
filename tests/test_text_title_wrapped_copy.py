"""On a dump without blank lines (lxml's text), a line that is another candidate line's
whole text after words of its own is a trail glued to the headline ("Blog Fitness
<headline>") or a teaser's ("0 Comment on <headline>"): the headline itself is chosen
(text_title_features: flat_wraps_copy)."""
from helpers import PARAGRAPHS
from newsclean.fields.text_title import best_title
from newsclean.read.text import text_to_blocks

MENU = ["Recipes", "Main Dish", "Snacks", "Personal Development", "About", "Contact", "Search for:", "Fitness"]
HEADLINE = "Simple Home Workouts For Every Schedule And Fitness Level"


def test_the_headline_beats_the_trail_and_the_comment_link_written_around_it():
    lines = [*MENU, HEADLINE, f"0 Comment on {HEADLINE}", "Home", f"Blog Fitness {HEADLINE}", *PARAGRAPHS]
    found = best_title(text_to_blocks("\n".join(lines)))
    assert found is not None and found[1] == HEADLINE


def test_a_line_is_wrapping_only_another_lines_whole_text():
    from newsclean.fields.text_title_candidates import ends_with_copy

    texts = {"simple home workouts": {3}, "home workouts": {5}}
    assert ends_with_copy("blog simple home workouts", 7, texts)
    # Its own text does not count, nor a copy that is one word.
    assert not ends_with_copy("blog simple home workouts", 3, {"simple home workouts": {3}})
    assert not ends_with_copy("blog fitness workouts", 7, {"workouts": {4}})

