"""The examples in docstrings are tests too."""
import doctest
import importlib

import pytest

MODULES = ["newsclean.text", "newsclean.metadata.dates", "newsclean.metadata.names"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
