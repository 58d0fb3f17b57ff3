"""A breadcrumb of one step glued to the headline in a text dump ("Home /Headline", as
lxml's text writes a trail): the headline is offered without the trail's separator."""
from helpers import PARAGRAPHS
from newsclean.fields.text_title import candidates
from newsclean.read.text import text_to_blocks

MENU = ["Shop", "About us", "Contact"]


def offered(line: str) -> list[str]:
    blocks = text_to_blocks("\n".join([*MENU, line, *PARAGRAPHS[:3]]))
    return [text for _, text, _ in candidates(blocks)]


def test_a_separator_glued_to_the_headline_after_home_is_stripped():
    lines = offered("Home /Cheap Fixes Are the Best!")
    assert "Cheap Fixes Are the Best!" in lines
    assert "/Cheap Fixes Are the Best!" not in lines


def test_a_bar_glued_to_the_headline_after_home_is_stripped_too():
    # "|" is no trail separator (_crumbs), so only this rule strips it.
    lines = offered("Home |Winter Tyres Explained")
    assert "Winter Tyres Explained" in lines
    assert "|Winter Tyres Explained" not in lines


def test_a_headline_that_starts_with_home_keeps_its_words():
    # "Home" as the headline's own first word: nothing but the word itself is offered
    # stripped, and the whole line stays a candidate.
    lines = offered("Home Office Rules Change for Remote Workers")
    assert "Home Office Rules Change for Remote Workers" in lines
    assert not any(line.startswith(("/", "»", "|")) for line in lines)


def test_the_front_page_link_is_read_in_other_languages():
    # The vocabulary is lexicon/chrome.py's HOME_LINKS; before, only "Home" and "Start".
    for home in ("Accueil", "Startseite", "Inicio", "Strona główna", "Página inicial", "Voorpagina", "Главная"):
        lines = offered(f"{home} /Cheap Fixes Are the Best!")
        assert "Cheap Fixes Are the Best!" in lines, home
