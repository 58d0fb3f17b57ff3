"""Navigation and site chrome: menus, widget labels, "Reading: <headline>" bars."""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import COMMENT_LABELS, EMBED_ANCHORS, EMBED_PLACEHOLDERS, MEDIA_PLAYER, TAG_LABELS, either, patterns
from ..model import Page
from .base import Verdict, cleaner, line_cleaner, words_pattern
from .phrases import refold
from .region import outside_body

reading_indicator = line_cleaner(
    "reading_indicator",
    re.compile(r"^(?:now\s+)?reading\s*[:\-–]\s*\S.*$", re.IGNORECASE),
    'sticky "Reading: <headline>" bar',
    max_words=40,
    doc="""Removes the sticky header that repeats the headline while one scrolls:
"Reading: Russian strikes hit Kyiv after Trump says no progress in talks with Putin",
"Now Reading - The Fed holds rates". The title is read from it before removal.""",
)

widget_labels = line_cleaner(
    "widget_labels",
    words_pattern(
        r"notifications?", r"font\s*resizer\s*(?:aa)?", r"aa", r"a\+?\s*a-?", r"text size",
        r"search(?: for)?", r"menu", r"main menu", r"(?:toggle|open|close) (?:navigation|menu|search)",
        r"navigation", r"skip to (?:main )?content", r"skip to navigation", r"sign in", r"sign up",
        r"log ?in", r"log ?out", r"register", r"my account", r"account", r"home(?:page)?",
        r"close", r"back to top", r"scroll to top", r"go to top", r"(?:dark|light|night) mode",
        r"toggle", r"listen to (?:this )?article", r"listen", r"play", r"pause", r"(?:show|load|view) more",
        r"view all", r"see all", r"advertisement", r"advertise", r"sponsored(?: content)?", r"ad",
        r"(?:\d+\s+)?comments?", r"leave a (?:comment|reply)", r"no comments(?: yet)?",
        r"(?:view|show|hide) comments", r"translate", r"select language", r"language",
        r"continue reading", r"read (?:the )?full (?:article|story)", r"more", r"tags?", r"topics?",
        r"categories", r"trending", r"breaking(?: news)?", r"live", r"watch(?: now| live)?",
        r"weather", r"subscribe(?: now)?",
        # A comments section's and a tag list's labels, in other languages too ("Kommentare", "Schlagworte:").
        rf"(?:\d+\s+)?(?:{either(COMMENT_LABELS, TAG_LABELS)})",
    ),
    "widget or menu label",
    max_words=5,
    doc="""Lone labels of page widgets: "Notification", "Font ResizerAa", "Search", "Menu",
"Skip to content", "Sign In", "Advertisement", "12 Comments", "Back to top".""",
)


media_player = line_cleaner(
    "media_player",
    words_pattern(either(MEDIA_PLAYER)),
    "media player or download control",
    max_words=14,
    doc="""A media player's controls and offers on their own line, in many languages:
"Play video", "Audio herunterladen", "Écouter l'article", "Escucha esta nota aquí",
"Wir bieten dieses Audio in folgenden Formaten zum Download an:",
"Your browser does not support the audio element.".""",
)


# The patterns run only on the lines that hold one of their anchor words (on the
# ``phrases.fold``ed line).
_EMBED_ANCHORS = re.compile("|".join(map(re.escape, EMBED_ANCHORS)))
_EMBED = re.compile(patterns(EMBED_PLACEHOLDERS), re.IGNORECASE)
# A placeholder is a sentence or two: 4 to 60 words (its one- and two-word buttons, "Inhalt
# laden", are media_player lines).
_EMBED_WORDS = (4, 60)


@cleaner(inputs=("text",))
def embed_placeholders(page: Page) -> Iterator[Verdict]:
    """Text dumps: where an embedded video, post or map waits for the reader's consent,
    the dump prints its placeholder: "You are currently viewing a placeholder content from
    YouTube. To access the actual content, click the button below.", "Klicken Sie auf den
    unteren Button, um den Inhalt von www.komoot.de zu laden.", "An dieser Stelle findet
    Ihr einen externen Inhalt von Instagram". A sentence on a platform's content
    ("TikTok surfaces content from brands and individuals") stays.
    """
    low, high = _EMBED_WORDS
    for block in page.kept():
        if low <= block.word_count <= high and _EMBED_ANCHORS.search(refold(block.folded)) \
                and _EMBED.search(block.text):
            yield block, "placeholder of an embedded player, post or map (it waits for consent)"


class LogoText:
    r"""Matches what ``^(?:(\S{3,}?)\1+|(?:www\.)?[\w-]+(?:\.[a-z]{2,}){1,2})$`` (IGNORECASE)
    matches: one word of three or more characters glued to itself, or a bare domain.

    The regex tried every length of the word against the rest of the line, which is
    quadratic on a long line without spaces ("aaaa...ab"); here the repeat is found
    from the line's shortest period in one pass.

    >>> logo = LogoText()
    >>> bool(logo.match("onlyTrustedInfo.comONLYTRUSTEDINFO.COM")), bool(logo.match("Mississippi"))
    (True, False)
    """

    _DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[a-z]{2,}){1,2}$", re.IGNORECASE)

    def match(self, text: str) -> bool:
        # "$" also matches before a final line break.
        return bool(_repeats_a_word(text) or (text.endswith("\n") and _repeats_a_word(text[:-1]))
                    or self._DOMAIN.match(text))


def _repeats_a_word(text: str) -> bool:
    """``text`` is a word of 3 or more non-space characters, two or more times over,
    compared without case as a regex back-reference compares (character by character)."""
    n = len(text)
    if n < 6 or text.split(maxsplit=1) != [text]:  # too short, or holds whitespace
        return False
    folded = _lower_each(text)
    period = (folded + folded).find(folded, 1)  # the shortest period that divides the line
    if period == n:
        return False
    if period >= 3:
        return True
    # A period of 1 or 2 characters ("aaaaaa", "ababab"): some multiple of it, 3 or more
    # characters long, must still divide the line at least twice.
    copies, least = n // period, 3 if period == 1 else 2
    return any(least <= d <= copies // 2 for d in _divisors(copies))


def _divisors(n: int) -> Iterator[int]:
    d = 1
    while d * d <= n:
        if n % d == 0:
            yield d
            yield n // d
        d += 1


def _lower_each(text: str) -> str:
    """Each character lower-cased on its own, as the regex engine does for IGNORECASE:
    str.lower() differs only for "İ" (two characters) and a final "Σ" (read in context)."""
    if "\u0130" not in text and "\u03a3" not in text:
        return text.lower()
    return "".join("i" if c == "\u0130" else c.lower() for c in text)


repeated_site_name = line_cleaner(
    "repeated_site_name",
    LogoText(),
    "site name or logo text",
    max_words=6,
    doc="""A logo rendered as text: the site name glued to itself
("onlyTrustedInfo.comonlyTrustedInfo.com") or a bare domain on its own line
("OnlyTrustedInfo.com", "www.example.co.uk").""",
)


@cleaner
def menu_runs(page: Page) -> Iterator[Verdict]:
    """Runs of three or more short list items outside the article's paragraphs:
    "• News / • Finance / • Sports / • Life". Short items inside the article
    (a list of tips between its paragraphs) stay; in HTML, so do runs that are mostly
    not links (a list of features closing the article).
    """
    run: list = []
    for block in [*page.kept(), None]:
        if block is not None and block.is_list_item and block.word_count <= 4 and not block.ends_like_sentence:
            run.append(block)
            continue
        if len(run) >= 3 and all(outside_body(page, b) for b in run) and (
                page.source_type != "html" or sum(b.link_density >= 0.5 for b in run) * 2 >= len(run)):
            # In HTML a menu is links; a list of plain items below the last paragraph
            # (features, ingredients) is the article's.
            for item in run:
                yield item, "menu: a run of short list items outside the article"
        run = []


@cleaner
def decoration_lines(page: Page) -> Iterator[Verdict]:
    """Lines without a single letter or digit: separators and icon residue
    ("//", "|", "* * *", "»")."""
    for block in page.kept():
        if block.word_count == 0:
            yield block, "no words: a separator or decoration"
