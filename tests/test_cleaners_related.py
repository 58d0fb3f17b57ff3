import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.related import prev_next_links, related_sections, teaser_dates

TEASERS = ["Trump blasts Fed Chair Jerome Powell again for not cutting rates", "",
           "White House says it will announce new pick for NASA chief"]


@pytest.mark.parametrize("heading", ["You Might Also Like", "Latest News", "Read more", "Related", "Most Read",
                                     "Related Stories", "More from Business", "Recommended for you",
                                     "You may also like:", "MOST POPULAR", "Don't Miss"])
def test_related_heading_and_teasers(heading):
    removed = removed_by(related_sections, [PROSE, heading, *TEASERS])
    assert removed == [heading, TEASERS[0], TEASERS[2]]


def test_related_list_stops_at_the_next_paragraph():
    removed = removed_by(related_sections, [PROSE, "Related", "How the strikes unfolded", PROSE])
    assert removed == ["Related", "How the strikes unfolded"]


@pytest.mark.parametrize("line", ["Most read books are novels, the survey of 2,000 readers found.",
                                  "Related charges were dropped.", "The latest figures show a fall in prices."])
def test_related_keeps_sentences(line):
    assert removed_by(related_sections, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Previous Article You might be pronouncing 'Nvidia' the wrong way",
                                  "Next Article Musk doubles down on third party threat",
                                  "« Previous post", "Next story →", "Older Post"])
def test_prev_next_links(line):
    assert removed_by(prev_next_links, [PROSE, line]) == [line]


def test_prev_next_keeps_sentences():
    line = "Next year the article will be revised."
    assert removed_by(prev_next_links, [PROSE, line]) == []


@pytest.mark.parametrize("line", ["Finance July 8, 2025", "July 8, 2025", "Politics | 08.07.2025", "Mon, Jul 7, 2025 3:15 PM"])
def test_teaser_dates(line):
    assert removed_by(teaser_dates, [PROSE, PROSE, line]) == [line]


def test_teaser_dates_keep_sentences_with_dates():
    line = "The vote is set for July 8, 2025."
    assert removed_by(teaser_dates, [PROSE, line]) == []


def test_teaser_dates_keep_table_rows_of_dated_values():
    # The page's own date line is taken by the metadata first; the rows after it are data.
    rows = ["1/1/2013 +13.1%", "2/1/2013 -2.5%", "Jan 2024 $1,200", "2024-03-01 -2.5%", "March 2025 12%"]
    assert removed_by(teaser_dates, ["July 8, 2025", PROSE, *rows, PROSE]) == []


def test_a_menus_related_heading_stops_at_the_articles_headline():
    """A menu's "What's New" list above the article must not run on over the headline,
    the byline and a first paragraph that ends in a colon (so is not a "prose paragraph").
    The headline is the line the title reader marked (``Page.field_lines``)."""
    from newsclean.fields import Metadata
    from newsclean.model import Page
    from newsclean.pipeline import run_chain
    from newsclean.read.text import text_to_blocks

    headline = "Top 7 Hot-Swappable Mechanical Keyboards for Beginners"
    lead = ("Hot-swappable keyboards are ideal for beginners because they let you change switches without "
            "soldering. Below are the top 7 beginner-friendly options, each offering unique features:")
    menu = ["What's New", "Latest Products", "Shop All New Arrivals"]
    lines = [*menu, headline, "By Jerry Chu", lead, "Freebird60 Full Kit ($160): compact 60% layout", PROSE]
    page = Page(text_to_blocks("\n".join(lines)), "text", Metadata(), field_lines={3: "title"})
    run_chain(page, [related_sections])
    assert [b.text for b in page.blocks if b.removed_by] == menu
