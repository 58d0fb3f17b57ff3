"""Cleaners declare the inputs they apply to, and the chain runner honours it (issue 13):
no cleaner tests ``page.source_type`` to leave a page alone."""
import inspect
import re

import pytest

from newsclean.model import Block, Page
from newsclean.cleaners import DEFAULT_CLEANERS, cleaner, line_cleaner
from newsclean.fields import Metadata
from newsclean.pipeline import run_chain


@cleaner(inputs=("html",))
def every_line_of_html(page):
    """Removes every line of an HTML page."""
    for block in page.kept():
        yield block, "html only"


def every_line(page):  # a plain function: no inputs declared, so every page
    for block in page.kept():
        yield block, "all"


def removed_by(source_type, chain):
    page = Page([Block(0, "One line."), Block(1, "Another line.")], source_type, Metadata())
    run_chain(page, chain)
    return [b.removed_by for b in page.blocks]


def test_the_chain_runs_a_cleaner_only_on_the_inputs_it_declares():
    assert every_line_of_html.inputs == ("html",)
    assert every_line_of_html.__doc__ == "Removes every line of an HTML page."
    assert removed_by("html", [every_line_of_html]) == ["every_line_of_html"] * 2
    assert removed_by("text", [every_line_of_html]) == [None, None]
    assert removed_by("text", [every_line_of_html, every_line]) == ["every_line"] * 2
    shouts = line_cleaner("shouts", re.compile(r"^[A-Z ]+$"), "shouting", inputs=("text",))
    page = Page([Block(0, "LOUD NEWS")], "html", Metadata())
    run_chain(page, [shouts])
    assert page.blocks[0].removed_by is None and shouts.inputs == ("text",)
    # On the whole chain: a text-only region rule and an HTML-only markup rule.
    by_name = {c.name: c for c in DEFAULT_CLEANERS}
    assert by_name["text_region"].inputs == ("text",) and by_name["footer_sections"].inputs == ("html",)


def test_an_unknown_input_is_refused_when_the_cleaner_is_made():
    with pytest.raises(ValueError, match="inputs"):
        cleaner(inputs=("pdf",))(every_line)


def test_no_default_cleaner_tests_the_source_type_to_leave_a_page_alone():
    guards = re.compile(r"if page\.source_type\s*[!=]=\s*\"\w+\"[^:]*:\s*\n\s*return")
    for item in DEFAULT_CLEANERS:
        module = inspect.getmodule(item.func)
        assert not guards.search(inspect.getsource(module)), module.__name__
