"""Bylines of text dumps that name a desk, not a person ("Podium Staff", "Redacción
Deportes"); author boxes whose sentence starts with the whole name; "/" after a byline;
and the byline scorer's "desk" and "title_words" features. Each must keep what is no
byline: a menu's "Our Team", a person's name with a desk word glued to it, a topic
whose sentence writes its name in other case; and (s22 review) a business's service named
like a desk ("Help Desk", "Support Team"), a desk beside a labelled person's byline, a
slash between co-authors' names."""
import pytest

import newsclean

from helpers import PARAGRAPHS
from newsclean.fields.text_byline_parse import desk_name
from newsclean.fields.text_bylines import author_candidates
from newsclean.fields.text_field_scorers import AUTHOR_FEATURES
from newsclean.fields.text_title import anchor, best_title
from newsclean.read.text import text_to_blocks

HEADLINE = "City council approves budget that raises school spending"
SPANISH = ["El ayuntamiento aprobó el martes el nuevo presupuesto, que aumenta el gasto en escuelas y transporte "
           "público en casi un ocho por ciento durante los próximos dos años.",
           "Los miembros de la oposición dijeron que el plan se basaba en previsiones optimistas y advirtieron "
           "que la ciudad podría sufrir un déficit si los ingresos fiscales no llegan a lo previsto."]


def read(*lines: str, headline: str = HEADLINE, body: list[str] = PARAGRAPHS[:3]):
    """(byline, names, features by name) of every byline candidate of a page."""
    blocks = text_to_blocks("\n".join(["Home", "News", headline, *lines, *body]))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return [(byline, names, dict(zip(AUTHOR_FEATURES, feats)))
            for b, byline, names, feats in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None]


def names_read(*lines: str, **kw) -> list[list[str]]:
    return [names for _, names, _ in read(*lines, **kw)]


@pytest.mark.parametrize("line, name, body", [
    ("Podium Staff", "Podium Staff", PARAGRAPHS[:3]),
    ("InstaTunnel Team", "InstaTunnel Team", PARAGRAPHS[:3]),
    ("TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025, 21:47 IST", "TOI Lifestyle Desk", PARAGRAPHS[:3]),
    ("By The Currency editors", "The Currency editors", PARAGRAPHS[:3]),
    ("By the Lavazza Team", "the Lavazza Team", PARAGRAPHS[:3]),
    ("Redacción Deportes", "Redacción Deportes", SPANISH),
    ("Por Redacción Deportes", "Redacción Deportes", SPANISH),
])
def test_a_desk_under_the_headline_is_a_byline(line, name, body):
    found = read(line, "July 4, 2025", body=body)
    assert [name] in [names for _, names, _ in found]
    assert all(feats["desk"] == 1.0 for _, names, feats in found if names == [name])


@pytest.mark.parametrize("part, labelled", [
    ("Redakcja Sport", False), ("Rédaction Europe", False), ("Redaktion Wirtschaft", False),
    ("Wirtschaft Redaktion", False), ("Redactie Buitenland", False), ("Redazione Esteri", False),
])
def test_desk_words_of_several_languages(part, labelled):
    assert desk_name(part, labelled)


@pytest.mark.parametrize("part, labelled", [
    ("Our Team", False),            # words that name no one
    ("Meet the Team", False),       # a function word: a phrase, a menu entry
    ("the Lavazza Team", False),    # an article first only after a by-label
    ("Equipo de ventas", False),    # a word in lower case
    ("Rachel Green Staff", False),  # a person's name with a desk word glued to it
    ("Staff Writer", False),        # a job title: the desk word is not at its end
    ("2025 Team", False),           # a number
])
def test_what_is_no_desk(part, labelled):
    assert not desk_name(part, labelled)


def test_a_persons_name_glued_to_a_desk_word_stays_the_person():
    # A guard: it passes on 2b02aab too; desks must not take the person's line.
    assert ["Rachel Green"] in names_read("Rachel Green Staff", "July 4, 2025")
    assert ["Rachel Green Staff"] not in names_read("Rachel Green Staff", "July 4, 2025")


@pytest.mark.parametrize("name, bio", [
    ("Lauren Vetter", "Lauren Vetter is a marketing writer who covers healthcare software and the companies behind it."),
    ("Jean Dupont", "Jean Dupont est journaliste au service politique depuis 2015 et suit le Parlement européen."),
    ("Anna Kowalska", "Anna Kowalska jest dziennikarką działu gospodarczego i pisze o rynku pracy od lat."),
])
def test_an_author_box_whose_sentence_starts_with_the_whole_name(name, bio):
    # The box under the article: the name, then a sentence that starts with it as written.
    body = PARAGRAPHS * 3
    found = names_read(*body, name, bio, body=["Related stories", "More news"])
    assert [name] in found


def test_a_topic_whose_sentence_writes_its_name_in_other_case_is_no_author_box():
    # A guard: it passes on 2b02aab too; the whole-name author box must not take a topic.
    body = PARAGRAPHS * 3
    found = names_read(*body, "Ground Mounted", "Ground mounted systems are cheaper to install on open land than roof arrays.",
                       body=["Related stories", "More news"])
    assert ["Ground Mounted"] not in found


def test_title_words_is_the_share_of_the_name_in_the_headline():
    found = read("Harbor Point", "July 4, 2025", "Priya Raman",
                 headline="Harbor Point: the city council approves the new ferry plan")
    shares = {tuple(names): feats["title_words"] for _, names, feats in found}
    assert shares[("Harbor Point",)] == 1.0 and shares[("Priya Raman",)] == 0.0


GERMAN = ["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der die Ausgaben für Schulen und den "
          "öffentlichen Nahverkehr in den nächsten zwei Jahren um fast acht Prozent erhöht.",
          "Die Opposition sagte, der Plan beruhe auf optimistischen Prognosen, und warnte, der Stadt könne ein "
          "Defizit drohen, wenn die Steuereinnahmen hinter den Erwartungen zurückblieben."]
FRENCH = ["Le conseil municipal a approuvé mardi le nouveau budget, qui augmente les dépenses pour les écoles et "
          "les transports publics de près de huit pour cent au cours des deux prochaines années.",
          "Les membres de l'opposition ont déclaré que le plan reposait sur des prévisions optimistes et ont averti "
          "que la ville pourrait connaître un déficit si les recettes fiscales étaient inférieures aux attentes."]


def authors(*lines: str, body: list[str] = PARAGRAPHS[:3], after: tuple[str, ...] = ()) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", HEADLINE, *lines, *body, *after]), source_type="text").authors


@pytest.mark.parametrize("lines, name, body", [
    # A service's desk, and a desk named by any word: the person after the by-label wrote it.
    (("By Jane Doe", "July 4, 2025", "Help Desk"), "Jane Doe", PARAGRAPHS[:3]),
    (("By Jane Doe", "July 4, 2025", "Metro Desk"), "Jane Doe", PARAGRAPHS[:3]),
    (("Metro Desk", "By Jane Doe", "July 4, 2025"), "Jane Doe", PARAGRAPHS[:3]),
    (("Por María López", "4 de julio de 2025", "Redacción Deportes"), "María López", SPANISH),
    (("Von Anna Schmidt", "04.07.2025", "Redaktion Wirtschaft"), "Anna Schmidt", GERMAN),
    (("Par Jean Dupont", "4 juillet 2025", "Rédaction Europe"), "Jean Dupont", FRENCH),
])
def test_a_desk_beside_a_labelled_byline_is_not_the_author(lines, name, body):
    assert authors(*lines, body=body) == [name]


@pytest.mark.parametrize("lines, after, body", [
    (("July 4, 2025", "Leadership Team"), (), PARAGRAPHS[:3]),
    (("July 4, 2025",), ("Support Team",), PARAGRAPHS[:3]),
    (("July 4, 2025", "Front Desk"), (), PARAGRAPHS[:3]),
    (("4 de julio de 2025", "Equipo Ventas"), (), SPANISH),
    (("04.07.2025", "Kundenservice Team"), (), GERMAN),
    (("4 juillet 2025", "Equipe Technique"), (), FRENCH),
])
def test_a_service_team_on_an_authorless_page_is_no_author(lines, after, body):
    assert authors(*lines, body=body, after=after) == []


@pytest.mark.parametrize("part, labelled", [
    ("Help Desk", False), ("Front Desk", False), ("Support Team", True), ("Sales Team", False),
    ("Management Team", False), ("Leadership Team", False), ("Equipe Technique", False), ("Equipo Soporte", False),
    ("Vertrieb Team", False), ("Klantenservice Team", False), ("Redazione Commerciale", False),
    ("Zespół Sprzedaży", False),
])
def test_a_service_or_department_is_no_desk(part, labelled):
    assert not desk_name(part, labelled)


@pytest.mark.parametrize("line, names, body", [
    ("By Jane Doe / John Smith", ["Jane Doe", "John Smith"], PARAGRAPHS[:3]),
    ("By Jane Doe/John Smith", ["Jane Doe", "John Smith"], PARAGRAPHS[:3]),
    ("Por María López / Juan Pérez", ["María López", "Juan Pérez"], SPANISH),
    ("Von Anna Schmidt/Peter Braun", ["Anna Schmidt", "Peter Braun"], GERMAN),
])
def test_a_slash_between_names_separates_co_authors(line, names, body):
    assert authors(line, "July 4, 2025", body=body) == names


@pytest.mark.parametrize("line", [
    "By Jane Doe / The Texas Newsroom",
    "By Jane Doe / Staff Writer",
    "By Jane Doe/Reuters",
])
def test_a_slash_before_an_outlet_or_a_role_ends_the_byline(line):
    assert authors(line, "July 4, 2025") == ["Jane Doe"]
