"""The candidates a field reader lists as lost (Article.sources) are slotted: a page of
many <h1>s lists 100 of them, and each carried a 296-byte __dict__ (issue 12, memory).
Counted by what each object holds, never measured."""
from __future__ import annotations

import pickle

from newsclean.fields import Candidate
from newsclean.read.html import html_to_page


def test_the_lost_candidates_of_a_page_have_no_dict_and_survive_pickling():
    page = "<html><body>" + "".join(f"<h1>Headline number {i}</h1><p>Short text {i}.</p>" for i in range(300)) + \
        "</body></html>"
    sources = html_to_page(page).metadata.sources
    lost = [c for source in sources.values() for c in source.rejected]
    assert len(lost) >= 100 and all(isinstance(c, Candidate) for c in lost)
    assert not any(hasattr(c, "__dict__") for c in lost)
    # Batch workers send Articles, their sources included, to the parent.
    assert pickle.loads(pickle.dumps(lost)) == lost
