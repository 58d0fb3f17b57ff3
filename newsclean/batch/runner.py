"""Running extraction over many documents: in order, on worker processes, in bounded memory."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any, Literal

from ..errors import InputTooLargeError, NewscleanError
from ..engine.choice import DEFAULT_ENGINE, check_engine
from ..read.source import DEFAULT_MAX_BYTES
from .pool import Failure, ordered_map
from .readers import READ_ERRORS, Document, describe

DEFAULT_TIMEOUT = 60.0  # seconds per document; a normal page takes well under one
DEFAULT_MAX_MEMORY_MB = 2048  # per worker, beyond what it holds after loading the libraries


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def load_core() -> None:
    """Load what extraction uses, in a new worker, before its time and memory limits start.

    Each path (HTML, a text dump, bytes in an undeclared encoding) is run once, so the
    libraries they import lazily are loaded here: numpy's OpenBLAS, for one, aborts the
    process when it cannot reserve its buffers under an address-space limit.
    """
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one worker per core already: no thread pools in them
    from .. import extract

    sentences = "A sentence of warm-up text, long enough to be read as prose. " * 12
    extract("<html><body><article><h1>Warm-up</h1><p>" + sentences + "</p></article></body></html>")
    extract("Warm-up\n\nBy A. Writer\n\n" + sentences + "\n\n" + sentences)
    extract(("Caf\u00e9 " + sentences).encode("cp1252"))


def error_record(doc: Document, kind: str, message: str) -> dict[str, Any]:
    return {"id": doc.id, "url": doc.url, **doc.origin_fields(), "error": {"kind": kind, "message": message}}


def extract_document(doc: Document, *, cleaners: Sequence | None = None, max_bytes: int | None = None,
                     engine: str = DEFAULT_ENGINE):
    """The Article of ``doc``, or an ``(error kind, message)`` pair; never raises on a bad page.

    MemoryError is let through: the worker reports it (kind ``out_of_memory``) and is replaced.
    """
    from .. import extract  # the core, imported where the work happens

    if doc.error is not None:
        return doc.error
    cap = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    try:
        source = doc.load(cap)
    except MemoryError:
        raise
    except InputTooLargeError as exc:
        return ("too_large", describe(exc, with_type=False))
    except NewscleanError as exc:
        return ("read_error", describe(exc, with_type=False))
    except READ_ERRORS as exc:
        return ("read_error", describe(exc))
    try:
        return extract(source, url=doc.url, cleaners=cleaners, source_type=doc.source_type, max_bytes=cap,
                       engine=engine)
    except MemoryError:
        raise
    except InputTooLargeError as exc:
        return ("too_large", describe(exc, with_type=False))
    except NewscleanError as exc:
        return ("unusable", describe(exc))
    except Exception as exc:  # a bug in the core must cost one record, not the batch
        return ("internal_error", describe(exc))


RECORD_FORMATS = ("text", "markdown")


def document_record(
    doc: Document, *, cleaners: Sequence | None = None, max_bytes: int | None = None,
    format: str = "text", explain: bool = False, blocks: bool = False, engine: str = DEFAULT_ENGINE,
) -> dict[str, Any]:
    """The JSON-ready output record of one document: its article, or an ``error``.

    Every record has the article's fields with the body as plain text (``body``);
    ``format="markdown"`` adds ``markdown`` (the body as markdown, without the title,
    which is the record's ``title``), ``explain`` adds ``removed`` and ``sources``,
    ``blocks`` adds ``blocks`` (see Article.to_dict)."""
    if format not in RECORD_FORMATS:
        raise ValueError(f"format must be one of {', '.join(RECORD_FORMATS)}, not {format!r}")
    result = extract_document(doc, cleaners=cleaners, max_bytes=max_bytes, engine=engine)
    if isinstance(result, tuple):
        return error_record(doc, *result)
    if not result.body.strip():
        return error_record(doc, "no_article", "no article text found on the page")
    fields = result.to_dict(include_removed=explain, include_blocks=blocks, include_sources=explain)
    if format == "markdown":
        fields["markdown"] = result.to_markdown()
    article_url = fields.pop("url", None)
    return {"id": doc.id, "url": doc.url or article_url, **doc.origin_fields(), **fields}


def _failure_record(doc: Document, failure: Failure) -> dict[str, Any]:
    return error_record(doc, failure.kind, failure.message)


def iter_records(
    docs: Iterable[Document],
    *,
    jobs: int | None = None,
    cleaners: Sequence | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    max_bytes: int | None = None,
    format: str = "text",
    explain: bool = False,
    blocks: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> Iterator[dict[str, Any]]:
    """One record per document, in input order, on ``jobs`` processes (default: all cores).

    A document over ``timeout`` seconds, or over ``max_memory_mb`` MB, or whose worker
    dies, becomes an error record (``timeout``, ``out_of_memory``, ``worker_crashed``);
    its worker is replaced and the batch goes on. ``None`` or 0 switches a limit off;
    with ``jobs=1`` and no limits everything runs in this process.
    ``max_bytes`` is the core's input size cap (None: the core's default).
    ``format``, ``explain`` and ``blocks`` choose the record's fields (document_record);
    ``engine`` is ``extract``'s (what finds an HTML page's main content).
    """
    if format not in RECORD_FORMATS:  # here, not in a worker: a wrong call fails at once
        raise ValueError(f"format must be one of {', '.join(RECORD_FORMATS)}, not {format!r}")
    check_engine(engine)
    func = partial(document_record, cleaners=cleaners, max_bytes=max_bytes, format=format, explain=explain,
                   blocks=blocks, engine=engine)
    return ordered_map(
        func, docs, jobs=default_jobs() if jobs is None else jobs, timeout=timeout,
        max_memory_mb=max_memory_mb, on_failure=_failure_record, warmup=load_core,
    )


def _as_document(index: int, item: Any, source_type: str) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, (str, bytes)):
        return Document(id=str(index), source_type=source_type, data=item)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        return Document(id=path, source_type=source_type, path=path)
    return Document(
        id=str(index),
        error=("unusable", f"item {index} is {type(item).__name__}, not str, bytes or a path"),
    )


def _article_or_error(doc: Document, *, cleaners: Sequence | None = None, max_bytes: int | None = None,
                      engine: str = DEFAULT_ENGINE):
    result = extract_document(doc, cleaners=cleaners, max_bytes=max_bytes, engine=engine)
    if isinstance(result, tuple):
        return NewscleanError(f"{doc.id}: {result[0]}: {result[1]}")
    return result


def _failure_error(doc: Document, failure: Failure) -> NewscleanError:
    return NewscleanError(f"{doc.id}: {failure.kind}: {failure.message}")


def extract_many(
    sources: Iterable[Any],
    *,
    jobs: int | None = None,
    source_type: str = "auto",
    cleaners: Sequence | None = None,
    errors: Literal["raise", "return"] = "raise",
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    max_bytes: int | None = None,
    engine: str = DEFAULT_ENGINE,
) -> Iterator[Any]:
    """``extract`` over many sources on ``jobs`` worker processes, yielding Articles in input order.

    ``sources`` is any iterable (read lazily) of what ``extract`` takes: str, bytes or a
    path (``os.PathLike``; a plain str is page content, as for ``extract``), or
    ``newsclean.batch.Document`` objects. A source that cannot be read (or is not a
    source at all, such as ``None``) raises ``NewscleanError`` at its place in the
    sequence; with ``errors="return"`` the exception object is yielded instead and
    the iteration goes on.

    ``timeout`` (seconds per source, default 60) and ``max_memory_mb`` (per worker,
    default 2048) stop a source that runs away: it gives a ``NewscleanError`` whose
    message names ``timeout``, ``out_of_memory`` or ``worker_crashed``, and the run goes
    on. Limits need worker processes, so ``cleaners`` must be picklable (module-level
    functions or classes) unless ``jobs=1, timeout=None, max_memory_mb=None``.
    ``engine`` is ``extract``'s: "trafilatura" (default) or "newsclean" (docs/engine.md).
    """
    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return'")
    check_engine(engine)
    docs = (_as_document(i, item, source_type) for i, item in enumerate(sources))
    func = partial(_article_or_error, cleaners=cleaners, max_bytes=max_bytes, engine=engine)
    jobs = default_jobs() if jobs is None else jobs
    results = ordered_map(
        func, docs, jobs=jobs, timeout=timeout, max_memory_mb=max_memory_mb,
        on_failure=_failure_error, warmup=load_core,
    )
    for result in results:
        if isinstance(result, NewscleanError) and errors == "raise":
            results.close()
            raise result
        yield result
