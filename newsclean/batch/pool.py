"""A small process pool with a time limit per item, a memory limit per worker, and ordered results.

``concurrent.futures.ProcessPoolExecutor`` cannot stop one task: a page that runs for an
hour holds its worker for an hour, and a worker that dies breaks the whole pool. Here each
worker takes one item at a time over its own pipe, so the parent knows which item every
worker is on and since when. An item over its deadline gets its worker killed (SIGKILL)
and replaced; a worker that dies, or runs out of its memory allowance, costs that item
only. Workers also die with the parent (see ``_die_with_parent``).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

AHEAD = 4  # items in flight per worker: keeps workers busy, bounds memory
_STOP = None  # the message that tells a worker to exit
_WATCHDOG_SECONDS = 1.0


@dataclass(frozen=True)
class Failure:
    """Why an item has no result: ``timeout``, ``worker_crashed`` or ``out_of_memory``."""

    kind: str
    message: str


class PoolFailure(RuntimeError):
    """Raised by ``ordered_map`` for a failed item when no ``on_failure`` is given."""

    def __init__(self, failure: Failure):
        super().__init__(f"{failure.kind}: {failure.message}")
        self.failure = failure


# ---------------------------------------------------------------- the worker side


def _die_with_parent(parent_pid: int) -> None:
    """Exit when the parent process dies, even a kill -9 (which runs no clean-up in it).

    On Linux the kernel sends SIGKILL to this process when its parent exits
    (PR_SET_PDEATHSIG). A watchdog thread checks the parent id every second as well,
    for other systems and in case the parent died before the prctl call.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watchdog alone
        pass
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(_WATCHDOG_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="newsclean-parent-watchdog", daemon=True).start()


def _limit_memory(max_memory_mb: int) -> None:
    """Cap this worker's address space at what it holds now plus ``max_memory_mb``.

    The cap is relative to the worker after it loaded the extraction libraries, so
    it measures what one document may cost, whatever those libraries reserve.
    Allocations past it raise MemoryError (or fail in native code).
    """
    import resource

    try:
        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return  # no /proc: no memory limit on this system
    limit = current + max_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker_main(
    conn: Connection,
    func: Callable[[Any], Any],
    parent_pid: int,
    max_memory_mb: int | None,
    warmup: Callable[[], None] | None,
) -> None:
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if warmup is not None:
        warmup()  # load the libraries before the clock and the memory cap start
    if max_memory_mb:
        _limit_memory(max_memory_mb)
    conn.send(("ready", None, 0.0))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is _STOP:
            return
        started = time.monotonic()
        try:
            result: Any = ("result", func(message))
        except MemoryError:
            result = ("out_of_memory", None)
        except BaseException as exc:  # func's own error travels back to the caller
            result = ("raised", exc)
        # The time taken travels too: a result that took longer than the limit is a
        # timeout however soon the busy parent got round to reading it.
        result = (*result, time.monotonic() - started)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("out_of_memory", None, 0.0))
        except Exception as exc:  # an unpicklable result
            conn.send(("raised", RuntimeError(f"the result could not be sent back: {exc!r}"), result[2]))
        if result[0] == "out_of_memory":
            os._exit(0)  # the heap may be in a bad state: a fresh worker takes over


# ---------------------------------------------------------------- the parent side


class _Worker:
    def __init__(self, context, func, max_memory_mb, warmup):
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child_conn, func, os.getpid(), max_memory_mb, warmup),
            name="newsclean-worker",
            daemon=True,
        )
        self.process.start()
        child_conn.close()
        self.ready = False
        self.task: tuple[int, Any] | None = None  # (sequence number, item)
        self.deadline = float("inf")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def death(self) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        else:
            how = f"exit status {code}"
        return f"the worker process died on this document ({how})"


class _Pool(Generic[T, R]):
    def __init__(self, func, jobs, timeout, max_memory_mb, warmup):
        self.context = multiprocessing.get_context()
        self.args = (func, max_memory_mb, warmup)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.workers = [self._start() for _ in range(jobs)]

    def _start(self) -> _Worker:
        return _Worker(self.context, *self.args)

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(_STOP)
                except OSError:
                    pass
                worker.process.join(timeout=5)
            worker.kill()

    def run(self, items: Iterator[T], ahead: int) -> Iterator[tuple[T, Any]]:
        """(item, outcome) in input order; outcome is ("result", value), ("raised", exc) or a Failure."""
        queue: deque[tuple[int, T]] = deque()  # read, not yet given to a worker
        items_by_seq: dict[int, T] = {}
        done: dict[int, Any] = {}
        next_read = next_out = 0
        exhausted = False
        limit = len(self.workers) * ahead
        while True:
            while not exhausted and next_read - next_out < limit:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                queue.append((next_read, item))
                items_by_seq[next_read] = item
                next_read += 1
            while next_out in done:
                yield items_by_seq.pop(next_out), done.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_read:
                return
            if next_read - next_out >= limit or exhausted or queue:
                self._dispatch(queue)
                self._collect(done)

    def _dispatch(self, queue: deque) -> None:
        for worker in self.workers:
            if worker.ready and worker.task is None and queue:
                seq, item = queue.popleft()
                worker.task = (seq, item)
                worker.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
                try:
                    worker.conn.send(item)
                except (OSError, ValueError):
                    pass  # it died: its sentinel reports that below
                except Exception as exc:  # an item that cannot be pickled
                    worker.task = None
                    queue.appendleft((seq, item))
                    raise TypeError(f"cannot send item {seq} to a worker process: {exc}") from exc

    def _collect(self, done: dict[int, Any]) -> None:
        """Wait for a worker to answer, die or pass its deadline; record what happened."""
        waiting = {}
        for worker in self.workers:
            waiting[worker.conn] = worker
            waiting[worker.process.sentinel] = worker
        deadline = min(w.deadline for w in self.workers)
        wait_for = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
        ready = wait(list(waiting), timeout=wait_for)
        handled: set[int] = set()
        for handle in ready:
            worker = waiting[handle]
            if id(worker) in handled:
                continue
            handled.add(id(worker))
            self._answer(worker, done)
        now = time.monotonic()
        for index, worker in enumerate(self.workers):
            if worker.task is not None and worker.deadline <= now:
                seq, _ = worker.task
                worker.kill()
                done[seq] = self._timeout()
                self.workers[index] = self._start()

    def _timeout(self) -> Failure:
        return Failure("timeout", f"over the time limit of {self.timeout:g} s per document")

    def _answer(self, worker: _Worker, done: dict[int, Any]) -> None:
        index = self.workers.index(worker)
        message = None
        try:
            if worker.conn.poll():
                message = worker.conn.recv()
        except (EOFError, OSError):
            message = None
        if message is not None and message[0] == "ready":
            worker.ready = True
            return
        if message is not None and worker.task is not None:
            seq, _ = worker.task
            worker.task = None
            worker.deadline = float("inf")
            if self.timeout and message[2] > self.timeout and message[0] != "out_of_memory":
                done[seq] = self._timeout()
            elif message[0] == "out_of_memory":
                done[seq] = Failure(
                    "out_of_memory",
                    f"the document needed more than the memory limit of {self.max_memory_mb} MB; "
                    "its worker process was replaced",
                )
                worker.kill()
                self.workers[index] = self._start()
            else:
                done[seq] = message[:2]
            return
        if worker.process.is_alive() and (message is None or worker.task is None):
            return  # woken by something else, or an answer nobody waits for
        # The worker is gone without an answer.
        if worker.task is not None:
            seq, _ = worker.task
            done[seq] = Failure("worker_crashed", worker.death())
        else:
            worker.death()
            if not worker.ready:
                # It died while starting: replacing it would only fail again.
                worker.kill()
                raise RuntimeError(f"a newsclean worker process failed to start (exit status {worker.process.exitcode})")
        worker.kill()
        self.workers[index] = self._start()


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    timeout: float | None = None,
    max_memory_mb: int | None = None,
    on_failure: Callable[[T, Failure], R] | None = None,
    warmup: Callable[[], None] | None = None,
    ahead: int = AHEAD,
) -> Iterator[R]:
    """``map(func, items)`` on ``jobs`` worker processes, results in input order.

    Items are read lazily, at most ``jobs * ahead`` at a time, so a corpus of any size
    streams through in bounded memory. ``func`` and the items must be picklable.

    An item still running after ``timeout`` seconds has its worker killed and replaced;
    an item whose worker dies, or which needs more than ``max_memory_mb`` MB beyond the
    worker's start-up size (an address-space limit), costs its worker too. Such an item
    gets ``on_failure(item, Failure(kind, message))`` as its result, with kind
    ``timeout``, ``worker_crashed`` or ``out_of_memory``; without ``on_failure`` a
    ``PoolFailure`` is raised at its place. An exception raised by ``func`` is raised here.

    With ``jobs <= 1`` and neither limit, everything runs in this process (no worker):
    simplest to debug. Any limit needs a worker process, since only a process can be
    stopped from outside, so ``jobs=1`` with a timeout uses one worker.
    ``warmup`` runs in each new worker before it takes items (load libraries there,
    outside the time and memory limits).
    """
    if jobs <= 1 and not timeout and not max_memory_mb:
        yield from map(func, items)
        return
    pool: _Pool = _Pool(func, max(1, jobs), timeout or None, max_memory_mb or None, warmup)
    try:
        for item, outcome in pool.run(iter(items), ahead):
            if isinstance(outcome, Failure):
                if on_failure is None:
                    raise PoolFailure(outcome)
                yield on_failure(item, outcome)
            elif outcome[0] == "raised":
                raise outcome[1]
            else:
                yield outcome[1]
    finally:
        pool.close()
