"""Modules of the package use each other's public names only (issue 13): a helper two
field readers share has a public name in one place (metadata/html_page.py), instead of
one reader importing another's private ``_is_site``."""
import ast
from pathlib import Path

import newsclean

PACKAGE = Path(newsclean.__file__).parent


def test_no_module_imports_a_private_name_of_another_package_module():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("newsclean")):
                found += [f"{path.relative_to(PACKAGE)}: {alias.name}" for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert found == []


def test_one_word_key_for_blocks_elements_and_titles():
    from newsclean.model import Block, words_key
    from newsclean.fields.html_title import norm

    text = "Straße: Council approves budget — live!"
    assert Block(0, text).normalized == words_key(text) == norm(text) == "straße council approves budget live"


def test_no_module_rebuilds_the_word_key_inline():
    # words_key (newsclean/model.py) is the one normaliser; an inline copy elsewhere drifts
    # (html_title's casefold did). The comment in model.py that defines it is allowed.
    inline = '" ".join(re.findall(r"\\w+"'
    found = [str(p.relative_to(PACKAGE)) for p in sorted(PACKAGE.rglob("*.py"))
             if p.name != "model.py" and inline in p.read_text(encoding="utf-8")]
    assert found == []


def test_each_window_constant_says_what_it_bounds():
    # Two modules had a private _WINDOW of different sizes (250 and 300): the headline's
    # lines and the byline/date lines are now named for what they bound.
    from newsclean.fields import text_byline_parse, text_field_window, text_title

    # (Their values are tested by behaviour: a headline under a long menu is found in
    # tests/test_metadata_text.py.)
    assert isinstance(text_title.TITLE_LINES, int) and isinstance(text_field_window.FIELD_LINES, int)
    assert not hasattr(text_title, "_WINDOW") and not hasattr(text_field_window, "_WINDOW")
    assert not hasattr(text_byline_parse, "_GLUED_LABEL")  # it is _LABEL_GLUED_AFTER_NAME now
