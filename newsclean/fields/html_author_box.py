"""An author box anywhere on the page, outside comments: a name labelled as the page's
author ("Written by" / "Jane Doe", "Article by Jane Doe", "Author" / "Jane Doe"), or,
without a label, one name on its own line that a biography below it begins with ("Jane Doe"
/ "Jane is a reporter who ..."). The last author reader of html_authors.py.
"""
from __future__ import annotations

import re

from lxml import html as lxml_html

from .html_author_names import clean_names, cut_trailer, lower_case_words, unique_names
from .html_page import box_texts

# An author box's label, on its own line or before the name: "Written by", "Article by",
# "About the author", "Author". A bare "By" is not one: below the story it credits photos,
# quotes and related stories.
_BOX_LABEL = re.compile(r"^\W*(?:(?:written|article|posted|words)\s+by|(?:about\s+the\s+)?author)\W*$", re.I)
_BOX_LABELLED_NAME = re.compile(r"^\W*(?:written|article|posted|words)\s+by\s*:?\s+(?=\S)", re.I)


def labelled_author_box(tree: lxml_html.HtmlElement, sites: list[str]) -> list[str]:
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
            names = clean_names(cut_trailer(candidate), sites, strict=True)
            if names:
                found.append((label, unique_names(names)))
    for label, names in found:
        # One label naming different people is a list of items (books and their
        # "Author:"), not the page's author box.
        if all(other == names for other_label, other in found if other_label == label):
            return names
    # (Read from plain strings: an author box below the story gives no line to take out.)
    return bio_box(nodes, sites)


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


def bio_box(nodes: list[str], sites: list[str]) -> list[str]:
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
    lower = lower_case_words(nodes)
    return [] if any(w.casefold() in lower for w in found[0].split()) else found


# A biography is a sentence: at least this many words.
_BIO_WORDS = 8


def _begins_biography(name: str, lines: list[str]) -> bool:
    """One of ``lines`` is a biography that begins with ``name`` or its first name
    ("Jane Doe is a ..." or "Jane is a ...")."""
    leads = (name, name.split()[0])
    return any(bio.startswith(lead + " ") and len(bio.split()) >= _BIO_WORDS and _BIO_VERB.match(bio[len(lead):])
               and _PERSONAL.search(bio) for bio in lines for lead in leads)
