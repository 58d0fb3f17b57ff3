"""A headline far under the article's start, over its byline or date line.

Menu blurbs written as sentences ("A 12-month program that ...") can read as the
article's first paragraphs and put the start above the real headline, more than AFTER
lines above it. When no line of the window above the start has a date or a labelled
byline under it, the first few headline-shaped lines further down that do are offered
too (text_title_candidates.OVER_META)."""
from helpers import PARAGRAPHS
from newsclean.fields.text_title import best_title, candidates
from newsclean.read.text import text_to_blocks

# Course blurbs of a menu: each a full sentence of 15 words or more.
BLURBS = [
    "A twelve-month program that teaches the tools of modern data science and how to apply them at work.",
    "A two-year program for working professionals who want to lead teams in engineering and operations.",
    "An evening course of ten weeks that covers accounting, budgeting and reporting for small firms.",
    "A summer school for students who wish to learn the basics of statistics before starting a degree.",
]
TOP_MENU = ["Skip to main content", "Programs", "Research", "Faculty"]
MENU = ["Alumni", "Events", "News", "About", "Contact", "Give", "Careers", "Library", "Search",
        "Sign in", "Apply now", "Visit the campus", "Our history", "Open days"]
HEADLINE = "What Nobody Tells You About Learning Statistics Late"


def page(meta: list[str]) -> list:
    return text_to_blocks("\n".join([*TOP_MENU, *BLURBS, *MENU, HEADLINE, *meta, *PARAGRAPHS]))


def test_a_headline_over_a_labelled_byline_far_below_the_blurbs_is_chosen():
    found = best_title(page(["By Jane Doe", "March 3, 2024"]))
    assert found is not None and found[1] == HEADLINE


def test_a_headline_over_a_date_line_alone_is_offered():
    offered = [text for _, text, _ in candidates(page(["Published 12 May 2023"]))]
    assert HEADLINE in offered


def test_without_a_byline_or_date_under_it_the_far_line_is_not_offered():
    # A guard (passes before and after): the rule needs the date or the byline.
    offered = [text for _, text, _ in candidates(page([]))]
    assert HEADLINE not in offered


def test_dated_teasers_under_a_long_article_are_not_offered():
    # A guard (passes on bc68712, which offered no line that far down, and now): under
    # the article's paragraphs (longer than a menu's blurb, BLURB_WORDS), a related
    # article's headline over its date is no candidate.
    long_paragraphs = [" ".join([p, p]) for p in PARAGRAPHS]
    teaser = "Council Approves Plan for New River Bridge"
    lines = [*TOP_MENU, "Local news", "City Budget Passes After Long Debate", *long_paragraphs, *MENU,
             "Related content", teaser, "12.01.2024", PARAGRAPHS[0], "Another Teaser Headline Here", "10.01.2024",
             PARAGRAPHS[1]]
    offered = [text for _, text, _ in candidates(text_to_blocks("\n".join(lines)))]
    assert teaser not in offered


def test_dated_teasers_under_a_short_article_do_not_beat_its_headline():
    # An article of short paragraphs (each under BLURB_WORDS) with no date or byline
    # under its headline, then a list of related articles, each a headline over its date
    # and a one-sentence blurb: the teasers' headlines sit over a date far below the
    # start, but the start is the article itself (more prose than under any teaser).
    headline = "City Budget Passes After Long Debate"
    paragraphs = [
        "The council voted late on Tuesday to approve the budget for next year, ending weeks of argument.",
        "Members who opposed the plan said it left too little for the libraries, which have lost staff.",
        "The mayor said the vote showed the council could still agree on the things that matter most.",
        "Work on the first of the new road projects is due to begin in the spring, once contracts are signed.",
    ]
    teasers = [
        "Council Approves Plan for New River Bridge", "12.01.2024",
        "The bridge will link the two halves of the old town and is due to open in three years.",
        "School Meals Programme Expanded to All Pupils", "10.01.2024",
        "Every pupil in the city's primary schools will now get a free hot lunch each day.",
        "Library Opening Hours Cut Again This Winter", "08.01.2024",
        "The central library will close at five on weekdays from next month, the third cut in years.",
    ]
    lines = ["Home", "News", "Sport", "Business", "Opinion", "Culture", headline, *paragraphs,
             "Share this article", "Facebook", "Twitter", "Related articles", *teasers, "Comments", "About us"]
    found = best_title(text_to_blocks("\n".join(lines)))
    assert found is not None and found[1] == headline


def test_a_menu_with_more_blurb_words_than_the_article_still_yields_the_headline():
    # A guard (passes on 647c2f3): a long menu whose blurbs, each among menu entries,
    # hold more words in all than the article; the article is the densest text, not the
    # longest, so its headline is still offered and chosen.
    menu_with_blurbs = [line for _ in range(3) for blurb in BLURBS for line in (blurb, *MENU[:3])]
    article = [*PARAGRAPHS, *PARAGRAPHS]  # eight paragraphs: more prose than any 30 lines of the menu
    lines = [*TOP_MENU, *menu_with_blurbs, *MENU, HEADLINE, "By Jane Doe", "March 3, 2024", *article]
    found = best_title(text_to_blocks("\n".join(lines)))
    assert found is not None and found[1] == HEADLINE
