"""The shared lexicon (newsclean/lexicon/): every language it lists, and the date and name
readers that are built from it."""
import datetime as dt

import pytest

from newsclean.lexicon import LANGUAGES
from newsclean.lexicon.bylines import AUTHOR_LABELS, BY_LABELS, NAME_CONJUNCTIONS
from newsclean.lexicon.dates import MONTH_NAMES, MONTHS, PUBLISHED, UPDATED, WEEKDAYS
from newsclean.fields.dates import has_date_label, is_relative_date, parse_text_date
from newsclean.fields.names import split_byline


@pytest.mark.parametrize("table", [MONTH_NAMES, WEEKDAYS, PUBLISHED, UPDATED, BY_LABELS, AUTHOR_LABELS])
def test_every_table_covers_the_eight_languages(table):
    assert set(LANGUAGES) <= set(table)


@pytest.mark.parametrize("name, number", [
    ("mai", 5), ("mayo", 5), ("maggio", 5), ("maio", 5), ("mei", 5), ("maja", 5),   # May, six ways
    ("févr", 2), ("dic", 12), ("ott", 10), ("okt", 10), ("października", 10), ("sty", 1),
])
def test_month_names_and_abbreviations(name, number):
    assert MONTHS[name] == number


def test_polish_and_italian_conjunctions_are_listed():
    assert "oraz" in NAME_CONJUNCTIONS["pl"] and "e" in NAME_CONJUNCTIONS["it"]


@pytest.mark.parametrize("line, value", [
    ("Publié le 3 févr. 2021 à 10h05", dt.datetime(2021, 2, 3, 10, 5)),
    ("Actualizado 12 dic 2019", dt.date(2019, 12, 12)),
    ("Pubblicato il 7 ott 2018 alle 09:15", dt.datetime(2018, 10, 7, 9, 15)),
    ("Publicado em 12 de março de 2020 às 10h30", dt.datetime(2020, 3, 12, 10, 30)),
    ("Gepubliceerd op 3 okt. 2019 om 14:05", dt.datetime(2019, 10, 3, 14, 5)),
    ("Opublikowano: 12 marca 2020, 10:30", dt.datetime(2020, 3, 12, 10, 30)),
])
def test_dates_in_eight_languages(line, value):
    # (The "Stand: 28.04.2020 18:00 Uhr" and "le mercredi 15 mai 2019 à 15h24" were read
    # before the lexicon; they are in tests/test_metadata_multilingual.py's dumps.)
    assert parse_text_date(line) == value


@pytest.mark.parametrize("line", ["vor 2 Stunden", "il y a 3 jours", "hace 2 horas", "3 ore fa",
                                  "há 5 minutos", "2 uur geleden", "5 minut temu", "3 hours ago"])
def test_relative_dates_are_never_dates(line):
    assert is_relative_date(line)
    assert parse_text_date(line) is None


def test_date_labels_that_say_neither_published_nor_updated():
    assert has_date_label("Stand: 28.04.2020 18:00 Uhr") and has_date_label("Fecha: 15/05/2019")
    assert not has_date_label("Standing ovation for the 2019 team")


@pytest.mark.parametrize("byline, names", [
    ("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
     ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"]),   # the broadcaster is no person
    ("Jan Kowalski oraz Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("By John E. Smith", ["John E. Smith"]),                          # "E." is an initial, not "and"
    ("By Mary Y. Lee and Tom Roe", ["Mary Y. Lee", "Tom Roe"]),
])
def test_split_byline_in_several_languages(byline, names):
    assert split_byline(byline) == names
