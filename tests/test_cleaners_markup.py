"""Cleaners that read the source markup (Block.context, filled by newsclean.read.html)."""
from newsclean.model import Block, Page
from newsclean.cleaners.markup import advert_sections, author_bios, footer_sections, signup_boxes
from newsclean.read.html import add_source_context, parse_html
from newsclean.fields import Metadata
from newsclean.pipeline import run_chain

ARTICLE = [
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools.",
    "Transport gets nearly eight percent more over the next two years, the mayor said after the vote.",
    "Opponents said the plan left too little for housing and promised to raise it again in the spring.",
    "She shared the photo with reporters and said the footer of the report listed every school.",
]


def _page(html: str, texts: list[str]) -> Page:
    """A page whose blocks are ``texts`` (what the extractor kept), with context from ``html``."""
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    add_source_context(parse_html(html), blocks)
    return Page(blocks=blocks, source_type="html", metadata=Metadata())


def _removed(cleaner, html: str, extra: list[str]) -> list[str]:
    page = _page(html, ARTICLE + extra)
    run_chain(page, [cleaner])
    return [b.text for b in page.blocks if b.removed_by]


def _html(aside: str) -> str:
    body = "".join(f"<p>{t}</p>" for t in ARTICLE)
    return f"<html><body><article>{body}</article>{aside}</body></html>"


def test_footer_sections():
    line = "Blue Cross, a Division of Health Care Service Corporation, is an independent licensee."
    assert _removed(footer_sections, _html(f"<footer><p>{line}</p></footer>"), [line]) == [line]
    assert _removed(footer_sections, _html(f'<div id="site-footer"><p>{line}</p></div>'), [line]) == [line]


def test_author_bios():
    line = "Former McKinsey consultant, she covers health care."
    html = _html(f'<div class="author-bio"><p>{line}</p></div>')
    assert _removed(author_bios, html, [line]) == [line]


def test_signup_boxes():
    line = "For daily wit and wisdom, sign up for our newsletter."
    assert _removed(signup_boxes, _html(f'<section class="subscribe-box"><p>{line}</p></section>'), [line]) == [line]
    assert _removed(signup_boxes, _html(f'<div class="newsletter-signup"><p>{line}</p></div>'), [line]) == [line]


def test_advert_sections():
    line = "We may be compensated when you click on a link."
    assert _removed(advert_sections, _html(f'<div class="advert-disclosure"><p>{line}</p></div>'), [line]) == [line]


def test_keeps_article_text_without_markup_evidence():
    # Words alone ("footer", "shared", "sign up") never remove a line: only where it sits.
    for item in (footer_sections, author_bios, signup_boxes, advert_sections):
        assert _removed(item, _html(""), []) == []


def test_keeps_a_container_that_holds_most_of_the_page():
    # A theme that names its content wrapper "footer-sticky" or "bio-page" marks the article itself.
    body = "".join(f"<p>{t}</p>" for t in ARTICLE)
    for cls, item in (("page footer-sticky", footer_sections), ("bio-page", author_bios)):
        html = f'<html><body><div class="{cls}">{body}</div></body></html>'
        assert _removed(item, html, []) == []


def test_text_shown_twice_keeps_only_the_shared_context():
    heading = "Key takeaways"
    html = (f'<html><body><nav><ul><li>{heading}</li></ul></nav><footer><p>{heading}</p></footer>'
            f'<article><h2>{heading}</h2></article></body></html>')
    page = _page(html, [heading])
    assert page.blocks[0].context == frozenset()


def test_context_and_link_density_from_the_source():
    html = ('<html><body><aside class="related-posts"><p><a href="/x">Ten best electric cars</a></p></aside>'
            '<p>Prose with <a href="/y">one link</a> in the middle of a long sentence.</p></body></html>')
    page = _page(html, ["Ten best electric cars", "Prose with one link in the middle of a long sentence."])
    teaser, prose = page.blocks
    assert {"aside", "class:related"} <= teaser.context and teaser.link_density == 1.0
    assert prose.context == frozenset() and 0 < prose.link_density < 0.3


def test_text_pages_have_no_context():
    from helpers import page_of

    page = page_of(ARTICLE)
    for item in (footer_sections, author_bios, signup_boxes, advert_sections):
        assert list(item(page)) == []


def test_text_pages_are_passed_over():
    # Text blocks never carry markup context; even a hand-made one on a text page is ignored.
    blocks = [Block(index=i, text=t) for i, t in enumerate(ARTICLE)]
    blocks.append(Block(index=len(blocks), text="Site footer line", context=frozenset({"footer"})))
    page = Page(blocks=blocks, source_type="text", metadata=Metadata())
    run_chain(page, [footer_sections])
    assert not [b for b in page.blocks if b.removed_by]
    page.source_type = "html"
    run_chain(page, [footer_sections])
    assert [b.text for b in page.blocks if b.removed_by] == ["Site footer line"]
