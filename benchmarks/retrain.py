"""Rebuild every learned model of the text path, in order, with its provenance.

    python benchmarks/retrain.py [--skip-engine | --only-engine | --only title,date,author,region,engine]

The order, and why (each model is trained on what the models before it choose):

1. ``text_title``: the headline scorer. Its features read the dump's lines only.
2. ``text_date``: the date-line scorer. Its features place each line against the
   headline the title scorer picks.
3. ``text_author``: the byline scorer. Its features place each line against the
   headline and the date line the scorers above pick.
4. ``text_region``: the line scorer of the ``text_region`` cleaner. It sees each page
   as the chain before it leaves it: the metadata (read with models 1-3, and the
   headline's position is one of its features) and the cleaners before the region
   rules (``removed_earlier``). Retrained last, so it learns the chain as it is now.

Retrain after any change to those features, to a cleaner before ``text_region``, or
to the metadata readers. Each weight file records its provenance: the commit of the
code (``-dirty`` when newsclean/ or benchmarks/ had uncommitted changes besides the
weight files), a hash of
the training pages' files and of the dumps made from them, the renderers' versions,
the chain before the model, the models it reads, and the date. Only the tune split
(benchmarks/splits.py) is used; the held-back fifth is never seen here.

5. ``engine``: the one block scorer of both inputs (newsclean/learned/, weights
   newsclean/data/engine.json), trained by ``benchmarks/train_engine.py`` on the tune
   split of WCXB and of trafeval-dev: the pages' HTML blocks, and their text dumps' lines
   as the chain before ``text_region`` leaves them. Those read the metadata models 1-3
   and the cleaners before the region rules, as model 4 does, so it is trained after
   them. ``--skip-engine`` leaves it as it is.

Needs the bench extra (renderers, to make missing dumps) and numpy. See docs/training.md.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import train_text_metadata, train_text_region  # noqa: E402
from benchmarks.data import DEFAULT_DATA, REPO_ROOT  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402
from benchmarks.tune_text import CACHE, load_dumps  # noqa: E402
from newsclean.cleaners.base import cleaner_name  # noqa: E402
from newsclean.cleaners.region import pre_region_cleaners  # noqa: E402

# The metadata fields in training order, and the models each one's features read.
METADATA_ORDER = (("title", ()), ("date", ("text_title",)), ("author", ("text_title", "text_date")))
RENDERER_PACKAGES = ("inscriptis", "html-text", "lxml")


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False).stdout.strip()

    sha = git("rev-parse", "HEAD") or "unknown"
    # The weight files themselves change while retraining: they are not the code.
    dirty = git("status", "--porcelain", "--", "newsclean", "benchmarks", ":!newsclean/data", ":!benchmarks/out")
    return sha + ("-dirty" if dirty else "")


def data_hash(ids: list[str], data: Path = DEFAULT_DATA) -> str:
    """sha256 over the training pages' files (HTML and ground truth), in id order."""
    h = hashlib.sha256()
    for i in ids:
        for path in (data / "html" / f"{i}.html.gz", data / "ground-truth" / f"{i}.json"):
            h.update(path.name.encode())
            h.update(gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes())
    return h.hexdigest()


def dumps_hash(pages: dict[str, dict]) -> str:
    """sha256 over the text dumps trained on (renderer by renderer, page by page)."""
    h = hashlib.sha256()
    for pid in sorted(pages):
        for renderer, dump in sorted(pages[pid]["dumps"].items()):
            h.update(f"{pid}/{renderer}\0{dump}\0".encode())
    return h.hexdigest()


def file_hash(name: str) -> str:
    return hashlib.sha256((train_text_metadata.DATA / f"{name}.json").read_bytes()).hexdigest()


def versions() -> dict[str, str]:
    out = {}
    for name in RENDERER_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def engine_provenance() -> dict:
    """The engine's provenance: the tune pages of both sets it reads (benchmarks/train_engine.py)."""
    from benchmarks import train_engine

    wcxb = [i for i in sorted(train_engine.page_ids(DEFAULT_DATA)) if in_split(i, "tune")]
    trafeval = [r["id"] for r in train_engine.trafeval_records("tune")]
    h = hashlib.sha256()
    for rid in trafeval:
        h.update((train_engine.TRAFEVAL / "html" / f"{rid}.html.gz").read_bytes())
    h.update((train_engine.TRAFEVAL / "annotations.jsonl").read_bytes())
    try:
        sklearn = metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        sklearn = "not installed"
    return {
        "commit": commit(),
        "data_hash": data_hash(wcxb),
        "trafeval_hash": h.hexdigest(),
        "data": f"{DEFAULT_DATA.name}: {len(wcxb)} pages of the tune split; trafeval-dev: {len(trafeval)} pages "
                "of the tune split (int(id) % 5 != 0)",
        "renderers": {"lxml": versions()["lxml"], "scikit-learn (training only)": sklearn},
        "chain_before": ["parse_html", "flatten_deep_nesting", "unwrap_crowded_inline", "engine.segment"],
        "trained_by": "benchmarks/train_engine.py",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


MODELS = ("title", "date", "author", "region", "engine")


def chosen_models(argv: list[str]) -> set[str]:
    """The models to rebuild: all by default; ``--skip-engine`` / ``--only-engine``;
    ``--only a,b`` names them. A model trained alone reads the weights of the models
    before it as they are on disk, so after a change to an earlier model retrain all."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--skip-engine", action="store_true")
    group.add_argument("--only-engine", action="store_true")
    group.add_argument("--only", help=f"comma-separated, of {', '.join(MODELS)}")
    args = parser.parse_args(argv)
    if args.only_engine:
        return {"engine"}
    if args.only:
        names = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = names - set(MODELS)
        if unknown:
            parser.error(f"unknown model(s): {', '.join(sorted(unknown))}")
        return names
    return set(MODELS) - ({"engine"} if args.skip_engine else set())


def main() -> None:
    chosen = chosen_models(sys.argv[1:])
    if chosen - {"engine"}:
        text_models(chosen)
    if "engine" in chosen:
        from benchmarks import train_engine

        model = train_engine.train()
        model["provenance"] = engine_provenance()
        print(f"wrote {train_engine.write(model)}", file=sys.stderr)


def text_models(chosen: frozenset[str] | set[str] = frozenset(MODELS)) -> None:
    pages = load_dumps()
    tune = {pid: rec for pid, rec in pages.items() if in_split(pid, "tune")}
    common = {
        "commit": commit(),
        "data_hash": data_hash(sorted(tune)),
        "data": f"{DEFAULT_DATA.name}: {len(tune)} pages of the tune split (int(id) % 5 != 0)",
        "dumps_hash": dumps_hash(tune),
        "dumps": f"{CACHE.relative_to(REPO_ROOT)} (benchmarks/render.py), renderers {sorted(next(iter(tune.values()))['dumps'])}",
        "renderers": versions(),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    for field, reads in METADATA_ORDER:
        if field not in chosen:
            continue
        model = train_text_metadata.train(field, pages)
        model["provenance"] = {**common, "trained_by": "benchmarks/train_text_metadata.py",
                               "chain_before": ["text_to_blocks (no cleaner)"],
                               "models_read": {name: file_hash(name) for name in reads}}
        print(f"wrote {train_text_metadata.write(field, model)}", file=sys.stderr)
    if "region" not in chosen:
        return
    model = train_text_region.train(pages)
    model["provenance"] = {**common, "trained_by": "benchmarks/train_text_region.py",
                           "chain_before": ["read_text_metadata"] + [cleaner_name(c) for c in pre_region_cleaners()],
                           "models_read": {f"text_{f}": file_hash(f"text_{f}") for f, _ in METADATA_ORDER}}
    print(f"wrote {train_text_region.write(model)}", file=sys.stderr)


if __name__ == "__main__":
    main()
