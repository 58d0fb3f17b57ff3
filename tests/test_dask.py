"""newsclean on a local Dask cluster of two worker processes gives the serial records."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import newsclean  # noqa: E402
from newsclean.batch import dask_records, iter_documents, iter_records  # noqa: E402

from batch_corpus import article_html, make_corrupt, make_jsonl, make_tree, make_warc  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_bag_records_equal_the_serial_ones(tmp_path, client):
    make_tree(tmp_path / "tree")
    make_warc(tmp_path / "crawl.warc")
    make_jsonl(tmp_path / "docs.jsonl")
    make_corrupt(tmp_path / "corrupt")
    inputs = [str(tmp_path / name) for name in ("tree", "crawl.warc", "docs.jsonl", "corrupt")]

    serial = list(iter_records(iter_documents(inputs), jobs=1))
    records = dask_records(inputs, npartitions=4)
    assert records.npartitions > 1
    distributed_records = records.compute()
    assert distributed_records == serial
    assert len({r["id"] for r in serial}) == len(serial) == 17
    # The work really ran on both worker processes.
    assert len(client.run(lambda: 1)) == 2


def test_article_travels_between_processes(client):
    page = article_html(5)
    article = client.submit(newsclean.extract, page, source_type="html").result()
    assert article == newsclean.extract(page, source_type="html")
