"""Title, byline and date read from text dumps: formats, positions, and None when the text does not say."""
import datetime as dt

import pytest

import newsclean
from helpers import PARAGRAPHS

PROSE = PARAGRAPHS[:3]
HEADLINE = "City council approves budget that raises school spending"


def extract(*header: str) -> newsclean.Article:
    return newsclean.extract("\n".join(["Home", "News", "Sport", *header, *PROSE]), source_type="text")


@pytest.mark.parametrize("byline, authors", [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("Written by Jane Doe", ["Jane Doe"]),
])
def test_byline_forms(byline, authors):
    article = extract(HEADLINE, byline, "July 4, 2025")
    assert article.authors == authors
    assert article.title == HEADLINE


def test_a_name_line_beside_the_date_is_the_byline():
    article = extract(HEADLINE, "Jane Doe", "July 4, 2025")
    assert article.authors == ["Jane Doe"]


@pytest.mark.parametrize("line, day", [
    ("Published July 4, 2025", dt.date(2025, 7, 4)),
    ("Updated: 2025-07-04 10:12", dt.date(2025, 7, 4)),
    ("4 July 2025", dt.date(2025, 7, 4)),
    ("Veröffentlicht am 4. Juli 2025", dt.date(2025, 7, 4)),
    ("Publié le 4 juillet 2025", dt.date(2025, 7, 4)),
    ("04.07.2025", dt.date(2025, 7, 4)),
])
def test_date_formats(line, day):
    article = extract(HEADLINE, "By Jane Doe", line)
    assert article.date is not None and article.date.isoformat()[:10] == day.isoformat()


def test_published_is_preferred_to_updated():
    article = extract(HEADLINE, "By Jane Doe", "Updated July 6, 2025", "Published July 4, 2025")
    assert article.date.isoformat()[:10] == "2025-07-04"


def test_relative_dates_are_not_dates():
    article = extract(HEADLINE, "By Jane Doe", "2 hours ago")
    assert article.date is None


def test_a_title_copy_with_the_site_name_gives_the_headline():
    article = newsclean.extract("\n".join([f"{HEADLINE} | Example Times", "Home", "News", HEADLINE,
                                           "By Jane Doe", *PROSE]), source_type="text")
    assert article.title == HEADLINE


def test_metadata_lines_leave_the_body():
    article = extract(HEADLINE, "By Jane Doe", "Published July 4, 2025")
    assert article.body.split("\n\n") == PROSE


def test_nothing_is_invented_when_the_text_does_not_say():
    article = newsclean.extract("\n".join(PROSE), source_type="text")
    assert (article.title, article.byline, article.authors, article.date) == (None, None, [], None)


def test_names_in_the_body_are_not_the_byline():
    body = PROSE[:1] + ["Jane Doe, a teacher, said the plan was welcome news for parents."] + PROSE[1:]
    article = newsclean.extract("\n".join([HEADLINE, *body]), source_type="text")
    assert article.authors == []


def test_ui_labels_are_not_names():
    article = extract(HEADLINE, "Accept Reject", "July 4, 2025")
    assert article.authors == []


@pytest.mark.parametrize("byline, authors", [
    ("by kwright42", ["kwright42"]),                      # a user handle after an explicit "by"
    ("By the Metro Desk", ["the Metro Desk"]),             # a desk is named as the author
    ("By Priya RamanUpdated: July 4, 2025", ["Priya Raman"]),  # a label glued to the name
])
def test_explicit_bylines_are_read_leniently(byline, authors):
    article = extract(HEADLINE, byline, "July 4, 2025")
    assert article.authors == authors


def test_a_date_in_front_of_the_name_is_not_part_of_it():
    article = extract(HEADLINE, "Jul 3, 2025 • Tomas Lindqvist in Local Politics")
    assert article.authors == ["Tomas Lindqvist"]
    assert article.date.isoformat()[:10] == "2025-07-03"


@pytest.mark.parametrize("line", [
    "By clicking Continue you agree to our terms",   # a consent sentence, not a byline
    "by the way",                                     # lower-case words after "by"
])
def test_by_phrases_that_name_nobody_give_no_author(line):
    article = extract(HEADLINE, line, "July 4, 2025")
    assert article.authors == []


def test_a_labelled_date_far_above_the_article_is_found():
    filler = [f"Menu entry number {n}" for n in range(40)]
    article = newsclean.extract("\n".join(["Published March 2, 2024", *filler, HEADLINE, *PROSE]),
                                source_type="text")
    assert article.date.isoformat()[:10] == "2024-03-02"


def test_an_unlabelled_date_below_the_first_paragraphs_is_not_its_date():
    article = newsclean.extract("\n".join([HEADLINE, *PROSE, "March 2, 2024", *PROSE]), source_type="text")
    assert article.date is None


def _blocks(*lines: str):
    from newsclean.read.text import text_to_blocks
    return text_to_blocks("\n".join(lines))


def test_a_cookie_notice_above_the_page_is_not_where_the_article_starts():
    from newsclean.fields.text_title import anchor
    notice = ("We and our partners use cookies to store and access information on your device, and to "
              "measure how our services are used; select Accept to consent or Reject to decline them.")
    blocks = _blocks(notice, notice, "Accept Reject", "Home", "News", HEADLINE, *PROSE)
    assert anchor(blocks) == 6
    article = newsclean.extract("\n".join(b.text for b in blocks), source_type="text")
    assert article.title == HEADLINE


def test_two_short_blurbs_in_a_menu_are_passed_over_for_the_paragraphs():
    from newsclean.fields.text_title import anchor
    blurb = "For teams who need to reach their work computers from any device, anywhere, at any hour."
    blocks = _blocks("Products", blurb, "Remote Support", blurb, "Pricing", "Company", "Support", "Careers",
                     HEADLINE, *PROSE)
    assert anchor(blocks) == 9


def test_the_first_paragraphs_are_the_anchor_when_they_come_first():
    from newsclean.fields.text_title import anchor
    assert anchor(_blocks(HEADLINE, *PROSE)) == 1
    # A lone short run is still taken when no longer one follows.
    blurb = "For teams who need to reach their work computers from any device, anywhere, at any hour."
    assert anchor(_blocks("Products", blurb, "Pricing")) == 1


@pytest.mark.parametrize("line", [
    "Medically reviewed by Priya Raman",     # a reviewer, not the writer
    "Hero image by Tomas Lindqvist",         # a photographer
    "Articles by Tomas",                     # "by" after a plain word, not a date or label
    "Recycle by City",
    "Gardening, DIY",                        # one-word categories, no "By"
])
def test_lines_that_name_someone_other_than_the_writer_give_no_author(line):
    article = extract(HEADLINE, line, "July 4, 2025")
    assert article.authors == []


@pytest.mark.parametrize("line, authors", [
    ("Posted on July 4, 2025 by Tomas Lindqvist", ["Tomas Lindqvist"]),
    ("By Priya RamanJuly 4, 2025 No Comments", ["Priya Raman"]),  # a date glued to the name
    ("By kwright42", ["kwright42"]),
])
def test_a_byline_after_a_date_or_with_a_glued_date_is_read(line, authors):
    article = extract(HEADLINE, line, "July 4, 2025")
    assert article.authors == authors


def test_a_breadcrumb_that_ends_with_the_headline_gives_the_headline():
    for crumb in (f"Home » Local » {HEADLINE}", f"Blog / {HEADLINE}", f"News › {HEADLINE}"):
        article = extract(crumb, "July 4, 2025")
        assert article.title == HEADLINE


@pytest.mark.parametrize("crumb", [
    f"Home>Local>{HEADLINE}", f"Home» Local»{HEADLINE}", f"Blog/city hall/{HEADLINE}", f"/{HEADLINE}",
    f"| {HEADLINE}",
])
def test_a_glued_breadcrumb_gives_the_headline(crumb):
    # A dump that joins inline elements without spaces (lxml's text) glues the trail's
    # steps to the headline, or leaves the last separator in front of it.
    assert extract(crumb, "July 4, 2025").title == HEADLINE


def test_a_headline_under_a_menu_of_more_than_three_hundred_lines_is_found():
    # A dump that writes each menu entry on its own line puts the headline 300+ lines
    # down: without prose in the first lines, the headline is looked for above the
    # first prose further down.
    menu = [f"Section {n}" for n in range(320)]
    article = newsclean.extract("\n".join([*menu, HEADLINE, "July 4, 2025", *PROSE]), source_type="text")
    assert article.title == HEADLINE


def test_a_headline_among_short_lines_in_a_dump_without_blank_lines():
    # lxml's dumps write no blank lines and no list markers: the headline sits among
    # short lines (menu, byline, date, a table of contents) like any of them. The
    # section headings, written again over their paragraphs, are not the headline.
    headline = "How the new budget changes city services"
    sections = ["Where the money goes", "What it means for schools", "Buses and trains"]
    menu = ["Products", "Pricing", "Resources", "Blog", "Help center", "Sign in", "Go back to menu"]
    body = [line for section, paragraph in zip(sections, PARAGRAPHS) for line in (section, paragraph)]
    dump = "\n".join([*menu, headline, "Jane Doe", "July 4, 2025", "Table of contents", *sections, *body,
                      PARAGRAPHS[3]])
    assert "\n\n" not in dump
    assert newsclean.extract(dump, source_type="text").title == headline


def test_a_leading_home_step_is_offered_without_it():
    from newsclean.fields.text_title import candidates
    from newsclean.read.text import text_to_blocks
    texts = {text for _, text, _ in candidates(text_to_blocks("\n".join([f"Home {HEADLINE}", *PROSE])), 1)}
    assert HEADLINE in texts and f"Home {HEADLINE}" in texts
    texts = {text for _, text, _ in candidates(text_to_blocks("\n".join(["Homemade bread rises again", *PROSE])), 1)}
    assert texts == {"Homemade bread rises again"}


def test_a_breadcrumb_without_the_headline_is_not_taken_for_it():
    article = extract("Home » Local » Council", HEADLINE, "July 4, 2025")
    assert article.title == HEADLINE


@pytest.mark.parametrize("line, numbered", [
    ("2. Where the money goes", True),
    ("Tip #3 - Ask before you sign", True),
    ("Step 4: Compare the offers", True),
    ("2025 budget approved after long debate", False),
    ("10 ways the budget changes your bills", False),
])
def test_numbered_section_headings_are_flagged(line, numbered):
    from newsclean.fields.text_title import FEATURES, candidates
    from newsclean.read.text import text_to_blocks
    blocks = text_to_blocks("\n".join([line, *PROSE]))
    feats = {text: f for _, text, f in candidates(blocks, 1)}
    assert feats[line][FEATURES.index("numbered")] == (1.0 if numbered else 0.0)


def test_a_site_suffix_is_stripped_and_checked_against_the_page_foot():
    lines = ["Home", f"{HEADLINE} | Riverside Gazette", *PROSE, "© 2025 Riverside Gazette"]
    article = newsclean.extract("\n".join(lines), source_type="text")
    assert article.title == HEADLINE
    from newsclean.fields.text_title_candidates import _elsewhere
    from newsclean.read.text import text_to_blocks
    blocks = text_to_blocks("\n".join(lines))
    assert _elsewhere("Riverside Gazette", 1, blocks, []) == 1.0
    assert _elsewhere("My Favorite Picks", 1, blocks, []) == 0.0


def test_the_headline_window_reaches_sixty_lines_above_the_paragraphs():
    from newsclean.fields.text_title import title_window
    from newsclean.read.text import text_to_blocks
    lines = [f"Menu entry {n}" for n in range(120)] + PROSE
    window = title_window(text_to_blocks("\n".join(lines)), 120)
    assert 120 - 50 in window and 0 in window          # under a long menu; the first lines
    assert 120 - 70 not in window and 119 in window    # far above the paragraphs: not looked at


def test_a_headline_under_a_long_menu_is_found():
    menu = [f"Section {n}" for n in range(30)]
    blurbs = [f"Topic {n} and more" for n in range(40)]
    article = newsclean.extract("\n".join([*menu, HEADLINE, "July 4, 2025", *blurbs, *PROSE]), source_type="text")
    assert article.title == HEADLINE


def test_a_date_under_a_long_dek_is_the_articles_date():
    dek = ("The plan, passed after a long night of debate, sets aside more money for schools, buses and "
           "the repair of old bridges across the city.")
    article = newsclean.extract("\n".join([HEADLINE, dek, "Mar 2, 2024 · 3 min read", *PROSE]), source_type="text")
    assert article.date.isoformat()[:10] == "2024-03-02"


def test_a_date_after_the_second_paragraph_is_still_not_the_articles():
    article = newsclean.extract("\n".join([HEADLINE, PROSE[0], PROSE[1], "Mar 2, 2024", PROSE[2]]),
                                source_type="text")
    assert article.date is None


def test_far_above_the_paragraphs_only_headline_shaped_lines_are_candidates():
    from newsclean.fields.text_title import candidates
    from newsclean.read.text import text_to_blocks
    far = ["Menu"] * 10 + [HEADLINE, "Sign up for our daily newsletter today.", "Top Stories"] + ["Menu"] * 30
    blocks = text_to_blocks("\n".join([*far, *PROSE]))
    texts = {text for _, text, _ in candidates(blocks, len(far))}
    assert HEADLINE in texts                                    # headline-shaped: kept
    assert "Sign up for our daily newsletter today." not in texts  # a sentence far above: skipped
    near = text_to_blocks("\n".join(["Menu"] * 10 + ["Sign up for our daily newsletter today.", *PROSE]))
    assert "Sign up for our daily newsletter today." in {t for _, t, _ in candidates(near, 11)}


@pytest.mark.parametrize("line, authors", [
    ("Written by: Tomas Lindqvist Tomas Lindqvist", ["Tomas Lindqvist"]),       # name written twice
    ("Priya Raman USA TODAY", ["Priya Raman"]),                                 # agency in capitals glued on
    ("Written By: Priya Raman Senior Digital Editor", ["Priya Raman"]),         # role glued on
    ("Posted by kwright42 on Friday July 4, 2025 @08:00PM", ["kwright42"]),     # "on <weekday>" ends it
    ("By Mary Ann Lee", ["Mary Ann Lee"]),                                      # three names stay whole
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
])
def test_what_a_renderer_glues_after_the_name_is_trimmed(line, authors):
    article = extract(HEADLINE, line, "July 4, 2025")
    assert article.authors == authors


def _byline_candidates(*lines: str) -> list[str]:
    from newsclean.fields.text_bylines import author_candidates
    from newsclean.fields.text_title import anchor, best_title
    from newsclean.read.text import text_to_blocks
    blocks = text_to_blocks("\n".join(lines))
    start = anchor(blocks)
    title = best_title(blocks, start)
    return [byline for b, byline, _, _ in author_candidates(blocks, title[0].index if title else None, start, None)
            if b is not None]


def test_an_explicit_byline_far_from_the_headline_is_a_candidate():
    menu = [f"Section {n}" for n in range(40)]
    assert "Tomas Lindqvist" in _byline_candidates("Written by Tomas Lindqvist", *menu, HEADLINE, *PROSE)


def test_a_far_line_starting_with_by_and_a_lower_case_word_is_not_a_candidate():
    menu = [f"Section {n}" for n in range(40)]
    assert _byline_candidates("By clicking Accept you agree", *menu, HEADLINE, *PROSE) == []
    assert _byline_candidates("Tomas Lindqvist", *menu, HEADLINE, *PROSE) == []   # no "By": not far away


def test_page_words_in_lower_case_are_found_whole():
    from newsclean.fields.text_bylines import _LowerCase
    lower = _LowerCase("Key Insights\nThe key point is that insights matter. Tomas Lindqvist wrote it.")
    assert "key" in lower and "insights" in lower
    assert "tomas" not in lower          # written only with a capital
    assert "insight" not in lower        # part of a longer word is not the word


def test_a_heading_made_of_words_the_article_uses_is_not_an_author():
    body = [p + " The key insights come from the survey." for p in PROSE]
    article = newsclean.extract("\n".join(["Home", HEADLINE, "July 4, 2025", "Key Insights", *body]),
                                source_type="text")
    assert article.authors == []
    article = newsclean.extract("\n".join(["Home", HEADLINE, "July 4, 2025", "Tomas Lindqvist", *body]),
                                source_type="text")
    assert article.authors == ["Tomas Lindqvist"]
