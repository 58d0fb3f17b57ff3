"""Person names and bylines: "By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]."""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from ..lexicon.bylines import (ALL_AUTHOR_LABELS, ALL_BY_LABELS, ALL_BYLINE_ROLES, ALL_NAME_CONJUNCTIONS,
                               ALL_NOT_NAME_WORDS, AGENCIES, NAME_PARTICLES)
from ..lexicon.organisations import (ALL_ORGANISATION_WORDS, ALL_OUTLET_CONNECTORS, ALL_OUTLET_WORDS,
                                     ALL_SITE_NAME_WORDS)

# The vocabulary is the lexicon's (newsclean/lexicon/bylines.py); the patterns are here.
_BY = re.compile(r"^\s*(?:" + alternation(ALL_BY_LABELS) + "|(?:" + alternation(ALL_AUTHOR_LABELS) + r"):?)\s+", re.I)
# Conjunctions in lower case only (English "and" in any case): "Y." and "E." are initials.
_SPLIT = re.compile(r"\s*(?:,|;|&|\b(?i:and)\b|\b(?:" + alternation(ALL_NAME_CONJUNCTIONS) + r")\b|\|)\s*")
_PARTICLES = NAME_PARTICLES
_FUNCTION_WORDS = ALL_FUNCTION_WORDS
# Particles that may start a name written with its particle first.
_FIRST_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "la", "le", "van", "von", "al", "el", "dos",
                              "ter", "bin", "den"})
_NOT_NAME_WORDS = ALL_NOT_NAME_WORDS
# One word in capitals after the names is an organisation ("..., NDR", "..., SID"), not a person.
_ACRONYM = re.compile(r"^[A-ZÄÖÜ0-9&]{2,6}$")
# News agencies and roles that follow a name in a byline but are not people.
_NOT_PERSON = re.compile(r"^(?:" + alternation(AGENCIES + ALL_BYLINE_ROLES) + r")$", re.I)
# A word of an organisation's or an outlet's name ("Public Safety", "Accounting Officer",
# "Mail Online"): no person's name holds one (lexicon/organisations.py).
_ORGANISATION_WORDS = frozenset(ALL_ORGANISATION_WORDS + ALL_OUTLET_WORDS)


# "... for the Daily Mail", "... pour Le Monde", "... FOR DAILYMAIL.COM": the outlet the
# writer wrote for ends the names (the connector in lower case, or English in capitals,
# followed by a capitalised word, an article or a domain).
_FOR_OUTLET = re.compile(r"\s+(?:(?:" + alternation(ALL_OUTLET_CONNECTORS) + r")|For|FOR)\s+(?=\S)(?![a-z]+\s+[a-z])")


def without_outlet(text: str) -> str:
    """``text`` without "for <outlet>" after a person's name: the names before it, and a
    co-author named after the outlet ("Jane Doe for the Daily Mail and John Roe"). (After
    anything else "for" is part of a name: "Center for Drug Evaluation".)

    >>> without_outlet("Jane Doe for the Daily Mail"), without_outlet("Marie Dupont pour Le Monde")
    ('Jane Doe', 'Marie Dupont')
    >>> without_outlet("Anna Svensson and Per Olsson"), without_outlet("Center for Drug Evaluation")
    ('Anna Svensson and Per Olsson', 'Center for Drug Evaluation')
    >>> without_outlet("Jane Doe for the Daily Mail and John Roe"), without_outlet("Jane Doe for Town & Country")
    ('Jane Doe, John Roe', 'Jane Doe')
    """
    match = _FOR_OUTLET.search(text)
    if match is None or not looks_like_name(_SPLIT.split(text[: match.start()])[-1].strip(" .:-–—")):
        return text
    # The outlet's name runs to the first part after it that is a person's name: one
    # word is none ("for Town & Country", "for Mail and Guardian").
    after = _SPLIT.split(text[match.end():])
    for i, part in enumerate(after[1:], 1):
        if looks_like_name(part.strip(" .:-–—")):
            return text[: match.start()] + ", " + without_outlet(", ".join(after[i:]))
    return text[: match.start()]


def names_an_organisation(name: str) -> bool:
    """Whether a word of ``name`` is a department's, a service's, an officer's or an
    outlet's word, which no person's name holds.

    >>> names_an_organisation("Public Safety"), names_an_organisation("Sécurité Publique")
    (True, True)
    >>> names_an_organisation("Jane Doe"), names_an_organisation("Christopher Guest")
    (False, False)
    """
    return any(word.strip(".,'’()").lower() in _ORGANISATION_WORDS for word in name.split())


def looks_like_name(text: str) -> bool:
    """True for a line that is a person's name, with or without a leading "By".

    >>> looks_like_name("Oliver James"), looks_like_name("By Jane van der Berg"), looks_like_name("Mahua Das")
    (True, True, True)
    >>> looks_like_name("Share This Article"), looks_like_name("Latest News")
    (False, False)
    """
    text = _BY.sub("", text.strip())
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60:
        return False
    # A name does not start with an article or a conjunction ("Der Spendenteddy", "Und
    # Grundschritt", "The Currency"), whatever the language; particles may ("De Niro", "Van Gogh").
    first = tokens[0].strip(".,'’").lower()
    if len(first) > 1 and first in _FUNCTION_WORDS and first not in _FIRST_PARTICLES:
        return False
    capitalised = 0
    for token in tokens:
        bare = token.strip(".,'’")
        if not bare or any(ch.isdigit() for ch in bare) or bare.lower() in _NOT_NAME_WORDS:
            return False
        if bare in _PARTICLES:  # lower case only: "Das", "Van" capitalised are name words
            continue
        if not bare[0].isupper() or not bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        capitalised += 1
    return capitalised >= 2 and not _NOT_PERSON.match(text)


def split_byline(byline: str) -> list[str]:
    """The person names in a byline, in order, without "By", roles, agencies, outlets,
    departments or repeats. (An organisation after an explicit "By" alone is read by
    :func:`split_explicit_byline`: the line said it names its author.)

    >>> split_byline("By Jane Doe and John Roe, Reuters"), split_byline("Jane Doe, Mail Online")
    (['Jane Doe', 'John Roe'], ['Jane Doe'])
    """
    text = without_outlet(_BY.sub("", byline.strip()))
    names: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–—")
        if not part or _NOT_PERSON.match(part) or _ACRONYM.match(part) or names_an_organisation(part):
            continue
        if not looks_like_name(part) and not (len(part.split()) == 1 and part[:1].isupper() and part.isalpha()
                                             and part.lower() not in _NOT_NAME_WORDS):
            continue
        if part.lower() not in (n.lower() for n in names):
            names.append(part)
    return names


# A user name or handle after an explicit "By": "by jsteinhardt", "Posted by BeauHD".
_HANDLE = re.compile(r"^@?[^\W_][\w.\-]{1,30}$")
_LOWER_START = {"the"}


# The words an organisation's account name ends in ("cbsnews", "dailymail", "cityhealth"):
# the ones of four letters or more, after three letters or more of other words ("is-mail"
# and "le-maire" are people's names).
_SITE_WORD_ENDS = tuple(sorted(w for w in _ORGANISATION_WORDS | frozenset(ALL_SITE_NAME_WORDS)
                               if len(w) >= 4 and w.isalpha()))
_SITE_WORD_PREFIX = 3


def _site_handle(handle: str) -> bool:
    """Whether a handle in lower case is an organisation's account: words run together,
    the last an organisation's, a site's or an outlet's word ("metronews", "cityhealth").
    A person's handle ("jsteinhardt", "whova", "claudio", "ismail") is kept, and so is
    one with capitals ("MixmasterFred"), which split_byline reads when it is a name.

    >>> _site_handle("metronews"), _site_handle("cityhealth"), _site_handle("jsteinhardt"), _site_handle("ismail")
    (True, True, False, False)
    """
    bare = handle.lstrip("@")
    return bare.islower() and bare.isalpha() and any(
        bare.endswith(w) and len(bare) - len(w) >= _SITE_WORD_PREFIX for w in _SITE_WORD_ENDS)


def split_explicit_byline(part: str) -> list[str]:
    """The names after an explicit "By", read more leniently than :func:`split_byline`:
    the line said it names its authors, so a handle ("by jsteinhardt") or a desk
    ("By the News Desk") counts; a phrase that goes on in lower case does not
    ("By clicking Continue you agree"), nor does a department, an outlet or an
    organisation's account ("By metronews").

    >>> split_explicit_byline("jsteinhardt"), split_explicit_byline("the News Desk")
    (['jsteinhardt'], ['the News Desk'])
    >>> split_explicit_byline("clicking Continue to join")
    []
    """
    names: list[str] = []
    for piece in _SPLIT.split(without_outlet(_BY.sub("", part.strip()))):
        piece = piece.strip(" .:-–—")
        if not piece or _NOT_PERSON.match(piece) or len(piece) > 50 or names_an_organisation(piece):
            # (After "By", a department or an outlet is the page's owner or its
            # source, not its writer: "By Online Services", "By Financial Tips".)
            continue
        tokens = piece.split()
        if looks_like_name(piece):
            pass
        elif len(tokens) == 1:
            if not _HANDLE.match(piece) or piece.lower() in _NOT_NAME_WORDS or piece.isdigit() or _site_handle(piece):
                continue
        elif len(tokens) <= 5:
            rest = tokens[1:] if tokens[0].lower() in _LOWER_START else tokens
            if not all(t[:1].isupper() or t.lower() in _PARTICLES for t in rest) or any(
                    ch.isdigit() for ch in piece):
                continue
        else:
            continue
        if piece.lower() not in (n.lower() for n in names):
            names.append(piece)
    return names
