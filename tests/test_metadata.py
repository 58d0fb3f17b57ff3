import datetime as dt

import pytest

import newsclean
from newsclean.dates import PublicationDate
from helpers import PROSE, page_of
from newsclean.fields.dates import parse_date
from newsclean.fields.names import looks_like_name, split_byline


@pytest.mark.parametrize("text,expected", [
    ("Last updated: July 4, 2025 12:41 am", dt.datetime(2025, 7, 4, 0, 41)),
    ("Published 4 July 2025", dt.date(2025, 7, 4)),
    ("Jul. 4th, 2025 at 3:05 p.m.", dt.datetime(2025, 7, 4, 15, 5)),
    ("2025-07-04T00:41", dt.datetime(2025, 7, 4, 0, 41)),
    ("Veröffentlicht am 4. Juli 2025", dt.date(2025, 7, 4)),
    ("4 de julio de 2025", dt.date(2025, 7, 4)),
    ("le 12 mars 2024", dt.date(2024, 3, 12)),
    ("04.07.2025", dt.date(2025, 7, 4)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2 hours ago", "yesterday", "In June alone, 330 missiles", "Room 12.13.14", "Feb 30, 2025"])
def test_parse_date_refuses_non_dates(text):
    assert parse_date(text) is None


def test_names():
    assert looks_like_name("Oliver James")
    assert looks_like_name("By María José García")
    assert not looks_like_name("Share This Article")
    assert not looks_like_name("Russian strikes hit Kyiv")  # lower-case words
    assert split_byline("By Jane Doe and John Roe, Reuters") == ["Jane Doe", "John Roe"]
    assert split_byline("Jane Doe | Staff Writer") == ["Jane Doe"]


def test_published_is_kept_over_updated():
    text = "\n".join(["Storm floods the old town", "Updated: March 5, 2024", "Published: March 3, 2024",
                      "By Jane Doe", PROSE])
    article = newsclean.extract(text, source_type="text")
    assert article.date == PublicationDate(dt.date(2024, 3, 3))
    assert article.byline == "Jane Doe" and article.authors == ["Jane Doe"]
    assert article.title == "Storm floods the old town"


def test_no_metadata_is_invented_from_the_body():
    text = "\n".join([PROSE, "Jane Doe, the mayor, said on March 3, 2024 that the vote would go ahead.", PROSE])
    article = newsclean.extract(text, source_type="text")
    assert (article.title, article.byline, article.date) == (None, None, None)


def test_a_date_in_the_body_is_not_the_article_date():
    page = page_of([PROSE, "March 3, 2024", PROSE])
    assert page.metadata.date is None


def test_split_explicit_byline_accepts_handles_and_desks():
    from newsclean.fields.names import split_explicit_byline

    assert split_explicit_byline("mkrause_77") == ["mkrause_77"]
    assert split_explicit_byline("the Weather Team and Ana Ruiz") == ["the Weather Team", "Ana Ruiz"]


def test_split_explicit_byline_rejects_phrases_and_agencies():
    from newsclean.fields.names import split_explicit_byline

    assert split_explicit_byline("signing up you accept the terms") == []
    assert split_explicit_byline("Reuters") == []
    assert split_explicit_byline("2025") == []


@pytest.mark.parametrize("line, day", [
    ("09/25/2025", dt.date(2025, 9, 25)),                 # second part > 12: month first
    ("25/09/2025", dt.date(2025, 9, 25)),                 # first part > 12: day first
    ("8/1/2025", dt.date(2025, 8, 1)),                    # ambiguous with "/": month first
    ("04.05.2024", dt.date(2024, 5, 4)),                  # ambiguous with ".": day first
    ("Post time: 01-04-2024", dt.date(2024, 1, 4)),
    ("Stef KeeganAugust 5, 2024", dt.date(2024, 8, 5)),   # a name glued to the date
    ("August 25, 2025August 29, 2025", dt.date(2025, 8, 25)),
])
def test_parse_text_date_reads_numeric_orders_and_glued_dates(line, day):
    from newsclean.fields.dates import parse_text_date
    value = parse_text_date(line)
    assert (value.date() if isinstance(value, dt.datetime) else value) == day


@pytest.mark.parametrize("line", ["31/31/2025", "2 hours ago", "Call 1-888-644-6226", "Version 10.4"])
def test_parse_text_date_rejects_what_is_not_a_date(line):
    from newsclean.fields.dates import parse_text_date
    assert parse_text_date(line) is None
