"""A job title printed on a line of its own beside a name ("Community Manager",
"Technical Writer") is not read as a byline; a name after a by-label, and a name with a
desk word after it, still are."""
import pytest

from helpers import PARAGRAPHS
from newsclean.fields.text_bylines import author_candidates
from newsclean.fields.text_title import anchor, best_title
from newsclean.read.text import text_to_blocks

HEADLINE = "City council approves budget that raises school spending"


def candidates(*lines: str) -> list[str]:
    blocks = text_to_blocks("\n".join(["Home", "News", HEADLINE, *lines, "July 4, 2025", *PARAGRAPHS[:3]]))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return [byline for b, byline, _, _ in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None]


@pytest.mark.parametrize("title", ["Community Manager", "Technical Writer", "Senior Technical Writer",
                                   "Leitender Redakteur", "Marketing Director",
                                   # other languages' titles after a word that is no job title
                                   "Grand Reporter", "Stellvertretende Chefredakteurin", "Starszy Redaktor"])
def test_a_job_title_on_its_own_line_is_no_byline(title):
    assert title not in candidates(title)


def test_the_name_above_its_job_title_is_still_read():
    found = candidates("Priya Raman", "Technical Writer")
    assert "Priya Raman" in found and "Technical Writer" not in found


@pytest.mark.parametrize("line, byline", [
    ("Rachel Green Staff", "Rachel Green"),  # "Staff" names a desk, not a job title
    ("By Amelia Writer", "Amelia Writer"),  # after a by-label, the last word is a surname
])
def test_a_labelled_name_or_a_name_before_a_desk_word_is_still_read(line, byline):
    assert byline in candidates(line)
