"""Memory on pages of many tiny elements (issue 12; docs/robustness.md): the engine
merges a wide table row a chunk of cells at a time, and keeps no state for merged cells.
Counted, never timed."""
from __future__ import annotations

from newsclean.engine import segment as segment_module
from newsclean.engine.segment import ROW_CHUNK_CELLS, segment
from newsclean.read.html_parse import parse_html


def _body(page: str):
    return parse_html(page).find("body")


def _states_resolved(monkeypatch) -> list[int]:
    """The number of element states given class kinds after each walk."""
    counts: list[int] = []
    real = segment_module._resolve_classes

    def counted(states):
        counts.append(len(states))
        return real(states)

    monkeypatch.setattr(segment_module, "_resolve_classes", counted)
    return counts


def test_a_row_of_unclosed_cells_is_merged_a_chunk_at_a_time(monkeypatch):
    """One row of 1,050 unclosed <td>s: before, one block of all the cells, every cell's
    Block and state alive until the row closed (1,050 states resolved); now rows of
    ROW_CHUNK_CELLS cells in order, and only the states of the kept blocks resolved."""
    counts = _states_resolved(monkeypatch)
    seg = segment(_body("<html><body><table><tr>" + "".join(f"<td>c{i}" for i in range(1050)) + "</table></body></html>"))
    assert [b.kind for b in seg.blocks] == ["table_row"] * 11
    assert [len(b.cells) for b in seg.blocks] == [ROW_CHUNK_CELLS] * 10 + [50]
    assert [cell for b in seg.blocks for cell in b.cells] == [f"c{i}" for i in range(1050)]
    assert all(b.text == " ".join(b.cells) for b in seg.blocks)
    assert seg.owner_tags == ["tr"] * 11
    # One state per kept block (its first cell's) and the few above the row, not 1,050.
    assert counts == [11 + 3]  # (+ <body>, <table> and <tr>)


def test_a_narrow_table_keeps_one_block_per_row_and_drops_the_merged_cells_states(monkeypatch):
    counts = _states_resolved(monkeypatch)
    rows = "".join(f"<tr><td>a{i}</td><th>b{i}</th><td>c{i}</td></tr>" for i in range(300))
    seg = segment(_body(f"<html><body><table>{rows}</table></body></html>"))
    assert [b.cells for b in seg.blocks] == [(f"a{i}", f"b{i}", f"c{i}") for i in range(300)]
    assert not any(b.header for b in seg.blocks)
    # Each row's state and its first cell's, and those above the table; before, every
    # cell's as well (1,202).
    assert counts == [2 * 300 + 2]  # (+ <body> and <table>)


def test_a_wide_row_whose_cells_hold_paragraphs_is_never_merged():
    """As for a narrow row: a cell holding a paragraph makes the row a layout, its blocks
    stay apart, even past ROW_CHUNK_CELLS blocks."""
    cells = "".join(f"<td><p>paragraph {i}</p><p>more {i}</p></td>" for i in range(ROW_CHUNK_CELLS))
    seg = segment(_body(f"<html><body><table><tr>{cells}</tr></table></body></html>"))
    assert len(seg.blocks) == 2 * ROW_CHUNK_CELLS
    assert all(b.kind != "table_row" for b in seg.blocks)


def test_a_cell_closing_two_blocks_keeps_its_state_when_its_row_is_merged():
    """A first cell that closes two blocks (text, an empty <div>, text), in a row of as
    many cells as blocks, is merged with its row, and the row keeps the class kinds read
    from that cell's state (the merged cells' states are dropped, never the kept one)."""
    page = ('<html><body><table class="comments"><tr><td class="byline">a<div></div>b</td>'
            '<td>c</td><td></td></tr></table></body></html>')
    seg = segment(_body(page))
    assert [b.cells for b in seg.blocks] == [("a", "b", "c")]
    assert seg.classes[0] != 0  # the class kinds of the first cell's ancestors were read


def test_a_wide_row_with_a_paragraph_in_a_late_cell_is_not_merged_at_all():
    """One decision per row: 150 plain cells, the 120th holding a paragraph, is a layout
    row as a narrow row with a paragraph is: every cell its own block. Before, the first
    100 cells were merged into one table_row and the other 50 left apart."""
    cells = "".join(f"<td><p>paragraph {i}</p></td>" if i == 120 else f"<td>c{i}</td>" for i in range(150))
    seg = segment(_body(f"<html><body><table><tr>{cells}</tr></table></body></html>"))
    assert [b.text for b in seg.blocks] == [f"paragraph {i}" if i == 120 else f"c{i}" for i in range(150)]
    assert all(b.kind != "table_row" for b in seg.blocks)


def test_text_beside_the_cells_of_a_wide_row_keeps_it_apart():
    cells = "".join(f"<td>c{i}</td>" for i in range(ROW_CHUNK_CELLS)) + "stray words" + "<td>last</td>"
    seg = segment(_body(f"<html><body><table><tr>{cells}</tr></table></body></html>"))
    assert all(b.kind != "table_row" for b in seg.blocks)
    assert [b.text for b in seg.blocks][-2:] == ["stray words", "last"]


def test_a_wide_row_takes_one_header_flag_for_all_its_chunks():
    """100 <th> then 50 <td>: not a header row (not every cell a th), in both chunks.
    Before, the first chunk, all <th>, was flagged a header row and the second not. A
    row of 150 <th>s is a header row in both chunks."""
    mixed = "".join(f"<th>h{i}</th>" for i in range(100)) + "".join(f"<td>d{i}</td>" for i in range(50))
    seg = segment(_body(f"<html><body><table><tr>{mixed}</tr></table></body></html>"))
    assert [(len(b.cells), b.header) for b in seg.blocks] == [(100, False), (50, False)]
    headers = "".join(f"<th>h{i}</th>" for i in range(150))
    seg = segment(_body(f"<html><body><table><tr>{headers}</tr></table></body></html>"))
    assert [(len(b.cells), b.header) for b in seg.blocks] == [(100, True), (50, True)]
