"""The page reads the HTML field readers share, each made with as little work as it needs.

The author and date readers used to sweep the page with XPaths whose ancestor tests
libxml2 evaluates per node (the text runs up to the headline, the byline elements, the date
elements, the texts outside comments): together 5-30 ms a page. Here:

- ``byline_elements`` and ``date_elements`` are found from the attributes that name them
  (``//@class[...]``, ``//@rel``, ``//@itemprop``: libxml2 visits attributes, not every
  element with every test), then checked in Python by the same rules as the XPaths they
  replace;
- ``headline_runs`` finds the headline's <h1> among the page's <h1>s first, then walks
  the page's text in Python only until ``reach`` runs past it;
- ``box_texts`` walks all of the page's text, once, for the author box reader, which
  few pages reach.

A text run is a non-empty text node of <body> (whitespace squeezed) outside <script>,
<style> and <noscript>; its owner is the element it is printed in.
"""
from __future__ import annotations

from collections import deque
from itertools import chain
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

# Text inside these is never page text (as the XPaths' not(ancestor::script or ...)).
_HIDDEN = frozenset({"script", "style", "noscript"})
_NOT_BYLINE = frozenset({"meta", "link", "script", "body", "html", "article", "img"})
_NOT_DATE = frozenset({"script", "style", "body", "html", "article", "meta"})
MAX_BYLINE_ELEMENTS = 30
MAX_DATE_ELEMENTS = 30
# Runs kept before and after the headline: the readers look at most 5 runs above it (the
# printed author) and 40 below (the byline reach).
HEADLINE_BEFORE = 5
HEADLINE_AFTER = 40

# Elements whose attributes may make them byline or date elements; each is then checked
# by the exact rule (_is_byline, date_elements). One location path each, in document
# order: libxml2 merges the node sets of a union ("a | b") and of a parent step on
# attributes ("//@class[...]/..") by comparing each new node with every one already in
# the set, quadratic in the matches (1 MB of 18,000 byline paragraphs: 0.17 s, x68 for a
# tenfold step). The attribute tests first keep the scan cheap on elements without them.
_BYLINE_CANDIDATES = etree.XPath("//*[@class or @rel or @itemprop][contains(@class, 'uthor') or contains(@class, 'yline')"
                                 " or @rel = 'author' or @itemprop = 'author']")
_DATE_CANDIDATES = etree.XPath("//*[self::time or ((@class or @itemprop) and (@itemprop = 'datePublished'"
                               " or contains(@class, 'ate') or contains(@class, 'ublish') or contains(@class, 'osted')"
                               " or contains(@class, 'ime')))]")
_H1_RUNS = etree.XPath("descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
                       smart_strings=False)


@dataclass(frozen=True)
class TextRun:
    """One run of page text, the element it is printed in, and whether that element sits
    in a comment thread or a form (names there are readers', not the author's)."""

    text: str
    owner: lxml_html.HtmlElement
    in_comments: bool = False


@dataclass
class Headline:
    """The runs around the headline: ``runs[anchor]`` is the headline's first run, with up
    to HEADLINE_BEFORE runs before it and the walk's reach after it. ``anchor`` is None,
    and ``runs`` empty, when no run is the headline."""

    runs: list[TextRun] = field(default_factory=list)
    anchor: int | None = None


def byline_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's first MAX_BYLINE_ELEMENTS byline elements in document order (rel or
    itemprop "author", a class holding "byline" or "author" but not "authority" or
    "authorization"; not <meta>, <link>, <script>, <body>, <html>, <article>, <img>)."""
    found: list[lxml_html.HtmlElement] = []
    for element in _BYLINE_CANDIDATES(tree):
        if _is_byline(element):
            found.append(element)
            if len(found) == MAX_BYLINE_ELEMENTS:
                break
    return found


def _is_byline(element: lxml_html.HtmlElement) -> bool:
    cls = element.get("class") or ""
    return (element.tag not in _NOT_BYLINE and "uthorit" not in cls and "uthoriz" not in cls
            and ("byline" in cls or "author" in cls or "Byline" in cls or "Author" in cls
                 or element.get("rel") == "author" or element.get("itemprop") == "author"))


def date_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's first MAX_DATE_ELEMENTS date elements in document order: <time>,
    itemprop="datePublished", and elements (not <script>, <style>, <body>, <html>,
    <article>, <meta>) with a class holding "date", "Date", "publish", "posted" or "time"."""
    found = []
    for element in _DATE_CANDIDATES(tree):
        cls = element.get("class") or ""
        if element.tag == "time" or element.get("itemprop") == "datePublished" or (
                element.tag not in _NOT_DATE
                and ("date" in cls or "Date" in cls or "publish" in cls or "posted" in cls or "time" in cls)):
            found.append(element)
            if len(found) == MAX_DATE_ELEMENTS:
                break
    return found


def in_comments(element: lxml_html.HtmlElement) -> bool:
    """The element or one around it is a comment thread (a class or id holding "comment")
    or a form: names there are readers', not the author's."""
    for node in (element, *element.iterancestors()):
        if node.tag == "form" or "comment" in (node.get("class") or "") or "comment" in (node.get("id") or ""):
            return True
    return False


def box_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """The texts of all the page's runs outside comment threads and forms."""
    return [text for text, _, state in _runs(tree) if not state & _IN_COMMENTS]


def headline_runs(tree: lxml_html.HtmlElement, title: str | None, reach: int = HEADLINE_AFTER) -> Headline:
    """The runs around the headline, up to ``reach`` runs past it. The headline is the
    first <h1> run whose first 40 characters (case-folded) appear in the first 40 of
    ``title``, else the first <h1> run, else (on a page without <h1> text) the first run
    of at least 10 characters whose first 40 are the title's first 40.

    The <h1>s are read first (lxml finds them in C); the page's text is then walked from
    the headline's <h1> to ``reach`` runs past it, and the few runs before it are read
    backwards from it.
    """
    wanted = " ".join(title.split())[:40].casefold() if title else None
    h1_texts = _h1_runs(tree)
    target = next((i for i, (text, _) in enumerate(h1_texts) if wanted and text.casefold()[:40] in wanted),
                  0 if h1_texts else None)
    if target is None:
        return _headline_without_h1(tree, wanted, reach)
    h1 = h1_texts[target][1]
    inside = sum(1 for _, element in h1_texts[:target] if element is h1)  # the h1's runs before the headline's
    window = _runs_before(h1, HEADLINE_BEFORE)
    anchor = len(window) + inside
    for run in _runs(tree, h1):
        window.append(run)
        if len(window) > anchor + reach:
            break
    start = max(0, anchor - HEADLINE_BEFORE)
    return Headline([TextRun(text, owner, bool(state & _IN_COMMENTS)) for text, owner, state in window[start:]],
                    anchor - start)


def _headline_without_h1(tree: lxml_html.HtmlElement, wanted: str | None, reach: int) -> Headline:
    """headline_runs on a page without <h1> text: the first run of at least 10 characters
    that begins like the title is the headline."""
    if not wanted:
        return Headline()
    before: deque[tuple[str, lxml_html.HtmlElement, int]] = deque(maxlen=HEADLINE_BEFORE)
    window: list[tuple[str, lxml_html.HtmlElement, int]] | None = None
    anchor = 0
    for run in _runs(tree):
        if window is not None:
            window.append(run)
            if len(window) > anchor + reach:
                break
            continue
        text = run[0]
        if len(text) >= 10 and text.casefold()[:40] == wanted[:40]:
            window, anchor = [*before, run], len(before)
        before.append(run)
    if window is None:
        return Headline()
    return Headline([TextRun(text, owner, bool(state & _IN_COMMENTS)) for text, owner, state in window], anchor)


def _preceding_texts(element: lxml_html.HtmlElement) -> Iterator[tuple[str, lxml_html.HtmlElement, bool]]:
    """The text nodes before ``element`` in document order, nearest first, as XPath's
    ``preceding::text()`` gives them (not its own nor its ancestors' content after it):
    (text, the element that holds it as text or tail, whether it is a tail). Read lazily
    from the tree, as far back as the caller asks (the XPath built the whole list)."""
    node = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            # A sibling's tail comes after its content: the tail, then its content backwards.
            if sibling.tail:
                yield sibling.tail, sibling, True
            yield from _texts_backwards(sibling)
        parent = node.getparent()
        if parent is not None and parent.text and parent.tag.__class__ is str:
            yield parent.text, parent, False
        node = parent


def _texts_backwards(top: lxml_html.HtmlElement) -> Iterator[tuple[str, lxml_html.HtmlElement, bool]]:
    """The text nodes inside ``top`` (its text, its descendants' texts and tails, not its
    own tail), last first. An explicit stack: pages nest deeper than Python's recursion."""
    # Each entry: an element whose children are still to be read backwards, and them.
    stack = [(top, reversed(top))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if element.text and element.tag.__class__ is str:  # (a comment's text is not a text node)
                yield element.text, element, False
            continue
        if child.tail:
            yield child.tail, child, True
        stack.append((child, reversed(child)))


def _runs_before(element: lxml_html.HtmlElement, count: int) -> list[tuple[str, lxml_html.HtmlElement, int]]:
    """The last ``count`` runs before ``element`` in document order (as _runs gives them)."""
    found: list[tuple[str, lxml_html.HtmlElement, int]] = []
    for raw, holder, is_tail in _preceding_texts(element):
        text = " ".join(raw.split())
        if not text:
            continue
        owner = holder.getparent() if is_tail else holder
        if owner is None:
            continue
        around = [owner, *owner.iterancestors()]
        tags = {a.tag for a in around}
        if "body" not in tags or not _HIDDEN.isdisjoint(tags):
            continue
        commented = any(a.tag == "form" or "comment" in (a.get("class") or "") or "comment" in (a.get("id") or "")
                        for a in around)
        found.append((text, owner, _IN_COMMENTS * commented))
        if len(found) == count:
            break
    found.reverse()
    return found


def _h1_runs(tree: lxml_html.HtmlElement) -> list[tuple[str, lxml_html.HtmlElement]]:
    """The runs inside <h1>s in document order (as _runs gives them), each with its <h1>."""
    out = []
    root = tree.getroottree().getroot()
    # Whether an <h1> is read depends on its ancestors only, so it is decided once per
    # parent: a page of 19,000 <h1>s in one <body> walked the ancestors of each.
    readable_under: dict[lxml_html.HtmlElement, bool] = {}
    for top in (root, *root.itersiblings()):
        if not isinstance(top.tag, str):
            continue
        for h1 in top.iter("h1"):
            parent = h1.getparent()
            readable = readable_under.get(parent) if parent is not None else False
            if readable is None:
                around = [parent.tag, *(a.tag for a in parent.iterancestors())]
                # outside <body>, hidden, or inside an outer <h1> (its text is read there)
                readable = "body" in around and "h1" not in around and not _HIDDEN.intersection(around)
                readable_under[parent] = readable
            if readable:
                out.extend((text, h1) for text in (" ".join(t.split()) for t in _H1_RUNS(h1)) if text)
    return out


# A run's state: set when an element around it is a comment thread or a form.
_IN_COMMENTS = 1


def _runs(tree: lxml_html.HtmlElement,
          start: lxml_html.HtmlElement | None = None) -> Iterator[tuple[str, lxml_html.HtmlElement, int]]:
    """The page's text runs in document order, from ``start``'s first when given: (text,
    owner, state), the state _IN_COMMENTS when an element around it is a comment thread
    or a form, else 0."""
    # An explicit stack, not recursion: pages nest deeper than Python's recursion limit.
    # Each level: the element, its children's iterator, and the counts of open hidden,
    # body and comment elements outside it. The bottom level is the document: a page
    # may hold more than one top-level element.
    elements: list[lxml_html.HtmlElement] = []
    states: list[tuple[int, int, int]] = []
    hidden = body = comments = 0
    if start is None:
        root = tree.getroottree().getroot()
        iterators: list[Iterator[lxml_html.HtmlElement]] = [iter([root, *root.itersiblings()])]
    else:  # the levels down to ``start``, each with the children after the one on the way
        path = [*reversed(list(start.iterancestors())), start]
        iterators = [path[0].itersiblings()]
        for element, below in zip(path, path[1:]):
            states.append((hidden, body, comments))
            elements.append(element)
            iterators.append(below.itersiblings())
            tag = element.tag
            hidden, body = hidden + (tag in _HIDDEN), body + (tag == "body")
            if not comments and (tag == "form" or "comment" in (element.get("class") or "")
                                 or "comment" in (element.get("id") or "")):
                comments = 1
        iterators[-1] = chain([start], iterators[-1])
    children = iterators[-1]
    while True:
        child = next(children, None)
        if child is None:  # the element ends: its tail is its parent's text
            iterators.pop()
            if not elements:
                return
            children = iterators[-1]
            element = elements.pop()
            hidden, body, comments = states.pop()
            tail = element.tail
            if tail and body and not hidden and elements:
                text = " ".join(tail.split())
                if text:
                    yield text, elements[-1], _IN_COMMENTS * (comments > 0)
            continue
        tag = child.tag
        if tag.__class__ is not str:  # a comment or processing instruction: only its tail is text
            tail = child.tail
            if tail and body and not hidden:
                text = " ".join(tail.split())
                if text:
                    yield text, elements[-1], _IN_COMMENTS * (comments > 0)
            continue
        inner_comments = comments
        if not comments:
            if tag == "form" or "comment" in (child.get("class") or "") or "comment" in (child.get("id") or ""):
                inner_comments = 1
        inner_hidden = hidden + (tag in _HIDDEN)
        inner_body = body + (tag == "body")
        text = child.text
        if text and inner_body and not inner_hidden:
            text = " ".join(text.split())
            if text:
                yield text, child, _IN_COMMENTS * (inner_comments > 0)
        if len(child):
            states.append((hidden, body, comments))
            elements.append(child)
            children = iter(child)
            iterators.append(children)
            hidden, body, comments = inner_hidden, inner_body, inner_comments
        else:  # a leaf: its tail follows at once
            tail = child.tail
            if tail and body and not hidden:
                text = " ".join(tail.split())
                if text:
                    yield text, elements[-1], _IN_COMMENTS * (comments > 0)
