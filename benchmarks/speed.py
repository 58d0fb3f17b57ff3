"""Speed and memory: documents per second, peak RSS, and growth with input size.

Each (system, input kind) is measured in a fresh subprocess (``python -m
benchmarks.speed ...``), alone on the machine, so one peer's caches and memory never
count against another, and the process's peak RSS is that system's own.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

from benchmarks.data import REPO_ROOT, load_page
from benchmarks.evaluate import DocumentTimeout, time_limit
from benchmarks.render import available_renderers, wrap_text_as_html
from benchmarks.systems import System, load_systems

_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def repeat_page(html: str, times: int) -> str:
    """The page with the contents of its <body> repeated ``times`` times (head kept once)."""
    start, end = _BODY.search(html), None
    for end in _BODY_END.finditer(html):
        pass
    if not start or not end or end.start() < start.end():
        return html * times
    inner = html[start.end() : end.start()]
    return html[: start.end()] + inner * times + html[end.start() :]


def repeat_text(text: str, times: int) -> str:
    return "\n\n".join([text] * times)


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB.

    VmHWM first: ru_maxrss survives fork+exec on Linux, so a child started by a big
    parent would report the parent's peak; VmHWM belongs to the new address space.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _inputs(system: System, kind: str, pages: list, renderer) -> list[tuple[str, str]]:  # noqa: ANN001
    if kind == "html":
        return [(p.html, p.url) for p in pages]
    dumps = [(renderer(p.html), p.url) for p in pages]
    return dumps if system.reads_text else [(wrap_text_as_html(d), u) for d, u in dumps]


def measure(system_name: str, kind: str, data: Path, ids: list[str], warmup: int,
            linear_id: str | None, factors: list[int], limit: float) -> dict:
    """Throughput on ``ids`` after ``warmup`` documents, then the growth check."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    systems, unavailable = load_systems((system_name,))
    if system_name in unavailable:
        return {"available": False, "reason": unavailable[system_name]}
    system = systems[system_name]
    renderers, _ = available_renderers()
    renderer_name = next(iter(renderers))
    renderer = renderers[renderer_name]
    pages = [load_page(data, i) for i in ids]
    docs = _inputs(system, kind, pages, renderer)
    for source, url in docs[:warmup]:
        _safe_extract(system, source, url, kind, limit)
    rss_before = _rss_mb()
    times, failures = [], 0
    for source, url in docs:
        start = time.perf_counter()
        failures += not _safe_extract(system, source, url, kind, limit)
        times.append(time.perf_counter() - start)
    result = {
        "available": True,
        "text_renderer": renderer_name if kind == "text" else None,
        "documents": len(docs),
        "docs_per_s": len(docs) / sum(times) if sum(times) else None,
        "median_ms": statistics.median(times) * 1000 if times else None,
        "failures": failures,
        "rss_before_mb": rss_before,
        "peak_rss_mb": _rss_mb(),
    }
    if linear_id:
        result["linear"] = _linear(system, kind, load_page(data, linear_id), renderer, factors, limit)
    return result


def _safe_extract(system: System, source: str, url: str, kind: str, limit: float) -> bool:
    try:
        with time_limit(limit):
            system.extract(source, url, kind)
        return True
    except Exception:  # noqa: BLE001 - failures are counted, not raised
        return False


def _linear(system: System, kind: str, page, renderer, factors: list[int], limit: float) -> dict:  # noqa: ANN001
    """Median time on the page repeated ``k`` times, for each ``k`` in ``factors``."""
    base = page.html if kind == "html" else renderer(page.html)
    seconds: dict[str, float | None] = {}
    sizes: dict[str, int] = {}
    for k in factors:
        source = repeat_page(base, k) if kind == "html" else repeat_text(base, k)
        if kind == "text" and not system.reads_text:
            source = wrap_text_as_html(source)
        sizes[str(k)] = len(source)
        runs = []
        for _ in range(5 if k == 1 else 3 if k <= 10 else 1):
            start = time.perf_counter()
            try:
                with time_limit(limit):
                    system.extract(source, page.url, kind)
            except DocumentTimeout:
                runs = []
                break
            except Exception:  # noqa: BLE001 - a crash on big input still has a time
                pass
            runs.append(time.perf_counter() - start)
        seconds[str(k)] = statistics.median(runs) if runs else None
        if not runs:  # timed out: larger inputs would too
            break
    return {"seconds": seconds, "chars": sizes, "ratios": growth_ratios(seconds), "limit_s": limit}


def growth_ratios(seconds: dict[str, float | None]) -> dict[str, float | None]:
    """t(k)/t(previous k): about 10 for each tenfold step when time grows linearly."""
    keys = sorted(seconds, key=int)
    ratios = {}
    for small, big in zip(keys, keys[1:]):
        a, b = seconds[small], seconds.get(big)
        ratios[f"{big}/{small}"] = b / a if a and b else None
    return ratios


def run_speed(system_names: list[str], kinds: list[str], data: Path, ids: list[str], warmup: int,
              linear_id: str | None, factors: list[int], limit: float, budget: float) -> dict:
    """One subprocess per (system, kind), one after the other; results keyed kind -> system."""
    results: dict[str, dict[str, dict]] = {}
    for kind in kinds:
        for name in system_names:
            cmd = [sys.executable, "-m", "benchmarks.speed", "--system", name, "--kind", kind,
                   "--data", str(data), "--ids", ",".join(ids), "--warmup", str(warmup),
                   "--factors", ",".join(map(str, factors)), "--limit", str(limit)]
            if linear_id:
                cmd += ["--linear-page", linear_id]
            start = time.monotonic()
            try:
                proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=budget)
                out = json.loads(proc.stdout) if proc.returncode == 0 else {
                    "available": False, "reason": f"speed run failed: {proc.stderr.strip()[-300:]}"}
            except subprocess.TimeoutExpired:
                out = {"available": False, "reason": f"speed run over {budget:g}s"}
            results.setdefault(kind, {})[name] = out
            print(f"  speed: {kind} {name} {time.monotonic() - start:.0f}s", file=sys.stderr, flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure one system in this process (used by run.py).")
    parser.add_argument("--system", required=True)
    parser.add_argument("--kind", choices=["html", "text"], required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--ids", required=True)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--linear-page")
    parser.add_argument("--factors", default="1,10,100")
    parser.add_argument("--limit", type=float, default=60.0)
    args = parser.parse_args()
    result = measure(args.system, args.kind, args.data, args.ids.split(","), args.warmup,
                     args.linear_page, [int(f) for f in args.factors.split(",")], args.limit)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
