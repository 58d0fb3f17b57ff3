"""Memory of the text path's blocks: cached values live in declared slots, not in a dict
per block, and a block keeps no list of its words."""
from __future__ import annotations

import re
import tracemalloc

from newsclean.model import Block
from newsclean.read.text import text_to_blocks

LINES = ["By Jane Doe and John Roe", "Updated 12 March 2024, 10:15", "© 2024 Example News.",
         "He said \"No.\"", "• Council votes on the budget", "Reading: the fed holds rates"]


def test_cached_values_equal_what_the_text_gives() -> None:
    for line in LINES:
        block = text_to_blocks(line)[0]
        words = re.findall(r"\w+", block.text)
        # Read twice: the cached value must be the same as the first, computed one.
        for _ in range(2):
            assert block.words == words
            assert block.word_count == len(words)
            assert block.normalized == " ".join(words).lower()
            assert block.has_digit == any(c.isdigit() for c in block.text)
    assert Block(0, 'He said "No."').ends_like_sentence and not Block(0, "Latest News").ends_like_sentence


def test_words_list_is_not_kept() -> None:
    block = Block(0, "one two three")
    first = block.words
    first.append("changed")  # a caller's list is its own: the block's value is unchanged
    assert block.words == ["one", "two", "three"] and block.word_count == 3


def test_blocks_have_no_instance_dict() -> None:
    # A dict per block, grown by the values cached on first read in whatever order the
    # cleaners read them, cost about 800 bytes a block (25x a short line of a text dump).
    assert not hasattr(Block(0, "x"), "__dict__")


def test_cached_values_cost_little_per_block() -> None:
    # The values cached by the cleaners, read in varying orders as cleaners do: what
    # they add per block is about the normalized string (here under 80 bytes), not a dict.
    blocks = [Block(i, f"By Jane Doe{i} and John Roe{i}") for i in range(5000)]
    tracemalloc.start()
    try:
        for i, block in enumerate(blocks):
            if i % 2:
                block.has_digit, block.word_count, block.normalized, block.ends_like_sentence
            else:
                block.normalized, block.ends_like_sentence, block.word_count, block.has_digit
        added = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert added / len(blocks) < 200, added / len(blocks)


def test_long_lines_give_the_same_values() -> None:
    # Past _LIST_WORDS_UP_TO characters the count and the normalized text are made
    # without a list of words: same values as from the list.
    for text in ("ab " * 5000, "__x_ y-z! " * 3000, "  Été, déjà vu… 12:30\u00a0h " * 1000, "word" * 4000):
        block = Block(0, text)
        words = re.findall(r"\w+", text)
        assert block.word_count == len(words)
        assert block.normalized == " ".join(words).lower()
    for text in ("", "!!!", " a ", "_", "é-É"):
        assert Block(0, text).normalized == " ".join(re.findall(r"\w+", text)).lower()


def test_the_language_guess_samples_a_bounded_number_of_words() -> None:
    # The text path's stoplist guess reads the longest lines' words: on a 1 MB line of
    # short words that list was 20 MB, the text path's peak. It counts bytes, not time.
    from newsclean.learned.stoplists import _stoplists, guess_stoplist

    line = Block(0, "und der die das " * 60_000)  # 960 KB, 240,000 words of German
    guess_stoplist([Block(0, "der Hund und die Katze")])  # load the stoplists first
    tracemalloc.start()
    stoplist = guess_stoplist([line])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert stoplist == _stoplists()["German"]
    assert peak < 2_000_000, peak
