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
    # The lower line ends a sentence, so only the full stop above keeps them apart (rev4:
    # "coming up next: the weather" ended none, and stayed apart even without that check).
    assert len(text_to_blocks(first + " year.\ncoming up next: the weather for the weekend.")) == 2


def test_no_join_under_a_short_line() -> None:
    # Guard (passes on both): short lines over a lower-case line are menus and labels.
    assert [b.text for b in text_to_blocks("Sign in\nor\nregister for free")] == ["Sign in", "or", "register for free"]


def test_a_long_broken_paragraph_is_built_once(monkeypatch) -> None:
    # rev4: each join re-built the growing paragraph (a new string and a new Block per
    # line), quadratic on a long paragraph of short lines (~5 s for 1 MB). Counted, not
    # timed: the paragraph of 500 lines is one block, made no more than twice.
    # Fails on 3b31348 (500 blocks made) and on 2dfb49b (500 blocks, no join).
    import newsclean.read.text as text_module

    made = 0
    real_block = text_module.Block

    def counting_block(*args, **kwargs):
        nonlocal made
        made += 1
        return real_block(*args, **kwargs)

    monkeypatch.setattr(text_module, "Block", counting_block)
    line = "the council voted on Tuesday to approve the new budget for"
    blocks = text_to_blocks("City budget approved\n" + "\n".join([line] * 500))
    assert [b.text for b in blocks] == ["City budget approved", " ".join([line] * 500)]
    assert made <= 3


def test_windows_line_ends_and_turkish_join_alike() -> None:
    # Guard (passes on 3b31348; fails on 2dfb49b, no join): "\r\n" is a line break like
    # "\n", and a Turkish line opening in dotless "ı" or dotted "i" is lower case.
    assert [b.text for b in text_to_blocks(BROKEN.replace("\n", "\r\n"))] == [" ".join(BROKEN.split("\n"))]
    turkish = ("Belediye meclisi salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı ve\n"
               "ilçedeki okullara daha fazla kaynak ayrıldı.")
    assert [b.text for b in text_to_blocks(turkish)] == [" ".join(turkish.split("\n"))]


def test_no_join_without_case_or_over_a_hyphen() -> None:
    # Guards (pass on both): a script without case gives no evidence, so its lines stay
    # apart; a word cut at a line's end ("infor-") is no join on a space either.
    arabic = ("وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة للعام المقبل بعد نقاش طويل\n"
              "كما قال المسؤولون.")
    assert len(text_to_blocks(arabic)) == 2
    hyphen = "The council voted on Tuesday to approve the new budget and the infor-\nmation was published later that day."
    assert len(text_to_blocks(hyphen)) == 2
