"""Authors of an HTML page: JSON-LD, <meta> tags, visible byline elements, then a byline
printed without markup between the headline and the story (labelled "By", or a name the
line shows to be a byline), then an author box labelled "Written by" anywhere.

Each source is read in turn and the first that names someone wins: a page that declares
its authors in JSON-LD is not second-guessed by the author boxes of related articles.
Two exceptions, both about the site credited as its own author: a person in the byline
wins over it, and a company name the page never prints as a byline is a CMS default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from . import Candidate, FieldSource, Reading
from .html_ld import Declared, as_list
from .dates import parse_date
from .html_page import HEADLINE_BEFORE, byline_elements, headline_texts, in_comments, is_site, squash
from .html_author_box import labelled_author_box
from .html_author_names import ROLE_AND_REST, clean_names, cut_trailer, loose_name, lower_case_words, unique_names
from .names import looks_like_name, split_explicit_byline

_META_KEYS = ("author", "article:author", "parsely-author", "dc.creator", "dc.creator.author", "sailthru.author",
              "byl", "citation_author", "dcterms.creator")
# The byline elements (rel/itemprop "author", "byline"/"author" classes, not "authority"
# or "authorization") are found by html_scan.py, which also says which sit in a comment
# thread or a reply form: names there are readers, not authors.
# "author-bio"/"about-author" boxes hold a paragraph about the person; the name inside
# them is found through the short elements.
_LABEL_ONLY = re.compile(r"^\W*(?:(?:written|posted|published|reviewed|edited|article|words|story)\s+)?by\W*$"
                         r"|^\W*(?:author|authors|contributors?|writer)\W*$", re.I)
_BY_NAME = re.compile(r"^by\s*:?\s+\S", re.I)  # "By Jane Doe", "by: Jane Doe"
# Links to an author's page: "/author/jane-doe", "/authors/jane-doe/", "/people/jane-doe".
_AUTHOR_HREF = re.compile(r"/(?:author|authors|writers?|people|contributors?|producers?|journalists?|profiles?)/[^/?#]+/?$", re.I)
# Parts of one byline line: "Dec. 19, 2025 · Niko Matsakis", "By Jane Doe | March 4".
_LINE_PARTS = re.compile(r"\s+[•·|]\s+")
_BODY_WORDS = 30  # a run this long is a paragraph of the story
_BYLINE_REACH = 40  # text runs after the headline in which a printed byline is looked for


def choose_authors(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                   title: str | None = None, sources: dict[str, FieldSource] | None = None) -> list[str]:
    """The page's authors; with ``sources``, also where they came from (``sources["authors"]``)."""
    reading = read_authors(tree, declared, sites, title)
    if sources is not None and reading.source is not None:
        sources["authors"] = reading.source
    return reading.value or []


def read_authors(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                 title: str | None = None) -> Reading[list[str]]:
    """The page's authors, where they came from, and the byline the page prints them in:
    the element or text runs they were read from, or, for declared authors, the byline
    element or the run near the headline that prints one of them."""
    found, how = _choose_authors(tree, declared, sites, title)
    if not found.names:
        return Reading(None)
    return Reading(found.names, _explain(tree, declared, sites, found.names, how), found.lines)


@dataclass(frozen=True)
class _Found:
    """Names an author reader found, and the elements it read them from."""

    names: list[str]
    lines: tuple[lxml_html.HtmlElement, ...] = ()


_NONE = _Found([])


def _choose_authors(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str],
                    title: str | None) -> tuple[_Found, str]:
    """The authors and which reader found them (a key of _SOURCES)."""
    for names, how in ((_ld_authors(declared, sites), "ld"), (_meta_authors(declared, sites), "meta")):
        if names:
            printed: tuple[lxml_html.HtmlElement, ...] | None = ()  # where the page prints them
            if all(is_site(name, sites) for name in names):
                # The site credited as its own author, while the byline names a person:
                # the CMS filled in the publisher, the page shows who wrote it.
                shown = _visible_authors(tree, sites, persons_only=True)
                if shown.names:
                    return shown, "element"
                if not any(looks_like_name(n) for n in names) and (printed := _printed_at(names, tree, title)) is None:
                    break  # a company's name the page never prints as a byline: a CMS default
            elif (printed := _printed_at(names, tree, title)) is None:
                # The declared person appears nowhere near the headline, while the page
                # prints "By" and someone else there: the CMS account that posted the
                # story (an editor, a login) is declared, the printed byline is the writer.
                shown = _printed_byline(tree, sites, title)
                if shown.names and all(looks_like_name(n) for n in shown.names) \
                        and not _same_people(shown.names, names):
                    return shown, "printed"
            return _Found(names, printed or ()), how
    for reader, how in ((_visible_authors, "element"), (_printed_byline, "printed"),
                        (_unlabelled_byline, "unlabelled"), (_author_box, "box")):
        found = reader(tree, sites) if reader in (_visible_authors, _author_box) else reader(tree, sites, title)
        if found.names:
            return found, how
    return _NONE, ""


def _author_box(tree: lxml_html.HtmlElement, sites: list[str]) -> _Found:
    """The name of an author box (html_author_box.py), read from plain strings: an author
    box below the story gives no line to take out."""
    return _Found(labelled_author_box(tree, sites))


# Labels of the author readers, for the explanation.
_SOURCES = {"ld": "JSON-LD author", "meta": "<meta> author", "element": "byline element",
            "printed": "byline printed under the headline", "unlabelled": "name printed beside the headline",
            "box": "author box"}


def _explain(tree: lxml_html.HtmlElement, declared: Declared, sites: list[str], names: list[str],
             how: str) -> FieldSource:
    """Where the chosen ``names`` came from, and the declared names that lost."""
    source, detail = _SOURCES[how], ""
    if how == "ld":
        node = next((a for a in declared.articles if as_list(a.get("author")) or as_list(a.get("creator"))), {})
        kinds = "/".join(str(k) for k in as_list(node.get("@type"))) or "untyped node"
        people = [declared.resolve(a) for a in as_list(node.get("author")) or as_list(node.get("creator"))]
        person = next((a for a in people if isinstance(a, dict)), None)
        source += f" ({'/'.join(str(k) for k in as_list(person.get('@type'))) or 'untyped'})" if person else " (text)"
        detail = f"the {kinds} node's {'author' if as_list(node.get('author')) else 'creator'}"
    elif how == "meta":
        key = next((k for k in (*_META_KEYS, "twitter:data1") if any(
            names[0] in clean_names(v, []) for v in declared.tag_lists.get(k, []))), None)
        source = f"<meta {key}>" if key else source
    elif how == "element":
        element = next((e for e in byline_elements(tree)
                        if names[0] in " ".join(e.text_content().split())), None)
        if element is not None:
            source += " " + _describe(element)
    rejected = []
    declared_names = [(", ".join(_ld_authors(declared, sites)), "JSON-LD author"),
                      (", ".join(_meta_authors(declared, sites)), "<meta> author")]
    chosen = ", ".join(names)
    for value, label in declared_names:
        if not value or value == chosen:
            continue
        why = ("the site's own name" if all(is_site(n, sites) for n in value.split(", "))
               else "read after JSON-LD" if how == "ld" else "not printed on the page, which prints another byline")
        rejected.append(Candidate(value, label, why))
    return FieldSource(source, detail, tuple(rejected))


def _describe(element: lxml_html.HtmlElement) -> str:
    """ "span.author", "a[rel=author]", "div[itemprop=author]": how to find the element."""
    for attribute in ("rel", "itemprop"):
        if "author" in (element.get(attribute) or ""):
            return f"{element.tag}[{attribute}={element.get(attribute)}]"
    classes = [c for c in (element.get("class") or "").split() if "author" in c.lower() or "byline" in c.lower()]
    return f"{element.tag}.{classes[0]}" if classes else str(element.tag)


def _same_people(shown: list[str], declared: list[str]) -> bool:
    """Whether a printed name and a declared one may be one person: a word of the printed
    name inside the declared names ("Maria Lopez" printed, "mlopez" declared).

    >>> _same_people(["Maria Lopez"], ["mlopez"]), _same_people(["Maria Lopez"], ["SamC"])
    (True, False)
    """
    squashed = " ".join(squash(n) for n in declared)
    return any(len(w) >= 3 and squash(w) in squashed for n in shown for w in n.split())


def _printed_at(names: list[str], tree: lxml_html.HtmlElement,
                title: str | None) -> tuple[lxml_html.HtmlElement, ...] | None:
    """The byline element, or else the element of the text run near the headline, that
    prints one of ``names``; None when the page prints none of them there."""
    wanted = [n.casefold() for n in names]
    for element in byline_elements(tree):
        text = " ".join(element.text_content().split()).casefold()
        if any(n in text for n in wanted):
            return (element,)
    texts = headline_texts(tree, title, _BYLINE_REACH)
    if texts.anchor is None:
        return None
    # The runs just above the headline too (a printed author over it): as many as headline_texts keeps.
    nearby = texts.nodes[max(0, texts.anchor - HEADLINE_BEFORE): texts.anchor + _BYLINE_REACH + 1]
    return next(((node.owner,) for node in nearby if any(n in node.text.casefold() for n in wanted)), None)


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
            return unique_names(names)
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
            return unique_names(names)
    return []


def _visible_authors(tree: lxml_html.HtmlElement, sites: list[str], persons_only: bool = False) -> _Found:
    """A person's name in a byline element; failing that, the site's own name or another
    credit in the first byline element that holds nothing but a name ("Podium Staff",
    "Kaspersky", "MixmasterFred"): a page that prints it in its byline credits it. A
    person is looked for first because a site-wide author box often precedes the byline."""
    fallback: list[str] = []
    fallback_line: tuple[lxml_html.HtmlElement, ...] = ()
    for line in byline_elements(tree):
        if in_comments(line):
            continue
        name_el = line.xpath('.//*[@itemprop="name"]')
        element = name_el[0] if name_el else line
        if len(" ".join(element.text_content().split())) > 200:  # indentation does not count
            continue  # an author box with a biography, or a whole header
        # Text nodes one by one: "By" <a>Jane Doe</a> <span>Senior Editor</span> reads
        # as three pieces, where text_content() would glue "ByJane DoeSenior Editor".
        pieces = [" ".join(t.split()) for t in element.xpath(".//text()[not(ancestor::script or ancestor::style)]")]
        pieces = [p for p in pieces if p and not _LABEL_ONLY.match(p)]
        parts = [cut_trailer(part) for piece in pieces[:4] for part in [piece, *_LINE_PARTS.split(piece)[1:]]]
        for piece in parts:
            names = clean_names(piece, [], strict=True)
            if names and not all(is_site(n, sites) for n in names):
                return _Found(unique_names(names), (line,))
            if names and not fallback and not persons_only:
                fallback = unique_names(names)  # a personal blog's byline is the site's name
        if not fallback and len(pieces) == 1 and not persons_only:
            loose = loose_name(pieces[0], [])
            fallback = [loose] if loose else []
        if not fallback and not persons_only:
            # A link to the writer's own page credits a first name or handle alone ("Amara").
            for link in element.iter("a"):
                if _AUTHOR_HREF.search(link.get("href") or ""):
                    fallback = [n for n in split_explicit_byline(" ".join(link.text_content().split()))
                                if not is_site(n, sites)][:1]
                    break
        if fallback and not fallback_line:
            fallback_line = (line,)
    return _Found(fallback, fallback_line)



def _stands_alone(link: lxml_html.HtmlElement) -> bool:
    """A link that makes up most of its line: a byline, not a person named in a sentence."""
    line = link.getparent()
    text = " ".join((line if line is not None else link).text_content().split())
    return len(text) <= 2 * len(" ".join(link.text_content().split())) + 20



def _printed_byline(tree: lxml_html.HtmlElement, sites: list[str], title: str | None) -> _Found:
    """A byline printed without byline markup, found between the headline and the story:
    a "By"/"Written by"/"Author" label and the name after it, "By Jane Doe" in one run, or
    a link to an author page ("/author/jane-doe") whose text is the name."""
    texts = headline_texts(tree, title, _BYLINE_REACH)
    if texts.anchor is None:
        return _NONE
    nodes = texts.nodes[texts.anchor: texts.anchor + _BYLINE_REACH + 1]
    for i, node in enumerate(nodes):
        if len(node.text.split()) >= _BODY_WORDS:
            break  # the story has begun: names below it are people it mentions
        if node.in_comments:
            continue
        candidate, lines = None, (node.owner,)
        if _LABEL_ONLY.match(node.text) and i + 1 < len(nodes):
            candidate, lines = nodes[i + 1].text, (node.owner, nodes[i + 1].owner)
        elif _BY_NAME.match(node.text):
            candidate = node.text
        elif node.owner.tag == "a" and _AUTHOR_HREF.search(node.owner.get("href") or "") and _stands_alone(node.owner):
            candidate = node.text
        if i and _LABEL_ONLY.match(nodes[i - 1].text) and node.owner.tag == "a" \
                and _AUTHOR_HREF.search(node.owner.get("href") or ""):
            # "by" and a link to the author's page: the page says this is a name, even a
            # first name or a handle alone ("by Amanda").
            names = [n for n in split_explicit_byline(node.text) if not is_site(n, sites)]
            if names:
                return _Found(unique_names(names), (nodes[i - 1].owner, node.owner))
        if candidate and len(candidate) <= 120:
            names = clean_names(cut_trailer(candidate), sites, strict=True)
            if names:
                return _Found(unique_names(names), lines)
    return _NONE


# How close to the headline an unlabelled name must be printed, in text runs.
_UNLABELLED_BEFORE = 3
_UNLABELLED_AFTER = 8
_IN_SECTION = re.compile(r"\s+in$")  # "Mahua Das in" <a>Project Management</a>


def _unlabelled_byline(tree: lxml_html.HtmlElement, sites: list[str], title: str | None) -> _Found:
    """A name printed beside the headline without "By" or byline markup, that the line
    shows to be a byline: "Jane Doe | Senior Writer | July 2, 2025", a name next to the
    date, "Jane Doe in <section>". The name's words must not be common words of the page
    (written in lower case somewhere in it): "Cloud Computing" beside a date is a tag."""
    texts = headline_texts(tree, title, _UNLABELLED_AFTER + 2)
    if texts.anchor is None:
        return _NONE
    start = max(0, texts.anchor - _UNLABELLED_BEFORE)
    nodes = texts.nodes[start: texts.anchor + _UNLABELLED_AFTER + 1]
    anchor = texts.anchor - start
    lower: set[str] | None = None
    for i, node in enumerate(nodes):
        if i == anchor or node.in_comments:
            continue
        if i > anchor and len(node.text.split()) >= _BODY_WORDS:
            break  # the story has begun
        link = node.owner if node.owner.tag == "a" else next(node.owner.iterancestors("a"), None)
        if link is not None and link.get("href") and not _AUTHOR_HREF.search(link.get("href")):
            continue  # a link to a category, a tag or the home page
        if sum(1 for other in nodes if other.text == node.text) > 1:
            continue  # printed twice side by side: a menu's label and its hover copy
        parts = _LINE_PARTS.split(node.text)
        for k, part in enumerate(parts):
            part = _IN_SECTION.sub("", part.strip())
            names = clean_names(part, sites, strict=True)
            if len(names) != 1 or names[0] != part.strip(" ,.:;"):
                continue
            others = parts[:k] + parts[k + 1:]
            beside = [n.text for n in nodes[max(0, i - 2): i + 3] if n is not node and len(n.text) <= 40]
            after = nodes[i + 1].text if i + 1 < len(nodes) else ""
            shown_as_byline = (
                any(ROLE_AND_REST.search(o) or parse_date(o) for o in others)
                or (len(after.split()) <= 4 and bool(ROLE_AND_REST.search(after)))  # "Tech Writer" below
                or any(parse_date(b) for b in beside)
                or bool(_IN_SECTION.search(node.text.strip()))
                or (i + 1 < len(nodes) and nodes[i + 1].text == "in")
            )
            if not shown_as_byline:
                continue
            if lower is None:
                lower = lower_case_words(_PAGE_TEXTS(tree))
            if any(w.casefold() in lower for w in names[0].split()):
                continue
            return _Found(names, (node.owner,))
    return _NONE




_PAGE_TEXTS = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]", smart_strings=False)



