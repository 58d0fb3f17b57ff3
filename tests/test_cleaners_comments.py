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
    from newsclean.fields import Metadata
    from newsclean.pipeline import run_chain
    from newsclean.model import Block, Page

    lines = [*PARAGRAPHS, "Jane Doe says:", "Good piece.", "Mark says:", "Thanks."]
    page = Page([Block(i, t) for i, t in enumerate(lines)], "html", Metadata())
    run_chain(page, [comment_sections])
    assert all(b.kept for b in page.blocks)


# --- policy text ---------------------------------------------------------------------

from newsclean.cleaners.comments import policy_text  # noqa: E402

RULES = {
    "en": ["A user comment will be deleted if it:", "contains insults;", "is spam;",
           "Comments are moderated before they are published, and users who break the rules are blocked."],
    "de": ["Kommentare werden vor der Veröffentlichung moderiert.",
           "Beleidigende Kommentare werden gelöscht, bitte beachten Sie unsere Netiquette."],
    "fr": ["Les commentaires sont modérés avant publication.",
           "Tout commentaire injurieux ou diffamatoire sera supprimé."],
    "es": ["Los comentarios ofensivos serán eliminados por el moderador.",
           "Este medio no se hace responsable de los comentarios de los lectores."],
}


@pytest.mark.parametrize("language", sorted(RULES))
def test_comment_rules_below_the_article_are_removed(language):
    lines = [*PARAGRAPHS, *RULES[language], *FOOTER]
    assert removed_by(policy_text, lines) == RULES[language]


def test_rules_the_article_reports_on_stay():
    # An article about a platform's comment rules: its paragraphs go on after them.
    rules = ["The platform said comments would be moderated and insults deleted within a day.",
             "Critics said the new comment rules were vague and would be applied unevenly."]
    assert removed_by(policy_text, [*PARAGRAPHS[:2], *rules, *PARAGRAPHS[2:]]) == []


def test_one_rule_line_is_not_a_region():
    line = "Comments are moderated before they are published."
    assert removed_by(policy_text, [*PARAGRAPHS, line]) == []


@pytest.mark.parametrize("line", [
    "By subscribing, you agree to our Terms of Service and Privacy Policy.",
    "By providing your information and clicking Subscribe, you agree to our Terms of Use and Privacy Policy.",
    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
    "En vous inscrivant, vous acceptez notre politique de confidentialité.",
    "Al suscribirte aceptas los términos y condiciones.",
])
def test_lines_that_accept_the_terms(line):
    assert removed_by(policy_text, [PARAGRAPHS[0], line, PARAGRAPHS[1]]) == [line]


def test_reporting_on_terms_stays():
    line = "The regulator said users who agree to the terms often do not read the privacy policy."
    assert removed_by(policy_text, [PARAGRAPHS[0], line, PARAGRAPHS[1]]) == []


def test_code_with_timestamps_is_not_a_comment_list():
    # A tutorial's SQL: two timestamped lines a few lines apart read like comment headers,
    # but operators are in no one's name; the code and the article after it stay.
    code = ["SELECT * FROM events", "WHERE created_at < '2024-06-15 10:30:00' -- last seen timestamp",
            "ORDER BY created_at DESC LIMIT 20;", "The cursor version compares two columns at once:",
            "WHERE (created_at, id) < ('2024-06-15 10:30:00', 12345)", "ORDER BY created_at DESC, id DESC"]
    assert removed_by(comment_sections, [*PARAGRAPHS, *code, *PARAGRAPHS[:2]]) == []


def test_a_tag_around_a_commenter_name_is_still_a_header():
    # Escaped markup a renderer printed around the names: the list is still found.
    comments = ["<span>Donald Elam</span> Wed, 12/03/2025 - 02:42", "Lovely garden, thanks for the tips.",
                "<span>Arohi Singh</span> Mon, 11/03/2025 - 12:07", "Which soil do you use?"]
    assert removed_by(comment_sections, [*PARAGRAPHS, *comments]) == comments


def test_a_time_with_its_am_pm_glued_on_is_a_header():
    # "@08:12PM": the time ends at its last digit, not at a word boundary.
    comments = ["by jdoe ( 770054 ) on Friday December 19, 2025 @08:12PM ( #65870313 )", "Really? Not in my town.",
                "by amy ( 2567295 ) on Friday December 19, 2025 @08:49PM ( #65870365 )", "Same here, sadly."]
    assert removed_by(comment_sections, [*PARAGRAPHS, *comments]) == comments


@pytest.mark.parametrize("headers", [
    ["Jane Doe; March 3, 2024 at 10:15", "Mark Lee; March 3, 2024 at 11:02"],
    ["Max Muster; 12.03.2020, 14:22 Uhr", "Erika Muster; 12.03.2020, 15:03 Uhr"],
])
def test_a_semicolon_between_name_and_date_is_no_code(headers):
    comments = []
    for k, header in enumerate(headers):
        comments += [header, f"I do not agree with the author on point {k}, the figures tell another story."]
    assert removed_by(comment_sections, [*PARAGRAPHS, *comments]) == comments


@pytest.mark.parametrize("cards", [
    ["10 months ago · 154 likes · 10 comments · Jane Doe", "a year ago · 241 likes · 4 comments · Jane Doe",
     "2 years ago · 98 likes · 7 comments · Jane Doe"],
    ["vor 3 Tagen · 12 Kommentare", "vor 5 Tagen · 4 Kommentare", "vor einer Woche · 9 Kommentare"],
    ["il y a 2 jours · 15 commentaires", "il y a 4 jours · 3 commentaires", "il y a 6 jours · 8 commentaires"],
])
def test_teaser_cards_that_count_comments_are_no_comment_list(cards):
    # A list of an author's other posts, each with its age and its count of comments,
    # below the article and followed by more of the article's page: not reader comments.
    lines = [*PARAGRAPHS]
    for k, card in enumerate(cards):
        lines += [f"Another post of this blog, number {k}", card]
    lines += PARAGRAPHS
    assert removed_by(comment_sections, lines) == []


@pytest.mark.parametrize("embeds", [
    ["A post shared by Jane Doe (@janedoe) on Jun 16, 2019 at 7:30am PDT",
     "A post shared by Mark Lee (@marklee) on Jun 15, 2019 at 11:55am PDT"],
    ["Ein Beitrag geteilt von Erika Muster (@erika.muster) am 23. Okt 2017 um 0:31 Uhr",
     "Ein Beitrag geteilt von Max Muster (@max_muster) am 24. Okt 2017 um 9:12 Uhr"],
])
def test_embedded_social_posts_are_no_comment_list(embeds):
    # Two embedded posts (each attributed to an account with its time) inside the
    # article: the article goes on below them and stays.
    lines = [*PARAGRAPHS, embeds[0], "What a day.", embeds[1], "Thank you all.", *PARAGRAPHS]
    assert removed_by(comment_sections, lines) == []
