"""The author's box under a text dump's article (cleaners/bios.py)."""
import pytest

from helpers import PARAGRAPHS, page_of, removed_by
from newsclean.cleaners.bios import author_boxes
from newsclean.pipeline import run_chain


def removed_with_author(author: str, lines: list[str]) -> list[str]:
    """What author_boxes removes when the byline reader gave ``author`` (the box is judged
    by the name, in any language; which bylines are read is the field readers' part)."""
    page = page_of(lines)
    page.metadata.authors = [author]
    run_chain(page, [author_boxes])
    return [b.text for b in page.blocks if b.removed_by]

BIOS = {
    "en": ("Jane Doe", "Jane Doe is a reporter covering city hall and the courts for the paper."),
    "de": ("Moritz Gathmann", "Moritz Gathmann leitet das Ressort Berliner Republik bei Cicero."),
    "fr": ("Marie Dupont", "Marie Dupont est journaliste au service politique depuis 2015."),
    "es": ("Lucía Pérez", "Lucía Pérez es periodista y cubre la información municipal desde Madrid."),
    "nl": ("Piet de Vries", "Piet de Vries is verslaggever bij de redactie binnenland."),
    "pl": ("Anna Nowak", "Anna Nowak jest dziennikarką działu krajowego od 2018 roku."),
}


@pytest.mark.parametrize("language", sorted(BIOS))
def test_the_authors_bio_below_the_article_is_removed(language):
    author, bio = BIOS[language]
    lines = ["Council approves budget", *PARAGRAPHS, bio, "Impressum"]
    assert removed_with_author(author, lines) == [bio]


def test_the_byline_read_from_the_dump_names_the_box():
    bio = "Jane Doe is a reporter covering city hall and the courts for the paper."
    lines = ["Council approves budget", "By Jane Doe", *PARAGRAPHS, bio]
    assert removed_by(author_boxes, lines) == [bio]


def test_the_authors_name_high_in_the_article_stays():
    # The writer's name opening the first paragraph (no article above it) is not a box.
    first = "Jane Doe has covered the council for ten years and has never seen a budget like this one."
    lines = ["Council approves budget", first, *PARAGRAPHS]
    assert removed_with_author("Jane Doe", lines) == []


def test_another_persons_line_below_the_article_stays():
    closing = "Mark Lee, the council's treasurer, is expected to present the accounts in June."
    lines = ["Council approves budget", *PARAGRAPHS, closing]
    assert removed_with_author("Jane Doe", lines) == []


def test_a_name_the_article_speaks_of_is_its_subject():
    # A misread byline naming the article's subject: its lines belong to the article.
    subject = "Google Chrome speichert alle Daten, wie Lesezeichen und Passwörter, in einem Verzeichnis."
    lines = ["Chrome exportieren", *PARAGRAPHS[:2],
             "Wer Google Chrome auf einem neuen Rechner installiert, verliert ohne eine Sicherung alle seine Daten, wie die "
             "Lesezeichen und die Passwörter.",
             *PARAGRAPHS[2:], subject]
    assert removed_with_author("Google Chrome", lines) == []


def test_a_one_word_byline_is_not_used():
    lines = ["Council approves budget", *PARAGRAPHS, "Reuters is a news agency owned by Thomson Reuters."]
    assert removed_with_author("Reuters", lines) == []


@pytest.mark.parametrize("bio", [
    "Karina holds a Global Executive MBA and writes about personal finance for the site.",
    "Dr. Karina Cohen is a board-certified surgeon who reviews the site's health articles.",
    "Karina leitet seit 2019 das Ressort Wirtschaft und schreibt über Geldanlage.",
])
def test_a_box_naming_the_writer_by_given_name_at_the_end_is_removed(bio):
    lines = ["Council approves budget", *PARAGRAPHS, bio, "Impressum"]
    assert removed_with_author("Karina Cohen", lines) == [bio]


def test_a_given_name_opening_a_line_inside_the_article_stays():
    # Guard: the article goes on below the line, so it is not the writer's box.
    line = "Karina said the vote was the closest she had seen in ten years on the council."
    lines = ["Council approves budget", *PARAGRAPHS[:3], line, *PARAGRAPHS[3:], *PARAGRAPHS]
    assert removed_with_author("Karina Cohen", lines) == []


def test_a_given_name_the_article_uses_is_its_subject():
    # Guard: the prose above speaks of Karina, so a closing line about her is the article's.
    above = ("The treasurer, Karina, told the council that the figures had been checked twice by "
             "outside auditors before the vote.")
    closing = "Karina expects the first payments to reach the schools in the spring."
    lines = ["Council approves budget", *PARAGRAPHS[:2], above, *PARAGRAPHS[2:], closing]
    assert removed_with_author("Karina Cohen", lines) == []
