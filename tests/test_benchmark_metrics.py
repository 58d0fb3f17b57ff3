"""The benchmark's scoring rules, on tiny examples worked out by hand."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.render import lxml_text, wrap_text_as_html  # noqa: E402
from benchmarks.speed import growth_ratios, repeat_page  # noqa: E402


def test_tokens_fold_case_and_drop_punctuation():
    assert metrics.tokens("Hello, WORLD! It's ﬁne") == ["hello", "world", "it", "s", "fine"]


def test_shingles_short_text_is_one_shingle():
    assert metrics.shingles(["a", "b"]) == {("a", "b"): 1}
    assert metrics.shingles([]) == {}


def test_identical_texts_score_one():
    prf = metrics.body_prf("one two three four five", "one two three four five")
    assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)


def test_repeated_shingle_is_one_hit_and_one_false_positive():
    # Truth "a b c d": one shingle. Output "a b c d a b c d": 5 shingles, (a b c d) twice.
    # Counter intersection: 1 hit. P = 1/5, R = 1/1, F1 = 2*(0.2*1)/(1.2) = 1/3.
    prf = metrics.body_prf("a b c d a b c d", "a b c d")
    assert prf.precision == pytest.approx(1 / 5)
    assert prf.recall == 1.0
    assert prf.f1 == pytest.approx(1 / 3)


def test_partial_overlap():
    # Truth 6 tokens -> 3 shingles: (a b c d) (b c d e) (c d e f).
    # Output "a b c d x": 2 shingles (a b c d) (b c d x); 1 hit. P = 1/2, R = 1/3, F1 = 0.4.
    prf = metrics.body_prf("a b c d x", "a b c d e f")
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(1 / 3)
    assert prf.f1 == pytest.approx(0.4)


def test_empty_output_scores_zero_and_two_empties_score_one():
    assert metrics.body_prf("", "some real text here").f1 == 0.0
    assert metrics.body_prf("", "some real text here").precision == 0.0
    assert metrics.body_prf("  ", "").f1 == 1.0


def test_snippet_matches_whole_tokens_ignoring_case_space_punctuation():
    out = " ".join(metrics.tokens("The homeowners said:\n  'Great  — NEWS' today."))
    assert metrics.contains_snippet(out, "great news")
    assert metrics.contains_snippet(out, "said: 'Great -- news'")
    assert not metrics.contains_snippet(out, "Home")
    assert metrics.contains_snippet(out, "!!!") is None


def test_title_normalisation_keeps_case():
    assert metrics.title_match("\u201cBig\u201d  news\u2019s day ", '"Big" news\'s day')
    assert metrics.title_match("ＡＢＣ", "ABC")  # NFKC folds full-width letters
    assert not metrics.title_match("big news", "Big news")
    assert not metrics.title_match(None, "")


def test_author_sets():
    assert metrics.author_names("By Jane Doe and John Roe") == {"jane doe", "john roe"}
    assert metrics.author_match(["John Roe", "JANE DOE"], "Jane Doe, John Roe")
    assert metrics.author_match("Maria & Katerina", "Katerina; Maria")
    assert metrics.author_match("A. Smith, B. Jones, and C. Brown", "C. Brown, B. Jones & A. Smith")
    assert not metrics.author_match("Jane Doe", "Jane Doe, John Roe")
    assert not metrics.author_match(None, "Jane Doe")
    assert not metrics.author_match([], "")


def test_author_credentials_dropped_when_a_name_remains():
    assert metrics.author_match("Dylan Bailey", "Dylan Bailey, MS, RD, FAND")
    assert metrics.author_match("Dylan Bailey; MS; RD; FAND", "Dylan Bailey, MS, RD, FAND")
    assert metrics.author_match("Genevieve Carlton", "Genevieve Carlton, Ph.D.")
    assert metrics.author_names("CNN") == {"cnn"}  # nothing else left: kept
    assert metrics.author_names("LEONARDO GARCIA") == {"leonardo garcia"}
    assert metrics.author_names("Anna, Bob") == {"anna", "bob"}  # short names are not credentials


def test_dates_compare_as_days():
    assert metrics.date_match(dt.datetime(2025, 6, 4, 23, 59), "2025-06-04")
    assert metrics.date_match(dt.date(2025, 6, 4), "2025-06-04")
    assert metrics.date_match("2025-06-04T17:56:23+00:00", "2025-06-04")
    assert not metrics.date_match("2025-06-05", "2025-06-04")
    assert not metrics.date_match(None, "")
    assert metrics.day("2025-02-30") is None


def test_lxml_renderer_breaks_blocks_and_skips_scripts():
    page = "<html><head><title>T</title></head><body><p>one</p>two<br>three<script>x()</script> four</body></html>"
    assert lxml_text(page) == "one\ntwo\nthree four"
    assert lxml_text("") == ""


def test_wrap_text_escapes_one_paragraph_per_line():
    html = wrap_text_as_html("a < b\n\n c & d ")
    assert "<p>a &lt; b</p>\n<p>c &amp; d</p>" in html


def test_repeat_page_repeats_body_only():
    page = "<html><head><title>T</title></head><body class=x><p>a</p></body></html>"
    assert repeat_page(page, 3) == "<html><head><title>T</title></head><body class=x><p>a</p><p>a</p><p>a</p></body></html>"
    assert repeat_page("no body", 2) == "no bodyno body"


def test_growth_ratios():
    assert growth_ratios({"1": 0.1, "10": 1.0, "100": None}) == {"10/1": pytest.approx(10.0), "100/10": None}


def test_html_ceiling_candidates_and_declared_days():
    from benchmarks.html_ceilings import declared_days, title_candidates
    from newsclean.read.html import parse_html

    page = parse_html(
        '<html><head><title>Council approves budget | Example News</title>'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-03-01T10:00:00Z">'
        '<meta property="article:modified_time" content="2025-03-04T08:00:00Z"></head>'
        '<body><h1>Budget passes after long night</h1></body></html>')
    candidates, h1s, declared = title_candidates(page, "https://example.com/budget")
    assert candidates == {"Council approves budget | Example News", "Council approves budget",
                          "Budget passes after long night"}
    assert h1s == {"Budget passes after long night"}
    assert declared == "Council approves budget"
    assert declared_days(page) == ("2025-03-01", "2025-03-04")


def test_a_regenerated_benchmarks_page_keeps_the_language_and_trafeval_sections(tmp_path, monkeypatch):
    # docs/benchmarks.md is rewritten by every run; the language detector and the
    # multilingual set are measured by other scripts, so their sections are appended.
    from benchmarks import report

    section = tmp_path / "language.md"
    section.write_text("## Language detection\n\nA table.\n", encoding="utf-8")
    multilingual = tmp_path / "trafeval.md"
    multilingual.write_text("## Multilingual pages\n\nSnippets.\n", encoding="utf-8")
    monkeypatch.setattr(report, "LANGUAGE_SECTION", section)
    monkeypatch.setattr(report, "TRAFEVAL_SECTION", multilingual)
    monkeypatch.setattr(report, "_markdown", lambda result: "# Benchmarks\n\nThe run.\n")
    assert report.markdown({}) == ("# Benchmarks\n\nThe run.\n\n## Multilingual pages\n\nSnippets.\n\n"
                                   "## Language detection\n\nA table.\n")
    monkeypatch.setattr(report, "TRAFEVAL_SECTION", tmp_path / "absent.md")
    assert report.markdown({}) == "# Benchmarks\n\nThe run.\n\n## Language detection\n\nA table.\n"


def test_same_output_names_the_fields_that_differ(tmp_path):
    import json

    from benchmarks.same_output import compare

    row = {"page": "wcxb/0001.html.gz", "kind": "html", "title": "T", "body": "B", "removed": []}
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text(json.dumps(row) + "\n" + json.dumps({**row, "kind": "text"}) + "\n", encoding="utf-8")
    after.write_text(json.dumps({**row, "body": "C"}) + "\n", encoding="utf-8")
    assert sorted(compare(before, after)) == ["wcxb/0001.html.gz html: body",
                                              f"wcxb/0001.html.gz text: only in {before}"]
    assert compare(before, before) == []


def test_trafeval_snippet_scoring_counts_found_missed_and_leaked():
    from benchmarks.trafeval import Row, judge, prf

    row = Row("0001", "", "html/0001.html.gz", "de", ["Der Rat beschloss", "den Haushalt heute"],
              ["Lesen Sie auch", "Impressum"])
    # One "with" found, one missed; one "without" leaked: tp 1, fn 1, fp 1.
    counts = judge("Der Rat beschloss am Montag. Lesen Sie auch: mehr.", row)
    assert counts == {"tp": 1, "fn": 1, "fp": 1}
    p, r, f = prf([dict(counts, split="tune")])
    assert (p, r, f) == (0.5, 0.5, 0.5)


def test_trafeval_decodes_declared_charset_when_not_utf8():
    from benchmarks.trafeval import decode_page

    page = '<meta charset="iso-8859-1"><p>Grüße</p>'.encode("latin-1")
    assert "Grüße" in decode_page(page)
    assert decode_page("<p>naïve</p>".encode()) == "<p>naïve</p>"


def test_split_means_average_each_split_apart_and_skip_unjudged_fields():
    from benchmarks.report import split_means

    def rec(page_id: str, f1: float, author_wrong: bool | None) -> dict:
        return {"page_id": page_id, "input": "html", "system": "newsclean", "precision": f1, "recall": f1,
                "f1": f1, "title": True, "author": None, "author_wrong": author_wrong, "date": False}

    # 0005 and 0010 are held back (id % 5 == 0); 0001 and 0002 are tune.
    out = split_means([rec("0001", 0.5, True), rec("0002", 1.0, None), rec("0005", 0.2, False), rec("0010", 0.4, None)])
    tune, held = out["tune"]["html"]["newsclean"], out["held"]["html"]["newsclean"]
    assert tune["f1"] == pytest.approx(0.75) and held["f1"] == pytest.approx(0.3)
    assert tune["author_wrong"] == 1.0 and held["author_wrong"] == 0.0
    assert tune["author"] is None and tune["pages"] == 2
