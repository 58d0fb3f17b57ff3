"""The headline scorer reads how many content words of a line are written in lower case
(``log_lower_words``): none in a headline in title case, a few in one in sentence case,
many in the dek under it or in a paragraph's line, which a dump without blank lines
(lxml's) can show without its closing period."""
import math

from helpers import PARAGRAPHS
from newsclean.fields.text_title import FEATURES, candidates
from newsclean.read.text import text_to_blocks

HEADLINE = "What Meditation Can Do for You and How to Get Started"
DEK = "From breathing exercises to long walks, simple practice can help you feel calmer and relaxed"


def features_of(lines: list[str]) -> dict[str, dict[str, float]]:
    blocks = text_to_blocks("\n".join(["Shop", "About us", "Contact", *lines, *PARAGRAPHS]))
    return {text: dict(zip(FEATURES, feats)) for _, text, feats in candidates(blocks)}


def test_lower_case_content_words_are_counted():
    found = features_of([HEADLINE, DEK])
    # Title case: "for", "you", "and", "how", "to" are function words; no content word is lower case.
    assert found[HEADLINE]["log_lower_words"] == 0.0
    # breathing, exercises, long, walks, simple, practice, can, help, feel, calmer, relaxed
    # ("from", "to", "you", "and" are function words).
    assert found[DEK]["log_lower_words"] == math.log1p(11)


def test_a_headline_in_sentence_case_has_a_few():
    line = "Go ahead, self-host the database"
    # ahead, self, host, database: the words are those of the normalised line ("self-host" is two).
    assert features_of([line])[line]["log_lower_words"] == math.log1p(4)

