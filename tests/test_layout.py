"""One Layout per page (issue 13): where the article is, read once from the blocks before
cleaning, in a typed field of the Page, instead of a span cached in ``Page.hints`` by
whichever cleaner asked first."""
from newsclean.model import Page
from newsclean.cleaners.region import body_span
from newsclean.layout import Layout, article_start
from newsclean.fields import Metadata
from newsclean.fields.text_title import anchor
from newsclean.pipeline import build_page
from newsclean.read.text import text_to_blocks

PARAGRAPH = ("The council voted on Tuesday to approve the new budget, raising spending on schools by "
             "eight percent over the next two years.")
PAGE = "\n".join(["Menu", "Council approves budget", PARAGRAPH, "A short line", PARAGRAPH, PARAGRAPH, "About us"])


def test_the_article_span_follows_the_removals_made_after_it_was_first_read():
    page = Page(text_to_blocks(PAGE), "text", Metadata())
    assert body_span(page) == (2, 5)
    page.remove(page.blocks[5], "some_cleaner", "a closing promo after all")
    assert body_span(page) == (2, 4)  # the span read before this removal is not kept


def test_each_page_gets_its_layout_once_before_cleaning_on_both_inputs():
    text_page = build_page(PAGE, "text")
    assert isinstance(text_page.layout, Layout)
    assert text_page.layout.article_start == anchor(text_page.blocks) == article_start(text_page.blocks) == 2
    assert text_page.layout.prose == (2, 4, 5)
    html = "<html><body><article><h1>Council approves budget</h1>" + f"<p>{PARAGRAPH}</p>" * 3 + "</article></body></html>"
    html_page = build_page(html, "html")
    assert html_page.layout.article_span(html_page.blocks) == (html_page.layout.prose[0], html_page.layout.prose[-1])
    assert not hasattr(html_page, "hints")  # no untyped cache on the Page
