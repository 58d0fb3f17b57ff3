"""HTML metadata says which lines it read (issue 13): the byline and date lines an HTML
page prints leave the body through the metadata cleaner, credited to their field, as
the same lines of a text dump do."""
import json

import newsclean
from newsclean.read.html import parse_html
from newsclean.fields.html import field_lines, read_html_fields
from newsclean.read.text import text_to_blocks

STORY = [
    "The council voted on Tuesday to approve the new budget, raising spending on schools by eight percent.",
    "Opposition members said the plan relied on optimistic forecasts of revenue from the new port.",
    "The mayor said the city would review the figures again in the spring, before the next vote.",
    "Residents who spoke at the meeting asked for more money for libraries and the bus service.",
]


def page(head: str = "", header: str = "<p>By Jane Doe</p><p>Published July 4, 2025</p>",
         story: list[str] = STORY) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    return (f"<html><head>{head}</head><body><article><h1>Council approves budget</h1>{header}"
            f"{paragraphs}</article></body></html>")


def credited(article: newsclean.Article) -> list[tuple[str, str, str]]:
    return [(r.cleaner, r.reason.split(" ")[0], r.text) for r in article.removed]


def test_the_issue_example_loses_its_byline_and_date_lines_to_the_metadata_cleaner():
    article = newsclean.extract(page(), source_type="html")
    assert (article.title, article.authors, str(article.date)) == ("Council approves budget", ["Jane Doe"],
                                                                    "2025-07-04")
    assert article.body == "\n\n".join(STORY)
    assert credited(article) == [("metadata_lines", "title", "Council approves budget"),
                                 ("metadata_lines", "byline", "By Jane Doe"),
                                 ("metadata_lines", "date", "Published July 4, 2025")]


def test_the_same_page_as_text_loses_the_same_lines():
    text = "\n".join(["Council approves budget", "By Jane Doe", "Published July 4, 2025", *STORY])
    html_article = newsclean.extract(page(), source_type="html")
    text_article = newsclean.extract(text, source_type="text")
    assert html_article.body == text_article.body == "\n\n".join(STORY)
    assert {r.text for r in html_article.removed} == {r.text for r in text_article.removed}


def test_a_declared_author_and_date_take_the_lines_that_print_them_and_no_paragraph_naming_her():
    declared = json.dumps({"@type": "NewsArticle", "headline": "Council approves budget",
                           "author": {"@type": "Person", "name": "Jane Doe"},
                           "datePublished": "2025-07-04T09:00:00+00:00"})
    quoted = "Jane Doe, who covered the meeting for this paper, said the vote was the closest in years."
    html = page(f'<script type="application/ld+json">{declared}</script>',
                '<p>By <a href="/people/jane-doe">Jane Doe</a> | July 4, 2025</p>', [*STORY, quoted])
    article = newsclean.extract(html, source_type="html")
    assert article.authors == ["Jane Doe"] and article.date is not None
    # One line prints both fields: the byline, read from its element, takes it.
    assert credited(article)[1:] == [("metadata_lines", "byline", "By Jane Doe | July 4, 2025")]
    assert article.body.endswith(quoted)  # a sentence that names her is the story's
    # The declared day printed on a line of its own is the date's line.
    html = page(f'<script type="application/ld+json">{declared}</script>', "<p>Published: 4 July 2025</p>")
    assert credited(newsclean.extract(html, source_type="html"))[1:] == [
        ("metadata_lines", "date", "Published: 4 July 2025")]
    # A date printed on another day than the declared one is not the date's line.
    declared = json.dumps({"@type": "NewsArticle", "datePublished": "2025-07-01"})
    html = page(f'<script type="application/ld+json">{declared}</script>', "<p>Updated July 4, 2025</p>")
    assert "Updated July 4, 2025" not in {r.text for r in newsclean.extract(html, source_type="html").removed
                                          if r.cleaner == "metadata_lines"}


def test_field_lines_map_each_read_element_to_its_block():
    tree = parse_html(page())
    fields = read_html_fields(tree)
    assert [name for name, _ in fields.lines] == ["title", "date", "byline"]
    blocks = text_to_blocks("\n".join(["Council approves budget", "By Jane Doe", "Published July 4, 2025", *STORY]))
    assert field_lines(fields, blocks, 3) == {0: "title", 1: "byline", 2: "date"}
