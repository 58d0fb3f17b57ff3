"""benchmarks/ceilings.py --bylines: which dumps of author-less pages print a byline line
(the share of the wrong-author target that the labels, not the reader, decide)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `benchmarks` beside the tests
from benchmarks.ceilings import prints_byline  # noqa: E402


@pytest.mark.parametrize("line", ["By uclahealth", "Written by Madeline Puckette", "By: Jane Doe",
                                  "Von Anna Schmidt und Jan Kowalski", "Posted by Kev"])
def test_a_byline_line_is_found(line):
    assert prints_byline("\n".join(["Headline of the story", line, "The story starts here and goes on."]))


@pytest.mark.parametrize("line", ["Sort by price", "By the way, it rained all day.",
                                  "By far the largest of the new stadiums built in the region last year",
                                  "Stand by Me",
                                  # a by-label of another language as a headline's first word
                                  "Von der Leyen visits Kyiv", "Di Maio attacca il governo", "Par for the course"])
def test_lines_that_only_hold_a_by_are_not_bylines(line):
    assert not prints_byline("\n".join(["Headline of the story", line, "The story starts here and goes on."]))


def test_only_the_top_lines_are_looked_at():
    body = [f"Paragraph {n} of the article goes on." for n in range(400)]
    assert not prints_byline("\n".join(["Headline", *body, "By Jane Doe"]))
