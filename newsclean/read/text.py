"""Plain text to blocks: one block per non-empty line, bullets marked as list items; a
line that goes on a paragraph the source broke mid-sentence (``JOIN_MIN_WORDS``) is
put on the line above it, so every reader sees the paragraph, every word kept.

The structure a dump shows is annotated on the blocks (``Block.kind`` and its fields):
bulleted lines are list items (nested by indentation), runs of aligned columns are
table rows, and ``mark_headings`` finds the subheadings among the article's lines. It
is annotation only: no line's ``text`` or ``tag`` changes, so no cleaner decides
differently. So is each line's indentation (``Block.indent``), which the line scorer
reads as layout evidence (classify.off_prose_indent).
"""
from __future__ import annotations

import re

from ..model import SENTENCE_MARKS, Block, fill_facts, without_closers

# Bullets a text renderer or a browser copy puts in front of list items.
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□►▶‣⁃∙*]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s+\D))\s*")
# The first character of every line _BULLET turns into a list item (a numbered line stays "p").
_BULLET_SIGNS = frozenset("•·▪◦●○■□►▶‣⁃∙*-–")
_HAS_WORD = re.compile(r"\w")
_SPACE_CHARS = "[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# A run of spaces folds to one plain space. Only the runs that change are matched (two or
# more characters, or one that is not a plain space): the single spaces between words are
# most of a page's runs, and replacing each with itself was two thirds of this step.
_SPACES = re.compile(f" {_SPACE_CHARS}+|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]{_SPACE_CHARS}*")


def text_to_blocks(text: str) -> list[Block]:
    """Split a text dump into blocks.

    >>> [(b.tag, b.text, b.blank_before) for b in text_to_blocks("Menu\\n  • News\\n\\nBody line.")]
    [('p', 'Menu', False), ('li', 'News', False), ('p', 'Body line.', True)]
    """
    blocks: list[Block] = []
    append = blocks.append
    blank_before = False
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    # Spaces are folded over the whole text at once (the class holds no line break), so
    # each line costs a split and a strip, not a regex of its own.
    text = _SPACES.sub(" ", raw)
    numbers: list[int] = []  # each block's line number, for the structure pass
    items: list[int] = []  # the list items' block indexes
    joined: list[str] = []  # the last block's text and the lines joined to it so far
    last_line, long_enough = "", False
    for number, line in enumerate(map(str.strip, text.split("\n"))):
        if not line:
            blank_before = True
            continue
        if not blank_before and blocks and line[0].islower() and _runs_on(last_line, long_enough) and _goes_on(line):
            # One paragraph the source broke in two: the line goes on the one above it. The
            # pieces are gathered and joined once (_flush_joined): re-joining the growing
            # paragraph at each line was quadratic on a long paragraph of short lines.
            joined.append(line)
            last_line = line
            continue
        _flush_joined(blocks, joined)
        numbers.append(number)
        tag = "p"
        # Only a line that starts with a bullet sign can become a list item; the regex
        # runs on those alone.
        if line[0] in _BULLET_SIGNS:
            bullet = _BULLET.match(line)
            # A numbered line ("1. High-Protein Meals") is a list item only when the page
            # rendered it as one; numbered subheadings read the same, so keep them as "p".
            if bullet and not bullet.group(0).strip()[:1].isdigit():
                stripped = line[bullet.end():].strip()
                if _HAS_WORD.search(stripped):
                    line, tag = stripped, "li"
                    items.append(len(blocks))
        append(Block(len(blocks), line, tag, blank_before))
        joined = [line]
        # The next line's join reads this line alone: its last character, and whether it
        # is long enough (a paragraph, once joined, stays long enough).
        last_line, long_enough = line, line.count(" ") >= JOIN_MIN_WORDS - 1
        blank_before = False
    _flush_joined(blocks, joined)
    fill_facts(blocks)
    # The structure pass reads the unfolded lines (indentation, column gaps); a page
    # with neither a list item nor a column gap skips it.
    if items or "  " in raw or "\t" in raw:
        _annotate_structure(blocks, raw, numbers, items)
    elif _INDENTED_LINE.search(raw):
        # Indentation alone (no-break or full-width spaces, or one space): the lists and
        # tables pass would read a no-break space as a column gap, so it is not run.
        _annotate_indent(blocks, raw.split("\n"), numbers)
    return blocks


# A line of at least this many words that ends in a letter, a digit or a comma runs on
# into a next line opening in lower case (no blank line between) that ends a sentence or
# runs on itself: one paragraph whose source (kept by lxml's text) broke it mid-sentence.
# Shorter lines over a lower-case line are mostly menus and labels ("Sign in" / "or"),
# and a short lower-case line that ends no sentence is a byline, a credit or a tag under
# a headline ("by Jane Doe", "imaginima/Getty Images"). On WCXB's tune dumps, 628 of the
# 1,236 pairs this joins on lxml are one passage of the true body, and 114 put a body
# line with a line outside it (without the condition on the lower line: 705, 168).
JOIN_MIN_WORDS = 9


def _runs_on(text: str, long_enough: bool | None = None) -> bool:
    """Whether a line reads as cut mid-sentence: long enough, ending in a word or a comma.
    ``long_enough`` is given when the caller knows it (a joined paragraph always is).

    >>> _runs_on("The council voted on Tuesday to approve the new budget for"), _runs_on("Sign in")
    (True, False)
    >>> _runs_on("The council voted on Tuesday to approve the new budget today.")
    False
    """
    last = text[-1]
    if not (last.isalnum() or last == ","):
        return False
    return long_enough if long_enough is not None else text.count(" ") >= JOIN_MIN_WORDS - 1


def _flush_joined(blocks: list[Block], joined: list[str]) -> None:
    """Put the lines joined to the last block on it, in one join (linear in the text)."""
    if len(joined) > 1:
        last = blocks[-1]
        blocks[-1] = Block(last.index, " ".join(joined), last.tag, last.blank_before)
    joined.clear()


def _goes_on(line: str) -> bool:
    """Whether a lower-case line continues a paragraph: it ends a sentence, or runs on.

    >>> _goes_on("coming year, officials said."), _goes_on("by Jane Doe")
    (True, False)
    """
    last = without_closers(line)[-1:]
    return (last != "" and last in SENTENCE_MARKS) or _runs_on(line)


# The characters that indent a line: every space the folding reads as one (_SPACE_CHARS),
# the no-break and the full-width space (a CJK paragraph's indent) included. Each counts
# as one, a tab too; a zero-width space is skipped but counts as nothing.
_INDENT_CHARS = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"
_INDENTED_LINE = re.compile(f"^[{_INDENT_CHARS}]", re.MULTILINE)


def _annotate_indent(blocks: list[Block], raw_lines: list[str], numbers: list[int]) -> None:
    """Set each block's ``indent`` from its first source line."""
    for block, number in zip(blocks, numbers):
        line = raw_lines[number]
        lead = line[: len(line) - len(line.lstrip(_INDENT_CHARS))]
        block.indent = len(lead) - lead.count("\u200b")


# A cell: words separated by single spaces (a tab or a wider gap ends it).
_CELL = re.compile(r"\S+(?: \S+)*")
# A table needs this many consecutive rows with the same number of cells.
_MIN_TABLE_ROWS = 3


def _annotate_structure(blocks: list[Block], raw: str, numbers: list[int], items: list[int]) -> None:
    raw_lines = raw.split("\n")  # the same lines as the folded text's: folding keeps line breaks
    _annotate_indent(blocks, raw_lines, numbers)
    group = _annotate_lists(blocks, raw_lines, numbers, items)
    _annotate_tables(blocks, raw_lines, numbers, group)


def _annotate_lists(blocks: list[Block], raw_lines: list[str], numbers: list[int], items: list[int]) -> int:
    """Consecutive list items form one list; deeper indentation nests an item.
    Returns the last list number used."""
    group, indents, previous = 0, [], -2
    for i in items:
        block = blocks[i]
        if i != previous + 1:  # a new list
            group, indents = group + 1, []
        line = raw_lines[numbers[i]]
        indent = len(line) - len(line.lstrip())
        while indents and indents[-1] > indent:
            indents.pop()
        if not indents or indents[-1] < indent:
            indents.append(indent)
        block.kind, block.group, block.depth, previous = "list_item", group, len(indents) - 1, i
    return group


def _annotate_tables(blocks: list[Block], raw_lines: list[str], numbers: list[int], group: int) -> None:
    """Runs of 3+ consecutive lines with the same number (2+) of cells, the cells split by
    tabs, or by wider gaps whose columns line up (each column starts, or ends, at the
    same place on every line). A line that only happens to hold a double space (two
    spaces after a full stop) does not line up with its neighbours, so stays prose."""
    # Only lines with a gap between two cells can be rows, and only runs of 3+ of them
    # can be a table: the cells are read for those alone (most lines of a page are not).
    gapped = {i for i, number in enumerate(numbers)
              if "  " in (line := raw_lines[number].strip()) or "\t" in line}  # a tab, or two spaces
    rows: dict[int, list[tuple[int, int]]] = {}
    for i in sorted(gapped):
        if not ({i - 2, i - 1} <= gapped or {i - 1, i + 1} <= gapped or {i + 1, i + 2} <= gapped):
            continue
        line = raw_lines[numbers[i]]
        cells = [m.span() for m in _CELL.finditer(line)]
        # (The cells joined by spaces are the block's text, unless a space the folding
        # knows but the cell pattern does not sits in the line: then it is not read.)
        if blocks[i].kind == "paragraph" and len(cells) >= 2 \
                and " ".join(line[a:b] for a, b in cells) == blocks[i].text:
            rows[i] = cells
    done = -1
    for start in sorted(rows):
        if start <= done:
            continue  # inside the run found before
        shape = _shape(rows[start], raw_lines[numbers[start]])
        end = start + 1
        while end in rows and not blocks[end].blank_before and _shape(rows[end], raw_lines[numbers[end]]) == shape:
            end += 1
        done = end - 1
        run = range(start, end)
        cells = [rows[k] for k in run]
        if len(run) < _MIN_TABLE_ROWS or _list_markers([blocks[k].text for k in run], cells) \
                or not _lines_up(cells, [raw_lines[numbers[k]] for k in run]):
            continue
        group += 1
        for k in run:
            line = raw_lines[numbers[k]]
            blocks[k].kind, blocks[k].group = "table_row", group
            blocks[k].cells = tuple(line[a:b] for a, b in rows[k])
        # A first row without figures over rows with figures is the header row.
        blocks[start].header = not blocks[start].has_digit and all(blocks[k].has_digit for k in run[1:])


# A first column of these is a list's numbers or bullets ("1.", "+"), not a table's column.
_MARKER = re.compile(r"\d{1,3}[.)]|[^\w\s]")


def _list_markers(texts: list[str], rows: list[list[tuple[int, int]]]) -> bool:
    """Whether every row's first cell is a list number or bullet (the text starts with the
    first cell: the cells joined by spaces are the text)."""
    return all(_MARKER.fullmatch(text[:row[0][1] - row[0][0]]) for text, row in zip(texts, rows))


def _shape(row: list[tuple[int, int]], line: str) -> tuple[int, bool]:
    """A row's number of cells, and whether tabs split them: a table's rows share both."""
    return len(row), "\t" in line


def _lines_up(rows: list[list[tuple[int, int]]], lines: list[str]) -> bool:
    if all("\t" in line for line in lines):
        return True
    for column in range(1, len(rows[0])):
        starts = {row[column][0] for row in rows}
        ends = {row[column][1] for row in rows}
        if len(starts) > 1 and len(ends) > 1:
            return False
    return True


# A heading is short: at most this many words.
_HEADING_MAX_WORDS = 12
# Characters a heading does not end with: a line ending in one runs on, or is a label.
_RUNS_ON = ",;:-–—/|"
# Characters of metadata and widget lines (bylines with a "|", handles, copyright, bullets).
_NOT_IN_HEADINGS = frozenset("|@©•·")
# A numbered subheading: "3. Sculpt", "10) Immune-supporting foods".
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+(\w)")


def mark_headings(blocks: list[Block]) -> None:
    """Mark as headings the short title-like lines that stand between paragraphs
    (``kind = "heading"``, level 2). Run on the article's kept lines, so that a byline,
    a date or a removed widget line is not its neighbour or itself a candidate.

    The evidence holds in any language. The line has at most 12 words, does not end
    like a sentence (a question may: "Why does it matter?") nor with a comma, colon or
    dash, and starts with a letter that is not lower case (or with a number and then
    such a letter: "3. Sculpt"). Before it stands a sentence-ending paragraph longer
    than itself, or a list or table; after it, a longer sentence-ending paragraph (of
    8+ words), or a list or table that does not end the article.

    On the 793 development pages as inscriptis dumps, 87% of the lines this marks are
    headings (or bold-only paragraphs) in the page's HTML, and it marks 57% of the
    HTML's kept headings that the dump's article keeps as lines; most of the rest stand
    next to another heading, or are headings ending in a colon.

    >>> from newsclean.model import Block
    >>> lines = ["Eight people were injured in the attack, officials said on Friday.",
    ...          "Attacks and injuries", "The attacks damaged several apartment buildings in two districts.",
    ...          "Shortly afterwards, a loud explosion was heard.", "The city was quiet on Saturday."]
    >>> blocks = [Block(i, line) for i, line in enumerate(lines)]
    >>> mark_headings(blocks)
    >>> [b.kind for b in blocks]
    ['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']
    """
    last = len(blocks) - 1
    for i in range(1, last):
        block, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if block.kind != "paragraph" or not _title_like(block):
            continue
        before_ok = _prose(before, block.word_count) or before.kind in _RUNS
        after_ok = (after.kind == "paragraph" and _prose(after, max(block.word_count, 7))) \
            or (after.kind in _RUNS and i + 2 <= last)
        if before_ok and after_ok:
            block.kind, block.level = "heading", 2


# Lists and tables: a heading may stand right after one or introduce one.
_RUNS = ("list_item", "table_row")


def _title_like(block: Block) -> bool:
    text = block.text
    if not 1 <= block.word_count <= _HEADING_MAX_WORDS or text[-1] in _RUNS_ON \
            or not _NOT_IN_HEADINGS.isdisjoint(text):
        return False
    if block.ends_like_sentence and not without_closers(text).endswith("?"):
        return False
    first = text[0]
    if first.isdigit():
        numbered = _NUMBERED.match(text)
        first = numbered.group(1) if numbered else ""
    return first.isalpha() and not first.islower()


def _prose(block: Block, shorter: int) -> bool:
    """A paragraph that ends like a sentence and has more than ``shorter`` words."""
    return block.kind in ("paragraph", "list_item", "quote") and block.ends_like_sentence \
        and block.word_count > shorter
