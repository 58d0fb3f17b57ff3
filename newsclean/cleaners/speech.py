"""Reported speech: a line that quotes words and then says who spoke them.

A notice or an ask quoted in an article is the article's text: "Jede Spende zählt, sagte
die Sprecherin.", "« Les opinions n'engagent que leurs auteurs », a rappelé le juge.",
"The adverts were for informational purposes only, the company said." What gives it away
is a reporting verb (lexicon/chrome.SPEECH_VERBS, eight languages) a few words after a
comma or a closing quote, below the quoted words.
"""
from __future__ import annotations

import re

from ..lexicon.chrome import SPEECH_VERBS, either

# After a comma, closing quote or dash (a comma may be followed by its closing quote,
# ASCII ones too: "...,' said the influencer"): up to SPEAKER_WORDS words (the speaker, "the
# company"), then the verb ("..., the company said"), or the verb first ("..., sagte die
# Sprecherin").
SPEAKER_WORDS = 4
_SPEECH = re.compile(
    rf"[,»«\"”“’–—]['’\"”»]?\s*(?:[^\W\d_][\w'’.-]*\s+){{0,{SPEAKER_WORDS}}}?(?:{either(SPEECH_VERBS)})(?!\w)",
    re.IGNORECASE)


def reports_speech(text: str, after: int = 0) -> bool:
    """True when ``text`` reports who spoke, after position ``after`` (the end of the
    quoted words).

    >>> reports_speech("Jede Spende zählt, sagte die Sprecherin.")
    True
    >>> reports_speech("« Les opinions n'engagent que leurs auteurs », a rappelé le juge.")
    True
    >>> reports_speech("The adverts were for informational purposes only, the company said.")
    True
    >>> reports_speech("This article is for informational purposes only, and is not advice.")
    False
    """
    return _SPEECH.search(text, after) is not None


def unquoted_search(pattern: re.Pattern[str], text: str) -> bool:
    """True when ``pattern`` is found in ``text`` and the words it finds are not quoted
    with their speaker after them: the site's own notice, disclosure or consent line,
    not an article reporting one.

    >>> unquoted_search(re.compile("informational purposes only"), "For informational purposes only.")
    True
    >>> unquoted_search(re.compile("informational purposes only"),
    ...                 "The adverts were for informational purposes only, the company said.")
    False
    """
    found = pattern.search(text)
    return found is not None and not reports_speech(text, found.end())
