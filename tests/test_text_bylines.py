"""Bylines of text dumps in the shapes renderers give them: a by-label alone on its line,
labels and dates glued to the name, a bare name over a job title, an author box under
the article, one-word names beside the date; and name-shaped lines that are not bylines."""
import pytest

import newsclean
from helpers import PARAGRAPHS

PROSE = PARAGRAPHS[:3]
HEADLINE = "City council approves budget that raises school spending"
# German paragraphs: a German by-label ("Von") is read as a label only on a German page.
GERMAN = ["Die Recherche zeigt, wie ein Netz von Konten über Monate hinweg Falschmeldungen verbreitete und dabei "
          "auf die immer gleichen Quellen zurückgriff, die sich leicht überprüfen ließen.",
          "Nach Angaben der Plattform wurden die Konten inzwischen gesperrt, doch viele der Beiträge sind weiterhin "
          "im Netz zu finden und werden weiterhin geteilt, wie die Auswertung zeigt."]

# An article long enough that the lines under it are far from the header's lines.
LONG_BODY = [f"{p} That was point {n} of the debate." for n in range(4) for p in PARAGRAPHS]


def authors(*lines: str, body: list[str] = PROSE) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", "Sport", *lines, *body]), source_type="text").authors


@pytest.mark.parametrize("label", ["By", "By:", "Written by", "Author", "Author(s)"])
def test_a_label_alone_on_its_line_makes_the_next_line_the_byline(label):
    # The renderer wrote the label's element and the name's element on lines of their own;
    # under a label, a user name counts as it does after "By " on one line (a bare
    # "Tomas Lindqvist" under the headline was read before, with or without the label).
    assert authors(HEADLINE, label, "kwright42") == ["kwright42"]


def test_a_german_label_alone_names_everyone_on_the_next_line():
    lines = ["Recherche im Netz der Trolle", "Von", "Volkmar Kabisch und Benedikt Strunz", "Stand: 28.04.2020 18:00 Uhr"]
    assert authors(*lines, body=GERMAN) == ["Volkmar Kabisch", "Benedikt Strunz"]


@pytest.mark.parametrize("line, names", [
    ("ByTomas Lindqvist", ["Tomas Lindqvist"]),                            # "By" glued to the name
    ("Written by:Priya Raman", ["Priya Raman"]),
    ("Tomas Lindqvist•Jul 4, 2025", ["Tomas Lindqvist"]),                   # separator glued
    ("Tomas Lindqvist • Updated on Jul 4, 2025 • 8 min read", ["Tomas Lindqvist"]),  # a long line: name, then metadata
    ("July 4, 2025 By Priya Raman In", ["Priya Raman"]),                   # the category's "In" after the name
])
def test_glued_and_long_byline_lines_give_the_name(line, names):
    assert authors(HEADLINE, line, *([] if "2025" in line else ["July 4, 2025"])) == names


def test_a_job_title_under_a_name_is_not_a_name():
    assert authors(HEADLINE, "Senior Content Editor", "July 4, 2025") == []


def test_an_author_box_under_the_article_names_the_writer():
    box = ["Priya Raman", "Priya covers city politics and schools for the paper and has reported from the council "
           "chamber for nine years."]
    article = newsclean.extract("\n".join(["Home", HEADLINE, "July 4, 2025", *LONG_BODY, *box]), source_type="text")
    assert article.authors == ["Priya Raman"]
    # A sentence about a product goes on with its whole name, and the name has a word in capitals.
    box = ["Proton VPN", "Proton VPN is a strong contender in the field and has been in operation since 2016 with "
           "servers in many countries."]
    article = newsclean.extract("\n".join(["Home", HEADLINE, "July 4, 2025", *LONG_BODY, *box]), source_type="text")
    assert article.authors == []


def test_one_word_beside_the_date_is_a_name_only_if_the_page_never_writes_it_in_lower_case():
    assert authors(HEADLINE, "Kev", "July 4, 2025") == ["Kev"]
    body = [p + " Read more on the blog." for p in PROSE]
    assert authors(HEADLINE, "Blog", "July 4, 2025", body=body) == []


def test_a_weekday_is_no_part_of_a_name():
    # "Released Wednesday" is two capitalised words, not a person.
    assert authors(HEADLINE, "Released Wednesday, March 2, 2022") == []


@pytest.mark.parametrize("line", ["Interview von Volkmar Kabisch", "Ein Beitrag von Volkmar Kabisch", "Artikel von: Volkmar Kabisch",
                                  "Gastbeitrag von Volkmar Kabisch"])
def test_a_german_kind_of_piece_before_the_label_still_introduces_the_writer(line):
    # "Interview by" / "Guide by" in English; the same shape in German ("Interview von",
    # "Beitrag von") names the writer, not another part of the work.
    lines = ["Recherche im Netz der Trolle", line, "Stand: 28.04.2020 18:00 Uhr"]
    assert authors(*lines, body=GERMAN) == ["Volkmar Kabisch"]


def test_a_reader_comment_header_is_not_a_byline():
    # German "Kommentar" is both an opinion piece and a reader's comment: "Kommentar von
    # Mareike" over a date under the article is a commenter, so it is no by-prefix.
    lines = ["Recherche im Netz der Trolle", "Stand: 28.04.2020 18:00 Uhr"]
    comments = ["Kommentare", "Kommentar von Mareike Albers", "8. Dezember 2020",
                "Danke für die Recherche, sehr gut gemacht und wichtig."]
    assert authors(*lines, body=GERMAN + comments) == []


SPANISH = ["La investigación muestra cómo una red de cuentas difundió noticias falsas durante meses y recurrió "
           "siempre a las mismas fuentes, que eran fáciles de comprobar.",
           "Según la plataforma, las cuentas ya han sido bloqueadas, pero muchas de las publicaciones siguen en la "
           "red y se siguen compartiendo, como muestra el análisis."]
FRENCH = ["L'enquête montre comment un réseau de comptes a diffusé de fausses informations pendant des mois en "
          "s'appuyant toujours sur les mêmes sources, faciles à vérifier.",
          "Selon la plateforme, les comptes ont depuis été bloqués, mais beaucoup de messages restent en ligne et "
          "continuent d'être partagés, comme le montre l'analyse."]


@pytest.mark.parametrize("headline, line, body, names", [
    # "Last updated" in the page's language, glued to the name or after it (lexicon/dates.LAST_UPDATED)
    ("Recherche im Netz der Trolle", "Von Volkmar KabischZuletzt aktualisiert: 28.04.2020 18:00 Uhr", GERMAN, ["Volkmar Kabisch"]),
    ("Recherche im Netz der Trolle", "Von Volkmar Kabisch Zuletzt aktualisiert: 28.04.2020", GERMAN, ["Volkmar Kabisch"]),
    ("Un réseau de trolls démasqué", "Par Marie DupontDernière mise à jour le 15 mai 2019", FRENCH, ["Marie Dupont"]),
    ("Una red de trolls al descubierto", "Por María LópezÚltima actualización: 19/12/2019", SPANISH, ["María López"]),
    # a month abbreviation of another language than English glued to the name ("Dic", "Dez.")
    ("Una red de trolls al descubierto", "Por María LópezDic 19, 2019", SPANISH, ["María López"]),
    # the day glued to the name, then its month or the rest of a numeric date
    ("Recherche im Netz der Trolle", "Von Volkmar Kabisch19. Dez. 2025", GERMAN, ["Volkmar Kabisch"]),
    ("Recherche im Netz der Trolle", "Von Volkmar Kabisch28.04.2020 18:00 Uhr", GERMAN, ["Volkmar Kabisch"]),
    # a name ending in a letter outside Latin-1 (Polish, Czech), the label glued to it
    ("Recherche im Netz der Trolle", "Von Jan PawełZuletzt aktualisiert: 28.04.2020", GERMAN, ["Jan Paweł"]),
    ("Recherche im Netz der Trolle", "Von Jana NovákováZuletzt aktualisiert: 28.04.2020", GERMAN, ["Jana Nováková"]),
    # a weekday and its date glued to the name, in the page's language or another
    ("Recherche im Netz der Trolle", "Von Jan KowalskiŚroda, 28.04.2020", GERMAN, ["Jan Kowalski"]),
    ("Una red de trolls al descubierto", "Por María LópezLunes 3 de mayo de 2021", SPANISH, ["María López"]),
])
def test_a_date_or_last_updated_label_glued_to_the_name_is_cut_off_in_any_language(headline, line, body, names):
    assert authors(headline, line, body=body) == names


@pytest.mark.parametrize("headline, lines, body", [
    # the label line alone names nobody
    ("Recherche im Netz der Trolle", ["Zuletzt aktualisiert: 28.04.2020 18:00 Uhr"], GERMAN),
    ("Un réseau de trolls démasqué", ["Dernière mise à jour le 15 mai 2019"], FRENCH),
])
def test_a_last_updated_line_alone_is_no_byline(headline, lines, body):
    assert authors(headline, *lines, body=body) == []


@pytest.mark.parametrize("line, names", [
    # a surname that is a weekday, not glued: the weekday rule leaves the whole name
    ("Von Jan Sonntag", ["Jan Sonntag"]),
    ("Par Marie Samedi", ["Marie Samedi"]),
])
def test_a_surname_that_is_a_weekday_stays_when_nothing_is_glued(line, names):
    from newsclean.fields.text_byline_parse import byline_names

    assert byline_names(line)[1] == names


def test_a_handle_ending_in_digits_keeps_its_digits():
    # a digit glued to the name is cut only when a date follows it
    assert authors(HEADLINE, "By", "kwright42", "July 4, 2025") == ["kwright42"]
    assert authors("Recherche im Netz der Trolle", "Von", "freeman1984", "28.04.2020", body=GERMAN) == ["freeman1984"]


DEK = ("The chain's North America division is positioning for ambitious growth beyond the United States and "
       "Canada over the next three years.")


@pytest.mark.parametrize("line, body, names", [
    # a dek and its byline on one line (an inline element after the dek's last sentence)
    (DEK + " By Lisa Jennings on Dec. 19, 2025", PROSE, ["Lisa Jennings"]),
    ("Eine Recherche von NDR und WDR zeigt, wie ein Netz von Konten über viele Monate hinweg gezielt "
     "Falschmeldungen verbreitete und dabei immer wieder dieselben Quellen nutzte. Von Volkmar Kabisch, 28.04.2020",
     GERMAN, ["Volkmar Kabisch"]),
    ("Une enquête montre comment un réseau de comptes a diffusé de fausses informations pendant de longs mois en "
     "s'appuyant toujours sur les mêmes sources douteuses. Par Marie Dupont, le 15 mai 2019", FRENCH, ["Marie Dupont"]),
])
def test_a_byline_after_the_deks_last_sentence_on_the_same_line_is_read(line, body, names):
    headline = {id(PROSE): HEADLINE, id(GERMAN): "Recherche im Netz der Trolle",
                id(FRENCH): "Comment un réseau de trolls a été démasqué"}[id(body)]
    assert authors(headline, line, body=body) == names


@pytest.mark.parametrize("line", [
    # lower-case "by" inside the sentence, or a capitalised "By" that opens a phrase, not a name
    DEK + " It was founded by Paris Baguette in 1988 and grew by Korean standards.",
    DEK + " By Christmas the company plans to open twenty more stores in the region.",
    DEK + " By then, the new stores will have opened.",
])
def test_a_dek_with_by_inside_names_nobody(line):
    assert authors(HEADLINE, line, "July 4, 2025") == []


def test_a_possessive_before_another_word_is_a_title_not_a_name():
    assert authors(HEADLINE, "Antoyo's Blog", "July 4, 2025") == []
    assert authors(HEADLINE, "Derek Seaman’s Tech Blog", "July 4, 2025") == []
    # an apostrophe inside a name stays a name
    assert authors(HEADLINE, "By Rory O'Sullivan", "July 4, 2025") == ["Rory O'Sullivan"]


@pytest.mark.parametrize("line, names", [
    ("Guide by Will Judd Former Deputy Tech Editor", ["Will Judd"]),
    ("Von Volkmar Kabisch Ehemaliger Korrespondent", ["Volkmar Kabisch"]),
])
def test_former_is_part_of_a_job_title_after_the_name(line, names):
    body = GERMAN if line.startswith("Von") else PROSE
    assert authors(HEADLINE if body is PROSE else "Recherche im Netz der Trolle", line, "July 4, 2025", body=body) == names


def test_a_heading_over_a_paragraph_that_repeats_it_in_lower_case_heads_no_author_box():
    # "Jane Doe" / "Jane covers ..." is an author box; "Ground Mounted" / "Ground mounted
    # systems are ..." is a section heading over its paragraph.
    section = ["Ground Mounted", "Ground mounted systems are set on a frame in the yard, away from the roof, and "
               "need footings poured at least eighteen inches deep."]
    article = newsclean.extract("\n".join(["Home", HEADLINE, "July 4, 2025", *LONG_BODY, *section]), source_type="text")
    assert article.authors == []
