"""HTML metadata: title reconciliation, authors, dates, on small pages written for the test."""
import datetime as dt
import json

import newsclean
from newsclean.dates import PublicationDate
from newsclean.read.html import parse_html
from newsclean.fields.html_ld import read_declared
from newsclean.fields.html_title import strip_site

BODY = "".join(
    f"<p>{s}</p>" for s in [
        "The council voted on Tuesday to approve the new budget, raising spending on schools by eight percent.",
        "Opposition members said the plan relied on optimistic forecasts of revenue and could force cuts later.",
        "The mayor defended the budget, saying the city had waited too long to repair its ageing bridges.",
    ]
)


def page(head: str = "", header: str = "", url: str | None = None) -> newsclean.Article:
    html = f"<!doctype html><html><head>{head}</head><body><article>{header}{BODY}</article></body></html>"
    return newsclean.extract(html, url=url, source_type="html")


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- title ---------------------------------------------------------------------------

def test_h1_that_the_declared_title_contains_wins_over_the_site_suffix():
    article = page("<title>Council approves budget | Example News</title>", "<h1>Council approves budget</h1>")
    assert article.title == "Council approves budget"


def test_printed_h1_wins_when_the_declared_title_differs():
    # The SEO title and the printed headline disagree: readers see the <h1>.
    article = page('<meta property="og:title" content="Budget 2025: all you need to know">',
                   "<h1>Council approves a budget that raises school spending</h1>")
    assert article.title == "Council approves a budget that raises school spending"


def test_all_caps_h1_takes_the_case_of_the_declared_title():
    article = page("<title>Council Approves Budget</title>", "<h1>COUNCIL APPROVES BUDGET</h1>")
    assert article.title == "Council Approves Budget"


def test_h1_that_is_the_site_or_a_section_label_is_not_the_title():
    head = '<title>Council approves budget - Example Daily</title><meta property="og:site_name" content="Example Daily">'
    assert page(head, "<h1>Example Daily</h1>").title == "Council approves budget"
    assert page("<title>Council approves budget</title>", "<h1>Our Blog</h1>").title == "Council approves budget"


def test_site_name_or_section_label_printed_inside_the_h1_is_cut():
    head = '<title>Council approves budget - Example Daily</title><meta property="og:site_name" content="Example Daily">'
    assert page(head, "<h1>Council approves budget – Example Daily</h1>").title == "Council approves budget"
    assert page(head, "<h1>Blog: Council approves budget</h1>").title == "Council approves budget"
    # A part that is not the site's name stays: it is the headline's own.
    assert page(head, "<h1>Council approves budget – Schools Gain</h1>").title == (
        "Council approves budget – Schools Gain")
    # A colon after a word that is not a section label belongs to the headline.
    head = "<title>Budget: what changes for schools</title>"
    assert page(head, "<h1>Budget: what changes for schools</h1>").title == "Budget: what changes for schools"


def test_site_name_stripping():
    assert strip_site("Council approves budget | Example News", ["Example News"]) == "Council approves budget"
    assert strip_site("ExampleNews - Council approves budget", ["examplenews.com", "examplenews"]) == "Council approves budget"
    # A short trailing part after "|" is a site name even when the page does not say so.
    assert strip_site("What people love about the new bridge | City Blog", []) == "What people love about the new bridge"
    # A colon belongs to the headline.
    assert strip_site("Budget: what changes for schools", ["Example"]) == "Budget: what changes for schools"


# --- authors -------------------------------------------------------------------------

def test_json_ld_author_references_in_a_graph_are_resolved():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": "Council approves budget", "author": [{"@id": "#jane"}]},
        {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}
    assert page(ld(graph)).authors == ["Jane Doe"]


def test_nested_author_lists_and_organisations():
    data = {"@type": "NewsArticle", "author": [[{"@type": "Person", "name": "Jane Doe"}],
                                               {"@type": "Organization", "name": "Example Media"}]}
    assert page(ld(data)).authors == ["Jane Doe"]


def test_personal_blog_author_named_like_the_site_is_kept():
    head = '<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">'
    assert page(head).authors == ["Jane Doe"]


def test_reading_time_and_placeholders_are_not_authors():
    head = ('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'
            '<meta name="author" content="admin">')
    assert page(head).authors == []


def test_visible_byline_reads_text_pieces_not_glued_text():
    header = '<div class="byline">By<a href="/jane">Jane Doe</a><span>Senior Autos Reporter</span></div>'
    assert page("", header).authors == ["Jane Doe"]


def test_comment_authors_are_not_article_authors():
    html = ("<html><body><article>" + BODY + "</article><section id='comments'>"
            "<div class='comment-author'>John Roe</div><p>Great piece.</p></section></body></html>")
    assert newsclean.extract(html, source_type="html").authors == []


# --- date ----------------------------------------------------------------------------

def test_published_not_modified():
    data = {"@type": "NewsArticle", "dateModified": "2025-03-05T10:00:00Z", "datePublished": "2025-03-04T10:00:00Z"}
    assert page(ld(data)).date.date == dt.date(2025, 3, 4)


def test_shown_published_date_before_updated_one():
    header = ('<p class="date">Updated March 9, 2025</p>'
              '<time class="published" datetime="2025-03-04">March 4, 2025</time>')
    assert page("", header).date == PublicationDate(dt.date(2025, 3, 4))


def test_control_characters_do_not_sink_a_page():
    html = "<html><body><article>" + BODY.replace("budget", "bud\x01get", 1) + "</article></body></html>"
    assert "schools" in newsclean.extract(html, source_type="html").body


def test_declared_reader_collects_repeated_meta_tags():
    tree = parse_html('<html><head><meta name="citation_author" content="Jane Doe">'
                      '<meta name="citation_author" content="John Roe"></head><body></body></html>')
    assert read_declared(tree).tag_lists["citation_author"] == ["Jane Doe", "John Roe"]


def test_date_printed_under_the_headline_when_none_is_declared():
    # Nothing declared: the date printed under the headline, not the first <time> on the
    # page (a teaser in the header) and not one further down.
    header = ("<div class='ticker'><time datetime='2025-03-01'>March 1, 2025</time> Markets rally</div>"
              "<nav><a>News</a><a>Sport</a><a>Weather</a></nav>"
              "<h1>Council approves budget</h1><p class='meta'>Maria Lopez</p><p>March 9, 2025</p>")
    assert page("", header).date == PublicationDate(dt.date(2025, 3, 9))
    # A declared publication date stands, whatever date the page prints.
    data = {"@type": "NewsArticle", "datePublished": "2019-05-02T08:00:00Z", "dateModified": "2025-03-09T10:00:00Z"}
    assert page(ld(data), "<h1>Council approves budget</h1><p>Updated March 9, 2025</p>").date.date == dt.date(2019, 5, 2)


def test_dates_far_from_the_headline_or_inside_sentences_do_not_count():
    fallback = "<p class='date'>May 2, 2019</p>"  # what the date-class reader finds instead
    # A date in a long sentence of the story is what it is about, not its date.
    sentence = "<p>The plan, first put to a vote on March 9, 2025, was sent back to committee twice before it passed.</p>"
    assert page("", "<h1>Council approves budget</h1>" + sentence + fallback).date == PublicationDate(dt.date(2019, 5, 2))
    # A date in a teaser list far below the headline is another story's.
    filler = "".join(f"<span>item {n}</span>" for n in range(30))
    assert page("", "<h1>Council approves budget</h1>" + filler + "<p>March 9, 2025</p>" + fallback).date == PublicationDate(dt.date(2019, 5, 2))
    # No <h1>: nothing to anchor a printed date to.
    assert page("", "<p>March 9, 2025</p>" + fallback).date == PublicationDate(dt.date(2019, 5, 2))


# --- authors printed without byline markup, teams, credentials ------------------------

def test_byline_printed_under_the_headline_without_markup():
    header = "<h1>Council approves budget</h1><p>Written by</p><p>Maria Lopez</p>"
    assert page("", header).authors == ["Maria Lopez"]
    header = '<h1>Council approves budget</h1><p>March 4, 2025 <a href="/authors/maria-lopez/">Maria Lopez</a></p>'
    assert page("", header).authors == ["Maria Lopez"]
    assert page("", "<h1>Council approves budget</h1><p>By Maria Lopez</p>").authors == ["Maria Lopez"]


def test_people_named_in_the_story_or_below_it_are_not_its_authors():
    # Linked inside a sentence of the story: a person it quotes.
    header = ('<h1>Council approves budget</h1><p>The review was led by <a href="/people/maria-lopez">Maria Lopez</a>,'
              ' a professor of public finance who has studied city budgets for twenty years.</p>')
    assert page("", header).authors == []
    # Below the first paragraph of the story: a staff list, a "meet the team" box.
    lede = "<p>" + " ".join(["The council voted on the budget after a long debate."] * 4) + "</p>"
    header = '<h1>Council approves budget</h1>' + lede + '<h3>Meet our team</h3><p><a href="/profile/maria-lopez">Maria Lopez</a></p>'
    assert page("", header).authors == []
    # A label with no name after it.
    assert page("", "<h1>Council approves budget</h1><p>Written by</p><p>Share this article</p>").authors == []


def test_byline_element_credits_a_team_or_a_one_word_name():
    assert page("", '<p class="author-name">Example Desk Team</p>').authors == ["Example Desk Team"]
    assert page("", '<span class="byline">By Newsdesk</span>').authors == ["Newsdesk"]
    assert page("", '<span class="author">Posted byMaria Lopez</span>').authors == ["Maria Lopez"]
    # Widget text, roles and sign-in links in author-ish elements are not credits.
    assert page("", '<p class="author-links">View all posts</p>').authors == []
    assert page("", '<p class="author-title">Senior Reporter</p>').authors == []
    assert page("", '<a class="authorization-link">Maria Lopez</a>').authors == []
    # A first name alone, linked to the writer's page, beside the date.
    linked = '<div class="author"><a href="/blog/author/amara/">Amara</a><span>3/4/2025</span></div>'
    assert page("", linked).authors == ["Amara"]
    assert page("", linked.replace("/blog/author/amara/", "/blog/")).authors == []


def test_indented_byline_box_is_read():
    header = '<div class="byline">' + " " * 400 + "By <a>Maria Lopez</a>" + " " * 400 + "</div>"
    assert page("", header).authors == ["Maria Lopez"]


def test_site_named_as_author_gives_way_to_the_person_in_the_byline():
    head = '<meta property="og:site_name" content="Example Daily"><meta name="author" content="Example Daily">'
    assert page(head, '<p class="byline">By Maria Lopez</p>').authors == ["Maria Lopez"]
    # Without a person in the byline, the site's printed credit stands.
    assert page(head, '<p class="byline">Example Daily</p>').authors == ["Example Daily"]


def test_declared_credentials_and_organisations_stay_whole():
    assert page('<meta name="author" content="Jane Doe, MS, RD">').authors == ["Jane Doe, MS, RD"]
    assert page('<meta name="author" content="Jane Doe, John Roe">').authors == ["Jane Doe", "John Roe"]
    data = {"@type": "Article", "author": {"@type": "Organization", "name": "Example Media"}}
    assert page(ld(data)).authors == []
    assert page('<meta name="author" content="Center for Coastal Policy and Research">').authors == [
        "Center for Coastal Policy and Research"]
    assert page('<meta name="author" content="Jane Doe and John Roe">').authors == ["Jane Doe", "John Roe"]
    assert page('<meta name="author" content="Jane Doe &amp; John Roe">').authors == ["Jane Doe", "John Roe"]


def test_names_that_start_with_by_are_not_cut():
    assert page('<meta name="author" content="Byron Smith">').authors == ["Byron Smith"]
    assert page('<meta name="author" content="BYRON SMITH">').authors == ["BYRON SMITH"]


# --- title: logos, blog names, banners, damaged and truncated headlines -----------------

def test_h1_that_links_home_is_the_logo_not_the_headline():
    head = "<title>Why we moved the library - Jane Doe</title>"
    assert page(head, '<h1><a href="/">Jane Doe</a></h1>').title == "Why we moved the library"
    assert page(head, '<a href="https://janedoe.example/"><h1>Notes</h1></a>').title == "Why we moved the library"
    # A headline that links to its own article is still the headline.
    assert page(head, '<h1><a href="/2025/why-we-moved-the-library">Why we moved the library</a></h1>').title == (
        "Why we moved the library")


def test_h1_naming_the_blog_before_the_post_is_skipped():
    head = ('<title>Field Notes: Tuning a small garden pond</title>'
            '<meta property="og:title" content="Tuning a small garden pond">')
    assert page(head, "<h1>Field Notes</h1>").title == "Tuning a small garden pond"
    # A headline with a colon of its own is not cut.
    head = '<title>Budget 2025: what changes for schools</title>'
    assert page(head, "<h1>Budget 2025: what changes for schools</h1>").title == "Budget 2025: what changes for schools"


def test_banner_h1_without_a_word_of_the_declared_title_gives_way():
    head = '<meta property="og:title" content="Council approves a budget for schools">'
    assert page(head, "<h1>Contact Us</h1>").title == "Council approves a budget for schools"
    # A reworded headline that shares words with the declared one is what readers see.
    assert page(head, "<h1>Schools win in the new budget</h1>").title == "Schools win in the new budget"


def test_many_h1s_are_section_headings():
    head = '<meta property="og:title" content="Small models in practice">'
    header = "<h1>Why small</h1><h1>How to start</h1><h1>What models to pick</h1>"
    assert page(head, header).title == "Small models in practice"
    # One or two h1s are still read as the headline.
    assert page(head, "<h1>Small models, in practice</h1>").title == "Small models, in practice"


def test_damaged_h1_takes_the_declared_spelling():
    assert page("<title>Weekend Coding Agent</title>", "<h1>WEEKENDCODING AGENT</h1>").title == "Weekend Coding Agent"
    assert page("<title>The Beginner's Guide</title>", "<h1>The Beginner?s Guide</h1>").title == "The Beginner's Guide"
    # A different question mark is a different title.
    assert page("<title>Is it worth it? A guide</title>", "<h1>Is it worth it?</h1>").title == "Is it worth it?"


def test_truncated_json_ld_headline_is_completed_by_the_og_title():
    data = {"@type": "Article", "headline": "Four readers find solutions (including"}
    head = ld(data) + '<meta property="og:title" content="Four readers find solutions (including one trick)">'
    assert page(head).title == "Four readers find solutions (including one trick)"
    # The og:title that only adds the site name does not replace the headline.
    head = ld({"@type": "Article", "headline": "Four readers find solutions"}) + (
        '<meta property="og:title" content="Four readers find solutions | Example Home">')
    assert page(head).title == "Four readers find solutions"


def test_mojibake_in_titles_is_repaired():
    assert page("", "<h1>A DIY Investor\u00e2\u0080\u0099s Guide to Calculators</h1>").title == "A DIY Investor\u2019s Guide to Calculators"
    # Real accented text is left alone.
    assert page("", "<h1>Café au lait à Montréal</h1>").title == "Café au lait à Montréal"
    assert page("", "<h1>30 Years of &lt;br&gt; Tags</h1>").title == "30 Years of <br> Tags"


def test_personal_blog_byline_naming_the_site_is_kept_but_a_person_comes_first():
    head = '<meta property="og:site_name" content="Kiersten Cooks">'
    assert page(head, '<span class="entry-author-name">Kiersten</span>').authors == ["Kiersten"]
    # A site-wide author box naming the site, then the story's byline naming a person.
    header = '<div class="author-box">Kiersten Cooks</div><p class="byline">By Maria Lopez</p>'
    assert page(head, header).authors == ["Maria Lopez"]
    # The site's address is not a credit.
    assert page("", '<span class="author">Example.com</span>').authors == []


def test_byline_lines_with_dates_and_widget_labels():
    assert page("", '<div class="byline-date">By Maria Lopez •</div>').authors == ["Maria Lopez"]
    assert page("", '<div class="date-author">Dec. 19, 2025 · Maria Lopez on behalf of the team</div>').authors == [
        "Maria Lopez"]
    assert page("", '<p class="author_links">View all posts by Maria Lopez</p>').authors == ["Maria Lopez"]
    assert page("", '<p class="post-author">Posted by:Maria Lopez</p>').authors == ["Maria Lopez"]
    # "on" and a weekday start the date; "on" inside a name does not cut it.
    assert page("", '<p class="byline">Posted by Maria Lopez on Tuesday</p>').authors == ["Maria Lopez"]
    assert page("", '<p class="byline">Posted by Simon Leon</p>').authors == ["Simon Leon"]
    # A date alone in a byline element credits nobody.
    assert page("", '<div class="byline-date">March 12, 2025</div>').authors == []


def test_company_credited_as_author_only_when_the_page_prints_it():
    head = '<meta property="og:site_name" content="Acmewidgets"><meta name="author" content="Acmewidgets">'
    # Declared, never printed as a byline: the CMS's default, not a credit.
    assert page(head, "<h1>Council approves budget</h1>").authors == []
    # Printed under the headline: the company signs the post.
    assert page(head, "<h1>Council approves budget</h1><p>Acmewidgets</p>").authors == ["Acmewidgets"]
    # A person's name declared as the site's name (a personal blog) needs no such proof.
    head = '<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">'
    assert page(head, "<h1>Council approves budget</h1>").authors == ["Jane Doe"]


def test_quotes_around_a_declared_name_are_dropped():
    assert page(ld({"@type": "Article", "author": {"@type": "Person", "name": '"Maria Lopez"'}})).authors == ["Maria Lopez"]
    # Quotes inside a name (a nickname) stay.
    assert page('<meta name="author" content="Maria &quot;Mia&quot; Lopez">').authors == ['Maria "Mia" Lopez']


def test_a_role_after_a_declared_name_is_not_an_author():
    assert page('<meta name="author" content="Jane Doe, Senior Reporter">').authors == ["Jane Doe"]
    assert page('<meta name="author" content="Jane Doe, John Roe">').authors == ["Jane Doe", "John Roe"]


# --- bylines without byline markup: beside the headline, in an author box -------------

def test_name_beside_the_headline_that_the_line_shows_to_be_a_byline():
    header = "<h1>Council approves budget</h1><p>Maria Lopez | Senior Writer | July 2, 2025</p>"
    assert page("", header).authors == ["Maria Lopez"]
    header = "<h1>Council approves budget</h1><time>July 2, 2025</time><span>Maria Lopez</span>"
    assert page("", header).authors == ["Maria Lopez"]
    header = '<h1>Council approves budget</h1><p>Maria Lopez in</p><a href="/topics/city/">City Hall</a>'
    assert page("", header).authors == ["Maria Lopez"]


def test_title_cased_labels_beside_the_headline_are_not_bylines():
    # A category link next to the date.
    header = '<h1>Council approves budget</h1><time>July 2, 2025</time><a href="/category/city-news/">Nonessential Thoughts</a>'
    assert page("", header).authors == []
    # A tag made of words the page uses in lower case.
    header = "<h1>Council approves budget</h1><time>July 2, 2025</time><span>Opposition Members</span>"
    assert page("", header).authors == []
    # A menu label printed twice (label and hover copy), and a name with nothing to show it is a byline.
    header = "<span>Maria Lopez</span><span>Maria Lopez</span><h1>Council approves budget</h1><time>July 2, 2025</time>"
    assert page("", header).authors == []
    assert page("", "<h1>Council approves budget</h1><span>Maria Lopez</span>").authors == []


def test_by_and_a_link_to_the_author_page_credits_a_first_name_alone():
    header = '<h1>Council approves budget</h1><p>by <a href="/author/amanda/">Amanda</a> · Dec 20, 2025 · 3 comments</p>'
    assert page("", header).authors == ["Amanda"]
    # Without the author-page link a lone first name is not enough.
    assert page("", "<h1>Council approves budget</h1><p>by <a href='/'>Amanda</a> · Dec 20, 2025</p>").authors == []


def test_author_box_below_the_story_is_read():
    lede = "<p>" + " ".join(["The council voted on the budget after a long debate."] * 4) + "</p>"

    def with_box(box: str) -> newsclean.Article:
        html = f"<html><body><article><h1>Council approves budget</h1>{lede}{BODY}{box}</article></body></html>"
        return newsclean.extract(html, source_type="html")

    assert with_box("<h3>Written by</h3><p>Maria Lopez</p><p>Maria covers city hall.</p>").authors == ["Maria Lopez"]
    assert with_box("<h2>Article by</h2><div>Maria Lopez</div>").authors == ["Maria Lopez"]
    assert with_box("<p>Written by Maria Lopez</p>").authors == ["Maria Lopez"]
    # "Author:" once per book in a list of books names the books' authors, not the page's.
    books = "<li><b>Author:</b> Heather Webber</li><li><b>Author:</b> John Roe</li>"
    assert with_box(f"<ul>{books}</ul>").authors == []
    # A bare "By" below the story credits photos and related stories; comments are readers.
    assert with_box("<p>By</p><p>Maria Lopez</p>").authors == []
    assert with_box('<div class="comments"><p>Written by</p><p>Maria Lopez</p></div>').authors == []


def test_headline_printed_without_h1_anchors_the_byline():
    head = '<meta property="og:title" content="Council approves budget">'
    header = '<p class="post-title">Council approves budget</p><p>By</p><p>Maria Lopez</p>'
    assert page(head, header).authors == ["Maria Lopez"]


def test_one_person_described_by_a_biography_is_the_author():
    lede = "<p>" + " ".join(["The council voted on the budget after a long debate."] * 4) + "</p>"

    def with_box(box: str, header: str = "") -> newsclean.Article:
        html = f"<html><body><article><h1>Council approves budget</h1>{header}{lede}{BODY}{box}</article></body></html>"
        return newsclean.extract(html, source_type="html")

    bio = "<h4>Maria Lopez</h4><p>Maria is a reporter who has covered city hall and its budgets for ten years.</p>"
    assert with_box(bio).authors == ["Maria Lopez"]
    # The name under the headline, the biography at the foot of the page.
    far = "<p>Maria Lopez is a freelance writer who has covered city budgets for ten years.</p>"
    assert with_box(far, "<p>Maria Lopez</p><p>City News</p>").authors == ["Maria Lopez"]
    # Two people described: a team page or the people the story is about.
    two = bio + "<h4>John Roe</h4><p>John is an engineer who has built bridges in the city for ten years.</p>"
    assert with_box(two).authors == []
    # A product or an institution described the same way is not a person.
    product = "<h4>Rosetta Stone</h4><p>Rosetta Stone is a language app that teaches with pictures and sound.</p>"
    assert with_box(product).authors == []
    school = "<h4>Stanford GSB</h4><p>Stanford GSB is a business school whose graduates have a degree in management.</p>"
    assert with_box(school).authors == []


def test_role_line_under_a_name_beside_the_headline():
    header = "<h1>Council approves budget</h1><p>Maria Lopez</p><p>Tech Writer</p>"
    assert page("", header).authors == ["Maria Lopez"]


def test_byline_with_a_colon_and_the_date_after_a_comma():
    header = "<h1>Council approves budget</h1><p>by: Maria Lopez, Dec 17, 2025</p>"
    assert page("", header).authors == ["Maria Lopez"]
    # A year after the comma is a citation ("a book by X, 1721"), and a date alone is no name.
    assert page("", "<h1>Council approves budget</h1><p>by Kan Chu Sen, 1721.</p>").authors == []
    assert page("", '<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>').authors == []


def test_printed_byline_wins_over_a_declared_person_the_page_never_shows():
    head = '<meta name="author" content="Sam Carter">'
    # The CMS account that posted the story is declared; the page prints who wrote it.
    assert page(head, "<h1>Council approves budget</h1><p>By: Maria Lopez</p>").authors == ["Maria Lopez"]
    # The declared person printed in the byline is kept.
    assert page(head, "<h1>Council approves budget</h1><p>By Sam Carter</p>").authors == ["Sam Carter"]
    # A declared login that is the printed person's name squashed stays as declared.
    head = '<meta name="author" content="mlopez">'
    assert page(head, "<h1>Council approves budget</h1><p>By Maria Lopez</p>").authors == ["mlopez"]
    # Nothing printed under the headline: the declaration stands.
    assert page('<meta name="author" content="Sam Carter">', "<h1>Council approves budget</h1>").authors == [
        "Sam Carter"]
