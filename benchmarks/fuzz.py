"""Fuzz newsclean.extract with mutated real pages, text dumps and generated str/bytes.

Not run by CI (tests/test_fuzz.py is the small, fast version in the suite). The promise
under test: ``extract`` raises nothing but ``NewscleanError`` on any str or bytes, and
no input runs over the time limit.

Every input is made from ``(--seed, index)`` alone, so a run is reproducible and a worker
can rebuild input ``i`` without the parent sending it. Each input runs in one of
``--jobs`` worker processes with a deadline; a worker over it is killed (the input is
recorded as a time-out) and replaced, as is a worker that dies.

Usage::

    python benchmarks/fuzz.py --count 100000 --jobs 2 --seed 1 --out-dir /tmp/fuzz
    python benchmarks/fuzz.py --replay /tmp/fuzz        # re-run the saved inputs
    python benchmarks/fuzz.py --seed 1 --save 365 218 --out-dir /tmp/fuzz   # write inputs out

The inputs (mutators, generated str and bytes, the corpus) are in fuzz_inputs.py, the
worker processes in fuzz_pool.py. The out-dir gets ``summary.json`` (updated as the run goes), ``report.md``, and per crash
class ``crashes/<class>/`` holding the first inputs (``N.input`` + ``N.json``) and a
shrunk ``minimal.py`` reproduction; time-outs go to ``timeouts/``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fuzz_inputs import DEFAULT_DATA, KINDS, Corpus, FuzzInput, Payload, corpus_paths, make_input  # noqa: E402
from benchmarks.fuzz_pool import Outcome, Pool, _interrupt  # noqa: E402

# ----------------------------------------------------------------------------- the campaign

@dataclass
class Tally:
    """What a run found, kept small enough to write out as JSON every few seconds."""

    seed: int = 0
    requested: int = 0
    done: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    by_mutator: Counter = field(default_factory=Counter)  # inputs each mutator was applied to
    whole_pages: int = 0
    status_by_kind: dict = field(default_factory=dict)
    crashes: dict = field(default_factory=dict)  # key -> {count, first indices, message, kinds}
    timeouts: list = field(default_factory=list)
    died: list = field(default_factory=list)
    seconds_total: float = 0.0
    slowest: list = field(default_factory=list)  # [seconds, index, kind, size]
    worst_per_mb: list = field(default_factory=list)  # [s/MB, index, kind, size, seconds]
    rejections: Counter = field(default_factory=Counter)  # NewscleanError by type and message (digits as N)
    wall_seconds: float = 0.0

    def add(self, inp_kind: str, o: Outcome) -> bool:
        """Count one outcome; True when it is the first of a crash class (worth saving)."""
        self.done += 1
        self.by_kind[inp_kind] += 1
        self.by_status[o.status] += 1
        self.by_mutator.update(set(o.mutations))
        self.whole_pages += o.whole
        self.status_by_kind.setdefault(inp_kind, Counter())[o.status] += 1
        first = False
        if o.status == "rejected":
            self.rejections[f"{o.error_type}: {re.sub(r'[0-9]+', 'N', o.message)[:70]}"] += 1
        if o.status == "crash":
            entry = self.crashes.get(o.crash_key)
            if entry is None:
                entry = self.crashes[o.crash_key] = {"count": 0, "indices": [], "message": o.message,
                                                     "kinds": Counter()}
                first = True
            entry["count"] += 1
            entry["kinds"][inp_kind] += 1
            if len(entry["indices"]) < 5:
                entry["indices"].append(o.index)
        elif o.status == "timeout":
            self.timeouts.append(o.index)
        elif o.status == "died":
            self.died.append([o.index, o.message])
        if o.status in ("ok", "rejected", "crash"):
            self.seconds_total += o.seconds
            self.slowest = sorted(self.slowest + [[o.seconds, o.index, inp_kind, o.size]], reverse=True)[:10]
            if o.size >= PER_MB_MIN_SIZE:
                per_mb = o.seconds / (o.size / 1e6)
                self.worst_per_mb = sorted(self.worst_per_mb + [[per_mb, o.index, inp_kind, o.size, o.seconds]],
                                           reverse=True)[:10]
        return first

    def to_json(self) -> dict:
        # Not asdict(): it rebuilds a Counter from its items, counting the pairs.
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["by_kind"], d["by_status"], d["by_mutator"] = dict(self.by_kind), dict(self.by_status), dict(self.by_mutator)
        d["rejections"] = dict(self.rejections)
        d["status_by_kind"] = {k: dict(v) for k, v in self.status_by_kind.items()}
        d["crashes"] = {key: {**entry, "kinds": dict(entry["kinds"])} for key, entry in self.crashes.items()}
        return d


# Time per MB means little on tiny inputs (start-up costs dominate), so it is taken over
# inputs of at least this many bytes or characters.
PER_MB_MIN_SIZE = 50_000


def _slug(key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return re.sub(r"[^A-Za-z0-9]+", "_", key)[:80].strip("_") + "_" + digest


def save_input(directory: Path, inp: FuzzInput, outcome: Outcome | None, stem: str | None = None) -> None:
    """Write the input as ``<stem>.input`` (its bytes; a str as UTF-8 with surrogates passed) and ``<stem>.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = stem or str(inp.index)
    raw = inp.payload.encode("utf-8", "surrogatepass") if isinstance(inp.payload, str) else inp.payload
    (directory / f"{stem}.input").write_bytes(raw)
    meta = inp.describe()
    if outcome is not None:
        meta.update(status=outcome.status, error_type=outcome.error_type, location=outcome.location,
                    message=outcome.message, trace=outcome.trace)
    (directory / f"{stem}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=True))


def load_input(meta_path: Path) -> FuzzInput:
    meta = json.loads(meta_path.read_text())
    raw = meta_path.with_suffix(".input").read_bytes()
    payload: Payload = raw.decode("utf-8", "surrogatepass") if meta["is_str"] else raw
    return FuzzInput(index=meta["index"], kind=meta["kind"], payload=payload, url=meta["url"],
                     source_type=meta["source_type"], origin=meta["origin"], mutations=meta["mutations"],
                     whole=meta.get("whole", False), max_bytes=meta.get("max_bytes"))


def campaign(args: argparse.Namespace) -> Tally:
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(corpus_paths(Path(args.data)))
    tally = Tally(seed=args.seed, requested=args.count)
    pool = Pool(args.jobs, args.seed, corpus, args.timeout, args.mem_mb)
    started = last_write = time.monotonic()
    first_inputs: dict[str, FuzzInput] = {}

    def indices() -> Iterator[int]:
        for index in range(args.start, args.start + args.count):
            if args.max_seconds and time.monotonic() - started > args.max_seconds:
                print(f"--max-seconds {args.max_seconds:g} reached: stopping at {tally.done} inputs",
                      file=sys.stderr, flush=True)
                return
            yield index

    def record(index: int, outcome: Outcome) -> None:
        nonlocal last_write
        inp = None
        if outcome.status in ("crash", "timeout", "died"):
            inp = make_input(args.seed, index, corpus)  # rebuilt here: the worker may be gone
            outcome.kind, outcome.size, outcome.mutations, outcome.whole = inp.kind, inp.size, inp.mutations, inp.whole
        first = tally.add(outcome.kind, outcome)
        if inp is not None and outcome.status == "crash":
            entry = tally.crashes[outcome.crash_key]
            if len(entry["indices"]) <= 3 and index in entry["indices"]:
                save_input(out / "crashes" / _slug(outcome.crash_key), inp, outcome)
            if first:
                first_inputs[outcome.crash_key] = inp
                print(f"[{index}] new crash class: {outcome.crash_key}: {outcome.message[:120]}",
                      file=sys.stderr, flush=True)
        elif inp is not None:
            save_input(out / ("timeouts" if outcome.status == "timeout" else "died"), inp, outcome)
            print(f"[{index}] {outcome.status}: {inp.kind} {inp.size} B from {inp.origin} {inp.mutations}",
                  file=sys.stderr, flush=True)
        now = time.monotonic()
        if now - last_write > 15:
            tally.wall_seconds = now - started
            (out / "summary.json").write_text(json.dumps(tally.to_json(), indent=1))
            print(f"{tally.done}/{args.count} done, {tally.wall_seconds:.0f} s, {len(tally.crashes)} crash classes, "
                  f"{len(tally.timeouts)} time-outs", file=sys.stderr, flush=True)
            last_write = now

    interrupted = False
    signal.signal(signal.SIGTERM, _interrupt)  # kill PID: stop, and report what was done
    try:
        try:
            for task, outcome in pool.run(indices()):
                record(task if isinstance(task, int) else task.index, outcome)
        except KeyboardInterrupt:
            interrupted = True
            print(f"interrupted: reporting the {tally.done} inputs done", file=sys.stderr, flush=True)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        tally.wall_seconds = time.monotonic() - started
        (out / "summary.json").write_text(json.dumps(tally.to_json(), indent=1))
        if args.minimize and not interrupted:
            for key, inp in first_inputs.items():
                minimal = minimize(pool, inp, key, args.minimize)
                write_minimal(out / "crashes" / _slug(key), minimal, key)
    finally:
        pool.close()
    return tally


# ----------------------------------------------------------------------------- shrinking

def minimize(pool: Pool, inp: FuzzInput, key: str, budget: float) -> FuzzInput:
    """Shrink a crashing input (delta debugging on chunks) while it keeps crashing the same way."""
    deadline = time.monotonic() + budget

    def still_crashes(candidate: FuzzInput) -> bool:
        if time.monotonic() > deadline:
            return False
        (_, outcome), = list(pool.run(iter([candidate])))
        return outcome.status == "crash" and outcome.crash_key == key

    best = inp
    for change in ({"url": None}, {"source_type": "auto"}, {"max_bytes": None}):
        candidate = FuzzInput(**{**asdict(best), **change})
        if candidate != best and still_crashes(candidate):
            best = candidate
    data = best.payload
    chunk = max(1, len(data) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i = 0
        while i < len(data) and time.monotonic() < deadline:
            candidate = FuzzInput(**{**asdict(best), "payload": data[:i] + data[i + chunk:]})
            if still_crashes(candidate):
                best, data = candidate, candidate.payload
            else:
                i += chunk
        chunk //= 2
    if isinstance(data, bytes):  # a str reproduction reads better, when it crashes the same way
        try:
            candidate = FuzzInput(**{**asdict(best), "payload": data.decode("utf-8")})
            if still_crashes(candidate):
                best = candidate
        except UnicodeDecodeError:
            pass
    return best


def reproduction(inp: FuzzInput) -> str:
    """One line of Python that reruns the input."""
    extra = "".join([f", url={inp.url!r}" if inp.url is not None else "",
                     f", source_type={inp.source_type!r}" if inp.source_type != "auto" else "",
                     f", max_bytes={inp.max_bytes!r}" if inp.max_bytes is not None else ""])
    return f"import newsclean; newsclean.extract({inp.payload!r}{extra})"


def write_minimal(directory: Path, inp: FuzzInput, key: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    save_input(directory, inp, None, stem="minimal")
    (directory / "minimal.py").write_text(f"# {key}\n{reproduction(inp)}\n")


# ----------------------------------------------------------------------------- replay and report

def replay(args: argparse.Namespace) -> int:
    """Re-run every saved input under DIR; report which still fail."""
    metas = sorted(p for p in Path(args.replay).rglob("*.json") if p.with_suffix(".input").exists())
    inputs = [load_input(p) for p in metas]
    pool = Pool(args.jobs, args.seed, None, args.timeout, args.mem_mb)
    still = 0
    try:
        for (task, outcome), meta in zip(pool.run(iter(inputs)), metas):
            assert isinstance(task, FuzzInput)
            bad = outcome.status in ("crash", "timeout", "died")
            still += bad
            what = f"{outcome.status} {outcome.crash_key}" if outcome.status == "crash" else outcome.status
            print(f"{'FAIL' if bad else 'ok  '} {meta.relative_to(args.replay)}: {what} ({outcome.seconds:.2f} s)")
    finally:
        pool.close()
    print(f"{still} of {len(inputs)} saved inputs still fail")
    return 1 if still else 0


def report(tally: Tally, args: argparse.Namespace) -> str:
    lines = [f"# newsclean fuzz run: seed {tally.seed}, {tally.done} inputs, {tally.wall_seconds:.0f} s wall, "
             f"{args.jobs} jobs, time limit {args.timeout:g} s"
             + (f" (stopped early: {tally.done} of {tally.requested} requested)" if tally.done < tally.requested else ""),
             ""]
    lines.append("| kind | inputs | ok | NewscleanError | other exception | time-out | worker died |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for kind in list(KINDS) + ["all"]:
        c = tally.by_status if kind == "all" else tally.status_by_kind.get(kind, Counter())
        n = tally.done if kind == "all" else tally.by_kind.get(kind, 0)
        lines.append(f"| {kind} | {n} | {c.get('ok', 0)} | {c.get('rejected', 0)} | {c.get('crash', 0)} | "
                     f"{c.get('timeout', 0)} | {c.get('died', 0)} |")
    lines += ["", f"Page inputs kept whole (not cut to a window): {tally.whole_pages}. Inputs per mutator: "
              + ", ".join(f"{name} {n}" for name, n in sorted(tally.by_mutator.items())),
              "", "NewscleanError (the one exception extract may raise), by message: "
              + "; ".join(f"{n} x {msg!r}" for msg, n in tally.rejections.most_common(6)),
              "", f"Exceptions other than NewscleanError: {tally.by_status.get('crash', 0)} in "
              f"{len(tally.crashes)} classes"]
    for key, entry in sorted(tally.crashes.items(), key=lambda kv: -kv[1]["count"]):
        lines.append(f"- {entry['count']} x {key}: {entry['message'][:160]!r} (inputs {entry['indices']})")
        minimal = Path(args.out_dir) / "crashes" / _slug(key) / "minimal.py"
        if minimal.exists():
            lines.append(f"  - reproduction: `{minimal.read_text().splitlines()[1][:400]}`")
    lines += ["", f"Time-outs (> {args.timeout:g} s): {len(tally.timeouts)} {tally.timeouts[:20]}",
              f"Workers died: {len(tally.died)} {tally.died[:10]}", ""]
    mean = tally.seconds_total / max(1, tally.done - len(tally.timeouts) - len(tally.died))
    lines.append(f"Mean time per input {mean * 1000:.1f} ms; slowest: "
                 + ", ".join(f"{s:.2f} s (#{i} {k}, {n} B)" for s, i, k, n in tally.slowest[:5]))
    if tally.worst_per_mb:
        per_mb, i, k, n, s = tally.worst_per_mb[0]
        lines.append(f"Worst time per MB (inputs >= {PER_MB_MIN_SIZE // 1000} KB): {per_mb:.2f} s/MB "
                     f"(#{i} {k}, {n} B, {s:.2f} s); next: "
                     + ", ".join(f"{p:.2f} (#{i2})" for p, i2, *_ in tally.worst_per_mb[1:5]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs to run (default 100000)")
    parser.add_argument("--start", type=int, default=0, help="first input index (to resume or split a run)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per input before it is killed")
    parser.add_argument("--mem-mb", type=int, default=3000, help="address-space limit per worker (0: none)")
    parser.add_argument("--max-seconds", type=float, default=0,
                        help="stop starting inputs after this long and report what was done (0: no limit)")
    parser.add_argument("--minimize", type=float, default=60.0, help="seconds to shrink each crash class (0: no)")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="directory holding the development sets")
    parser.add_argument("--out-dir", default="fuzz-out", help="where crashes, time-outs and the summary go")
    parser.add_argument("--replay", metavar="DIR", help="re-run the inputs saved under DIR instead")
    parser.add_argument("--save", metavar="INDEX", type=int, nargs="+",
                        help="only write inputs INDEX... of --seed to OUT_DIR/saved (e.g. the slowest of a run)")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args)
    if args.save:
        corpus = Corpus(corpus_paths(Path(args.data)))
        for index in args.save:
            inp = make_input(args.seed, index, corpus)
            save_input(Path(args.out_dir) / "saved", inp, None)
            print(f"{Path(args.out_dir) / 'saved' / str(index)}.input: {inp.kind}, {inp.size} B, {inp.origin}, "
                  f"{inp.mutations}")
        return 0
    tally = campaign(args)
    text = report(tally, args)
    (Path(args.out_dir) / "report.md").write_text(text)
    print(text)
    return 1 if tally.crashes or tally.timeouts or tally.died else 0


if __name__ == "__main__":
    sys.exit(main())
