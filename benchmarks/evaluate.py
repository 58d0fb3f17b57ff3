"""Quality evaluation: every system on every input of every page, scored, in a process pool.

One task is one page: it is read, rendered by each text renderer, and handed to every
system, so all systems always see the very same inputs.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import time
import warnings
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

from benchmarks import metrics
from benchmarks.data import load_page
from benchmarks.render import available_renderers, wrap_text_as_html
from benchmarks.systems import AUTHOR, DATE, TITLE, Output, System, load_systems


class DocumentTimeout(Exception):
    """A system took longer than the per-document limit on one input."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout after ``seconds`` (SIGALRM: main thread, POSIX only).

    A hang inside C code is only interrupted when control comes back to Python; the
    limit still catches the usual pathological regex or tree walk.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def _raise(signum, frame):  # noqa: ANN001 - signal handler signature
        raise DocumentTimeout(f"over {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Record:
    """The scores of one system on one input of one page."""

    page_id: str
    input: str  # "html" or "text:<renderer>"
    system: str
    precision: float
    recall: float
    f1: float
    empty: bool
    failure: str | None  # exception type (or "timeout") when the system failed
    seconds: float  # wall time in the pool (noisy when the machine is shared)
    cpu_seconds: float  # this process's CPU time for the call: what it costs on an idle core
    with_found: int
    with_total: int
    without_absent: int
    without_total: int
    title: bool | None  # None: not judged (system gives no title, or truth has none)
    author: bool | None
    author_wrong: bool | None  # truth has no author: did the system still name one?
    date: bool | None


_STATE: dict[str, object] = {}


def init_worker(system_names: tuple[str, ...], renderer_names: tuple[str, ...], data: str, timeout: float,
                with_html: bool = True) -> None:
    """Load the systems once per worker process, and quiet the peers' logging."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    systems, _ = load_systems(system_names)
    renderers, _ = available_renderers(renderer_names)
    _STATE.update(systems=systems, renderers=renderers, data=Path(data), timeout=timeout, with_html=with_html)


def evaluate_page(page_id: str) -> list[Record]:
    """All records of one page (runs in a worker; needs init_worker first)."""
    page = load_page(_STATE["data"], page_id)  # type: ignore[arg-type]
    systems: dict[str, System] = _STATE["systems"]  # type: ignore[assignment]
    inputs: list[tuple[str, str, str]] = [("html", "html", page.html)] if _STATE["with_html"] else []
    for name, render in _STATE["renderers"].items():  # type: ignore[union-attr]
        try:
            dump = render(page.html)
        except Exception:  # noqa: BLE001 - a renderer failing gives an empty dump
            dump = ""
        inputs.append((f"text:{name}", "text", dump))
    records = []
    for input_name, kind, source in inputs:
        wrapped = wrap_text_as_html(source) if kind == "text" else source
        for name, system in systems.items():
            given = source if kind == "html" or system.reads_text else wrapped
            records.append(_run_one(page, input_name, kind, given, system))
    return records


def _run_one(page, input_name: str, kind: str, source: str, system: System) -> Record:  # noqa: ANN001
    failure = None
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        with time_limit(_STATE["timeout"]):  # type: ignore[arg-type]
            out = system.extract(source, page.url, kind)
    except DocumentTimeout:
        out, failure = Output(), "timeout"
    except Exception as exc:  # noqa: BLE001 - a peer's crash counts as an empty output
        out, failure = Output(), type(exc).__name__
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if not isinstance(out.body, str) or not isinstance(out.title, (str, type(None))):
        out, failure = Output(), failure or "output of the wrong type"
    try:
        return score(page, input_name, system, out, failure, seconds, cpu)
    except Exception as exc:  # noqa: BLE001 - an odd output must not stop an hour-long run
        failure = f"unscorable output ({type(exc).__name__}: {exc})"
        return score(page, input_name, system, Output(), failure, seconds, cpu)


def score(page, input_name: str, system: System, out: Output, failure: str | None, seconds: float,
          cpu_seconds: float = 0.0) -> Record:  # noqa: ANN001
    """Score one output against the page's truth."""
    truth = page.truth
    prf = metrics.body_prf(out.body, truth.body)
    joined = " ".join(metrics.tokens(out.body))
    found = [metrics.contains_snippet(joined, s) for s in truth.with_snippets]
    leaked = [metrics.contains_snippet(joined, s) for s in truth.without_snippets]
    # Fields a system does not output are not judged.
    fields = metrics.judge_fields(out.title, out.authors, out.date, truth.title, truth.author, truth.date)
    return Record(
        page_id=page.page_id,
        input=input_name,
        system=system.name,
        precision=prf.precision,
        recall=prf.recall,
        f1=prf.f1,
        empty=not metrics.tokens(out.body),
        failure=failure,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        with_found=sum(1 for f in found if f),
        with_total=sum(1 for f in found if f is not None),
        without_absent=sum(1 for f in leaked if f is False),
        without_total=sum(1 for f in leaked if f is not None),
        title=fields.title if TITLE in system.fields else None,
        author=fields.author if AUTHOR in system.fields else None,
        author_wrong=fields.author_wrong if AUTHOR in system.fields else None,
        date=fields.date if DATE in system.fields else None,
    )


def run_quality(
    ids: list[str], data: Path, system_names: tuple[str, ...], renderer_names: tuple[str, ...],
    processes: int, timeout: float, with_html: bool = True,
) -> list[Record]:
    """Evaluate every page in a pool of ``processes`` workers; progress goes to stderr."""
    records: list[Record] = []
    args = (system_names, renderer_names, str(data), timeout, with_html)
    start = time.monotonic()
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(processes, initializer=init_worker, initargs=args) as pool:
        for done, page_records in enumerate(pool.imap_unordered(evaluate_page, ids), 1):
            records.extend(page_records)
            if done % 25 == 0 or done == len(ids):
                print(f"  quality: {done}/{len(ids)} pages, {time.monotonic() - start:.0f}s", file=sys.stderr, flush=True)
    records.sort(key=lambda r: (r.page_id, r.input, r.system))
    return records


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _share(flags: list[bool | None]) -> dict[str, float | int | None]:
    return {"share": metrics.share(flags), "n": sum(1 for f in flags if f is not None)}


def aggregate(records: list[Record]) -> dict[str, dict[str, dict]]:
    """Per input, per system: macro-averaged P/R/F1, snippet shares, metadata accuracies."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for rec in records:
        groups.setdefault((rec.input, rec.system), []).append(rec)
    out: dict[str, dict[str, dict]] = {}
    for (input_name, system), recs in groups.items():
        with_total = sum(r.with_total for r in recs)
        without_total = sum(r.without_total for r in recs)
        failures: dict[str, int] = {}
        for r in recs:
            if r.failure:
                failures[r.failure] = failures.get(r.failure, 0) + 1
        out.setdefault(input_name, {})[system] = {
            "documents": len(recs),
            "precision": _mean([r.precision for r in recs]),
            "recall": _mean([r.recall for r in recs]),
            "f1": _mean([r.f1 for r in recs]),
            "empty": sum(r.empty for r in recs),
            "failures": sum(failures.values()),
            "failure_kinds": failures,
            "with_found": {"share": with_total and sum(r.with_found for r in recs) / with_total, "n": with_total},
            "without_absent": {"share": without_total and sum(r.without_absent for r in recs) / without_total, "n": without_total},
            "title": _share([r.title for r in recs]),
            "author": _share([r.author for r in recs]),
            "author_wrong": _share([r.author_wrong for r in recs]),
            "date": _share([r.date for r in recs]),
            "pool_seconds_mean": _mean([r.seconds for r in recs]),
            "cpu_seconds_total": sum(r.cpu_seconds for r in recs),
        }
    return out


def records_as_dicts(records: list[Record]) -> list[dict]:
    return [asdict(r) for r in records]
