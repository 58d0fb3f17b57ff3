"""Benchmark newsclean beside its peers on the development set: quality and speed.

    python benchmarks/run.py [--data PATH] [--sample N] [--mode html|text|both]
                             [--only NAMES] [--json OUT] [--markdown docs/benchmarks.md]

Quality runs in a pool of processes over all pages; speed runs afterwards, one system at
a time in a fresh process each (see speed.py). Prints the tables on stdout.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `benchmarks` and the work tree's newsclean

from benchmarks import report  # noqa: E402
from benchmarks.data import DEFAULT_DATA, REPO_ROOT, html_size, page_ids, sample_ids  # noqa: E402
from benchmarks.evaluate import aggregate, records_as_dicts, run_quality  # noqa: E402
from benchmarks.render import RENDERER_NAMES, available_renderers  # noqa: E402
from benchmarks.speed import run_speed  # noqa: E402
from benchmarks.systems import ALL_SYSTEMS, SYSTEM_NAMES, load_systems  # noqa: E402

LINEAR_TARGET_CHARS = 50_000  # big enough to be a real page, small enough to repeat 100x


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the wcxb-dev-articles folder (default: %(default)s)")
    p.add_argument("--sample", type=int, help="a seeded random sample of N pages (default: all)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--mode", choices=["html", "text", "both"], default="both")
    p.add_argument("--only", help=f"comma-separated systems, of: {','.join(SYSTEM_NAMES)}")
    p.add_argument("--renderers", default=",".join(RENDERER_NAMES), help="text renderers (default: %(default)s)")
    p.add_argument("--json", type=Path, help="write the full result as JSON here")
    p.add_argument("--markdown", type=Path, help="write the report (docs/benchmarks.md) here")
    p.add_argument("--per-doc", type=Path, help="write one JSON line per page, input and system here")
    p.add_argument("--processes", type=int, default=min(2, len(os.sched_getaffinity(0))))
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per system per document")
    p.add_argument("--no-speed", action="store_true", help="quality only")
    p.add_argument("--speed-sample", type=int, default=40, help="documents timed per system and kind")
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--factors", default="1,10,100", help="repetitions for the growth check")
    p.add_argument("--linear-page", help="page id for the growth check (default: the page nearest 50k chars)")
    return p.parse_args(argv)


def machine() -> dict:
    """What the figures were measured on."""
    cpu, mem_kb = "unknown", 0
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
        mem_kb = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    except (OSError, StopIteration):
        pass
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "memory_gb": mem_kb / 2**20,
            "python": platform.python_version(), "platform": platform.platform(),
            "load_avg_start": os.getloadavg()[0]}


def versions() -> dict[str, str]:
    """Versions of every package that takes part."""
    names = ["newsclean"] + [p for cls in ALL_SYSTEMS for p in cls.packages] + ["inscriptis", "html-text", "lxml", "python-dateutil"]
    out = {}
    for name in dict.fromkeys(names):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed" if name != "newsclean" else "work tree (not installed)"
    return out


def git_commit() -> str | None:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "newsclean"], cwd=REPO_ROOT, capture_output=True, text=True).stdout.strip()
        return head + ("+uncommitted changes in newsclean/" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def pick_linear_page(data: Path) -> str:
    """The page whose HTML is nearest LINEAR_TARGET_CHARS (chosen over the whole set)."""
    return min(page_ids(data), key=lambda i: abs(html_size(data, i) - LINEAR_TARGET_CHARS))


def main(argv: list[str] | None = None) -> dict:
    args = parse_args(argv)
    started, t0 = dt.datetime.now().isoformat(timespec="seconds"), time.monotonic()
    data = args.data.resolve()
    if not (data / "html").is_dir():
        sys.exit(f"no data at {data} (expected html/ and ground-truth/ in it)")
    names = tuple(n.strip() for n in args.only.split(",")) if args.only else SYSTEM_NAMES
    unknown = set(names) - set(SYSTEM_NAMES)
    if unknown:
        sys.exit(f"unknown systems: {', '.join(sorted(unknown))} (known: {', '.join(SYSTEM_NAMES)})")
    commit = git_commit()  # now: the workers fork from this state of the work tree
    ready, unavailable = load_systems(names)
    wanted = tuple(r for r in args.renderers.split(",") if r) if args.mode != "html" else ()
    renderers, renderers_missing = available_renderers(wanted)
    ids = sample_ids(data, args.sample, args.seed)
    print(f"{len(ids)} pages; systems: {', '.join(ready)}; renderers: {', '.join(renderers) or '-'}", file=sys.stderr)

    records = run_quality(ids, data, tuple(ready), tuple(renderers), args.processes, args.timeout, with_html=args.mode != "text")
    quality_s = time.monotonic() - t0
    result = {
        "command": "python benchmarks/run.py " + shlex.join(argv if argv is not None else sys.argv[1:]),
        "started": started, "data_name": data.name, "pages": len(ids), "sample": args.sample, "seed": args.seed,
        "mode": args.mode, "processes": args.processes, "timeout_s": args.timeout,
        "machine": machine(), "versions": versions(), "git_commit": commit,
        "systems": {n: {"available": n in ready, "reason": unavailable.get(n)} for n in names},
        "renderers": list(renderers), "renderers_unavailable": renderers_missing,
        "quality": aggregate(records), "quality_s": quality_s,
        "splits": report.split_means(records_as_dicts(records)),
    }
    if not args.no_speed:
        t1 = time.monotonic()
        kinds = [k for k in ("html", "text") if args.mode in (k, "both")]
        linear_page = args.linear_page or pick_linear_page(data)
        speed_ids = ids if len(ids) <= args.speed_sample else sorted(_subsample(ids, args.speed_sample, args.seed))
        factors = [int(f) for f in args.factors.split(",")]
        result["speed"] = {
            "documents": len(speed_ids), "warmup": args.warmup, "linear_page": linear_page,
            "linear_chars": html_size(data, linear_page), "factors": factors,
            "text_renderer": next(iter(available_renderers()[0])),
            "results": run_speed(list(ready), kinds, data, speed_ids, args.warmup, linear_page, factors,
                                 limit=max(args.timeout, 60.0), budget=600.0),
        }
        result["speed_s"] = time.monotonic() - t1
    result["elapsed_s"] = time.monotonic() - t0
    result["machine"]["load_avg_end"] = os.getloadavg()[0]
    # CPU seconds of all extractions: the run's cost on idle cores, whatever else ran.
    result["quality_cpu_s"] = sum(q["cpu_seconds_total"] for per in result["quality"].values() for q in per.values())

    print(report.stdout_report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(report.markdown(result), encoding="utf-8")
    if args.per_doc:
        with args.per_doc.open("w", encoding="utf-8") as fh:
            for rec in records_as_dicts(records):
                fh.write(json.dumps(rec) + "\n")
    return result


def _subsample(ids: list[str], n: int, seed: int) -> list[str]:
    import random

    return random.Random(seed + 1).sample(ids, n)


if __name__ == "__main__":
    main()
