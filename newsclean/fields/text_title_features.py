"""The features the headline scorer reads of each text a candidate line offers.

Each feature is built by name (``FEATURES``, in the order of the weights in
newsclean/data/text_title.json): the line's shape (words, capitals, a closing period),
where it sits (above the first paragraph, over a date or a byline), how often it is
written, the words it shares with the article and with the page's URL, and on a dump
without blank lines (lxml's text) a second copy of some (``flat_`` + name). Kept apart
from the candidate lines (text_title_candidates.py) so that the names the weights are
checked against and the code that computes them stand in one place.
"""
from __future__ import annotations

import math
import re

from ..model import Block
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from .text_line_shapes import maybe_name
from .text_title_candidates import BY_LINE, SITE_SUFFIX, TOP, Evidence, ends_with_copy, words_of_line, words_of_text
from .url_words import fold, word_key, words_of

# Function words: a headline has a few, a sentence many, a menu none.
_STOP = ALL_FUNCTION_WORDS
_FOLDED_STOP = frozenset(map(fold, _STOP))
_CAPITALISED = re.compile(r"\b[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
# A numbered section heading or a list entry ("2. Make a Plan", "Tip #3 -"): inside an article.
_NUMBERED = re.compile(r"^(?:\d{1,2}\s*[.):]\s|#\d|(?:step|tip|part|chapter)\s*#?\d)", re.I)

FEATURES = (
    "log_words", "period_end", "comma_colon_end", "capitalised", "log_copies", "site_stripped",
    "before_anchor", "log_anchor_distance", "date_follows", "byline_follows", "has_date",
    "looks_like_name", "position", "first_line", "longest", "separator_left", "blank_before",
    "list_item", "question", "log_index", "words_4_20", "words_over_20", "stop_density",
    "sentence_end", "glued", "by_prefix", "anchor_1_3", "anchor_4_10", "nearest_above_anchor",
    "all_caps", "short_above", "body_vocabulary", "crumb_stripped", "numbered", "site_elsewhere",
    "top_unrepeated", "echo", "article_vocabulary", "article_frequency", "repeated_below", "neighbours_short",
    "stands_out", "prose_above", "prose_follows", "first_over_prose", "over_meta_below", "date_cut",
    "log_lower_words",
)
# The page's URL, when the caller gives it: how many of a line's words its path holds.
# Fitted after the others, on top of their score (benchmarks/train_text_metadata.py):
# 0.0 on every line of a page without a URL, which is then ranked as it would be without them.
URL_FEATURES = ("url_share", "url_cover")
# A dump without blank lines (lxml's text writes none, nor list markers) shows a
# headline by other evidence than one with them: these features get a second weight,
# read only on such dumps ("flat_" + name; 0.0 on the others).
FLAT_READ = (
    "log_words", "capitalised", "log_copies", "log_anchor_distance", "date_follows", "byline_follows",
    "longest", "question", "words_4_20", "sentence_end", "anchor_1_3", "anchor_4_10", "nearest_above_anchor",
    "short_above", "body_vocabulary", "article_frequency", "repeated_below", "neighbours_short", "stands_out",
    "prose_follows", "first_over_prose", "prose_above", "before_anchor", "all_caps", "stop_density",
)
# Read on such dumps only (their "flat_" copy is the only one): a trail or a kicker over
# the headline, which the list markers and blank lines of the other dumps show already.
# Fitted on both (benchmarks/train_text_metadata.py --cv-title, two folds of tune,
# inscriptis / html-text / lxml, with the URL and without): as features of every dump
# 79.1 / 80.9 / 76.4 and 72.6 / 78.5 / 68.4; on flat dumps only 79.1 / 81.6 / 76.4 and
# 72.1 / 79.8 / 68.4; neither 79.1 / 81.1 / 75.6 and 72.3 / 79.5 / 66.8. "wraps_copy"
# (a trail or a teaser glued to a whole candidate line) took lxml from 77.4 to 78.3 with
# the URL, 69.2 without (others within 0.2).
FLAT_ONLY = ("cut_copy", "longer_below", "wraps_copy")
_FLAT_NAMES = tuple("flat_" + name for name in FLAT_READ + FLAT_ONLY)
_FLAT_ZEROS = dict.fromkeys(_FLAT_NAMES, 0.0)
FEATURES = FEATURES + _FLAT_NAMES + URL_FEATURES


def title_features(ev: Evidence, i: int, text: str, split: list[str], norm: str, how: tuple[float, float, float, float],
              suffix: re.Match | None, shape: tuple[float, int]) -> dict[str, float]:
    """The features of one text offered by line ``i`` (``split``: its words, ``norm``
    joined; ``how``: stripped of a site name, of a breadcrumb, site found elsewhere, cut
    at a date)."""
    blocks, start, b = ev.blocks, ev.start, ev.blocks[i]
    stripped, crumb, elsewhere, cut = how
    short_share, neighbour_words = shape
    words = words_of_text(text, split)
    caps = len([w for w in _CAPITALISED.findall(text) if w.isupper()]) / words
    n_copies = ev.copies.get(norm, 0) + (1 if stripped else 0)
    # The line's content words, filtered once for the four features that read them.
    content = [w for w in split if w not in _STOP]
    values = {
        "log_words": math.log1p(words),
        "period_end": 1.0 if text.endswith(".") else 0.0,
        "comma_colon_end": 1.0 if text.endswith((",", ":", ";")) else 0.0,
        "capitalised": min(caps, 1.0),
        "log_copies": math.log1p(n_copies),
        "site_stripped": stripped,
        "before_anchor": 1.0 if i < start else 0.0,
        "log_anchor_distance": math.log1p(abs(start - i)),
        "date_follows": 1.0 if i in ev.date_follows else 0.0,
        "byline_follows": 1.0 if i in ev.byline_follows else 0.0,
        "has_date": 1.0 if i in ev.dated else 0.0,
        "looks_like_name": 1.0 if words <= 5 and maybe_name(text) else 0.0,
        "position": i / len(blocks),
        "first_line": 1.0 if i == 0 else 0.0,
        "longest": 1.0 if words_of_line(b) == ev.longest else 0.0,
        "separator_left": (1.0 if suffix else 0.0) if text is b.text else (1.0 if SITE_SUFFIX.search(text) else 0.0),
        "blank_before": 1.0 if b.blank_before else 0.0,
        "list_item": 1.0 if b.is_list_item else 0.0,
        "question": 1.0 if text.endswith("?") else 0.0,
        "log_index": math.log1p(i),
        "words_4_20": 1.0 if 4 <= words <= 20 else 0.0,
        "words_over_20": 1.0 if words > 20 else 0.0,
        "stop_density": (words - len(content)) / words,
        "sentence_end": 1.0 if b.ends_like_sentence else 0.0,
        "glued": 1.0 if _GLUED.search(text) else 0.0,
        "by_prefix": 1.0 if BY_LINE.match(text) or text.lower().startswith("by:") else 0.0,
        "anchor_1_3": 1.0 if 1 <= start - i <= 3 else 0.0,
        "anchor_4_10": 1.0 if 4 <= start - i <= 10 else 0.0,
        "nearest_above_anchor": 1.0 if i == ev.nearest else 0.0,
        "all_caps": 1.0 if text.isupper() else 0.0,
        "short_above": 1.0 if i > 0 and blocks[i - 1].word_count <= 3 else 0.0,
        "body_vocabulary": _overlap(content, ev.lead),
        "crumb_stripped": crumb,
        "numbered": 1.0 if _NUMBERED.match(text) else 0.0,
        "site_elsewhere": elsewhere,
        # The <title> copy on top, written nowhere else: the page's <h1> near the
        # paragraphs, when there is one, is usually the headline as printed.
        "top_unrepeated": 1.0 if i < TOP and n_copies <= 1 and ev.nearest is not None and ev.nearest >= TOP else 0.0,
        "echo": 0.0 if i < TOP else _overlap(content, ev.top_words),
        "article_vocabulary": _overlap(content, ev.body_counts),
        "article_frequency": _frequency(content, ev.body_counts),
        "repeated_below": 1.0 if norm in ev.below_lines else 0.0,
        "neighbours_short": short_share,
        "stands_out": 1.0 if words > neighbour_words else 0.0,
        "prose_above": math.log1p(ev.prose_above.get(i, 0)),
        "prose_follows": 1.0 if i in ev.over_prose else 0.0,
        "first_over_prose": 1.0 if i == ev.first_over else 0.0,
        # Far below the start, over a date or a byline (text_title_candidates.OVER_META).
        "over_meta_below": 1.0 if i in ev.over_meta else 0.0,
        # The words in front of a date glued to the line (text_title_candidates.cut_at_date).
        "date_cut": cut,
        # Content words written in lower case: none in a headline in title case, a few in
        # one in sentence case, many in a dek or a paragraph's line ("From breath meditation
        # to yoga nidra, all types of meditation aim to help you feel calmer...").
        "log_lower_words": math.log1p(_lower_case(text, content)),
    }
    values["url_share"], values["url_cover"] = _url_overlap(text, ev.url_words)
    if not ev.flat:
        values.update(_FLAT_ZEROS)
        return values
    values.update(zip(_FLAT_NAMES, map(values.__getitem__, FLAT_READ)))
    # The start of another candidate line (a trail's step "What is an online course?" over
    # "What is an Online Course? Definition Explained", a teaser cut with "..."): a
    # shortened copy. lxml's text writes a trail without the list markers that show it.
    values["flat_cut_copy"] = 1.0 if ev.cut_from.get(norm, set()) - {i} else 0.0
    # A longer headline-shaped line under this one sits over the article: this one is the
    # headline over its dek, or a kicker or a trail's last step over the headline. The fit
    # weighs which is commoner (on the tune split's flat dumps, the first: its weight is
    # positive, and cut_copy's negative).
    values["flat_longer_below"] = 1.0 if i in ev.longer_below else 0.0
    # Another candidate line's whole text after words of this one's own: a trail glued to
    # the headline ("Blog Fitness <headline>") or a teaser's ("0 Comment on <headline>").
    values["flat_wraps_copy"] = 1.0 if ends_with_copy(norm, i, ev.texts_of) else 0.0
    return values


def neighbour_shape(blocks: list[Block], i: int) -> tuple[float, int]:
    """The share of the two lines on each side of line ``i`` that are short (3 words or
    fewer), and the most words of those that do not end like a sentence. A dump without
    blank lines or list markers (lxml's text) writes a menu as a run of short lines; a
    headline among them is longer than the lines around it."""
    around = [blocks[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(blocks)]
    short_share = sum(1 for n in around if n.word_count <= 3) / len(around) if around else 0.0
    return short_share, max((n.word_count for n in around if not n.ends_like_sentence), default=0)


def _url_overlap(text: str, url_words: frozenset[str]) -> tuple[float, float]:
    """The share of the line's content words written in the URL's path, and the share of
    the path's content words written in the line: a slug is the headline's words, in any
    language. (0.0, 0.0) without a URL."""
    if not url_words:
        return 0.0, 0.0
    content = {word_key(w) for w in words_of(text) if w not in _FOLDED_STOP}
    if not content:
        return 0.0, 0.0
    shared = len(content & url_words)
    return shared / len(content), shared / len(url_words)


def _lower_case(text: str, content: list[str]) -> int:
    """How many of the line's content words (``content``: its normalised words but function
    words) are written in lower case in ``text``."""
    if text.istitle():
        return 0
    lower = {w for w in _WORD.findall(text) if w[0].islower()}
    return sum(1 for w in content if w in lower) if lower else 0


def _frequency(content: list[str], counts: dict[str, int]) -> float:
    """How often the line's content words (its words but function words) are written in
    the body, each counted up to 5 times."""
    return sum(min(counts.get(w, 0), 5) for w in content) / (5 * len(content)) if content else 0.0


def _overlap(content: list[str], lead: set[str] | dict[str, int]) -> float:
    """The share of the line's content words (its words but function words) in ``lead``."""
    return sum(1 for w in content if w in lead) / len(content) if content else 0.0
