"""A headline glued to what is printed around it on one line of a text dump (lxml's text
joins a header's inline elements): its date ("Headline / Dec 2025"), its byline and date
("Headline by Jane Doe | Mar 11, 2023 | Category"), the source's address in brackets
("Headline (example.com)"). The words of the headline alone are offered as a candidate;
the line itself stays one. And a byline with the author's credentials is no candidate."""
import newsclean
from helpers import PARAGRAPHS
from newsclean.fields.text_title import candidates
from newsclean.fields.text_title_candidates import cut_at_date
from newsclean.fields.text_line_shapes import name_with_credentials
from newsclean.read.text import text_to_blocks

MENU = ["Shop", "About us", "Contact"]


def offered(*lines: str) -> list[str]:
    blocks = text_to_blocks("\n".join([*MENU, *lines, *PARAGRAPHS[:3]]))
    return [text for _, text, _ in candidates(blocks)]


def test_a_date_after_a_slash_is_cut_off_the_headline():
    lines = offered("Porting a Parser to a New Language / Dec 2025")
    assert "Porting a Parser to a New Language" in lines
    # Before, the slash made the line a breadcrumb trail whose last step, the date, was
    # the only text the line offered.
    assert "Dec 2025" not in lines


def test_a_byline_and_a_date_glued_after_the_headline_are_cut_off():
    line = "How to Replace the Brake Pads of a Bicycle by Jane Doe | Mar 11, 2023 | Repairs | 0 comments"
    lines = offered(line)
    assert "How to Replace the Brake Pads of a Bicycle" in lines
    assert line in lines


def test_a_date_glued_without_a_separator_is_cut_off_in_other_languages():
    assert cut_at_date("Die Stadt baut neue Radwege am Fluss 12. März 2024") == "Die Stadt baut neue Radwege am Fluss"
    assert cut_at_date("La ville construit des pistes cyclables 15 mai 2019") == "La ville construit des pistes cyclables"
    assert cut_at_date("El ayuntamiento aprueba el presupuesto 4 de julio de 2025") == "El ayuntamiento aprueba el presupuesto"


def test_a_date_label_or_a_date_alone_is_no_headline():
    for line in ("Published on March 3, 2024", "Zuletzt aktualisiert am 12. März 2024", "Mis à jour le 12 mars 2024",
                 "March 3, 2024", "Posted by Jane Doe on March 3, 2024"):
        assert cut_at_date(line) is None, line


def test_a_headline_holding_a_date_with_its_day_before_the_month_is_not_cut_mid_date():
    # The day number stands before the month name in German, Polish and Dutch; a cut
    # there would leave "Was sich am 9." as a headline.
    for line in ("Was sich am 9. November 1989 änderte", "Co się zmieniło 9 listopada 1989 w Berlinie",
                 "Wat er veranderde op 9 november 1989"):
        cut = cut_at_date(line)
        assert cut is None or not cut.split()[-1].rstrip(".").isdigit(), (line, cut)


def test_a_date_in_brackets_is_the_headlines_own():
    assert cut_at_date("Weekly Newsletter: Using Tools for Analytics (2025-09-21)") is None
    assert cut_at_date("The Report on City Transport [March 2024]") is None


def test_a_headline_with_a_year_but_no_date_is_not_cut():
    assert cut_at_date("The Best Budget Laptops of 2025 Tested") is None
    assert cut_at_date("Stop Nesting Database Systems") is None


def test_a_trail_whose_last_step_is_no_date_still_offers_that_step():
    lines = offered("Home / Guides / Cheap Fixes Are the Best")
    assert "Cheap Fixes Are the Best" in lines


def test_the_sources_address_in_brackets_is_stripped():
    lines = offered("Grads Find Their Degrees No Longer Guarantee Jobs (example-news.com)")
    assert "Grads Find Their Degrees No Longer Guarantee Jobs" in lines
    # Brackets that hold words, not an address, are the headline's own.
    assert "Best Moving Companies in New York (2025)" in offered("Best Moving Companies in New York (2025)")
    assert "Best Moving Companies in New York" not in offered("Best Moving Companies in New York (2025)")


def test_a_name_with_credentials_is_recognised():
    for line in ("Jane Doe, MS, RD, FAND", "Marie Dupont, Ph.D.", "Anna Kowalska, MD", "John Smith, CFP"):
        assert name_with_credentials(line), line


def test_lists_and_headlines_with_commas_are_no_name_with_credentials():
    for line in ("Paris, Berlin, Rome", "Salt, Fat, Acid, Heat", "Apple, IBM, HP",
                 "New movies streaming on Netflix, Hulu, HBO Max, Prime", "Jane Doe, the city's new mayor"):
        assert not name_with_credentials(line), line


def test_a_byline_with_credentials_is_no_headline_candidate():
    lines = offered("Five Trends from the Nutrition Conference", "Jane Doe, MS, RD, FAND")
    assert "Jane Doe, MS, RD, FAND" not in lines
    assert "Five Trends from the Nutrition Conference" in lines
    article = newsclean.extract("\n".join([*MENU, "Five Trends from the Nutrition Conference", "Jane Doe, MS, RD, FAND",
                                           "Jane Doe, MS, RD, FAND", *PARAGRAPHS]), source_type="text")
    assert article.title == "Five Trends from the Nutrition Conference"
