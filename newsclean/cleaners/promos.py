"""Inline promos and calls to action: newsletters, accounts, apps, tips, "Also, Check – ...",
and the site's cookie notice."""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import (COOKIE_NOTICES, NEWSLETTER_NOUNS, READ_ALSO_LABELS, SHIPPING_OFFERS, SHIPPING_ORDERS,
                              SHIPPING_TERMS,
                              SHOP_BUTTONS, SUBSCRIBE_VERBS, SUPPORT_ASK_OPENERS, SUPPORT_ASKS, either, patterns)
from ..model import Page
from .base import Verdict, cleaner, line_cleaner
from .phrases import Either
from .speech import reports_speech

_SUBSCRIBE = either(SUBSCRIBE_VERBS)
_NEWSLETTER = either(NEWSLETTER_NOUNS)

# Every newsletter noun holds one of these: the other languages' sign-up pattern runs
# only on the lines that hold one.
NEWSLETTER_ANCHORS = ("news", "rundbrief", "benachrichtigung", "lettre", "alerte", "alerta", "bolet", "notiziario",
                      "avvisi", "nieuwsbrie", "biuletyn")

# Fragments of the English shapes of calls_to_action (its first regex): each of its
# alternatives names one of them (a sign-up verb, "us on", "app", "have"/"got" of "do you
# have a tip", "here", "journalism"/"reporting", "member"/"subscribe"/"patron"), so a line
# holding none is not matched against that regex (tests/test_properties.py).
CALL_TO_ACTION_ANCHORS = ("sign up", "signup", "subscribe", "register", "create an account", "join", "us on", "app",
                          "have", "got", "here", "journalism", "reporting", "member", "patron")
calls_to_action = line_cleaner(
    "calls_to_action",
    Either(re.compile(
        # Reported speech ("..., the mayor said.") is a sentence of the article, not a promo.
        # That test reads the whole line, so it comes after the promo shapes, which fail
        # within the first words of nearly every line.
        r"^(?=(?:"
        r"(?:for (?:more|the latest|all)\b.{0,80}?)?(?:sign up|signup|subscribe|register|create an account|join)\b.{0,80}"
        r"\b(?:newsletters?|updates|alerts|inbox|briefing|mailing list|digest|channel|account|\S+\.(?:com|org|net))\b.{0,60}"
        r"|.{0,40}\b(?:newsletters?|briefing|digest|alerts)\b.{0,60}\b(?:sign up|signup|subscribe|register|create an account|join)\b.{0,60}"
        r"|(?:follow|like|find|join) us on\b.{0,80}"
        r"|(?:download|get|install) (?:our|the) .{0,40}\bapp\b.{0,60}"
        r"|(?:do you have|have you got|got) (?:a|an|any) (?:story|tip|news tip|news story|question|photo|video)s?\b.{0,40}\b(?:send|email|e-mail|contact|share|tell|submit|reach)\b.{0,80}"
        r"|(?:click|tap) here\b.{0,100}"
        r"|(?:support|donate to) (?:our|independent) (?:journalism|reporting)\b.{0,100}"
        r"|(?:become|be) a (?:member|subscriber|patron)\b.{0,80}"
        r"|(?:already a subscriber|not a subscriber|subscribe to continue|subscribe to read)\b.{0,80}"
        r")$)(?!.*\b(?:said|says|told|according to|reported)\b)",
        re.IGNORECASE,
    ), re.compile(
        # Other languages: a sign-up verb and a newsletter, either way round
        # ("Newsletter abonnieren", "Abonnez-vous à notre newsletter", "Suscríbete al boletín").
        rf"^(?=(?:(?:{_SUBSCRIBE})\b.{{0,80}}\b(?:{_NEWSLETTER})\b.{{0,60}}"
        rf"|.{{0,40}}\b(?:{_NEWSLETTER})\b.{{0,60}}\b(?:{_SUBSCRIBE})\b.{{0,60}}"
        r")$)(?!.*\b(?:said|says|told|according to|reported)\b)",
        re.IGNORECASE,
    ), NEWSLETTER_ANCHORS, CALL_TO_ACTION_ANCHORS),
    "call to action",
    max_words=40,
    doc="""Lines that ask the reader to do something for the site:
"For more CNN news and newsletters create an account at CNN.com",
"Sign up for our daily newsletter", "Follow us on Twitter and Facebook",
"Download our app for the latest updates",
"Do you have a story to share? Send it to our editorial team at ...",
"Click here to subscribe". Sentences that mention a newsletter
("The newsletter, first published in 1990, reached 2 million readers.") stay.""",
)

_SUPPORT_ASK = re.compile(rf"(?:{patterns(SUPPORT_ASKS)})", re.IGNORECASE)
# An ask is a short line; the pattern runs only on lines opening with a SUPPORT_ASK_OPENERS word.
SUPPORT_ASK_WORDS = 30


@cleaner(inputs=("text",))
def support_asks(page: Page) -> Iterator[Verdict]:
    """Text dumps: a short line that opens by asking the reader to pay, give or subscribe
    (lexicon/chrome.SUPPORT_ASKS, in eight languages): "Jede kleine Spende hilft uns",
    "Pour lire la suite, abonnez-vous", "Tú también puedes hacer periodismo incómodo",
    "Support independent journalism". A sentence that only mentions donations
    ("Donations to the fund rose by a third.") does not open with the ask and stays, and
    so does an ask quoted with its speaker ("Jede Spende zählt, sagte die Sprecherin.":
    cleaners/speech.py).

    >>> from newsclean.fields import Metadata
    >>> from newsclean.pipeline import run_chain
    >>> from newsclean.read.text import text_to_blocks
    >>> lines = ["Jetzt spenden", "Donations to the fund rose by a third.", "Pour lire la suite, abonnez-vous.",
    ...          "Jede Spende zählt, sagte die Sprecherin des Vereins."]
    >>> page = Page(text_to_blocks("\\n".join(lines)), "text", Metadata())
    >>> run_chain(page, [support_asks])
    >>> [b.text for b in page.blocks if b.removed_by]
    ['Jetzt spenden', 'Pour lire la suite, abonnez-vous.']
    """
    for block in page.kept():
        if block.word_count > SUPPORT_ASK_WORDS:
            continue
        opener = block.folded.split(None, 1)[:1]
        if opener and opener[0].rstrip(",:!") in SUPPORT_ASK_OPENERS and (ask := _SUPPORT_ASK.match(block.text)) \
                and not reports_speech(block.text, ask.end()):
            yield block, "the site asks for support or a subscription"


inline_headline_links = line_cleaner(
    "inline_headline_links",
    re.compile(
        r"^(?:also,?\s+)?(?:check(?: out)?|read(?: more| also| next)?|also read|see also|related|"
        r"recommended|watch|listen|must read|don'?t miss|more|trending|click to read|"
        r"suggested(?: reading)?|you may like|"
        # The same labels in other languages ("Lesen Sie auch:", "À lire aussi :", "Leia também:").
        rf"{either(READ_ALSO_LABELS)})\s*[:\-–—|»>]+\s*\S.{{0,250}}$",
        re.IGNORECASE,
    ),
    "inline link to another article",
    max_words=35,
    doc="""A link to another article set between paragraphs:
"Also, Check – Oldest Surviving Church In The World", "READ MORE: Fed holds rates",
"Related: How the strikes unfolded", "Watch - Drone footage of the attack".""",
)


# The site talking about its own cookies: the banner, the settings panel, its table of
# cookies. An article about cookie law quotes none of these phrasings.
_CONSENT = re.compile(
    r"\bwe use cookies\b|\b(?:this|our) (?:website|site) uses cookies\b|\bthis cookie\b"
    r"|\bcookies? (?:is|are) (?:set|used|installed) by\b|\bby clicking [“\"']?(?:accept|allow|agree)"
    r"|^(?:manage|cookie) (?:consent|settings|preferences)$|\bcookielawinfo|\bgdpr cookie consent\b"
    # Other languages: "Wir verwenden Cookies", "Ce site utilise des cookies".
    rf"|\b(?:{either(COOKIE_NOTICES)})",
    re.IGNORECASE,
)


@cleaner
def cookie_notices(page: Page) -> Iterator[Verdict]:
    """The site's cookie banner and settings panel: "We use cookies on our website to give
    you the most relevant experience ...", "Manage consent", "This cookie is set by GDPR
    Cookie Consent plugin". A paragraph of an article about cookies ("Regulators say
    sites must ask before they set cookies") stays."""
    for block in page.kept():
        folded = block.folded  # the line's text.casefold(), cached
        # The two plain substring tests rule out nearly every line before the regex runs.
        if ("cookie" in folded or "consent" in folded) and _CONSENT.search(block.text.strip()):
            yield block, "the site's cookie notice"


shop_buttons = line_cleaner(
    "shop_buttons",
    re.compile(
        # The button, maybe after a bullet or arrow, then the shop ("at Amazon", "- Walmart",
        # "(on sale!)"): a short line that does not end as a sentence or a question does
        # ("Compare prices before you buy." is advice, and stays).
        rf"^(?:[+>»›→•*-]\s*)?(?:{patterns(SHOP_BUTTONS)}).{{0,60}}(?<![.?:;,])$",
        re.IGNORECASE,
    ),
    "a shop's button (price, deal or offer)",
    max_words=10,
    inputs=("text",),
    doc="""Text dumps: a shop's button on its own line in a buying guide:
"Check price at Amazon", "See price at REI (on sale!)", "View Deal", "See Pricing",
"Preis prüfen bei Otto", "Voir l'offre", "Ver precio", "Vedi offerta", "Bekijk prijs",
"Sprawdź cenę" (lexicon/chrome.SHOP_BUTTONS, eight languages). A sentence that begins the
same way ("Compare prices before you buy.", "See prices rise again, analysts warn.") ends
as a sentence and stays.""",
)


shipping_offers = line_cleaner(
    "shipping_offers",
    re.compile(
        # The offer, maybe after a bullet, then nothing, or a "+" and more offers ("+ 30
        # Day Risk Free Returns"), or its terms after a term word. Terms name a price or
        # the orders ("on orders $40+", "on All Orders", "ab 50 €"), and either end in
        # the price (at most two words after it: "ab 29 € Bestellwert", "dès 60 €
        # d'achat") or do not end as a sentence does, a letter then a full stop ("...
        # (Excludes Alaska & Hawaii)", "... or more. For more information ... visit our
        # international page"). A sentence about an offer ("Free delivery to care homes
        # ended in March.", "Free shipping on orders over $35 is ending next month.")
        # names no order, or ends as a sentence.
        rf"^[\W_]*(?:{patterns(SHIPPING_OFFERS)})(?:[\W_]*$|\s*[+&].*$"
        rf"|\s+(?:{either(SHIPPING_TERMS)})\b(?:.*\d[\d.,]*\W*(?:[^\W\d_][\w'’]*\W*){{0,2}}$"
        rf"|(?=.*(?:\d|\b(?:{patterns(SHIPPING_ORDERS)})\b))(?!.*[^\W\d_][.!?][\"'”’»)]*\s*$).*$))",
        re.IGNORECASE,
    ),
    "a shop's banner offering free shipping",
    max_words=25,
    inputs=("text",),
    doc="""Text dumps: a shop's banner that offers free shipping, on its own line, in eight
languages (lexicon/chrome.SHIPPING_OFFERS): "Free standard shipping on orders $40+",
"Free Shipping + 30 Day Risk Free Returns", "Kostenloser Versand ab 50 €", "Livraison
gratuite dès 60 €", "Gratis verzending vanaf €20". A sentence about shipping ("Free
shipping is what keeps shoppers loyal, a survey found.") goes on with a verb, not with
the offer's terms, and stays.""",
)
