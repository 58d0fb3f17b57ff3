"""Person names and bylines: "By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]."""
from __future__ import annotations

import re

_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|written by|words by|author:?|authors:?)\s+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\|)\s*", re.I)
# Name particles that stay lower-case inside a name ("Ludwig van Beethoven").
_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von",
              "ter", "bin", "al", "el", "dos", "das", "y"}
# Words that are never part of a person's name line but start many capitalised UI lines
# ("Share This Article", "Privacy Policy", "Latest News").
_NOT_NAME_WORDS = {
    "about", "account", "ad", "advertise", "advertisement", "all", "also", "article", "articles",
    "back", "breaking", "business", "categories", "category", "click", "comment", "comments",
    "contact", "copy", "cookie", "cookies", "copyright", "culture", "daily", "download", "editor",
    "editorial", "email", "entertainment", "facebook", "finance", "follow", "font", "health",
    "home", "latest", "life", "like", "link", "live", "login", "menu", "min", "more", "most",
    "news", "newsletter", "next", "opinion", "our", "policy", "politics", "popular", "post",
    "posts", "previous", "print", "privacy", "read", "reading", "related", "reserved", "rights",
    "science", "search", "share", "sign", "sports", "staff", "stories", "story", "subscribe",
    "tech", "terms", "the", "this", "top", "trending", "twitter", "updated", "us", "video",
    "videos", "watch", "whatsapp", "world", "you", "your", "published", "photo", "image",
    "source", "team", "press", "media", "week", "today", "wire", "desk", "report", "reports",
    # cookie banners and widget buttons, seen as "names" in text dumps ("Accept Reject")
    "accept", "reject", "decline", "allow", "agree", "manage", "settings", "preferences",
    "disclosure", "caption", "hide", "show", "select",
}
# News agencies and roles that follow a name in a byline but are not people.
_NOT_PERSON = re.compile(
    r"^(?:reuters|associated press|ap|afp|agence france-presse|bloomberg|dpa|ani|pti|ians|"
    r"upi|efe|ansa|tass|xinhua|cnn|bbc|staff|staff writer|contributor|correspondent|"
    r"editor|reporter|senior writer|writer|columnist|guest author|freelance writer)$",
    re.I,
)


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
    """The person names in a byline, in order, without "By", roles, agencies or repeats.

    >>> split_byline("By Jane Doe and John Roe, Reuters")
    ['Jane Doe', 'John Roe']
    """
    text = _BY.sub("", byline.strip())
    names: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–—")
        if not part or _NOT_PERSON.match(part):
            continue
        if not looks_like_name(part) and not (len(part.split()) == 1 and part[:1].isupper() and part.isalpha()):
            continue
        if part.lower() not in (n.lower() for n in names):
            names.append(part)
    return names


# A user name or handle after an explicit "By": "by jsteinhardt", "Posted by BeauHD".
_HANDLE = re.compile(r"^@?[^\W_][\w.\-]{1,30}$")
_LOWER_START = {"the"}


def split_explicit_byline(part: str) -> list[str]:
    """The names after an explicit "By", read more leniently than :func:`split_byline`:
    the line said it names its authors, so a handle ("by jsteinhardt") or a desk
    ("By the News Desk") counts; a phrase that goes on in lower case does not
    ("By clicking Continue you agree").

    >>> split_explicit_byline("jsteinhardt"), split_explicit_byline("the News Desk")
    (['jsteinhardt'], ['the News Desk'])
    >>> split_explicit_byline("clicking Continue to join")
    []
    """
    names: list[str] = []
    for piece in _SPLIT.split(_BY.sub("", part.strip())):
        piece = piece.strip(" .:-–—")
        if not piece or _NOT_PERSON.match(piece) or len(piece) > 50:
            continue
        tokens = piece.split()
        if looks_like_name(piece):
            pass
        elif len(tokens) == 1:
            if not _HANDLE.match(piece) or piece.lower() in _NOT_NAME_WORDS or piece.isdigit():
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
