"""Times marked before or after noon in other scripts, where English writes "am"/"pm":
after the time in Arabic ("3:20 م", "9:05 ص"), before it in Chinese, Japanese and Korean
("下午3:20", "午後3時20分", "오후 3:20"). The words are lexicon/dates.py's AM_/PM_ tables."""
import datetime as dt

import pytest

from newsclean.fields.dates import parse_text_date


@pytest.mark.parametrize("line, hour", [
    ("نشر في 5 مارس 2024 - 3:20 م", 15),
    ("5 مارس 2024 3:20 مساءً", 15),
    ("5 مارس 2024 12:20 ص", 0),
    ("发布时间：2024年3月5日 下午3:20", 15),
    ("2024年3月5日 午後3時20分", 15),
    ("2024년 3월 5일 오후 3:20", 15),
    ("2024年3月5日 上午12:10", 0),
])
def test_the_mark_sets_the_hour(line, hour):
    value = parse_text_date(line)
    assert isinstance(value, dt.datetime) and value.date() == dt.date(2024, 3, 5)
    assert value.hour == hour


@pytest.mark.parametrize("line, hour", [
    # Guards (pass before and after): a morning mark before noon and a word that only
    # starts with the mark's letter leave the hour as written.
    ("5 مارس 2024 3:20 ص", 3),
    ("5 مارس 2024 3:20 مقال", 3),
    ("2024年3月5日 15:20", 15),
    # Noon: "12:30 م" is 12:30, not 00:30 (the afternoon mark adds 12 only before noon).
    ("5 مارس 2024 12:30 م", 12),
    ("2024年3月5日 下午12:30", 12),
])
def test_without_an_afternoon_mark_the_hour_is_as_written(line, hour):
    value = parse_text_date(line)
    assert isinstance(value, dt.datetime) and value.hour == hour


def test_a_page_mark_after_a_date_is_no_time():
    # A guard: "ص 5" is "page 5" in an Arabic print edition's line, not a morning mark.
    value = parse_text_date("العدد 123، 5 مارس 2024، ص 5")
    assert value == dt.date(2024, 3, 5)
