"""Two features of the byline scorer (s24, issue 16), for the wrong authors read far from
the header and the near-margin losses to lines of common words:

- "page_common_words": the share of the name's words the page writes in lower case
  anywhere. A heading, a button or a tag beside the date ("Ground Mounted" over "... on
  the ground", "Fixation Murale", "Check Price") is made of the page's own words; a
  person's name is not. ("common_words" looks only at the header and first paragraphs.)
- "log_names_around": for a byline read outside the header, how many other name lines
  stand within eight lines: one card of many (related articles with their writers, a
  comment thread's signatures) rather than the writer's author box, which stands alone.

Both read shapes and case only, so they hold in any cased script; the pages below are in
English, French, Spanish and German."""
import math

import pytest

from helpers import byline_features as features
from newsclean.read.text import text_to_blocks

# Paragraphs that keep the lines after them out of the header (the field window).
MORE = tuple(f"Paragraph {i}: the installer measures the roof, checks the rafters and marks where each "
             f"bracket goes, so that the rails sit straight and the panels face the sun." for i in range(1, 9))


@pytest.mark.parametrize("heading,prose", [
    ("Ground Mounted", "Panels can be mounted on posts set in the ground when the roof is too small."),
    ("Fixation Murale", "La fixation murale convient aux façades bien exposées au soleil toute la journée."),
    ("Montaje Vertical", "El montaje vertical sirve cuando el tejado es pequeño y la pared recibe sol."),
])
def test_a_heading_of_the_pages_own_words_is_common(heading, prose):
    feats = features(heading, "March 3, 2025", after=(prose,))
    assert feats[heading]["page_common_words"] == 1.0


@pytest.mark.parametrize("name", ["Marta Ferreira", "Jonas Berg", "Aiko Tanaka"])
def test_a_persons_name_is_not(name):
    # The name written again, capitalised, in a bio does not make its words common.
    feats = features(name, "March 3, 2025", after=(f"{name} covers energy and housing for the paper.",))
    assert feats[name]["page_common_words"] == 0.0


def test_half_the_words_common_gives_half():
    # "Grant" is a word of this page ("a grant"), "Okafor" is not.
    feats = features("Grant Okafor", "March 3, 2025", after=("The city applied for a grant to pay for it.",))
    assert feats["Grant Okafor"]["page_common_words"] == 0.5


CARDS = ("Related articles",
         "How to clean solar panels without damaging them", "Maria Lopez", "Staff Writer", "May 2, 2024",
         "Heat pumps explained for people who rent their home", "Jonas Berg", "Senior Editor", "May 1, 2024",
         "Batteries at home: what they cost and what they save", "Aiko Tanaka", "Contributor", "April 29, 2024")
# (Job titles the byline reader knows, lexicon/bylines.py: a name line is read outside
# the header only with a role or a bio beside it.)
SIGNATURES = ("3 Kommentare",
              "Wir haben das im Sommer gemacht, und die Schienen waren der schwierigste Teil der ganzen Arbeit.",
              "Peter Novak", "Redakteur",
              "Geht das auch auf einem Kiesdach, oder brauchen die Halterungen etwas anderes darunter?",
              "Lena Fischer", "Redakteurin")


def test_a_writer_among_other_cards_has_names_around():
    feats = features("March 3, 2025", after=MORE + CARDS)
    # Jonas Berg's card has Maria Lopez's and Aiko Tanaka's within eight lines.
    assert feats["Jonas Berg"]["log_names_around"] == math.log1p(2)


def test_comment_signatures_have_names_around():
    feats = features("3. März 2025", after=MORE + SIGNATURES)
    assert feats["Lena Fischer"]["log_names_around"] == math.log1p(1)


def test_an_author_box_alone_and_a_header_byline_have_none():
    box = ("About the author", "Marta Ferreira",
           "Marta Ferreira has written about energy and housing for twelve years and lives in Lisbon.")
    feats = features("Jane Doe", "March 3, 2025", after=MORE + box)
    assert feats["Marta Ferreira"]["log_names_around"] == 0.0
    # In the header, names beside the byline (co-authors, a menu) are not counted.
    assert feats["Jane Doe"]["log_names_around"] == 0.0


def test_names_around_counts_each_other_name_once_and_not_the_line_itself():
    from newsclean.fields.text_field_scorers import names_around

    blocks = text_to_blocks("\n".join(["Jonas Berg", "Maria Lopez", "Jonas Berg", "Maria Lopez", "Aiko Tanaka",
                                       "This line is a sentence and no name at all, as prose is."]))
    assert names_around(blocks, blocks[0]) == 2
    assert names_around(blocks, blocks[0], lines=1) == 1
