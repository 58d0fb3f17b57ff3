"""Promises that hold for any input."""
import re

from hypothesis import given, settings
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
    article = newsclean.extract(text, source_type="text")
    input_words = set(re.findall(r"\w+", text))
    assert set(re.findall(r"\w+", article.body)) <= input_words
    article.to_json()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_bytes_never_raise(data):
    newsclean.extract(data)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=500))
def test_any_str_as_html(text):
    newsclean.extract("<html><body><p>" + text + "</p></body></html>")
