"""The HTML metadata reader finds the page's <meta>, <link> and JSON-LD <script> elements
in one pass over the page, shared by the readers that need them (passes counted)."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsclean.fields.html import read_html_fields
from newsclean.fields.html_fields import canonical_url, declared_language
from newsclean.fields.html_ld import read_declared
from newsclean.read.html_parse import parse_html

PAGE = """<html lang="de"><head><title>Ein Titel</title>
<meta property="og:title" content="Ein Titel"><meta http-equiv="content-language" content="fr">
<link rel="canonical" href="https://example.org/a/b"><meta property="og:url" content="https://example.org/other">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ein Titel", "datePublished": "2024-03-12"}</script>
</head><body><h1>Ein Titel</h1><p>Text.</p><meta itemprop="author" content="Jane Doe">
<script type="application/ld+json">{"@type": "WebSite", "name": "Die Zeitung"}</script></body></html>"""


def _count_passes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    passes: list[tuple[str, ...]] = []
    original = lxml_html.HtmlElement.iter

    def counting(self, *tags, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self.getparent() is None:  # a pass over the whole page
            passes.append(tags)
        return original(self, *tags, **kwargs)

    monkeypatch.setattr(lxml_html.HtmlElement, "iter", counting, raising=False)
    return passes


def test_one_pass_for_meta_link_and_scripts(monkeypatch: pytest.MonkeyPatch) -> None:
    tree = parse_html(PAGE)
    passes = _count_passes(monkeypatch)
    declared = read_declared(tree)
    assert canonical_url(tree, declared) == "https://example.org/a/b"
    assert declared_language(tree, declared) == "de"
    assert [p for p in passes if {"meta", "link"} & set(p)] == [("script", "meta", "link")]  # before: 3 passes


def test_what_the_shared_pass_finds() -> None:
    tree = parse_html(PAGE)
    declared = read_declared(tree)
    assert declared.tags["og:title"] == "Ein Titel"
    assert declared.tags["author"] == "Jane Doe"  # a <meta> in <body> too
    assert declared.first("datePublished") == "2024-03-12"
    assert declared.website_names == ["Die Zeitung"]  # the second script, in <body>
    assert [m.get("content") for m in declared.metas][:2] == ["Ein Titel", "fr"]
    assert [link.get("href") for link in declared.links] == ["https://example.org/a/b"]
    meta = read_html_fields(tree, None).metadata
    assert (meta.title, str(meta.date), meta.url, meta.declared_language) == \
        ("Ein Titel", "2024-03-12", "https://example.org/a/b", "de")


def test_a_part_of_a_page_is_read_as_before() -> None:
    tree = parse_html(PAGE)
    body = tree.find("body")
    declared = read_declared(body)  # scripts of the whole document; <meta>s of the part only
    assert declared.first("datePublished") == "2024-03-12"
    assert declared.tags == {"author": "Jane Doe"}
    assert declared.page is None
    assert canonical_url(body, declared) is None  # no <link> in the part, no og:url in its <meta>s
