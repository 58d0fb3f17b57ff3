"""The HTML body: trafilatura asked twice when the first run finds little of the page, and
the second opinion taken when it finds over twice the words."""
from lxml import etree

from newsclean.read import html as nc_html
from newsclean.read.html import parse_html


def _doc(paragraphs: int) -> etree._Element:
    body = "".join(f"<p>Paragraph {i} of the article, with enough words to count as prose.</p>" for i in range(paragraphs))
    return etree.fromstring(f"<doc><main>{body}</main></doc>")


# A page of 400 words: a 2-paragraph recall result (26 words) is short beside it.
_LONG_PAGE = "<p>" + "word " * 400 + "</p>"


def test_default_run_wins_when_it_finds_over_twice_the_words(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: _doc(2 if favor_recall else 10))
    assert len(nc_html._trafilatura_blocks(parse_html(_LONG_PAGE), None)) == 10


def test_recall_run_is_kept_otherwise(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: _doc(6 if favor_recall else 10))
    assert len(nc_html._trafilatura_blocks(parse_html(_LONG_PAGE), None)) == 6


def test_either_run_empty(monkeypatch):
    monkeypatch.setattr(nc_html, "_trafilatura_xml", lambda tree, url, favor_recall: None if favor_recall else _doc(3))
    assert len(nc_html._trafilatura_blocks(parse_html(_LONG_PAGE), None)) == 3


def test_second_run_skipped_when_the_first_covers_the_page(monkeypatch):
    calls: list[bool] = []

    def fake(tree, url, favor_recall):
        calls.append(favor_recall)
        return _doc(2 if favor_recall else 10)

    monkeypatch.setattr(nc_html, "_trafilatura_xml", fake)
    assert len(nc_html._trafilatura_blocks(parse_html("<p>A short page of a few words.</p>"), None)) == 2
    assert calls == [True]


def test_trafilatura_leaves_the_tree_intact():
    """The same tree is handed to trafilatura twice: it must not prune the caller's copy."""
    tree = parse_html("<html><body><nav><a href='/'>Home</a></nav><article><p>" + "Words of the article. " * 30
                      + "</p></article></body></html>")
    before = etree.tostring(tree)
    nc_html._trafilatura_xml(tree, None, favor_recall=True)
    assert etree.tostring(tree) == before


def test_headings_in_items_and_nested_lists_are_printed_once():
    xml = etree.fromstring(
        "<doc><main><list><item><head rend='h3'>my sandals</head></item>"
        "<item>Outer item<list><item>Inner one</item><item>Inner two</item></list> and after</item></list></main></doc>")
    texts = [b.text for b in nc_html._xml_blocks(xml)]
    # The nested list splits the outer item where it stands: reading order, each word once.
    assert texts == ["my sandals", "Outer item", "Inner one", "Inner two", "and after"]


def test_section_inside_a_paragraph_splits_it_at_each_heading():
    # trafilatura sometimes wraps a whole page region in one <p>: its headings stay in place.
    xml = etree.fromstring(
        "<doc><main><p>Skip<section><head rend='h1'>Title</head>First part of the text."
        "<head rend='h2'>Second</head> Second part with <code>inline code</code>.</section></p></main></doc>")
    texts = [(b.tag, b.text) for b in nc_html._xml_blocks(xml)]
    assert texts == [("p", "Skip"), ("h1", "Title"), ("p", "First part of the text."), ("h2", "Second"),
                     ("p", "Second part with inline code .")]


def test_real_page_with_headings_inside_list_items():
    # Real trafilatura on a page that wraps list items' text in <h3>: each item once.
    story = "<p>" + "The shop sells shoes made of hemp and recycled cotton in many sizes. " * 6 + "</p>"
    items = "".join(f"<li><h3>my {w} shoes</h3></li>" for w in ("walking", "running", "travel"))
    page = f"<html><body><article><h1>Shoes</h1>{story}<ul>{items}</ul>{story}</article></body></html>"
    import newsclean

    body = newsclean.extract(page, source_type="html").body
    assert body.count("my travel shoes") == 1 and body.count("my walking shoes") == 1


def test_layout_table_cell_gives_its_paragraphs_once():
    para = "The region grows red grapes on chalk hills and sells most of its wine abroad. " * 6
    cell = f"<cell><head rend='h2'>Regions</head><p>{para}</p><list><item>France</item><item>Italy</item></list><p>{para}</p></cell>"
    xml = etree.fromstring(f"<doc><main><table><row>{cell}</row></table></main></doc>")
    texts = [b.text for b in nc_html._xml_blocks(xml)]
    assert texts == ["Regions", para.strip(), "France", "Italy", para.strip()]
    # A data table's row, its cells short, stays one block.
    xml = etree.fromstring("<doc><main><table><row><cell><p>Price</p></cell><cell><p>$5</p></cell></row></table></main></doc>")
    assert [b.text for b in nc_html._xml_blocks(xml)] == ["Price $5"]


def test_comments_are_dropped_at_parse_time_so_paragraph_text_is_one_run():
    # React prints "<!-- -->" between text pieces; trafilatura's own loader drops them, and
    # on a real page the tree with them kept lost a quarter of the article.
    tree = parse_html("<html><body><p> <!-- -->Consider the assumption<!-- --> that all men are mortal.</p></body></html>")
    paragraph = tree.find(".//p")
    assert len(paragraph) == 0 and paragraph.text == " Consider the assumption that all men are mortal."
