"""Dates that lxml's text glues to what follows or precedes them: a year glued to the
time or the reading time after it, a name glued to a numeric date."""
import datetime as dt

import pytest

from newsclean.fields.dates import parse_text_date


@pytest.mark.parametrize("line, day", [
    ("October 17, 20236:01 PM ET", dt.date(2023, 10, 17)),   # year + clock time
    ("Mar 27, 20255 mins", dt.date(2025, 3, 27)),            # year + reading time
    ("May 2nd 202511 mins", dt.date(2025, 5, 2)),
    ("12 mars 20254 min de lecture", dt.date(2025, 3, 12)),  # the lexicon's reading-time words, any language
    ("5. März 202518:30 Uhr", dt.date(2025, 3, 5)),
    ("Yucy3/4/2025", dt.date(2025, 3, 4)),                   # a name glued to a month-first date
    ("Anna Kowalska23.07.2025", dt.date(2025, 7, 23)),       # ... and to a day-first one
])
def test_a_glued_date_is_read(line, day):
    value = parse_text_date(line)
    assert value is not None and (value.date() if isinstance(value, dt.datetime) else value) == day


def test_the_clock_time_glued_to_the_year_is_kept():
    assert parse_text_date("October 17, 20236:01 PM") == dt.datetime(2023, 10, 17, 18, 1)


@pytest.mark.parametrize("line", [
    "Order 20231234",          # digits after a year-like run: no time, no reading time
    "Call 12023 6:01",         # five digits: no year
    "Reference 2025-AB/77",
])
def test_numbers_that_are_no_glued_date_stay_no_date(line):
    assert parse_text_date(line) is None
