"""Explained metadata: each field reader says where its value came from and which
candidates lost (Article.sources), on HTML and on text, and --explain, to_dict and the
report show it. Hand-written pages, one per source kind."""
from __future__ import annotations

import json
from pathlib import Path

import lxml.html
from newsclean import extract
from newsclean.cli import main
from newsclean.fields import Candidate, FieldSource

from helpers import PARAGRAPHS

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
LOGO = "<header><h1><a href='/'>Daily Planet</a></h1></header>"


def html_page(head: str, top: str, lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head>{head}</head><body>{LOGO}<article>{top}{BODY}</article>"
            "<footer>(c) Daily Planet</footer></body></html>")


def ld(**node: object) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **node})}</script>'


def rejected(source: FieldSource) -> dict[str, Candidate]:
    return {c.value: c for c in source.rejected}


# -- HTML: the case, an article about Florence Pugh that names her as its author


PUGH_HEAD = (
    ld(headline="Pugh returns to the stage", author={"@type": "Person", "name": "Florence Pugh"},
       datePublished="2024-03-12T16:45:00+01:00", dateModified="2024-03-13T09:00:00+01:00")
    + '<title>Pugh returns to the stage | Daily Planet</title><meta property="og:site_name" content="Daily Planet">'
      '<meta property="og:title" content="Pugh is back on stage"><meta name="author" content="Jane Doe">'
      '<meta property="article:published_time" content="2024-03-11">')
# The article is about Florence Pugh and prints no byline; its JSON-LD credits her.
PUGH = html_page(PUGH_HEAD, "<h1>Pugh returns to the stage</h1><p>Florence Pugh is back on stage in London.</p>")


def test_json_ld_person_author_is_named_as_the_source_and_the_meta_author_lost():
    article = extract(PUGH, source_type="html")
    assert article.authors == ["Florence Pugh"]
    authors = article.sources["authors"]
    # Where "Florence Pugh" came from: the Person in the NewsArticle's JSON-LD author.
    assert authors.source == "JSON-LD author (Person)"
    assert "NewsArticle" in authors.detail
    assert rejected(authors)["Jane Doe"].source == "<meta> author"
    assert rejected(authors)["Jane Doe"].why == "read after JSON-LD"


def test_printed_byline_beats_a_declared_author_the_page_never_prints():
    article = extract(html_page(PUGH_HEAD, "<h1>Pugh returns to the stage</h1><p>By Sam Reed</p>"), source_type="html")
    assert article.authors == ["Sam Reed"]
    authors = article.sources["authors"]
    assert authors.source == "byline printed under the headline"
    assert rejected(authors)["Florence Pugh"].source == "JSON-LD author"
    assert rejected(authors)["Florence Pugh"].why == "not printed on the page, which prints another byline"


def test_printed_h1_title_with_the_declared_titles_that_agree_and_those_that_lost():
    title = extract(PUGH, source_type="html").sources["title"]
    assert title.source == "<h1>"
    assert "JSON-LD headline" in title.detail and "<title> without the site name" in title.detail
    lost = rejected(title)
    assert lost["Pugh is back on stage"].source == "og:title"  # a different declared title
    assert lost["Daily Planet"].why == "the site's name or logo"  # the logo <h1> linking home
    assert "Pugh returns to the stage" not in lost  # what was chosen never lost


def test_declared_date_first_with_later_declarations_and_the_modified_date_rejected():
    date = extract(PUGH, source_type="html").sources["date"]
    assert date.source == "JSON-LD datePublished"
    lost = rejected(date)
    assert lost["2024-03-11"].source == "<meta article:published_time>"
    assert lost["2024-03-11"].why == "JSON-LD datePublished is read first"
    assert lost["2024-03-13T09:00:00+01:00"].source == "JSON-LD dateModified"


def test_byline_element_named_by_tag_and_class():
    article = extract(html_page("<title>Pugh returns</title>",
                                "<h1>Pugh returns</h1><div class='meta'><span class='author-name'>Jane Doe</span></div>"),
                      source_type="html")
    assert article.authors == ["Jane Doe"]
    assert article.sources["authors"].source == "byline element span.author-name"


def test_meta_author_names_its_key():
    article = extract(html_page('<title>Pugh returns</title><meta name="author" content="Jane Doe">',
                                "<h1>Pugh returns</h1>"), source_type="html")
    assert article.authors == ["Jane Doe"]
    assert article.sources["authors"].source == "<meta author>"


def test_date_printed_beside_the_headline_and_date_element():
    beside = extract(html_page("<title>Pugh returns</title>", "<h1>Pugh returns</h1><p>March 12, 2024</p>"),
                     source_type="html")
    assert str(beside.date) == "2024-03-12"
    assert beside.sources["date"].source == "date printed beside the headline"
    # A <time> far below the headline (after the story) is a date element, not a dateline.
    element = extract(html_page("<title>Pugh returns</title>", "<h1>Pugh returns</h1>")
                      .replace("</article>", "</article><time datetime='2024-01-02'>Posted</time>"), source_type="html")
    assert str(element.date) == "2024-01-02"
    assert element.sources["date"].source.startswith("date element")


def test_declared_title_without_h1_description_url_and_language():
    page = ("<html lang='de'><head><title>Pugh returns to the stage | Daily Planet</title>"
            '<meta property="og:title" content="Pugh returns to the stage"><meta property="og:site_name" content="Daily Planet">'
            '<meta property="og:description" content="The actor is back."><meta name="description" content="Site-wide blurb.">'
            '<link rel="canonical" href="https://example.com/news/pugh"><meta property="og:url" content="https://example.com/other">'
            f"</head><body><article>{BODY}</article></body></html>")
    article = extract(page, source_type="html", url="https://example.com/news/pugh?ref=home")
    assert article.sources["title"].source == "og:title"
    assert article.sources["title"].detail == "agrees with <title> without the site name"
    description = article.sources["description"]
    assert description.source == "og:description" and rejected(description)["Site-wide blurb."].source == "<meta description>"
    url = article.sources["url"]
    assert url.source == "given by the caller"
    assert rejected(url)["https://example.com/news/pugh"].source == "the page's own URL"
    # The page says German; the body is English: CLD2's reading wins, the declaration lost.
    assert article.language == "en"
    language = article.sources["language"]
    assert language.source == "detected in the body (CLD2)"
    assert rejected(language)["de"].source == "declared by the page"
    # Without the caller's URL the canonical link is the source, og:url lost.
    own = extract(page, source_type="html", url=None).sources["url"]
    assert own.source == "<link rel=\"canonical\">" and rejected(own)["https://example.com/other"].source == "og:url"


# -- text dumps


TEXT = "\n".join([
    "Daily Planet", "Home", "News", "Sport", "",
    "Valley commuters switch to trains", "",
    "Ridership rose by a third after the new timetable began in the spring.", "",
    "By Jane Doe", "March 12, 2025", "", *PARAGRAPHS,
])


def test_text_headline_date_byline_and_description_lines_with_the_lines_that_lost():
    article = extract(TEXT, source_type="text")
    assert (article.title, article.authors, str(article.date)) == (
        "Valley commuters switch to trains", ["Jane Doe"], "2025-03-12")
    title = article.sources["title"]
    assert title.source == "headline line" and "'Valley commuters switch to trains'" in title.detail
    # Losing lines are listed, each with how much lower it scored.
    assert title.rejected and all(c.why.startswith("scored ") and c.why.endswith(" lower") for c in title.rejected)
    assert "Daily Planet" in rejected(title)
    assert article.sources["date"].source == "date line" and "'March 12, 2025'" in article.sources["date"].detail
    authors = article.sources["authors"]
    assert authors.source == "byline line" and "'By Jane Doe'" in authors.detail
    assert rejected(authors)["(no author)"].source == "author-less page"  # beaten by the byline
    description = article.sources["description"]
    assert article.description.startswith("Ridership rose")
    assert description.source == "the sentence under the headline"


def test_text_reading_bar():
    lines = ["Daily Planet", "Reading: Valley commuters switch to trains today", "", *PARAGRAPHS]
    article = extract("\n".join(lines), source_type="text")
    assert article.title == "Valley commuters switch to trains today"
    assert article.sources["title"].source == '"Reading:" bar'


def test_text_page_without_author_lists_the_name_shaped_line_that_fell_short():
    # "Budget Plan" is shaped like a name, but the body writes both words in lower case
    # ("the new budget", "the plan"): the author-less candidate wins, and says so.
    lines = ["Valley commuters switch to trains", "", "March 12, 2025", "", *PARAGRAPHS[:2], "Budget Plan",
             *PARAGRAPHS[2:]]
    article = extract("\n".join(lines), source_type="text")
    assert article.authors == []
    source = article.sources["authors"]
    assert source.source == "no author" and "no line beat the author-less candidate" in source.detail
    assert rejected(source)["Budget Plan"].why.startswith("scored ")


# -- where it shows


def test_to_dict_leaves_sources_out_unless_asked_and_they_are_json():
    article = extract(PUGH, source_type="html")
    assert "sources" not in article.to_dict()
    data = json.loads(article.to_json(include_sources=True))["sources"]
    assert data["authors"]["source"] == "JSON-LD author (Person)"
    assert {"value": "Jane Doe", "source": "<meta> author", "why": "read after JSON-LD"} in data["authors"]["rejected"]


def test_cli_explain_prints_a_metadata_section_before_the_removals(tmp_path: Path, capsys):
    page = tmp_path / "pugh.html"
    page.write_text(PUGH, encoding="utf-8")
    assert main([str(page), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.index("--- metadata ---") < out.index("--- removed:")
    section = out[out.index("--- metadata ---"): out.index("--- removed:")]
    assert "authors: Florence Pugh\n  source: JSON-LD author (Person) (the NewsArticle node's author)" in section
    assert "  lost: Jane Doe (<meta> author): read after JSON-LD" in section
    assert main([str(page), "--json", "--explain"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"]["title"]["source"] == "<h1>"
    assert main([str(page), "--json"]) == 0
    assert "sources" not in json.loads(capsys.readouterr().out)


def test_cli_report_fills_the_source_column(tmp_path: Path):
    page, report = tmp_path / "pugh.html", tmp_path / "report.html"
    page.write_text(PUGH, encoding="utf-8")
    assert main([str(page), "--report", str(report)]) in (0, 1)
    doc = lxml.html.fromstring(report.read_text(encoding="utf-8"))
    cell = {tr.get("data-field"): tr.xpath("./td[@class='source']")[0].text_content() for tr in doc.xpath("//tr[@data-field]")}
    assert cell["authors"].startswith("JSON-LD author (Person)") and "lost: Jane Doe (<meta> author" in cell["authors"]
    assert cell["byline"] == cell["authors"]
    assert cell["date"].startswith("JSON-LD datePublished")
    assert cell["tags"] == "not recorded yet"


def test_site_tags_categories_and_image_say_where_they_came_from():
    head = ('<meta property="og:site_name" content="Daily Planet">'
            '<meta property="article:tag" content="Budget"><meta name="keywords" content="Schools, budget">'
            '<meta property="article:section" content="Politics">'
            + ld(headline="Council approves budget", keywords=["Transport"])
            + "<title>Council approves budget | Daily Planet</title>")
    top = ("<h1>Council approves budget</h1>"
           "<img src='https://img.example.org/council-vote.jpg' width='800' height='450'>")
    article = extract(html_page(head, top), url="https://example.org/news/budget")
    assert article.tags == ["Budget", "Schools", "Transport"]
    assert str(article.sources["tags"]).startswith("article:tag, <meta keywords>, JSON-LD keywords")
    assert article.sources["categories"].source == "article:section"
    assert article.sources["site_name"].source == "declared site name"
    assert article.image == "https://img.example.org/council-vote.jpg"
    assert article.sources["image"].source == "the first picture-sized <img> in the article"
    og = extract(html_page(head + '<meta property="og:image" content="/lead.jpg">', top),
                 url="https://example.org/news/budget")
    assert (og.image, og.sources["image"].source) == ("https://example.org/lead.jpg", "og:image")
