"""``text_field_scorers.lines_starting_with`` (s24, issue 16): the count behind the byline
scorer's "log_name_elsewhere", made without a regex compiled per candidate. It counts what
``^[ \\t]*[^\\w\\n]{0,3}<name>(?!\\w)`` (multiline) counted, line by line; the cases below are
read from that definition, and the last test holds the two to the same counts."""
import random
import re

from newsclean.fields.text_field_scorers import lines_starting_with


def test_a_line_counts_once_when_it_starts_with_the_name() -> None:
    # Line 1 starts with the name; line 2 after spaces and a bullet; line 3 names it in a
    # sentence only; line 4 twice, but it is one line.
    page = "Lisa Jennings\n   • Lisa Jennings, May 2\nBy then Lisa Jennings had left.\nLisa Jennings Lisa Jennings"
    assert lines_starting_with(page, "Lisa Jennings") == 3


def test_more_than_three_marks_or_a_word_before_the_name_do_not_count() -> None:
    assert lines_starting_with("----Ana Lima", "Ana Lima") == 0
    # Spaces before the marks are free; a space after them is a mark ("-- " is three).
    assert lines_starting_with("  -- Ana Lima", "Ana Lima") == 1
    assert lines_starting_with("--- Ana Lima", "Ana Lima") == 0
    assert lines_starting_with("x Ana Lima", "Ana Lima") == 0


def test_the_name_must_end_at_a_word_boundary_in_any_script() -> None:
    assert lines_starting_with("Ana Limaé\nAna Lima_\nAna Lima2", "Ana Lima") == 0
    assert lines_starting_with("Ana Lima.\nAna Lima", "Ana Lima") == 2
    assert lines_starting_with("Олег Ив\nОлег Ивáнов", "Олег Ив") == 1


def test_the_same_counts_as_the_multiline_pattern() -> None:
    rng = random.Random(16)
    pieces = ["Ann", "Ann A", " ", "\t", "\n", "-", "@", "é", "_", "1", "•", "\r", "x", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        name = rng.choice(["Ann", "Ann A", "@Ann", "nn A", "AnnAnn"])
        pattern = re.compile(r"^[ \t]*[^\w\n]{0,3}" + re.escape(name) + r"(?!\w)", re.M)
        assert lines_starting_with(text, name) == len(pattern.findall(text)), (text, name)
