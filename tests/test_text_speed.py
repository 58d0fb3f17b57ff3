"""The text path does each piece of work per line once (issue 16, docs/text_speed.md).

These tests count work, never time it: each counts how often a line's text is read by
some operation while a page is cleaned, on a small page whose answer is known.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields import Metadata
from newsclean.model import Block, Page
from newsclean.cleaners.base import line_cleaner
from newsclean.pipeline import run_chain


class CountingText(str):
    """A line's text that counts the calls of the str methods the per-line facts use."""

    calls: dict[str, int] = {}

    def casefold(self) -> str:
        CountingText.calls["casefold"] = CountingText.calls.get("casefold", 0) + 1
        return str.casefold(self)


def _page(lines: list[str]) -> Page:
    return Page([Block(i, CountingText(line)) for i, line in enumerate(lines)], "text", Metadata())


def test_line_cleaners_case_fold_each_line_once():
    # Two line cleaners that look for their fragments in the case-folded line: the line
    # is folded once for the page, not once per cleaner (the old code folded it in each).
    newsletter = line_cleaner("newsletter", re.compile(r"^sign up for our newsletter$", re.I), "newsletter",
                              needs=("newsletter",))
    share = line_cleaner("share", re.compile(r"^share on \w+$", re.I), "share", needs=("share",))
    lines = ["Sign up for our NEWSLETTER", "Share on Mastodon", "The council met on Monday.", "Weather"]
    page = _page(lines)
    CountingText.calls = {}
    run_chain(page, [newsletter, share])
    assert [b.removed_by for b in page.blocks] == ["newsletter", "share", None, None]
    # The first cleaner folds all four lines; the second reads the folded copies of the three it still sees.
    assert CountingText.calls["casefold"] == len(lines)


def test_a_cached_fact_is_computed_once_and_kept():
    from newsclean import model

    computed = []
    original = model._FACTS["word_count"]
    model._FACTS["word_count"] = lambda text: computed.append(text) or original(text)
    try:
        block = Block(0, "Three short words")
        assert [block.word_count for _ in range(3)] == [3, 3, 3]
    finally:
        model._FACTS["word_count"] = original
    assert computed == ["Three short words"]


def test_a_text_dump_gets_its_line_facts_in_one_pass():
    # text_to_blocks sets every line's four facts at once (model.fill_facts): reading
    # them afterwards computes none of them line by line.
    from newsclean import model
    from newsclean.read.text import text_to_blocks

    computed = []
    saved = dict(model._FACTS)
    for name, compute in saved.items():
        model._FACTS[name] = lambda text, name=name, compute=compute: computed.append(name) or compute(text)
    try:
        blocks = text_to_blocks("Council approves budget\n\nThe vote was 7-2 on Monday.\n  • News")
        facts = [(b.word_count, b.normalized, b.ends_like_sentence, b.has_digit) for b in blocks]
    finally:
        model._FACTS.update(saved)
    assert facts == [(3, "council approves budget", False, False), (7, "the vote was 7 2 on monday", True, True),
                     (1, "news", False, False)]
    assert computed == []


_LINES = st.lists(st.text(alphabet=st.sampled_from(list("aZ1_ .!?…\"')]-ΣσςΑİıß\u0345\u2028\x1c\t")), max_size=16)
                  | st.text(max_size=30), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_facts_filled_at_once_are_those_read_one_by_one(lines):
    from newsclean.model import fill_facts

    blocks = [Block(i, line) for i, line in enumerate(lines)]
    fill_facts(blocks)
    assert [(b.word_count, b.normalized, b.ends_like_sentence, b.has_digit) for b in blocks] == \
        [(f.word_count, f.normalized, f.ends_like_sentence, f.has_digit) for f in (Block(0, line) for line in lines)]
