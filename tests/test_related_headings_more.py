"""Headings of related/most-read/next-article blocks in eight languages (body2, s23):
whole-line headings that trafeval-dev's tune split showed kept under the article."""
import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.related import related_sections

TEASERS = ["12.11.2021 Synodentagung in Berlin wird fortgesetzt", "",
           "11.11.2021 Bischof ruft zu Freilassung Oppositioneller auf"]


@pytest.mark.parametrize("heading", [
    "Ähnliche Nachrichten", "Die meistgelesenen Artikel bei SWR.de/Sport", "Vorschau auf den nächsten Artikel",
    "Similar articles", "The most read stories on BBC News", "Les articles les plus lus", "Article suivant :",
    "Noticias similares", "Las noticias más leídas", "Gli articoli più letti", "Notizie simili",
    "As notícias mais lidas", "Próximo artigo", "Meest gelezen artikelen", "Vergelijkbaar nieuws",
    "Podobne wiadomości", "Najczęściej czytane artykuły"])
def test_more_related_headings_and_their_teasers_go(heading):
    removed = removed_by(related_sections, [PROSE, heading, *TEASERS])
    assert removed == [heading, TEASERS[0], TEASERS[2]]


@pytest.mark.parametrize("line", [
    "Ähnliche Nachrichten hatte es schon im Sommer aus Berlin gegeben, sagte der Sprecher.",
    "Die meistgelesenen Artikel des Jahres handelten alle vom Wetter und von den Preisen.",
    "Similar articles appeared in three other newspapers that week, the report found.",
    "Les articles les plus lus de l'année parlent tous du climat et des prix.",
])
def test_sentences_starting_with_such_words_stay(line):
    assert removed_by(related_sections, [PROSE, line, PROSE]) == []


def test_the_article_paragraph_after_the_heading_stays():
    removed = removed_by(related_sections, [PROSE, "Ähnliche Nachrichten", TEASERS[0], PROSE])
    assert removed == ["Ähnliche Nachrichten", TEASERS[0]]


# s25: the older headings (RELATED_HEADINGS) may name the site after them too, as the
# "more related" ones do: "Mehr zum Thema auf <site>:".
@pytest.mark.parametrize("heading", [
    "Mehr zum Thema auf Beispiel.de:", "Lesen Sie auch bei Beispiel.de", "À lire aussi sur Exemple.fr",
    "Noticias relacionadas en Ejemplo.es", "Leggi anche su Esempio.it", "Leia também no Exemplo.br",
    "Lees ook op Voorbeeld.nl", "Czytaj także w Przykład.pl"])
def test_related_headings_with_a_site_and_their_teasers_go(heading):
    removed = removed_by(related_sections, [PROSE, heading, *TEASERS])
    assert removed == [heading, TEASERS[0], TEASERS[2]]


@pytest.mark.parametrize("line", [
    "Mehr zum Thema auf der Konferenz sagte der Minister am Montag in Berlin vor den Delegierten.",
    "Zum Thema passt die Studie der Universität Bonn, die im Mai erschien.",
])
def test_sentences_opening_with_a_heading_and_a_preposition_stay(line):
    assert removed_by(related_sections, [PROSE, line, PROSE]) == []
