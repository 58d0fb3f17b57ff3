"""Block structure on text dumps: subheadings, bullets and aligned tables annotated, and
nothing else changed (same lines kept and removed, same text)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean.read.text import mark_headings, text_to_blocks

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_001 = FIXTURES / "001_987d2e87f9d1aef4.txt"

P1 = ("The regional transport authority published its yearly figures on Monday, and the numbers show a "
      "clear shift in how residents of the valley travel to work and to school.")
P2 = ("Officials said the change followed the opening of two new lines and a fare cut, and they expect the "
      "trend to continue through next year as more services come into operation.")
P3 = ("The authority will publish a detailed breakdown by district later this month, together with the "
      "results of a survey of passengers on the new lines.")


def _kinds(text: str) -> dict[str, str]:
    """Each kept line's kind, through the whole extraction."""
    return {b.text: b.kind for b in newsclean.extract(text, source_type="text").blocks}


def _marked(lines: list[str]) -> list[str]:
    """Each line's kind after mark_headings, whatever the cleaners would remove."""
    blocks = text_to_blocks("\n".join(lines))
    mark_headings(blocks)
    return [b.kind for b in blocks]


def test_seed_001_subheadings_are_headings():
    article = newsclean.extract(SEED_001)
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    # The seed's short lines that name the section below them (read off the page by hand).
    assert headings == ["Attacks and injuries", "Warning from the Ukrainian Air Force",
                        "Increasing Russian airstrikes", "Trump and the ceasefire negotiations",
                        "Weapons supplies and US support", "Change in the aid balance"]
    assert all(b.level == 2 for b in article.blocks if b.kind == "heading")
    # Annotation only: the body is still the hand-written golden one.
    golden = json.loads((FIXTURES / "001_987d2e87f9d1aef4.expected.json").read_text())
    assert article.body == golden["body"]


def test_heading_between_paragraphs_in_another_language():
    text = "\n".join([
        "Die Verkehrsbehörde der Region hat am Montag ihre Jahreszahlen veröffentlicht, und sie zeigen eine klare Veränderung.",
        "Neue Linien im Tal",
        "Die Behörde sagte, der Wandel folge auf die Eröffnung von zwei neuen Linien und eine Senkung der Preise im Frühjahr.",
    ])
    assert _kinds(text)["Neue Linien im Tal"] == "heading"


@pytest.mark.parametrize("line", [
    "The mayor agreed.",                      # a one-line paragraph ending in a period
    "Here is what the figures show:",         # runs on into the next paragraph
    "and then the trains came back",          # starts in lower case: a broken line, not a title
    "Jane Doe | Transport correspondent",     # a byline-like line with a separator
    "12 March 2025",                          # a date line
])
def test_lines_that_are_not_headings(line):
    assert _marked([P1, line, P2, P3]) == ["paragraph"] * 4
    assert _marked([P1, "What changed", P2, P3])[1] == "heading"  # the same place takes a title-like line


@pytest.mark.parametrize("line", [
    "Why did so many people switch?",         # a question
    "3. The river line",                      # a numbered subheading
])
def test_questions_and_numbered_lines_can_be_headings(line):
    assert _marked([P1, line, P2, P3])[1] == "heading"


def test_headings_next_to_lists():
    lines = [P1, "What the new lines serve", "• The airport", "• The hospital", "Ticket prices", P2, P3]
    blocks = text_to_blocks("\n".join(lines))
    mark_headings(blocks)
    # One introduces a list, the other follows one.
    assert [b.kind for b in blocks] == ["paragraph", "heading", "list_item", "list_item", "heading",
                                        "paragraph", "paragraph"]


def test_a_line_before_a_list_that_ends_the_text_is_not_a_heading():
    assert _marked([P1, "Related", "• More news"]) == ["paragraph", "paragraph", "list_item"]


def test_byline_under_the_dek_is_removed_not_a_heading():
    text = "\n".join(["Valley commuters switch to trains", "By Jane Doe", P1, P2, P3])
    article = newsclean.extract(text, source_type="text")
    assert article.byline == "Jane Doe"
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph", "paragraph"]


def test_a_short_line_needs_prose_on_both_sides():
    # Two short lines in a row (a menu, a label and its value) are not headings.
    assert _marked([P1, "Share this story", "More from the valley", P2, P3]) == ["paragraph"] * 5
    # A long line that does not end like a sentence is no prose neighbour either.
    assert _marked([P1, "What changed", P2.rstrip("."), P3]) == ["paragraph"] * 4


def test_bullets_are_list_items_nested_by_indentation():
    blocks = text_to_blocks("Intro line.\n• First item\n    • Inner item\n    • Inner two\n• Second item\nAfter.")
    assert [(b.kind, b.depth) for b in blocks] == [
        ("paragraph", 0), ("list_item", 0), ("list_item", 1), ("list_item", 1), ("list_item", 0), ("paragraph", 0)]
    assert len({b.group for b in blocks[1:5]}) == 1 and blocks[1].group != 0


def test_two_bullet_runs_are_two_lists():
    blocks = text_to_blocks("• a one\n• a two\nBetween them.\n• b one")
    assert blocks[0].group == blocks[1].group != blocks[3].group


def test_aligned_columns_are_a_table():
    text = "Intro line.\nMode             2023  2024\nFerries | boats  6.5   4.0\nTrains           3.1   2.2\nAfter."
    blocks = text_to_blocks(text)
    rows = [b for b in blocks if b.kind == "table_row"]
    # The text is the folded line, as before; the cells are the columns.
    assert [b.text for b in rows] == ["Mode 2023 2024", "Ferries | boats 6.5 4.0", "Trains 3.1 2.2"]
    assert [b.cells for b in rows] == [("Mode", "2023", "2024"), ("Ferries | boats", "6.5", "4.0"),
                                       ("Trains", "3.1", "2.2")]
    assert all(b.tag == "p" for b in rows)


def test_tab_separated_rows_are_a_table_with_a_header():
    blocks = text_to_blocks("City\tShare\tChange\nLyon\t12\t+1\nNice\t9\t-2\nLille\t7\t0")
    assert [b.kind for b in blocks] == ["table_row"] * 4
    assert blocks[0].cells == ("City", "Share", "Change") and blocks[0].header
    assert not any(b.header for b in blocks[1:])


@pytest.mark.parametrize("text", [
    # Two rows only: too few to be sure.
    "Mode    2023    2024\nTrains  3.1     2.2",
    # Double spaces after full stops, not lined up: prose.
    "He left.  Then she came back.\nIt rained all day.  The roads flooded.\nNobody came.  The shop shut.",
    # Columns that do not line up.
    "Mode  2023  2024\nFerries boats  6.5  4.0\nTrains  3.1    2.2",
    # A numbered list whose text is lined up after the numbers (seen on a dev page).
    "1.  Make a budget\n2.  Create a mood board\n3.  Choose your object",
    # Nested bullets a renderer drew with "+" (not bullets the text path knows).
    "  +  First inner item\n  +  Second inner item\n  +  Third inner item",
])
def test_what_is_not_a_table(text):
    assert all(b.kind != "table_row" for b in text_to_blocks(text))
