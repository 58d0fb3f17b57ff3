"""Reader comments found as a region (cleaners/comments.py)."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.comments import comment_sections

FOOTER = ["Impressum", "Datenschutz"]


@pytest.mark.parametrize("headers", [
    ["Jane Doe says:", "Mark says:", "Amy Chen says:"],
    ["Max Mustermann sagt:", "Erika schrieb:"],
    ["Par Marie-Claire DELAIRE, le mercredi 15 mai 2019 à 15h24", "Par Jean Dupont, le jeudi 16 mai 2019 à 09h02"],
    ["Max, 12.03.2020 um 14:22 Uhr", "Erika, 12.03.2020 um 15:03 Uhr"],
    ["Posted by: John at December 18, 2025 05:48 PM", "Posted by: Groggy at December 18, 2025 07:54 PM"],
    ["Lucía Pérez hace 3 días", "Juan hace 2 días"],
    ["Piet de Vries schreef:", "Anna zei:"],
])
def test_comment_lists_are_removed_from_the_heading_to_the_end(headers):
    comments = []
    for k, header in enumerate(headers):
        comments += [header, f"I do not agree with the author on point {k}, the figures tell another story."]
    lines = [*PARAGRAPHS, "Comments", *comments, *FOOTER]
    assert removed_by(comment_sections, lines) == ["Comments", *comments, *FOOTER]


@pytest.mark.parametrize("heading", ["3 Kommentare", "12 Commentaires", "5 thoughts on “The budget vote”",
                                     "One response to “The budget vote”", "Leave a Reply"])
def test_the_comments_heading_goes_with_the_list(heading):
    comments = ["Jane Doe says:", "Good piece.", "Mark says:", "Thanks for writing this."]
    assert removed_by(comment_sections, [*PARAGRAPHS, heading, *comments]) == [heading, *comments]


def test_a_single_dateline_or_quote_is_not_a_list():
    lines = [PARAGRAPHS[0], "Updated on May 15, 2019 at 15:24", *PARAGRAPHS[1:3], "The minister said:",
             "We will not raise taxes.", PARAGRAPHS[3]]
    assert removed_by(comment_sections, lines) == []


def test_headers_far_apart_are_not_a_list():
    # Two datelines of a long report, 30 paragraphs apart: not one comment list.
    lines = [*PARAGRAPHS, "May 15, 2019 at 15:24", *(PARAGRAPHS * 8), "May 16, 2019 at 09:10", *PARAGRAPHS]
    assert removed_by(comment_sections, lines) == []


def test_timestamped_teasers_above_the_article_are_not_comments():
    # A list of teasers with their times, above the article: no article prose above them.
    teasers = ["Markets rally as rates hold, May 15, 2019 at 15:24", "Storm hits coast, May 15, 2019 at 14:02",
               "Council votes on budget, May 15, 2019 at 11:40"]
    assert removed_by(comment_sections, ["World News", *teasers, *PARAGRAPHS]) == []


def test_html_pages_are_left_alone():
    from newsclean.metadata import Metadata
    from newsclean.pipeline import run_chain
    from newsclean.blocks import Block, Page

    lines = [*PARAGRAPHS, "Jane Doe says:", "Good piece.", "Mark says:", "Thanks."]
    page = Page([Block(i, t) for i, t in enumerate(lines)], "html", Metadata())
    run_chain(page, [comment_sections])
    assert all(b.kept for b in page.blocks)
