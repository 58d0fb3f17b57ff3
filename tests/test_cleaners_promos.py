import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.promos import calls_to_action, cookie_notices, inline_headline_links

CTAS = [
    "For more CNN news and newsletters create an account at CNN.com",
    "Sign up for our daily newsletter",
    "Subscribe to our newsletter to get the latest updates in your inbox",
    "Follow us on Twitter and Facebook",
    "Download our app for the latest updates",
    "Do you have a story to share? Send it to our editorial team at editor@example.com",
    "Got a news tip? Email us at tips@example.org",
    "Click here to subscribe",
    "Join our WhatsApp channel for breaking news",
]
KEEP = [
    "The newsletter, first published in 1990, reached two million readers.",
    "Residents were told to sign up for evacuation alerts, the mayor said.",
    "She had a story to tell, and she told it to the court.",
    "Officials asked residents to follow the instructions of emergency services.",
]


@pytest.mark.parametrize("line", CTAS)
def test_calls_to_action(line):
    assert removed_by(calls_to_action, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", KEEP)
def test_calls_to_action_keep_sentences(line):
    assert removed_by(calls_to_action, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Also, Check – Oldest Surviving Church In The World", "READ MORE: Fed holds rates",
                                  "Related: How the strikes unfolded", "Also read: Five things to know",
                                  "WATCH - Drone footage of the attack"])
def test_inline_headline_links(line):
    assert removed_by(inline_headline_links, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", ["Read the full statement below.", "Watch out for falling debris, officials warned.",
                                  "Check the forecast before travelling, police said."])
def test_inline_headline_links_keep_sentences(line):
    assert removed_by(inline_headline_links, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", [
    "We use cookies on our website to give you the most relevant experience by remembering your preferences.",
    "Manage consent",
    "This website uses cookies to improve your experience while you navigate through the website.",
    "cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie Consent plugin.",
    "By clicking “Accept All”, you agree to the storing of cookies on your device.",
])
def test_cookie_notices(line):
    assert removed_by(cookie_notices, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", [
    "Regulators say websites must ask before they set cookies that track readers across other sites.",
    "The court ruled that consent buried in a settings page was not consent at all.",
    "She baked cookies for the whole street and handed them out on Sunday.",
])
def test_cookie_notices_keep_articles_about_cookies(line):
    assert removed_by(cookie_notices, [PROSE, line, PROSE]) == []
