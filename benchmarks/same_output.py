"""Does a change keep newsclean's output? Snapshot every Article, then compare two snapshots.

    python benchmarks/same_output.py snapshot before.jsonl [--every N] [--sets wcxb,trafeval]
    ... change the code ...
    python benchmarks/same_output.py snapshot after.jsonl [--every N]
    python benchmarks/same_output.py compare before.jsonl after.jsonl

Each development page is extracted as HTML and as a text dump (``render.lxml_text``);
a snapshot line holds every field the Article gives (body, metadata, each removal with
its cleaner, reason and text). ``compare`` prints the pages that differ and the fields
that differ on them, and exits 1 when any does. The newsclean imported is the work tree's.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the work tree's newsclean

from benchmarks.data import DEFAULT_DATA  # noqa: E402
from benchmarks.render import lxml_text  # noqa: E402

SETS = {"wcxb": DEFAULT_DATA / "html", "trafeval": DEFAULT_DATA.parent / "trafeval-dev" / "html"}


def snapshot(out: Path, every: int, sets: list[str]) -> int:
    import newsclean

    count = 0
    with out.open("w", encoding="utf-8") as lines:
        for name in sets:
            for path in sorted(SETS[name].glob("*.html.gz"))[::every]:
                raw = gzip.decompress(path.read_bytes())
                for kind, source in (("html", raw), ("text", lxml_text(raw.decode("utf-8", "replace")))):
                    article = newsclean.extract(source, source_type=kind)
                    record = article.to_dict(include_removed=True)
                    lines.write(json.dumps({"page": f"{name}/{path.name}", "kind": kind, **record},
                                           ensure_ascii=False, sort_keys=True) + "\n")
                    count += 1
    return count


def compare(before: Path, after: Path,
            same: Callable[[str, Any, Any], bool] | None = None) -> list[str]:
    """One line per record that differs: the page, the input kind (where records have
    one) and the fields. ``same(field, old, new)`` says whether a field's values match
    (default: equal); benchmarks/engine_same.py passes one with a tolerance for scores."""
    def load(path: Path) -> dict[str, dict]:
        with path.open(encoding="utf-8") as lines:
            return {" ".join(filter(None, (r["page"], r.get("kind")))): r for r in map(json.loads, lines)}

    same = same or (lambda field, a, b: a == b)
    old, new = load(before), load(after)
    out = [f"{key}: only in {before}" for key in old.keys() - new.keys()]
    out += [f"{key}: only in {after}" for key in new.keys() - old.keys()]
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        fields = [f for f in sorted(a.keys() | b.keys()) if not same(f, a.get(f), b.get(f))]
        if fields:
            out.append(f"{key}: {', '.join(fields)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot", help="extract the development pages and write every Article")
    take.add_argument("out", type=Path)
    take.add_argument("--every", type=int, default=1, help="every Nth page of each set (default: all)")
    take.add_argument("--sets", default="wcxb,trafeval")
    diff = commands.add_parser("compare", help="the extractions that differ between two snapshots")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        print(f"{snapshot(args.out, args.every, args.sets.split(','))} extractions written to {args.out}")
        return 0
    differing = compare(args.before, args.after)
    print("\n".join(differing) + ("\n" if differing else "") + f"differing: {len(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
