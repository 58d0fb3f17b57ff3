"""The fields a page declares about itself besides title, author and date: its canonical
URL, its language, its tags and categories, and its lead image.

Every URL comes from page data, so every parse of one is guarded: a malformed URL
("http://[::1", an unclosed IPv6 bracket) is skipped, never raised.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Any, Iterable
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from .html_ld import Declared, as_list, link_elements, meta_elements

# A tag or keyword longer than this is a sentence or a dump of the page's text, not a tag.
_MAX_TAG = 80
# An image drawn this small (width or height attribute, in pixels) is an icon or a tracker.
_MIN_IMAGE_SIDE = 100
# Words in an image's address or class that say it is not the story's picture.
_NOT_LEAD = re.compile(r"logo|icon|avatar|sprite|spacer|pixel|badge|gravatar|emoji|placeholder|blank\.gif", re.I)
# "locale: US", "content-type: How-to", "displayType: standard article": a CMS's key and value.
_KEY_VALUE = re.compile(r"^[A-Za-z][\w-]*:\s")
_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
# Retired or three-letter codes pages still declare, as ISO 639-1.
_LANGUAGE_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "eng": "en", "deu": "de", "ger": "de",
                     "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "dut": "nl",
                     "rus": "ru", "pol": "pl", "swe": "sv", "tur": "tr", "jpn": "ja", "zho": "zh", "chi": "zh"}


def http_url(value: object, base: str | None = None) -> str | None:
    """``value`` as an absolute http(s) URL, resolved against ``base`` when it is relative;
    None when it is not a string, not http(s), or malformed.

    >>> http_url("/news/1", "https://example.com/a/b")
    'https://example.com/news/1'
    >>> http_url("http://[::1") is None, http_url("javascript:alert(1)") is None
    (True, True)
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or value.startswith("data:"):
        return None
    try:
        if base:
            value = urljoin(base, value)
        parts = urlsplit(value)
        host = parts.hostname  # raises ValueError on a malformed netloc, such as "[::1"
        _ = parts.port  # raises ValueError on a port out of range or not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or any(c in value for c in " \n\t<>\""):
        return None
    return value


def canonical_url(tree: lxml_html.HtmlElement, declared: Declared, base: str | None = None) -> str | None:
    """The page's own URL: <link rel="canonical">, else og:url. A relative one is resolved
    against ``base`` (the caller's URL), and dropped when there is none."""
    for link in link_elements(tree, declared):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels:
            found = http_url(link.get("href"), base)
            if found:
                return found
    return http_url(declared.tags.get("og:url"), base)


def declared_language(tree: lxml_html.HtmlElement, declared: Declared) -> str | None:
    """The ISO 639-1 code the page declares: <html lang>, og:locale, JSON-LD inLanguage,
    <meta http-equiv="content-language">. Codes that are not languages ("x-default") are
    skipped."""
    candidates: list[Any] = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                             declared.tags.get("og:locale"), declared.first("inLanguage"),
                             declared.tags.get("content-language"), declared.tags.get("language")]
    for element in meta_elements(tree, declared):
        if (element.get("http-equiv") or "").lower() == "content-language":
            candidates.append(element.get("content"))
    for value in candidates:
        if isinstance(value, dict):
            value = value.get("alternateName") or value.get("name")
        code = language_code(value)
        if code:
            return code
    return None


def language_code(value: object) -> str | None:
    """"en-US", "de_DE", "FR", "eng" -> "en", "de", "fr", "en"; None for anything else.

    >>> language_code("pt-BR"), language_code("x-default"), language_code("English")
    ('pt', None, None)
    """
    if not isinstance(value, str):
        return None
    match = _LANGUAGE.match(value)
    if not match:
        return None
    code = match.group(1).lower()
    code = _LANGUAGE_ALIASES.get(code, code)
    return code if len(code) == 2 else None


def tags_and_categories(declared: Declared) -> tuple[list[str], list[str]]:
    """(tags, categories). Tags: article:tag, <meta name="keywords">, news_keywords and
    JSON-LD keywords; categories: JSON-LD articleSection and article:section. Each list
    in that order, split at commas, without repeats (compared case-insensitively)."""
    tags, categories = tag_and_category_sources(declared)
    return (_unique(_split(v for _, values in tags for v in values)),
            _unique(_split(v for _, values in categories for v in values)))


def tag_and_category_sources(declared: Declared) -> tuple[list[tuple[str, list[Any]]], list[tuple[str, list[Any]]]]:
    """The (source label, values) pairs tags and categories are read from, in order."""
    node = declared.articles[0] if declared.articles else {}
    tags = [("article:tag", declared.tag_lists.get("article:tag", [])),
            ("<meta news_keywords>", declared.tag_lists.get("news_keywords", [])),
            ("<meta keywords>", declared.tag_lists.get("keywords", [])),
            ("JSON-LD keywords", as_list(node.get("keywords")))]
    categories = [("JSON-LD articleSection", as_list(node.get("articleSection"))),
                  ("article:section", declared.tag_lists.get("article:section", []))]
    return tags, categories


def labels_of(sources: list[tuple[str, list[Any]]]) -> str:
    """The labels of the sources that gave at least one value: "article:tag, JSON-LD keywords"."""
    return ", ".join(label for label, values in sources if any(_split(values)))


def _split(values: Iterable[Any]) -> Iterable[str]:
    """Each value split at commas ("budget, schools"); a JSON-LD list arrives as separate
    values. Entities are decoded first ("Food &amp; Drink" is one tag), and key-value
    pairs some CMSs put among keywords ("locale: US", "displayType: standard") are not tags."""
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if not isinstance(value, str):
            continue
        for part in unescape(value).split(","):
            part = " ".join(part.split())
            if part and len(part) <= _MAX_TAG and not _KEY_VALUE.match(part):
                yield part


def _unique(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def lead_image(tree: lxml_html.HtmlElement, declared: Declared, base: str | None = None) -> str | None:
    """The story's picture: og:image, twitter:image, JSON-LD image, else the first
    picture-sized <img> inside the <article> (or <main>); absolute http(s) only."""
    return lead_image_with_source(tree, declared, base)[0]


def lead_image_with_source(tree: lxml_html.HtmlElement, declared: Declared,
                           base: str | None = None) -> tuple[str | None, str]:
    """``lead_image`` and where it was found ("og:image", "first <img> in the article")."""
    declared_images: list[tuple[Any, str]] = [(declared.tags.get(k), k) for k in
                                              ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                                               "twitter:image:src")]
    for node in declared.articles[:1]:
        for image in as_list(node.get("image")):
            image = declared.resolve(image)
            declared_images.append((image.get("url") or image.get("contentUrl") if isinstance(image, dict) else image,
                                    "JSON-LD image"))
    for value, label in declared_images:
        found = http_url(value, base)
        if found:
            return found, label
    for img in tree.xpath("(//article | //main)[1]//img")[:20]:
        src = img.get("src") or img.get("data-src") or ""
        if _NOT_LEAD.search(src) or _NOT_LEAD.search(img.get("class") or "") or _too_small(img):
            continue
        found = http_url(src, base)
        if found:
            return found, "the first picture-sized <img> in the article"
    return None, ""


def _too_small(img: lxml_html.HtmlElement) -> bool:
    for side in ("width", "height"):
        value = (img.get(side) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_IMAGE_SIDE:
            return True
    return False
