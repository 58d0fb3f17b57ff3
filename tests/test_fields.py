"""Article fields from the page's declarations: url, language hint, tags, categories,
image (issue 15), read from small hand-written pages."""
import json

import pytest

from newsclean.read.html import parse_html
from newsclean.fields import Metadata
from newsclean.fields.html import read_html_metadata
from newsclean.fields.text import read_text_metadata
from newsclean.read.text import text_to_blocks

BODY = ("<p>The council voted on Tuesday to approve the new budget, raising spending on schools by eight "
        "percent.</p><p>Opposition members said the plan relied on optimistic forecasts of revenue.</p>")


def meta_of(head: str = "", article: str = "", url: str | None = None, html_attrs: str = "") -> Metadata:
    tree = parse_html(f"<!doctype html><html {html_attrs}><head>{head}</head><body><article><h1>Council approves "
                      f"budget</h1>{article}{BODY}</article></body></html>")
    assert tree is not None
    return read_html_metadata(tree, url)


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- url ------------------------------------------------------------------------------

def test_canonical_url_when_the_caller_gives_none():
    meta = meta_of('<link rel="canonical" href="https://example.com/news/budget">'
                   '<meta property="og:url" content="https://example.com/og/budget">')
    assert meta.url == "https://example.com/news/budget"
    assert meta.article_fields("", None)["url"] == "https://example.com/news/budget"


def test_caller_url_wins_over_the_canonical_one():
    meta = meta_of('<link rel="canonical" href="https://example.com/news/budget">', url="https://mirror.test/a")
    assert meta.article_fields("", "https://mirror.test/a")["url"] == "https://mirror.test/a"


def test_og_url_when_there_is_no_canonical_link():
    assert meta_of('<meta property="og:url" content="https://example.com/og/budget">').url == "https://example.com/og/budget"


def test_relative_canonical_is_resolved_against_the_caller_url_or_dropped():
    head = '<link rel="canonical" href="/news/budget?id=1">'
    assert meta_of(head, url="https://example.com/amp/budget").url == "https://example.com/news/budget?id=1"
    assert meta_of(head).url is None


@pytest.mark.parametrize("href", ["http://[::1", "https://example.com:99999/x", "javascript:alert(1)",
                                  "ftp://example.com/file", "", "https://exa mple.com/"])
def test_malformed_or_non_web_canonical_urls_are_skipped(href):
    # Fall through to og:url; never raise.
    meta = meta_of(f'<link rel="canonical" href="{href}"><meta property="og:url" content="https://example.com/ok">',
                   url=None)
    assert meta.url == "https://example.com/ok"


# --- declared language ----------------------------------------------------------------

@pytest.mark.parametrize("attrs, head, expected", [
    ('lang="de-AT"', "", "de"),
    ("", '<meta property="og:locale" content="fr_FR">', "fr"),
    ("", ld({"@type": "NewsArticle", "headline": "x", "inLanguage": "pt-BR"}), "pt"),
    ("", '<meta http-equiv="content-language" content="es">', "es"),
    # <html lang> first, then og:locale; an unusable value is passed over.
    ('lang="x-default"', '<meta property="og:locale" content="it_IT">', "it"),
    ('lang="en"', '<meta property="og:locale" content="fr_FR">', "en"),
    ('lang="English"', "", None),
])
def test_declared_language(attrs, head, expected):
    assert meta_of(head, html_attrs=attrs).declared_language == expected


# --- tags and categories --------------------------------------------------------------

def test_tags_from_every_source_in_order_without_repeats():
    head = ('<meta property="article:tag" content="Budget"><meta property="article:tag" content="Schools">'
            '<meta name="news_keywords" content="budget, city council">'
            '<meta name="keywords" content="Transport, Schools">'
            + ld({"@type": "NewsArticle", "headline": "x", "keywords": ["Mayor", "City Council", {"name": "Bridges"}],
                  "articleSection": "Politics"})
            + '<meta property="article:section" content="Local">')
    meta = meta_of(head)
    assert meta.tags == ["Budget", "Schools", "city council", "Transport", "Mayor", "Bridges"]
    assert meta.categories == ["Politics", "Local"]


def test_json_ld_keywords_as_one_string_and_sections_as_a_list():
    meta = meta_of(ld({"@type": "NewsArticle", "headline": "x", "keywords": "budget,schools , ",
                       "articleSection": ["Politics", "Local"]}))
    assert (meta.tags, meta.categories) == (["budget", "schools"], ["Politics", "Local"])


def test_malformed_keywords_are_skipped():
    long_text = "word " * 40
    meta = meta_of(ld({"@type": "NewsArticle", "headline": "x", "keywords": [3, None, {"x": 1}, long_text, "Budget"]}))
    assert meta.tags == ["Budget"]


def test_escaped_names_stay_whole_and_cms_key_values_are_not_tags():
    meta = meta_of(ld({"@type": "NewsArticle", "headline": "x", "articleSection": ["Food &amp; Drink", "Blog"],
                       "keywords": ["locale: US", "displayType: standard article", "nutrition"]}))
    assert (meta.tags, meta.categories) == (["nutrition"], ["Food & Drink", "Blog"])


# --- image ----------------------------------------------------------------------------

def test_og_image_first_then_twitter_then_json_ld():
    img = '<meta name="twitter:image" content="https://cdn.test/tw.jpg">'
    assert meta_of('<meta property="og:image" content="https://cdn.test/og.jpg">' + img).image == "https://cdn.test/og.jpg"
    assert meta_of(img).image == "https://cdn.test/tw.jpg"
    data = {"@type": "NewsArticle", "headline": "x", "image": {"@type": "ImageObject", "url": "https://cdn.test/ld.jpg"}}
    assert meta_of(ld(data)).image == "https://cdn.test/ld.jpg"


def test_relative_og_image_is_resolved_against_the_page_url():
    head = '<meta property="og:image" content="/img/lead.jpg">'
    assert meta_of(head, url="https://example.com/news/1").image == "https://example.com/img/lead.jpg"
    # Without any page URL a relative address cannot be made absolute.
    assert meta_of(head).image is None
    # The canonical URL serves as the page URL when the caller gives none.
    canonical = '<link rel="canonical" href="https://example.com/news/1">'
    assert meta_of(canonical + head).image == "https://example.com/img/lead.jpg"


def test_lead_image_in_the_article_when_none_is_declared():
    article = ('<img src="/static/logo.png" alt="Logo"><img src="/px.gif" width="1" height="1">'
               '<figure><img src="/photos/council.jpg" width="800"></figure><img src="/photos/second.jpg">')
    assert meta_of(article=article, url="https://example.com/news/1").image == "https://example.com/photos/council.jpg"


# --- text dumps -----------------------------------------------------------------------

def test_a_text_dump_has_no_url_tags_or_image():
    meta = read_text_metadata(text_to_blocks("Council approves budget\n\nhttps://example.com/news/1\n\nTags: budget"))
    fields = meta.article_fields("The council voted on Tuesday to approve the new budget.")
    assert (fields["url"], fields["tags"], fields["categories"], fields["image"]) == (None, [], [], None)


# --- through extract ------------------------------------------------------------------

def test_extract_gives_every_field_of_an_html_page():
    import newsclean

    html = ('<!doctype html><html lang="en"><head><link rel="canonical" href="https://example.com/news/budget">'
            '<meta property="og:image" content="/img/lead.jpg"><meta property="article:tag" content="Budget">'
            '<meta property="article:section" content="Politics"></head><body><article>'
            '<h1>Der Stadtrat beschließt den Haushalt</h1>'
            '<p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Ausgaben für Schulen steigen in den '
            'nächsten zwei Jahren um fast acht Prozent, und auch der Nahverkehr bekommt mehr Geld.</p>'
            '<p>Die Opposition kritisierte, dass der Plan auf zu optimistischen Steuerschätzungen beruhe, und '
            'warnte vor späteren Kürzungen bei den Schulen und beim Nahverkehr der Stadt.</p></article></body></html>')
    article = newsclean.extract(html, source_type="html")
    data = json.loads(article.to_json())
    assert (data["url"], data["language"], data["tags"], data["categories"], data["image"]) == (
        "https://example.com/news/budget", "de", ["Budget"], ["Politics"], "https://example.com/img/lead.jpg")
    # The caller's URL stays the article's URL.
    assert newsclean.extract(html, url="https://mirror.test/a", source_type="html").url == "https://mirror.test/a"


def test_extract_gives_a_text_dump_its_language_and_nothing_it_cannot_have():
    import newsclean

    dump = "\n\n".join([
        "Le conseil approuve le budget", "https://example.com/news/1",
        "Le conseil municipal a approuvé mardi le nouveau budget, qui augmente les dépenses pour les écoles et "
        "les transports publics de près de huit pour cent au cours des deux prochaines années.",
        "L'opposition a critiqué un plan fondé sur des prévisions de recettes trop optimistes, et a mis en garde "
        "contre des coupes plus tard dans les écoles."])
    article = newsclean.extract(dump, source_type="text")
    assert (article.language, article.url, article.tags, article.categories, article.image) == ("fr", None, [], [], None)
