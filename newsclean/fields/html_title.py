"""The headline of an HTML page: the printed <h1> when the page's declared titles agree
with it, else the declared title without the site name ("Headline | Site")."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
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



@dataclass(frozen=True)
class PrintedH1s:
    """The page's <h1>s in order, each read once: their texts with spaces folded, and the
    positions of those that are the site's logo.

    Two lists rather than an object per <h1> holding its element: on a page of 19,000
    <h1>s those objects and element proxies were about 3 MiB more held while the title was
    read (tracemalloc). The one <h1> that prints the title is found again by its position.
    """

    texts: list[str]
    logos: frozenset[int]

    def element(self, tree: lxml_html.HtmlElement, position: int) -> lxml_html.HtmlElement:
        return next(islice(tree.iter("h1"), position, None))


def printed_h1s(tree: lxml_html.HtmlElement) -> PrintedH1s:
    """The page's <h1>s, each read once: the title readers (choose_title, explain_title,
    _printed_title) each walked every <h1> and read its text and links again, 3-4 times
    per <h1> on a page of 40,000 of them."""
    texts: list[str] = []
    logos: set[int] = set()
    for position, h1 in enumerate(tree.iter("h1")):
        texts.append(" ".join(h1.text_content().split()))
        if _is_logo(h1):
            logos.add(position)
    return PrintedH1s(texts, frozenset(logos))


class TitleH1s(NamedTuple):
    """The <h1> texts that print the chosen title (alone or with the site's name), and
    those that hold its words: each <h1>'s words read once, for the printed-title lookup
    and explain_title alike (each read every <h1> again, with the site name cut off)."""

    printing: frozenset[str]
    holding: frozenset[str]


def title_h1s(texts: list[str], sites: list[str], target: str) -> TitleH1s:
    """``target``: the title's words (norm). A text with no separator is its own text
    without the site name (strip_site), so its words are read once."""
    printing: set[str] = set()
    holding: set[str] = set()
    for text in texts:
        if not text:
            continue
        words = norm(text)
        if words == target or (_SEPARATORS.search(text) and norm(strip_site(text, sites)) == target):
            printing.add(text)
        if target and target in words:
            holding.add(text)
    return TitleH1s(frozenset(printing), frozenset(holding))


def _h1s(tree: lxml_html.HtmlElement, printed: PrintedH1s | None = None) -> list[str]:
    """The page's <h1> texts, without the ones that are the site's logo."""
    out = []
    printed = printed_h1s(tree) if printed is None else printed
    for position, text in enumerate(printed.texts):
        text = repair_mojibake(text)
        if "&#" in text:  # "&#x26;" escaped twice by the CMS ("<br>" as text stays text)
            text = clean_text(text) or text
        if 3 <= len(text) <= 300 and position not in printed.logos:
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
    if title is None:
        return Reading(None, None, ())
    found = title_h1s(printed.texts, sites, norm(title))
    return Reading(title, explain_title(tree, declared, sites, title, printed, found),
                   _printed_title(tree, printed, title, found))


def _printed_title(tree: lxml_html.HtmlElement, printed: PrintedH1s, title: str | None,
                   found: TitleH1s) -> tuple[lxml_html.HtmlElement, ...]:
    """The first <h1> that prints ``title`` (alone, or with the site's name), not the logo."""
    if not (norm(title) if title else ""):
        return ()
    for position, text in enumerate(printed.texts):
        if text in found.printing and position not in printed.logos:
            return (printed.element(tree, position),)
    return ()


def choose_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                 printed: PrintedH1s | None = None) -> str | None:
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
                  chosen: str | None, printed_h1: PrintedH1s | None = None,
                  found: TitleH1s | None = None) -> FieldSource | None:
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
    printed = printed_h1s(tree) if printed_h1 is None else printed_h1
    target = norm(chosen)
    if found is None:
        found = title_h1s(printed.texts, sites, target)
    # Each <h1> text once, in page order, apart for the site's name and the others: a set
    # of the texts kept, not a comparison with each kept one (quadratic on pages of
    # 10,000 <h1>s), and no (text, is the site) pair held per <h1>.
    others: list[str] = []
    site_names_: list[str] = []
    seen_other: set[str] = set()
    seen_site: set[str] = set()
    h1 = None
    for position, text in enumerate(printed.texts):
        if not text:
            continue
        if position in printed.logos or is_site(text, sites):
            if text not in seen_site:
                seen_site.add(text)
                site_names_.append(text)
        elif text not in seen_other:
            seen_other.add(text)
            others.append(text)
            if h1 is None and text in found.holding:
                h1 = text
    del seen_other, seen_site  # not held while the candidates are made
    agree = [label for value, label in named if norm(value) == target]
    agree += [f"{label} without the site name" for value, label in named
              if norm(value) != target and norm(strip_site(value, sites)) == target]
    if h1 is not None:
        source = "<h1>" if norm(h1) == target else "<h1> without the site name or label"
        detail = "the printed headline" + (f"; agrees with {', '.join(agree)}" if agree else
                                           "; no declared title says the same")
    elif agree:
        source, detail = agree[0], (f"agrees with {', '.join(agree[1:])}" if agree[1:] else "")
    else:
        source, detail = "declared title", ""
    same = lambda a, b: norm(a) == norm(b) or norm(strip_site(a, sites)) == norm(b)  # noqa: E731
    # The same test against ``chosen`` alone: the <h1> texts that print it, read once.
    prints_chosen = lambda text: bool(chosen) and text in found.printing  # noqa: E731
    is_chosen = lambda text: bool(chosen) and text == chosen  # noqa: E731
    other = "another <h1>" if h1 is not None else "the declared title is preferred"
    lost_others, unlisted = _lost_h1s(others, prints_chosen, other)
    lost_sites, unlisted_sites = _lost_h1s(site_names_, is_chosen, "the site's name or logo")
    if unlisted + unlisted_sites:
        detail += ("; " if detail else "") + f"{unlisted + unlisted_sites:,} more <h1>s lost, not listed"
    rejected = [*lost_others, *lost_sites,
                *lost(named, chosen, "the printed <h1> is preferred" if h1 is not None else f"read after {source}",
                      same=same)]
    return FieldSource(source, detail, tuple(rejected))


# At most this many <h1>s that lost are listed, of each kind (the others, the site's
# name): an explanation of 19,000 of them is read by nobody, and on a 1 MB page of <h1>s
# they were about 3 MiB held through the body's extraction, the difference between
# meeting the memory target and not (docs/robustness.md). A development page has at most
# 24 <h1>s, so on them nothing changes.
LOST_H1S_LISTED = 100


def _lost_h1s(texts: list[str], is_chosen: Callable[[str], bool],
              why: str) -> tuple[tuple[Candidate, ...], int]:
    """lost() for <h1> texts that ``is_chosen`` does not take for the chosen title, already
    told apart (explain_title keeps them once each, in a set; lost() compares each with
    every one kept, quadratic on a page of 10,000 different <h1>s): the first
    LOST_H1S_LISTED of them, and how many more lost."""
    out: list[Candidate] = []
    unlisted = 0
    for text in texts:
        if text and not is_chosen(text):
            if len(out) < LOST_H1S_LISTED:
                out.append(Candidate(text, "<h1>", why))
            else:
                unlisted += 1
    return tuple(out), unlisted
