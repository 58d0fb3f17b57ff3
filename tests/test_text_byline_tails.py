"""What a renderer glues after a byline's names, and offices before them: "By A. J.
Neal View In Digital Edition" names A. J. Neal, "Von Anna Schmidt Für Die Zeit" names
Anna Schmidt, "By Senator Jane Doe" names Jane Doe (text_byline_parse._without_next_element,
_without_office)."""
import pytest

import newsclean
from helpers import PARAGRAPHS

HEADLINE = "City council approves budget that raises school spending"
GERMAN = ["Der Stadtrat hat am Dienstagabend einen Haushalt beschlossen, der die Ausgaben für die Schulen der "
          "Stadt erhöht, nach monatelangen Debatten zwischen den Gewählten und den Eltern.",
          "Nach Angaben der Stadtverwaltung wird die Erhöhung es ermöglichen, Lehrer einzustellen und mehrere "
          "Gebäude zu renovieren, die das schon lange nötig hatten, wie die Familien es forderten."]
FRENCH = ["Le conseil municipal a adopté mardi soir un budget qui augmente les dépenses pour les écoles de la "
          "ville, après des mois de débats entre les élus et les parents.",
          "Selon la mairie, la hausse permettra d'embaucher des enseignants et de rénover plusieurs bâtiments qui "
          "en avaient besoin depuis longtemps, comme le demandaient les familles."]
DUTCH = ["De gemeenteraad heeft dinsdagavond een begroting aangenomen die de uitgaven voor de scholen van de stad "
         "verhoogt, na maanden van debat tussen de raadsleden en de ouders.",
         "Volgens het stadhuis maakt de verhoging het mogelijk om leraren aan te nemen en verschillende gebouwen "
         "te renoveren die dat al lang nodig hadden, zoals de families vroegen."]


def authors(byline: str, date: str = "July 4, 2025", body: list[str] = PARAGRAPHS[:3]) -> list[str]:
    text = "\n".join(["Home", "News", "Sport", HEADLINE, byline, date, *body])
    return newsclean.extract(text, source_type="text").authors


@pytest.mark.parametrize("byline, names, date, body", [
    # A button's words glued after the name: the button's verb is no surname.
    ("By A. J. Neal View In Digital Edition", ["A. J. Neal"], "July 4, 2025", PARAGRAPHS[:3]),
    ("By Jane Doe Share On Facebook", ["Jane Doe"], "July 4, 2025", PARAGRAPHS[:3]),
    # The outlet after a capitalised connector, in any language.
    ("Von Anna Schmidt Für Die Zeit", ["Anna Schmidt"], "4. Juli 2025", GERMAN),
])
def test_the_next_element_glued_after_the_names_is_cut(byline, names, date, body):
    assert authors(byline, date, body) == names


@pytest.mark.parametrize("byline, names, date, body", [
    ("By Senator Jane Doe", ["Jane Doe"], "July 4, 2025", PARAGRAPHS[:3]),
    ("By Sen. Jane Doe and Rep. John Roe", ["Jane Doe", "John Roe"], "July 4, 2025", PARAGRAPHS[:3]),
    ("Von Bürgermeisterin Anna Schmidt", ["Anna Schmidt"], "4. Juli 2025", GERMAN),
    ("Door Wethouder Pieter Jansen", ["Pieter Jansen"], "4 juli 2025", DUTCH),
])
def test_an_office_before_the_name_is_no_part_of_it(byline, names, date, body):
    assert authors(byline, date, body) == names


@pytest.mark.parametrize("byline, names", [
    # Guards (pass before and after): capitalised particles and conjunctions are a
    # name's; a button's word that ends a name stays when no other element follows it;
    # an office word with one word after it may be a name ("Mayor Jones" is not cut).
    ("By Juan Pérez De La Cruz", ["Juan Pérez De La Cruz"]),
    ("By Jane Read", ["Jane Read"]),
    ("By Mary Jane Read | July 4, 2025", ["Mary Jane Read"]),
    ("By Jane Doe And John Roe", ["Jane Doe", "John Roe"]),
])
def test_names_that_hold_such_words_stay_whole(byline, names):
    assert authors(byline) == names


def test_a_french_outlet_after_pour_is_cut_as_before():
    # Guard (passes before and after: names.py reads "pour <outlet>" in any case).
    assert authors("Par Marie Dupont Pour Le Monde", "4 juillet 2025", FRENCH) == ["Marie Dupont"]


@pytest.mark.parametrize("byline, names", [
    # rev3: function words that open or join a surname, capitalised in a title-case
    # byline, are the name's, not the start of a glued element (Spanish, Italian, Dutch).
    ("By Maria De Los Angeles Ruiz", ["Maria De Los Angeles Ruiz"]),
    ("By Juan Antonio De Las Heras", ["Juan Antonio De Las Heras"]),
    ("By Anna Maria Lo Bianco", ["Anna Maria Lo Bianco"]),
    ("By Jan Willem Op Den Akker", ["Jan Willem Op Den Akker"]),
    # ... and a function word right after a particle goes on with the surname.
    ("By Anna Maria Van Het Heerenveen", ["Anna Maria Van Het Heerenveen"]),
    ("By Maria Van Este Lopes", ["Maria Van Este Lopes"]),
])
def test_surname_function_words_are_not_cut(byline, names):
    assert authors(byline) == names


@pytest.mark.parametrize("byline, names", [
    # rev3: a surname that is a button's word ("Read", "See"), before an outlet's name
    # (a connector or an article opens it), is the writer's: no button takes "For The".
    ("By Piers Paul Read For The Spectator", ["Piers Paul Read"]),
    ("By Mary Ann See The Guardian", ["Mary Ann See"]),
])
def test_a_button_word_surname_before_an_outlet_stays(byline, names):
    assert authors(byline) == names


def test_an_office_after_a_comma_does_not_make_its_body_a_co_author():
    # rev3: "Präsidentin" after the comma is Anna Schmidt's office; dropping it left
    # "Deutsches Rotes Kreuz" read as a second writer.
    assert authors("Von Anna Schmidt, Präsidentin Deutsches Rotes Kreuz", "4. Juli 2025", GERMAN) == ["Anna Schmidt"]
