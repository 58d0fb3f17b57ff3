"""Article output formats: markdown for each kind, text, dict and JSON."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean.article import Article, ArticleBlock, Removal
from newsclean.markdown import render_markdown

SEED_001 = Path(__file__).parent.parent / "fixtures" / "001_987d2e87f9d1aef4.txt"


def _md(*blocks: ArticleBlock, title: str | None = None) -> str:
    return render_markdown(list(blocks), title=title)


def test_headings_by_level_and_the_title_as_h1_only_if_asked():
    blocks = [ArticleBlock("heading", "Section", level=2), ArticleBlock("paragraph", "Text."),
              ArticleBlock("heading", "Sub", level=3), ArticleBlock("heading", "Page h1", level=1)]
    assert _md(*blocks) == "## Section\n\nText.\n\n### Sub\n\n## Page h1"  # '#' is kept for the title
    article = Article(title="The title", body="Section\n\nText.\n\nSub\n\nPage h1", blocks=blocks)
    assert article.to_markdown(title=True).startswith("# The title\n\n## Section\n\n")
    assert "The title" not in article.to_markdown() and article.to_markdown().startswith("## Section")


def test_unordered_nested_list():
    items = [ArticleBlock("list_item", "One", group=1), ArticleBlock("list_item", "Inner", depth=1, group=1),
             ArticleBlock("list_item", "Deeper", depth=2, group=1), ArticleBlock("list_item", "Two", group=1)]
    assert _md(*items) == "- One\n  - Inner\n    - Deeper\n- Two"


def test_ordered_list_numbers_and_nests_under_the_item_text():
    items = [ArticleBlock("list_item", "First", ordered=True, group=1),
             ArticleBlock("list_item", "Detail", depth=1, group=1),
             ArticleBlock("list_item", "Second", ordered=True, group=1)]
    # "1. " is three characters wide: the nested item starts under "First".
    assert _md(*items) == "1. First\n   - Detail\n2. Second"


def test_two_lists_and_text_between():
    blocks = [ArticleBlock("list_item", "a", group=1), ArticleBlock("paragraph", "Between."),
              ArticleBlock("list_item", "b", ordered=True, group=2)]
    assert _md(*blocks) == "- a\n\nBetween.\n\n1. b"


def test_table_with_header_row_and_a_pipe_in_a_cell():
    rows = [ArticleBlock("table_row", "Mode 2023 2024", cells=("Mode", "2023", "2024"), header=True, group=1),
            ArticleBlock("table_row", "Ferries | boats 6.5 4.0", cells=("Ferries | boats", "6.5", "4.0"), group=1),
            ArticleBlock("table_row", "Trains 3.1", cells=("Trains", "3.1"), group=1)]
    assert _md(*rows) == ("| Mode | 2023 | 2024 |\n|---|---|---|\n| Ferries \\| boats | 6.5 | 4.0 |\n"
                          "| Trains | 3.1 |  |")


def test_two_tables_stay_two():
    row = ArticleBlock("table_row", "a b", cells=("a", "b"), group=1)
    other = ArticleBlock("table_row", "c d", cells=("c", "d"), group=2)
    assert _md(row, other) == "| a | b |\n|---|---|\n\n| c | d |\n|---|---|"


def test_quote_code_caption():
    code = ArticleBlock("code", "x = 1 print(x)", code="x = 1\nprint(x)")
    assert _md(ArticleBlock("quote", "We never saw this.")) == "> We never saw this."
    assert _md(code) == "```\nx = 1\nprint(x)\n```"
    assert _md(ArticleBlock("code", "a ``` b", code="a ```\nb")) == "````\na ```\nb\n````"
    assert _md(ArticleBlock("caption", "The bridge at dawn.")) == "The bridge at dawn."


def test_paragraph_starts_that_markdown_would_misread_are_escaped():
    assert _md(ArticleBlock("paragraph", "# 1 in the charts")) == "\\# 1 in the charts"
    assert _md(ArticleBlock("paragraph", "1. Not a list")) == "1\\. Not a list"
    assert _md(ArticleBlock("paragraph", "- a dash")) == "\\- a dash"
    assert _md(ArticleBlock("paragraph", "> not a quote")) == "\\> not a quote"
    assert _md(ArticleBlock("paragraph", "2024 was a year.")) == "2024 was a year."


def test_markdown_of_an_html_page_has_each_kind():
    from test_structure_html import PAGE

    markdown = newsclean.extract(PAGE).to_markdown()
    for expected in ["## What changed", "### The new lines", "- The northern line to the airport",
                     "  - a stop at the hospital", "1. Buy a card at any station\n2. Touch in at the gate",
                     "> We have never seen numbers", "```\nfare = base + 0.2 * zones\nprint(fare)\n```",
                     "| Mode | 2023 | 2024 |\n|---|---|---|\n| Ferries \\| boats | 6.5 | 4.0 |"]:
        assert expected in markdown, expected


def test_markdown_of_seed_001():
    markdown = newsclean.extract(SEED_001).to_markdown(title=True)
    assert markdown.startswith("# Russian attacks hit Kyiv after Trump halts talks with Putin\n\nOn the night")
    assert "\n\n## Attacks and injuries\n\nEight people were injured" in markdown
    assert markdown.count("\n## ") == 6


LINKED_PAGE = """<html><head><title>Valley commuters switch to trains</title></head><body><article>
<h1>Valley commuters switch to trains</h1>
<p>The council voted on Tuesday to approve the budget, which raises spending on schools and public
transport by nearly eight percent over the next two years, officials said.</p>
<p>Read <a href="/reports/budget">the full report</a> or <a href="javascript:alert(1)">print it</a>, write to
<a href="mailto:desk@example.com">the desk</a>, see <a href="#notes">the notes</a> and
<a href="https://data.example.org/fares(2025)">the fare data</a>; the full report runs to forty pages.</p>
<ul><li>A new line to <a href="https://example.com/lines/hospital">the hospital</a> opens in May</li>
<li>Trains every ten minutes at peak hours on every line of the network</li></ul>
<p>Opposition members said the plan relied on optimistic forecasts, and warned that the city could face a
shortfall if tax revenue fell short of what officials expect in the coming years.</p>
</article></body></html>"""


def test_markdown_links_are_absolute_http_and_the_body_does_not_change():
    article = newsclean.extract(LINKED_PAGE, url="https://example.com/news/trains", source_type="html")
    plain, linked = article.to_markdown(), article.to_markdown(links=True)
    # A relative href resolved against the page's URL; only the first "the full report" is linked.
    assert "Read [the full report](https://example.com/reports/budget) or print it" in linked
    assert linked.count("](https://example.com/reports/budget)") == 1 and "the full report runs to" in linked
    # javascript:, mailto: and a bare fragment are dropped: their text stays plain.
    assert "or print it, write to the desk, see the notes and" in linked
    assert "[the fare data](https://data.example.org/fares%282025%29)" in linked  # brackets encoded
    assert "- A new line to [the hospital](https://example.com/lines/hospital) opens in May" in linked.splitlines()
    # Links are annotation only: without links=True the markdown and the body are as before.
    assert "](" not in plain and "](" not in article.body
    assert linked.replace("[", "").replace("](https://example.com/reports/budget)", "") \
        .replace("](https://data.example.org/fares%282025%29)", "").replace("](https://example.com/lines/hospital)", "") == plain


def test_relative_links_need_a_page_url_and_text_pages_have_none():
    article = newsclean.extract(LINKED_PAGE, source_type="html")  # no URL: "/reports/budget" cannot be resolved
    linked = article.to_markdown(links=True)
    assert "the full report" in linked and "[the full report]" not in linked
    assert "[the fare data](https://data.example.org/fares%282025%29)" in linked
    text = newsclean.extract(SEED_001)
    assert text.to_markdown(links=True) == text.to_markdown()


def test_link_text_brackets_are_escaped_and_a_link_inside_another_is_not_nested():
    block = ArticleBlock("paragraph", "See [1] the city budget today",
                         links=(("[1]", "https://ex.com/1"), ("the city budget", "https://ex.com/b"), ("city", "https://ex.com/c")))
    assert render_markdown([block], links=True) == "See [\\[1\\]](https://ex.com/1) [the city budget](https://ex.com/b) today"


def test_an_article_made_by_hand_renders_its_paragraphs():
    assert Article(body="One.\n\nTwo.").to_markdown() == "One.\n\nTwo."


def test_to_text_is_the_body():
    article = newsclean.extract(SEED_001)
    assert article.to_text() == article.body and "\n\nAttacks and injuries\n\n" in article.to_text()


def test_to_dict_leaves_out_blocks_and_removals_unless_asked():
    article = Article(title="T", body="B.", blocks=[ArticleBlock("paragraph", "B.")],
                      removed=[Removal("share_widgets", "share widget", "Share")])
    plain = article.to_dict()
    assert "blocks" not in plain and "removed" not in plain and plain["body"] == "B."
    full = article.to_dict(include_removed=True, include_blocks=True)
    assert full["removed"] == [{"cleaner": "share_widgets", "reason": "share widget", "text": "Share"}]
    assert full["blocks"] == [{"kind": "paragraph", "text": "B."}]
    assert json.loads(article.to_json()) == plain


def test_blocks_in_json_say_what_each_kind_needs():
    from test_structure_html import PAGE

    blocks = json.loads(newsclean.extract(PAGE).to_json(include_blocks=True))["blocks"]
    by_text = {b["text"]: b for b in blocks}
    assert by_text["What changed"] == {"kind": "heading", "text": "What changed", "level": 2}
    assert by_text["a stop at the hospital"]["depth"] == 1
    assert by_text["Buy a card at any station"]["ordered"] is True
    assert by_text["Mode 2023 2024"]["cells"] == ["Mode", "2023", "2024"]
    assert by_text["Mode 2023 2024"]["header"] is True


def test_a_title_row_spanning_the_table_goes_above_it_not_into_the_header():
    rows = [ArticleBlock("table_row", "Ferry use", cells=("Ferry use", "", ""), group=1),
            ArticleBlock("table_row", "Mode 2023 2024", cells=("Mode", "2023", "2024"), group=1),
            ArticleBlock("table_row", "Ferries 6.5 4.0", cells=("Ferries", "6.5", "4.0"), group=1)]
    assert _md(*rows) == "**Ferry use**\n\n| Mode | 2023 | 2024 |\n|---|---|---|\n| Ferries | 6.5 | 4.0 |"
    # A two-row table keeps its rows as they are: one filled cell is then a value.
    assert _md(*rows[:2]) == "| Ferry use |  |  |\n|---|---|---|\n| Mode | 2023 | 2024 |"
