"""Edges of the text dates in other scripts (fields/dates.py ``script_date``): the
Buddhist era only after a Thai month, no day cut out of a longer number, and the
"AM"/"PM" after a time read in either case, as the Latin patterns read it."""
import datetime as dt

import pytest

from newsclean.fields.dates import parse_text_date


@pytest.mark.parametrize("line", [
    "5 مارس 2567",      # an Arabic month: 2567 is no year (not 2024)
    "٥ مارس ٢٥٦٧",      # the same in Arabic-Indic digits
    "5 मार्च 2567",      # a Hindi month
])
def test_a_year_of_25xx_is_buddhist_only_after_a_thai_month(line):
    assert parse_text_date(line) is None


def test_a_thai_month_still_counts_the_buddhist_era():
    # Guard (passes before the change too).
    assert parse_text_date("5 มีนาคม 2567") == dt.date(2024, 3, 5)


def test_a_cjk_day_is_not_the_start_of_a_longer_number():
    # "123日" is no day of January: not the 12th.
    assert parse_text_date("2024年1月123日") is None


@pytest.mark.parametrize("line", ["12 जून 2025 10:30 PM", "مارس 12, 2025 10:30 PM"])
def test_an_upper_case_pm_after_a_script_date_is_read(line):
    assert parse_text_date(line).hour == 22


@pytest.mark.parametrize("line, day", [
    ("31 फरवरी 2024 · 5 मार्च 2024", dt.date(2024, 3, 5)),               # no 31 February
    ("30 فبراير 2024 تحديث 5 مارس 2024", dt.date(2024, 3, 5)),           # no 30 February
    ("1985年3月5日创刊 2024年3月5日", dt.date(2024, 3, 5)),               # a founding year out of range
])
def test_an_impossible_first_date_does_not_hide_the_next(line, day):
    assert parse_text_date(line) == day


@pytest.mark.parametrize("line, day", [
    ("5 มีนาคม พ.ศ. 2567", dt.date(2024, 3, 5)),          # "B.E." before the year
    ("วันที่ 5 มี.ค. พ.ศ.2567", dt.date(2024, 3, 5)),
    ("5 มีนาคม ค.ศ. 2024", dt.date(2024, 3, 5)),          # "A.D." before the year
])
def test_a_thai_era_mark_before_the_year_is_passed_over(line, day):
    assert parse_text_date(line) == day


@pytest.mark.parametrize("line, day", [
    ("12 يوليوز 2024", dt.date(2024, 7, 12)),       # Moroccan July
    ("3 غشت 2024", dt.date(2024, 8, 3)),            # August
    ("20 شتنبر 2024", dt.date(2024, 9, 20)),        # September
    ("7 نونبر 2024", dt.date(2024, 11, 7)),         # November
    ("31 دجنبر 2024", dt.date(2024, 12, 31)),       # December
])
def test_moroccan_month_names_are_read(line, day):
    assert parse_text_date(line) == day
