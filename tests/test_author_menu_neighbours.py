"""Two byline features about menus: menu_neighbours counts the short lines around a
candidate that look like a menu's entries ("Home" / "Jane Doe" / "Contact"), and a line
with no letter ("*", "|": a bullet or a separator left alone) is none; list_item is not
set on an item of the page's metadata list ("* Jane Doe" / "* Sep 26, 2022")."""
import pytest
from helpers import byline_features
from test_text_bylines import FRENCH, GERMAN


def test_bullets_alone_beside_the_name_are_no_menu_entries():
    # "*" / "*" / "Josef Novak" / "December 19, 2025": the bullets count for nothing.
    feats = byline_features("*", "*", "Josef Novak", "December 19, 2025", "Estimated reading time: 11 minutes")
    assert feats["Josef Novak"]["menu_neighbours"] == 0.0


def test_short_entries_beside_the_name_still_count():
    # Guard (passes before and after): two menu entries above the name are counted.
    feats = byline_features("Contact", "Log In", "Josef Novak", "December 19, 2025", "Estimated reading time: 11 minutes")
    assert feats["Josef Novak"]["menu_neighbours"] == 2.0


def test_an_item_of_the_page_s_metadata_list_is_not_scored_as_a_menu_item():
    # "* Priya Raman" / "* Sep 26, 2022" / "* 2 min read": the page's metadata, listed.
    feats = byline_features("* Priya Raman", "* Sep 26, 2022", "* 2 min read")
    assert feats["Priya Raman"]["list_item"] == 0.0


def test_an_item_of_a_list_of_names_is_still_a_list_item():
    # Guard (passes before and after): no date beside it.
    feats = byline_features("* Priya Raman", "* Tomas Lindqvist", "* Contact")
    assert feats["Priya Raman"]["list_item"] == 1.0


def test_a_name_s_own_particles_are_no_common_words():
    # "de" of "Jan de Vries" is lower case wherever the name is written, the byline line
    # too: it says nothing of whether the name's words are a page's common words.
    feats = byline_features("Jan de Vries", "July 4, 2025")
    assert feats["Jan de Vries"]["common_words"] == 0.0


def test_an_item_that_says_by_and_a_name_is_not_scored_as_a_menu_item():
    # "* by Ingrid Solberg" / "* 6 Comments": a list item that opens with a by-label names
    # who wrote; a menu's entry names where to go.
    feats = byline_features("* by Ingrid Solberg", "* 6 Comments")
    assert feats["Ingrid Solberg"]["list_item"] == 0.0


def test_an_item_with_a_name_and_no_label_is_still_a_list_item():
    # Guard (passes before and after): the same name with no by-label, among links.
    feats = byline_features("* Ingrid Solberg", "* 6 Comments", "* Contact")
    assert feats["Ingrid Solberg"]["list_item"] == 1.0


def _features_in(headline: str, body: list[str], *lines: str) -> dict[str, dict[str, float]]:
    """byline_features for a page in another language: "Home", ``headline``, ``lines``, ``body``."""
    from helpers import text_to_blocks
    from newsclean.fields.text_bylines import author_candidates
    from newsclean.fields.text_field_scorers import AUTHOR_FEATURES
    from newsclean.fields.text_title import anchor, best_title

    blocks = text_to_blocks("\n".join(["Home", headline, *lines, *body]))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return {byline: dict(zip(AUTHOR_FEATURES, feats))
            for b, byline, _, feats in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None}


@pytest.mark.parametrize("headline, item, body", [
    # The by-labels of the lexicon in the page's language, not English "by" alone.
    ("Recherche im Netz der Trolle", "* Von Ingrid Solberg", GERMAN),
    ("Un réseau de trolls démasqué", "* Par Ingrid Solberg", FRENCH),
])
def test_an_item_that_opens_with_the_page_s_by_label_is_not_scored_as_a_menu_item(headline, item, body):
    feats = _features_in(headline, body, item, "* 6 Kommentare" if body is GERMAN else "* 6 commentaires")
    assert feats["Ingrid Solberg"]["list_item"] == 0.0


@pytest.mark.parametrize("headline, body", [
    ("Recherche im Netz der Trolle", GERMAN),
    ("Un réseau de trolls démasqué", FRENCH),
])
def test_the_same_item_with_no_label_is_still_a_list_item_in_another_language(headline, body):
    # Guard (passes before and after): the name alone among links.
    feats = _features_in(headline, body, "* Ingrid Solberg", "* Kontakt", "* Impressum")
    assert feats["Ingrid Solberg"]["list_item"] == 1.0
