"""inscriptis draws nested list items with a sign per level: "* ", "+ ", "o ", "- "
(read/text.py ``_BULLET``, ``_THIRD_LEVEL``). The dumps below are written as inscriptis
renders <ul><li>…<ul><li>… (checked by hand against inscriptis.get_text).

The first two tests fail on 5900065 ("+ " and "o " lines stayed paragraphs, bullet and
all; a long item over an "o " item took it in as one broken sentence). The last two are
guards that pass on 5900065 too: "o" is a word in pt/it/es prose.
"""
from __future__ import annotations

from newsclean.read.text import text_to_blocks

NESTED = "\n".join([
    "Sections",
    "",
    "  * World",
    "      + Europe",
    "          o Elections",
    "              - Results",
    "  * Business",
])


def test_each_inscriptis_level_is_a_list_item_without_its_sign() -> None:
    blocks = text_to_blocks(NESTED)
    assert [(b.tag, b.text) for b in blocks] == [
        ("p", "Sections"), ("li", "World"), ("li", "Europe"), ("li", "Elections"), ("li", "Results"), ("li", "Business"),
    ]
    assert [b.depth for b in blocks[1:]] == [0, 1, 2, 3, 0]


def test_an_o_item_under_a_long_item_is_not_joined_to_it() -> None:
    dump = "\n".join([
        "  * Guides",
        "      + How the council decided to raise spending on schools and public transport",
        "          o what the new budget means for families.",
    ])
    blocks = text_to_blocks(dump)
    assert [(b.tag, b.text) for b in blocks] == [
        ("li", "Guides"),
        ("li", "How the council decided to raise spending on schools and public transport"),
        ("li", "what the new budget means for families."),
    ]


def test_portuguese_o_opening_a_paragraph_stays_prose() -> None:
    # A nested page, but the line is not indented and follows a paragraph.
    dump = NESTED + "\n\nA reunião terminou tarde.\no presidente disse que sim."
    texts = [(b.tag, b.text) for b in text_to_blocks(dump)]
    assert ("p", "o presidente disse que sim.") in texts


def test_indented_o_without_the_second_level_stays_a_line() -> None:
    # No "+ " item anywhere: nothing shows inscriptis's nesting, so "o" is a word.
    dump = "  * Notícias\n    o dia em que tudo mudou"
    blocks = text_to_blocks(dump)
    assert [(b.tag, b.text) for b in blocks] == [("li", "Notícias"), ("p", "o dia em que tudo mudou")]


def test_a_plus_at_the_margin_is_no_bullet() -> None:
    # Guard (passes on 5900065 too): "+ 1." contents entries, "+ Follow" buttons.
    assert [(b.tag, b.text) for b in text_to_blocks("+ Follow\n+ 1. Why the budget matters")] == [
        ("p", "+ Follow"), ("p", "+ 1. Why the budget matters")]
