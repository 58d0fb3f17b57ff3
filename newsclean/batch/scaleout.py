"""Running newsclean on a Dask cluster: a ``dask.bag`` of output records. Needs the ``dask`` extra."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .readers import expand_inputs, iter_documents
from .runner import document_record


def path_records(path: str, cleaners: Sequence | None = None, **options: Any) -> list[dict[str, Any]]:
    """The records of every document in one file (a page, a WARC or a JSONL file), in order.

    ``options`` are ``document_record``'s, as ``newsclean batch`` takes them: ``format``
    ("text" or "markdown"), ``explain``, ``blocks`` and ``max_bytes``.
    """
    return [document_record(doc, cleaners=cleaners, **options) for doc in iter_documents([path])]


def dask_records(inputs: Iterable[str], *, npartitions: int | None = None, cleaners: Sequence | None = None,
                 **options: Any):
    """A ``dask.bag`` of the same records ``newsclean batch`` writes, one file per task.

    ``inputs`` are files and directories as for the CLI; directories are listed here,
    on the client, so every worker must see the same paths (a shared file system).
    ``records.compute()`` gives the records in input order, ``records.map(json.dumps)
    .to_textfiles("out/*.jsonl")`` writes them from the workers. ``options`` are
    ``path_records``' (``format``, ``explain``, ``blocks``, ``max_bytes``).
    """
    import dask.bag as db

    paths = [item.path for item in expand_inputs(inputs)]
    if npartitions is None:
        npartitions = max(1, min(len(paths), 100))
    return db.from_sequence(paths, npartitions=npartitions).map(path_records, cleaners=cleaners, **options).flatten()
