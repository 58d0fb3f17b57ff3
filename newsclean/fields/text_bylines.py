"""The byline of a text dump: its byline lines, and "nobody", ranked by a small learned scorer.

The lines looked at are the field window's, those under a by-label alone, the heads of
author boxes and any top line that says "By <Name>"; each is read as a byline
(text_byline_parse.py) and kept unless it names another part than the writing, ends in a
credit, has a label of another language, or its names are a weekday, a job title, a menu
or a list of categories; a desk ("Podium Staff", "Redacción Deportes") counts as one
name, unless a person's byline with a by-label is there too (_without_tag_desks). Features say where it sits and what stands beside it (text_byline_near.py); an
author-less page is a real case: the "nobody" candidate is chosen when no line beats it
by AUTHOR_MARGIN (text_field_scorers.py).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from itertools import accumulate
from operator import mul
from typing import Callable, NamedTuple

from ..model import Block
from ..learned import vector
from ..lexicon import alternation
from ..lexicon.bylines import (ALL_BYLINE_ROLES, ALL_JOB_TITLES, ALL_NAME_CONJUNCTIONS, ALL_TITLE_QUALIFIERS,
                               ALL_WRITTEN_VERBS)
from ..lexicon.dates import ALL_DATE_LABELS, ALL_PUBLISHED, ALL_UPDATED, ALL_WEEKDAYS, MONTHS, RELATIVE
from ..lexicon.function_words import ALL_FUNCTION_WORDS, languages_of
from .text_byline_not import sentence_inside, under_other_label
from .text_byline_near import (DATED, ROLE_WORDS, WORD, author_box_lines, bio_near, dated_near, headline_copy,
                               lines_under_label, menu_neighbours, next_lines, role_near)
from .text_byline_parse import (ANY_LABEL, BY_INSIDE, BY_INSIDE_LEAD, DEK_BYLINE_CHARS, EXPLICIT_BY, LABEL_AT_START,
                                LABEL_STARTS, LEADING_DATE, OTHER_ROLE, after_sentence, byline_after_sentence, byline_names,
                                WRITTEN_BY_VERB, WRITTEN_BY_VERB_LAST, capitalised_after_label, desk_name, label_fits, label_word_fits, lead_fits,
                                unglue_label, writing_segment, written_by_sentence)
from .text_field_scorers import (AUTHOR_FEATURES, AUTHOR_MARGIN, capitalised_words_common, model, name_elsewhere,
                                 names_around, place_features)
from .text_field_window import AFTER_ANCHOR, AFTER_TITLE, FIELD_LINES, field_window
from .text_line_shapes import ends_in_credit, maybe_name
from .text_title_candidates import headline_anchor

# A weekday is no part of a name ("Almanac Saturday, December 20").
_WEEKDAY_WORDS = frozenset(w.lower() for w in ALL_WEEKDAYS)
# The one-word labels of a date line and the relative days ("Updated", "Publié",
# "Stand", "Heute", "Today": RELATIVE's one-word patterns): before the date on its line,
# such a word says which date it is and names no one ("Aktualisiert 12.03.2024").
_DATE_LABEL_WORDS = frozenset(w for w in (*ALL_PUBLISHED, *ALL_UPDATED, *ALL_DATE_LABELS) if " " not in w) | frozenset(
    p[2:-2] for patterns in RELATIVE.values() for p in patterns if re.fullmatch(r"\\b[^\W\d_]+\\b", p))
# Lines from the first paragraph on where the name words are looked for in lower case
# (tune split: 15 -> 80 cut wrong authors on author-less pages from 4-6% to 3%).
COMMON_LINES = 80
# A word ending in a possessive, before another word, makes a title: "Derek Seaman's Tech Blog".
_POSSESSIVE = ("'s", "’s")
# The words a job title ends in: the last word of each of lexicon.bylines' JOB_TITLES and
# BYLINE_ROLES, but the qualifiers and desks. (Only last words: "guest" of "guest author"
# or "freelance" of "freelance writer" ends a surname, "Christopher Guest".)
_TITLE_ENDS = frozenset(phrase.split()[-1] for phrase in ALL_JOB_TITLES + ALL_BYLINE_ROLES) - frozenset(ALL_TITLE_QUALIFIERS)


class _Found(NamedTuple):
    """A byline line read."""

    block: Block
    byline: str
    names: list[str]
    explicit: bool  # an explicit "By" at its start
    inside: bool  # a "by" inside it (after a date, a label or a dek's last sentence)
    label_above: bool  # a by-label alone on the line above it
    words: int  # the words of the line read: all but a dek before the byline
    desk: bool  # names a desk, not a person ("Podium Staff")


def author_candidates(blocks: list[Block], title: int | None, anchor: int,
                      date_index: int | None) -> list[tuple[Block | None, str, list[str], list[float]]]:
    """(block, byline, names, features); the first is the "nobody" candidate."""
    nobody = vector(AUTHOR_FEATURES, {name: 1.0 if name == "nobody" else 0.0 for name in AUTHOR_FEATURES})
    out: list[tuple[Block | None, str, list[str], list[float]]] = [(None, "", [], nobody)]
    title = headline_copy(blocks, title, anchor)
    deep = _under_deep_headline(blocks, title)
    if deep:
        anchor = _deep_article_start(blocks, title, anchor)
    header = set(field_window(blocks, title, anchor)) | set(deep)
    under_label = lines_under_label(blocks[:_top_lines(blocks, title)])
    window = _byline_window(blocks, header, under_label)
    # The languages of the first paragraphs: a by-label of another language ("Door" in
    # an English page: "Door Check Gas Springs") is a word of the text, not a label.
    languages = languages_of([w for b in blocks[anchor: anchor + 8] for w in b.normalized.split()])
    # Where the page writes a word in lower case: joined only if a one-word name needs it.
    whole_page = _LowerCase(lambda: "\n".join(x.text for x in blocks), in_words_only=True)
    found = _without_tag_desks([read for i in window if (read := _read_byline_line(
        blocks, blocks[i], under_label.get(i), languages, title, date_index, whole_page)) is not None])
    found = _labelled_header_first(blocks, found, header, anchor)
    copies: dict[str, int] = {}
    for read in found:
        copies[read.byline.lower()] = copies.get(read.byline.lower(), 0) + 1
    # The page text the name words are looked up in (lower case there = a common word):
    # the window and the first paragraphs; joined once, searched only for the names' words.
    page = "\n".join([blocks[i].text for i in window] + [b.text for b in blocks[anchor : anchor + COMMON_LINES]]) if found else ""
    lower = _LowerCase(page)
    headline_words = frozenset(WORD.findall(blocks[title].text.lower())) if title is not None else frozenset()
    for rank, read in enumerate(found):
        feats = _author_features(blocks, read, rank, title, anchor, date_index, copies, lower, header, headline_words,
                                 whole_page)
        out.append((read.block, read.byline, read.names, feats))
    return out


def _under_deep_headline(blocks: list[Block], title: int | None) -> range:
    """The field window's lines around a headline that stands below the first
    FIELD_LINES lines (a page whose menus the renderer wrote one entry a line, hundreds of
    them): the byline stands under the headline wherever the headline is ("Best GPS
    Watches" / "By Jane Doe on March 12, 2026"). (field_window stops at FIELD_LINES, which
    the date reader keeps to; nothing below it is looked at for a page whose headline
    is above it.)"""
    if title is None or title + AFTER_TITLE < FIELD_LINES:
        return range(0)
    return range(max(FIELD_LINES, title - 3), min(len(blocks), title + AFTER_TITLE + 1))


def _deep_article_start(blocks: list[Block], title: int, anchor: int) -> int:
    """Where the article's paragraphs start under a deep headline (_under_deep_headline):
    the first prose line under the menu (text_title_candidates.headline_anchor, where the
    headline was looked for above) when it stands below the headline, else ``anchor``.
    (The layout's start falls back to line NO_START on such a page, far above the
    headline: every line of the window would lie "below the article's start", and a
    teaser's byline under the first paragraph, "More stories" / "Harbour ferry ..." /
    "By John Roe", would look like the header's.)"""
    start = headline_anchor(blocks, anchor)
    return start if start > title else anchor


def _top_lines(blocks: list[Block], title: int | None) -> int:
    """How many top lines a by-label alone is looked for in: FIELD_LINES, or down to the
    window under a deeper headline (_under_deep_headline)."""
    deep = _under_deep_headline(blocks, title)
    return deep.stop if deep else FIELD_LINES


def _without_tag_desks(found: list[_Found]) -> list[_Found]:
    """``found`` without the desks named with no by-label when a person's byline with
    one is there too ("By Jane Doe" / "July 4, 2025" / "Metro Desk"): the person wrote
    the article, the desk is the section the page files it under. A desk after a
    by-label ("By the Lavazza Team") is the byline's own words. (Beside a person's name
    with no label, the desk stays: a header's lines of capitalised words, "Find Care",
    would take real desks away; tune split, inscriptis: author 0.633 -> 0.625.)"""
    if not any(not f.desk and (f.explicit or f.inside or f.label_above) for f in found):
        return found
    return [f for f in found if not f.desk or f.explicit or f.inside or f.label_above]


def _labelled_header_first(blocks: list[Block], found: list[_Found], header: set[int], anchor: int) -> list[_Found]:
    """``found`` narrowed when a labelled person's byline stands in the header (above the
    article's first paragraph, where a page prints its own article's byline):
    - a labelled byline further down with no sentence about the person beside it is a
      card of another article ("By Jane Doe" / headline / "By John Roe"); an author box
      under the article (the name, then a bio) stays;
    - a word alone with no label ("GenAI" beside the date) is a tag, not the writer
      (unlabelled lines of two or more words stay: a header's capitalised lines may be
      the writer; dropping them too lost 1 page per renderer on tune);
    - one of the header byline's co-authors named again ("Dr Dieter Veldsman" heading an
      author box) is not the whole byline.
    (Tune split, author scorer retrained: author +3 to +4 pages per renderer, none
    lost, no wrong author added.)"""
    def labelled(f: _Found) -> bool:
        return f.explicit or f.inside or f.label_above

    def in_header(f: _Found) -> bool:
        return f.block.index in header and f.block.index <= anchor + AFTER_ANCHOR

    head = [f for f in found if labelled(f) and not f.desk and in_header(f)]
    if not head:
        return found
    head_bylines = [{n.lower() for n in f.names} for f in head]
    head_names = set().union(*head_bylines)

    def keep(f: _Found) -> bool:
        names = {n.lower() for n in f.names}
        if any(names < byline for byline in head_bylines):
            return False
        if names <= head_names:
            return True
        if labelled(f):
            return in_header(f) or bio_near(blocks, f.block, f.names)
        return " " in f.byline or f.desk

    return [f for f in found if f in head or keep(f)]


def _byline_window(blocks: list[Block], header: set[int], under_label: dict[int, str]) -> list[int]:
    """The lines a byline is looked for in: the header (field_window), the lines under a
    by-label alone, the heads of author boxes, and any top line that says "By <Name>" or
    "Written by <Name>". (First-character and length tests first: most lines are passed
    over without a regex.)"""
    return sorted(header.union(under_label, author_box_lines(blocks), (
        i for i, b in enumerate(blocks[:FIELD_LINES]) if len(b.text) <= 160 and _says_by(b.text)), (
        # "This post was written by Jane Doe": a sentence naming the writer, wherever it stands.
        i for i in _written_by_lines(blocks) if len(blocks[i].text) <= 200 and written_by_sentence(blocks[i].text))))


def _written_by_lines(blocks: list[Block]) -> list[int]:
    """The top lines with a verb of writing and its agent ("written by", "écrit par"):
    found with str.find of each verb in the top text (no regex over every line), each
    place mapped to its line."""
    top = [b.text for b in blocks[:FIELD_LINES]]
    # (In lower case as such a sentence writes it: "This post was written by"; a line
    # that opens with "Written by" is a by-label's, read by _says_by.)
    text = "\n".join(top)
    if not any(verb in text for verb in _WRITTEN_VERBS):
        return []
    starts = list(accumulate((len(t) + 1 for t in top), initial=0))
    lines: set[int] = set()
    for verb in _WRITTEN_VERBS:
        at = text.find(verb)
        while at >= 0:
            lines.add(bisect_right(starts, at) - 1)
            at = text.find(verb, at + 1)
    return sorted(i for i in lines if WRITTEN_BY_VERB.search(top[i]) or WRITTEN_BY_VERB_LAST.match(top[i]))


def _says_by(text: str) -> bool:
    """A top line that says "By <Name>" or "Written by <Name>", maybe after a date
    ("August 12, 2025 By The Diggs Team"), or "By" and a desk ("By the Lavazza Team").
    (First-character tests first: most lines are passed over without a regex.)"""
    if text[:1] in LABEL_STARTS and EXPLICIT_BY.match(labelled := unglue_label(text)):
        return _names_after_label(labelled)
    if _DIGIT.search(text, 0, 20) is None or (dated := LEADING_DATE.match(text)) is None:
        return False
    labelled = unglue_label(text[dated.end():])
    return EXPLICIT_BY.match(labelled) is not None and _names_after_label(labelled)


def _names_after_label(text: str) -> bool:
    """After the by-label: two capitalised words, or a desk ("the Lavazza Team")."""
    return capitalised_after_label(text) or desk_name(byline_names(text)[0], True)


# How far from its end a long line's byline date is looked for (dated_near's line length).
_DATED_TAIL = 100
# A digit among a line's first characters: a date may open it (the test before LEADING_DATE).
_DIGIT = re.compile(r"\d")
# The verbs of a sentence naming the writer, for the substring test of _written_by_lines
# (with no space after: German and Dutch put the verb last, "... verfasst.").
_WRITTEN_VERBS = ALL_WRITTEN_VERBS
# A line that only joins two names: a comma, "&", or a conjunction of the lexicon
# ("and", "und", "et", "y", "e", "en", "i"), maybe after a comma (", and").
_JOINER_LINE = re.compile(r"^\s*(?:,|&|,?\s*(?:" + alternation(ALL_NAME_CONJUNCTIONS) + r"))\s*$", re.I)
# The most co-authors joined from lines of their own.
_MOST_COAUTHOR_LINES = 6


def _with_coauthor_lines(blocks: list[Block], b: Block, text: str) -> str:
    """``text`` (the names under a by-label alone) and the names on the lines after it
    that a joiner line links to it: "Thomas Broderick" / "," / "Nalea Ko" / ", and" /
    "Jane Roe" -> "Thomas Broderick, Nalea Ko, and Jane Roe"."""
    j, added = b.index + 1, 0
    while added < _MOST_COAUTHOR_LINES and j + 1 < len(blocks) and _JOINER_LINE.match(blocks[j].text):
        joiner, name = blocks[j].text.strip(), blocks[j + 1]
        if name.word_count > 5 or not name.text[:1].isupper():
            break
        text += (joiner if joiner.startswith(",") else " " + joiner) + " " + name.text.strip()
        j, added = j + 2, added + 1
    return text


def _read_byline_line(blocks: list[Block], b: Block, label: str | None, languages: set[str], title: int | None,
                      date_index: int | None, whole_page: _LowerCase) -> _Found | None:
    """The byline a line gives and its names, or None when it is no byline: a line
    naming another part than the writing, ending in a credit, with a label of another
    language, a label inside a sentence, or names that are a weekday, a job title, a
    menu or a list of categories. ``label`` is the by-label alone above the line, if any."""
    text, inside, words = b.text, False, b.word_count
    if len(text) > 200 or not 1 <= b.word_count <= 25:
        # A dek and its byline on one line: only the byline after the dek's last sentence.
        tail = byline_after_sentence(text) if len(text) <= DEK_BYLINE_CHARS else None
        if tail is None:
            return None
        text, inside, label, words = tail, True, None, len(tail.split())
    if label is None and (sentence := written_by_sentence(text)) is not None:
        # "This post was written by Jane Doe, Head of Marketing": the names after the verb.
        text, inside, words = sentence, True, len(sentence.split()) - 1
    elif (segment := writing_segment(text)) is not None:
        # "Medically reviewed by Kim Rose — Written by Jane Doe — Updated on March 7": the
        # writer's part of the line, not the reviewer's.
        text, words = segment, len(segment.split())
    text = unglue_label(text)
    if not inside and not LABEL_AT_START.match(text) and under_other_label(blocks, b):
        # "Tags:" / "Philosophy", "reviewed by" / "Jo Roe": the value of another field
        # that the renderer put under its label (text_byline_not.py).
        return None
    # (A dek's byline, ``inside``, has no label above it: ``label`` is None.)
    if label is not None and not LABEL_AT_START.match(text) and label_word_fits(label, languages):
        # The names under a label alone read as "By <names>", with the co-authors the
        # renderer put on lines of their own ("By" / "Jane Doe" / "," / "John Roe").
        text = "By " + _with_coauthor_lines(blocks, b, text)
    else:
        label = None
    labelled = ANY_LABEL.search(text) is not None
    if labelled and OTHER_ROLE.search(text) and not LABEL_AT_START.match(text):
        return None
    if ends_in_credit(text):
        return None
    if labelled and label is None and not label_fits(text, languages):
        return None
    if not LABEL_AT_START.match(text):
        # "October 11, 2023 by Autumn Huerter": the byline after a date or label
        # (after anything else, "Articles by Jo" or "Recycle by City" name no author).
        match = BY_INSIDE.search(text) if b.word_count <= 24 and labelled else None
        if match and (BY_INSIDE_LEAD.search(text[: match.start()]) and lead_fits(text, match)
                      or after_sentence(text, match)):
            text, inside = "By " + text[match.end():], True
        elif match:
            return None
        elif not text[:1].isupper() or b.word_count > 8 and not DATED.search(text):
            # A longer line is a byline only as names followed by metadata ("Jane
            # Doe • Updated on Jul 4, 2024 • 28 min read").
            return None
        elif text[:1].isupper() and (dated := LEADING_DATE.match(text)):
            text = text[dated.end():]
    byline, names, explicit = byline_names(text)
    if sentence_inside(names):
        # "by Lydia Marie Child. See": a sentence a hard line break opened with "by".
        return None
    desk = len(names) == 1 and desk_name(names[0], explicit)
    # A weekday is no part of a name ("Almanac Saturday, December 20"), and a job
    # title is none ("Senior Content Editor" under the name); a desk may start with
    # its desk word ("Redacción Deportes").
    if not names or any(t.lower() in _WEEKDAY_WORDS for name in names for t in name.split()) or not desk and any(
            name.split()[0].lower() in ROLE_WORDS for name in names):
        return None
    if not explicit and label is None and all(name.split()[-1].lower() in _TITLE_ENDS for name in names):
        # A job title printed beside a name, read without a by-label: "Community
        # Manager", "Technical Writer" (a desk, "EcoCult Staff", stays a byline).
        return None
    if any(t.endswith(_POSSESSIVE) for name in names for t in name.split()[:-1]):
        # A possessive before another word is a title, not a name: "Antoyo's Blog",
        # "Derek Seaman's Tech Blog".
        return None
    if explicit and len(names) == 1 and " " not in names[0] and any(
            LABEL_AT_START.match(n.text) for n in next_lines(blocks, b, 1, 1)):
        # "By State" / "By Style": a menu of ways to browse, not a byline.
        return None
    if not explicit:
        # Without a "By", one-word parts are a list of categories ("DIY, Home Decor");
        # one word alone is a name only beside a date ("Kev" / "January 1, 2026").
        line = b.text.strip()
        # ... or the word, then the page's date on its line ("Susan December 9, 2024 0
        # Comments", "Yucy 3/4/2025"); not after a comma, a place's dateline ("Berlin, 4. Juli").
        dated_line = line != byline and date_index == b.index and b.word_count <= _DATED_WORD_LINE_WORDS and _name_then_date(line, byline)
        one_word = len(names) == 1 and byline == names[0] and " " not in byline and (line == byline or dated_line)
        if one_word and not _one_word_byline(blocks, b, title, date_index, whole_page, dated_line):
            return None
        if not one_word and not desk and (any(" " not in name for name in names) or not maybe_name(byline) and (
                "," not in byline or b.word_count > 8)):
            return None
    return _Found(b, byline, names, explicit and not inside, inside, label is not None, words, desk)


def _author_features(blocks: list[Block], read: _Found, rank: int, title: int | None, anchor: int,
                     date_index: int | None, copies: dict[str, int], lower: _LowerCase, header: set[int],
                     headline_words: frozenset[str], whole_page: _LowerCase) -> list[float]:
    """The scorer's features of a byline line (AUTHOR_FEATURES)."""
    b, byline, names, explicit, inside, label_above, words, desk = read
    tokens = [t.lower() for name in names for t in name.split()]
    capitalised = [t.lower() for name in names for t in name.split() if not t.islower()] or tokens
    return vector(AUTHOR_FEATURES, place_features(b.index, title, anchor) | {
        "nobody": 0.0,
        "explicit_by": 1.0 if explicit else 0.0,
        "whole_line_name": 1.0 if maybe_name(b.text) else 0.0,
        "log_names": math.log1p(len(names)),
        "date_near": 1.0 if date_index is not None and 0 < abs(date_index - b.index) <= 2 else 0.0,
        "date_same_line": 1.0 if date_index == b.index else 0.0,
        "log_words": math.log1p(words),
        "position": b.index / len(blocks),
        "log_copies": math.log1p(copies[byline.lower()]),
        "single_word": 1.0 if len(byline.split()) == 1 else 0.0,
        "all_caps": 1.0 if byline.isupper() else 0.0,
        "colon_label": 1.0 if ":" in b.text[:20] else 0.0,
        # (Not an item of the page's metadata list, a date or a reading time among the
        # items beside it: "* Jane Doe" / "* Sep 26, 2022" / "* 2 min read", nor an item
        # that says "By <Name>" itself: _menu_item.)
        "list_item": 1.0 if _menu_item(blocks, b, explicit) else 0.0,
        "dated_candidate_rank": math.log1p(rank),
        # (Of the name's words written with a capital: its own particles, "de" of "Jan de
        # Vries", "bin", "van", are lower case wherever it is written, this line too.)
        "common_words": sum(1 for t in capitalised if t in lower) / max(1, len(capitalised)),
        "by_inside": 1.0 if inside else 0.0,
        "label_above": 1.0 if label_above else 0.0,
        "role_near": 1.0 if role_near(blocks, b, tokens) else 0.0,
        "bio_near": 1.0 if bio_near(blocks, b, names) else 0.0,
        # (A byline read inside a long line, after a dek's last sentence, has its date
        # after it on the same line: "... three years. By Lisa Jennings on Dec. 19, 2025".
        # dated_near passes over lines of more than 100 characters, so the line's end is
        # read here.)
        "dated_near": 1.0 if dated_near(blocks, b.index) or (
            inside and DATED.search(b.text, max(0, len(b.text) - _DATED_TAIL)) is not None) else 0.0,
        "menu_neighbours": menu_neighbours(blocks, b),
        "in_window": 1.0 if b.index in header else 0.0,
        # A desk's words are no person's name: the scorer weighs it apart from lines of
        # capitalised words that name no one ("Close Modal"), which it should not learn
        # to take for desks.
        "desk": 1.0 if desk else 0.0,
        # The share of the name's words that are words of the headline: a writer is
        # seldom named in it; a topic, a product, a category often is ("CIS
        # Cybersecurity Best Practices" under "CIS Controls: Best Practices for ...").
        "title_words": _share_in(tokens, headline_words),
        "log_name_elsewhere": name_elsewhere(whole_page.text, b.text, names),
        # The share of the name's words the page writes in lower case anywhere (not only
        # in the header and first paragraphs, as common_words): a heading, a button or a
        # card far down the page ("Ground Mounted" over "... to the ground", "Check
        # Price", "Contents") is made of the page's own words; a person's name seldom is.
        # (Of the name's capitalised words: its own "de" or "van" is on every page. Not
        # after "By": the label names a writer, and writers' names are made of common
        # words too, "Will Grant" on a page that says "will" and "grant".)
        "page_common_words": 0.0 if explicit else capitalised_words_common(names, whole_page),
        "log_names_around": 0.0 if b.index in header else math.log1p(names_around(blocks, b)),
    })


# The longest list item read as a date or a reading time of a metadata list.
_META_ITEM_CHARS = 40


def _menu_item(blocks: list[Block], b: Block, explicit: bool) -> bool:
    """A list item that may be a menu's or a list of links' entry: not one of the page's
    metadata list (_in_meta_list), and not one that opens with a by-label and its names
    ("* by Jane Doe" / "* 6 Comments"): a menu entry names where to go, not who wrote.
    (``explicit``: the line was read as "By <names>" from its start.)"""
    return b.is_list_item and not explicit and not _in_meta_list(blocks, b)


def _in_meta_list(blocks: list[Block], b: Block) -> bool:
    """A list item with a date or a reading time on the item above it or on one of the
    two below it: the page's metadata list ("* Jane Doe" / "* Sep 26, 2022"), not a menu."""
    return any(n.is_list_item and len(n.text) <= _META_ITEM_CHARS and DATED.search(n.text)
               for n in next_lines(blocks, b, 1, 2))


def _share_in(tokens: list[str], words: frozenset[str]) -> float:
    """The share of ``tokens`` (a name's words, in lower case) that are in ``words``."""
    return sum(1 for t in tokens if t.strip(".,'’") in words) / max(1, len(tokens))


# The most words of a line read as a one-word name and its date ("Susan December 9, 2024
# 0 Comments"): a longer one is a sentence that opens with a date ("Am 31.8.1990 fand ...").
_DATED_WORD_LINE_WORDS = 8


def _name_then_date(line: str, word: str) -> bool:
    """``line`` is ``word``, then a date right after a space or a separator (its day or its
    month first), not after a comma nor after a label ("Zuletzt aktualisiert: 28.04.2020");
    the word is no function word ("On 4 July 2025") and the line no sentence ("Am
    31.8.2020 fand die Versammlung statt.")."""
    rest = line[len(word):]
    if (not line.startswith(word) or rest[:1] not in " \t·•|–—-" or DATED.search(rest) is None
            or word.lower() in ALL_FUNCTION_WORDS or line.endswith((".", "!", "?"))):
        return False
    first = rest.lstrip(" \t·•|–—-").split(None, 1)[0].rstrip(".,").lower() if rest.strip(" \t·•|–—-") else ""
    return first[:1].isdigit() or first in MONTHS


# The fewest words of a line of prose where a word named inside a sentence is a place or
# a topic of the article ("... in Berlin einen Haushalt beschlossen ...").
_PROSE_WORDS = 12


def _word_elsewhere(blocks: list[Block], b: Block, word: str) -> bool:
    """``word`` (the one word before the date on ``b``) is a line of its own above it, a
    menu entry or a section ("Politik" / ... / "Politik 12.03.2024"), or stands inside a
    sentence of prose after another word ("Berlin 12.03.2024" / "... hat in Berlin einen
    Haushalt beschlossen ..."): a writer's one-word name is neither. (Below, a line of
    the name alone is an author box's: "Yucy" / "Yucy, as a proficient editor ...".)"""
    inside = re.compile(r"\w[,;]?\s+" + re.escape(word) + r"\b")
    return any(n is not b and (n.index < b.index and n.text.strip() == word
                               or n.word_count >= _PROSE_WORDS and inside.search(n.text)) for n in blocks)


def _one_word_byline(blocks: list[Block], b: Block, title: int | None, date_index: int | None,
                     whole_page: _LowerCase, dated_line: bool = False) -> bool:
    """A line of one word is a byline ("Kev", "Newsdesk") only below the headline, on the
    line next to the date line (or on it, before the date: ``dated_line``), not next to a
    line of names, and only if the word is not written in lower case on the page (a
    category, a menu entry: "Blog", "Overview") nor in capitals."""
    word = b.text.split()[0]
    # Beside a line of two or more names, one word is a category ("Jane Doe" / "Marketing").
    if any(maybe_name(n.text) for n in next_lines(blocks, b, 2, 2)):
        return False
    if (title is None or date_index is None or not title < b.index or abs(date_index - b.index) != (0 if dated_line else 1)
            or word.isupper() or word.lower() in MONTHS or word.lower() in _WEEKDAY_WORDS):
        return False
    if dated_line and (word.lower() in _DATE_LABEL_WORDS or _word_elsewhere(blocks, b, word)):
        # Before the date on its line: a date's label, a menu entry or a section, or a
        # place the article names, is no writer.
        return False
    return word.lower() not in whole_page



class _LowerCase:
    """Whether the page writes a word in lower case somewhere: common words, rarely names
    ("Accept Reject", "Key Points" are made of them; "Taya Iv" is not). Each word is
    searched for once, in the joined text: no per-line regex, no word lists built."""

    def __init__(self, text: str | Callable[[], str], in_words_only: bool = False) -> None:
        self._text = text  # or what makes it, called at the first lookup
        self.seen: dict[str, bool] = {}
        # Not inside an address or a handle ("martina.berg@...", "/jane-doe"), where a
        # page writes its people's names in lower case (_in_address: nor in a
        # hyphenated compound).
        self._in_words_only = in_words_only

    @property
    def text(self) -> str:
        if callable(self._text):
            self._text = self._text()
        return self._text

    def __contains__(self, word: str) -> bool:
        if word not in self.seen:
            self.seen[word] = word.islower() and self._whole(word)
        return self.seen[word]

    def _whole(self, word: str) -> bool:
        # str.find and a look at the neighbours: faster than a regex over the text.
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and not (
                    self._in_words_only and _in_address(text, at, end)):
                return True
            at = text.find(word, at + 1)
        return False


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is joined to a neighbour by a character of an address
    ("@", ".", "_", "/", "-"): part of an e-mail address, a URL or a handle, and so too
    one word of a hyphenated compound ("well-known", "Jean-Pierre"), which is passed
    over in the same way."""
    before = text[start - 1] if start else " "
    after = text[end: end + 2]
    return before in "@._/-" or after[:1] in "@_/" or after[:1] in ".-" and after[1:2].isalnum()


def ranked_bylines(blocks: list[Block], title: int | None, anchor: int,
                   date_index: int | None) -> list[tuple[float, Block | None, str, list[str]]]:
    """(score, block, byline, names) of every byline line and of "nobody" (block None,
    with the margin a line must beat), best first (ties keep the candidates' order)."""
    cands = author_candidates(blocks, title, anchor, date_index)
    m = model("author")
    weights = m.weights
    # The margin is on the standardised score: put the dropped constant back for it.
    scored = [(m.score(c[3]) + AUTHOR_MARGIN if c[0] is None else sum(map(mul, weights, c[3])) - m.offset,
               c[0], c[1], c[2]) for c in cands]
    return sorted(scored, key=lambda sc: sc[0], reverse=True)
