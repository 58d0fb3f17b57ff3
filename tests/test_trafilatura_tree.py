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


def test_another_trafilatura_version_gets_bare_extraction(monkeypatch):
    """extract_document re-implements the end of 2.3.1's bare_extraction and calls
    trafilatura_sequence, an internal helper whose signature and 4-tuple return are no
    stable API; its prune expressions can stay the same while either changes (a wrong
    call raises TypeError or ValueError, which the shortcut's except turns into None, no
    text for every page). Under another version every tree goes to bare_extraction."""
    import trafilatura

    from newsclean.read import trafilatura_tree

    calls = []
    real = trafilatura_tree.bare_extraction

    def recording(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura_tree, "bare_extraction", recording)
    monkeypatch.setattr(trafilatura, "__version__", "9.0.0")
    for cached in ("_shortcut_known", "_prune_expressions_known"):
        getattr(trafilatura_tree, cached, None) and getattr(trafilatura_tree, cached).cache_clear()
    try:
        tree = parse_html(_page())
        assert not any(expression(tree) for expression in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH)
        options = Extractor(output_format="xml", recall=False, comments=False, tables=True, images=False,
                            links=False, dedup=False, url=None, with_metadata=False)
        assert trafilatura_tree.extract_document(tree, options) is not None
        assert len(calls) == 1
    finally:
        monkeypatch.undo()
        for cached in ("_shortcut_known", "_prune_expressions_known"):
            getattr(trafilatura_tree, cached, None) and getattr(trafilatura_tree, cached).cache_clear()


# Pages that reach each later stage of trafilatura_sequence, which reads the tree it is
# handed again there (html2txt for the page's length, the baseline rescue, the recall
# retry's input): a short text in a long page of links (the recall retry, in the default focus), a page of one
# short line (the baseline), a forum thread (its JSON-LD), a doctype and a comment before
# <html> (outside the element handed over, left behind by a copy), a table-only page.
_LINKS = "".join(f"<li><a href='/s{i}'>Another story number {i} with a long link text</a></li>" for i in range(120))
_STAGE_PAGES = (
    f"<html><body><nav><ul>{_LINKS}</ul></nav><div>" + _ARTICLE[:_ARTICLE.index("<p>Paragraph 4")] + "</div></body></html>",
    "<html><body><div><span>Only a short line.</span></div></body></html>",
    "<html><head><script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script></head><body>"
    + "".join(f"<div class='post'><p>Post {i}: a reply in the thread, with a few words of its own.</p></div>"
              for i in range(6)) + "</body></html>",
    "<!DOCTYPE html><!-- generated --><html lang='de'><body><article>" + _ARTICLE + "</article></body></html>",
    "<html><body><table>" + "".join(f"<tr><td>Row {i}</td><td>Value of row {i} in the table</td></tr>"
                                    for i in range(40)) + "</table></body></html>",
)


@pytest.mark.parametrize("html", _STAGE_PAGES)
@pytest.mark.parametrize("recall", [True, False])
def test_every_stage_that_reads_the_tree_again_leaves_it_whole_and_gives_bare_extractions_result(html, recall):
    """(A guard on 00e7517's code: passes there too; fails on 2b02aab, which has no
    read.trafilatura_tree.)"""
    from newsclean.read.trafilatura_tree import extract_document, may_be_pruned

    options = Extractor(output_format="xml", recall=recall, comments=False, tables=True, images=False,
                        links=False, dedup=False, url=None, with_metadata=False)
    ours, theirs = parse_html(html), parse_html(html)
    assert not may_be_pruned(ours)
    before = etree.tostring(ours.getroottree())
    got = extract_document(ours, options)
    expected = trafilatura.core.bare_extraction(theirs, options=options, as_dict=False)
    assert etree.tostring(ours.getroottree()) == before
    assert (got is None) == (expected is None)
    if got is not None:
        assert etree.tostring(got.body) == etree.tostring(expected.body)
        assert got.raw_text == expected.raw_text
