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


def _features(*header: str) -> dict[str, dict[str, float]]:
    """The byline scorer's features by byline of _page(*header), with the title and the
    article's start the text path finds."""
    from helpers import text_to_blocks
    from newsclean.fields.text_bylines import author_candidates
    from newsclean.fields.text_field_scorers import AUTHOR_FEATURES
    from newsclean.fields.text_title import anchor, best_title

    blocks = text_to_blocks(_page(*header))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return {byline: dict(zip(AUTHOR_FEATURES, feats))
            for b, byline, _, feats in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None}


def test_the_byline_under_a_deep_headline_is_placed_against_the_first_paragraph_below_it():
    # The page's start falls back to line 250 (no prose in the menu), far above the
    # headline at line 321. The byline two lines under the headline stands above the
    # article's first paragraph (the line after "July 4, 2025"): above_anchor, and two
    # lines from it (log_anchor_distance = log1p(2)), not 73 lines below line 250.
    import math

    feats = _features("By Priya Raman", "July 4, 2025")["Priya Raman"]
    assert feats["above_anchor"] == 1.0
    assert math.isclose(feats["log_anchor_distance"], math.log1p(2))
