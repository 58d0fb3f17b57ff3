"""newsclean's own HTML engine: the parsed page cut into blocks, each block scored by a
learned model, the boilerplate kept as explained removals.

    choice.py      the engine names extract() accepts
    segment.py     the tree -> blocks in reading order, with their markup evidence
    features.py    blocks -> feature rows by name (BLOCK_FEATURES, TEXT_FEATURES)
    columns.py     those rows kept by column, made into floats a slice at a time
    model.py       the two-stage scorer (newsclean/data/engine.json), evaluated with numpy
    page.py        a page through it: blocks kept or removed (with the reason), unsure or not
    vocabulary.py  the few words it reads, in several languages

``html.html_to_page(..., engine="newsclean")`` calls ``page.engine_page_blocks``; where
the model is unsure of a page (it keeps almost nothing, or too much of its text is
scored near the threshold) trafilatura is asked instead. See docs/engine.md.
"""
from .choice import DEFAULT_ENGINE, ENGINES, check_engine

__all__ = ["DEFAULT_ENGINE", "ENGINES", "check_engine"]
