"""Authors of an HTML page: JSON-LD, <meta> tags, visible byline elements, then a byline
printed without markup between the headline and the story (labelled "By", or a name the
line shows to be a byline), then an author box labelled "Written by" anywhere.

Each source is read in turn and the first that names someone wins: a page that declares
its authors in JSON-LD is not second-guessed by the author boxes of related articles.
Two exceptions, both about the site credited as its own author: a person in the byline
wins over it, and a company name the page never prints as a byline is a CMS default.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from . import Candidate, FieldSource, Reading
from .html_ld import Declared, as_list
from .dates import parse_date
from .html_page import HEADLINE_BEFORE, box_texts, byline_elements, headline_texts, in_comments, is_site, squash
from .names import looks_like_name, split_byline, split_explicit_byline

_META_KEYS = ("author", "article:author", "parsely-author", "dc.creator", "dc.creator.author", "sailthru.author",
              "byl", "citation_author", "dcterms.creator")
# The byline elements (rel/itemprop "author", "byline"/"author" classes, not "authority"
# or "authorization") are found by html_scan.py, which also says which sit in a comment
# thread or a reply form: names there are readers, not authors.
# "author-bio"/"about-author" boxes hold a paragraph about the person; the name inside
# them is found through the short elements.
_LABEL = re.compile(r"^\s*(?:(?:written|posted|published|reviewed|edited|reported|words|story|text)\s+)?by(?:\s*:\s*|\s+)"
                    r"|^\s*(?:view|see)\s+(?:all\s+)?(?:posts|articles|stories)\s+by\s+"
                    r"|^\s*(?:author|authors|autor|auteur|writer)\s*:\s*", re.I)
_LABEL_ONLY = re.compile(r"^\W*(?:(?:written|posted|published|reviewed|edited|article|words|story)\s+)?by\W*$"
                         r"|^\W*(?:author|authors|contributors?|writer)\W*$", re.I)
# "Posted byDamien Walter": a label glued by markup to the name after it, without a space.
# Only a lower-case "by" glues: "BYRON SMITH" and "Byron Smith" are names. (Not the
# text reader's glued label, which follows the name: "Jane DoeUpdated: Dec 19".)
_LABEL_GLUED_BEFORE_NAME = re.compile(r"^\s*(?:(?i:written|posted|published)\s*)?by(?=[A-Z])")
_BY_NAME = re.compile(r"^by\s*:?\s+\S", re.I)  # "By Jane Doe", "by: Jane Doe"
# Links to an author's page: "/author/jane-doe", "/authors/jane-doe/", "/people/jane-doe".
_AUTHOR_HREF = re.compile(r"/(?:author|authors|writers?|people|contributors?|producers?|journalists?|profiles?)/[^/?#]+/?$", re.I)
# A byline runs into its date or reading time: "Jane Doe • March 12, 2025", "Jane Doe | 5 min read",
# "Jane Doe, Dec 17, 2025".
_TRAILER = re.compile(r"\s+[•·|]\s+|\s+on behalf of\b|\s+[-–—]\s+(?=\W*\d)|\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d"
                      r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)"
                      r"|,\s*(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)", re.I)
# Parts of one byline line: "Dec. 19, 2025 · Niko Matsakis", "By Jane Doe | March 4".
_LINE_PARTS = re.compile(r"\s+[•·|]\s+")
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
_BODY_WORDS = 30  # a run this long is a paragraph of the story
_BYLINE_REACH = 40  # text runs after the headline in which a printed byline is looked for
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
                        (_unlabelled_byline, "unlabelled"), (_labelled_author_box, "box")):
        found = reader(tree, sites) if reader in (_visible_authors, _labelled_author_box) else reader(tree, sites, title)
        if found.names:
            return found, how
    return _NONE, ""


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
        parts = [_cut_trailer(part) for piece in pieces[:4] for part in [piece, *_LINE_PARTS.split(piece)[1:]]]
        for piece in parts:
            names = clean_names(piece, [], strict=True)
            if names and not all(is_site(n, sites) for n in names):
                return _Found(_unique(names), (line,))
            if names and not fallback and not persons_only:
                fallback = _unique(names)  # a personal blog's byline is the site's name
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


def loose_name(text: str, sites: list[str]) -> str | None:
    """A short credit that names someone or some team, without a person's full name.

    >>> loose_name("By The Diggs Team", []), loose_name("View all posts", [])
    ('The Diggs Team', None)
    """
    text = _cut_trailer(_LABEL.sub("", _LABEL_GLUED_BEFORE_NAME.sub("", " ".join(text.split())))).strip(" ,.:;|-–—•·")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or not any(ch.isalpha() for ch in text):
        return None
    if _NOT_LOOSE.search(text) or _NOT_A_NAME.search(text) or _ROLE_WORDS.search(text) or is_site(text, sites):
        return None
    if _DOMAIN.search(text):  # "Example.com": the site's address, not a credit
        return None
    return text


def _stands_alone(link: lxml_html.HtmlElement) -> bool:
    """A link that makes up most of its line: a byline, not a person named in a sentence."""
    line = link.getparent()
    text = " ".join((line if line is not None else link).text_content().split())
    return len(text) <= 2 * len(" ".join(link.text_content().split())) + 20


def _cut_trailer(text: str) -> str:
    """ "Haley Hoekstra • March 12, 2025" -> "Haley Hoekstra": bylines run into the date."""
    return _TRAILER.split(text, maxsplit=1)[0]


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
                return _Found(_unique(names), (nodes[i - 1].owner, node.owner))
        if candidate and len(candidate) <= 120:
            names = clean_names(_cut_trailer(candidate), sites, strict=True)
            if names:
                return _Found(_unique(names), lines)
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
                any(_ROLE_WORDS.search(o) or parse_date(o) for o in others)
                or (len(after.split()) <= 4 and bool(_ROLE_WORDS.search(after)))  # "Tech Writer" below
                or any(parse_date(b) for b in beside)
                or bool(_IN_SECTION.search(node.text.strip()))
                or (i + 1 < len(nodes) and nodes[i + 1].text == "in")
            )
            if not shown_as_byline:
                continue
            if lower is None:
                lower = _lower_case_words(_PAGE_TEXTS(tree))
            if any(w.casefold() in lower for w in names[0].split()):
                continue
            return _Found(names, (node.owner,))
    return _NONE


def _lower_case_words(texts: list[str]) -> set[str]:
    """Words the page writes in lower case: common words, which names are not."""
    return {w for w in _LETTERS.findall(" ".join(texts)) if w.islower()}


_LETTERS = re.compile(r"\b[^\W\d_]+\b")


# An author box's label, on its own line or before the name: "Written by", "Article by",
# "About the author", "Author". A bare "By" is not one: below the story it credits photos,
# quotes and related stories.
_BOX_LABEL = re.compile(r"^\W*(?:(?:written|article|posted|words)\s+by|(?:about\s+the\s+)?author)\W*$", re.I)
_BOX_LABELLED_NAME = re.compile(r"^\W*(?:written|article|posted|words)\s+by\s*:?\s+(?=\S)", re.I)


_PAGE_TEXTS = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]", smart_strings=False)


def _labelled_author_box(tree: lxml_html.HtmlElement, sites: list[str]) -> _Found:
    """A name the page labels as its author anywhere outside comments: the author box
    below the story ("Written by" / "Jane Doe", "Article by Jane Doe") or a details panel
    ("Author" / "Jane Doe"). Only a person's full name counts."""
    nodes = box_texts(tree)  # the text of <body> outside scripts, comments and forms
    found: list[tuple[str, list[str]]] = []  # (label, names) in page order
    for i, text in enumerate(nodes):
        candidate, label = None, text.casefold().strip(" :")
        if _BOX_LABEL.match(text) and i + 1 < len(nodes):
            candidate = nodes[i + 1]
            if len(candidate) > 80:  # "About the author:" / "Jane Doe is a reporter who ..."
                candidate = _bio_lead(candidate) or candidate
        elif _BOX_LABELLED_NAME.match(text):
            candidate, label = text, _BOX_LABELLED_NAME.match(text).group().casefold().strip(" :")
        if candidate and len(candidate) <= 80:
            names = clean_names(_cut_trailer(candidate), sites, strict=True)
            if names:
                found.append((label, _unique(names)))
    for label, names in found:
        # One label naming different people is a list of items (books and their
        # "Author:"), not the page's author box.
        if all(other == names for other_label, other in found if other_label == label):
            return _Found(names)
    # (Read from plain strings: an author box below the story gives no line to take out.)
    return _Found(_bio_box(nodes, sites))


# A biography's first words after the name: "Jane Doe is a ...", "Jane has written ...".
_BIO_VERB = re.compile(r"^\s*(?:is|was|has|covers|writes|leads|holds|joined|specializes|specialises)\b")
# A biography that begins with a full name: "Jane Doe is a reporter who ...".
_BIO_LEAD = re.compile(r"^((?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+)\s+(?:is|was|has)\s")
# Words that say a biography is about a person, not a product or company described the
# same way ("Rosetta Stone is a language app").
_PERSONAL = re.compile(r"\b(?:he|she|his|her|they|their|writer|editor|journalist|author|reporter|founder|"
                       r"expert|specialist|consultant|developer|engineer|professional|freelance|career|graduate|"
                       r"degree|background|passion|loves|lives)\b", re.I)


def _bio_lead(text: str) -> str | None:
    """The name a biography begins with: "Jane Doe is a reporter ..." -> "Jane Doe"."""
    match = _BIO_LEAD.match(text)
    return match.group(1) if match and len(text.split()) >= 8 and _PERSONAL.search(text) else None


def _bio_box(nodes: list[str], sites: list[str]) -> list[str]:
    """An author box without a label: a name on its own line, and within the next three
    lines a biography that begins with that name or its first name ("Jane Doe" / "Jane
    is a reporter who ..."). Only when one person on the page is described so: several
    are a team page or a list of people the story is about."""
    found: list[str] = []
    # Biographies that begin with a full name may stand away from the name's own line
    # (the byline under the headline, the biography at the foot of the page).
    leads = {lead for lead in map(_bio_lead, nodes) if lead}
    # Where the next line long enough for a biography (_BIO_WORDS words) is: a line with
    # none among its next three cannot be followed by one, whatever it says.
    wordy = [i for i, text in enumerate(nodes) if len(text.split()) >= _BIO_WORDS]
    next_wordy = 0
    for i, text in enumerate(nodes):
        if len(text) > 40:
            continue
        while next_wordy < len(wordy) and wordy[next_wordy] <= i:
            next_wordy += 1
        bio_follows = next_wordy < len(wordy) and wordy[next_wordy] <= i + 3
        # The name must be the whole line, and be a biography's lead or begin one of the
        # next three lines as a biography: checked on the line itself first, as clean_names
        # is costly (a page of short lines that begin alike, "cell 1" / "cell 2", would
        # ask it of every line).
        alone = text.strip(" ,.:;")
        if not alone or alone in found or (alone not in leads and not (
                bio_follows and _begins_biography(alone, nodes[i + 1: i + 4]))):
            continue
        names = clean_names(text, sites, strict=True)
        if len(names) != 1 or names[0] != alone or any(len(w) > 1 and w.isupper() for w in text.split()):
            continue  # not one name alone; "Stanford GSB" is an institution
        found.append(names[0])
    if len(found) != 1:
        return []
    # "Storage Solutions" / "Storage Solutions is a ..." is a section about a thing: its
    # words are common words the page also writes in lower case.
    lower = _lower_case_words(nodes)
    return [] if any(w.casefold() in lower for w in found[0].split()) else found


# A biography is a sentence: at least this many words.
_BIO_WORDS = 8


def _begins_biography(name: str, lines: list[str]) -> bool:
    """One of ``lines`` is a biography that begins with ``name`` or its first name
    ("Jane Doe is a ..." or "Jane is a ...")."""
    leads = (name, name.split()[0])
    return any(bio.startswith(lead + " ") and len(bio.split()) >= _BIO_WORDS and _BIO_VERB.match(bio[len(lead):])
               and _PERSONAL.search(bio) for bio in lines for lead in leads)


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
        if strict and (not looks_like_name(name) or _ROLE_WORDS.search(name)):
            continue  # page text: only a full name counts, "Senior Autos Reporter" is not one
        if not _ROLE_WORDS.sub("", name).strip(" ,.-–—|:"):
            continue  # a role alone ("Senior Reporter") after the name it describes
        name = _ROLE_WORDS.sub("", name).strip(" ,.-–—|:") if len(name.split()) > 2 else name
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


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
