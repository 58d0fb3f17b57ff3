"""The engines extract() can find an HTML page's main content with."""
from __future__ import annotations

from ..errors import NewscleanError

ENGINES = ("trafilatura", "newsclean")
# trafilatura stays the default until newsclean's engine meets issue 14's targets on
# the held-back pages (docs/engine.md has the figures).
DEFAULT_ENGINE = "trafilatura"


def check_engine(engine: object) -> str:
    """``engine`` if it is one of ENGINES; NewscleanError otherwise.

    >>> check_engine("newsclean")
    'newsclean'
    >>> check_engine("boilerpipe")
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: unknown engine 'boilerpipe': one of trafilatura, newsclean
    """
    if not isinstance(engine, str) or engine not in ENGINES:
        raise NewscleanError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    return engine
