"""Patterns rewritten for speed find what the patterns they replace found.

Each replaced pattern is kept here, verbatim, as the reference: on generated strings
the new pattern must give the same matches (spans) as the old one. (docs/text_speed.md,
session 25: a pattern that opens with one character class lets the regex engine skip
in C to the places a match can start.)
"""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

_OLD_YEAR = re.compile(r"(?:19|20|25)\d\d|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]{4}")
# Digits of the years the pattern knows and of others, in several scripts, and what
# stands between them.
_YEAR_CHARS = st.sampled_from(list("0125789 ,-\n/a") + ["\u0660", "\u0662", "\u06f1", "\u0966", "\u09e8", "\u0e52",
                                                        "\uff12", "\uff10", "\u0c67", "\u00b2"])


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_YEAR_CHARS, max_size=16))
@example("1999 2025 2519 1500 2100")
@example("\u0662\u0660\u0662\u0664")
@example("\uff12\uff10\uff12\uff14")
@example("1\u0660\u0660\u0660")
@example("2\u06f0\u06f2\u06f4")
@example("22019")
def test_year_is_the_old_pattern(text):
    from newsclean.fields.text_line_shapes import YEAR

    assert [m.span() for m in YEAR.finditer(text)] == [m.span() for m in _OLD_YEAR.finditer(text)]
    assert (YEAR.search(text) is None) == (_OLD_YEAR.search(text) is None)


_OLD_LAYOUT_NOTICE = re.compile(r"cookie|consent|privacy|terms of (?:use|service)|sign in|log in|subscri", re.I)
_NOTICE_PIECES = st.sampled_from(["cookie", "COOKIE", "Consent", "privacy", "PRIVACY", "terms of use", "Terms Of Service",
                                  "terms of", "sign in", "SIGN IN", "log in", "subscri", "\u017fign in", "\u017fubscri",
                                  "ookie", "c", "p", "t", "s", "l", "S", "\u017f", "\u0130", "\u0131", "\u212a", " ", "x", "\n"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_NOTICE_PIECES, max_size=8).map("".join))
@example("We use cookies. Sign in or subscribe.")
@example("\u017fubscribe to the newsletter")
@example("Terms of Service and privacy policy")
def test_layout_notice_is_the_old_pattern(text):
    from newsclean.layout import _NOTICE

    assert [m.span() for m in _NOTICE.finditer(text)] == [m.span() for m in _OLD_LAYOUT_NOTICE.finditer(text)]
