"""Parsing a page's HTML with lxml: once, safely, whatever the markup.

No DTD is loaded and no entity resolved; characters XML refuses are dropped first (lxml
refuses them in text nodes, and a lone surrogate made it drop the rest of the page); a
page nested deeper than libxml2 goes is parsed again with the excess levels flattened.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters XML refuses, which lxml then refuses in text nodes (trafilatura raised on
# pages holding one): C0 controls, U+FFFE/U+FFFF, and lone surrogates (after one of
# those, lxml silently dropped the rest of the page); and DEL, dropped as before.
# Surrogates become U+FFFD, the others are dropped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# Character references to those characters (C0 controls, U+FFFE, U+FFFF), which the
# parser would turn into the characters themselves.
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[1-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)
# Comments and processing instructions are dropped at parse time, as trafilatura's own
# loader does: "<p> <!-- -->Consider ...</p>" (React's text separators) otherwise leaves
# paragraphs that trafilatura's pruning loses (one tune page kept 940 of 1,282 words).
# huge_tree: without it libxml2 stops at 255 levels of nesting or a text node of 10
# million characters and drops the rest of the page (an empty body, no title). The
# HTML parser loads no DTD and resolves no entity; no_network is its default, said anyway.
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True,
                               no_network=True)


def _element_classes() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes (HtmlElement; FormElement, InputElement, ... by tag),
    looked up in C. lxml.html's own lookup is a Python method called each time an
    element's Python object is made: about a thousand times a page in the engine's walk
    alone, and again in every reader and in trafilatura."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity))
    by_tag = lookup.get_namespace(None)
    for tag, cls in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = cls
    return lookup


_PARSER.set_element_class_lookup(_element_classes())
# Even with huge_tree libxml2 stops parsing at 2,048 levels; pages nested deeper are
# parsed again flattened to this depth, which is what Chromium keeps (512).
_FLAT_DEPTH = 512


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    # lxml refuses str input that declares its own encoding.
    text = _XML_DECLARATION.sub("", text, count=1)
    if _has_not_xml(text):
        text = _NOT_XML.sub(_xml_char, text)
    if "&#" in text:
        text = _CONTROL_REF.sub("", text)
    try:
        tree = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    # Nesting deeper than libxml2 goes: parse again with the excess levels flattened,
    # first only of wrappers (div, span, ...), then of every element if still too deep.
    for keep in (_STRUCTURE, frozenset()):
        if not _depth_exceeded(_PARSER.error_log):
            break
        try:
            tree = lxml_html.document_fromstring(flatten_nesting(text, _FLAT_DEPTH, keep), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return None
    return tree


# The characters _NOT_XML finds but the surrogates: each looked for with str's own search
# (a memchr-like scan); with one check for surrogates, about half the time of the
# pattern's search, which tests every character against the class (0.8 ms on a typical
# page), on pages that hold none of them.
_NOT_XML_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF))


def _has_not_xml(text: str) -> bool:
    """Whether ``text`` holds a character _NOT_XML finds."""
    if any(c in text for c in _NOT_XML_CHARS):
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # fails on a lone surrogate, and on nothing else
    except UnicodeEncodeError:
        return True
    return False


def _xml_char(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group(0) <= "\udfff" else ""


def _depth_exceeded(log: etree._ListErrorLog) -> bool:
    return any("depth" in entry.message.lower() for entry in log.filter_from_level(etree.ErrorLevels.FATAL))


# Elements that give a page its blocks and regions: kept when wrappers are flattened.
_STRUCTURE = frozenset(
    "html head body title p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption "
    "blockquote pre figure figcaption article main header footer nav aside form".split()
)


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex".split())
# A start or end tag. No "<" inside, and the name ends where the attributes start, so a
# failed match costs the characters up to the next "<" only: linear on any text.
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)(?:[\s/][^<>]*)?>")
# Elements whose text is not page text: their tags always stay, or the text would show
# (scripts and styles nested too deep are dropped whole instead).
_HIDDEN = frozenset({"title", "textarea", "template", "noscript", "select", "option", "head"})
_END_TAG_REACH = 8
# Elements inside a line of text: a dropped one leaves nothing between its words.
_INLINE_TAGS = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike "
                    "strong sub sup time tt u var".split())
_RAW_TEXT_END = {"script": re.compile(r"</script", re.IGNORECASE), "style": re.compile(r"</style", re.IGNORECASE)}


def flatten_nesting(text: str, max_depth: int, keep: frozenset[str] = frozenset()) -> str:
    """``text`` without the start and end tags of elements nested deeper than ``max_depth``
    (their text stays, at that depth), except elements named in ``keep``: what browsers
    do past their own nesting limit.

    The depth is counted from the tags as written; an end tag also closes the unclosed
    elements above it (``<p>``, ``<li>``), and elements HTML closes otherwise may be
    over-counted: at worst more tags are dropped, never text.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag name, dropped)
    depth = start = skip_to = 0
    for match in _TAG_TOKEN.finditer(text):
        if match.start() < skip_to:
            continue  # inside a script or style
        slash, name = match.groups()
        name = name.lower()
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if not slash:  # a start tag
            if name in _RAW_TEXT_END:  # script and style text may hold "<": skip to its end tag
                end = _RAW_TEXT_END[name].search(text, match.end())
                skip_to = end.start() if end else len(text)
                if depth >= max_depth:  # too deep to keep: no page text is lost with it
                    closing = text.find(">", skip_to)
                    skip_to = len(text) if closing < 0 else closing + 1
                    out.append(text[start:match.start()])
                    start = skip_to
                    continue
            dropped = depth >= max_depth and name not in keep and name not in _HIDDEN
            stack.append((name, dropped))
            depth += 1
        elif stack and stack[-1][0] == name:
            dropped = stack.pop()[1]
            depth -= 1
        else:
            # The nearest open element of that name (a few levels up at most: the ones
            # above it, such as unclosed <p>s, are closed with it, as a parser does).
            found = _open_element(stack, name)
            if found is None:
                continue  # a stray end tag: the parser deals with it
            dropped = stack[found][1]
            del stack[found:]
            depth = len(stack)
        if dropped:
            out.append(text[start:match.start()])
            out.append("" if name in _INLINE_TAGS else " ")  # a block's words stay apart from the next
            start = match.end()
    out.append(text[start:])
    return "".join(out)


def _open_element(stack: list[tuple[str, bool]], name: str) -> int | None:
    for i in range(len(stack) - 1, max(len(stack) - _END_TAG_REACH, 0) - 1, -1):
        if stack[i][0] == name:
            return i
    return None
