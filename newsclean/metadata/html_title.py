"""The headline of an HTML page: the printed <h1> when the page's declared titles agree
with it, else the declared title without the site name ("Headline | Site")."""
from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from . import Candidate, FieldSource, Reading, lost
from .html_ld import Declared

# Separators between a headline and a site name. A colon is not one: headlines use it.
_SEPARATORS = re.compile(r"\s+[|\-–—·•»/:]{1,2}\s+|\s*\|\s*|\s+::\s+")
_WORDS = re.compile(r"\w+")
# A UTF-8 lead byte read as a Latin-1/cp1252 character, then a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _squash(text: str) -> str:
    return "".join(_WORDS.findall(text.casefold())).replace("_", "")


def url_host(url: str | None) -> str | None:
    """The host name in ``url``; None when there is none or the URL is malformed
    ("http://[::1" made urlsplit raise ValueError)."""
    try:
        return urlsplit(url or "").hostname
    except ValueError:
        return None


def site_names(declared: Declared, url: str | None) -> list[str]:
    """Names the site goes by: og:site_name, the publisher, application-name, the domain."""
    names = [declared.tags.get("og:site_name"), declared.tags.get("application-name"),
             declared.tags.get("apple-mobile-web-app-title")]
    for node in declared.articles:
        publisher = node.get("publisher")
        publisher = declared.resolve(publisher[0] if isinstance(publisher, list) and publisher else publisher)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    names.extend(declared.website_names)
    host = url_host(url) or ""
    labels = [p for p in host.split(".") if p not in ("www", "m", "amp", "blog", "news")]
    if labels:
        names.append(labels[0] if len(labels) == 1 else labels[-2] if len(labels[-1]) <= 3 else labels[0])
        names.append(".".join(labels))
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def _is_site(part: str, sites: list[str]) -> bool:
    squashed = _squash(part)
    if not squashed:
        return True
    for site in sites:
        other = _squash(site)
        if other and (squashed == other or (len(other) >= 4 and squashed.startswith(other) and len(squashed) - len(other) <= 4)
                      or (len(squashed) >= 4 and other.startswith(squashed) and len(part.split()) <= 4)):
            return True
    return False


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
    while end - start > 1 and _is_site(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and _is_site(parts[start], sites):
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


def clean_text(text: str | None) -> str | None:
    if not isinstance(text, str):
        return None
    if "<" in text or "&" in text:
        try:
            text = lxml_html.fromstring(f"<span>{text}</span>").text_content()
        except Exception:  # not markup after all: keep the text as given
            pass
    text = " ".join(_repair_mojibake(text).split())
    return text or None


def _repair_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1: "Investorâ\x80\x99s" -> "Investor’s". Only text that has the
    telltale byte pairs and decodes cleanly back is changed."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def _h1s(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's <h1> texts, without the ones that are the site's logo."""
    out = []
    for h1 in tree.iter("h1"):
        text = _repair_mojibake(" ".join(h1.text_content().split()))
        if "&#" in text:  # "&#x26;" escaped twice by the CMS ("<br>" as text stays text)
            text = clean_text(text) or text
        if 3 <= len(text) <= 300 and not _is_logo(h1):
            out.append(text)
    return out


def _is_logo(h1: lxml_html.HtmlElement) -> bool:
    """An <h1> that links home ("/", "/blog/", the bare domain) is the site's name in the
    page header, even when it reads like a person's name or a phrase."""
    links = list(h1.iter("a")) + [a for a in h1.iterancestors("a")]
    return any(_HOME.match(a.get("href") or "-") for a in links)


def read_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str]) -> Reading[str]:
    """The headline, where it came from, and the <h1> that prints it (its line)."""
    title = choose_title(tree, declared, sites)
    return Reading(title, explain_title(tree, declared, sites, title), _printed_title(tree, sites, title))


def _printed_title(tree: lxml_html.HtmlElement, sites: list[str], title: str | None) -> tuple[lxml_html.HtmlElement, ...]:
    """The first <h1> that prints ``title`` (alone, or with the site's name), not the logo."""
    target = norm(title) if title else ""
    if not target:
        return ()
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if (norm(text) == target or norm(strip_site(text, sites)) == target) and not _is_logo(h1):
            return (h1,)
    return ()


def choose_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str]) -> str | None:
    raw_titles = declared_titles(tree, declared)
    stripped = [strip_site(c, sites) for c in raw_titles]
    wanted = {norm(c) for c in raw_titles + stripped}
    h1s = [_without_label(h, wanted) for h in _h1s(tree)]
    h1s = [h for h in h1s if norm(h) and not _is_site(h, sites) and not _names_the_blog(h, raw_titles)]
    for h1 in h1s:
        n = norm(h1)
        # The h1 is the declared title, or one part of "Headline | Site".
        match = next((s for s in stripped if norm(s) == n), None)
        # ... or the printed headline is the larger part of a longer declared one
        # ("15 Critical Tips for X" declared, "Tips for X" printed).
        if match is None and not (n in wanted or any(n in norm(c) and len(n) > 0.4 * len(norm(c)) for c in raw_titles)):
            continue
        if h1.isupper() and match and not match.isupper():
            return match  # CSS capitals typed into the markup; the declared title has the real case
        if match and _same_but_damaged(h1, match):
            return match
        if match is None:
            parts = [p for p in _SEPARATORS.split(h1) if p.strip()]
            if len(parts) >= 2 and _is_site(parts[-1], sites):
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
    if h1.isupper() and not declared_title.isupper() and _squash(h1) == _squash(declared_title):
        return True
    return (len(h1) == len(declared_title) and any(c in "?\ufffd" for c in h1)
            and all(a == b or a in "?\ufffd" for a, b in zip(h1, declared_title)))


def _names_the_blog(h1: str, raw_titles: list[str]) -> bool:
    """ "RogerBW's Blog" printed, "RogerBW's Blog: Advent of Code week 2" declared, and
    "Advent of Code week 2" declared too: the <h1> is the blog's name before the post's."""
    n = norm(h1)
    others = {norm(t) for t in raw_titles}
    for title in raw_titles:
        head, sep, rest = title.partition(":")
        if sep and norm(head) == n and norm(rest) and norm(rest) in others:
            return True
    return False


# A page with this many <h1>s (after logos) uses them for section headings (tune split).
_MANY_H1S = 3
# Links to the site's front page or a section front: "/", "/blog/", "index.html",
# "https://example.com/", "home".
_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+|home|blog/?)?$|^https?://[^/]+/?$", re.I)


def _is_label(text: str) -> bool:
    """An <h1> that names a section or the blog, not the story: "Blog", "Our BLOG", "News"."""
    return len(text.split()) <= 2 and bool(re.search(r"\b(?:blog|news|articles?|posts?|home|menu|resources?)\b", text, re.I))


@dataclass(frozen=True)
class TextNode:
    """One non-empty run of page text and the element it is printed in."""

    text: str
    owner: lxml_html.HtmlElement


@dataclass(frozen=True)
class HeadlineTexts:
    """The page's text runs in reading order, up to ``after`` runs past the headline, and
    the index of the headline's first run (None, and no runs, when no run is the headline)."""

    nodes: list[TextNode]
    anchor: int | None


# The page's text, as the readers see it: every text node in <body> outside scripts.
_TEXT_RUNS = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# Plain strings, without the element proxies lxml makes for "smart" strings: the cheap pass.
_RUN_STRINGS = etree.XPath(_TEXT_RUNS, smart_strings=False)
_H1_STRINGS = etree.XPath(_TEXT_RUNS + "[ancestor::h1]", smart_strings=False)
# How many text nodes precede the $n-th text node inside an <h1>: its index among _TEXT_RUNS.
_BEFORE_H1_RUN = etree.XPath(f"count(({_TEXT_RUNS}[ancestor::h1])[$n]/preceding::text()"
                             "[ancestor::body][not(ancestor::script or ancestor::style or ancestor::noscript)])")
_FIRST_RUNS = etree.XPath(f"({_TEXT_RUNS})[position() <= $n]")

# One page's headline texts, shared by the title, author and date readers while
# read_html_metadata reads that page (shared_headlines): the walk is made once, not per field.
_SHARED: contextvars.ContextVar[tuple[lxml_html.HtmlElement, dict[str | None, tuple[int, HeadlineTexts]]] | None] = \
    contextvars.ContextVar("newsclean_shared_headlines", default=None)


@contextmanager
def shared_headlines(tree: lxml_html.HtmlElement) -> Iterator[None]:
    """While open, headline_texts on ``tree`` walks the page once per title and reuses it."""
    token = _SHARED.set((tree, {}))
    try:
        yield
    finally:
        _SHARED.reset(token)


def headline_texts(tree: lxml_html.HtmlElement, title: str | None, after: int) -> HeadlineTexts:
    """Text runs of the page up to ``after`` runs past the headline.

    The headline is the <h1> that holds the chosen title, else the first <h1>: a logo or
    section <h1> comes before the story's on many pages. A page without <h1> may still
    print the title as a line of its own; that line is the headline then. Dates and bylines are printed
    within a few runs of it, which is how the date and author readers anchor to it.
    """
    shared = _SHARED.get()
    if shared is None or shared[0] is not tree:
        return _walk_to_headline(tree, title, after)
    reach, texts = shared[1].get(title, (-1, None))
    if texts is None or reach < after:
        texts = _walk_to_headline(tree, title, after)
        shared[1][title] = (after, texts)
        return texts
    if texts.anchor is None:
        return texts
    return HeadlineTexts(texts.nodes[:texts.anchor + after + 1], texts.anchor)


def _walk_to_headline(tree: lxml_html.HtmlElement, title: str | None, after: int) -> HeadlineTexts:
    wanted = " ".join(title.split())[:40].casefold() if title else None
    limit = _walk_limit(tree, wanted, after)
    if limit == 0:
        return HeadlineTexts([], None)
    nodes: list[TextNode] = []
    anchor = first_h1 = same_text = None
    for node in _FIRST_RUNS(tree, n=limit):
        text = " ".join(str(node).split())
        owner = node.getparent()
        if not text or owner is None:
            continue
        if node.is_tail:
            owner = owner.getparent()
            if owner is None:
                continue
        if anchor is None and (owner.tag == "h1" or next(owner.iterancestors("h1"), None) is not None):
            first_h1 = len(nodes) if first_h1 is None else first_h1
            if wanted and text.casefold()[:40] in wanted:
                anchor = len(nodes)
        elif same_text is None and wanted and len(text) >= 10 and text.casefold()[:40] == wanted[:40]:
            same_text = len(nodes)  # the headline printed in a <p> or <div> on a page without <h1>
        nodes.append(TextNode(text, owner))
        if anchor is not None and len(nodes) > anchor + after:
            break
    if anchor is None:
        anchor = first_h1 if first_h1 is not None else same_text
    if anchor is None:
        return HeadlineTexts([], None)
    return HeadlineTexts(nodes[:anchor + after + 1], anchor)


def _walk_limit(tree: lxml_html.HtmlElement, wanted: str | None, after: int) -> int:
    """How many of the page's text nodes the walk must read to reach ``after`` runs past
    the headline (0: the page has no headline), found on plain strings, so that the walk
    makes element proxies for the nodes up to the headline only, not for the whole page."""
    h1_runs = [" ".join(text.split()) for text in _H1_STRINGS(tree)]
    h1_index = next((i for i, run in enumerate(h1_runs) if run and wanted and run.casefold()[:40] in wanted), None)
    if h1_index is None:  # no <h1> holds the title: the first <h1> is the headline
        h1_index = next((i for i, run in enumerate(h1_runs) if run), None)
    strings = _RUN_STRINGS(tree)
    if h1_index is not None:
        start = int(_BEFORE_H1_RUN(tree, n=h1_index + 1))
    else:  # no <h1>: the headline is a run that is the title, if any
        if not wanted:
            return 0
        start = next((i for i, text in enumerate(strings) if (run := " ".join(text.split()))
                      and len(run) >= 10 and run.casefold()[:40] == wanted[:40]), None)
        if start is None:
            return 0
    past = -1  # runs read past the headline's
    for i in range(start, len(strings)):
        if strings[i].split():
            past += 1
            if past == after:
                return i + 1
    return len(strings)


def explain_title(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                  chosen: str | None) -> FieldSource | None:
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
    printed = list(dict.fromkeys(
        (text, _is_logo(h1) or _is_site(text, sites))
        for h1 in tree.iter("h1") if (text := " ".join(h1.text_content().split()))))
    target = norm(chosen)
    agree = [label for value, label in named if norm(value) == target]
    agree += [f"{label} without the site name" for value, label in named
              if norm(value) != target and norm(strip_site(value, sites)) == target]
    h1 = next((text for text, site in printed if not site and target and target in norm(text)), None)
    if h1 is not None:
        source = "<h1>" if norm(h1) == target else "<h1> without the site name or label"
        detail = "the printed headline" + (f"; agrees with {', '.join(agree)}" if agree else
                                           "; no declared title says the same")
    elif agree:
        source, detail = agree[0], (f"agrees with {', '.join(agree[1:])}" if agree[1:] else "")
    else:
        source, detail = "declared title", ""
    same = lambda a, b: norm(a) == norm(b) or norm(strip_site(a, sites)) == norm(b)  # noqa: E731
    other = "another <h1>" if h1 is not None else "the declared title is preferred"
    rejected = [*_lost_h1s([t for t, site in printed if not site], chosen, other, same),
                *_lost_h1s([t for t, site in printed if site], chosen, "the site's name or logo", str.__eq__),
                *lost(named, chosen, "the printed <h1> is preferred" if h1 is not None else f"read after {source}",
                      same=same)]
    return FieldSource(source, detail, tuple(rejected))


def _lost_h1s(texts: list[str], chosen: str, why: str, same: Callable[[str, str], bool]) -> tuple[Candidate, ...]:
    """lost() for <h1> texts, with the texts already kept in a set: lost() compares each
    with every one kept, which is quadratic on a page of 10 000 different <h1>s."""
    out: list[Candidate] = []
    kept: set[str] = set()
    for text in texts:
        if text and not (chosen and same(text, chosen)) and text not in kept:
            kept.add(text)
            out.append(Candidate(text, "<h1>", why))
    return tuple(out)
