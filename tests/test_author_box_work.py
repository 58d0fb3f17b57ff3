"""Work of the unlabelled author box on pages of many short lines (issue 12;
docs/robustness.md). Counted, never timed."""
from __future__ import annotations

from newsclean.fields import html_author_box
from newsclean.fields.html_page import shared_headlines
from newsclean.read.html_parse import parse_html


def test_the_bio_box_asks_no_name_of_short_lines_that_begin_alike(monkeypatch):
    """Counting work: lines such as "cell 1" / "cell 2" begin the next line with the same
    first word, which let every one of them through to clean_names (72,000 calls on 1 MB
    of table cells). A line is now asked about only when a following line reads as a
    biography that begins with it."""
    calls: list[str] = []
    real = html_author_box.clean_names

    def counted(value, sites, strict=False):
        calls.append(value)
        return real(value, sites, strict)

    monkeypatch.setattr(html_author_box, "clean_names", counted)
    page = ("<html><body><h1>Headline</h1><table><tr>" + "".join(f"<td>cell {i}" for i in range(300))
            + "</table><p>Jane Doe</p><p>Jane is a reporter who covers the city council and her neighbourhood.</p>"
            + "</body></html>")
    tree = parse_html(page)
    with shared_headlines(tree):
        found = html_author_box.labelled_author_box(tree, [])
    assert found == ["Jane Doe"]
    assert not any(value.startswith("cell") for value in calls)
