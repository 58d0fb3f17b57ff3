"""Time per page of the HTML metadata readers alone (issue 14's target: at most 2 ms median).

    python benchmarks/meta_speed.py [--split tune|held|all] [--repeat 3]

Each page is parsed once (not timed); ``read_html_metadata`` is then timed on it, the best of
``--repeat`` runs per page (the least disturbed by the other processes on a shared machine).
Prints the median, 90th percentile and mean in milliseconds.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the work tree's newsclean

from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.splits import SPLITS, select  # noqa: E402


def page_times(ids: list[str], repeat: int) -> list[float]:
    from newsclean.read.html import parse_html
    from newsclean.fields.html import read_html_metadata

    times = []
    for page_id in ids:
        page = load_page(DEFAULT_DATA, page_id)
        tree = parse_html(page.html)
        if tree is None:
            continue
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            read_html_metadata(tree, page.url)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    times = sorted(page_times(select(page_ids(DEFAULT_DATA), args.split), args.repeat))
    p90 = times[int(0.9 * (len(times) - 1))]
    print(f"{args.split}: {len(times)} pages, metadata ms/page: median {statistics.median(times):.2f}, "
          f"p90 {p90:.2f}, mean {statistics.fmean(times):.2f}, max {times[-1]:.1f}")


if __name__ == "__main__":
    main()
