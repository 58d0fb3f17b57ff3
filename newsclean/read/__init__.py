"""Input to blocks, with no content decisions: the source read and decoded (source.py), a
text dump split into lines (text.py), an HTML page parsed within bounds (html_parse.py,
html_bounds.py) and its main content as blocks with their context (html.py)."""
