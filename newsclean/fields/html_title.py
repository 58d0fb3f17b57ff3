"""The headline of an HTML page: the printed <h1> when the page's declared titles agree
with it, else the declared title without the site name ("Headline | Site")."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from lxml import html as lxml_html

from ..model import words_key
from . import Candidate, FieldSource, Reading, lost
from .html_ld import Declared
from .html_page import clean_text, is_site, repair_mojibake, squash

# Separators between a headline and a site name. A colon is not one: headlines use it.
_SEPARATORS = re.compile(r"\s+[|\-–—·•»/:]{1,2}\s+|\s*\|\s*|\s+::\s+")
# Titles are compared by their words (lower-cased: blocks.words_key).
norm = words_key


def strip_site(title: str, sites: list[str]) -> str:
    """ "Headline | Site" -> "Headline"; "Site - Headline" -> "Headline".

    >>> strip_site("Council approves budget | Example News", ["Example News"])
    'Council approves budget'
    >>> strip_site("ExampleNews.com - Council approves budget", ["examplenews.com"])
    'Council approves budget'
    """
    parts = [p for p in _SEPARATORS.split(title.strip()) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    separators = _SEPARATORS.findall(title.strip())
    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and is_site(parts[start], sites):
        start += 1
    if (start, end) == (0, len(parts)):
        # No part is a known site name: a short last part after a longer headline
        # still is one ("Headline | Rust Blog", "Headline – DianaHR").
        if len(parts) == 2 and len(parts[1].split()) <= 3 and len(parts[0].split()) >= 3 and separators[0].strip() in ("|", "-", "–", "—", "·", "•"):
            return parts[0].strip()
        return title.strip()
    # Rejoin what is left with the separators the title used between those parts.
    out = parts[start]
    for i in range(start + 1, end):
        out += separators[i - 1] + parts[i]
    return out.strip()



class PrintedH1(NamedTuple):
    """One <h1> of the page: its text with spaces folded, and whether it is the site's logo."""

    element: lxml_html.HtmlElement
    text: str
    logo: bool


def printed_h1s(tree: lxml_html.HtmlElement) -> list[PrintedH1]:
    """The page's <h1>s in order, each read once: the title readers (choose_title,
    explain_title, _printed_title) each walked every <h1> and read its text and links
    again, 3-4 times per <h1> on a page of 40,000 of them."""
    return [PrintedH1(h1, " ".join(h1.text_content().split()), _is_logo(h1)) for h1 in tree.iter("h1")]


def _h1s(tree: lxml_html.HtmlElement, printed: list[PrintedH1] | None = None) -> list[str]:
    """The page's <h1> texts, without the ones that are the site's logo."""
    out = []
    for h1 in printed_h1s(tree) if printed is None else printed:
        text = repair_mojibake(h1.text)
        if "&#" in text:  # "&#x26;" escaped twice by the CMS ("<br>" as text stays text)
            text = clean_text(text) or text
        if 3 <= len(text) <= 300 and not h1.logo:
            out.append(text)
    return out


def _is_logo(h1: lxml_html.HtmlElement) -> bool:
    """An <h1> that links home ("/", "/blog/", the bare domain) is the site's name in the
    page header, even when it reads like a person's name or a phrase."""
    links = list(h1.iter("a")) + [a for a in h1.iterancestors("a")]
    return any(_HOME.match(a.get("href") or "-") for a in links)


def read_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str]) -> Reading[str]:
    """The headline, where it came from, and the <h1> that prints it (its line)."""
    printed = printed_h1s(tree)
    title = choose_title(tree, declared, sites, printed)
    return Reading(title, explain_title(tree, declared, sites, title, printed), _printed_title(printed, sites, title))


def _printed_title(printed: list[PrintedH1], sites: list[str], title: str | None) -> tuple[lxml_html.HtmlElement, ...]:
    """The first <h1> that prints ``title`` (alone, or with the site's name), not the logo."""
    target = norm(title) if title else ""
    if not target:
        return ()
    for h1 in printed:
        if (norm(h1.text) == target or norm(strip_site(h1.text, sites)) == target) and not h1.logo:
            return (h1.element,)
    return ()


def choose_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                 printed: list[PrintedH1] | None = None) -> str | None:
    raw_titles = declared_titles(tree, declared)
    stripped = [strip_site(c, sites) for c in raw_titles]
    wanted = {norm(c) for c in raw_titles + stripped}
    # Each declared title's words, read once (not once per <h1>).
    stripped_norms = [(s, norm(s)) for s in stripped]
    raw_norms = [norm(c) for c in raw_titles]
    blog_names = _blog_names(raw_titles)
    h1s = [_without_label(h, wanted) for h in _h1s(tree, printed)]
    h1s = [h for h in h1s if (n := norm(h)) and not is_site(h, sites) and n not in blog_names]
    for h1 in h1s:
        n = norm(h1)
        # The h1 is the declared title, or one part of "Headline | Site".
        match = next((s for s, ns in stripped_norms if ns == n), None)
        # ... or the printed headline is the larger part of a longer declared one
        # ("15 Critical Tips for X" declared, "Tips for X" printed).
        if match is None and not (n in wanted or any(n in nc and len(n) > 0.4 * len(nc) for nc in raw_norms)):
            continue
        if h1.isupper() and match and not match.isupper():
            return match  # CSS capitals typed into the markup; the declared title has the real case
        if match and _same_but_damaged(h1, match):
            return match
        if match is None:
            parts = [p for p in _SEPARATORS.split(h1) if p.strip()]
            if len(parts) >= 2 and is_site(parts[-1], sites):
                # The site's name printed in the headline itself ("Headline – Site").
                return strip_site(h1, sites)
        return h1
    for h1 in h1s:
        for declared_title in stripped:
            if _same_but_damaged(h1, declared_title):
                return declared_title
    # The printed headline and the declared one differ ("How Much Is X?" printed, "X Cost
    # Guide 2025" declared): the page's own headline is what readers see as the title.
    h1s = [h for h in h1s if not _is_label(h)]
    if h1s and stripped and len(h1s) >= _MANY_H1S:
        return _longest_of_truncated(stripped)  # <h1> used for every section: none is the headline
    if h1s:
        declared_words = set(norm(" ".join(stripped)).split())
        best = max(h1s, key=lambda h: len(set(norm(h).split()) & declared_words) / (len(norm(h).split()) or 1))
        if not stripped or set(norm(best).split()) & declared_words:
            return best
        # Not one word in common with the declared title: the <h1> is a banner ("Contact
        # Us", "Web Designs"), not a rewording of the headline.
    return _longest_of_truncated(stripped) if stripped else None


def _without_label(h1: str, wanted: set[str]) -> str:
    """A section label printed before the headline ("Blog: Headline") is cut when the rest
    is the declared title.

    >>> _without_label("Blog: Ten ways to save", {"ten ways to save"})
    'Ten ways to save'
    """
    head, sep, rest = h1.partition(":")
    return rest.strip() if sep and _is_label(head) and norm(rest) in wanted else h1


def declared_titles(tree: lxml_html.HtmlElement, declared: Declared) -> list[str]:
    """The titles the page declares, cleaned, best first: JSON-LD headline, og:title,
    twitter:title, <title>."""
    raw = [declared.first("headline"), declared.tags.get("og:title"), declared.tags.get("twitter:title")]
    title_el = tree.find(".//title")
    if title_el is not None:
        raw.append(title_el.text_content())
    return [c for c in map(clean_text, raw) if c]


def _longest_of_truncated(titles: list[str]) -> str:
    """The first declared title, or a longer one it is the beginning of: a JSON-LD headline
    cut at 110 characters ("... Solutions (Including") beside the full og:title."""
    first = titles[0]
    longer = [t for t in titles[1:] if len(t) > len(first) and t.startswith(first)
              and not _SEPARATORS.match(t[len(first):]) and not t[len(first):].lstrip().startswith("via ")]
    return max(longer, key=len) if longer else first


def _same_but_damaged(h1: str, declared_title: str) -> bool:
    """The <h1> is the declared title damaged by the markup: capitals typed by CSS with a
    <br> gluing two words ("WEEKENDCODING AGENT"), or characters the page's encoding lost
    ("Beginner? Guide" for "Beginner's Guide")."""
    if h1.isupper() and not declared_title.isupper() and squash(h1) == squash(declared_title):
        return True
    return (len(h1) == len(declared_title) and any(c in "?\ufffd" for c in h1)
            and all(a == b or a in "?\ufffd" for a, b in zip(h1, declared_title)))


def _blog_names(raw_titles: list[str]) -> set[str]:
    """The words (norm) of an <h1> that names the blog before the post's title: "RogerBW's
    Blog" printed, "RogerBW's Blog: Advent of Code week 2" declared, and "Advent of Code
    week 2" declared too. Read once per page, not once per <h1>."""
    others = {norm(t) for t in raw_titles}
    names = set()
    for title in raw_titles:
        head, sep, rest = title.partition(":")
        if sep and norm(rest) and norm(rest) in others:
            names.add(norm(head))
    return names


# A page with this many <h1>s (after logos) uses them for section headings (tune split).
_MANY_H1S = 3
# Links to the site's front page or a section front: "/", "/blog/", "index.html",
# "https://example.com/", "home".
_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+|home|blog/?)?$|^https?://[^/]+/?$", re.I)


def _is_label(text: str) -> bool:
    """An <h1> that names a section or the blog, not the story: "Blog", "Our BLOG", "News"."""
    return len(text.split()) <= 2 and bool(re.search(r"\b(?:blog|news|articles?|posts?|home|menu|resources?)\b", text, re.I))



def explain_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                  chosen: str | None, printed: list[PrintedH1] | None = None) -> FieldSource | None:
    """Where ``chosen`` (what choose_title returned) came from, and the titles that lost.

    Read after the choice, from the same candidates: the printed <h1>s and the declared
    titles (JSON-LD headline, og:title, twitter:title, <title>), each with its label."""
    if chosen is None:
        return None
    title_el = tree.find(".//title")
    named = [(clean_text(declared.first("headline")), "JSON-LD headline"),
             (clean_text(declared.tags.get("og:title")), "og:title"),
             (clean_text(declared.tags.get("twitter:title")), "twitter:title"),
             (clean_text(title_el.text_content()) if title_el is not None else None, "<title>")]
    named = [(value, label) for value, label in named if value]
    # Each (text, is the site) once, in page order: lost() keeps only the first of a text
    # anyway, and comparing each <h1> with every one kept is quadratic on pages of 10 000 <h1>s.
    h1_texts = list(dict.fromkeys(
        (h1.text, h1.logo or is_site(h1.text, sites))
        for h1 in (printed_h1s(tree) if printed is None else printed) if h1.text))
    target = norm(chosen)
    agree = [label for value, label in named if norm(value) == target]
    agree += [f"{label} without the site name" for value, label in named
              if norm(value) != target and norm(strip_site(value, sites)) == target]
    h1 = next((text for text, site in h1_texts if not site and target and target in norm(text)), None)
    if h1 is not None:
        source = "<h1>" if norm(h1) == target else "<h1> without the site name or label"
        detail = "the printed headline" + (f"; agrees with {', '.join(agree)}" if agree else
                                           "; no declared title says the same")
    elif agree:
        source, detail = agree[0], (f"agrees with {', '.join(agree[1:])}" if agree[1:] else "")
    else:
        source, detail = "declared title", ""
    same = lambda a, b: norm(a) == norm(b) or norm(strip_site(a, sites)) == norm(b)  # noqa: E731
    # same(text, chosen) with chosen's words read once (not once per <h1>).
    prints_chosen = lambda text: bool(chosen) and (  # noqa: E731
        norm(text) == target or norm(strip_site(text, sites)) == target)
    other = "another <h1>" if h1 is not None else "the declared title is preferred"
    rejected = [*_lost_h1s([t for t, site in h1_texts if not site], prints_chosen, other),
                *_lost_h1s([t for t, site in h1_texts if site], chosen.__eq__, "the site's name or logo"),
                *lost(named, chosen, "the printed <h1> is preferred" if h1 is not None else f"read after {source}",
                      same=same)]
    return FieldSource(source, detail, tuple(rejected))


def _lost_h1s(texts: list[str], is_chosen: Callable[[str], bool], why: str) -> tuple[Candidate, ...]:
    """lost() for <h1> texts (those ``is_chosen`` does not take for the chosen title), with
    the texts already kept in a set: lost() compares each with every one kept, which is
    quadratic on a page of 10 000 different <h1>s."""
    out: list[Candidate] = []
    kept: set[str] = set()
    for text in texts:
        if text and not is_chosen(text) and text not in kept:
            kept.add(text)
            out.append(Candidate(text, "<h1>", why))
    return tuple(out)
