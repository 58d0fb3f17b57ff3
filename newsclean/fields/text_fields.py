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

The readers live in five modules: text_field_window.py (where both look), text_field_scorers.py
(the feature names, the weights, the features both read), text_dates.py (the date lines),
text_byline_parse.py (one line read as a byline) and text_bylines.py (the byline lines and
"nobody"). This module keeps the names the rest of the code, the tests and the training
script import from ``text_fields``.
"""
from __future__ import annotations

from .text_byline_parse import byline_names
from .text_bylines import COMMON_LINES, author_candidates, ranked_bylines
from .text_dates import (DEK_GAP, FALLBACK_DATES, best_date, date_candidates, date_lines, date_pool, date_pool_of,
                         header_dates, ranked_dates)
from .text_field_scorers import AUTHOR_FEATURES, AUTHOR_MARGIN, DATE_FEATURES, model
from .text_field_window import AFTER_ANCHOR, AFTER_TITLE, BEFORE_ANCHOR, FIELD_LINES, field_window, lines_matching

__all__ = [
    "AFTER_ANCHOR", "AFTER_TITLE", "AUTHOR_FEATURES", "AUTHOR_MARGIN", "BEFORE_ANCHOR", "COMMON_LINES", "DATE_FEATURES",
    "DEK_GAP", "FALLBACK_DATES", "FIELD_LINES", "author_candidates", "best_date", "byline_names", "date_candidates",
    "date_lines", "date_pool", "date_pool_of", "field_window", "header_dates", "lines_matching", "model",
    "ranked_bylines", "ranked_dates",
]
