"""Promises that hold for any input."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean

lines = st.lists(st.one_of(
    st.text(max_size=120),
    st.sampled_from(["Share", "Latest News", "© 2025 X. All Rights Reserved.", "  • News", "4 Min Read", "",
                     "By Jane Doe", "July 4, 2025", "The council voted on Tuesday to approve the new budget for schools "
                     "and transport, which rises by eight percent over two years."]),
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(lines)
def test_never_raises_and_words_come_from_the_input(parts):
    text = "\n".join(parts)
    try:
        article = newsclean.extract(text, source_type="text")
    except newsclean.NewscleanError:
        # Only a one-line str that looks like a file name or URL is refused, never a page.
        assert "\n" not in text and "<" not in text
        return
    input_words = set(re.findall(r"\w+", text))
    assert set(re.findall(r"\w+", article.body)) <= input_words
    article.to_json()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_bytes_never_raise(data):
    try:
        newsclean.extract(data)
    except newsclean.NewscleanError:
        assert data[:2] == b"\x1f\x8b"  # gzip data that does not inflate: the one refusal of bytes


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=500))
def test_any_str_as_html(text):
    newsclean.extract("<html><body><p>" + text + "</p></body></html>")


# The text path replaces some regexes with cheaper tests of the same thing. These check,
# on any text, that they answer as the plain regexes they replaced.
_SENTENCY = st.text(alphabet=st.sampled_from(list("ab .!?…\"'”’)]\n(-")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_SENTENCY, st.text(max_size=40)))
def test_ends_like_sentence_is_the_regex(text):
    from newsclean.model import Block

    assert Block(0, text).ends_like_sentence == bool(re.search(r"[.!?…][\"'”’)\]]*$", text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZÉ1_ -.éЖж9")), max_size=30) | st.text(max_size=40))
def test_capitals_and_numbers_start_words(text):
    from newsclean.cleaners.classify import _CAPITAL, _NUMBER

    assert len(_CAPITAL.findall(text)) == len(re.findall(r"\b[A-ZÀ-ÖØ-ÞА-Я]", text))
    assert len(_NUMBER.findall(text)) == len(re.findall(r"\b\d", text))


_CREDITISH = st.lists(st.sampled_from(
    ["AFP", "afp", "Getty Images", "EPA-EFE", "Reuters", "sepa", " ", "/", " / ", ")", "(", "Jane Doe", "x" * 41,
     "Photo: ", ".", "Pool", "istockphoto", "-", "’"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CREDITISH)
@example("Smoke over the city. AFP ) ")
@example("Smoke over the city. Reuters / Jane Doe) ")
@example("AFP/" + "x" * 41)
@example("Photo: Jane Doe / Getty Images / Pool")
def test_agency_at_the_end_read_backwards_is_the_forward_search(text):
    from newsclean.cleaners.captions import _ends_in_agency

    # The forward search it replaced, with the agency alternation as it was written then.
    agencies = (
        r"getty images|afp|ap photo|associated press|reuters|epa(?:-efe)?|shutterstock|istock(?:photo)?|"
        r"alamy|bloomberg|anadolu(?: agency)?|sipa(?: usa)?|zuma(?: press| wire)?|nurphoto|imago|"
        r"picture alliance|dpa|xinhua|tass|sputnik|pool|abaca(?:press)?|rex features|"
        r"wireimage|filmmagic|unsplash|pexels|pixabay|adobe stock|dreamstime|wikimedia commons"
    )
    forward = re.compile(rf"(?:{agencies})(?:\s*/\s*[\w .'’-]{{1,40}})*\s*\)?\s*$", re.IGNORECASE)
    assert _ends_in_agency(text) == bool(forward.search(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=9), max_size=12))
def test_kept_follows_every_removal(order):
    from newsclean.model import Block, Page
    from newsclean.fields import Metadata

    page = Page([Block(i, f"line {i}") for i in range(10)], "text", Metadata())
    for i in order:
        page.kept().clear()  # a caller that changes the list it got changes nothing
        if page.blocks[i].removed_by is None:
            page.remove(page.blocks[i], "test", "why")
        assert page.kept() == [b for b in page.blocks if b.removed_by is None]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a \t\u00a0\u2009\u200b\u3000\n")), max_size=20) | st.text(max_size=40))
def test_space_folding_is_every_run_to_one_space(text):
    from newsclean.read.text import _SPACES

    assert _SPACES.sub(" ", text) == re.sub(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+", " ", text)


def test_doctests_of_the_text_path_modules():
    import doctest
    import importlib

    for name in ("newsclean.model", "newsclean.cleaners.base", "newsclean.cleaners.classify",
                 "newsclean.cleaners.captions"):
        result = doctest.testmod(importlib.import_module(name))
        assert result.attempted > 0 and result.failed == 0, name


_FOOTERISH = st.lists(st.sampled_from(
    ["©", "(C)", "(c)", "Copyright", "COPR.", "Copr", "All Rights Reserved", "all rights", "ALL RIGHTS RESERVED.",
     "Previous", "PREV", "Next", "next", "Older", "Newer", " ", "»", "→", "<", "«", "Post", "article", "2025", "x" * 60,
     "Example Media", ".", "\u017f", "K"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_FOOTERISH)
@example("© 2025 Example Media. All Rights Reserved.")
@example("© 2025 Example Media")
@example("(C) 2024 Example Media")
def test_needed_fragments_are_in_every_line_the_pattern_takes(text):
    # ``needs`` only skips lines the pattern cannot match: the cleaner takes a line
    # exactly when it is short enough and the pattern matches.
    from newsclean.model import Block, Page
    from newsclean.cleaners.footer import copyright_lines
    from newsclean.fields import Metadata

    for cleaner in (copyright_lines,):
        run = cleaner.func
        closure = dict(zip(run.__code__.co_freevars, (c.cell_contents for c in run.__closure__)))
        assert "needed" in closure, cleaner.name  # the cleaner skips lines by its fragments
        page = Page([Block(0, text)], "text", Metadata())
        expected = [text] if page.blocks[0].word_count <= closure["max_words"] and closure["pattern"].match(text) else []
        assert [b.text for b, _ in cleaner(page)] == expected
