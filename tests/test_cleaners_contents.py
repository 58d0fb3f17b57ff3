"""An article's table of contents in a text dump (cleaners/duplicates.contents_lists)."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.duplicates import contents_lists

SECTIONS = {
    "en": ("Table of Contents", ["Why the budget matters", "What the opposition says", "What comes next"]),
    "de": ("Inhaltsverzeichnis", ["Warum der Haushalt zählt", "Was die Opposition sagt", "Wie es weitergeht"]),
    "fr": ("Sommaire", ["Pourquoi le budget compte", "Ce que dit l'opposition", "Et maintenant"]),
    "es": ("Índice", ["Por qué importa el presupuesto", "Qué dice la oposición", "Qué viene ahora"]),
    "it": ("Indice", ["Perché conta il bilancio", "Cosa dice l'opposizione", "Cosa succede ora"]),
    "pt": ("Neste artigo", ["Por que o orçamento importa", "O que diz a oposição", "O que vem agora"]),
    "nl": ("Inhoudsopgave", ["Waarom de begroting telt", "Wat de oppositie zegt", "Wat er nu komt"]),
    "pl": ("Spis treści", ["Dlaczego budżet jest ważny", "Co mówi opozycja", "Co dalej"]),
}


def article(headings: list[str]) -> list[str]:
    return [line for heading, text in zip(headings, PARAGRAPHS) for line in (heading, text)]


@pytest.mark.parametrize("language", sorted(SECTIONS))
def test_the_contents_list_goes_and_the_headings_stay(language):
    label, headings = SECTIONS[language]
    lines = [label, *headings, PARAGRAPHS[3], *article(headings)]
    assert removed_by(contents_lists, lines) == [label, *headings]


def test_numbered_entries_and_an_entry_worded_otherwise():
    # "+ 1." markers are not words; one entry worded unlike its heading goes with the list.
    headings = ["1. Why the budget matters", "2. What the opposition says", "3. What comes next"]
    toc = ["Table of contents", "+ 1. Why the budget matters", "+ Free budget checklist",
           "+ 2. What the opposition says", "+ 3. What comes next"]
    lines = [*toc, PARAGRAPHS[3], *article(headings)]
    assert removed_by(contents_lists, lines) == toc


def test_a_folded_list_loses_its_heading_alone():
    lines = ["Table of Contents", *PARAGRAPHS]
    assert removed_by(contents_lists, lines) == ["Table of Contents"]


def test_a_contents_line_over_lines_not_repeated_keeps_them():
    # A box of links under "Contents": nothing in it is printed again, so it stays (only
    # the label goes).
    links = ["Budget", "Council", "Transport"]
    lines = [*PARAGRAPHS[:2], "Contents", *links, *PARAGRAPHS[2:]]
    assert removed_by(contents_lists, lines) == ["Contents"]


def test_short_lines_repeated_without_a_contents_heading_stay():
    # The same short lines printed twice (a table's cells, a repeated subheading) are not
    # a table of contents without its heading.
    headings = ["Why the budget matters", "What the opposition says", "What comes next"]
    lines = [*headings, PARAGRAPHS[3], *article(headings)]
    assert removed_by(contents_lists, lines) == []


def test_a_sentence_naming_the_contents_stays():
    line = "The table of contents lists twelve chapters on the city's budget."
    assert removed_by(contents_lists, [PARAGRAPHS[0], line, PARAGRAPHS[1]]) == []
