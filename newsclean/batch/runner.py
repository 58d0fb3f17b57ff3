"""Running extraction over many documents: in order, on worker processes, in bounded memory."""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from typing import Any, Literal, TypeVar

from ..errors import NewscleanError
from .readers import READ_ERRORS, Document, describe

T = TypeVar("T")
R = TypeVar("R")

CHUNKSIZE = 8  # documents per task sent to a worker
AHEAD = 4  # tasks queued per worker: keeps workers busy, bounds memory


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _map_chunk(func: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [func(item) for item in chunk]


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    chunksize: int = CHUNKSIZE,
    on_crash: Callable[[T, BaseException], R] | None = None,
) -> Iterator[R]:
    """``map(func, items)`` on ``jobs`` worker processes, results in input order.

    Unlike ``Pool.imap``, which reads its whole input ahead, this keeps at most
    ``jobs * AHEAD`` chunks in flight, so a corpus of any size streams through in
    bounded memory. ``func`` must be picklable (a module-level function or a partial).
    With ``jobs <= 1`` everything runs in this process.

    When a worker process dies (a crash in native code, the OOM killer), the chunk it
    was on is run again one item at a time on a fresh pool; the item that kills a
    worker again gets ``on_crash(item, exc)`` as its result (without ``on_crash`` the
    ``BrokenProcessPool`` is raised).
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    source = iter(items)
    pending: deque[tuple[Future, list[T]]] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs)

    def submit(chunk: list[T]) -> None:
        try:
            future = executor.submit(_map_chunk, func, chunk)
        except BrokenProcessPool as exc:  # broken by a chunk still queued: recovered when it is reached
            future = Future()
            future.set_exception(exc)
        pending.append((future, chunk))

    def fill() -> None:
        while len(pending) < jobs * AHEAD:
            chunk = list(islice(source, chunksize))
            if not chunk:
                break
            submit(chunk)

    try:
        fill()
        while pending:
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                if on_crash is None:
                    raise
                retry = [c for _, c in pending]
                pending.clear()
                executor.shutdown(wait=True)
                executor = ProcessPoolExecutor(max_workers=jobs)
                results = []
                for item in chunk:
                    try:
                        results.append(executor.submit(func, item).result())
                    except BrokenProcessPool as exc:
                        results.append(on_crash(item, exc))
                        executor.shutdown(wait=True)
                        executor = ProcessPoolExecutor(max_workers=jobs)
                for c in retry:
                    submit(c)
            fill()
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def error_record(doc: Document, kind: str, message: str) -> dict[str, Any]:
    return {"id": doc.id, "url": doc.url, "error": {"kind": kind, "message": message}}


def extract_document(doc: Document, *, cleaners: Sequence | None = None):
    """The Article of ``doc``, or an ``(error kind, message)`` pair; never raises on a bad page."""
    from .. import extract  # the core, imported where the work happens

    if doc.error is not None:
        return doc.error
    try:
        source = doc.load()
    except READ_ERRORS as exc:
        return ("read_error", describe(exc))
    try:
        return extract(source, url=doc.url, cleaners=cleaners, source_type=doc.source_type)
    except NewscleanError as exc:
        return ("unusable", describe(exc))
    except Exception as exc:  # a bug in the core must cost one record, not the batch
        return ("internal_error", describe(exc))


def document_record(doc: Document, *, cleaners: Sequence | None = None) -> dict[str, Any]:
    """The JSON-ready output record of one document: its article, or an ``error``."""
    result = extract_document(doc, cleaners=cleaners)
    if isinstance(result, tuple):
        return error_record(doc, *result)
    if not result.body.strip():
        return error_record(doc, "no_article", "no article text found on the page")
    fields = result.to_dict(include_removed=False)
    article_url = fields.pop("url", None)
    return {"id": doc.id, "url": doc.url or article_url, **fields}


def _crash_record(doc: Document, exc: BaseException) -> dict[str, Any]:
    return error_record(doc, "worker_crashed", f"the worker process died on this document ({describe(exc)})")


def iter_records(
    docs: Iterable[Document], *, jobs: int | None = None, cleaners: Sequence | None = None
) -> Iterator[dict[str, Any]]:
    """One record per document, in input order, on ``jobs`` processes (default: all cores)."""
    func = partial(document_record, cleaners=cleaners) if cleaners is not None else document_record
    return ordered_map(func, docs, jobs=default_jobs() if jobs is None else jobs, on_crash=_crash_record)


def _as_document(index: int, item: Any, source_type: str) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, (str, bytes)):
        return Document(id=str(index), source_type=source_type, data=item)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        return Document(id=path, source_type=source_type, path=path)
    raise TypeError(f"extract_many: item {index} is {type(item).__name__}, not str, bytes or a path")


def _article_or_error(doc: Document, *, cleaners: Sequence | None = None):
    result = extract_document(doc, cleaners=cleaners)
    if isinstance(result, tuple):
        return NewscleanError(f"{doc.id}: {result[0]}: {result[1]}")
    return result


def _crash_error(doc: Document, exc: BaseException) -> NewscleanError:
    return NewscleanError(f"{doc.id}: worker_crashed: the worker process died on this document")


def extract_many(
    sources: Iterable[Any],
    *,
    jobs: int | None = None,
    source_type: str = "auto",
    cleaners: Sequence | None = None,
    errors: Literal["raise", "return"] = "raise",
) -> Iterator[Any]:
    """``extract`` over many sources on ``jobs`` worker processes, yielding Articles in input order.

    ``sources`` is any iterable (read lazily) of what ``extract`` takes: str, bytes or a
    path (``os.PathLike``; a plain str is page content, as for ``extract``), or
    ``newsclean.batch.Document`` objects. A source that cannot be read raises
    ``NewscleanError`` at its place in the sequence; with ``errors="return"`` the
    exception object is yielded instead and the iteration goes on. ``cleaners``
    must be picklable (module-level functions or classes) when ``jobs > 1``.
    """
    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return'")
    docs = (_as_document(i, item, source_type) for i, item in enumerate(sources))
    func = partial(_article_or_error, cleaners=cleaners)
    jobs = default_jobs() if jobs is None else jobs
    for result in ordered_map(func, docs, jobs=jobs, on_crash=_crash_error):
        if isinstance(result, NewscleanError) and errors == "raise":
            raise result
        yield result
