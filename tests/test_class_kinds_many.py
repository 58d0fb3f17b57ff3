"""read.html.class_kinds_many: the context kinds of many class/id strings found together
with str methods, the same sets as class_kinds (re); the engine's walk uses it for the
names it has not seen (work counted: class_kinds is not called for them)."""
from __future__ import annotations

import random

import pytest

from newsclean.engine import segment as segment_module
from newsclean.engine.literals import LiteralAlternation
from newsclean.read.html import CLASS_KINDS_PATTERN, class_kinds, class_kinds_many
from newsclean.read.html_parse import parse_html


def test_same_sets_as_class_kinds() -> None:
    strings = ["Read-More-ads", "readmore", "post__share-bar social", "ad", "x-ad", "loads", "bio", "biography",
               "tags", "tag-list", "tagline", "more-stories", "morenews", "cta-box", "Byline author-bio",
               "caf\u00e9-related", "\u017fhare", "", "  ", "a\nb-ads", "related-related", "sponsored-content"]
    rng = random.Random(5)
    pieces = list("abcdrstmo-_ 9X") + ["read", "more", "ads", "tag", "bio", "share", "cta", "\u00e9", "credit"]
    strings += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    assert class_kinds_many(strings) == [class_kinds.__wrapped__(s) for s in strings]
    assert class_kinds_many(["Read-More-ads x-ad"]) == [frozenset({"class:read-more", "class:ads", "class:ad"})]


def test_a_pattern_outside_the_literal_subset_goes_to_re() -> None:
    alternation = LiteralAlternation(r"foo.*bar|baz")
    assert alternation.forms is None
    assert alternation.texts_many(["xFOOyyBAR baz", "none"]) == [("fooyybar", "baz"), ()]


def test_segment_reads_new_names_without_re(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(segment_module, "class_kinds", lambda names: calls.append(names) or class_kinds(names))
    monkeypatch.setattr(segment_module, "_NAMES", {})
    monkeypatch.setattr(segment_module, "_CONTEXT_TOKENS", {})
    tree = parse_html("<html><body><div class='story-wrap main'><p class='lead-para'>A long enough paragraph of "
                      "the story.</p></div><aside class='related-links sidebar' id='more-news'><a href='/x'>"
                      "Another story</a></aside></body></html>")
    seg = segment_module.segment(tree.find("body"))
    assert calls == []  # before: one re search per new token
    contexts = {block.text: block.context for block in seg.blocks}
    assert {"class:related", "class:sidebar", "class:more"} <= contexts["Another story"]
    assert not any(kind.startswith("class:") for kind in contexts["A long enough paragraph of the story."])
    assert CLASS_KINDS_PATTERN.search("related-links")  # (the kinds above are the pattern's)


def test_strings_that_name_no_kind_share_one_empty_set() -> None:
    # The engine caches the kinds of every new token of a page, most of which name none:
    # a new frozenset() each was 216 bytes a token (80,000 tokens: 77.6 -> 61.1 MiB peak).
    found = class_kinds_many(["q1x", "w2y", "related", "zz"])
    assert found[0] == found[1] == found[3] == frozenset() and found[2] == frozenset({"class:related"})
    assert found[0] is found[1] is found[3]
