"""A writer named by one word, then the page's date on the same line ("Susan December
9, 2024 0 Comments", "Yucy 3/4/2025"): read as the one-word name beside the date line
is ("Kev" / "December 9, 2024"), with the same tests (below the headline, not written in
lower case on the page, not in capitals)."""
import pytest

import newsclean
from helpers import PARAGRAPHS

HEADLINE = "City council approves budget that raises school spending"


def authors(*lines: str) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", "Sport", HEADLINE, *lines, *PARAGRAPHS[:3]]),
                             source_type="text").authors


@pytest.mark.parametrize("line, names", [
    ("Susan December 9, 2024 0 Comments", ["Susan"]),
    ("Yucy 3/4/2025", ["Yucy"]),
    ("Kev · 9 December 2024", ["Kev"]),
])
def test_one_word_then_the_date_on_its_line_is_the_writer(line, names):
    assert authors(line) == names


@pytest.mark.parametrize("line", [
    # Guards (pass before and after): a dateline's place, after a comma; a label before
    # the date; a word in capitals; a word the page writes in lower case.
    "Chicago, December 9, 2024",
    "Zuletzt aktualisiert: 28.04.2020 18:00 Uhr",
    "NEWS December 9, 2024",
    "Budget December 9, 2024",
])
def test_a_place_a_label_or_a_common_word_before_the_date_is_no_writer(line):
    assert authors(line) == []


@pytest.mark.parametrize("sentence", [
    "Am 31.8.2020 fand die Versammlung statt.",
    "Am 31.8.2020 fand in dem Wohnzimmer der Eheleute die Gründungsversammlung des Vereins statt",
])
def test_a_sentence_that_opens_with_a_word_and_a_date_is_no_byline(sentence):
    # A guard on 2dfb49b (passes there; the first is read as "Am" at b9c8b1e, this
    # branch's first form of the rule): a sentence that opens "Am 31.8.2020 ..." (the
    # date its line holds is the page's) names no one.
    german = ["Der Verein wurde von einigen Gleichgesinnten gegründet, die schon lange zusammen mit ihren Hunden "
              "auf den Wiesen vor der Stadt übten und sich einen festen Platz dafür wünschten.",
              "Die Übungen mussten leider relativ kurzfristig immer wieder aus den verschiedensten Gründen "
              "aufgegeben werden, bis ein neues Gelände gefunden war."]
    text = "\n".join(["Home", "News", "Sport", "Die Geschichte unseres Vereins seit der Gründung", sentence, *german])
    assert newsclean.extract(text, source_type="text").authors == []


GERMAN = ["Der Stadtrat hat am Dienstagabend in Berlin einen Haushalt beschlossen, der die Ausgaben für die "
          "Schulen der Stadt erhöht, nach monatelangen Debatten zwischen den Gewählten und den Eltern.",
          "Nach Angaben der Stadtverwaltung wird die Erhöhung es ermöglichen, Lehrer einzustellen und mehrere "
          "Gebäude zu renovieren, die das schon lange nötig hatten, wie die Familien es forderten.",
          "Die Opposition kritisierte den Beschluss als zu spät, begrüßte aber die Richtung und kündigte an, "
          "die Umsetzung genau zu verfolgen."]


@pytest.mark.parametrize("line", [
    # rev3: a date line's one-word label, in any language, says which date it is. (The
    # first is a guard, refused on 5894188 too; the others were read as writers there.)
    "Updated March 2, 2024", "Posted March 2, 2024", "Aktualisiert 12.03.2024", "Stand 28.04.2020 18:00 Uhr",
    "Publié 02/03/2024", "Publicado 02/03/2024", "Pubblicato 02/03/2024", "Gepubliceerd 02-03-2024",
    "Heute 12.03.2024",
])
def test_a_date_label_before_the_date_is_no_writer(line):
    text = "\n".join(["Startseite", "Nachrichten", "Stadtrat beschließt Haushalt mit mehr Geld für Schulen", line, *GERMAN])
    assert newsclean.extract(text, source_type="text").authors == []


@pytest.mark.parametrize("menu, line", [
    # rev3: the page's section, printed in its menu above ("Politik"), and a place the
    # article names in a sentence ("in Berlin"), before the date: no writer.
    (["Startseite", "Politik", "Wirtschaft", "Kultur"], "Politik 12.03.2024"),
    (["Startseite", "Politik", "Wirtschaft", "Kultur"], "Kultur · 12.03.2024"),
    (["Startseite", "Nachrichten"], "Berlin 12.03.2024"),
])
def test_a_section_or_a_place_before_the_date_is_no_writer(menu, line):
    text = "\n".join([*menu, "Stadtrat beschließt Haushalt mit mehr Geld für Schulen", line, *GERMAN])
    assert newsclean.extract(text, source_type="text").authors == []


def test_the_name_alone_in_an_author_box_below_does_not_refuse_it():
    # Guard (passes on 5894188 and after): "Yucy" alone again below, over a bio, is an
    # author box's name line, not a menu entry.
    text = "\n".join(["Home", "News", "Sport", HEADLINE, "Yucy 3/4/2025", *PARAGRAPHS[:3], "About the author", "Yucy",
                      "Yucy writes about home security, cameras and smart homes for the blog, and tests every device "
                      "she reviews at home for weeks."])
    assert newsclean.extract(text, source_type="text").authors == ["Yucy"]
