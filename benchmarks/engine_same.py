"""Does a change keep the engine's output? Snapshot what the engine gives every
development page, then compare two snapshots.

    python benchmarks/engine_same.py snapshot before.jsonl [--every N] [--sets wcxb,trafeval]
    ... change newsclean/engine/ ...
    python benchmarks/engine_same.py snapshot after.jsonl [--every N]
    python benchmarks/engine_same.py compare before.jsonl after.jsonl

A snapshot line holds, for one page (parsed and bounded as ``read.html.html_to_page``
does), every field of every block ``engine.page.engine_blocks`` returns (text, kind,
tag, level, context, links, cells, code, removal and its reason), each block's score,
whether the engine is unsure of the page, and the column sums of its feature rows
(``block_features``). ``compare`` prints the pages that differ and exits 1 when any
does; scores and feature sums are compared to ``--tolerance`` (default 1e-9), all else
exactly. benchmarks/same_output.py checks the default path's Articles; this checks the
engine's blocks, which that default path does not use.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the work tree's newsclean

from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.same_output import compare as compare_records  # noqa: E402
from benchmarks.train_engine import trafeval_records, trafeval_text, tree_of  # noqa: E402

_NUMERIC = ("scores", "feature_sums")


def _pages(sets: list[str], every: int):  # noqa: ANN202 - (name, html, url) pairs
    if "wcxb" in sets:
        for pid in page_ids(DEFAULT_DATA)[::every]:
            page = load_page(DEFAULT_DATA, pid)
            yield f"wcxb/{pid}", page.html, page.url or None
    if "trafeval" in sets:
        for record in trafeval_records("tune")[::every] + trafeval_records("held")[::every]:
            yield f"trafeval/{record['id']}", trafeval_text(record), None


def page_record(html: str, url: str | None) -> dict:
    """What the engine gives one page (see the module's doc)."""
    from newsclean.engine.features import block_features
    from newsclean.engine.page import engine_blocks
    from newsclean.engine.segment import segment

    tree = tree_of(html)
    if tree is None:
        return {"tree": None}
    result = engine_blocks(tree, url)
    blocks = [{k: (sorted(v) if isinstance(v, frozenset) else v) for k, v in dataclasses.asdict(b).items()
               if not k.startswith("_")} for b in result.blocks]
    tree = tree_of(html)  # a fresh tree: the features of a page read once, as extract() does
    body = tree.find("body")
    x, _ = block_features(segment(body if body is not None else tree))
    return {"blocks": blocks, "scores": result.scores, "unsure": result.unsure, "why_unsure": result.why_unsure,
            "feature_sums": x.sum(axis=0).tolist()}


def snapshot(out: Path, every: int, sets: list[str]) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as lines:
        for name, html, url in _pages(sets, every):
            lines.write(json.dumps({"page": name, **page_record(html, url)}, ensure_ascii=False) + "\n")
            count += 1
    return count


def _close(a: list[float], b: list[float], tolerance: float) -> bool:
    # NaN on both sides is the same: an HTML block's text-only features are missing (NaN),
    # so every page's feature sums hold NaN, and NaN compares unequal to itself.
    return len(a) == len(b) and all(abs(x - y) <= tolerance * max(1.0, abs(x)) or (math.isnan(x) and math.isnan(y))
                                    for x, y in zip(a, b))


def compare(before: Path, after: Path, tolerance: float) -> list[str]:
    def same(field: str, a, b) -> bool:
        return _close(a or [], b or [], tolerance) if field in _NUMERIC else a == b

    return compare_records(before, after, same)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot", help="run the engine on the development pages and write its output")
    take.add_argument("out", type=Path)
    take.add_argument("--every", type=int, default=1, help="every Nth page of each set (default: all)")
    take.add_argument("--sets", default="wcxb,trafeval")
    diff = commands.add_parser("compare", help="the pages whose engine output differs between two snapshots")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    diff.add_argument("--tolerance", type=float, default=1e-9)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        print(f"{snapshot(args.out, args.every, args.sets.split(','))} pages written to {args.out}")
        return 0
    differing = compare(args.before, args.after, args.tolerance)
    print("\n".join(differing) + ("\n" if differing else "") + f"differing: {len(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
