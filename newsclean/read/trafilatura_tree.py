"""trafilatura's extraction on our parsed tree, without trafilatura's copy of the whole
tree where nothing would change the tree.

``bare_extraction`` copies a tree it is handed before it starts, because
``trafilatura_sequence`` deletes two kinds of element from that tree in place: comment
sections and infinite-scroll containers (``RAW_TREE_PRUNE_XPATH`` and
``REMOVE_COMMENTS_AND_LISTS_XPATH``). Every later step copies before it changes
anything (``tree_cleaning``, the comparison with readability and jusText, ``baseline``,
``html2txt``, the recall retry). On a page where neither list matches an element, the
copy is the page held twice for the whole extraction, beside the cleaned tree, its backup
and the comparison's copy: a 1 MB page of 22,000 paragraphs takes about 10 MiB a copy,
and this copy was a sixth of the 61 MiB peak (html:bylines, measured when that page still
went to trafilatura; read/html.py now sends a page of over MANY_TEXT_ELEMENTS paragraphs
to the engine, so the copy saved is of smaller pages: the one copy of four or five that
trafilatura makes of the page). There our own tree is
handed over as it is; where a list may match, ``bare_extraction`` runs as before, copy
included, so our tree (read again for the source context) never changes.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import trafilatura
from lxml import html as lxml_html
from trafilatura.core import bare_extraction, trafilatura_sequence
from trafilatura.metadata import Document
from trafilatura.settings import Extractor
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

# The trafilatura this module was written and checked against: extract_document re-does
# the end of its bare_extraction and calls trafilatura_sequence, an internal helper whose
# signature, return and pruning are no stable API. Under another version (the dependency
# allows any from 1.12) every tree goes to bare_extraction, copy included.
_KNOWN_VERSION = "2.3.1"
# The expressions trafilatura_sequence prunes its input with, as this module was written
# against them (trafilatura 2.3.1). The test below is a superset of them; another version's
# expressions may match more, so then every tree is copied, as bare_extraction does.
_KNOWN_PRUNE_XPATHS = "4886bf3f8ae56599ab9029aa8bce5f62067f965a13f8377e3005158e53dd7b1f"

# Elements the expressions can match, and, for each attribute they test, every literal
# piece one of their patterns needs ("[Cc]omment" needs "omment"; "infinite-?scroll" needs
# "infinite"). An element none of whose id or class holds one of these matches none of them.
_PRUNABLE_TAGS = ("div", "section", "aside", "list", "details", "ol", "ul")
_PRUNABLE_ID = re.compile("omment|comol|disqus_thread|dsq-comments|mvp-post-add-|infinite")
_PRUNABLE_CLASS = re.compile("omment|mvp-post-add-|infinite|elementor-share-buttons")


def prune_expressions_fingerprint() -> str:
    """A digest of the expressions trafilatura_sequence prunes its input tree with."""
    paths = "\n".join(expression.path for expression in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH)
    return hashlib.sha256(paths.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _shortcut_known() -> bool:
    """The installed trafilatura is the one the shortcut was checked against."""
    return trafilatura.__version__ == _KNOWN_VERSION and prune_expressions_fingerprint() == _KNOWN_PRUNE_XPATHS


def may_be_pruned(tree: lxml_html.HtmlElement) -> bool:
    """Whether trafilatura_sequence may delete an element of ``tree`` (never False when
    it would; always True under a trafilatura this module was not checked against). One
    walk over the few tags concerned, reading two attributes of each."""
    if not _shortcut_known():
        return True
    for element in tree.iter(_PRUNABLE_TAGS):
        id_value, class_value = element.get("id"), element.get("class")
        if (id_value and _PRUNABLE_ID.search(id_value)) or (class_value and _PRUNABLE_CLASS.search(class_value)):
            return True
    return False


def _handles_in_place(options: Extractor) -> bool:
    """The options under which bare_extraction does no more than the lines below."""
    return options.format != "python" and not (options.with_metadata or options.lang or options.dedup
                                                or options.max_tree_size)


def extract_document(tree: lxml_html.HtmlElement, options: Extractor) -> Document | None:
    """``bare_extraction(tree, options=options)``, with the same result; ``tree`` is never
    changed. It is extracted from without a copy when nothing would be pruned from it."""
    if not _handles_in_place(options) or may_be_pruned(tree):
        return bare_extraction(tree, options=options, as_dict=False)
    # bare_extraction from here, for these options: no metadata, language or duplicate
    # checks, no size limit on the output tree, not the "python" output format.
    try:
        body, text, comments_body, comments = trafilatura_sequence(tree, options, options.url)
    except (TypeError, ValueError):
        return None
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return None
    document = Document()
    document.raw_text, document.commentsbody, document.body = text, comments_body, body
    return document
