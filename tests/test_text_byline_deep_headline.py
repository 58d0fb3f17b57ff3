"""A byline under a headline that stands below the first FIELD_LINES lines of a dump (a
site whose menus the renderer wrote one entry a line, hundreds of them): the byline
reader looks under the headline wherever it is."""
import newsclean
from helpers import PARAGRAPHS
from newsclean.fields.text_field_window import FIELD_LINES

HEADLINE = "City council approves budget that raises school spending"
# A menu of shop categories and products, one entry a line, longer than FIELD_LINES.
MENU = [f"{kind} {size}" for kind in ("Running Shoes", "Trail Shoes", "Rain Jackets", "Wool Socks", "Day Packs",
                                      "Water Bottles", "Head Lamps", "Trekking Poles")
        for size in ("Small", "Medium", "Large", "Extra Large", "Kids", "Sale", "New", "Outlet", "Gift Cards",
                     "Bundles", "Returns", "Reviews", "Guides", "Brands", "Colours", "Care", "Repairs", "Rentals",
                     "Clearance", "Pre-order", "Classics", "Vegan", "Recycled", "Wide Fit", "Narrow Fit",
                     "Waterproof", "Lightweight", "Insulated", "Reflective", "Packable", "Stretch", "Quick Dry",
                     "Ultralight", "Winter", "Summer", "Limited", "Spring", "Autumn", "Studio", "Travel")]


def _page(*header: str) -> str:
    return "\n".join(["Home", *MENU, HEADLINE, *header, *PARAGRAPHS])


def test_the_menu_is_longer_than_the_lines_a_byline_is_looked_for_in():
    # The premise of the tests below: the headline stands below FIELD_LINES.
    assert len(MENU) > FIELD_LINES


def test_a_byline_under_a_headline_below_the_top_lines():
    article = newsclean.extract(_page("By Priya Raman", "July 4, 2025"), source_type="text")
    assert article.title == HEADLINE
    assert article.authors == ["Priya Raman"]


def test_a_page_with_no_byline_under_a_deep_headline_names_no_one():
    # Guard (passes before and after): the menu's entries are no writers.
    article = newsclean.extract(_page("July 4, 2025"), source_type="text")
    assert article.authors == []
