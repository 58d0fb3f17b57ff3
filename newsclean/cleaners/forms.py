"""What a page's widgets leave in a text dump between or under the paragraphs: a web
form's own notes (captcha notice, hidden-field notes, the spam trap's label) and the line
an advertisement leaves behind ("Advertisement - Continue Reading Below").

Both are text only: on HTML the article's bounds (trafilatura, the engine) leave the forms
and the ad slots out already, and HTML output stays as it was.
"""
from __future__ import annotations

import re

from ..lexicon.chrome import AD_CONTINUATIONS, AD_WORDS, FORM_CHROME, FORM_CHROME_ANCHORS, either, patterns
from .base import line_cleaner
from .phrases import Either

# The whole pattern runs only on lines holding an anchor word (Either with no first pattern).
# A form's note is one sentence or two (the reCAPTCHA notice is 17 words in English and
# 22 in Dutch): a longer line is prose that mentions a form.
FORM_WORDS = 30

form_chrome = line_cleaner(
    "form_chrome",
    Either(None, re.compile(rf"^[\W_]*(?:{patterns(FORM_CHROME)})[\W_]*$", re.IGNORECASE), FORM_CHROME_ANCHORS),
    "a web form's note (captcha notice, hidden field, spam trap)",
    max_words=FORM_WORDS,
    inputs=("text",),
    doc="""Text dumps: a web form's own lines, in eight languages (lexicon/chrome.FORM_CHROME):
"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service
apply.", "This field is for validation purposes and should be left unchanged.", "Leave this
field blank", "Ce champ n'est utilisé qu'à des fins de validation et devrait rester
inchangé.". A sentence about captchas or forms ("Google's reCAPTCHA asks users to pick
traffic lights") says nothing the form says, and stays.""",
)

# An advertising word, then a separator, maybe; the whole line is the continuation phrase.
_AD_CONTINUATION = re.compile(
    rf"^[\W_]*(?:(?:{either(AD_WORDS)})[\W_]*)?(?:{either(AD_CONTINUATIONS)})[\W_]*$", re.IGNORECASE)

ad_continuations = line_cleaner(
    "ad_continuations",
    _AD_CONTINUATION,
    "the line an advertisement leaves (continue below)",
    max_words=12,
    inputs=("text",),
    doc="""Text dumps: the line an ad slot leaves inside the article, in eight languages
(lexicon/chrome.AD_CONTINUATIONS): "Advertisement - Continue Reading Below",
"Advertisement. Scroll to continue reading.", "Weiter nach der Anzeige", "La suite après
la publicité", "Lees verder onder de advertentie". Only the whole line: a sentence that
goes on ("The story continues below the fold of ...") stays.""",
)
