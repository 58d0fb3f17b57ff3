"""Article.date: one sortable type that keeps the time zone the page gives (issue 15)."""
import datetime as dt
import json

import pytest

import newsclean
from helpers import PARAGRAPHS
from newsclean.fields.dates import parse_text_date

H = dt.timedelta(hours=1)


def html_page(header: str = "", head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html><head>{head}</head><body><article><h1>Council approves the new budget</h1>"
            f"{header}{body}</article></body></html>")


def text_page(date_line: str) -> str:
    return "\n\n".join(["Council approves the new budget", "By Jane Doe", date_line, *PARAGRAPHS])


def json_date(source: str, source_type: str) -> str | None:
    return json.loads(newsclean.extract(source, source_type=source_type).to_json())["date"]


# --- what the pages give ------------------------------------------------------------------

def test_time_element_keeps_its_offset():
    # The page: the printed date has no time, its <time datetime> has time and zone.
    html = html_page('<time datetime="2024-03-12T16:45:00+01:00">12 March 2024</time>')
    assert json_date(html, "html") == "2024-03-12T16:45:00+01:00"


def test_declared_date_written_with_utc_keeps_it():
    html = html_page(head='<meta property="article:published_time" content="2019-11-19 02:24:00 UTC">')
    assert json_date(html, "html") == "2019-11-19T02:24:00+00:00"


def test_printed_utc_date_keeps_it():
    assert json_date(html_page("<p>2019-11-19 02:24:00 UTC</p>"), "html") == "2019-11-19T02:24:00+00:00"


@pytest.mark.parametrize("line, expected", [
    # Eastern Time is UTC-4 in July (daylight time) and UTC-5 in January.
    ("Published July 4, 2025 10:30 AM ET", "2025-07-04T10:30:00-04:00"),
    ("Published January 14, 2025 10:30 AM ET", "2025-01-14T10:30:00-05:00"),
    # The time and its zone printed before the day.
    ("Updated 10:30 AM EDT, Fri July 4, 2025", "2025-07-04T10:30:00-04:00"),
    ("Veröffentlicht am 4. Juli 2025, 14:00 Uhr MESZ", "2025-07-04T14:00:00+02:00"),
    ("Published March 3, 2024 at 5:00 p.m. (GMT+2)", "2024-03-03T17:00:00+02:00"),
])
def test_text_dump_keeps_the_zone_it_names(line, expected):
    assert json_date(text_page(line), "text") == expected


def test_only_unambiguous_zone_names_give_an_offset():
    # EST has one meaning; CST is US Central or China Standard Time, and a time without
    # a zone is the page's local time: neither gets a made-up offset.
    assert json_date(text_page("Published July 4, 2025 10:30 AM EST"), "text") == "2025-07-04T10:30:00-05:00"
    assert json_date(text_page("Published July 4, 2025 10:30 AM CST"), "text") == "2025-07-04T10:30:00"
    assert json_date(text_page("Last updated: July 4, 2025 12:41 am"), "text") == "2025-07-04T00:41:00"


# --- the type -----------------------------------------------------------------------------

def test_articles_with_date_only_naive_and_aware_dates_sort():
    day_only = newsclean.extract(text_page("Published March 12, 2024"), source_type="text")
    naive = newsclean.extract(text_page("Published March 12, 2024 09:00"), source_type="text")
    aware = newsclean.extract(html_page('<time datetime="2024-03-12T16:45:00+01:00">12 March 2024</time>'),
                              source_type="html")
    earlier = newsclean.extract(html_page(head='<meta property="article:published_time" content="2024-03-11T23:00:00Z">'),
                                source_type="html")
    ordered = sorted([aware, naive, earlier, day_only], key=lambda a: a.date)
    # 2024-03-11 23:00 UTC < 2024-03-12 (midnight) < 09:00 (local, read as UTC) < 16:45+01:00 (15:45 UTC)
    assert [a.date.isoformat() for a in ordered] == [
        "2024-03-11T23:00:00+00:00", "2024-03-12", "2024-03-12T09:00:00", "2024-03-12T16:45:00+01:00"]


def test_sort_key_is_the_utc_instant_when_the_offset_is_known():
    from newsclean import PublicationDate

    tokyo = PublicationDate(dt.date(2024, 3, 13), dt.time(8, 0), 9 * H)     # 2024-03-12 23:00 UTC
    london = PublicationDate(dt.date(2024, 3, 12), dt.time(22, 0), 0 * H)   # 2024-03-12 22:00 UTC
    assert london < tokyo and sorted([tokyo, london]) == [london, tokyo]
    # Its day is the one the page printed, in the page's own zone.
    assert (tokyo.year, tokyo.month, tokyo.day) == (2024, 3, 13)


def test_order_is_total_and_agrees_with_equality():
    from newsclean import PublicationDate

    day = dt.date(2024, 3, 12)
    same_moment = [PublicationDate(day), PublicationDate(day, dt.time(0, 0)), PublicationDate(day, dt.time(0, 0), 0 * H),
                   PublicationDate(day, dt.time(1, 0), H)]
    # Equal instants, different readings: still a strict order, date-only first.
    assert sorted(reversed(same_moment)) == same_moment
    assert len(set(same_moment)) == 4 and PublicationDate(day) == PublicationDate(day)
    # At the ends of the calendar the UTC instant does not exist; the order still holds.
    first = [PublicationDate(dt.date.min, dt.time(0, 0), H), PublicationDate(dt.date.min, dt.time(0, 30), H)]
    last = PublicationDate(dt.date.max, dt.time(23, 0), -5 * H)
    assert sorted([last, first[1], first[0]]) == [*first, last]


def test_iso_round_trip_and_conversion():
    from newsclean import PublicationDate

    for text in ("2024-03-12", "2024-03-12T16:45:00", "2024-03-12T16:45:00+01:00", "2024-03-12T16:45:00-05:30"):
        assert PublicationDate.fromisoformat(text).isoformat() == text
    aware = PublicationDate.from_value(dt.datetime(2024, 3, 12, 16, 45, tzinfo=dt.timezone(H)))
    assert aware == PublicationDate(dt.date(2024, 3, 12), dt.time(16, 45), H)
    assert aware.to_datetime() == dt.datetime(2024, 3, 12, 15, 45, tzinfo=dt.timezone.utc)
    # A caller's date or datetime given to Article becomes the same type.
    assert newsclean.Article(date=dt.date(2024, 3, 12)).date == PublicationDate(dt.date(2024, 3, 12))


@pytest.mark.parametrize("args", [
    (dt.datetime(2024, 3, 12, 9, 0),),                       # a datetime where the day goes
    (dt.date(2024, 3, 12), None, H),                         # an offset without a time
    (dt.date(2024, 3, 12), dt.time(9, tzinfo=dt.timezone.utc)),  # the zone goes in utc_offset
    (dt.date(2024, 3, 12), dt.time(9), 25 * H),              # no such offset
])
def test_inconsistent_dates_are_refused(args):
    from newsclean import PublicationDate

    with pytest.raises((TypeError, ValueError)):
        PublicationDate(*args)


@pytest.mark.parametrize("line, day", [
    # the first date of a line, though a renderer glued the next label to it
    ("April 26, 2024Updated on: October 28, 2024", dt.date(2024, 4, 26)),
    ("26. April 2024Aktualisiert am 28. Oktober 2024", dt.date(2024, 4, 26)),
    ("15 mai 2019Mis à jour le 3 juin 2019", dt.date(2019, 5, 15)),
    ("Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026", dt.date(2022, 12, 22)),
])
def test_a_date_glued_to_the_next_label_is_the_lines_first_date(line, day):
    value = parse_text_date(line)
    assert (value.date() if isinstance(value, dt.datetime) else value) == day


@pytest.mark.parametrize("line, day", [
    ("Updated on: October 28, 2024", dt.date(2024, 10, 28)),
    ("Stef KeeganAugust 5, 2024", dt.date(2024, 8, 5)),
    ("Aktualisiert am 28. Oktober 2024", dt.date(2024, 10, 28)),
])
def test_a_line_with_one_date_keeps_it(line, day):
    assert parse_text_date(line) == day
