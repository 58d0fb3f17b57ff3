"""fields/html_date_search.py: htmldate's answer, its last resort reading only the
page's windows around dates it can take (work counted by the length searched)."""
from __future__ import annotations

import random

import htmldate
import htmldate.core
import pytest

from newsclean.fields import html_date_search
from newsclean.fields.html_date import choose_date
from newsclean.fields.html_date_search import date_windows
from newsclean.fields.html_ld import read_declared
from newsclean.read.html_parse import parse_html

supported = pytest.mark.skipif(html_date_search._htmldate_core() is None,
                               reason="another htmldate release: htmldate's own find_date is used")

# A page nothing declares or prints a date in beside the headline, so htmldate is asked
# and reaches its last resort: a copyright year in the footer, long text around it.
FILLER = "<p>" + "Words of the article that hold no date at all. " * 60 + "</p>"
PAGE = (f"<html><head><title>A page</title></head><body><h1>A page</h1>{FILLER * 8}"
        "<footer>Copyright 2021 The Paper</footer></body></html>")


def _options(original: bool = True) -> htmldate.core.Extractor:
    return htmldate.core.Extractor(True, htmldate.core.get_max_date(None), htmldate.core.get_min_date(None),
                                   original, "%Y-%m-%d")


@supported
def test_last_resort_searches_a_small_part_of_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    original = htmldate.core.search_page

    def spy(page: str, options):  # noqa: ANN001, ANN202
        searched.append(len(page))
        return original(page, options)

    monkeypatch.setattr(htmldate.core, "search_page", spy)
    tree = parse_html(PAGE)
    date = choose_date(tree, read_declared(tree))
    assert str(date) == "2021-01-01"  # the copyright year, htmldate's last answer
    assert len(searched) == 1
    assert searched[0] < len(PAGE) / 20  # before: the whole serialized page (about 24,000 characters)


def test_same_answer_as_htmldate_on_a_page() -> None:
    for page in (PAGE, PAGE.replace("Copyright 2021", "Posted 12/03/2019, updated March 5, 2020"),
                 PAGE.replace("Copyright 2021", "no date"), "<html><body><p>31.12.98 and 2035</p></body></html>"):
        tree = parse_html(page)
        for extensive in (True, False):
            for original in (True, False):
                kwargs = dict(extensive_search=extensive, original_date=original, outputformat="%Y-%m-%d", url=None)
                assert html_date_search.find_date(tree, **kwargs) == htmldate.find_date(tree, **kwargs)


@supported
def test_windows_give_the_last_resort_the_same_answer_on_random_pages() -> None:
    # Pieces of dates, separators, copyright marks and month names, glued at random,
    # with long stretches without digits between them (where windows are cut).
    pieces = ["2019", "1999", "2031", "1985", "0000", "12", "3", "05", "/", ".", "-", " ", "\u00a9", "Copyright ",
              "(c)", "&copy;", "March ", "SmithMarch ", "janvier ", "of ", "th", ", ", "w3.org", "ab", "\n",
              "1/2/99", "31.12.98", "20190312", "Ekim ", "\u0130", "9" * 40, "1-1-" * 30]
    filler = ["y" * 150, " " * 120, "z" * 90, "<div>", "abc def "]
    rng = random.Random(14)
    cut = 0
    for _ in range(300):
        page = "".join(rng.choice(filler) if rng.random() < 0.8 else rng.choice(pieces)
                       for _ in range(rng.randint(1, 200)))
        windows = date_windows(page)
        cut += len(windows) < len(page)
        for original in (True, False):
            assert htmldate.core.search_page(windows, _options(original)) == \
                htmldate.core.search_page(page, _options(original)), page
    assert cut > 200  # most pages were cut, so the check above compared different strings


def test_windows_keep_dates_and_drop_stretches_without_them() -> None:
    page = "a" * 1000 + " 12/03/2024 " + "b" * 1000 + "Copyright 2019" + "c" * 1000
    windows = date_windows(page)
    assert "12/03/2024" in windows and "Copyright 2019" in windows
    assert len(windows) < 800
    assert date_windows("x" * 5000) == ""
    short = "on 12/03/2024"
    assert date_windows(short) is short  # nothing to cut: the page itself


def test_other_htmldate_release_uses_its_own_find_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_date_search, "SUPPORTED_HTMLDATE", ())
    monkeypatch.setattr(html_date_search, "_CORE", None)
    called = []
    monkeypatch.setattr(htmldate, "find_date", lambda tree, **kw: called.append(kw) or "2001-02-03")
    tree = parse_html(PAGE)
    answer = html_date_search.find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d",
                                        url=None)
    assert answer == "2001-02-03" and len(called) == 1
