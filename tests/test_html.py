"""The HTML path on small pages written for the test."""
import datetime as dt
import json

import newsclean
from newsclean.dates import PublicationDate

PARAGRAPHS = [
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools and "
    "public transport by nearly eight percent over the next two years.",
    "Opposition members said the plan relied on optimistic forecasts of tax revenue, and warned that "
    "cuts could follow if the economy slowed in the coming months.",
    "The mayor defended the budget at a press conference, saying the city had waited too long to repair "
    "its ageing bridges and that delay would only raise the final bill.",
]


def page(head: str = "", body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html><head>{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Council approves budget</h1>{paragraphs}{body_extra}</article>
<footer><p>© 2025 Example Media. All Rights Reserved.</p></footer></body></html>"""


def test_json_ld_metadata():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"},
        {"@type": "NewsArticle", "headline": "Council approves budget", "datePublished": "2025-03-04T10:00:00Z",
         "dateModified": "2025-03-05T10:00:00Z",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Example"}]}]}
    html = page(f'<title>Council approves budget | Example</title><script type="application/ld+json">{json.dumps(ld)}</script>')
    article = newsclean.extract(html)
    assert article.source_type == "html"
    assert article.title == "Council approves budget"
    assert article.authors == ["Jane Doe"]
    assert article.date == PublicationDate(dt.date(2025, 3, 4), dt.time(10, 0), dt.timedelta(0))
    assert "approve the new budget" in article.body
    assert "Home" not in article.body and "All Rights Reserved" not in article.body


def test_opengraph_and_meta():
    head = ('<title>Example News - Council approves budget</title>'
            '<meta property="og:site_name" content="Example News">'
            '<meta name="author" content="By John Roe">'
            '<meta property="article:published_time" content="2024-11-02">')
    article = newsclean.extract(page(head))
    assert article.title == "Council approves budget"
    assert article.authors == ["John Roe"]
    assert article.date == PublicationDate(dt.date(2024, 11, 2))
    assert article.site_name == "Example News"


def test_cleaners_run_on_html_blocks():
    extra = "<p>Share This Article</p><p>Sign up for our daily newsletter</p>"
    article = newsclean.extract(page(body_extra=extra))
    assert "Share This Article" not in article.body
    assert "newsletter" not in article.body
    assert PARAGRAPHS[2] in article.body


def test_no_author_is_none():
    article = newsclean.extract(page("<title>Council approves budget</title>"))
    assert article.byline is None and article.authors == []


def _deep_page(levels: int, tag: str = "div") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html><head><title>Council approves budget | Example</title></head><body>"
            f"{f'<{tag}>' * levels}<article><h1>Council approves budget</h1>"
            f"<script>var hidden = 1 < 2;</script><style>p < b {{}}</style>{paragraphs}</article>"
            f"{f'</{tag}>' * levels}<footer><p>Contact us</p></footer></body></html>")


def test_deep_nesting_keeps_the_article():
    # libxml2 stopped at 255 levels (and, with huge_tree, at 2,048): an empty body.
    for levels in (300, 3000):
        article = newsclean.extract(_deep_page(levels))
        assert article.title == "Council approves budget"
        assert article.body.split("\n\n") == PARAGRAPHS, levels  # its paragraphs kept apart
    # Nesting of elements that are not wrappers is flattened too; the words stay.
    article = newsclean.extract(_deep_page(3000, "blockquote"))
    assert all(p in article.body for p in PARAGRAPHS)
    assert "hidden" not in article.body and "p < b" not in article.body  # script and style stay hidden


def test_a_text_node_over_ten_million_characters_is_read_whole():
    from newsclean.read.html import _trafilatura_blocks, parse_html

    words = [f"{i % 977:x}" * 12 for i in range(300_000)]  # long words: less work per character
    long_text = " ".join(words)
    assert len(long_text) > 10_000_000  # libxml2's limit without huge_tree
    page = (f"<html><head><title>Council approves budget</title></head><body><article>"
            f"<h1>Council approves budget</h1><p>{PARAGRAPHS[0]}</p><p>{long_text}</p><p>{PARAGRAPHS[1]}</p>"
            f"</article></body></html>")
    tree = parse_html(page)
    assert tree.findtext(".//title") == "Council approves budget"
    blocks = [b.text for b in _trafilatura_blocks(tree, None)]
    assert blocks == ["Council approves budget", PARAGRAPHS[0], long_text, PARAGRAPHS[1]]


def test_flattening_keeps_every_word_and_no_script_text():
    from lxml import html as lxml_html

    from newsclean.read.html_parse import flatten_nesting

    page = ("<div><section>wo<b>r</b>d<p>one<p>two</section><div>three</div>"
            "<script>var s = '<p>hidden</p>';</script><style>p{}</style></div>")
    flat = flatten_nesting(page, 1)
    assert flat.count("<") == 2  # only the outer <div> and </div> stay: the script and style went whole
    assert lxml_html.fromstring(flat).text_content().split() == ["word", "one", "two", "three"]
    assert flatten_nesting(page, 10) == page  # shallow enough: untouched


def test_flattening_keeps_words_apart_as_the_page_shows_them():
    # Inline tags ("<kbd>") sit inside words and leave nothing when dropped; other
    # elements ("<label>") end a run of text. html.py once held two sets of inline tags of
    # the same name, and the later one (for unwrapping crowded inline tags) won here.
    from newsclean.read.html_parse import flatten_nesting

    flat = flatten_nesting("<div><div><p>Ctrl<kbd>C</kbd>opy and <label>one</label>two</p></div></div>", 1)
    assert flat.split() == ["<div>", "CtrlCopy", "and", "one", "two", "</div>"]
