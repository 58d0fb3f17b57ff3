"""Reading one line of a text dump as a byline: its by-label, its names, where they end.

A byline is "By <names>" in any language of the lexicon ("Von", "Par", "Door", "Written
by", "Author:"), a by-label inside a line after a date or a dek's last sentence, or names
alone; a renderer may glue a label or a date to the names ("ByNina Pineda", "Amanda
FurrerUpdated: Dec 19, 2025"), or a job title or the next element after them. This
module takes such a line apart (``byline_names``) and says whether its label belongs
to the page's language; which lines are bylines is text_bylines.py's to decide.
"""
from __future__ import annotations

import re
import unicodedata

from ..lexicon import alternation
from ..lexicon.dates import ALL_LAST_UPDATED, ALL_PUBLISHED, ALL_UPDATED, ALL_WEEKDAY_PREFIXES, ALL_WEEKDAYS, MONTHS, ALL_DATE_PREPOSITIONS
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from ..lexicon.bylines import (AUTHOR_LABELS, BY_LABELS, NAME_PARTICLES, ALL_AUTHOR_LABELS, ALL_BY_LABELS, ALL_BYLINE_LEADS,
                               ALL_BYLINE_STOPS, ALL_DESK_ARTICLES, ALL_DESK_SERVICE_WORDS, ALL_DESK_WORDS_AFTER, ALL_DESK_WORDS_BEFORE, ALL_JOB_TITLES,
                               ALL_NOT_NAME_WORDS, ALL_OTHER_ROLES, ALL_PIECE_WORDS, ALL_THIS_PIECE, ALL_WRITTEN_BY_PREFIXES,
                               ALL_WRITTEN_VERBS, ALL_BUTTON_WORDS, ALL_NAME_CONJUNCTIONS, ALL_PERSON_OFFICES, ALL_VERB_LAST_AUXILIARIES,
                               ALL_SURNAME_FUNCTION_WORDS)
from ..lexicon.organisations import ALL_OUTLET_CONNECTORS
from .names import looks_like_name, split_byline, split_explicit_byline
from .text_byline_near import BY_LABEL, WORD

# A by-label at the start of a line, and what follows it up to the names ("By ", "Written by: ",
# "Author: "): what byline_names strips.
LABEL_AT_START = re.compile(r"^\W*" + BY_LABEL + r"\s*:?\s+(?:by\s+)?|^\W*(?:" + alternation(ALL_AUTHOR_LABELS) + r")\s*:\s*", re.I)
# A by-label anywhere in a line: the cheap test before the role and inside-line patterns.
ANY_LABEL = re.compile(r"\b(?:" + alternation(ALL_BY_LABELS) + r")\s", re.I)
# "by" after a word naming another part than the writing: a reviewer, an editor, a
# photographer, a sponsor ("Medically reviewed by", "Hero image by", "Powered by").
OTHER_ROLE = re.compile(r"\b(?:" + alternation(ALL_OTHER_ROLES) + r")\s*:?\s*(?:" + alternation(ALL_BY_LABELS) + r")\b", re.I)
# The characters a renderer puts between a byline and the date or label beside it.
_BYLINE_SEPARATORS = "|•·⋅●∙–—"
# Before a byline inside a line: a date or a label ("October 11, 2023 by ...", "Posted on ... by").
BY_INSIDE_LEAD = re.compile(r"\d|\b(?:" + alternation(ALL_BYLINE_LEADS + ALL_PUBLISHED + ALL_UPDATED) + r")\b|["
                             + _BYLINE_SEPARATORS + "]", re.I)
# Where a byline line stops naming people: a date, a label, a separator before them.
_BYLINE_END = re.compile(
    r"(?:\s*[" + _BYLINE_SEPARATORS + r"]|\s+(?:-\s|(?:" + alternation(ALL_DATE_PREPOSITIONS) + r")\s+(?:\w+\.?\s+)?\d|(?:"
    + alternation(ALL_DATE_PREPOSITIONS) + r")\s+(?:" + alternation(ALL_WEEKDAYS) + "|(?:" + alternation(ALL_WEEKDAY_PREFIXES)
    + r")[a-z]*)\b|in\s+[A-Z]|(?:" + alternation(ALL_LAST_UPDATED + ALL_BYLINE_STOPS + ALL_PUBLISHED + ALL_UPDATED).replace("\\ ", r"\s+")
    # any digit: a date, a time, a reading time ("5 min read")
    + r")\b|\d)).*$",
    re.I,
)
# A month name before a number ("Jane Doe Dec 19, 2025"): a word followed by a number, then
# looked up in the lexicon (cheaper than an alternation of every month name).
_WORD_BEFORE_NUMBER = re.compile(r"\s*\b(?P<word>[^\W\d_]{3,12})\.?\s+\d")


def _cut_byline_end(part: str) -> str:
    """``part`` up to where it stops naming people: _BYLINE_END, or a month name followed
    by a number, whichever comes first."""
    end = _BYLINE_END.search(part)
    cut = end.start() if end else len(part)
    for match in _WORD_BEFORE_NUMBER.finditer(part):
        if match.start() >= cut:
            break
        if match["word"].lower() in MONTHS:
            cut = match.start()
            break
    return part[:cut]


# A slash, with or without spaces around it: after a by-label, between two people's names
# it separates co-authors ("By Jane Doe / John Smith", "By Jane Doe/John Smith"); before
# anything else (an outlet, a role, a site, a date: "By Jane Doe / The Texas Newsroom",
# "TOI Lifestyle Desk / etimes.in") it ends the byline. Without a by-label, slashes
# between capitalised words are photo credits and breadcrumbs far more often than
# co-authors ("Samuel Velasco/Quanta Magazine", "Public Safety / Police Services": tune
# split, where reading them as co-authors cost 0.4-0.6 points of author in
# train_text_metadata.py --cv): there a spaced slash ends the byline, as before.
_SLASH = re.compile(r"\s*/\s*")
_SPACED_SLASH = re.compile(r"\s+/\s")


def _names_at_slashes(part: str, labelled: bool) -> str:
    """``part`` up to its first slash that is not between two people's names after a
    by-label, the slashes between names made commas (split_byline's separator).

    >>> _names_at_slashes("Jane Doe / John Smith", True), _names_at_slashes("Jane Doe/John Smith", True)
    ('Jane Doe, John Smith', 'Jane Doe, John Smith')
    >>> _names_at_slashes("Jane Doe / The Texas Newsroom", True), _names_at_slashes("Jane Doe / Staff Writer", True)
    ('Jane Doe', 'Jane Doe')
    >>> _names_at_slashes("Jane Doe 12/04/2025", True), _names_at_slashes("Public Safety / Police Services", False)
    ('Jane Doe 12', 'Public Safety')
    """
    if not labelled:
        return _SPACED_SLASH.split(part, maxsplit=1)[0]
    segments = _SLASH.split(part)
    kept = segments[:1]
    for segment in segments[1:]:
        before = _cut_byline_end(kept[-1]).strip(" ,;:|-–—")
        name = _cut_byline_end(segment).strip(" ,;:|-–—")
        # Each side a person's name, and the one before the slash ends at it (no date
        # or label between: "Jane Doe July 4 / ...").
        if before != kept[-1].strip() or not _person(before) or not _person(name):
            break
        kept.append(segment)
    return ", ".join(kept)


def _person(name: str) -> bool:
    """A person's name: looks_like_name's, with no desk ("Texas Newsroom") and no
    acronym ("NYT Wirecutter"), which tell an organisation."""
    return looks_like_name(name) and not desk_name(name, False) and not any(
        w.isupper() and len(w) > 1 for w in name.split())


# A label glued to the name by the renderer: "By Amanda FurrerUpdated: Dec 19, 2025".
# The lower-case letters a name may end in, accented ones included ("José", "López",
# "Paweł", "Kowalská"), and the capitals a glued label or name may start with: Latin-1
# and Latin Extended-A and -B, where the lexicon's languages write their letters.
_LATIN_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _LATIN_EXTENDED if c.islower())
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _LATIN_EXTENDED if c.isupper())
_MONTH_WORDS = alternation(m.capitalize() for m in MONTHS if len(m) >= 3)
_LABEL_GLUED_AFTER_NAME = re.compile(
    r"(?<=[" + _LOWER + r"])(?:(?:" + alternation(w.capitalize() for w in ALL_LAST_UPDATED + ALL_PUBLISHED + ALL_UPDATED)
    + r")\b|"
    # a weekday, then its date: "Jan KowalskiŚroda, 28.04.2020", "Ana LópezLunes 3"
    r"(?:" + alternation(w.capitalize() for w in ALL_WEEKDAYS) + r")\b[,.]?\s*\d|(?:"
    # a month name or its abbreviation, in any language of the lexicon, then the day
    + _MONTH_WORDS + r")\.?\s*\d|"
    # a day glued to the name, then its month: "Volkmar Kabisch19. Dez. 2025" (a handle
    # ending in digits, "kwright42", is followed by no month)
    r"\d{1,2}\.?\s*(?i:" + _MONTH_WORDS + r")\.?\s+\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|"
    # a job title or a word of the next element: "Mateusz HabernyFounder at", "Gabby BoucherIn Budget Travel"
    r"(?:" + alternation(w.capitalize() for w in ALL_JOB_TITLES + tuple(ALL_FUNCTION_WORDS) if len(w) > 1) + r")\b).*$")
# A by-label glued to the name, or "by" glued to a date before it: "ByNina Pineda",
# "Written by:Elise Nass", "27 September,2023By Jack Busch". Case-sensitive after the
# first letter ("BYU" is no label); not "Di", which a family of surnames is written
# glued to ("DiCaprio", "DiMaggio", "DiNapoli"). "Von" and "Door" stay labels, though a
# few names are written glued to them too ("VonDrehle"): a known miss.
_LABEL_GLUED_TO_NAME = re.compile(r"(\W*)((?:(?i:" + alternation(ALL_WRITTEN_BY_PREFIXES) + r")\s+)?(?:" + "|".join(
    f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in sorted(set(ALL_BY_LABELS), key=lambda w: (-len(w), w))
    if w != "di") + r"):?)(?=[" + _UPPER + r"])")
# Where a renderer glued two elements (a lower-case letter, then a capital or a digit): the cheap
# test before _LABEL_GLUED_AFTER_NAME, whose look-behind would try every label after each letter.
_LOWER_UPPER = re.compile(r"[" + _LOWER + r"][" + _UPPER + r"\d]")
# A date in front of the name: "Dec 17, 2025 Julian K. Arni", "Dec 26, 2025 • Mahua Das".
LEADING_DATE = re.compile(
    r"^(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}\.?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[•·|–—-]?\s*(?=[A-Z])")
# "By Jane Doe", "Written by: Jane Doe" at the start of a line: a label and two words
# (whether they are capitalised, with a particle between them, is
# capitalised_after_label's test, with the lexicon's NAME_PARTICLES).
EXPLICIT_BY = re.compile(r"(?i:" + BY_LABEL + r":?)\s+[^\W\d_][\w.'-]*\s+[^\W\d_]")
# The first letters of the labels: most lines are passed over on their first character.
LABEL_STARTS = frozenset(w[0] for w in ALL_BY_LABELS + ALL_WRITTEN_BY_PREFIXES) | frozenset(
    w[0].upper() for w in ALL_BY_LABELS + ALL_WRITTEN_BY_PREFIXES)
BY_INSIDE = re.compile(r"(?:\s|(?<=\d))(?i:" + alternation(ALL_BY_LABELS) + r")\s+(?=[^\W\d_])")



# Each by-label's languages ("por": es, pt); English "by" is read in any page.
_LABEL_LANGUAGES: dict[str, set[str]] = {}
for _lang, _labels in list(BY_LABELS.items()) + list(AUTHOR_LABELS.items()):
    for _label in _labels:
        _LABEL_LANGUAGES.setdefault(_label.split()[-1], set()).add(_lang)


def label_fits(text: str, languages: set[str]) -> bool:
    """Whether the by-label of a line (at its start or inside it) belongs to a language of
    the page (or to English, or the page's language is unknown)."""
    if not languages:
        return True
    match = LABEL_AT_START.match(text) or BY_INSIDE.search(text)
    if match is None:
        return True
    label = re.sub(r"[^\w\s]", " ", match.group(0)).lower().split()
    if not label:
        return True
    owners = _LABEL_LANGUAGES.get(label[-1] if label[-1] != "by" or len(label) == 1 else "by", set())
    return not owners or "en" in owners or bool(owners & languages)


def lead_fits(text: str, match: re.Match[str]) -> bool:
    """A by-label inside a line follows a date or a separator: "06.11.2023 13:30 von Olga",
    "Dezember 10, 2019 · von freeman1984". English "by" may follow any lead with a date or
    a label in it; another language's label ("Schuh von Adidas") must follow the date or
    separator itself, as inside a sentence it is a common word."""
    if match.group(0).strip().lower() == "by":
        return True
    lead = text[: match.start()].rstrip()
    return bool(lead) and (lead[-1].isdigit() or lead[-1] in _BYLINE_SEPARATORS + "-:" or lead.lower().endswith(("am", "pm")))


def after_sentence(text: str, match: re.Match[str]) -> bool:
    """A capitalised by-label that opens a sentence after another, then a name: the dek
    and the byline on one line ("... beyond the U.S. and Canada. By Lisa Jennings on Dec.
    19, 2025", "... en Europe. Par Marie Dupont")."""
    label = match.group(0).strip()
    return (label[:1].isupper() and text[: match.start()].rstrip().endswith((".", "!", "?", "…", '."', ".”"))
            and capitalised_after_label("By " + text[match.end():]))

# The word a by-label ends in ("by", "von", "par", "da" of "scritto da"): the agent after a
# verb of writing in a sentence that names the writer (written_by_sentence).
_AGENTS = alternation(sorted({label.split()[-1] for label in ALL_BY_LABELS}))
# "This post was written by Jane Doe", "Cet article a été écrit par Marie Dupont", "Este
# artículo fue escrito por Ana López": "this" and up to two words, or nothing, then a word
# for the piece, a verb of writing and its agent, then a name (a sentence of the header or
# under the article). Without the "this" the piece may be another work ("The story,
# written by Stephen King, became a film"; "a review of the same book written by").
# German and Dutch put the verb last ("... wurde von Jane Doe verfasst"): WRITTEN_BY_VERB_LAST.
WRITTEN_BY_SENTENCE = re.compile(
    r"^\W*(?:(?:" + alternation(ALL_THIS_PIECE) + r")(?:(?<=['’])|\s+)(?:[^\W\d_]+\s+){0,2})?(?:" + alternation(ALL_PIECE_WORDS)
    + r")\b[^.!?\n]{0,40}?\b(?:"
    + alternation(ALL_WRITTEN_VERBS) + r")\s+(?:" + _AGENTS + r")\s+(?=[^\W\d_])", re.I)


# The same sentence with the verb last: "this" and the piece, an auxiliary, the agent, the
# names, the verb ("Dieser Artikel wurde von Anna Schmidt verfasst", "Dit artikel is door
# Jan de Vries geschreven"); the names are the group "names".
WRITTEN_BY_VERB_LAST = re.compile(
    r"^\W*(?:" + alternation(ALL_THIS_PIECE) + r")\s+(?:[^\W\d_]+\s+){0,2}?(?:" + alternation(ALL_PIECE_WORDS)
    + r")\s+(?:[^\W\d_]+\s+){0,2}?(?:" + alternation(ALL_VERB_LAST_AUXILIARIES) + r")\s+(?:" + _AGENTS
    + r")\s+(?P<names>(?-i:[" + _UPPER + r"])[^.!?\n]{2,80}?)\s+(?:" + alternation(ALL_WRITTEN_VERBS) + r")\b", re.I)


# The verb of writing and its agent alone: the cheap scan for such sentences over a page's
# top lines (WRITTEN_BY_SENTENCE is then matched on the few lines it finds).
WRITTEN_BY_VERB = re.compile(r"\b(?:" + alternation(ALL_WRITTEN_VERBS) + r")\s+(?:" + _AGENTS + r")\s", re.I)


def written_by_sentence(text: str) -> str | None:
    """The names after a sentence that says who wrote the piece, as "By <names> ...", or None.

    >>> written_by_sentence("This post was written by Jane Doe, Head of Marketing")
    'By Jane Doe, Head of Marketing'
    >>> written_by_sentence("Cet article a été écrit par Marie Dupont."), written_by_sentence("A book written by Jane Doe")
    ('By Marie Dupont.', None)
    >>> written_by_sentence("Dieser Artikel wurde von Anna Schmidt verfasst."), written_by_sentence("Das Buch wurde von Anna Schmidt verfasst.")
    ('By Anna Schmidt', None)
    """
    match = WRITTEN_BY_SENTENCE.match(text)
    if match is not None:
        return "By " + text[match.end():]
    last = WRITTEN_BY_VERB_LAST.match(text)
    return None if last is None else "By " + last["names"]


# Where a metadata line of several parts is cut into them: a separator with spaces around.
_SEGMENT_BREAK = re.compile(r"\s+[|•·⋅●∙–—]\s+")


def writing_segment(text: str) -> str | None:
    """In a line that opens with another part than the writing and goes on to the writer
    ("Medically reviewed by Kim Rose — Written by Jane Doe, MS, RD — Updated on March 7"),
    the writer's part ("Written by Jane Doe, MS, RD"), or None.

    >>> writing_segment("Medically reviewed by Kim Rose — Written by Jane Doe, MS, RD — Updated on March 7")
    'Written by Jane Doe, MS, RD'
    >>> writing_segment("Photo by Kim Rose | Reviewed by Jane Doe"), writing_segment("By Jane Doe | Photo by Kim Rose")
    (None, None)
    """
    if not any(mark in text for mark in _BYLINE_SEPARATORS) or LABEL_AT_START.match(text) or not OTHER_ROLE.search(text):
        return None
    for segment in _SEGMENT_BREAK.split(text)[1:]:
        if LABEL_AT_START.match(segment) and not OTHER_ROLE.search(segment):
            return segment
    return None


# The longest line read as a dek with its byline after it (byline_after_sentence).
DEK_BYLINE_CHARS = 400


def byline_after_sentence(text: str) -> str | None:
    """The "<Label> <Name> ..." that follows a dek's last sentence on the same line
    ("... beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025"), or None."""
    for match in BY_INSIDE.finditer(text):
        rest = text[match.end():]
        if len(rest.split()) <= 15 and after_sentence(text, match):
            return match.group(0).strip() + " " + rest
    return None


def capitalised_after_label(text: str) -> bool:
    """The words after a by-label are a name: two capitalised words, maybe with a
    particle between ("Von Volkmar Kabisch", "Par Marie de Villepin"); not "Por otra parte"."""
    match = LABEL_AT_START.match(text)
    if match is None:
        return False
    words = text[match.end():].split()[:3]
    if words and words[0].lower() in NAME_PARTICLES:
        words = words[1:]
    return len(words) >= 2 and _capital(words[0]) and (
        _capital(words[1]) or words[1].lower() in NAME_PARTICLES and len(words) > 2 and _capital(words[2]))


def _capital(word: str) -> bool:
    """The word starts as a name does: with a capital, or with a letter of a script
    that has no case (Arabic, Devanagari, Han), where any word may be a name.

    >>> _capital("Jane"), _capital("jane"), _capital("أحمد"), _capital("1999")
    (True, False, True, False)
    """
    first = word[:1]
    return first.isupper() or first.isalpha() and first.lower() == first.upper()


def byline_names(text: str) -> tuple[str, list[str], bool]:
    """The byline part of a line and the people in it; and whether it said "By"."""
    explicit = bool(LABEL_AT_START.match(text))
    part = LABEL_AT_START.sub("", text, count=1)
    if _LOWER_UPPER.search(part):
        part = _LABEL_GLUED_AFTER_NAME.sub("", part)
    part = _names_at_slashes(part, explicit)
    if explicit:
        part = _without_office(_without_next_element(part))
    part = _cut_byline_end(part).strip(" ,;:|-–—")
    if names_a_service(part):
        # "Equipe Technique", "Support Team": no desk, and no person's name either.
        return part, [], explicit
    if desk_name(part, explicit):
        # A desk ("Podium Staff", "By The Currency editors"): its words are the byline,
        # which looks_like_name's tests of a person's name would refuse.
        return part, [part], explicit
    part = _trim_name(part).strip(" ,;:|-–—")
    if len(part) > 80:
        # "Daniel Burstein, Senior Director, Content & Marketing, ...": the name comes first.
        part = part.split(",")[0].strip()
    if not part or len(part) > 80:
        return part, [], explicit
    names = split_byline(part)
    if explicit and not names:
        names = split_explicit_byline(part) or _caseless_name(part)
    return part, names, explicit


# Function words that are also parts of names, written capitalised in some ("João Do
# Rio", "Jean Des Cars", "Maria De Los Angeles Ruiz"): never the start of the next element.
_NAME_WORDS_TOO = NAME_PARTICLES | frozenset(ALL_NAME_CONJUNCTIONS) | ALL_SURNAME_FUNCTION_WORDS
# The words that open an outlet's name after a writer's ("For The Spectator", "The
# Guardian", "Für Die Zeit"): a button's word before them is a surname ("Piers Paul
# Read For The Spectator"); a button takes a place instead ("Share On Facebook").
_OUTLET_OPENERS = frozenset(ALL_OUTLET_CONNECTORS) | frozenset(ALL_DESK_ARTICLES)


def _without_next_element(part: str) -> str:
    """After a by-label, ``part`` up to the next element a renderer glued after the names:
    a capitalised function word that opens it, after two words or more ("By Jane Doe For
    The Daily Mail", "Von Anna Schmidt Für Die Zeit"), and a button's word before that
    ("By A. J. Neal View In Digital Edition", "By Jane Doe Share On Facebook"). (Names in
    title case hold no function word but a particle or a conjunction; lower-case "in",
    "on" are _BYLINE_END's, before a place or a date.)

    >>> _without_next_element("A. J. Neal View In Digital Edition"), _without_next_element("Anna Schmidt Für Die Zeit")
    ('A. J. Neal', 'Anna Schmidt')
    >>> _without_next_element("Juan Pérez De La Cruz"), _without_next_element("Jane Doe And John Roe")
    ('Juan Pérez De La Cruz', 'Jane Doe And John Roe')
    >>> _without_next_element("Piers Paul Read For The Spectator"), _without_next_element("Anna Maria Lo Bianco")
    ('Piers Paul Read', 'Anna Maria Lo Bianco')
    """
    tokens = part.split()
    for k in range(2, len(tokens) - 1):
        word = tokens[k]
        # (Not right after a particle: the surname goes on, "Van Het Heerenveen", "Van Este".)
        if (len(word) > 1 and word[0].isupper() and word.lower() in ALL_FUNCTION_WORDS and word.lower() not in _NAME_WORDS_TOO
                and tokens[k - 1].lower() not in _NAME_WORDS_TOO):
            kept = tokens[:k]
            if len(kept) > 2 and kept[-1].lower() in ALL_BUTTON_WORDS and word.lower() not in _OUTLET_OPENERS:
                kept.pop()
            return " ".join(kept)
    return part


# An office before a person's name, at the start of a byline or of a co-author's part
# after a conjunction ("By Senator Jane Doe", "Von Bürgermeisterin Anna Schmidt und
# Minister Jan Roe"): the office, then two capitalised words. Not after a comma: there
# the office is more often the first writer's, before the body it heads ("Von Anna
# Schmidt, Präsidentin Deutsches Rotes Kreuz"), which must not become a co-author.
_OFFICE_BEFORE_NAME = re.compile(
    r"(^|\s(?:" + alternation(ALL_NAME_CONJUNCTIONS) + r")\s+)(?:" + alternation(ALL_PERSON_OFFICES)
    + r")\s+(?=(?-i:[" + _UPPER + r"][\w.'’-]*\s+[" + _UPPER + r"]))", re.I)


def _without_office(part: str) -> str:
    """``part`` without the offices its people are named by ("Senator Jane Doe" -> "Jane
    Doe"): an office is no part of a name (names.py refuses a name holding one).

    >>> _without_office("Senator Jane Doe and Rep. John Roe"), _without_office("Bürgermeisterin Anna Schmidt")
    ('Jane Doe and John Roe', 'Anna Schmidt')
    >>> _without_office("Mayor Jones"), _without_office("Jane Mayor Doe")
    ('Mayor Jones', 'Jane Mayor Doe')
    >>> _without_office("Anna Schmidt, Präsidentin Deutsches Rotes Kreuz")
    'Anna Schmidt, Präsidentin Deutsches Rotes Kreuz'

    """
    return _OFFICE_BEFORE_NAME.sub(lambda m: m.group(1), part)


_DESK_AFTER = frozenset(ALL_DESK_WORDS_AFTER)
_DESK_BEFORE = frozenset(ALL_DESK_WORDS_BEFORE)
_DESK_ARTICLES = frozenset(ALL_DESK_ARTICLES)
# The most words of a desk byline, the desk word included ("TOI Lifestyle Desk").
_DESK_MOST_WORDS = 5


def desk_name(part: str, labelled: bool) -> bool:
    """Whether ``part`` names a desk: capitalised words, then a desk word ("Podium Staff",
    "InstaTunnel Team", "Wirtschaft Redaktion"), or a desk word, then capitalised words
    ("Redacción Deportes", "Rédaction Europe"); after a by-label, maybe with an article
    first ("By the Lavazza Team"). The other words are no function words and not all
    words that name no one ("Our Team", "Latest News Desk"), and none names a business's
    service or department ("Help Desk", "Support Team", "Equipe Technique": lexicon's
    DESK_SERVICE_WORDS), which a help page or an "about us" list is headed by.

    >>> desk_name("Podium Staff", False), desk_name("the Lavazza Team", True), desk_name("Redacción Deportes", False)
    (True, True, True)
    >>> desk_name("Meet the Team", False), desk_name("Our Team", False), desk_name("the Lavazza Team", False)
    (False, False, False)
    >>> desk_name("Rachel Green Staff", False), desk_name("TOI Lifestyle Desk", False)
    (False, True)
    >>> desk_name("Help Desk", False), desk_name("Sales Team", True), desk_name("Equipe Technique", False)
    (False, False, False)
    """
    words = part.split()
    if labelled and len(words) > 2 and words[0].lower() in _DESK_ARTICLES:
        words = words[1:]
    if not 2 <= len(words) <= _DESK_MOST_WORDS:
        return False
    if words[-1].lower() in _DESK_AFTER:
        rest = words[:-1]
    elif words[0].lower() in _DESK_BEFORE:
        rest = words[1:]
    else:
        return False
    if looks_like_name(" ".join(rest)) and not any(w.isupper() and len(w) > 1 for w in rest):
        # A person's name before the desk word is the person, the desk word a tag the
        # renderer glued to it ("Rachel Green Staff"); an acronym tells an organisation
        # ("TOI Lifestyle Desk").
        return False
    return all(w[:1].isupper() and not any(ch.isdigit() for ch in w) and w.lower() not in ALL_FUNCTION_WORDS
               and w.lower() not in ALL_DESK_SERVICE_WORDS for w in rest) and not all(
        w.lower() in ALL_NOT_NAME_WORDS for w in rest)


def names_a_service(part: str) -> bool:
    """Whether ``part`` is a desk word and a word of a business's service or department
    ("Help Desk", "Equipe Technique", "Kundenservice Team"): what desk_name refuses, and
    no person's name, though its capitalised words look like one.

    >>> names_a_service("Equipe Technique"), names_a_service("Podium Staff"), names_a_service("Rachel Green Staff")
    (True, False, False)
    """
    words = part.lower().split()
    return (2 <= len(words) <= _DESK_MOST_WORDS and (words[-1] in _DESK_AFTER or words[0] in _DESK_BEFORE)
            and any(w in ALL_DESK_SERVICE_WORDS for w in words))


# A name in a script without capitals, after a by-label: at most this many words.
_CASELESS_NAME_WORDS = 4


def _caseless_name(part: str) -> list[str]:
    """After a by-label, a name in a script without case ("بقلم أحمد منصور", "लेखक: राहुल
    शर्मा"), which names.py's capital-letter tests cannot see: 2-4 words of letters
    (and the vowel signs of Indic scripts), each starting with a caseless letter.

    >>> _caseless_name("أحمد منصور"), _caseless_name("राहुल शर्मा"), _caseless_name("jane doe")
    (['أحمد منصور'], ['राहुल शर्मा'], [])
    """
    words = part.split()
    if not 2 <= len(words) <= _CASELESS_NAME_WORDS:
        return []
    for word in words:
        first = word[:1]
        if not (first.isalpha() and first.lower() == first.upper()) or not all(
                unicodedata.category(c)[0] in "LM" for c in word):
            return []
    return [" ".join(words)]


# A job title written after the name with no separator: "Jane Doe Senior Editor".
_ROLE_AFTER = re.compile(r"(?<=\S)\s+(?:" + alternation(ALL_JOB_TITLES) + r")\b.*$", re.I)


def _trim_name(part: str) -> str:
    """The name part of a byline without what a renderer glued after it: a function word
    of the next element ("Jane Doe In"), a job title ("Jane Doe Senior Editor"), an agency
    in capitals ("Jane Doe USA TODAY"), the name written twice ("Jane Doe Jane Doe")."""
    tokens = part.split()
    # A word of the sentence after the names ("By Jane Doe In" / "Lifestyle"): a name
    # does not end in a function word.
    while len(tokens) > 2 and tokens[-1].lower() in ALL_FUNCTION_WORDS and tokens[-1].lower() not in NAME_PARTICLES:
        tokens.pop()
        part = " ".join(tokens)
    if len(tokens) % 2 == 0 and tokens[: len(tokens) // 2] == tokens[len(tokens) // 2:]:
        return " ".join(tokens[: len(tokens) // 2])
    if len(tokens) < 3:
        return part
    role = _ROLE_AFTER.search(part)
    if role and len(part[: role.start()].split()) >= 2:
        return part[: role.start()]
    caps = len(tokens)
    while caps > 0 and tokens[caps - 1].isupper() and len(tokens[caps - 1]) > 1:
        caps -= 1
    if 2 <= caps < len(tokens) and not any(t.isupper() for t in tokens[:caps]):
        return " ".join(tokens[:caps])
    return part


def unglue_label(text: str) -> str:
    """``text`` with a space between a by-label and the name glued to it ("ByNina
    Pineda" -> "By Nina Pineda"); "by" glued to a date before it is BY_INSIDE's."""
    glued = _LABEL_GLUED_TO_NAME.match(text)
    return text if glued is None else text[: glued.end()] + " " + text[glued.end():]


def label_word_fits(label: str, languages: set[str]) -> bool:
    """Whether a label alone ("Von", "Door", "Author(s)") belongs to a language of the
    page (or to English, or the page's language is unknown)."""
    if not languages:
        return True
    words = [w for w in WORD.findall(label.lower()) if w in _LABEL_LANGUAGES]
    owners = _LABEL_LANGUAGES.get(words[-1], set()) if words else set()
    return not owners or "en" in owners or bool(owners & languages)
