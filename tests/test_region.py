"""The text region finder: what it removes from a text dump, and what it must keep."""
import re

import newsclean
from newsclean.model import Page
from newsclean.cleaners.region import text_region
from newsclean.fields import Metadata
from newsclean.pipeline import run_chain
from newsclean.read.text import text_to_blocks
from helpers import PARAGRAPHS, page_of

LEDE = "The vote came after weeks of debate."
SUBHEADING = "What the plan includes"
BULLETS = [
    "More buses on the busiest routes at peak hours",
    "Two new primary schools in the northern districts",
    "A freeze on parking fees until next spring",
]
CLOSING = "The next vote is in June."
MENU = ["Home", "World", "Business", "Politics", "Sport", "Culture", "Travel"]
COMMENTS = ["12 Comments", "John Smith", "Great article, thanks!", "Reply", "Mary Jones", "I disagree with this.", "Reply"]
COOKIES = [
    "We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
    "Accept",
]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy", "Terms", "© 2025 Example Times"]

PAGE = "\n".join(
    ["Example Times", *MENU, "City council approves budget that raises school spending", "By Jane Doe and John Roe",
     "Published July 4, 2025", LEDE, PARAGRAPHS[0], PARAGRAPHS[1], SUBHEADING, *("• " + b for b in BULLETS),
     PARAGRAPHS[2], PARAGRAPHS[3], CLOSING, *COMMENTS, *COOKIES, *FOOTER]
)


def test_the_article_is_kept_whole():
    body = newsclean.extract(PAGE, source_type="text").body.split("\n\n")
    assert body == [LEDE, PARAGRAPHS[0], PARAGRAPHS[1], SUBHEADING, *BULLETS, PARAGRAPHS[2], PARAGRAPHS[3], CLOSING]


def test_menus_comments_cookies_and_footers_go():
    article = newsclean.extract(PAGE, source_type="text")
    removed = {r.text for r in article.removed}
    for line in MENU + COMMENTS + COOKIES + FOOTER:
        assert line in removed, line


def test_each_region_removal_says_why():
    article = newsclean.extract(PAGE, source_type="text")
    region = [r for r in article.removed if r.cleaner == "text_region"]
    assert region, "the region finder removed nothing the pattern cleaners left"
    for r in region:
        assert r.reason.startswith(("above the article", "below the article", "between paragraphs")), r.reason
    # Below the article, a reader's comment goes because of where it is (no pattern names
    # it); the cookie notice, which a pattern names, is credited to that cleaner.
    assert any(r.text == "I disagree with this." and r.reason.startswith("below the article") for r in region)
    assert any(r.text == COOKIES[0] and r.cleaner == "cookie_notices" for r in article.removed)


def test_an_unnamed_menu_run_goes_as_a_run():
    # Section names no pattern knows: they go because of what they look like.
    menu = ["Gardening", "Astronomy", "Crosswords", "Obituaries", "Motoring", "Podcasts", "Puzzles", "Recipes"]
    text = "\n".join([*menu, *PARAGRAPHS, *menu])
    article = newsclean.extract(text, source_type="text")
    assert article.body.split("\n\n") == PARAGRAPHS
    # On its own, the region finder names what it sees.
    page = page_of(text.split("\n"))
    run_chain(page, [text_region])
    assert [b.text for b in page.blocks if b.kept] == PARAGRAPHS
    assert all("a run of 8 short lines" in b.reason for b in page.blocks if not b.kept)


def test_output_words_come_from_the_input():
    article = newsclean.extract(PAGE, source_type="text")
    assert set(re.findall(r"\w+", article.body)) <= set(re.findall(r"\w+", PAGE))


def test_region_rules_leave_html_pages_alone():
    from newsclean.cleaners import header_chrome, tail_after_article
    from newsclean.pipeline import run_chain

    blocks = text_to_blocks("Menu\nNews\n" + "\n".join(PARAGRAPHS))
    page = Page(blocks=blocks, source_type="html", metadata=Metadata())
    run_chain(page, [header_chrome, tail_after_article, text_region])  # they declare inputs=("text",)
    assert page.kept() == blocks


def test_a_page_that_is_only_prose_loses_nothing():
    article = newsclean.extract("\n\n".join(PARAGRAPHS), source_type="text")
    assert article.body.split("\n\n") == PARAGRAPHS
    assert article.removed == []


def test_the_line_scorer_reads_removed_earlier_as_it_was_trained():
    """removed_earlier says what the cleaners before the region rules removed (the chain
    the scorer is trained after, region.pre_region_cleaners). A line the region rule
    tail_after_article removed before text_region runs is not marked: training pages
    never run that rule."""
    from newsclean.cleaners import DEFAULT_CLEANERS
    from newsclean.cleaners.classify import FIRST_FEATURES, page_features
    from newsclean.pipeline import build_page

    text = "\n\n".join([*PARAGRAPHS, "Read the next story now", "About us"])
    page = build_page(text, "text")
    names = [getattr(c, "name", "") for c in DEFAULT_CLEANERS]
    run_chain(page, DEFAULT_CLEANERS[: names.index("text_region")])
    tail = [b for b in page.blocks if b.removed_by == "tail_after_article"]
    assert tail, "the page must have lines below its last paragraph that are not sentences"
    rows, _ = page_features(page)
    column = FIRST_FEATURES.index("removed_earlier")
    assert all(rows[b.index, column] == 0.0 for b in tail)


def _doubted(scores_by_text: dict[str, float]):
    """A stand-in scorer: every line below the threshold (a page the scorer doubts)."""
    from newsclean.cleaners import region

    def scores(page):
        return [scores_by_text.get(b.text, 0.05) for b in page.blocks], region.TEXT_THRESHOLD
    return scores


PAYWALL_LEAD = ("A senior official has said in a sworn statement that anyone determined enough could leave "
                "the prison, and that its fences and cameras have not been mended for years.")


def test_a_page_whose_lines_the_scorer_all_doubts_keeps_its_best_paragraphs(monkeypatch):
    """A paywalled article: one lead paragraph among menus and teasers. When the scorer
    keeps no line, the best-scoring long lines stay; short lines and long lines far below
    the best one still go. (Before the fallback the body was empty.)"""
    from newsclean.cleaners import region

    teaser = "Subscribe today and read every story on our site for one low price each month, cancel any time you like"
    lines = ["Prison official says anyone could escape", "News", "Sport", PAYWALL_LEAD, "Share", teaser, "Contact us"]
    monkeypatch.setattr(region, "_scores", _doubted({PAYWALL_LEAD: 0.33, teaser: 0.08, "News": 0.3}))
    page = page_of(lines)
    run_chain(page, [text_region])
    # (The headline is a field line: the metadata cleaner, not this one, takes it.)
    assert [b.text for b in page.blocks if b.kept and b.index not in page.field_lines] == [PAYWALL_LEAD]

    # A page where the scorer keeps a line: no fallback, the doubted lead goes.
    para = PARAGRAPHS[0]
    monkeypatch.setattr(region, "_scores", _doubted({para: 0.9, PAYWALL_LEAD: 0.33}))
    page = page_of([lines[0], "News", PAYWALL_LEAD, "Share", para])
    run_chain(page, [text_region])
    assert [b.text for b in page.blocks if b.kept and b.index not in page.field_lines] == [para]
