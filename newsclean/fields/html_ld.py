"""JSON-LD and <meta> tags: the metadata a page declares about itself."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from lxml import html as lxml_html

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
                  "scholarlyarticle", "socialmediaposting", "liveblogposting", "posting", "report",
                  "medicalwebpage", "howto", "recipe", "review"}
# Pages describe themselves as WebPage too; that node is a weaker witness than an Article.
_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "collectionpage", "faqpage", "qapage"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Declared:
    """What the page says about itself: article nodes (best first), every node by @id, meta tags."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    website_names: list[str] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    # Every value of keys that pages repeat ("article:author", "citation_author").
    tag_lists: dict[str, list[str]] = field(default_factory=dict)
    # The page's <meta> and <link> elements in document order, and the tree they are of,
    # found in the same pass as the JSON-LD scripts (see meta_elements, link_elements).
    page: lxml_html.HtmlElement | None = field(default=None, repr=False, compare=False)
    metas: list[lxml_html.HtmlElement] = field(default_factory=list, repr=False, compare=False)
    links: list[lxml_html.HtmlElement] = field(default_factory=list, repr=False, compare=False)

    def resolve(self, value: Any) -> Any:
        """A {"@id": ...} reference replaced by the node it names, when the page holds it."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
            return self.by_id.get(str(value["@id"]), value)
        return value

    def first(self, key: str) -> Any:
        return next((a[key] for a in self.articles if a.get(key)), None)


def read_declared(tree: lxml_html.HtmlElement) -> Declared:
    declared = Declared()
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    if tree.getparent() is None and tree.getprevious() is None and tree.getnext() is None:
        # The document's only element: one pass over it finds the scripts, <meta>s and
        # <link>s (each such pass over the whole page costs about 0.13 ms; there were four).
        scripts = []
        for element in tree.iter("script", "meta", "link"):
            tag = element.tag
            if tag == "meta":
                declared.metas.append(element)
            elif tag == "link":
                declared.links.append(element)
            elif "ld+json" in (element.get("type") or ""):
                scripts.append(element)
        declared.page = tree
    else:  # a part of a page: the scripts anywhere in its document, as before
        scripts = tree.xpath('//script[contains(@type, "ld+json")]')
    for script in scripts:
        try:
            data = json.loads(_CONTROL.sub(" ", script.text or ""), strict=False)
        except (ValueError, TypeError, RecursionError):
            continue
        for node in _nodes(data):
            if isinstance(node.get("@id"), str):
                declared.by_id.setdefault(node["@id"], node)
            kinds = {str(t).lower() for t in as_list(node.get("@type"))}
            if kinds & _ARTICLE_TYPES:
                articles.append(node)
            elif kinds & _PAGE_TYPES or (not kinds and ("author" in node or "datePublished" in node)):
                pages.append(node)  # an untyped node with an author still describes the page
            elif kinds & {"website", "newsmediaorganization"} and isinstance(node.get("name"), str):
                declared.website_names.append(node["name"])
    declared.articles = articles + pages
    for element in meta_elements(tree, declared):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content:
            declared.tags.setdefault(key, content)
            declared.tag_lists.setdefault(key, []).append(content)
    return declared


def meta_elements(tree: lxml_html.HtmlElement, declared: Declared) -> list[lxml_html.HtmlElement]:
    """``tree``'s <meta> elements in document order (found by read_declared when it read
    ``tree``)."""
    return declared.metas if declared.page is tree else list(tree.iter("meta"))


def link_elements(tree: lxml_html.HtmlElement, declared: Declared) -> list[lxml_html.HtmlElement]:
    """``tree``'s <link> elements in document order (found by read_declared when it read
    ``tree``)."""
    return declared.links if declared.page is tree else list(tree.iter("link"))


def _nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if isinstance(data.get(key), (dict, list)):
                yield from _nodes(data[key], depth + 1)


def as_list(value: Any) -> list[Any]:
    """A value, a list, or nested lists of values, as one flat list."""
    if value is None:
        return []
    if not isinstance(value, list):
        return [value]
    out: list[Any] = []
    for item in value:
        out.extend(as_list(item))
    return out
