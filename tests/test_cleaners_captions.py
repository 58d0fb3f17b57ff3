import pytest

from helpers import PROSE, removed_by
from newsclean.model import Block, Page
from newsclean.cleaners.captions import figure_captions, photo_credits
from newsclean.cleaners.duplicates import glued_repeats
from newsclean.fields import Metadata
from newsclean.pipeline import run_chain

CAPTIONS = [
    "People take shelter overnight in an underground subway station during missile strikes in Kyiv on July 4, 2025. – Barbara Wojazer/AFP/Getty Images",
    "Firefighters work at the site of a drone strike. (Photo: Jane Doe/Reuters)",
    "Protesters march through the capital on Saturday. Photo by John Smith on Unsplash",
    "Image credit: Alamy",
    "Credit: Associated Press",
    "The president speaks at the summit | Shutterstock",
    "REUTERS/Valentyn Ogirenko",
    "Workers clear debris in Kharkiv, Ukraine, June 7, 2024. (AP Photo/Andrii Marienko)",
]
KEEP = [
    "Reuters reported the figure on Monday, citing two people familiar with the matter.",
    "The photo was taken by a passer-by and later verified by the agency.",
    "Getty Images, the photo agency, said it would appeal the ruling.",
    "Officials said the images showed damage to at least six buildings.",
    # a label word followed by a colon inside a sentence, and a sentence after a caption's comma
    "She sent the image: a view of the bay.",
    "The council, photo opportunities aside, met on Tuesday.",
    "Copyright © is shown on every page of the report.",
]
# Credits after a comma or a caption's full stop, with dots inside their names, and "© Name".
CREDITS_AFTER_CAPTIONS = [
    "Roman Prymula, photo: Archives du Gouvernement tchèque",
    "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
    "Gerade der untere Bereich der Module wird belastet. (crédito: Minervino Júnior/CB/D.A.Press)",
    "Nicht labern, ranklotzen! Foto: Timur | flickr| CC BY 2.0",
    "Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis",
]


@pytest.mark.parametrize("line", CREDITS_AFTER_CAPTIONS)
def test_removes_credits_after_a_comma_or_a_full_stop_and_copyright_names(line):
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", CAPTIONS)
def test_removes_captions_and_credits(line):
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", KEEP)
def test_keeps_sentences_about_photos_and_agencies(line):
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == []


def test_caption_glued_to_itself():
    caption = "People take shelter in a subway station. - Jane Doe/AFP"
    assert removed_by(glued_repeats, [PROSE, caption + caption, PROSE]) == [caption + caption]


def test_glued_repeats_keeps_ordinary_lines():
    assert removed_by(glued_repeats, [PROSE, "Go, go, go!", "Bye bye", PROSE]) == []


def test_figure_captions_use_html_evidence():
    blocks = [Block(0, PROSE), Block(1, "A caption.", tag="figcaption"), Block(2, "Inside.", context=frozenset({"figure"}))]
    page = Page(blocks=blocks, source_type="html", metadata=Metadata())
    run_chain(page, [figure_captions])
    assert [b.kept for b in blocks] == [True, False, False]


def test_glued_repeats_with_a_space_between_and_near_misses():
    caption = "Crowds gather at the harbour at dawn"
    assert removed_by(glued_repeats, [PROSE, caption + " " + caption, PROSE]) == [caption + " " + caption]
    # The start of the line comes back, but the line is not one text twice.
    near = caption + " " + caption + " again"
    assert removed_by(glued_repeats, [PROSE, near, PROSE]) == []


@pytest.mark.parametrize("line", [
    "Rescuers search the rubble. Jane Doe / Reuters )",
    "A market in Lagos on Friday. Photo: John Roe/AFP via Getty Images",
    "The stage before the concert. dpa",
])
def test_credits_at_the_end_with_or_without_slashes(line):
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == [line]


def test_an_agency_name_before_the_end_is_not_a_credit():
    assert removed_by(photo_credits, [PROSE, "AFP and Reuters coverage plans for the summit", PROSE]) == []


def test_on_html_a_paragraph_ending_in_a_credit_after_its_full_stop_stays():
    """An HTML block is a whole paragraph: an FAQ card that ends in ". Photo: Hyundai" is not
    a caption. (The label after a full stop or comma is read on text dumps only.)"""
    from newsclean.read.text import text_to_blocks

    card = ("Which EVs have the longest ranges? If you plan road trips, these are the cars that can go "
            "more than 400 miles on a single charge. Photo: Hyundai")
    page = Page(text_to_blocks("\n".join([PROSE, card, PROSE])), "html", Metadata())
    run_chain(page, [photo_credits])
    assert [b.text for b in page.blocks if b.removed_by] == []
    assert removed_by(photo_credits, [PROSE, card, PROSE]) == [card]  # a text dump's line
