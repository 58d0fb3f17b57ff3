"""read/text.py: a paragraph the source broke mid-sentence (lxml's text keeps the HTML's
own line breaks) is read as one block, and nothing of it is lost.

The tests of joining fail on 2dfb49b (it made a block of each source line). The guards
(no join over a blank line, after a sentence end, under a short line, and every word kept)
pass on both.
"""
from __future__ import annotations

from newsclean.model import words_key
from newsclean.read.text import text_to_blocks

# One paragraph, cut by the page's source where its HTML was wrapped: the first two lines
# end in a word and a comma, and the next ones go on in lower case.
BROKEN = (
    "The council voted on Tuesday to approve the new budget for the\n"
    "coming year, which raises spending on schools and public transport,\n"
    "officials said after the meeting."
)
# The same in German and French: the evidence is the line's end and the next line's case.
BROKEN_DE = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für das\n"
    "kommende Jahr beschlossen, wie die Verwaltung mitteilte."
)
BROKEN_FR = (
    "Le conseil municipal a adopté mardi soir le nouveau budget de la ville pour\n"
    "l'année prochaine, a annoncé la mairie."
)


def test_broken_paragraph_is_one_block() -> None:
    blocks = text_to_blocks("City budget approved\n" + BROKEN)
    assert [b.text for b in blocks] == ["City budget approved", " ".join(BROKEN.split("\n"))]
    assert blocks[1].index == 1 and blocks[1].ends_like_sentence


def test_broken_paragraph_in_other_languages() -> None:
    for text in (BROKEN_DE, BROKEN_FR):
        blocks = text_to_blocks(text)
        assert [b.text for b in blocks] == [" ".join(text.split("\n"))]


def test_joined_paragraph_word_count_is_the_whole() -> None:
    # The region scorer's length features see the paragraph, not three short lines.
    (block,) = text_to_blocks(BROKEN)
    assert block.word_count == sum(len(line.split()) for line in BROKEN.split("\n"))


def test_every_word_is_kept() -> None:
    # Guard (passes on both): joining only puts lines together.
    text = "Home\nSign in\nor\nregister\n\n" + BROKEN + "\n\nnext story\n" + BROKEN_DE
    assert words_key(" ".join(b.text for b in text_to_blocks(text))) == words_key(text)


def test_no_join_over_a_blank_line_or_after_a_sentence() -> None:
    # Guards (pass on both): a blank line, or a full stop, ends the paragraph.
    first = "The council voted on Tuesday to approve the new budget for the"
    assert len(text_to_blocks(first + "\n\ncoming year, officials said.")) == 2
    assert len(text_to_blocks(first + " year.\ncoming up next: the weather")) == 2


def test_no_join_under_a_short_line() -> None:
    # Guard (passes on both): short lines over a lower-case line are menus and labels.
    assert [b.text for b in text_to_blocks("Sign in\nor\nregister for free")] == ["Sign in", "or", "register for free"]
