"""Date and byline of a text dump, each chosen among candidate lines by a small learned scorer.

A candidate is a line that holds an absolute date (or names people); features say
where it sits (right under the headline, above the first paragraph, beside the other
field's line) and what it says ("Published", "Updated", "By", a bare name, a
copyright). Linear weights, fitted listwise on the tune split by
``benchmarks/train_text_metadata.py`` (newsclean/data/text_date.json, text_author.json;
``benchmarks/retrain.py`` rebuilds them, docs/training.md). Features are built by name
(DATE_FEATURES, AUTHOR_FEATURES), and loading checks the files' names against them.
An author-less page is a real case: the byline scorer has a "nobody" candidate, chosen
when no line beats it.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Callable, NamedTuple
from functools import lru_cache

from operator import mul

from ..model import Block
from ..learned import LinearModel, load_linear, vector
from ..lexicon import alternation
from ..lexicon.dates import (ALL_CLOCK_WORDS, ALL_WEEKDAYS, ALL_DATE_LABELS, ALL_TIME_CONNECTORS, ALL_DATE_PREPOSITIONS, ALL_LAST_UPDATED, ALL_PUBLISHED,
                              ALL_UPDATED, ALL_WEEKDAY_PREFIXES, ALL_WEEKDAYS, MONTHS)
from ..lexicon.function_words import ALL_FUNCTION_WORDS, languages_of
from ..lexicon.bylines import (AUTHOR_LABELS, BY_LABELS, NAME_PARTICLES, ALL_AUTHOR_LABELS, ALL_BY_LABELS, ALL_BYLINE_LEADS, ALL_BYLINE_STOPS, ALL_JOB_TITLES, ALL_OTHER_ROLES,
                               ALL_TITLE_QUALIFIERS, ALL_WRITTEN_BY_PREFIXES)
from .dates import date_kind, has_date_label, parse_text_date
from ..layout import is_prose_line
from .text_title import YEAR, ends_in_credit, maybe_name
from .text_byline_near import (BY_LABEL, DATED, ROLE_WORDS, WORD, author_box_lines, bio_near, dated_near,
                               headline_copy, lines_under_label, menu_neighbours, next_lines, role_near)
from .names import split_byline, split_explicit_byline

_BY = re.compile(r"^\W*" + BY_LABEL + r"\s*:?\s+(?:by\s+)?|^\W*(?:" + alternation(ALL_AUTHOR_LABELS) + r")\s*:\s*", re.I)
# A by-label anywhere in a line: the cheap test before the role and inside-line patterns.
_ANY_LABEL = re.compile(r"\b(?:" + alternation(ALL_BY_LABELS) + r")\s", re.I)
# "by" after a word naming another part than the writing: a reviewer, an editor, a
# photographer, a sponsor ("Medically reviewed by", "Hero image by", "Powered by").
_OTHER_ROLE = re.compile(r"\b(?:" + alternation(ALL_OTHER_ROLES) + r")\s*:?\s*(?:" + alternation(ALL_BY_LABELS) + r")\b", re.I)
# The characters a renderer puts between a byline and the date or label beside it.
_BYLINE_SEPARATORS = "|•·⋅●∙–—"
# Before a byline inside a line: a date or a label ("October 11, 2023 by ...", "Posted on ... by").
_BY_INSIDE_LEAD = re.compile(r"\d|\b(?:" + alternation(ALL_BYLINE_LEADS + ALL_PUBLISHED + ALL_UPDATED) + r")\b|["
                             + _BYLINE_SEPARATORS + "]", re.I)
# Where a byline line stops naming people: a date, a label, a separator before them.
_BYLINE_END = re.compile(
    r"(?:\s*[" + _BYLINE_SEPARATORS + r"]|\s+(?:-\s|(?:" + alternation(ALL_DATE_PREPOSITIONS) + r")\s+(?:\w+\.?\s+)?\d|(?:"
    + alternation(ALL_DATE_PREPOSITIONS) + r")\s+(?:" + alternation(ALL_WEEKDAYS) + "|(?:" + alternation(ALL_WEEKDAY_PREFIXES)
    + r")[a-z]*)\b|in\s+[A-Z]|(?:" + alternation(ALL_LAST_UPDATED + ALL_BYLINE_STOPS + ALL_PUBLISHED + ALL_UPDATED).replace("\\ ", r"\s+")
    # any digit: a date, a time, a reading time ("5 min read")
    + r")\b|\d)).*$",
    re.I,
)
# A month name before a number ("Jane Doe Dec 19, 2025"): a word followed by a number, then
# looked up in the lexicon (cheaper than an alternation of every month name).
_WORD_BEFORE_NUMBER = re.compile(r"\s*\b(?P<word>[^\W\d_]{3,12})\.?\s+\d")


def _cut_byline_end(part: str) -> str:
    """``part`` up to where it stops naming people: _BYLINE_END, or a month name followed
    by a number, whichever comes first."""
    end = _BYLINE_END.search(part)
    cut = end.start() if end else len(part)
    for match in _WORD_BEFORE_NUMBER.finditer(part):
        if match.start() >= cut:
            break
        if match["word"].lower() in MONTHS:
            cut = match.start()
            break
    return part[:cut]
# A label glued to the name by the renderer: "By Amanda FurrerUpdated: Dec 19, 2025".
# The lower-case letters a name may end in, accented ones included ("José", "López",
# "Paweł", "Kowalská"), and the capitals a glued label or name may start with: Latin-1
# and Latin Extended-A and -B, where the lexicon's languages write their letters.
_LATIN_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _LATIN_EXTENDED if c.islower())
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _LATIN_EXTENDED if c.isupper())
_MONTH_WORDS = alternation(m.capitalize() for m in MONTHS if len(m) >= 3)
_LABEL_GLUED_AFTER_NAME = re.compile(
    r"(?<=[" + _LOWER + r"])(?:(?:" + alternation(w.capitalize() for w in ALL_LAST_UPDATED + ALL_PUBLISHED + ALL_UPDATED)
    + r")\b|"
    # a weekday, then its date: "Jan KowalskiŚroda, 28.04.2020", "Ana LópezLunes 3"
    r"(?:" + alternation(w.capitalize() for w in ALL_WEEKDAYS) + r")\b[,.]?\s*\d|(?:"
    # a month name or its abbreviation, in any language of the lexicon, then the day
    + _MONTH_WORDS + r")\.?\s*\d|"
    # a day glued to the name, then its month: "Volkmar Kabisch19. Dez. 2025" (a handle
    # ending in digits, "kwright42", is followed by no month)
    r"\d{1,2}\.?\s*(?i:" + _MONTH_WORDS + r")\.?\s+\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|"
    # a job title or a word of the next element: "Mateusz HabernyFounder at", "Gabby BoucherIn Budget Travel"
    r"(?:" + alternation(w.capitalize() for w in ALL_JOB_TITLES + tuple(ALL_FUNCTION_WORDS) if len(w) > 1) + r")\b).*$")
# A by-label glued to the name, or "by" glued to a date before it: "ByNina Pineda",
# "Written by:Elise Nass", "27 September,2023By Jack Busch". Case-sensitive after the
# first letter ("BYU" is no label); not "Di", which a family of surnames is written
# glued to ("DiCaprio", "DiMaggio", "DiNapoli"). "Von" and "Door" stay labels, though a
# few names are written glued to them too ("VonDrehle"): a known miss.
_LABEL_GLUED_TO_NAME = re.compile(r"(\W*)((?:(?i:" + alternation(ALL_WRITTEN_BY_PREFIXES) + r")\s+)?(?:" + "|".join(
    f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in sorted(set(ALL_BY_LABELS), key=lambda w: (-len(w), w))
    if w != "di") + r"):?)(?=[" + _UPPER + r"])")
# Where a renderer glued two elements (a lower-case letter, then a capital or a digit): the cheap
# test before _LABEL_GLUED_AFTER_NAME, whose look-behind would try every label after each letter.
_LOWER_UPPER = re.compile(r"[" + _LOWER + r"][" + _UPPER + r"\d]")
# A date in front of the name: "Dec 17, 2025 Julian K. Arni", "Dec 26, 2025 • Mahua Das".
_LEADING_DATE = re.compile(
    r"^(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}\.?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[•·|–—-]?\s*(?=[A-Z])")
# "By Jane Doe", "Written by: Jane Doe" at the start of a line: a label and two words
# (whether they are capitalised, with a particle between them, is
# _capitalised_after_label's test, with the lexicon's NAME_PARTICLES).
_EXPLICIT_BY = re.compile(r"(?i:" + BY_LABEL + r":?)\s+[^\W\d_][\w.'-]*\s+[^\W\d_]")
# The first letters of the labels: most lines are passed over on their first character.
_LABEL_STARTS = frozenset(w[0] for w in ALL_BY_LABELS + ALL_WRITTEN_BY_PREFIXES) | frozenset(
    w[0].upper() for w in ALL_BY_LABELS + ALL_WRITTEN_BY_PREFIXES)
_BY_INSIDE = re.compile(r"(?:\s|(?<=\d))(?i:" + alternation(ALL_BY_LABELS) + r")\s+(?=[^\W\d_])")
_WEEKDAY_WORDS = frozenset(w.lower() for w in ALL_WEEKDAYS)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)
_TIME = re.compile(r"\d[:.h][0-5]\d")
_DATE_WORDS = re.compile(
    r"\d+(?:st|nd|rd|th)?|[,.:/|•·–—-]|\b(?:am|pm|at|on|utc|gmt|[ecmp][sd]t|published|updated|posted|"
    r"last|modified|date|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:" + alternation(
        list(MONTHS) + list(ALL_WEEKDAYS + ALL_PUBLISHED + ALL_UPDATED + ALL_DATE_LABELS + ALL_TIME_CONNECTORS
                            + ALL_DATE_PREPOSITIONS + ALL_CLOCK_WORDS)) + r")(?!\w)",
    re.I,
)
# The lines a byline or a date is looked for in (text_title.TITLE_LINES is the headline's).
FIELD_LINES = 300
# The field window (see field_window): lines around the headline and the first paragraph.
BEFORE_ANCHOR = 12
AFTER_ANCHOR = 3
AFTER_TITLE = 12
# Lines from the first paragraph on where the name words are looked for in lower case
# (tune split: 15 -> 80 cut wrong authors on author-less pages from 4-6% to 3%).
COMMON_LINES = 80
# How far below the first prose line the next paragraph is looked for (date_pool).
DEK_GAP = 6
# How much a line must beat the "nobody" candidate by: naming a wrong author is worse
# than naming none. Tune split, inscriptis/html-text/lxml (with the author-box, label-alone
# and headline-copy candidates): margin 1.0 -> author 0.59/0.59/0.60, wrong 2.2-3.6%;
# 0.5 -> 0.62/0.61/0.62, wrong 4.3/2.9/5.8%; 0 -> 0.63/0.62/0.63 but wrong 10.1% on
# html-text. Fitted on one half of the split and scored on the other, 0.5 gives wrong
# 6.6/7.3/9.6%: it keeps wrong under the 10% limit, 0 does not.
# With the scorer fitted under a stronger weight penalty (benchmarks/train_text_metadata.py
# L2, l2 0.1), two folds of tune (``train_text_metadata.py --cv``) give: margin 0.5 ->
# author 0.609/0.621/0.619, wrong 2.6/3.2/3.2%; 0.3 -> 0.623/0.627/0.631, wrong
# 3.2/5.1/6.4%; 0.1 -> 0.631/0.627/0.633, wrong 5.8/8.3/9.8%. 0.3 keeps wrong well
# under the limit on pages the scorer was not fitted on.
AUTHOR_MARGIN = 0.3

DATE_FEATURES = (
    "no_title", "below_title", "log_title_distance", "title_1_5", "above_anchor", "log_anchor_distance",
    "published", "updated", "log_words", "other_words", "byline_near", "log_same_date", "position",
    "first_candidate", "latest", "earliest", "has_time", "copyright", "list_item", "by_in_line",
)
AUTHOR_FEATURES = (
    "nobody", "explicit_by", "whole_line_name", "log_names", "no_title", "below_title",
    "log_title_distance", "title_1_5", "above_anchor", "log_anchor_distance", "date_near", "date_same_line",
    "log_words", "position", "log_copies", "single_word", "all_caps", "colon_label", "list_item",
    "dated_candidate_rank", "common_words", "by_inside", "label_above", "role_near", "bio_near", "dated_near",
    "menu_neighbours", "in_window",
)


@lru_cache(maxsize=None)
def model(field: str) -> LinearModel:
    """The "date" or "author" scorer, checked against its feature names."""
    return load_linear(f"text_{field}", {"date": DATE_FEATURES, "author": AUTHOR_FEATURES}[field])


def _place(i: int, title: int | None, anchor: int) -> dict[str, float]:
    """Where a line sits: the features the date and the byline scorers share."""
    if title is None:
        return {"no_title": 1.0, "below_title": 0.0, "log_title_distance": 0.0, "title_1_5": 0.0,
                "above_anchor": 1.0 if i < anchor else 0.0, "log_anchor_distance": math.log1p(abs(anchor - i))}
    return {"no_title": 0.0, "below_title": 1.0 if i > title else 0.0, "log_title_distance": math.log1p(abs(i - title)),
            "title_1_5": 1.0 if 0 < i - title <= 5 else 0.0,
            "above_anchor": 1.0 if i < anchor else 0.0, "log_anchor_distance": math.log1p(abs(anchor - i))}


def field_window(blocks: list[Block], title: int | None, anchor: int) -> list[int]:
    """Indexes of the lines where a byline or date line sits: under the headline and
    just above the first paragraph (or, without a headline, above the paragraph)."""
    n = min(len(blocks), FIELD_LINES)
    spans = [(anchor - BEFORE_ANCHOR, anchor + AFTER_ANCHOR)]
    if title is not None:
        spans.append((title - 3, title + AFTER_TITLE))
    keep: set[int] = set()
    for lo, hi in spans:
        keep.update(range(max(0, lo), min(n, hi + 1)))
    return sorted(keep)


def lines_matching(blocks: list[Block], pattern: re.Pattern[str]) -> list[int]:
    """Indexes of the top lines where ``pattern`` matches: one regex scan over the joined
    text instead of one call per line (most lines hold no year and no "By")."""
    text = "\n".join(b.text for b in blocks[:FIELD_LINES])
    out: list[int] = []
    line, pos = 0, 0
    for match in pattern.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        if not out or out[-1] != line:
            out.append(line)
    return out


def date_lines(blocks: list[Block], window: list[int] | None = None) -> list[tuple[Block, dt.date | dt.datetime]]:
    """Short lines of the window holding an absolute date ("2 hours ago" is not one)."""
    out = []
    for i in window if window is not None else range(min(len(blocks), FIELD_LINES)):
        b = blocks[i]
        # Every date pattern has a year: the cheap test drops almost every line.
        if len(b.text) <= 250 and YEAR.search(b.text) and b.word_count <= 25:
            value = parse_text_date(b.text)
            # A sentence that mentions a day ("..., said on March 3, 2024 that ...") is
            # body text, not a date line.
            if value is not None and not (b.ends_like_sentence and b.word_count > 9 and not date_kind(b.text)):
                out.append((b, value))
    return out


def date_candidates(blocks: list[Block], title: int | None, anchor: int,
                    dated: list[tuple[Block, dt.date | dt.datetime]]) -> list[tuple[Block, object, list[float]]]:
    if not dated:
        return []
    days = [v if not isinstance(v, dt.datetime) else v.date() for _, v in dated]
    counts: dict[dt.date, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    near = {j for b, _ in dated for j in range(b.index - 2, b.index + 3) if 0 <= j < len(blocks)}
    bylines = [j for j in near if blocks[j].word_count <= 12 and _BY.match(blocks[j].text)]
    out = []
    for k, ((b, value), d) in enumerate(zip(dated, days)):
        kind = date_kind(b.text)
        other = len(_DATE_WORDS.sub(" ", b.text).split())
        feats = vector(DATE_FEATURES, _place(b.index, title, anchor) | {
            "published": 1.0 if kind == "published" else 0.0,
            "updated": 1.0 if kind == "updated" else 0.0,
            "log_words": math.log1p(b.word_count),
            "other_words": math.log1p(other),
            "byline_near": 1.0 if any(abs(j - b.index) <= 2 for j in bylines) else 0.0,
            "log_same_date": math.log1p(counts[d]),
            "position": b.index / len(blocks),
            "first_candidate": 1.0 if k == 0 else 0.0,
            "latest": 1.0 if d == max(days) else 0.0,
            "earliest": 1.0 if d == min(days) else 0.0,
            "has_time": 1.0 if _TIME.search(b.text) else 0.0,
            "copyright": 1.0 if _COPYRIGHT.search(b.text) else 0.0,
            "list_item": 1.0 if b.is_list_item else 0.0,
            "by_in_line": 1.0 if re.search(r"\bby\b", b.text, re.I) else 0.0,
        })
        out.append((b, value, feats))
    return out


# Each by-label's languages ("por": es, pt); English "by" is read in any page.
_LABEL_LANGUAGES: dict[str, set[str]] = {}
for _lang, _labels in list(BY_LABELS.items()) + list(AUTHOR_LABELS.items()):
    for _label in _labels:
        _LABEL_LANGUAGES.setdefault(_label.split()[-1], set()).add(_lang)


def _label_fits(text: str, languages: set[str]) -> bool:
    """Whether the by-label of a line (at its start or inside it) belongs to a language of
    the page (or to English, or the page's language is unknown)."""
    if not languages:
        return True
    match = _BY.match(text) or _BY_INSIDE.search(text)
    if match is None:
        return True
    label = re.sub(r"[^\w\s]", " ", match.group(0)).lower().split()
    if not label:
        return True
    owners = _LABEL_LANGUAGES.get(label[-1] if label[-1] != "by" or len(label) == 1 else "by", set())
    return not owners or "en" in owners or bool(owners & languages)


def _lead_fits(text: str, match: re.Match[str]) -> bool:
    """A by-label inside a line follows a date or a separator: "06.11.2023 13:30 von Olga",
    "Dezember 10, 2019 · von freeman1984". English "by" may follow any lead with a date or
    a label in it; another language's label ("Schuh von Adidas") must follow the date or
    separator itself, as inside a sentence it is a common word."""
    if match.group(0).strip().lower() == "by":
        return True
    lead = text[: match.start()].rstrip()
    return bool(lead) and (lead[-1].isdigit() or lead[-1] in _BYLINE_SEPARATORS + "-:" or lead.lower().endswith(("am", "pm")))


def _after_sentence(text: str, match: re.Match[str]) -> bool:
    """A capitalised by-label that opens a sentence after another, then a name: the dek
    and the byline on one line ("... beyond the U.S. and Canada. By Lisa Jennings on Dec.
    19, 2025", "... en Europe. Par Marie Dupont")."""
    label = match.group(0).strip()
    return (label[:1].isupper() and text[: match.start()].rstrip().endswith((".", "!", "?", "…", '."', ".”"))
            and _capitalised_after_label("By " + text[match.end():]))


_POSSESSIVE = ("'s", "’s")
# The words a job title ends in (lexicon.bylines: JOB_TITLES and BYLINE_ROLES, but their
# qualifiers and desks).
_TITLE_ENDS = ROLE_WORDS - frozenset(ALL_TITLE_QUALIFIERS)
# The longest line read as a dek with its byline after it (_byline_after_sentence).
DEK_BYLINE_CHARS = 400


def _byline_after_sentence(text: str) -> str | None:
    """The "<Label> <Name> ..." that follows a dek's last sentence on the same line
    ("... beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025"), or None."""
    for match in _BY_INSIDE.finditer(text):
        rest = text[match.end():]
        if len(rest.split()) <= 15 and _after_sentence(text, match):
            return match.group(0).strip() + " " + rest
    return None


def _capitalised_after_label(text: str) -> bool:
    """The words after a by-label are a name: two capitalised words, maybe with a
    particle between ("Von Volkmar Kabisch", "Par Marie de Villepin"); not "Por otra parte"."""
    match = _BY.match(text)
    if match is None:
        return False
    words = text[match.end():].split()[:3]
    if words and words[0].lower() in NAME_PARTICLES:
        words = words[1:]
    return len(words) >= 2 and words[0][:1].isupper() and (
        words[1][:1].isupper() or words[1].lower() in NAME_PARTICLES and len(words) > 2 and words[2][:1].isupper())


def byline_names(text: str) -> tuple[str, list[str], bool]:
    """The byline part of a line and the people in it; and whether it said "By"."""
    explicit = bool(_BY.match(text))
    part = _BY.sub("", text, count=1)
    if _LOWER_UPPER.search(part):
        part = _LABEL_GLUED_AFTER_NAME.sub("", part)
    part = _trim_name(_cut_byline_end(part).strip(" ,;:|-–—")).strip(" ,;:|-–—")
    if len(part) > 80:
        # "Daniel Burstein, Senior Director, Content & Marketing, ...": the name comes first.
        part = part.split(",")[0].strip()
    if not part or len(part) > 80:
        return part, [], explicit
    names = split_byline(part)
    if explicit and not names:
        names = split_explicit_byline(part)
    return part, names, explicit


# A job title written after the name with no separator: "Jane Doe Senior Editor".
_ROLE_AFTER = re.compile(r"(?<=\S)\s+(?:" + alternation(ALL_JOB_TITLES) + r")\b.*$", re.I)


def _trim_name(part: str) -> str:
    """The name part of a byline without what a renderer glued after it: a function word
    of the next element ("Jane Doe In"), a job title ("Jane Doe Senior Editor"), an agency
    in capitals ("Jane Doe USA TODAY"), the name written twice ("Jane Doe Jane Doe")."""
    tokens = part.split()
    # A word of the sentence after the names ("By Jane Doe In" / "Lifestyle"): a name
    # does not end in a function word.
    while len(tokens) > 2 and tokens[-1].lower() in ALL_FUNCTION_WORDS and tokens[-1].lower() not in NAME_PARTICLES:
        tokens.pop()
        part = " ".join(tokens)
    if len(tokens) % 2 == 0 and tokens[: len(tokens) // 2] == tokens[len(tokens) // 2:]:
        return " ".join(tokens[: len(tokens) // 2])
    if len(tokens) < 3:
        return part
    role = _ROLE_AFTER.search(part)
    if role and len(part[: role.start()].split()) >= 2:
        return part[: role.start()]
    caps = len(tokens)
    while caps > 0 and tokens[caps - 1].isupper() and len(tokens[caps - 1]) > 1:
        caps -= 1
    if 2 <= caps < len(tokens) and not any(t.isupper() for t in tokens[:caps]):
        return " ".join(tokens[:caps])
    return part


class _Found(NamedTuple):
    """A byline line read."""

    block: Block
    byline: str
    names: list[str]
    explicit: bool  # an explicit "By" at its start
    inside: bool  # a "by" inside it (after a date, a label or a dek's last sentence)
    label_above: bool  # a by-label alone on the line above it
    words: int  # the words of the line read: all but a dek before the byline


def author_candidates(blocks: list[Block], title: int | None, anchor: int,
                      date_index: int | None) -> list[tuple[Block | None, str, list[str], list[float]]]:
    """(block, byline, names, features); the first is the "nobody" candidate."""
    nobody = vector(AUTHOR_FEATURES, {name: 1.0 if name == "nobody" else 0.0 for name in AUTHOR_FEATURES})
    out: list[tuple[Block | None, str, list[str], list[float]]] = [(None, "", [], nobody)]
    title = headline_copy(blocks, title, anchor)
    header = set(field_window(blocks, title, anchor))
    under_label = lines_under_label(blocks[:FIELD_LINES])
    window = _byline_window(blocks, header, under_label)
    # The languages of the first paragraphs: a by-label of another language ("Door" in
    # an English page: "Door Check Gas Springs") is a word of the text, not a label.
    languages = languages_of([w for b in blocks[anchor: anchor + 8] for w in b.normalized.split()])
    # Where the page writes a word in lower case: joined only if a one-word name needs it.
    whole_page = _LowerCase(lambda: "\n".join(x.text for x in blocks), in_words_only=True)
    found: list[_Found] = []
    copies: dict[str, int] = {}
    for i in window:
        read = _read_byline_line(blocks, blocks[i], under_label.get(i), languages, title, date_index, whole_page)
        if read is not None:
            found.append(read)
            copies[read.byline.lower()] = copies.get(read.byline.lower(), 0) + 1
    # The page text the name words are looked up in (lower case there = a common word):
    # the window and the first paragraphs; joined once, searched only for the names' words.
    page = "\n".join([blocks[i].text for i in window] + [b.text for b in blocks[anchor : anchor + COMMON_LINES]]) if found else ""
    lower = _LowerCase(page)
    for rank, read in enumerate(found):
        feats = _author_features(blocks, read, rank, title, anchor, date_index, copies, lower, header)
        out.append((read.block, read.byline, read.names, feats))
    return out


def _byline_window(blocks: list[Block], header: set[int], under_label: dict[int, str]) -> list[int]:
    """The lines a byline is looked for in: the header (field_window), the lines under a
    by-label alone, the heads of author boxes, and any top line that says "By <Name>" or
    "Written by <Name>". (First-character and length tests first: most lines are passed
    over without a regex.)"""
    return sorted(header.union(under_label, author_box_lines(blocks), (
        i for i, b in enumerate(blocks[:FIELD_LINES])
        if b.text[:1] in _LABEL_STARTS and len(b.text) <= 160 and _EXPLICIT_BY.match(t := _unglue_label(b.text))
        and _capitalised_after_label(t))))


def _read_byline_line(blocks: list[Block], b: Block, label: str | None, languages: set[str], title: int | None,
                      date_index: int | None, whole_page: _LowerCase) -> _Found | None:
    """The byline a line gives and its names, or None when it is no byline: a line
    naming another part than the writing, ending in a credit, with a label of another
    language, a label inside a sentence, or names that are a weekday, a job title, a
    menu or a list of categories. ``label`` is the by-label alone above the line, if any."""
    text, inside, words = b.text, False, b.word_count
    if len(text) > 200 or not 1 <= b.word_count <= 25:
        # A dek and its byline on one line: only the byline after the dek's last sentence.
        tail = _byline_after_sentence(text) if len(text) <= DEK_BYLINE_CHARS else None
        if tail is None:
            return None
        text, inside, label, words = tail, True, None, len(tail.split())
    text = _unglue_label(text)
    # (A dek's byline, ``inside``, has no label above it: ``label`` is None.)
    if label is not None and not _BY.match(text) and _label_word_fits(label, languages):
        # The names under a label alone read as "By <names>".
        text = "By " + text
    else:
        label = None
    labelled = _ANY_LABEL.search(text) is not None
    if labelled and _OTHER_ROLE.search(text) and not _BY.match(text):
        return None
    if ends_in_credit(text):
        return None
    if labelled and label is None and not _label_fits(text, languages):
        return None
    if not _BY.match(text):
        # "October 11, 2023 by Autumn Huerter": the byline after a date or label
        # (after anything else, "Articles by Jo" or "Recycle by City" name no author).
        match = _BY_INSIDE.search(text) if b.word_count <= 24 and labelled else None
        if match and (_BY_INSIDE_LEAD.search(text[: match.start()]) and _lead_fits(text, match)
                      or _after_sentence(text, match)):
            text, inside = "By " + text[match.end():], True
        elif match:
            return None
        elif not text[:1].isupper() or b.word_count > 8 and not DATED.search(text):
            # A longer line is a byline only as names followed by metadata ("Jane
            # Doe • Updated on Jul 4, 2024 • 28 min read").
            return None
        elif text[:1].isupper() and (dated := _LEADING_DATE.match(text)):
            text = text[dated.end():]
    byline, names, explicit = byline_names(text)
    # A weekday is no part of a name ("Almanac Saturday, December 20"), and a job
    # title is none ("Senior Content Editor" under the name).
    if not names or any(t.lower() in _WEEKDAY_WORDS for name in names for t in name.split()) or any(
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
            _BY.match(n.text) for n in next_lines(blocks, b, 1, 1)):
        # "By State" / "By Style": a menu of ways to browse, not a byline.
        return None
    if not explicit:
        # Without a "By", one-word parts are a list of categories ("DIY, Home Decor");
        # one word alone is a name only beside a date ("Kev" / "January 1, 2026").
        one_word = len(names) == 1 and byline == names[0] == b.text.strip() and " " not in byline
        if one_word and not _one_word_byline(blocks, b, title, date_index, whole_page):
            return None
        if not one_word and (any(" " not in name for name in names) or not maybe_name(byline) and (
                "," not in byline or b.word_count > 8)):
            return None
    return _Found(b, byline, names, explicit and not inside, inside, label is not None, words)


def _author_features(blocks: list[Block], read: _Found, rank: int, title: int | None, anchor: int,
                     date_index: int | None, copies: dict[str, int], lower: _LowerCase, header: set[int]) -> list[float]:
    """The scorer's features of a byline line (AUTHOR_FEATURES)."""
    b, byline, names, explicit, inside, label_above, words = read
    tokens = [t.lower() for name in names for t in name.split()]
    return vector(AUTHOR_FEATURES, _place(b.index, title, anchor) | {
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
        "list_item": 1.0 if b.is_list_item else 0.0,
        "dated_candidate_rank": math.log1p(rank),
        "common_words": sum(1 for t in tokens if t in lower) / max(1, len(tokens)),
        "by_inside": 1.0 if inside else 0.0,
        "label_above": 1.0 if label_above else 0.0,
        "role_near": 1.0 if role_near(blocks, b, tokens) else 0.0,
        "bio_near": 1.0 if bio_near(blocks, b, names) else 0.0,
        "dated_near": 1.0 if dated_near(blocks, b.index) else 0.0,
        "menu_neighbours": menu_neighbours(blocks, b),
        "in_window": 1.0 if b.index in header else 0.0,
    })


def _one_word_byline(blocks: list[Block], b: Block, title: int | None, date_index: int | None,
                     whole_page: _LowerCase) -> bool:
    """A line of one word is a byline ("Kev", "Newsdesk") only below the headline, on the
    line next to the date line, not next to a line of names, and only if the word is not written in lower case
    on the page (a category, a menu entry: "Blog", "Overview") nor in capitals."""
    word = b.text.strip()
    # Beside a line of two or more names, one word is a category ("Jane Doe" / "Marketing").
    if any(maybe_name(n.text) for n in next_lines(blocks, b, 2, 2)):
        return False
    if (title is None or date_index is None or not title < b.index or abs(date_index - b.index) != 1
            or word.isupper() or word.lower() in MONTHS or word.lower() in _WEEKDAY_WORDS):
        return False
    return word.lower() not in whole_page


def _unglue_label(text: str) -> str:
    """``text`` with a space between a by-label and the name glued to it ("ByNina
    Pineda" -> "By Nina Pineda"); "by" glued to a date before it is _BY_INSIDE's."""
    glued = _LABEL_GLUED_TO_NAME.match(text)
    return text if glued is None else text[: glued.end()] + " " + text[glued.end():]


def _label_word_fits(label: str, languages: set[str]) -> bool:
    """Whether a label alone ("Von", "Door", "Author(s)") belongs to a language of the
    page (or to English, or the page's language is unknown)."""
    if not languages:
        return True
    words = [w for w in WORD.findall(label.lower()) if w in _LABEL_LANGUAGES]
    owners = _LABEL_LANGUAGES.get(words[-1], set()) if words else set()
    return not owners or "en" in owners or bool(owners & languages)


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


def date_pool(blocks: list[Block], title: int | None, anchor: int) -> list[tuple[Block, dt.date | dt.datetime]]:
    """The date lines the scorer chooses among: those of the header (header_dates), or
    without any, the first date-only lines further down (_fallback_dates)."""
    return date_pool_of(blocks, title, anchor)[0]


def date_pool_of(blocks: list[Block], title: int | None, anchor: int
                 ) -> tuple[list[tuple[Block, dt.date | dt.datetime]], bool]:
    """The date pool, and whether its lines are the header's (False: the fallback's)."""
    header = header_dates(blocks, title, anchor)
    return (header, True) if header else (_fallback_dates(blocks), False)


def header_dates(blocks: list[Block], title: int | None, anchor: int) -> list[tuple[Block, dt.date | dt.datetime]]:
    """The date lines of the header: those around the headline and the first
    paragraph, and labelled ones ("Published", "Posted on", "Updated") anywhere on top."""
    near = set(field_window(blocks, title, anchor))
    # The first prose line under a headline is often a dek, not the article's first
    # paragraph: a date line between it and the next paragraph still belongs to the header.
    second = anchor + 1
    if title is not None and title < anchor:
        second = next((i for i in range(anchor + 1, min(len(blocks), anchor + 1 + DEK_GAP))
                       if is_prose_line(blocks[i])), anchor + 1 + DEK_GAP)
    out = []
    for b, v in date_lines(blocks, lines_matching(blocks, YEAR)):
        # Below the first paragraphs, a date without a label is a teaser's, a comment's
        # or the body's, not the article's.
        if (b.index < anchor or anchor < b.index < second and b.word_count <= 14
                or (b.index in near or b.word_count <= 14) and has_date_label(b.text)):
            out.append((b, v))
    return out


# Without a date line in the header, the first lines that are only a date (or a labelled
# date, "Updated on July 9, 2025") further down: a post's date printed under its body.
FALLBACK_DATES = 3


def _fallback_dates(blocks: list[Block]) -> list[tuple[Block, dt.date | dt.datetime]]:
    out: list[tuple[Block, dt.date | dt.datetime]] = []
    for b in blocks:
        if len(b.text) > 120 or b.word_count > 10 or YEAR.search(b.text) is None:
            continue
        if len(_DATE_WORDS.sub(" ", b.text).split()) > (2 if has_date_label(b.text) else 0):
            continue
        # Between two paragraphs, a date is the body's (a timeline, a quoted day).
        i = b.index
        if 0 < i < len(blocks) - 1 and is_prose_line(blocks[i - 1]) and is_prose_line(blocks[i + 1]):
            continue
        value = parse_text_date(b.text)
        if value is not None:
            out.append((b, value))
            if len(out) == FALLBACK_DATES:
                break
    return out


def best_date(blocks: list[Block], title: int | None, anchor: int) -> tuple[Block, object] | None:
    ranked = ranked_dates(blocks, title, anchor)
    return (ranked[0][1], ranked[0][2]) if ranked else None


def ranked_dates(blocks: list[Block], title: int | None, anchor: int,
                 pool: list[tuple[Block, dt.date | dt.datetime]] | None = None) -> list[tuple[float, Block, object]]:
    """(score, block, date) of every date line (of ``pool``, by default date_pool's),
    best first (ties keep page order)."""
    cands = date_candidates(blocks, title, anchor, date_pool(blocks, title, anchor) if pool is None else pool)
    weights = model("date").weights
    return sorted(((sum(map(mul, weights, c[2])), c[0], c[1]) for c in cands), key=lambda s: s[0], reverse=True)


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
