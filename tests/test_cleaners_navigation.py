import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.navigation import decoration_lines, menu_runs, reading_indicator, repeated_site_name, widget_labels
from newsclean.cleaners.region import header_chrome, tail_after_article


@pytest.mark.parametrize("line", ["Notification", "Font ResizerAa", "Search", "Menu", "Skip to content",
                                  "Sign In", "Advertisement", "Advertise", "12 Comments", "Back to top",
                                  "Toggle navigation", "Listen to this article"])
def test_widget_labels(line):
    assert removed_by(widget_labels, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", ["Search teams found the wreck on Sunday.", "The menu changes weekly.",
                                  "Comments from the minister angered the opposition."])
def test_widget_labels_keep_sentences(line):
    assert removed_by(widget_labels, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Reading: Russian strikes hit Kyiv after talks",
                                  "Now Reading - The Fed holds rates steady again"])
def test_reading_indicator(line):
    assert removed_by(reading_indicator, [line, PROSE]) == [line]


def test_reading_indicator_keeps_sentences_about_reading():
    line = "Reading the report, one sees how little changed."
    assert removed_by(reading_indicator, [PROSE, line]) == []


@pytest.mark.parametrize("line", ["onlyTrustedInfo.comonlyTrustedInfo.com", "ExampleNewsExampleNews",
                                  "OnlyTrustedInfo.com", "www.example.co.uk"])
def test_repeated_site_name(line):
    assert removed_by(repeated_site_name, [line, PROSE]) == [line]


def test_repeated_site_name_keeps_words():
    assert removed_by(repeated_site_name, [PROSE, "Banana", "Mississippi", PROSE]) == []


def test_menu_runs_outside_the_article():
    lines = ["  • News", "  • Finance", "  • Sports", "  • Life", PROSE, PROSE, "• About Us", "• Careers", "• Contact"]
    assert removed_by(menu_runs, lines) == ["News", "Finance", "Sports", "Life", "About Us", "Careers", "Contact"]


def test_menu_runs_keep_lists_inside_the_article():
    lines = [PROSE, "• Chicken", "• Fish", "• Lean beef", PROSE]
    assert removed_by(menu_runs, lines) == []


def test_header_chrome_takes_short_lines_above_the_article_only():
    lines = ["World", "Opinion", PROSE, "Subheading here", PROSE]
    assert removed_by(header_chrome, lines) == ["World", "Opinion"]


def test_tail_after_article_keeps_a_short_closing_sentence():
    lines = [PROSE, "He denied the charges.", "Apple wants to buy the rights to Formula 1", "About Us"]
    assert removed_by(tail_after_article, lines) == ["Apple wants to buy the rights to Formula 1", "About Us"]


def test_tail_after_article_keeps_a_paragraph_of_sentences_however_it_ends():
    """A long line holding sentences is prose even when its end is not a sentence's: an
    agency tag after the last full stop, a handle, a lead-in colon. Lines of words without
    sentences (a footer's links) and page source shown as text still go."""
    tagged = ("Der Anstieg ist auf vier neue Bahnshuttles zurückzuführen. Zudem wurde das bestehende System "
              "erweitert. Der Hafen rechnet mit einer weiteren Steigerung des Bahnumschlags. (cm)")
    handle = ("The Sports Biz Miss. Attorney, sports business analyst and author. You can find her work on "
              "ESPN and Forbes, and her newest book is out this fall. Twitter: @SportsBizMiss")
    lead_in = ("Each of these commands has many options. They give broad control over the history of a "
               "project. There are many guides to them, and these are the ones I suggest reading:")
    links = "Home About Contact Privacy Terms Careers Advertise Newsletter Shop Archive Podcasts Events Jobs Help Login"
    source = ("<p>The council voted on Tuesday. It approved the new budget for the schools. The opposition "
              "members said the plan relied on optimistic forecasts.</p>")
    lines = [PROSE, tagged, handle, lead_in, links, source]
    assert removed_by(tail_after_article, lines) == [links, source]


def test_decoration_lines():
    assert removed_by(decoration_lines, [PROSE, "//", "* * *", "»", "|", PROSE]) == ["//", "* * *", "»", "|"]


def test_decoration_lines_keep_anything_with_a_word():
    assert removed_by(decoration_lines, [PROSE, "— 30 —", "A.", PROSE]) == []


def test_menu_runs_in_html_take_links_and_keep_plain_items_below_the_story():
    from newsclean.model import Block, Page
    from newsclean.fields import Metadata
    from newsclean.pipeline import run_chain

    def removed(items: list[tuple[str, float]]) -> list[str]:
        blocks = [Block(index=0, text=PROSE), Block(index=1, text=PROSE)]
        blocks += [Block(index=2 + i, text=t, tag="li", link_density=d) for i, (t, d) in enumerate(items)]
        page = Page(blocks=blocks, source_type="html", metadata=Metadata())
        run_chain(page, [menu_runs])
        return [b.text for b in page.blocks if b.removed_by]

    # A brand's features listed after the last paragraph: the article's own list.
    assert removed([("organic cotton", 0.0), ("hemp", 0.0), ("recycled", 0.0)]) == []
    # Links to sections: a menu.
    assert removed([("About Us", 1.0), ("Careers", 1.0), ("Contact", 1.0)]) == ["About Us", "Careers", "Contact"]
