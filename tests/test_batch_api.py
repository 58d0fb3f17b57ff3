"""`newsclean.extract_many` and the batch runner from Python."""
from __future__ import annotations

import os
import pickle

import pytest

import newsclean
from newsclean.batch import Document, extract_many, iter_documents, iter_records
from newsclean.batch.pool import ordered_map
from newsclean.errors import NewscleanError

from batch_corpus import article_html, article_plain, make_jsonl, make_tree


def test_extract_many_keeps_input_order_on_two_jobs():
    pages = [article_html(n) for n in range(12)] + [article_plain(40).encode()]
    serial = list(extract_many(pages, jobs=1))
    parallel = list(newsclean.extract_many(iter(pages), jobs=2))
    assert [a.to_dict() for a in parallel] == [a.to_dict() for a in serial]
    for n, article in enumerate(serial[:12]):
        assert f"Report {n}.0." in article.body
    assert serial[12].source_type == "text"


def test_extract_many_reads_paths_and_reports_unreadable_ones(tmp_path):
    make_tree(tmp_path)
    sources = [tmp_path / "a" / "one.html", tmp_path / "missing.html", tmp_path / "four.txt"]
    with pytest.raises(NewscleanError):
        list(extract_many(sources, jobs=1))
    results = list(extract_many(sources, jobs=2, errors="return"))
    assert "Report 1.0." in results[0].body
    assert isinstance(results[1], NewscleanError) and "missing.html" in str(results[1])
    assert "Report 4.0." in results[2].body


def test_article_pickles():
    article = next(extract_many([article_html(3)], jobs=1))
    assert pickle.loads(pickle.dumps(article)) == article


def test_documents_are_streamed_lazily(tmp_path):
    """The runner pulls documents as it goes: an endless input still gives its first records."""
    def endless():
        n = 0
        while True:
            yield Document(id=f"doc{n}", source_type="html", data=article_html(n))
            n += 1

    records = iter_records(endless(), jobs=2)
    first = [next(records) for _ in range(20)]
    records.close()
    assert [r["id"] for r in first] == [f"doc{n}" for n in range(20)]


def test_iter_documents_order_and_kinds(tmp_path):
    ids = make_jsonl(tmp_path / "docs.jsonl")
    docs = list(iter_documents([str(tmp_path / "docs.jsonl")]))
    assert [d.id for d in docs] == ids
    assert [d.source_type for d in docs[:3]] == ["html", "text", "text"]
    assert docs[3].error[0] == "bad_record"


def square_or_die(n: int) -> int:
    if n == 13:
        os._exit(3)  # a worker killed mid-task, as by a segfault in native code or the OOM killer
    return n * n


def test_a_dying_worker_costs_one_result_not_the_batch():
    results = list(ordered_map(square_or_die, range(40), jobs=2, on_failure=lambda n, failure: (-n, failure)))
    assert [r if isinstance(r, int) else r[0] for r in results] == [-13 if n == 13 else n * n for n in range(40)]
    failure = results[13][1]
    assert failure.kind == "worker_crashed" and "exit status 3" in failure.message
