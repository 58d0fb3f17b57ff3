"""Names in an author credit: a declared author string or a line of the page, cleaned of
its label ("By", "Written by"), its trailer (the date or reading time it runs into), roles
and credentials; and the tests that tell a person's or team's name from the words around
it. Shared by the author readers of html_authors.py and html_author_box.py.
"""
from __future__ import annotations

import html
import re

from .html_page import is_site
from .names import looks_like_name, split_byline

# A byline's label before the name: "By", "Written by", "View all posts by", "Author:".
_LABEL = re.compile(r"^\s*(?:(?:written|posted|published|reviewed|edited|reported|words|story|text)\s+)?by(?:\s*:\s*|\s+)"
                    r"|^\s*(?:view|see)\s+(?:all\s+)?(?:posts|articles|stories)\s+by\s+"
                    r"|^\s*(?:author|authors|autor|auteur|writer)\s*:\s*", re.I)
# "Posted byDamien Walter": a label glued by markup to the name after it, without a space.
# Only a lower-case "by" glues: "BYRON SMITH" and "Byron Smith" are names. (Not the
# text reader's glued label, which follows the name: "Jane DoeUpdated: Dec 19".)
_LABEL_GLUED_BEFORE_NAME = re.compile(r"^\s*(?:(?i:written|posted|published)\s*)?by(?=[A-Z])")
# A byline runs into its date or reading time: "Jane Doe • March 12, 2025", "Jane Doe | 5 min read",
# "Jane Doe, Dec 17, 2025".
_TRAILER = re.compile(r"\s+[•·|]\s+|\s+on behalf of\b|\s+[-–—]\s+(?=\W*\d)|\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d"
                      r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)"
                      r"|,\s*(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)", re.I)
# Words of widgets and links around author boxes, never part of a credited name.
_NOT_LOOSE = re.compile(r"\b(?:view|read|more|posts?|articles?|sign|log|follow|share|subscribe|comments?|reply|says|"
                        r"profile|about|contact|menu|search|all|min|written|posted|updated|published|by)\b|[!?;:=]", re.I)
# Where a role starts after a name in page text: the first role word and all after it.
_ROLE_TAIL = re.compile(
    r"(?<=\w)\s+(?:senior|junior|staff|chief|contributing|managing|executive|deputy|associate|freelance|guest|"
    r"writer|reporter|editor|correspondent|columnist|contributor|founder|co-founder|journalist)\b.*$", re.I)
# Post-nominal letters and degrees: "CEPF®", "MS", "Ph.D.", "M.D.".
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}[®™]?|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$")
_DOMAIN = re.compile(r"\.(?:com|net|org|co|io|info|news|blog|[a-z]{2})$", re.I)
_NOT_A_NAME = re.compile(
    r"^(?:https?://|www\.|@)|[@/]|\d|^\W*$"
    # CMS placeholders and account names rather than people
    r"|^(?:admin|administrator|webmaster|undefined|null|none|unknown|guest|editor|user|written by|posted by)$",
    re.I,
)
_SLUG = re.compile(r"^[a-z]+(?:[-_.][a-z]+)+$")  # a login, not a name: "brandon-peaktwo"
# A role after the name, and all after it ("Jane Doe, Senior Reporter", "Keith Barry Senior Autos Reporter"):
# a pattern, not the text reader's ROLE_WORDS (text_byline_near, a set of words).
ROLE_AND_REST = re.compile(
    r"\b(?:senior|junior|staff|chief|contributing|managing|executive|deputy|associate|freelance|guest)?\s*"
    r"(?:writer|reporter|editor|correspondent|columnist|contributor|founder|co-founder|author|journalist|"
    r"expert|producer|analyst|winemaker|ceo|director|manager)\b.*$",
    re.I,
)


def loose_name(text: str, sites: list[str]) -> str | None:
    """A short credit that names someone or some team, without a person's full name.

    >>> loose_name("By The Diggs Team", []), loose_name("View all posts", [])
    ('The Diggs Team', None)
    """
    text = cut_trailer(_LABEL.sub("", _LABEL_GLUED_BEFORE_NAME.sub("", " ".join(text.split())))).strip(" ,.:;|-–—•·")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or not any(ch.isalpha() for ch in text):
        return None
    if _NOT_LOOSE.search(text) or _NOT_A_NAME.search(text) or ROLE_AND_REST.search(text) or is_site(text, sites):
        return None
    if _DOMAIN.search(text):  # "Example.com": the site's address, not a credit
        return None
    return text


def cut_trailer(text: str) -> str:
    """ "Haley Hoekstra • March 12, 2025" -> "Haley Hoekstra": bylines run into the date."""
    return _TRAILER.split(text, maxsplit=1)[0]


def lower_case_words(texts: list[str]) -> set[str]:
    """Words the page writes in lower case: common words, which names are not."""
    return {w for w in _LETTERS.findall(" ".join(texts)) if w.islower()}


_LETTERS = re.compile(r"\b[^\W\d_]+\b")


def clean_names(value: str, sites: list[str], strict: bool = False) -> list[str]:
    """Person names in a declared author string; ``strict`` for text read off the page,
    where only what looks like a person's name counts.

    >>> clean_names("By Jane Doe, Senior Reporter", [])
    ['Jane Doe']
    """
    # "Maria &amp; Katerina" and '"David Kim"' as JSON-LD gives them
    value = " ".join(html.unescape(value).split()).strip(" •·|\"“”")
    value = _LABEL.sub("", _LABEL_GLUED_BEFORE_NAME.sub("", value))
    if not value or _NOT_A_NAME.search(value) or _SLUG.match(value) or len(value) > 120:
        return []
    names: list[str] = []
    if strict and len(value.split()) > 2:
        value = _ROLE_TAIL.sub("", value)  # "Keith Barry Senior Autos Reporter" -> "Keith Barry"
    for name in split_byline(value) if strict else _split_loose(value):
        if strict and (not looks_like_name(name) or ROLE_AND_REST.search(name)):
            continue  # page text: only a full name counts, "Senior Autos Reporter" is not one
        if not ROLE_AND_REST.sub("", name).strip(" ,.-–—|:"):
            continue  # a role alone ("Senior Reporter") after the name it describes
        name = ROLE_AND_REST.sub("", name).strip(" ,.-–—|:") if len(name.split()) > 2 else name
        if name and not is_site(name, sites) and not _NOT_A_NAME.search(name):
            names.append(name)
    return names


def _split_loose(value: str) -> list[str]:
    """A declared author string is trusted more than page text: names of one word, in
    lower case or with initials stay; only "and", "&", ";", "|" and commas split it."""
    strict = split_byline(value)
    if strict and not re.search(r"[,:]", value) and sum(len(n.split()) for n in strict) * 2 < len(value.split()):
        # "Center for Drug Evaluation and Research" split on "and" leaves "Research":
        # most of the words were dropped, so the string is one organisation's name.
        return [value.strip(" .:-–—")]
    if strict:
        return _with_credentials(strict, value)
    parts = [p.strip(" .:-–—") for p in re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", value)]
    return [p for p in parts if p and len(p.split()) <= 4]


def _with_credentials(names: list[str], value: str) -> list[str]:
    """Post-nominals stay after their name, as the byline prints them: "Rebecca Lake,
    CEPF®", "Jane Doe, MS, RD" (a split would make "MS" an author of its own)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 1 and all(_CREDENTIAL.match(p) for p in parts[1:]) and names and names[0] == parts[0]:
        return [", ".join(parts)]
    out: list[str] = []
    for name in names:
        if out and _CREDENTIAL.match(name):
            out[-1] += ", " + name
        else:
            out.append(name)
    return out


def unique_names(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
