"""Linear-time replacements of backtracking patterns answer as the patterns did.

Each replaced pattern is kept here, verbatim, as the reference: on short generated
strings (where backtracking is still quick) the new function and the old pattern must
agree. A second kind of test counts work rather than timing it.
"""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

# Characters that make these patterns interesting: spaces of several kinds, a line
# break, letters that repeat, a case pair.
_CHARS = st.sampled_from(list("ab  \t\n\u2028xX/"))
_SHORT = st.text(alphabet=_CHARS, max_size=40)


def _doubled(draw_text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """copy + whitespace + copy (+ maybe a line break), the shape the glued test looks for."""
    return st.tuples(draw_text, st.text(alphabet=st.sampled_from(list(" \t\n\u2028")), max_size=4),
                     st.sampled_from(["", "\n", " ", "x"])).map(lambda t: t[0] + t[1] + t[0] + t[2])


_OLD_GLUED = re.compile(r"^(.{12,}?)\s*\1$", re.DOTALL)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_SHORT, _doubled(_SHORT)))
@example(" " * 30)
@example(" \t" * 15)
@example("  abcdefghijkl   abcdefghijkl")
@example("abcdefghijkl \n abcdefghijkl\n")
def test_glued_twice_is_the_old_pattern(text):
    from newsclean.cleaners.duplicates import is_glued_twice

    assert is_glued_twice(text) == bool(_OLD_GLUED.match(text))


_OLD_LOGO = re.compile(r"^(?:(\S{3,}?)\1+|(?:www\.)?[\w-]+(?:\.[a-z]{2,}){1,2})$", re.IGNORECASE)
# Case pairs the regex engine folds one character at a time ("İ" lowers to "i"; a final
# "Σ" is "σ" to it, though str.lower() reads it as "ς").
_LOGO_CHARS = st.sampled_from(list("aAbB.-wcom \nİiΣσς"))


def _repeated(unit: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(unit, st.integers(1, 6), st.sampled_from(["", "\n", "a", " "])).map(
        lambda t: t[0] * t[1] + t[2])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=_LOGO_CHARS, max_size=30),
                 _repeated(st.text(alphabet=_LOGO_CHARS, min_size=1, max_size=6))))
@example("aaaaaa")
@example("aaaaa")
@example("abababab")
@example("ababab")
@example("İİİiii")
@example("ΣΣΣσσσ")
@example("www.example.co.uk")
def test_logo_text_is_the_old_pattern(text):
    from newsclean.cleaners.navigation import LogoText

    assert LogoText().match(text) == bool(_OLD_LOGO.match(text))


def _old_caption_patterns():
    """The caption patterns as they were, built from the same agency list."""
    from newsclean.cleaners import captions

    reversed_agencies = "|".join(re.escape(name[::-1]) for name in sorted(captions._AGENCY_NAMES, key=len, reverse=True))
    at_end_reversed = re.compile(rf"\s*\)?\s*(?:[\w .'’-]{{1,40}}\s*/\s*)*(?:{reversed_agencies})", re.IGNORECASE)
    credit_tail = re.compile(
        rf"(?:[-–—|]\s*|\(|\b)(?:(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*[:/]|"
        rf"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)|credit\s*:|courtesy of|©)?\s*"
        rf"[\w .'’,-]{{0,60}}?(?:/\s*)?(?:{captions._AGENCY})(?:\s*/\s*[\w .'’-]{{1,40}})*\s*\)?\s*$",
        re.IGNORECASE,
    )
    return at_end_reversed, credit_tail


# Pieces of photo credits: agencies, names, the separators that make the old patterns
# backtrack, and the characters they must refuse ("\t" inside a name, "(").
_CREDIT_PIECES = st.sampled_from(["AFP", "reuters", "Getty Images", "epa-efe", "/", " / ", " ", "  ", "a", "Jane Doe",
                                  ")", "(", "-", "Photo:", "photo by ", "©", "\t", ".", "x" * 39, "y" * 41, "İ", "\n"])
_CREDITS = st.lists(_CREDIT_PIECES, max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(_CREDITS)
@example("Smoke rises over the city. Barbara Wojazer/AFP/Getty Images")
@example("b / AFP / a")
@example("AFP / ")
@example("AFP/ /x")
@example("AFP/\t/x")
@example("(REUTERS/Jane Doe)")
@example("x" * 70 + "AFP")
@example("x" * 50 + " AFP")
def test_credit_patterns_are_the_old_ones(text):
    from newsclean.cleaners.captions import _ends_in_agency, _ends_in_credit

    at_end_reversed, credit_tail = _old_caption_patterns()
    assert _ends_in_agency(text) == bool(at_end_reversed.match(text[::-1]))
    assert _ends_in_credit(text) == bool(credit_tail.search(text))


def test_deep_nesting_is_flattened_keeping_text_and_paragraphs():
    """3,000 nested wrappers (more than lxml's parser keeps, so the tree is built by hand):
    the text stays, in order, paragraphs stay elements, and no element is left deeper
    than the bound plus the few paragraph-level levels kept."""
    from lxml import etree
    from lxml import html as lxml_html

    from newsclean.read.html_bounds import _KEEP_LEVELS, _MAX_DEPTH, flatten_deep_nesting

    tree = lxml_html.document_fromstring("<html><body><div>top</div></body></html>")
    node = tree.find("body/div")
    for i in range(3000):
        child = etree.SubElement(node, "div" if i % 2 else "span")
        child.text, child.tail = f"t{i} ", f" u{i}"
        node = child
    paragraph = etree.SubElement(node, "p")
    paragraph.text = "The paragraph at the bottom."
    etree.SubElement(paragraph, "b").text = " Bold."
    before = tree.text_content()

    flatten_deep_nesting(tree)

    assert tree.text_content() == before
    assert [p.text_content() for p in tree.iter("p")] == ["The paragraph at the bottom. Bold."]
    deepest = max(sum(1 for _ in element.iterancestors()) for element in tree.iter())
    assert deepest <= _MAX_DEPTH + _KEEP_LEVELS


def test_shallow_pages_are_not_touched():
    from lxml import html as lxml_html

    from newsclean.read.html_bounds import flatten_deep_nesting

    page = "<html><body>" + "<div>" * 40 + "<p>Text <a href='/x'>link</a></p>" + "</div>" * 40 + "</body></html>"
    tree = lxml_html.document_fromstring(page)
    before = lxml_html.tostring(tree)
    flatten_deep_nesting(tree)
    assert lxml_html.tostring(tree) == before


def test_backtracking_shapes_finish():
    """Lines on which the replaced patterns backtracked exponentially (photo credits:
    4**40 ways to share out the spaces) or quadratically (1 MB glued or periodic lines)
    now finish; the old code never returned on the first. A generous alarm turns a hang
    into a failure (a limit, not a timing: the new code takes milliseconds)."""
    import signal

    import newsclean

    lines = ["b" + " / a" * 40, "ab ab " * 100_000, "a" * 500_000 + "b", "- " * 200_000 + "AFP"]

    def hang(signum, frame):
        raise AssertionError("still running after 60 s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        for line in lines:
            newsclean.extract("A headline for this page\n\n" + line, source_type="text")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_wide_table_rows_are_split_for_trafilatura():
    """trafilatura lays out a row in time quadratic in its cells: rows (and cells loose in
    a <table>) past 100 cells become rows of 100, cells and text in the same order."""
    from lxml import html as lxml_html

    from newsclean.read.html_bounds import _MAX_ROW_CELLS, split_wide_rows as _split_wide_rows

    cells = "".join(f"<td>c{i}" for i in range(250))  # unclosed, as on the pages that hit this
    tree = lxml_html.document_fromstring(f"<html><body><table><tr>{cells}</table>"
                                         f"<table>{cells}</table><table><tr><td>small</td></tr></table></body></html>")
    before = tree.text_content()
    _split_wide_rows(tree)
    assert tree.text_content() == before
    widths = [[len(row) for row in table.iter("tr")] for table in tree.iter("table")]
    assert widths == [[_MAX_ROW_CELLS, _MAX_ROW_CELLS, 50], [_MAX_ROW_CELLS, _MAX_ROW_CELLS, 50], [1]]


def test_crowded_inline_tags_are_unwrapped_keeping_text():
    """Over 1,000 links (or other inline tags, <br> included) right under one element:
    their tags go, their text stays in order, a <br> becomes a line break; elements
    with fewer keep their tags."""
    from lxml import html as lxml_html

    from newsclean.read.html_bounds import _MAX_INLINE_CHILDREN, unwrap_crowded_inline

    many = "".join(f'<a href="/s/{i}">story <b>{i}</b></a>, ' for i in range(_MAX_INLINE_CHILDREN + 1))
    lines = "".join(f"line {i}<br>" for i in range(_MAX_INLINE_CHILDREN + 1))
    few = "".join(f'<a href="/s/{i}">story {i}</a>, ' for i in range(5))
    tree = lxml_html.document_fromstring(f"<html><body><p id='many'>Links: {many}<img src='x.png'>end</p>"
                                         f"<p id='lines'>{lines}</p><p id='few'>{few}</p></body></html>")
    many_text = tree.get_element_by_id("many").text_content()
    unwrap_crowded_inline(tree)
    crowded = tree.get_element_by_id("many")
    assert crowded.text_content() == many_text
    assert [child.tag for child in crowded] == ["img"]  # not inline: kept as an element
    assert tree.get_element_by_id("lines").text_content() == "".join(f"line {i}\n" for i in range(_MAX_INLINE_CHILDREN + 1))
    assert len(tree.get_element_by_id("few").findall("a")) == 5


# The exact selections, as one XPath each over every element: html_bounds now counts all
# children first and asks the exact test of the few elements that pass.
_EXACT_CROWDED = "//*[count(a|abbr|b|big|br|cite|code|em|font|i|label|mark|q|s|small|span|strong|sub|sup|time|u) > 1000]"
_EXACT_LOOSE = "//*[not(self::tr)][count(td|th) > 100]"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["div", "p", "table", "tr", "body"]),
                          st.lists(st.sampled_from(["a", "span", "br", "td", "th", "p", "div", "img"]),
                                   min_size=0, max_size=5),
                          st.integers(min_value=0, max_value=400)), min_size=1, max_size=4))
def test_bounds_select_what_the_exact_xpath_selects(parts):
    from lxml import etree

    from newsclean.read.html_bounds import crowded_elements, loose_cell_parents

    # Each part: a parent holding `repeat` copies of a run of children (so counts cross
    # the 100 and 1,000 limits, in mixes of inline, cell and other tags).
    body = "".join(f"<{parent}>" + "".join(f"<{c}>x</{c}>" for c in children) * repeat + f"</{parent}>"
                   for parent, children, repeat in parts)
    tree = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    assert crowded_elements(tree) == tree.xpath(_EXACT_CROWDED)
    assert loose_cell_parents(tree) == tree.xpath(_EXACT_LOOSE)
