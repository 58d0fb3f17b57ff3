"""Bylines written with a verb of writing in Polish, German and Dutch: "Napisał: Jan
Kowalski" and "napisała Anna Nowak" (the verb is the label), "Dieser Artikel wurde von
Anna Schmidt verfasst" and "Dit artikel is door Jan de Vries geschreven" (the verb
comes after the names)."""
import pytest

import newsclean
from newsclean.lexicon.bylines import BY_LABELS, WRITTEN_VERBS

HEADLINE = "City council approves budget that raises school spending"
POLISH = ["Rada miasta przyjęła we wtorek wieczorem budżet, który zwiększa wydatki na szkoły w mieście, po wielu "
          "miesiącach debat między radnymi a rodzicami uczniów.",
          "Według urzędu miasta podwyżka pozwoli zatrudnić nauczycieli i wyremontować kilka budynków, które od "
          "dawna tego potrzebowały, o co prosiły rodziny."]
GERMAN = ["Der Stadtrat hat am Dienstagabend einen Haushalt beschlossen, der die Ausgaben für die Schulen der "
          "Stadt erhöht, nach monatelangen Debatten zwischen den Gewählten und den Eltern.",
          "Nach Angaben der Stadtverwaltung wird die Erhöhung es ermöglichen, Lehrer einzustellen und mehrere "
          "Gebäude zu renovieren, die das schon lange nötig hatten, wie die Familien es forderten."]
DUTCH = ["De gemeenteraad heeft dinsdagavond een begroting aangenomen die de uitgaven voor de scholen van de stad "
         "verhoogt, na maanden van debat tussen de raadsleden en de ouders.",
         "Volgens het stadhuis maakt de verhoging het mogelijk om leraren aan te nemen en verschillende gebouwen "
         "te renoveren die dat al lang nodig hadden, zoals de families vroegen."]


def authors(*lines: str, body: list[str]) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", "Sport", HEADLINE, *lines, *body]), source_type="text").authors


@pytest.mark.parametrize("byline, names", [
    ("Napisał: Jan Kowalski", ["Jan Kowalski"]),
    ("napisała Anna Nowak", ["Anna Nowak"]),
])
def test_a_polish_verb_of_writing_is_a_by_label(byline, names):
    assert authors(byline, "4 lipca 2025", body=POLISH) == names


def test_the_polish_past_tense_is_a_label_not_a_verb_waiting_for_an_agent():
    # "napisał" takes no "przez" after it: as a verb of WRITTEN_VERBS it could never match.
    assert {"napisał", "napisała"} <= set(BY_LABELS["pl"])
    assert not {"napisał", "napisała"} & set(WRITTEN_VERBS["pl"])


@pytest.mark.parametrize("sentence, names, body, date", [
    ("Dieser Artikel wurde von Anna Schmidt verfasst.", ["Anna Schmidt"], GERMAN, "4. Juli 2025"),
    ("Dieser Beitrag wurde von Anna Schmidt und Jan Roth geschrieben.", ["Anna Schmidt", "Jan Roth"], GERMAN,
     "4. Juli 2025"),
    ("Dit artikel is door Jan de Vries geschreven.", ["Jan de Vries"], DUTCH, "4 juli 2025"),
])
def test_a_sentence_with_the_verb_after_the_names(sentence, names, body, date):
    assert authors(date, sentence, body=body) == names


@pytest.mark.parametrize("sentence", [
    # Guards (pass before and after): another work's writer is no byline.
    "Das Buch wurde von Thomas Mann geschrieben.",
    "Dieser Roman wurde von Thomas Mann verfasst.",
])
def test_another_work_s_writer_is_not_read(sentence):
    assert authors("4. Juli 2025", sentence, body=GERMAN) == []


@pytest.mark.parametrize("sentence", [
    # rev3: the agent's words must open with a capital: "von der Kommission", "door de
    # redactie" name a body in lower-case words, no person ("der Kommission" was read on
    # 5894188; the Dutch line is a guard that passes there too).
    "Dieser Bericht wurde von der Kommission verfasst.",
    "Dit artikel is door de redactie van de krant geschreven.",
])
def test_a_lower_case_agent_after_the_auxiliary_is_no_writer(sentence):
    body = DUTCH if sentence.startswith("Dit") else GERMAN
    assert authors("4. Juli 2025", sentence, body=body) == []
