"""The HTML report (newsclean.report): metadata, every block in page order with its
verdict, the cleaner filter, escaping of hostile page text, and no external resources."""
from __future__ import annotations

import re

import lxml.html
import pytest

import newsclean
from newsclean import DEFAULT_CLEANERS
from newsclean.article import Article, ArticleBlock, Removal
from newsclean.pipeline import build_page, run_chain
from newsclean.report import render_report
from newsclean.report_assets import SCRIPT, STYLE

LONG = ("The regional transport authority published its yearly figures on Monday, and the numbers show "
        "a clear shift in how residents of the valley travel to work and to school.")
MORE = ("Officials said the change followed the opening of two new lines and a fare cut, and they expect "
        "the trend to continue through next year as more services come into operation.")
# Page text that would be markup, or would end the report's <style>, or break out of an
# attribute, if it were pasted into the report unescaped.
HOSTILE = ('A reader wrote <script>document.title="pwned"</script> and </style><b>bold</b> '
           'and "quoted" \' onmouseover="alert(1)" into the comment form, which the site printed as text.')
END = ("The authority will publish a detailed breakdown by district later this month, together with "
       "the results of a survey of passengers on the new lines.")
# A small text dump: a menu, title/byline/date lines, a share widget, a photo credit, a
# subheading, a list, an aligned table, the hostile paragraph, related links, a copyright.
PAGE_TEXT = "\n".join([
    "Valley Times", "  • Home", "  • News", "  • Sport", "  • Weather",
    "Valley commuters switch to trains", "By Jane Doe", "March 12, 2025", "Share", "Facebook X Copy Link Print",
    LONG,
    "Passengers at the central station. Photo: John Roe/Reuters",
    "What changed",
    MORE,
    "  • The northern line to the airport", "  • The river line to the hospital",
    "Mode       2023   2024", "Ferries     6.5    4.0", "Trains      3.1    2.2",
    HOSTILE, END,
    "You Might Also Like", "Bus fares to rise in spring", "New bridge opens over the river",
    "© 2025 Valley Times. All Rights Reserved.",
])


def blocks_of(html: str) -> list[tuple[str | None, str]]:
    """(cleaner or None for a kept block, text) for each block the report lists, in order."""
    items = lxml.html.fromstring(html).xpath('//ol[@id="blocks"]/li')
    result = []
    for item in items:
        if "removed" in item.get("class").split():
            result.append((item.xpath('.//*[contains(@class, "cleaner")]')[0].text_content(),
                           item.xpath(".//del")[0].text_content()))
        else:
            result.append((None, item.xpath('.//*[@class="text"]')[0].text_content()))
    return result


@pytest.fixture(scope="module")
def article() -> Article:
    return newsclean.extract(PAGE_TEXT, source_type="text")


def test_every_block_in_page_order_with_its_verdict(article):
    # The same page through the chain directly: its blocks in order with who removed them.
    page = build_page(PAGE_TEXT, "text")
    run_chain(page, DEFAULT_CLEANERS)
    expected = [(b.removed_by, b.text) for b in page.blocks]
    assert blocks_of(render_report(article)) == expected
    # The page holds both verdicts, interleaved: removed blocks before, between and after kept ones.
    verdicts = [cleaner is None for cleaner, _ in expected]
    assert verdicts[0] is False and verdicts[-1] is False and True in verdicts
    assert "photo_credits" in [c for c, _ in expected[verdicts.index(True):]]


def test_removal_position_counts_kept_blocks_before_it_and_stays_out_of_to_dict(article):
    credit = next(r for r in article.removed if r.cleaner == "photo_credits")
    assert article.blocks[credit.position - 1].text == LONG and article.blocks[credit.position].text == "What changed"
    assert [sorted(r) for r in article.to_dict(include_removed=True)["removed"]] == \
        [["cleaner", "reason", "text"]] * len(article.removed)


def test_removed_blocks_are_struck_through_and_labelled_kept_ones_show_their_kind(article):
    doc = lxml.html.fromstring(render_report(article))
    credit = doc.xpath('//li[@data-filter="photo_credits"]')[0]
    assert "removed" in credit.get("class").split()
    assert credit.xpath("./del")[0].text_content() == "Passengers at the central station. Photo: John Roe/Reuters"
    assert credit.xpath('./*[@class="reason"]')[0].text_content() == "image caption or photo credit"
    kinds = {li.xpath('./*[@class="text"]')[0].text_content(): li.xpath('./*[contains(@class, "kind")]')[0].text
             for li in doc.xpath('//li[contains(@class, "kept")]')}
    assert kinds["What changed"] == "heading 2"
    assert kinds["The northern line to the airport"] == "list item"
    assert kinds["Ferries 6.5 4.0"] == "table row"
    assert kinds[LONG] == "paragraph"
    assert not doc.xpath("//li[contains(@class, 'kept')]//del")


def test_filter_has_a_checkbox_and_count_per_cleaner(article):
    doc = lxml.html.fromstring(render_report(article))
    labels = {box.get("data-filter"): box.getparent().text_content()
              for box in doc.xpath('//fieldset[@id="filter"]//input[@type="checkbox"]')}
    counts = {}
    for removal in article.removed:
        counts[removal.cleaner] = counts.get(removal.cleaner, 0) + 1
    assert set(labels) == set(counts) | {":kept"}
    assert counts["related_sections"] == 3  # the heading and its two teasers
    for name, count in counts.items():
        assert labels[name].split() == [name, f"({count})"]
    assert labels[":kept"].split() == ["kept", f"({len(article.blocks)})"]


def test_metadata_table_with_its_source_column(article):
    doc = lxml.html.fromstring(render_report(article))
    rows = {tr.get("data-field"): [td.text_content() for td in tr.xpath("./td")] for tr in doc.xpath("//tr[@data-field]")}
    assert list(rows) == ["title", "byline", "authors", "date", "description", "site_name", "url", "language",
                          "tags", "categories", "image", "source_type"]
    # The source column comes from what the readers recorded (Article.sources): the
    # headline line above the byline, and the lines it beat; fields without one say so.
    assert rows["title"][0] == "Valley commuters switch to trains"
    assert rows["title"][1].startswith("headline line (block 5: 'Valley commuters switch to trains'")
    # Which lines came next depends on the learned scorer; the column names each with its
    # block and margin: each is another line of the page, at its block, and the winner's
    # margin is the one over the best of them.
    winner_margin = re.search(r"scored (\d+\.\d\d) above the next candidate", rows["title"][1])
    lost = re.findall(r"(?:^|; )(.+?) \(block (\d+): scored (\d+\.\d\d) lower\)", rows["title"][1].split("; lost: ", 1)[-1])
    assert winner_margin and lost
    page_lines = [" ".join(line.replace("•", " ").split()) for line in PAGE_TEXT.split("\n")]
    for text, block, _margin in lost:
        assert int(block) != 5 and page_lines[int(block)] == text
    margins = [float(margin) for _text, _block, margin in lost]
    assert margins == sorted(margins) and margins[0] == float(winner_margin[1])
    assert rows["image"][1] == "not recorded yet"
    assert rows["byline"][0] == "Jane Doe" and rows["date"][0] == "2025-03-12"
    assert rows["source_type"][0] == "text" and rows["image"][0] == "not found"
    given = lxml.html.fromstring(render_report(article, sources={"title": "a line above the byline"}))
    assert given.xpath('//tr[@data-field="title"]/td[@class="source"]')[0].text_content() == "a line above the byline"


HOSTILE_NAME = 'x"><img src=x onerror=alert(1)>'


def hostile_article() -> Article:
    return Article(
        title='</title><script>alert(1)</script>', byline="Jane </style> Doe", authors=['a" b'],
        body=HOSTILE, image='https://example.com/a.jpg" onerror="alert(1)', url="javascript:alert(1)",
        tags=["<b>", "</script>"], blocks=[ArticleBlock("paragraph", HOSTILE)],
        removed=[Removal(HOSTILE_NAME, '"><script>alert(2)</script>', "</style><script>alert(3)</script>", 0)],
    )


def test_hostile_text_stays_text():
    article = hostile_article()
    html = render_report(article)
    doc = lxml.html.fromstring(html)
    # Only the report's own style and script, no element or attribute from the page.
    assert [s.text for s in doc.xpath("//script")] == [SCRIPT]
    assert [s.text for s in doc.xpath("//style")] == [STYLE]
    assert not doc.xpath("//img | //b | //a | //link | //iframe")
    assert not [a for el in doc.iter() for a in el.attrib if a.startswith("on")]
    # ... and the text is all there, as text.
    assert doc.xpath("//title")[0].text == "newsclean report: </title><script>alert(1)</script>"
    removed = doc.xpath('//li[contains(@class, "removed")]')[0]
    assert removed.get("data-filter") == HOSTILE_NAME
    assert removed.xpath("./del")[0].text == "</style><script>alert(3)</script>"
    assert removed.xpath('./*[@class="reason"]')[0].text == '"><script>alert(2)</script>'
    assert doc.xpath('//li[contains(@class, "kept")]/*[@class="text"]')[0].text == HOSTILE
    assert doc.xpath('//tr[@data-field="image"]/td')[0].text == article.image


def test_self_contained_no_external_resources(article):
    for html in (render_report(article), render_report(hostile_article())):
        assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:|//|javascript:)""", html, re.I)
        assert "<link" not in html and "@import" not in html and "url(" not in html
        # A Content-Security-Policy that lets nothing load and only the report's own code run.
        policy = lxml.html.fromstring(html).xpath('//meta[@http-equiv="Content-Security-Policy"]')[0].get("content")
        assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy


def test_removals_made_by_hand_without_position_come_last():
    article = Article(body="One.\n\nTwo.", removed=[Removal("mine", "by hand", "Extra")])
    assert blocks_of(render_report(article)) == [(None, "One."), (None, "Two."), ("mine", "Extra")]


def test_cli_writes_the_report(tmp_path):
    from newsclean.cli import main

    page, out = tmp_path / "page.txt", tmp_path / "report.html"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    assert main([str(page), "--report", str(out), "--json"]) == 0
    html = out.read_text(encoding="utf-8")
    assert blocks_of(html) == blocks_of(render_report(newsclean.extract(PAGE_TEXT, source_type="text")))
    assert f"newsclean report for {page}" in lxml.html.fromstring(html).text_content()
