"""Worker processes for the fuzz harness: each input runs under a deadline.

A worker over the deadline is killed (the input is recorded as a time-out) and replaced,
as is one that dies. ``concurrent.futures`` cannot do this: it cannot kill one task.
"""
from __future__ import annotations

import os
import resource
import signal
import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Iterator

from benchmarks.fuzz_inputs import Corpus, FuzzInput, make_input

@dataclass
class Outcome:
    index: int
    kind: str
    size: int
    seconds: float
    status: str  # "ok", "rejected" (NewscleanError), "crash", "timeout", "died"
    error_type: str = ""
    location: str = ""  # innermost newsclean frame, then the raising frame
    message: str = ""
    trace: str = ""
    mutations: list[str] = field(default_factory=list)
    whole: bool = False

    @property
    def crash_key(self) -> str:
        return f"{self.error_type} at {self.location}"


def _location(tb: traceback.StackSummary) -> str:
    ours = [f for f in tb if f"{os.sep}newsclean{os.sep}" in f.filename]
    parts = []
    if ours:
        f = ours[-1]
        parts.append(f"{_short(f.filename)}:{f.lineno} {f.name}")
    last = tb[-1] if tb else None
    if last is not None and (not ours or last is not ours[-1]):
        parts.append(f"{_short(last.filename)}:{last.lineno} {last.name}")
    return " -> ".join(parts) or "?"


def _short(filename: str) -> str:
    for marker in (f"{os.sep}newsclean{os.sep}", f"{os.sep}site-packages{os.sep}", f"{os.sep}lib{os.sep}python"):
        if marker in filename:
            return filename.split(marker, 1)[1] if marker != f"{os.sep}newsclean{os.sep}" else \
                "newsclean/" + filename.split(marker, 1)[1]
    return os.path.basename(filename)


@lru_cache(maxsize=1)
def _takes_max_bytes() -> bool:
    """Whether this newsclean's extract has the size cap (issue 12), so the harness runs on older code too."""
    import inspect

    import newsclean

    return "max_bytes" in inspect.signature(newsclean.extract).parameters


def run_one(inp: FuzzInput) -> Outcome:
    """Extract (and serialise) one input; classify what happened."""
    import newsclean

    kwargs: dict = {"url": inp.url, "source_type": inp.source_type}
    if inp.max_bytes is not None and _takes_max_bytes():
        kwargs["max_bytes"] = inp.max_bytes
    start = time.perf_counter()
    status, error_type, location, message, trace = "ok", "", "", "", ""
    try:
        article = newsclean.extract(inp.payload, **kwargs)
        article.to_json()
    except newsclean.NewscleanError as error:
        status, error_type, message = "rejected", type(error).__name__, str(error)[:300]
    except Exception as error:  # noqa: BLE001 - every other exception is a finding
        status = "crash"
        error_type = f"{type(error).__module__}.{type(error).__qualname__}".removeprefix("builtins.")
        tb = traceback.extract_tb(error.__traceback__)
        location = _location(tb)
        message = str(error)[:300]
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))[-6000:]
    return Outcome(inp.index, inp.kind, inp.size, time.perf_counter() - start, status, error_type, location,
                   message, trace)


# ----------------------------------------------------------------------------- worker processes

def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _worker_main(conn: Connection, seed: int, corpus: Corpus | None, mem_mb: int) -> None:
    # The parent handles Ctrl-C and SIGTERM (it stops and reports); a worker just goes on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if mem_mb:
        limit = mem_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        inp = make_input(seed, task, corpus) if isinstance(task, int) else task
        outcome = run_one(inp)
        outcome.kind, outcome.mutations, outcome.whole = inp.kind, inp.mutations, inp.whole
        conn.send(outcome)


_WARM = False


def warm_up() -> None:
    """Pay the one-time costs before any deadline runs: lazy imports (trafilatura, htmldate,
    charset detection) and dateparser's locale tables, which htmldate's extensive search
    loads on its first odd date strings (3 + 1.4 s here, 10 s on a busy machine). Run in the
    parent, so that forked workers, replacements too, start warm.
    """
    global _WARM
    if _WARM:
        return
    import newsclean

    newsclean.extract("<html><body><h1>T</h1><p>Warm up, twice over.</p></body></html>")
    newsclean.extract(b"\xff\xfeW\x00a\x00r\x00m\x00")
    newsclean.extract("Warm\n\nup", source_type="text")
    try:
        from htmldate.extractors import get_external_parser

        # No locale knows these, so every locale's tables load: its words, then (on the
        # broken timestamp, which parses in no locale) its relative-date translations.
        for odd in ("zz 12 qq 2024", "2025- 01-30T23:07:5 2+00:00"):
            get_external_parser().get_date_data(odd)
    except ImportError:
        pass
    _WARM = True


class Worker:
    """One process that runs tasks (an input index, or a FuzzInput) one at a time, under a deadline."""

    def __init__(self, seed: int, corpus: Corpus | None, mem_mb: int):
        ctx = get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, seed, corpus, mem_mb), daemon=True)
        self.process.start()
        child.close()
        self.task: int | FuzzInput | None = None
        self.deadline = 0.0
        self.started = 0.0

    def submit(self, task: int | FuzzInput, timeout: float) -> None:
        self.task = task
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()


class Pool:
    """``jobs`` workers; tasks in, (task, Outcome) out, with time-outs and deaths turned into outcomes."""

    def __init__(self, jobs: int, seed: int, corpus: Corpus | None, timeout: float, mem_mb: int,
                 warm: bool = True):
        if warm:
            warm_up()  # workers are forked from this process, so they start warm
        self.args = (seed, corpus, mem_mb)
        self.timeout = timeout
        self.workers = [Worker(*self.args) for _ in range(jobs)]

    def run(self, tasks: Iterator[int | FuzzInput]) -> Iterator[tuple[int | FuzzInput, Outcome]]:
        tasks = iter(tasks)
        exhausted = False
        while True:
            for i, w in enumerate(self.workers):
                if w.task is None and not exhausted:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                    else:
                        w.submit(task, self.timeout)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                return
            now = time.monotonic()
            ready = wait([w.conn for w in busy], timeout=max(0.0, min(w.deadline for w in busy) - now))
            for w in busy:
                task = w.task
                if w.conn in ready:
                    try:
                        outcome = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join()
                        outcome = self._lost(task, "died", f"worker exit code {w.process.exitcode}", w)
                        self._replace(w)
                    w.task = None
                    yield task, outcome
                elif time.monotonic() > w.deadline:
                    outcome = self._lost(task, "timeout", f"over {self.timeout:g} s", w)
                    self._replace(w)
                    yield task, outcome

    def _lost(self, task: int | FuzzInput, status: str, message: str, w: Worker) -> Outcome:
        index = task if isinstance(task, int) else task.index
        kind = "" if isinstance(task, int) else task.kind
        return Outcome(index, kind, -1, time.monotonic() - w.started, status, status, "", message)

    def _replace(self, w: Worker) -> None:
        w.kill()
        self.workers[self.workers.index(w)] = Worker(*self.args)

    def close(self) -> None:
        for w in self.workers:
            w.stop()
