"""trafilatura is handed our parsed tree without its copy of the whole tree where it would
prune nothing from it (issue 12: html:bylines at 1 MB peaked at 61 MiB, a sixth of it that
copy), and our tree is never changed either way. Memory is checked by which tree
trafilatura works on, never by measuring it."""
from __future__ import annotations

import pytest
import trafilatura.core
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from newsclean.read import html as read_html
from newsclean.read.html_parse import parse_html

_ARTICLE = "".join(f"<p>Paragraph {i} of the story, with enough words to be read as text by anyone.</p>"
                   for i in range(8))


def _page(extra: str = "") -> str:
    return f"<html><body><article><h1>Headline</h1>{_ARTICLE}</article>{extra}</body></html>"


def _trees_worked_on(monkeypatch: pytest.MonkeyPatch, tree) -> list:
    """The trees trafilatura_sequence prepared (cleaned, converted) while our tree was
    extracted from, once in recall mode."""
    seen = []
    prepare = trafilatura.core._prepare_tree

    def recording(tree_in, *args):
        seen.append(tree_in)
        return prepare(tree_in, *args)

    monkeypatch.setattr(trafilatura.core, "_prepare_tree", recording)
    assert read_html._trafilatura_xml(tree, None, favor_recall=True) is not None
    return seen


def test_a_tree_with_nothing_to_prune_is_extracted_from_without_a_copy(monkeypatch):
    tree = parse_html(_page("<div class='byline'>By Jane Doe</div>"))
    before = etree.tostring(tree)
    seen = _trees_worked_on(monkeypatch, tree)
    assert seen and all(worked_on is tree for worked_on in seen)
    assert etree.tostring(tree) == before


def test_a_tree_with_a_comment_section_is_copied_and_kept_whole(monkeypatch):
    """(A guard: passes before the change too.) trafilatura deletes the comment section
    from the tree it works on; ours keeps it for the source context."""
    tree = parse_html(_page("<div id='comments'><p>First comment, a reader's long opinion here.</p></div>"))
    before = etree.tostring(tree)
    seen = _trees_worked_on(monkeypatch, tree)
    assert seen and all(worked_on is not tree for worked_on in seen)
    assert etree.tostring(tree) == before
    assert tree.xpath("//div[@id='comments']")


@pytest.mark.parametrize("element", [
    "<div id='comments'>x</div>", "<div id='Comment-12'>x</div>", "<section id='comol'>x</section>",
    "<div id='disqus_thread'>x</div>", "<div id='dsq-comments'>x</div>", "<ul class='comment-list'><li>x</li></ul>",
    "<div class='article-comments'>x</div>", "<details class='post-comments'>x</details>",
    "<aside class='infinite-scroll'>x</aside>", "<div id='infinitescroll'>x</div>",
    "<section class='mvp-post-add-box'><h1>More</h1></section>", "<div class='elementor-share-buttons'>x</div>",
])
def test_whatever_trafilatura_would_prune_is_seen_first(element):
    from newsclean.read.trafilatura_tree import may_be_pruned

    tree = parse_html(_page(element))
    assert any(expression(tree) for expression in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH)
    assert may_be_pruned(tree)


def test_the_extraction_without_a_copy_gives_bare_extractions_document():
    from newsclean.read.trafilatura_tree import extract_document, may_be_pruned

    for html in (_page(), _page("<div class='related'><p>Another story</p></div>"), "<html><body></body></html>",
                 _page("<table><tr><td>a</td><td>b</td></tr></table><ul><li>one</li><li>two</li></ul>")):
        for recall in (True, False):
            options = Extractor(output_format="xml", recall=recall, comments=False, tables=True, images=False,
                                links=False, dedup=False, url=None, with_metadata=False)
            ours, theirs = parse_html(html), parse_html(html)
            assert not may_be_pruned(ours)
            got = extract_document(ours, options)
            expected = trafilatura.core.bare_extraction(theirs, options=options, as_dict=False)
            assert (got is None) == (expected is None)
            if got is not None:
                assert etree.tostring(got.body) == etree.tostring(expected.body)
                assert got.raw_text == expected.raw_text
                assert etree.tostring(got.commentsbody) == etree.tostring(expected.commentsbody)
