"""Bylines a text dump prints that the reader used to miss: the writer's part of a
metadata line that opens with a reviewer, a sentence naming the writer, a writer "on
behalf of" a group, a dated "By" line far from the header, co-authors on lines of their
own, category links between a label and the names; and a header byline against the
"By" cards of other articles and a one-word tag beside the date."""
import pytest

import newsclean
from helpers import PARAGRAPHS

PROSE = PARAGRAPHS[:3]
HEADLINE = "City council approves budget that raises school spending"
# An article long enough that the lines under it are far from the header's lines.
LONG_BODY = [f"{p} That was point {n} of the debate." for n in range(4) for p in PARAGRAPHS]
FRENCH = ["Le conseil municipal a adopté mardi soir un budget qui augmente les dépenses pour les écoles de la "
          "ville, après des mois de débats entre les élus et les parents.",
          "Selon la mairie, la hausse permettra d'embaucher des enseignants et de rénover plusieurs bâtiments qui "
          "en avaient besoin depuis longtemps, comme le demandaient les familles."]


def authors(*lines: str, body: list[str] = PROSE) -> list[str]:
    return newsclean.extract("\n".join(["Home", "News", "Sport", *lines, *body]), source_type="text").authors


def test_the_writer_s_part_of_a_line_that_opens_with_the_reviewer():
    line = "Medically reviewed by Kim Rose-Francis — Written by Priya Raman — Updated on March 7, 2023"
    assert authors(HEADLINE, line) == ["Priya Raman"]


@pytest.mark.parametrize("sentence, names, body", [
    ("This post was written by Priya Raman, Head of Marketing and Community Development", ["Priya Raman"], PROSE),
    ("Cet article a été écrit par Marie Dupont.", ["Marie Dupont"], FRENCH),
])
def test_a_sentence_naming_the_writer_under_the_headline(sentence, names, body):
    assert authors(HEADLINE, "July 4, 2025", sentence, body=body) == names


def test_a_writer_on_behalf_of_a_group():
    assert authors(HEADLINE, "Jul. 4, 2025 · Priya Raman on behalf of the Budget Review group") == ["Priya Raman"]


def test_a_dated_by_line_far_from_the_header_is_read():
    # The line is none of the header's (title + 12, anchor - 12): the "By <Name>" top-line
    # rule reads it after its date. ("August" starts as "Article" does: the date is still tried.)
    lines = [HEADLINE, *PROSE, *[f"Menu entry {n}" for n in range(20)], "August 12, 2025 By Priya Raman"]
    article = newsclean.extract("\n".join(["Home", *lines]), source_type="text")
    assert article.authors == ["Priya Raman"]


def test_co_authors_on_lines_of_their_own_under_a_label_alone():
    assert authors(HEADLINE, "By", "Priya Raman", ",", "Tomas Lindqvist", ", and", "Jane Roe",
                   "July 4, 2025") == ["Priya Raman", "Tomas Lindqvist", "Jane Roe"]


def test_category_links_glued_between_the_label_and_the_name():
    assert authors(HEADLINE, "By", "Budget NewsCity CouncilSchools", "Priya Raman", "July 4, 2025") == ["Priya Raman"]


def _lost(article: newsclean.Article) -> list[str]:
    """The byline lines the reader read and did not choose (its explanation)."""
    return [c.value for c in article.sources["authors"].rejected]


def test_the_by_cards_of_other_articles_below_a_header_byline_are_no_candidates():
    # A header byline, then a "Recommended" list: each card has its section, its date,
    # its headline and its "By". Those name other articles' writers.
    cards = ["Recommended"]
    for name, headline in (("Tomas Lindqvist", "Rents rise again across the county as supply stays short"),
                           ("Jane Roe", "School board names a new superintendent after a long search"),
                           ("Ana Lopez", "Transit agency delays the new bus routes until the spring")):
        cards += ["Politics", "Politics December 19, 2025", headline, f"By {name}"]
    text = "\n".join(["Home", "Politics", HEADLINE, "The plan adds teachers but leaves the transit fund short",
                      "Share this article", "By Priya Raman", "Dec. 18, 2025", "City Hall Reporter", *PROSE, *cards])
    article = newsclean.extract(text, source_type="text")
    assert article.authors == ["Priya Raman"]
    assert not any("Lindqvist" in c or "Roe" in c or "Lopez" in c for c in _lost(article))


def test_an_author_box_under_the_article_stays_a_candidate_beside_a_header_byline():
    # Guard: a name with a sentence about the person under the article is kept.
    box = ["Tomas Lindqvist", "Tomas Lindqvist covers city politics and schools for the paper and has reported from "
           "the council chamber for nine years."]
    text = "\n".join(["Home", HEADLINE, "By Priya Raman", "July 4, 2025", *PROSE, "By Tomas Lindqvist", box[1]])
    assert "By Tomas Lindqvist" in _lost(newsclean.extract(text, source_type="text"))


def test_a_one_word_tag_beside_the_date_gives_way_to_the_labelled_byline():
    # "GenAI", "Python", "Budget": the page's tags between its date and its byline.
    lines = [HEADLINE, "Published on December 18, 2025", "GenAI", "Python", "Budget", "By Priya Raman",
             "Technical Writer", "Table of contents", "Introduction"]
    assert authors(*lines) == ["Priya Raman"]


def test_an_author_box_does_not_split_a_header_byline_of_co_authors():
    box = ["Tomas Lindqvist", "Tomas Lindqvist covers city politics and schools for the paper and has reported from "
           "the council chamber for nine years."]
    text = "\n".join(["Home", HEADLINE, "By Priya Raman, Tomas Lindqvist", "July 4, 2025", *PARAGRAPHS[:4], *box])
    article = newsclean.extract(text, source_type="text")
    assert article.authors == ["Priya Raman", "Tomas Lindqvist"]
    assert "Tomas Lindqvist" not in _lost(article)


def test_a_book_written_by_someone_is_no_byline():
    # Guard: the sentence must name the piece itself ("This post", "Cet article").
    assert authors(HEADLINE, "July 4, 2025", "A book written by Priya Raman") == []


@pytest.mark.parametrize("line, names", [
    # "Guest" ends a surname here; "guest" is only the first word of the role "guest author".
    ("Christopher Guest", ["Christopher Guest"]),
    # Guard (passes on 3b53893 too): a job title printed alone stays no author.
    ("Community Manager", []),
])
def test_an_unlabelled_name_ending_in_a_role_phrase_s_first_word(line, names):
    assert authors(HEADLINE, line, "July 4, 2025") == names


@pytest.mark.parametrize("sentence", [
    # Another work's writer, in a sentence about a book or a film: a piece word, but not this piece.
    "The story, written by Stephen King in 1982, became a film that year",
    "Now consider a review of the same book written by Stephen King",
    "La columna escrita por Stephen King en 1982 llegó al cine",
])
def test_a_sentence_about_another_work_s_writer_is_no_byline(sentence):
    assert authors(HEADLINE, "July 4, 2025", sentence) == []


@pytest.mark.parametrize("links", ["ÉconomieÉlections", "ПолитикаЭкономика"])
def test_category_links_glued_with_capitals_of_other_scripts_are_passed_over(links):
    # The capital that starts the second link is no ASCII letter: the names two lines
    # under the label are still read under it.
    from newsclean.fields.text_byline_near import lines_under_label
    from newsclean.model import Block
    top = [Block(i, t) for i, t in enumerate([HEADLINE, "Par", links, "Marie Dupont", "4 juillet 2025"])]
    assert lines_under_label(top).get(3) == "Par"
