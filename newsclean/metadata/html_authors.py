"""Authors of an HTML page: JSON-LD, <meta> tags, then visible byline elements.

Each source is read in turn and the first that names someone wins: a page that declares
its authors in JSON-LD is not second-guessed by the author boxes of related articles.
"""
from __future__ import annotations

import re
from lxml import html as lxml_html

from .html_ld import Declared, as_list
from .html_title import _is_site
from .names import looks_like_name, split_byline

_META_KEYS = ("author", "article:author", "parsely-author", "dc.creator", "dc.creator.author", "sailthru.author",
              "byl", "citation_author", "dcterms.creator")
# Classes of elements that hold the byline. "author-bio"/"about-author" boxes hold a
# paragraph about the person; the name inside them is found through the short elements.
_BYLINE_XPATH = (
    '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or contains(@class, "author")'
    ' or contains(@class, "Byline") or contains(@class, "Author")][not(self::meta or self::link or self::script'
    ' or self::body or self::html or self::article or self::img)]'
)
# Names in comment threads and reply forms are readers, not authors.
_IN_COMMENTS = 'ancestor-or-self::*[contains(@class, "comment") or contains(@id, "comment") or self::form]'
_LABEL = re.compile(r"^\s*(?:(?:written|posted|published|reviewed|edited|reported|words|story|text)\s+)?by\s*:?\s+"
                    r"|^\s*(?:author|authors|autor|auteur|writer)\s*:\s*", re.I)
_LABEL_ONLY = re.compile(r"^\W*(?:(?:written|posted|published|reviewed|edited)\s+)?by\W*$|^\W*(?:author|authors)\W*$", re.I)
_NOT_A_NAME = re.compile(
    r"^(?:https?://|www\.|@)|[@/]|\d|^\W*$"
    # CMS placeholders and account names rather than people
    r"|^(?:admin|administrator|webmaster|undefined|null|none|unknown|guest|editor|user|written by|posted by)$",
    re.I,
)
_SLUG = re.compile(r"^[a-z]+(?:[-_.][a-z]+)+$")  # a login, not a name: "brandon-peaktwo"
# A role or credential after the name ("Jane Doe, Senior Reporter", "Keith Barry Senior Autos Reporter").
_ROLE_WORDS = re.compile(
    r"\b(?:senior|junior|staff|chief|contributing|managing|executive|deputy|associate|freelance|guest)?\s*"
    r"(?:writer|reporter|editor|correspondent|columnist|contributor|founder|co-founder|author|journalist|"
    r"expert|producer|analyst|winemaker|ceo|director|manager)\b.*$",
    re.I,
)


def choose_authors(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str]) -> list[str]:
    for names in (_ld_authors(declared, sites), _meta_authors(declared, sites), _visible_authors(tree, sites)):
        if names:
            return names
    return []


def _ld_authors(declared: Declared, sites: list[str]) -> list[str]:
    for node in declared.articles:
        names: list[str] = []
        for author in as_list(node.get("author")) or as_list(node.get("creator")):
            author = declared.resolve(author)
            if isinstance(author, dict):
                kind = " ".join(str(k) for k in as_list(author.get("@type"))).lower()
                value = author.get("name")
                if "organi" in kind:
                    continue  # the publisher credited as author: a person is named elsewhere, or nobody is
            else:
                value = author
            if isinstance(value, str):
                names.extend(clean_names(value, []))
        if names:
            return _unique(names)
    return []


def _meta_authors(declared: Declared, sites: list[str]) -> list[str]:
    keys = list(_META_KEYS)
    # Slack/Twitter previews: twitter:data1 is the author only where label1 says so
    # (elsewhere it is "Est. reading time").
    if re.search(r"written by|author", declared.tags.get("twitter:label1", ""), re.I):
        keys.append("twitter:data1")
    for key in keys:
        names: list[str] = []
        for value in declared.tag_lists.get(key, []):
            names.extend(clean_names(value, []))
        if names:
            return _unique(names)
    return []


def _visible_authors(tree: lxml_html.HtmlElement, sites: list[str]) -> list[str]:
    for element in tree.xpath(_BYLINE_XPATH)[:12]:
        if element.xpath(_IN_COMMENTS):
            continue
        name_el = element.xpath('.//*[@itemprop="name"]')
        element = name_el[0] if name_el else element
        if len(element.text_content()) > 200:
            continue  # an author box with a biography, or a whole header
        # Text nodes one by one: "By" <a>Jane Doe</a> <span>Senior Editor</span> reads
        # as three pieces, where text_content() would glue "ByJane DoeSenior Editor".
        pieces = [" ".join(t.split()) for t in element.xpath(".//text()[not(ancestor::script or ancestor::style)]")]
        pieces = [p for p in pieces if p and not _LABEL_ONLY.match(p)]
        for piece in pieces[:4]:
            names = clean_names(piece, sites, strict=True)
            if names:
                return _unique(names)
    return []


def clean_names(value: str, sites: list[str], strict: bool = False) -> list[str]:
    """Person names in a declared author string; ``strict`` for text read off the page,
    where only what looks like a person's name counts.

    >>> clean_names("By Jane Doe, Senior Reporter", [])
    ['Jane Doe']
    """
    value = " ".join(value.split())
    value = _LABEL.sub("", value)
    if not value or _NOT_A_NAME.search(value) or _SLUG.match(value) or len(value) > 120:
        return []
    names: list[str] = []
    for name in split_byline(value) if strict else _split_loose(value):
        if strict and (not looks_like_name(name) or _ROLE_WORDS.search(name)):
            continue  # page text: only a full name counts, "Senior Autos Reporter" is not one
        name = _ROLE_WORDS.sub("", name).strip(" ,.-–—|:") if len(name.split()) > 2 else name
        if name and not _is_site(name, sites) and not _NOT_A_NAME.search(name):
            names.append(name)
    return names


def _split_loose(value: str) -> list[str]:
    """A declared author string is trusted more than page text: names of one word, in
    lower case or with initials stay; only "and", "&", ";", "|" and commas split it."""
    strict = split_byline(value)
    if strict:
        return strict
    parts = [p.strip(" .:-–—") for p in re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", value)]
    return [p for p in parts if p and len(p.split()) <= 4]


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
