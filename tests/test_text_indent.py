"""The line scorer's layout evidence from indentation (read/text.py's ``Block.indent``,
classify.off_prose_indent): a renderer that draws the page's nesting (inscriptis) indents
the article's paragraphs alike, and menus, teasers and comments otherwise.

Every test here fails on 2dfb49b (blocks had no ``indent``; the feature did not exist).
"""
from __future__ import annotations

from newsclean.cleaners.classify import FIRST_FEATURES, line_feature_matrix, off_prose_indent
from newsclean.read.text import text_to_blocks

PROSE = ("The council voted on Tuesday to approve the new budget, which raises spending on "
         "schools and public transport by nearly eight percent.")
OTHER = ("Opposition members said the plan relied on optimistic forecasts and warned of a "
         "shortfall if tax revenue fell short.")
# As inscriptis draws a page: the menu at the left edge, the article's paragraphs at one
# depth, a teaser list of other articles deeper.
NESTED = "\n".join([
    "Home", "  * World", "  * Business",
    "        " + PROSE, "        " + OTHER,
    "            * Minister resigns after a week of protests in the capital",
    "            * Storm closes schools across the region",
])


def test_blocks_carry_their_indentation() -> None:
    assert [b.indent for b in text_to_blocks(NESTED)] == [0, 2, 2, 8, 8, 12, 12]


def test_tab_and_no_break_space_indent_too() -> None:
    assert [b.indent for b in text_to_blocks("\tTabbed line\n\u00a0\u00a0Spaced line\nFlat")] == [1, 2, 0]


def test_lines_off_the_prose_indentation() -> None:
    assert off_prose_indent(text_to_blocks(NESTED)).tolist() == [1, 1, 1, -1, -1, 1, 1]


def test_a_flat_dump_has_no_indentation_evidence() -> None:
    flat = "\n".join(line.strip() for line in NESTED.split("\n"))
    assert off_prose_indent(text_to_blocks(flat)).tolist() == [0] * 7


def test_the_features_are_scorer_columns() -> None:
    stoplist = frozenset({"the", "on", "of", "and", "to"})
    blocks = text_to_blocks(NESTED)
    x = line_feature_matrix(blocks, stoplist, [1] * len(blocks))
    assert x[:, FIRST_FEATURES.index("off_prose_indent")].tolist() == [1, 1, 1, 0, 0, 1, 1]
    assert x[:, FIRST_FEATURES.index("at_prose_indent")].tolist() == [0, 0, 0, 1, 1, 0, 0]
    # A flat dump: neither column says anything.
    flat = text_to_blocks("\n".join(line.strip() for line in NESTED.split("\n")))
    x = line_feature_matrix(flat, stoplist, [1] * len(flat))
    assert not x[:, [FIRST_FEATURES.index("off_prose_indent"), FIRST_FEATURES.index("at_prose_indent")]].any()


def test_indent_by_no_break_or_full_width_spaces_alone() -> None:
    # rev4: a page whose only indentation is no-break spaces (no double space, no tab)
    # skipped the pass that sets indent, and the full-width space (a CJK paragraph's
    # indent) and the other Unicode spaces the folding knows were not counted.
    assert [b.indent for b in text_to_blocks("\u00a0\u00a0Spaced line\nFlat")] == [2, 0]
    assert [b.indent for b in text_to_blocks(" One space\nFlat")] == [1, 0]
    assert [b.indent for b in text_to_blocks("\tTabbed\n\u3000\u3000中文段落。\nFlat")] == [1, 2, 0]
    assert [b.indent for b in text_to_blocks("\u2003\u2003Em spaces\n\u200b\u00a0Zero width\nFlat")] == [2, 1, 0]


def test_indent_alone_makes_no_table() -> None:
    # No-break spaces between words are no column gap: indentation alone leaves lists
    # and tables as they were (the kinds pass on 3b31348 too; the indents fail there).
    rows = "\n".join(["\u00a0\u00a0Paris\u00a0France 2", "\u00a0\u00a0Rome\u00a0Italy 3", "\u00a0\u00a0Bonn\u00a0Germany 4"])
    blocks = text_to_blocks(rows)
    assert [b.kind for b in blocks] == ["paragraph"] * 3
    assert [b.indent for b in blocks] == [2, 2, 2]
