"""The date and byline scorers of the text path: their feature names and their weights.

Each scorer names its features in one place (DATE_FEATURES, AUTHOR_FEATURES), in the
order of the weights in newsclean/data/text_date.json and text_author.json, fitted
listwise on the tune split by ``benchmarks/train_text_metadata.py`` (``benchmarks/retrain.py``
rebuilds them, docs/training.md); loading checks the files' names against them. The
features both read (where a line sits: ``place_features``) and the byline's margin over
"nobody" (AUTHOR_MARGIN) are here too: the training script reads them with the names.
"""
from __future__ import annotations

import math
from collections.abc import Container
from functools import lru_cache

from ..learned import LinearModel, load_linear
from ..model import Block
from .text_line_shapes import maybe_name

# How far around a byline read outside the header other name lines are counted (names_around).
NAMES_AROUND_LINES = 8

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
# With desk bylines, bios that start with the whole name and the "desk" and "title_words"
# features (s22), two folds of tune give: margin 0.3 -> author 0.645/0.648/0.656, wrong
# 5.8/9.4/10.6%; 0.4 -> 0.637/0.648/0.652, wrong 4.5/7.2/6.4%; 0.5 -> 0.631/0.643/0.646,
# wrong 3.8/5.8/5.8% (at 2b02aab, margin 0.3: 0.623/0.627/0.631, wrong 3.2/5.1/6.4%).
# The held split's wrong share ran at twice the folds' last time: 0.5.
# With services no desks and unlabelled desks dropped beside a labelled byline (s22
# review), margin 0.5, two folds of tune: author 0.619/0.631/0.637, wrong 3.8/5.8/5.8%
# (433bc06: 0.631/0.643/0.646, same wrong); the full fit's tune and held figures are
# unchanged. The ~11 service-desk lines dropped ("Leadership Team", "Help Desk") were
# negatives the folds' fits learned the desk weight from.
# With organisations, departments and outlets no names (fields/names.py,
# lexicon/organisations.py; s23), two folds of tune (``train_text_metadata.py --cv
# 0.3,0.4,0.5,0.6,0.7,0.8``): margin 0.4 -> author 0.639/0.652/0.654, wrong 5.1/6.4/8.3%;
# 0.5 -> 0.625/0.641/0.646, wrong 4.5/5.8/6.4%; 0.6 -> 0.621/0.639/0.637, wrong
# 4.5/4.5/5.8%; 0.7 -> 0.617/0.631/0.633, wrong 3.8/4.5/5.1% (before, at bc68712,
# margin 0.5: 0.619/0.631/0.637, wrong 3.8/5.8/5.8%). 0.6 is the largest margin that
# loses no author on any renderer against bc68712's folds.
# With "log_name_elsewhere" (the byline's name written again on the page: an author box,
# a bio; s23 author3), two folds of tune (``--cv 0.5,0.6,0.7``): margin 0.5 -> author
# 0.648/0.662/0.668, wrong 3.8/4.5/3.8%; 0.6 -> 0.637/0.656/0.660, wrong 2.6/3.2/3.2%;
# 0.7 -> 0.633/0.650/0.654, wrong 2.6/3.2/3.2% (without it, on main 3b53893: 0.5 ->
# 0.645/0.662/0.662, wrong 4.5/5.8/6.4%; 0.6 -> 0.637/0.656/0.654, wrong 3.8/3.8/3.8%).
# 0.5 was tried first (the lowest margin whose folds keep wrong under 5%): the full fit
# on tune gave author 0.652/0.660/0.662 but wrong 2.2/2.9/4.3% against main's
# 1.4/2.2/2.9%, and held author stayed 0.630/0.622/0.614 with wrong 5.4/10.8/16.2%
# (main: 5.4/5.4/13.5%). 0.6 again: tune author 0.652/0.656/0.660, wrong 1.4/2.2/3.6%.
# The name counted anywhere also counted products and topics a body names again
# ("Apache Spark", "Logitech MX Master" taken on tune); counted only where a line starts
# with it (an author box, a bio, a comment's header), margin 0.6, two folds of tune:
# author 0.643/0.660/0.660, wrong 3.2/3.8/3.8%; full fit on tune: author 0.650/0.658/0.658,
# wrong 1.4/2.2/2.9% (main 3b53893: 0.650/0.656/0.658, same wrong).
# With "page_common_words" (the name's words written in lower case anywhere on the page)
# and "log_names_around" (other name lines around a byline read outside the header: cards,
# signatures; s24 authscore), two folds of tune (``--cv 0.5,0.6,0.7,0.8``): margin 0.6 ->
# author 0.652/0.660/0.668, wrong 2.6/3.8/3.8%; 0.7 -> 0.644/0.658/0.662, wrong
# 1.9/3.2/2.6%; 0.8 -> 0.637/0.650/0.654, wrong 1.9/2.6/2.6% (before, at 2dfb49b: 0.6 ->
# 0.639/0.660/0.658, wrong 3.2/3.8/3.8%; 0.7 -> 0.635/0.656/0.654, wrong 2.6/3.2/3.2%).
# 0.7 gives fewer wrong authors than 2dfb49b's 0.6 on every renderer, with author within
# 0.002 of it (one page is 0.004 of a fold); 0.8 loses authors for no fewer wrong on lxml.
# With list items that open with a by-label no menu entries, and the byline window under
# a headline below FIELD_LINES (s25 authrec), two folds of tune (``--cv 0.6,0.7``):
# margin 0.6 -> author 0.680/0.676/0.676, wrong 2.6/3.8/3.8%; 0.7 -> 0.668/0.666/0.666,
# wrong 2.6/3.2/2.6% (before, at e52582d: 0.6 -> 0.666/0.668/0.664, wrong 3.2/4.5/4.5%;
# 0.7 -> 0.654/0.662/0.656, wrong 2.6/3.2/2.6%). 0.7 kept: no more wrong authors than
# before on any renderer, and the held split's lxml wrong share is already 10.8%.
# With another field's value under its label alone and wrapped sentences' "by" no
# candidates (text_byline_not.py; s25 authwrong), two folds of tune (``--cv 0.6,0.7``):
# margin 0.6 -> author 0.666/0.670/0.668, wrong 2.6/3.8/4.5%; 0.7 -> 0.656/0.660/0.658,
# wrong 2.6/3.2/2.6% (before, at e52582d: 0.6 -> 0.666/0.668/0.664, wrong 3.2/4.5/4.5%;
# 0.7 -> 0.654/0.662/0.656, wrong 2.6/3.2/2.6%). 0.7 kept.
AUTHOR_MARGIN = 0.7

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
    "menu_neighbours", "in_window", "desk", "title_words", "log_name_elsewhere",
    "page_common_words", "log_names_around",
)


@lru_cache(maxsize=None)
def model(field: str) -> LinearModel:
    """The "date" or "author" scorer, checked against its feature names."""
    return load_linear(f"text_{field}", {"date": DATE_FEATURES, "author": AUTHOR_FEATURES}[field])


def place_features(i: int, title: int | None, anchor: int) -> dict[str, float]:
    """Where a line sits: the features the date and the byline scorers share."""
    if title is None:
        return {"no_title": 1.0, "below_title": 0.0, "log_title_distance": 0.0, "title_1_5": 0.0,
                "above_anchor": 1.0 if i < anchor else 0.0, "log_anchor_distance": math.log1p(abs(anchor - i))}
    return {"no_title": 0.0, "below_title": 1.0 if i > title else 0.0, "log_title_distance": math.log1p(abs(i - title)),
            "title_1_5": 1.0 if 0 < i - title <= 5 else 0.0,
            "above_anchor": 1.0 if i < anchor else 0.0, "log_anchor_distance": math.log1p(abs(anchor - i))}


def name_elsewhere(page_text: str, line_text: str, names: list[str]) -> float:
    """log(1 + the lines other than its own that START with the byline's first name): a
    writer heads an author box, a bio ("Lisa Jennings is a veteran ..."), a comment
    reply; an unlabelled name line beside the date ("Andrew King") gets the evidence a
    label would give. A topic or a product named as a heading is written again inside
    the body's sentences ("Read the full Porsche Macan review"), which do not count.
    The name as written, case kept: no language's words needed."""
    if not names or len(names[0]) < 4:
        return 0.0
    return math.log1p(max(0, lines_starting_with(page_text, names[0]) - lines_starting_with(line_text, names[0])))


def capitalised_words_common(names: list[str], lower_case: Container[str]) -> float:
    """The share of the names' capitalised words that the page writes in lower case
    (``lower_case``: a word is in it when the page writes it so). The words a name itself
    writes in lower case ("de", "van", "bin", "da" in "Jan de Vries") are passed over: the
    byline's own line writes them, so they would count on every page, whatever the page.
    A name with no capitalised word at all (a handle, "@jdoe") is all the page's lower
    case: its words are counted as they are, as before."""
    words = [t.lower() for name in names for t in name.split() if not t.islower()] or [
        t for name in names for t in name.lower().split()]
    return sum(1 for t in words if t in lower_case) / max(1, len(words))


def lines_starting_with(text: str, name: str) -> int:
    r"""How many lines of ``text`` start with ``name`` as a whole word, after spaces and at
    most three other marks ("- Jane Doe", "@Jane Doe"): the regex
    ``^[ \t]*[^\w\n]{0,3}<name>(?!\w)`` (multiline) counted, but with ``str.find`` over
    the name's occurrences only: no pattern compiled per candidate, no scan of every line."""
    count, at, counted_line = 0, text.find(name), -1
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        end = at + len(name)
        if (line_start != counted_line and _is_lead(text[line_start:at])
                and (end == len(text) or not _is_word_char(text[end]))):
            count, counted_line = count + 1, line_start
        at = text.find(name, at + 1)
    return count


def _is_word_char(ch: str) -> bool:
    r"""What the regex ``\w`` matches (str patterns): letters, digits of any script, "_"."""
    return ch.isalnum() or ch == "_"


def _is_lead(prefix: str) -> bool:
    """Spaces and tabs, then at most three marks that are no word characters."""
    marks = prefix.lstrip(" \t")
    return len(marks) <= 3 and not any(_is_word_char(ch) for ch in marks)


def names_around(blocks: list[Block], b: Block, lines: int = NAMES_AROUND_LINES) -> int:
    """How many other names stand on lines of their own within ``lines`` lines of ``b``
    (its own name written again not counted). Outside the header, a name among other
    names is one card of many: related articles with their writers, a comment thread's
    signatures, a team's bios; the writer's author box under the article stands alone."""
    seen = {b.text.strip()}
    for j in range(max(0, b.index - lines), min(len(blocks), b.index + lines + 1)):
        text = blocks[j].text.strip()
        if text not in seen and maybe_name(text):
            seen.add(text)
    return len(seen) - 1
