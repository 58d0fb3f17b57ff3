"""The five seed pages against readings written by hand (fixtures/*.expected.json)."""
import json
from pathlib import Path

import pytest

import newsclean

FIXTURES = Path(__file__).parent.parent / "fixtures"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def test_all_five_seeds_are_here():
    assert len(PAGES) == 5
    assert all((FIXTURES / f"{name}.expected.json").exists() for name in PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_seed_page(name):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = newsclean.extract(FIXTURES / f"{name}.txt")
    assert article.title == expected["title"]
    assert article.byline == expected["byline"]
    assert (article.date.isoformat() if article.date else None) == expected["date"]
    assert article.body == expected["body"]


def test_seed_001_dek_is_the_description():
    article = newsclean.extract(FIXTURES / "001_987d2e87f9d1aef4.txt")
    assert article.description.startswith("Russian attack on Kiev after Trump comments")
    assert not article.body.startswith("Russian attacks hit Kyiv")


def test_seed_002_explains_every_removal():
    article = newsclean.extract(FIXTURES / "002_e993ff611d2643c6.txt")
    by_text = {r.text: r.cleaner for r in article.removed}
    assert by_text["For more CNN news and newsletters create an account at CNN.com"] == "calls_to_action"
    assert by_text["Facebook X Copy Link Print"] == "share_widgets"
    assert by_text["4 Min Read"] == "reading_time"
    assert all(r.reason for r in article.removed)
    # Nothing lost: every non-empty line is either in the body or explained.
    def squeeze(text):
        return " ".join(text.split())

    lines = [l for l in (FIXTURES / "002_e993ff611d2643c6.txt").read_text().splitlines() if l.strip()]
    kept_or_removed = {squeeze(p) for p in article.body.split("\n\n")} | {squeeze(r.text) for r in article.removed}
    for line in lines:
        assert squeeze(line.lstrip(" •")) in kept_or_removed
