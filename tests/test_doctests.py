"""The examples in docstrings are tests too: every module of the installed newsclean
package runs its examples here, and these tests check that nothing hides them."""
import doctest
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import newsclean
from newsclean.cleaners import share
from newsclean.cleaners.duplicates import repeated_paragraphs
from newsclean.cleaners.footer import copyright_lines


def _modules() -> list[str]:
    # __main__ modules run the CLI when imported.
    return [m.name for m in pkgutil.walk_packages(newsclean.__path__, "newsclean.") if not m.name.endswith("__main__")]


@pytest.mark.parametrize("name", _modules())
def test_module_examples_pass(name):
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(module):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_examples_are_run_at_all():
    """Guards the test above against finding nothing (it would pass on every module)."""
    attempted = 0
    for name in _modules():
        attempted += sum(len(t.examples) for t in doctest.DocTestFinder().find(importlib.import_module(name)))
    assert attempted >= 30


def test_every_module_with_examples_has_them_found():
    """A module whose source holds ">>>" yields doctests (wrapped cleaners included)."""
    missing = []
    for name in _modules():
        module = importlib.import_module(name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        if ">>>" not in source:
            continue
        found = sum(len(t.examples) for t in doctest.DocTestFinder().find(module))
        if found < source.count(">>>"):
            missing.append(f"{name}: {found} of {source.count('>>>')} examples found")
    assert not missing, missing


def test_cleaner_keeps_the_functions_identity():
    assert share.share_widgets.__doc__.lstrip().startswith("Lines made only of share-widget words")
    assert share.share_widgets.__name__ == "share_widgets"
    assert share.share_widgets.__module__ == "newsclean.cleaners.share"
    assert list(inspect.signature(share.share_widgets).parameters) == ["page"]
    assert "share-widget words" in (inspect.getdoc(share.share_widgets) or "")
    # A line cleaner is written in its own module, with its own doc.
    assert copyright_lines.__module__ == "newsclean.cleaners.footer"
    assert copyright_lines.__doc__ and "All Rights Reserved" in copyright_lines.__doc__


def test_the_wrapped_cleaners_example_runs():
    tests = doctest.DocTestFinder().find(repeated_paragraphs, "repeated_paragraphs",
                                         globs=vars(importlib.import_module("newsclean.cleaners.duplicates")))
    runner = doctest.DocTestRunner()
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_benchmark_scoring_examples_run():
    """The split rule, the scoring module and the language candidates of benchmarks/ carry examples too."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `benchmarks` beside the tests
    for name in ("benchmarks.splits", "benchmarks.metrics", "benchmarks.language"):
        result = doctest.testmod(importlib.import_module(name))
        assert result.attempted > 0 and result.failed == 0, name
