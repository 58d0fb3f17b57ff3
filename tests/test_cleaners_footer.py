import pytest

from helpers import PROSE, removed_by
from newsclean.cleaners.footer import copyright_lines, footer_links, reading_time, source_attributions


@pytest.mark.parametrize("line", ["© 2025 OnlyTrustedInfo.com . All Rights Reserved.", "Copyright 2024 Example Media Group",
                                  "(c) 2023 The Daily Times", "All rights reserved. No part may be reproduced."])
def test_copyright_lines(line):
    assert removed_by(copyright_lines, [PROSE, line]) == [line]


def test_copyright_keeps_sentences_about_copyright():
    line = "The court ruled that the copyright had expired in 1998."
    assert removed_by(copyright_lines, [PROSE, line]) == []


@pytest.mark.parametrize("line", ["About Us", "Contact US", "Privacy Policy", "Terms of Service",
                                  "Cookie Settings", "Do Not Sell My Personal Information"])
def test_footer_links(line):
    assert removed_by(footer_links, [PROSE, line]) == [line]


def test_footer_links_keep_sentences():
    assert removed_by(footer_links, [PROSE, "Contact us if you have seen him, police said."]) == []


@pytest.mark.parametrize("line", ["4 Min Read", "5 minute read", "Reading time: 3 minutes", "2-3 min read", "1 min"])
def test_reading_time(line):
    assert removed_by(reading_time, [line, PROSE]) == [line]


def test_reading_time_keeps_sentences():
    assert removed_by(reading_time, [PROSE, "It took 4 minutes to read the verdict."]) == []


@pytest.mark.parametrize("line", ["Source: Wesleyannews.com", "Sources: Reuters, AP", "Via: The Guardian",
                                  "This article originally appeared on The Conversation"])
def test_source_attributions(line):
    assert removed_by(source_attributions, [PROSE, line]) == [line]


@pytest.mark.parametrize("line", ["A source said the talks had stalled.", "Sources close to the minister denied it."])
def test_source_attributions_keep_sentences(line):
    assert removed_by(source_attributions, [PROSE, line]) == []
