"""Notices, asks and credits the cleaners missed or took from the article (s23, issue 16):
a quoted notice or ask with its speaker is the article's text (cleaners/speech.py), the
opinion disclaimers of every language are notices, and a paragraph that ends in its news
agency in brackets is the article's paragraph, not a caption (cleaners/captions.py)."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.captions import photo_credits
from newsclean.cleaners.notices import site_notices
from newsclean.cleaners.promos import support_asks

FOOTER = ["Impressum", "Datenschutz"]


# The article's last paragraphs quoting a notice's words, with who said them.
QUOTED_NOTICES = [
    "« Les opinions publiées sur ce blog n'engagent que leurs auteurs », a rappelé le tribunal dans sa décision.",
    "The leaflets were for informational purposes only, the company's lawyer said on Friday.",
    "„Der Text dient nur zur Information“, erklärte die Sprecherin der Behörde am Montag.",
    "Il contenuto era a scopo puramente informativo, ha spiegato l'avvocato della società.",
    "El folleto no constituye asesoramiento financiero, dijo el portavoz del banco.",
]


@pytest.mark.parametrize("line", QUOTED_NOTICES)
def test_a_quoted_notice_with_its_speaker_stays(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line, *FOOTER]) == []


# Opinion disclaimers and the German "only for information" the notice rule missed.
MISSED_NOTICES = [
    "The views expressed are those of the author and do not necessarily reflect the views of the publisher.",
    "Dieser Artikel dient nur zur Information.",
    "Die geäußerten Meinungen sind die des Autors und geben nicht die Haltung der Redaktion wieder.",
    "Les opinions exprimées dans cet article sont celles de l'auteur.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Le opinioni espresse in questo articolo sono quelle dell'autore.",
    "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
    "De geuite meningen in dit artikel zijn die van de auteur.",
    "Opinie wyrażone w artykule są wyłącznie opiniami autora.",
]


@pytest.mark.parametrize("line", MISSED_NOTICES)
def test_opinion_disclaimers_below_the_article_are_notices(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line, *FOOTER]) == [line]


def test_an_article_about_views_expressed_stays():
    # Guard: views expressed at a meeting, with the article's prose going on below.
    line = "The views expressed by residents at the meeting were mixed, and the council will vote in March."
    assert removed_by(site_notices, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []


@pytest.mark.parametrize("line", [
    "Jede Spende zählt, sagte die Vorsitzende des Vereins bei der Übergabe.",
    "Faites un don pour la rénovation, a déclaré le maire aux habitants.",
])
def test_a_quoted_ask_with_its_speaker_stays(line):
    assert removed_by(support_asks, [*PARAGRAPHS, line]) == []


def test_the_ask_itself_still_goes():
    # Guard: the site's own ask, with no speaker.
    assert removed_by(support_asks, [*PARAGRAPHS, "Jede Spende zählt."]) == ["Jede Spende zählt."]


# An article's paragraph that ends in its news agency: the agency credits the text.
AGENCY_PARAGRAPHS = [
    "Der Konzernchef wollte zunächst nicht kommen. Die Betriebsratschefin kritisierte ihn scharf. "
    "Später kündigte er dann doch sein Erscheinen an. (dpa/gem)",
    "Die FDP lehnt die Pläne ab. Der Kanzler hat sich dazu bisher skeptisch geäußert. (FR mit dpa)",
    "The ministry confirmed the figures on Monday. Officials said more rain was expected. (Reuters)",
]


@pytest.mark.parametrize("line", AGENCY_PARAGRAPHS)
def test_a_paragraph_ending_in_its_agency_stays(line):
    assert removed_by(photo_credits, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []


@pytest.mark.parametrize("line", [
    "Smoke rises over the city on Monday. (Reuters)",
    "Players left the island today for the Dominican Republic. Coach and staff joined them. (Photo: Jane Doe/AP)",
])
def test_captions_with_a_credit_still_go(line):
    # Guards: a one-sentence caption with its agency, and a labelled photo credit.
    assert removed_by(photo_credits, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == [line]
