"""Block structure on HTML: each kind read from trafilatura's XML, the text unchanged."""
from __future__ import annotations

import pytest

import newsclean
from newsclean.pipeline import build_page

LONG = ("The regional transport authority published its yearly figures on Monday, and the numbers show "
        "a clear shift in how residents of the valley travel to work and to school.")
MORE = ("Officials said the change followed the opening of two new lines and a fare cut, and they expect "
        "the trend to continue through next year as more services come into operation.")
END = ("The authority will publish a detailed breakdown by district later this month, together with "
       "the results of a survey of passengers on the new lines.")

PAGE = f"""<html><head><title>Valley commuters switch to trains</title></head><body><article>
<h1>Valley commuters switch to trains</h1>
<p>{LONG}</p>
<h2>What changed</h2>
<p>{MORE}</p>
<h3>The new lines</h3>
<ul><li>The northern line to the airport</li>
<li>The river line with <ul><li>a stop at the hospital</li><li>a stop at the university</li></ul></li></ul>
<ol><li>Buy a card at any station</li><li>Touch in at the gate</li></ol>
<blockquote><p>We have never seen numbers like these before in the valley.</p></blockquote>
<pre><code>fare = base + 0.2 * zones
print(fare)</code></pre>
<table><thead><tr><th>Mode</th><th>2023</th><th>2024</th></tr></thead>
<tbody><tr><td>Ferries | boats</td><td>6.5</td><td>4.0</td></tr><tr><td>Trains</td><td>3.1</td><td>2.2</td></tr></tbody></table>
<p>{END}</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def article() -> newsclean.Article:
    return newsclean.extract(PAGE)


def _find(article: newsclean.Article, text: str):
    matches = [b for b in article.blocks if b.text == text]
    assert len(matches) == 1, [b.text for b in article.blocks]
    return matches[0]


def test_headings_keep_their_level(article):
    assert (_find(article, "What changed").kind, _find(article, "What changed").level) == ("heading", 2)
    assert (_find(article, "The new lines").kind, _find(article, "The new lines").level) == ("heading", 3)


def test_paragraphs(article):
    assert _find(article, LONG).kind == "paragraph" and _find(article, END).kind == "paragraph"


def test_list_items_keep_ordering_and_nesting(article):
    items = [(b.text, b.ordered, b.depth) for b in article.blocks if b.kind == "list_item"]
    assert items == [
        ("The northern line to the airport", False, 0),
        ("The river line with", False, 0),  # the nested list splits its parent item where it stands
        ("a stop at the hospital", False, 1),
        ("a stop at the university", False, 1),
        ("Buy a card at any station", True, 0),
        ("Touch in at the gate", True, 0),
    ]
    groups = [b.group for b in article.blocks if b.kind == "list_item"]
    # The nested items belong to the outer list; the numbered list is another list.
    assert groups[0] == groups[1] == groups[2] == groups[3] != groups[4] == groups[5]


def test_quote_and_code(article):
    assert _find(article, "We have never seen numbers like these before in the valley.").kind == "quote"
    code = _find(article, "fare = base + 0.2 * zones print(fare)")  # text folds the lines, as before
    assert code.kind == "code" and code.code == "fare = base + 0.2 * zones\nprint(fare)"


def test_table_rows_know_their_cells_and_header(article):
    rows = [b for b in article.blocks if b.kind == "table_row"]
    assert [b.text for b in rows] == ["Mode 2023 2024", "Ferries | boats 6.5 4.0", "Trains 3.1 2.2"]
    assert [b.cells for b in rows] == [("Mode", "2023", "2024"), ("Ferries | boats", "6.5", "4.0"),
                                       ("Trains", "3.1", "2.2")]
    assert [b.header for b in rows] == [True, False, False]
    assert len({b.group for b in rows}) == 1 and rows[0].group != 0


def test_body_text_is_the_blocks_text(article):
    assert article.body == "\n\n".join(b.text for b in article.blocks)


def test_page_blocks_carry_the_structure_too():
    page = build_page(PAGE, "html")
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds["What changed"] == "heading" and kinds["Trains 3.1 2.2"] == "table_row"
    assert all(b.tag == {"heading": b.tag, "paragraph": "p", "list_item": "li", "quote": "blockquote",
                         "code": "pre", "table_row": "tr"}[b.kind] for b in page.blocks)


def test_two_tables_are_two_groups():
    table = "<table><tr><th>City</th><th>Share</th></tr><tr><td>Lyon</td><td>12</td></tr></table>"
    page = build_page(f"<html><body><article><p>{LONG}</p>{table}<p>{MORE}</p>{table.replace('Lyon', 'Nice')}"
                      f"<p>{END}</p></article></body></html>", "html")
    rows = [b for b in page.blocks if b.kind == "table_row"]
    assert [b.text for b in rows] == ["City Share", "Lyon 12", "City Share", "Nice 12"]
    assert rows[0].group == rows[1].group != rows[2].group == rows[3].group


def test_a_paragraph_the_html_marks_as_a_caption_is_a_caption():
    from newsclean.model import Block
    from newsclean.pipeline import article_block

    assert article_block(Block(0, "The bridge at dawn.", context=frozenset({"class:caption"}))).kind == "caption"
    assert article_block(Block(0, "The bridge at dawn.", tag="figcaption")).kind == "caption"
    assert article_block(Block(0, "The bridge at dawn.", context=frozenset({"aside"}))).kind == "paragraph"
