"""A writer named by one word, then the page's date on the same line ("Susan December
9, 2024 0 Comments", "Yucy 3/4/2025"): read as the one-word name beside the date line
is ("Kev" / "December 9, 2024"), with the same tests (below the headline, not written in
lower case on the page, not in capitals)."""
import pytest

import newsclean
from helpers import PARAGRAPHS

HEADLINE = "City council approves budget that raises school spending"


def authors(*lines: str) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", "Sport", HEADLINE, *lines, *PARAGRAPHS[:3]]),
                             source_type="text").authors


@pytest.mark.parametrize("line, names", [
    ("Susan December 9, 2024 0 Comments", ["Susan"]),
    ("Yucy 3/4/2025", ["Yucy"]),
    ("Kev · 9 December 2024", ["Kev"]),
])
def test_one_word_then_the_date_on_its_line_is_the_writer(line, names):
    assert authors(line) == names


@pytest.mark.parametrize("line", [
    # Guards (pass before and after): a dateline's place, after a comma; a label before
    # the date; a word in capitals; a word the page writes in lower case.
    "Chicago, December 9, 2024",
    "Zuletzt aktualisiert: 28.04.2020 18:00 Uhr",
    "NEWS December 9, 2024",
    "Budget December 9, 2024",
])
def test_a_place_a_label_or_a_common_word_before_the_date_is_no_writer(line):
    assert authors(line) == []
