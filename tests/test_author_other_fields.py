"""A line read as a byline that names no writer (newsclean/fields/text_byline_not.py): a
text dump puts another field's label and its value on lines of their own ("Tags:" /
"Philosophy", "reviewed by" / "Jo Roe"), and keeps a source's hard line breaks, so a
sentence's "by <Name>" may open a line ("by Lydia Marie Child. See"). None of these is the
author; a by-label, an author label or a writer's job title alone above a name still is
(the guards at the end pass before and after the change)."""
import pytest

import newsclean

from helpers import PARAGRAPHS
from newsclean.fields.text_byline_not import sentence_inside, under_other_label
from newsclean.model import Block

HEADLINE = "City council approves budget that raises school spending"
GERMAN = ["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der die Ausgaben für Schulen und den "
          "Nahverkehr in den nächsten zwei Jahren um fast acht Prozent erhöht.",
          "Die Opposition sagte, der Plan beruhe auf optimistischen Prognosen, und warnte, dass der Stadt ein "
          "Defizit drohe, wenn die Steuereinnahmen hinter den Erwartungen zurückblieben."]


def authors(*header: str, body: list[str] = PARAGRAPHS[:3]) -> list[str]:
    """The authors extract() reads from a dump with ``header``'s lines under the headline."""
    return newsclean.extract("\n".join(["Home", HEADLINE, *header, *body])).authors


@pytest.mark.parametrize("label,value,date,body", [
    ("Tags:", "Philosophy", "12/19/2025", PARAGRAPHS[:3]),
    ("Category:", "Zeitgeist", "March 3, 2024", PARAGRAPHS[:3]),
    ("Number 1:", "Acme Hyperion", "March 3, 2024", PARAGRAPHS[:3]),
    ("Schlagwörter:", "Haushalt", "3. März 2024", GERMAN),
])
def test_the_value_under_another_fields_label_beside_the_date_is_no_author(label, value, date, body):
    # Without the label line, the word beside the date is read as a one-word byline.
    assert authors(label, value, date, body=body) == []


def test_a_reviewer_under_a_reviewed_by_label_alone_is_not_the_author():
    # "Jane Doe" / "reviewed by" / "Jo Roe" / date: the line next to the date is the reviewer's.
    got = authors("Jane Doe", "reviewed by", "Jo Roe", "Updated on November 18, 2025")
    assert "Jo Roe" not in got


def test_a_sentence_a_line_break_opens_with_by_is_no_byline():
    # A source's hard line breaks keep a sentence's "by <Name>" at a line's start.
    text = "\n".join([
        "The Fold-and-Cut Problem", "Erik Lindqvist", "",
        "Fold and cut was the basis for several early magic tricks. The earliest such",
        "reference we know is 1833, in a book called The Girl's Own Book",
        "by Lydia Marie Child. See",
        "the public paperfolding history project for images from this and many more references.",
        *PARAGRAPHS[:3]])
    assert not any("Child" in name for name in newsclean.extract(text).authors)


@pytest.mark.parametrize("label", ["By:", "Author:", "Reporter:", "Autorin:", "Written by"])
def test_a_by_label_an_author_label_or_a_job_title_alone_above_the_name_still_gives_the_author(label):
    assert authors(label, "Jane Doe", "March 3, 2024") == ["Jane Doe"]


@pytest.mark.parametrize("byline,name", [
    ("By Dr. Jane Roe", "Jane Roe"),
    ("By Prof. Ana Roe", "Ana Roe"),
    ("By J. R. R. Tolkien", "J. R. R. Tolkien"),
    ("By Martin Luther King Jr.", "Martin Luther King"),
])
def test_abbreviations_and_initials_are_no_sentence_end(byline, name):
    # (How a title or a suffix is written in the name is the name parser's business.)
    got = authors(byline, "March 3, 2024")
    assert len(got) == 1 and name in got[0]


def test_under_other_label_reads_the_line_above():
    lines = [Block(i, t) for i, t in enumerate(
        ["Released:", "Tor Books", "Photos by", "Jo Roe", "Author:", "Jane Doe", "Rédacteur :", "Jean Roe", "Jane Doe"])]
    assert [under_other_label(lines, lines[i]) for i in (1, 3, 5, 7)] == [True, True, False, False]
    # The first line has no line above; a line of prose above is no label.
    assert not under_other_label(lines, lines[0])
    lines[7] = Block(7, "The council met on Tuesday to vote on the plan:")
    assert not under_other_label(lines, lines[8])


def test_sentence_inside_finds_a_full_stop_after_a_word_then_a_new_word():
    assert sentence_inside(["Jane Doe", "Lydia Marie Child. See"])
    assert not sentence_inside(["Prof. Jane Doe", "Mrs. Ana Roe", "Jane Doe, Ph.D.", "Jane Doe Jr."])
