"""Precision of the byline: what is a person's name. A department or a service ("Public
Safety", "Sécurité Publique"), a staff function ("Records Officer"), a topic heading
("Zoning Policies") or an outlet after the writer's name ("Jane Doe / Mail Online")
is no author, nor is an organisation's account after "By" ("By metronews"), in several
languages; people's names, handles, desks and firms WCXB credits as authors stay authors
(the guards at the end pass before and after the change)."""
import pytest

import newsclean

from helpers import PARAGRAPHS
from newsclean.fields.names import split_byline, split_explicit_byline

HEADLINE = "City council approves budget that raises school spending"
GERMAN = ["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, der die Ausgaben für Schulen und den "
          "Nahverkehr in den nächsten zwei Jahren um fast acht Prozent erhöht.",
          "Die Opposition sagte, der Plan beruhe auf optimistischen Prognosen, und warnte, dass der Stadt ein "
          "Defizit drohe, wenn die Steuereinnahmen hinter den Erwartungen zurückblieben."]
FRENCH = ["Le conseil municipal a approuvé mardi le nouveau budget, qui augmente de près de huit pour cent les "
          "dépenses pour les écoles et les transports publics au cours des deux prochaines années.",
          "L'opposition a déclaré que le plan reposait sur des prévisions optimistes, et a averti que la ville "
          "pourrait connaître un déficit si les recettes fiscales restaient en deçà des attentes."]
SPANISH = ["El ayuntamiento aprobó el martes el nuevo presupuesto, que aumenta el gasto en escuelas y transporte "
           "público en casi un ocho por ciento durante los próximos dos años.",
           "Los miembros de la oposición dijeron que el plan se basaba en previsiones optimistas y advirtieron "
           "que la ciudad podría sufrir un déficit si los ingresos fiscales no llegan a lo previsto."]
ITALIAN = ["Il consiglio comunale ha approvato martedì il nuovo bilancio, che aumenta la spesa per le scuole e i "
           "trasporti pubblici di quasi l'otto per cento nei prossimi due anni.",
           "L'opposizione ha detto che il piano si basa su previsioni ottimistiche e ha avvertito che la città "
           "potrebbe avere un deficit se le entrate fiscali resteranno sotto le attese."]


def authors(byline: str, date: str = "March 3, 2024", body: list[str] = PARAGRAPHS[:3]) -> list[str]:
    """The authors extract() reads from a dump with ``byline`` under the headline, above the date."""
    text = "\n\n".join(["Home", HEADLINE, byline, date, *body])
    return newsclean.extract(text).authors


@pytest.mark.parametrize("line,date,body", [
    ("Public Safety", "March 3, 2024", PARAGRAPHS[:3]),
    ("Records Officer", "March 3, 2024", PARAGRAPHS[:3]),
    ("Zoning Policies", "March 3, 2024", PARAGRAPHS[:3]),
    ("Öffentliche Sicherheit", "3. März 2024", GERMAN),
    ("Sécurité Publique", "3 mars 2024", FRENCH),
    ("Seguridad Pública", "3 de marzo de 2024", SPANISH),
    ("Ufficio Stampa", "3 marzo 2024", ITALIAN),
])
def test_a_department_or_a_function_beside_the_date_is_no_author(line, date, body):
    assert authors(line, date, body) == []


@pytest.mark.parametrize("line,date,body", [
    ("By Online Services", "March 3, 2024", PARAGRAPHS[:3]),
    ("Por Seguridad Pública", "3 de marzo de 2024", SPANISH),
])
def test_a_department_after_a_by_label_is_no_author(line, date, body):
    assert authors(line, date, body) == []


@pytest.mark.parametrize("line,date,body,names", [
    ("By Jane Doe / Mail Online", "March 3, 2024", PARAGRAPHS[:3], ["Jane Doe"]),
    ("By Jane Doe, Cape Times", "March 3, 2024", PARAGRAPHS[:3], ["Jane Doe"]),
    ("Par Marie Dupont, Courrier Picard", "3 mars 2024", FRENCH, ["Marie Dupont"]),
    ("Di Anna Rossi, Corriere Adriatico", "3 marzo 2024", ITALIAN, ["Anna Rossi"]),
    # "for <outlet>": the outlet the writer wrote for.
    ("By Jane Doe for the Daily Mail", "March 3, 2024", PARAGRAPHS[:3], ["Jane Doe"]),
    ("By Jane Doe For Daily Mail", "March 3, 2024", PARAGRAPHS[:3], ["Jane Doe"]),
    ("By JANE DOE FOR DAILYMAIL.COM", "March 3, 2024", PARAGRAPHS[:3], ["JANE DOE"]),
    ("Di Anna Rossi per la Stampa", "3 marzo 2024", ITALIAN, ["Anna Rossi"]),
    ("Von Anna Schmidt für die Zeit", "3. März 2024", GERMAN, ["Anna Schmidt"]),
    ("Por Ana García para El País", "3 de marzo de 2024", SPANISH, ["Ana García"]),
])
def test_an_outlet_after_the_writer_is_no_co_author(line, date, body, names):
    assert authors(line, date, body) == names


@pytest.mark.parametrize("byline,names", [
    ("Jane Doe, Mail Online", ["Jane Doe"]),
    ("Jan de Vries, Algemeen Dagblad", ["Jan de Vries"]),
    ("Anna Kowalska, Gazeta Lubuska", ["Anna Kowalska"]),
    ("Ana Souza, Folha Paulista", ["Ana Souza"]),
    # A caption names a person by the office they hold. (So may an op-ed's byline, "By
    # Senator Jane Doe", which gives no author either: a known loss, see docs/fields.md.)
    ("Presidente de Francia, Ana Pérez", ["Ana Pérez"]),
    ("Bürgermeisterin Anna Weber, Jan Roth", ["Jan Roth"]),
])
def test_split_byline_leaves_the_outlet_and_the_office_out(byline, names):
    assert split_byline(byline) == names


@pytest.mark.parametrize("line,date,body", [
    ("By metronews", "March 3, 2024", PARAGRAPHS[:3]),
    ("By cityhealth", "March 3, 2024", PARAGRAPHS[:3]),
    ("Von stadtzeitung", "3. März 2024", GERMAN),
])
def test_an_organisations_account_after_a_by_label_is_no_author(line, date, body):
    assert authors(line, date, body) == []


def test_split_explicit_byline_leaves_a_department_out():
    assert split_explicit_byline("Communications Office") == []


# Guards (pass before and after): people, desks, firms credited as authors, handles.
@pytest.mark.parametrize("line,names", [
    ("Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Block Renovation", ["Block Renovation"]),
    ("By jsteinhardt", ["jsteinhardt"]),
    ("By thegrangehall", ["thegrangehall"]),
    ("Podium Staff", ["Podium Staff"]),
])
def test_people_desks_and_firms_stay_authors(line, names):
    assert authors(line) == names


# Review (rev1, s23): surnames and given names that are words of the lists. Each is a
# person's name in a byline, read as one at bc68712 and refused at 8ae3b7f.
@pytest.mark.parametrize("byline", [
    "Bruno Le Maire",     # fr: "maire" (mayor)
    "Ángel Alcalde",      # es: "alcalde" (mayor)
    "Robert Service",     # en: "service"
    "Charles Portal",     # en/es: "portal"
    "Andrea Consigli",    # it: "consigli" (advice)
    "Marc Bureau",        # fr: "bureau"
    "Gottfried Dienst",   # de: "dienst" (service)
    "Hermann Bote",       # de: "bote" (messenger, an outlet's word)
    "Heraldo Muñoz",      # es/pt given name: "heraldo" (an outlet's word)
    "Marta Company",      # es (Catalan) surname: "company"
])
def test_a_surname_that_is_an_office_or_outlet_word_stays_a_name(byline):
    assert split_byline("By " + byline) == [byline]
    assert split_explicit_byline(byline) == [byline]


# A person's handle in lower case that merely ends in a word of the lists ("cl-audio",
# "is-mail", "c-live", "le-maire", "vander-meer", "gil-more") is still a person's handle;
# an account named by words run together ("metronews", above) is not.
@pytest.mark.parametrize("handle", ["claudio", "ismail", "clive", "olive", "lemaire", "vandermeer", "gilmore",
                                    "valle", "mathis"])
def test_a_persons_handle_ending_in_a_listed_word_stays_an_author(handle):
    assert split_explicit_byline(handle) == [handle]


# "for <outlet>" ends the outlet's part, not the byline: a co-author named after it stays.
@pytest.mark.parametrize("byline,names", [
    ("By Jane Doe for the Daily Mail and John Roe", ["Jane Doe", "John Roe"]),
    ("Por Ana García para El País y Juan Pérez", ["Ana García", "Juan Pérez"]),
    ("Von Anna Schmidt für die Zeit und Peter Braun", ["Anna Schmidt", "Peter Braun"]),
    # (An outlet whose name has "&" or "and" in it is no co-author: one word is no name.)
    ("By Jane Doe for Town & Country", ["Jane Doe"]),
    ("By Jane Doe for Mail and Guardian", ["Jane Doe"]),
])
def test_a_co_author_after_for_an_outlet_stays(byline, names):
    assert split_byline(byline) == names
