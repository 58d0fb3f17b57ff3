import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.share import share_widgets

REMOVE = [
    "Share", "SHARE", "Share This Article", "Facebook X Copy Link Print", "Share on Facebook",
    "Share on Twitter Share on LinkedIn", "Email this story", "12 Shares", "Share via WhatsApp",
    "Tweet", "Copy link", "Share this: Facebook Twitter Email Print",
]
KEEP = [
    "She shared the photo with reporters.",
    "Shares of the company fell 4% on Monday.",
    "The post was shared widely on Facebook and X before it was deleted.",
    "Print editions will end next year.",
    "Google shared the results with Facebook and Twitter users on Tuesday, the company said in a post.",
]
# Rows longer than 14 words, and networks the vocabulary lacked (Google+, StumbleUpon).
LONG_ROWS = [
    "Auf Facebook teilen In Messenger teilen Auf Twitter teilen In Whatsapp teilen Via E-Mail teilen",
    "Share Facebook Twitter Google+ ReddIt WhatsApp Pinterest Email Linkedin Tumblr Telegram StumbleUpon Print",
]


@pytest.mark.parametrize("line", LONG_ROWS)
def test_removes_long_share_rows_and_more_networks(line):
    assert removed_by(share_widgets, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", REMOVE)
def test_removes_share_widgets(line):
    assert removed_by(share_widgets, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", KEEP)
def test_keeps_sentences_about_sharing(line):
    assert removed_by(share_widgets, [PROSE, line, PROSE]) == []


def test_share_vocabulary_inside_other_words_is_not_a_widget():
    # "print", "copy" and "email" hide in these words; the lines still have other words.
    lines = ["Printing costs and photocopying fees", "Emailed questions go unanswered"]
    assert removed_by(share_widgets, [PROSE, *lines, PROSE]) == []
    assert removed_by(share_widgets, [PROSE, "Print  Email  Copy link", PROSE]) == ["Print Email Copy link"]
