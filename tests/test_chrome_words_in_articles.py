"""An article's own sentences that share the words of session 24's chrome cleaners
(shipping_offers, form_chrome, policy_text's consent line, site_notices' new wordings)
and say something else: each stays, between the paragraphs and in the article's tail.

Every sentence here is reporting or narration that a news story prints: it goes on
after the shared words with its own verb and object, it names who said it, or the
disclaimer words are the object of someone's finding, not the site's own statement."""
import pytest

from helpers import PARAGRAPHS
import newsclean


def body_of(lines: list[str]) -> str:
    return newsclean.extract("\n\n".join(["Council approves the budget", *lines]), source_type="text").body


def between(line: str) -> list[str]:
    return [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]


def in_the_tail(line: str) -> list[str]:
    return [*PARAGRAPHS, line, "Impressum", "Datenschutz"]


# A free-shipping offer as the subject of a news sentence: the terms of a banner end in
# its price ("on orders over $40"), a sentence goes on past it with a verb.
SHIPPING_SENTENCES = [
    "Free delivery to care homes ended in March after the council cut the scheme.",
    "Free shipping on orders over $35 is ending next month for customers outside the programme.",
    "Kostenloser Versand für Rentner wurde im März von der Stadt gestrichen.",
    "Livraison gratuite pour les seniors : la mairie a supprimé le service en mars.",
    "Envío gratis en toda España: la empresa anunció el cambio el lunes.",
    "Spedizione gratuita per tutti gli abbonati, ha annunciato l'azienda lunedì.",
    "Frete grátis para todo o país foi anunciado pela empresa na segunda-feira.",
    "Gratis verzending voor iedereen was volgens de ondernemer onhoudbaar geworden.",
    "Darmowa dostawa dla emerytów została zlikwidowana przez miasto w marcu.",
]

# A story about captchas that opens as the captcha's notice does, then goes its own way.
FORM_SENTENCES = [
    "The site is protected by reCAPTCHA, but researchers beat it with a vision model in 2024.",
    "Diese Seite ist durch reCAPTCHA geschützt, doch Forscher haben den Schutz im Test umgangen.",
]

# Consent wording reported with its speaker (a lawsuit, a regulator).
CONSENT_SENTENCES = [
    "By clicking a single button, you agree to let dozens of firms track you, the lawsuit alleges.",
    "En cliquant sur un seul bouton, vous acceptez d'être suivi par des dizaines d'entreprises, affirme la plainte.",
]

# Disclaimer words in the article's last paragraph: a warning by doctors, a court's finding.
NOTICE_SENTENCES = [
    "Doctors warn that the chatbot should never be used as a substitute for medical advice from a doctor.",
    "The judge found that the information on the website is not legal advice, and dismissed the claim.",
]


@pytest.mark.parametrize("line", SHIPPING_SENTENCES + FORM_SENTENCES + CONSENT_SENTENCES)
def test_a_sentence_with_chrome_words_between_the_paragraphs_stays(line):
    assert line in body_of(between(line))


@pytest.mark.parametrize("line", SHIPPING_SENTENCES + FORM_SENTENCES + CONSENT_SENTENCES + NOTICE_SENTENCES)
def test_a_sentence_with_chrome_words_in_the_articles_tail_stays(line):
    assert line in body_of(in_the_tail(line))
