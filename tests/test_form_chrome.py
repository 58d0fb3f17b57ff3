"""A web form's notes and the line an ad slot leaves, in a text dump's body
(cleaners/forms.py: form_chrome, ad_continuations)."""
import pytest

from helpers import PARAGRAPHS
import newsclean

# The notes form plugins and the captcha service print, as their translations word them:
# each is the form speaking, never the article.
FORM_NOTES = [
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "This field is for validation purposes and should be left unchanged.",
    "This field is hidden when viewing the form",
    "Leave this field blank",
    "If you are a human, ignore this field",
    "Diese Website ist durch reCAPTCHA geschützt und es gelten die Datenschutzerklärung und die Nutzungsbedingungen von Google.",
    "Dieses Feld dient zur Validierung und sollte nicht verändert werden.",
    "Ce site est protégé par reCAPTCHA et la Politique de confidentialité et les Conditions d'utilisation de Google s'appliquent.",
    "Ce champ n’est utilisé qu’à des fins de validation et devrait rester inchangé.",
    "Laisser ce champ vide",
    "Este sitio está protegido por reCAPTCHA y se aplican la Política de privacidad y los Términos de servicio de Google.",
    "Deja este campo en blanco",
    "Questo campo è per finalità di convalida e non deve essere modificato.",
    "Este campo é para fins de validação e não deve ser alterado.",
    "Deze site wordt beschermd door reCAPTCHA en het privacybeleid en de servicevoorwaarden van Google zijn van toepassing.",
    "Laat dit veld leeg",
]

# What an ad slot leaves between two paragraphs.
AD_LINES = [
    "Advertisement - Continue Reading Below",
    "Advertisement. Scroll to continue reading.",
    "Story continues below advertisement",
    "Weiter nach der Anzeige",
    "Anzeige - Lesen Sie nach der Anzeige weiter",
    "La suite après la publicité",
    "Publicidad - La noticia continúa tras la publicidad",
    "L'articolo continua dopo la pubblicità",
    "Continua depois da publicidade",
    "Lees verder onder de advertentie",
]


def body_of(lines: list[str]) -> str:
    return newsclean.extract("\n\n".join(["Council approves the budget", *lines]), source_type="text").body


@pytest.mark.parametrize("line", FORM_NOTES)
def test_a_form_note_between_the_paragraphs_goes(line):
    # Between the paragraphs (a form in the article's column), where no tail rule looks.
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line not in body
    assert PARAGRAPHS[1] in body and PARAGRAPHS[2] in body


@pytest.mark.parametrize("line", AD_LINES)
def test_an_ad_slot_line_between_paragraphs_goes(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line not in body
    assert PARAGRAPHS[1] in body and PARAGRAPHS[2] in body


# Guards (they pass before and after the change): the article's own sentences that use a
# form's or an ad's words, and say something else.
@pytest.mark.parametrize("line", [
    "Google's reCAPTCHA, which asks users to pick out traffic lights, was criticised by accessibility groups.",
    "Leave this field to the experts, the minister told farmers who wanted to plant it themselves.",
    "The story continues below the surface, where divers found the wreck in 1998.",
    "Advertisement spending in the region fell by a third last year, according to the agency.",
])
def test_sentences_with_a_form_or_ad_word_stay(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line in body


def test_html_output_is_not_touched():
    # Guard of the inputs: both cleaners run on text dumps only.
    from newsclean.cleaners.base import applies_to
    from newsclean.cleaners.forms import ad_continuations, form_chrome

    assert not applies_to(form_chrome, "html") and not applies_to(ad_continuations, "html")


# A form's button and the consent it takes, in the body (comments.policy_text, through
# lexicon/chrome.AGREE_TO_TERMS): the line names pressing the button, then the consent.
CONSENT_LINES = [
    "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
    "By signing up, you agree to receive recurring automated SMS marketing messages from us at the number provided. Msg and data rates may apply.",
    'By clicking "Start Your Quote", you agree by electronic signature to:',
    "Mit dem Klick auf „Anmelden“ erklären Sie sich mit dem Empfang des Newsletters einverstanden.",
    "En cliquant sur « S'inscrire », vous acceptez de recevoir nos offres par courriel.",
    "Al hacer clic en «Suscribirme», aceptas recibir nuestras comunicaciones.",
    # (consent verbs the anchor words must cover: "consientes", "aceptás")
    "Al suscribirte, consientes el tratamiento de tus datos.",
    "Al registrarte aceptás recibir nuestras novedades.",
    "Cliccando su «Iscriviti» accetti di ricevere la newsletter.",
    "Ao clicar em «Assinar», você concorda em receber nossas mensagens.",
    "Door op 'Aanmelden' te klikken, ga je akkoord met het ontvangen van onze nieuwsbrief.",
]


@pytest.mark.parametrize("line", CONSENT_LINES)
def test_a_forms_consent_line_goes(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line not in body
    assert PARAGRAPHS[1] in body and PARAGRAPHS[2] in body


@pytest.mark.parametrize("line", [
    # Guards (pass before and after): a contract's clause and reporting name no button.
    "By signing the lease, you agree to pay rent on the first day of each month, and the landlord agrees to repairs.",
    "By clicking the link, users agreed to share their location with the app, the regulator found.",
])
def test_consent_in_the_articles_own_words_stays(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line in body
