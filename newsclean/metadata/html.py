"""Metadata hints from HTML: JSON-LD, OpenGraph and <meta> tags, <time>, visible bylines."""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Iterator

from lxml import html as lxml_html

from . import Metadata
from .names import split_byline

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage",
                  "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting", "posting"}
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+|\s*\|\s*")
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?")


def read_html_metadata(tree: lxml_html.HtmlElement, url: str | None = None) -> Metadata:
    meta = Metadata()
    ld = list(_json_ld_articles(tree))
    tags = _meta_tags(tree)
    meta.site_name = tags.get("og:site_name") or _ld_publisher(ld)
    meta.title = _title(tree, ld, tags, meta.site_name)
    meta.authors = _authors(tree, ld, tags, meta.site_name)
    meta.byline = ", ".join(meta.authors) if meta.authors else None
    meta.date = _date(tree, ld, tags)
    description = _first(a.get("description") for a in ld) or tags.get("og:description") or tags.get("description")
    meta.description = _clean(description) if isinstance(description, str) else None
    return meta


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", lxml_html.fromstring(f"<span>{text}</span>").text_content() if "<" in text or "&" in text else text)
    return text.strip() or None


def _first(values: Iterator[Any] | list[Any]) -> Any:
    return next((v for v in values if v), None)


def _json_ld_articles(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, TypeError):
            continue
        yield from _ld_nodes(data)


def _ld_nodes(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_nodes(item)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _ld_nodes(data["@graph"])
        types = data.get("@type", "")
        types = types if isinstance(types, list) else [types]
        if any(str(t).lower() in _ARTICLE_TYPES for t in types):
            yield data
        if isinstance(data.get("mainEntity"), (dict, list)):
            yield from _ld_nodes(data["mainEntity"])


def _ld_publisher(ld: list[dict[str, Any]]) -> str | None:
    for node in ld:
        publisher = node.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"].strip()
    return None


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _title(tree, ld, tags, site_name) -> str | None:
    candidates = [_first(a.get("headline") for a in ld if isinstance(a.get("headline"), str)),
                  tags.get("og:title"), tags.get("twitter:title")]
    title_el = tree.find(".//title")
    if title_el is not None:
        candidates.append(title_el.text_content())
    h1s = [re.sub(r"\s+", " ", h.text_content()).strip() for h in tree.iter("h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300]
    candidates = [_clean(c) for c in candidates if isinstance(c, str)]
    candidates = [c for c in candidates if c]
    # A visible <h1> that the declared titles contain is the headline without the site name.
    for h1 in h1s:
        if any(_norm(h1) == _norm(c) or (_norm(h1) in _norm(c) and len(h1) > 0.4 * len(c)) for c in candidates):
            return h1
    if candidates:
        return _strip_site(candidates[0], site_name)
    return h1s[0] if h1s else None


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _strip_site(title: str, site_name: str | None) -> str:
    """ "Headline | Site" -> "Headline"; "Site - Headline" -> "Headline"."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        kept = [p for p in parts if _norm(p) != _norm(site_name)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    # Without a known site name, drop a short last part ("Headline | The Daily Example").
    if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
        return " - ".join(parts[:-1])
    return title


def _authors(tree, ld, tags, site_name) -> list[str]:
    names: list[str] = []
    for node in ld:
        for author in _as_list(node.get("author")) + _as_list(node.get("creator")):
            if isinstance(author, dict):
                kind = str(author.get("@type", "")).lower()
                if kind == "organization":
                    continue
                author = author.get("name")
            if isinstance(author, str):
                names.extend(split_byline(author))
        if names:
            break
    if not names:
        for key in ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl"):
            value = tags.get(key)
            if value and not value.startswith("http"):
                names = split_byline(value)
                if names:
                    break
    if not names:
        for element in tree.xpath('//*[@rel="author" or @itemprop="author" or contains(@class, "byline") '
                                  'or contains(@class, "author-name")][not(self::meta)]')[:3]:
            names = split_byline(re.sub(r"\s+", " ", element.text_content()).strip())
            if names:
                break
    site = _norm(site_name or "")
    return [n for n in names if _norm(n) != site]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _date(tree, ld, tags) -> dt.date | dt.datetime | None:
    candidates = [_first(a.get("datePublished") for a in ld), tags.get("article:published_time"),
                  tags.get("og:published_time"), tags.get("datepublished"), tags.get("pubdate"),
                  tags.get("publish-date"), tags.get("date"), tags.get("dc.date"), tags.get("sailthru.date"),
                  tags.get("parsely-pub-date")]
    for time_el in tree.iter("time"):
        candidates.append(time_el.get("datetime"))
    for value in candidates:
        parsed = parse_iso(value) if isinstance(value, str) else None
        if parsed:
            return parsed
    try:
        from htmldate import find_date

        found = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a best-effort second opinion; its failures must not sink a page
        found = None
    return parse_iso(found) if found else None


def parse_iso(value: str) -> dt.date | dt.datetime | None:
    """'2025-07-04T00:41:00+02:00' -> datetime; '2025-07-04' -> date; else None."""
    match = _ISO.match(value)
    if not match:
        return None
    try:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        if match.group(4) is None:
            return dt.date(year, month, day)
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return dt.datetime(year, month, day, int(match.group(4)), int(match.group(5)))
    except ValueError:
        return None
