"""Tables from a result dict: printed on stdout, and the whole docs/benchmarks.md.

Also a script: ``python benchmarks/report.py RESULT.json --out docs/benchmarks.md``
rewrites the doc from a saved run, without running anything again.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.metrics import SHINGLE  # noqa: E402


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _systems(result: dict) -> list[str]:
    return [name for name, info in result["systems"].items() if info["available"]]


def summary_table(result: dict) -> str:
    """Body F1 of every system on every input, side by side."""
    inputs = list(result["quality"])
    rows = []
    for name in _systems(result):
        rows.append([name] + [_pct(result["quality"][i].get(name, {}).get("f1")) for i in inputs])
    return _table(["system"] + [f"F1 {i}" for i in inputs], rows)


def quality_table(result: dict, input_name: str) -> str:
    """Body and metadata figures of every system on one input."""
    rows = []
    for name in _systems(result):
        q = result["quality"][input_name].get(name)
        if not q:
            continue
        rows.append([
            name, _pct(q["precision"]), _pct(q["recall"]), _pct(q["f1"]),
            _pct(q["with_found"]["share"]), _pct(q["without_absent"]["share"]),
            _pct(q["title"]["share"]), _pct(q["author"]["share"]), _pct(q["author_wrong"]["share"]),
            _pct(q["date"]["share"]), str(q["empty"]), str(q["failures"]),
        ])
    header = ["system", "P", "R", "F1", "with found", "without absent", "title", "author",
              "author wrongly given", "date", "empty", "failed"]
    return _table(header, rows)


def judged_counts(result: dict, input_name: str) -> str:
    """How many pages (or snippets) each figure of an input is judged on."""
    per_system = result["quality"][input_name]

    def most(key: str) -> int:
        return max((q[key]["n"] for q in per_system.values()), default=0)

    docs = max((q["documents"] for q in per_system.values()), default=0)
    return (f"Judged on {docs} pages: title on {most('title')}, author on {most('author')}, "
            f"`author wrongly given` on {most('author_wrong')} pages without an author, date on {most('date')}; "
            f"{most('with_found')} `with` and {most('without_absent')} `without` snippets.")


def observations(result: dict) -> list[str]:
    """Facts worth a sentence that the tables alone hide: failures, whole-dump peers."""
    notes = []
    for input_name, per_system in result["quality"].items():
        for name, q in per_system.items():
            if q["failures"]:
                kinds = ", ".join(f"{k} x{v}" for k, v in sorted(q["failure_kinds"].items()))
                notes.append(f"{name} failed on {q['failures']} of {q['documents']} pages of `{input_name}` ({kinds}); counted as empty output.")
    base = {i: p.get("baseline") for i, p in result["quality"].items()}
    same: dict[str, list[str]] = {}
    for input_name, per_system in result["quality"].items():
        b = base.get(input_name)
        if not b or not input_name.startswith("text:"):
            continue
        for name, q in per_system.items():
            if name != "baseline" and abs(q["f1"] - b["f1"]) < 0.005 and abs(q["precision"] - b["precision"]) < 0.005:
                same.setdefault(name, []).append(input_name)
    for kind, per_system in (result.get("speed") or {}).get("results", {}).items():
        for name, s in per_system.items():
            lin = s.get("linear") or {}
            ratios, secs = lin.get("ratios", {}), lin.get("seconds", {})
            # Flag a step over 1.5x linear, unless both times are too short to be more than noise.
            steep = {k: v for k, v in ratios.items() if v is not None and v > 15 and (secs.get(k.split("/")[0]) or 0) >= 0.05}
            if steep:
                shown = ", ".join(f"{v:.1f} for {k.replace('/', 'x/')}x" for k, v in steep.items())
                notes.append(f"{name} on {kind}: time grows faster than linearly with input size ({shown}; 10 is linear).")
            elif ratios and any(v is None for v in ratios.values()):
                notes.append(f"{name} on {kind}: the growth check hit the time limit.")
    for name, inputs in same.items():
        notes.append(f"On {', '.join(f'`{i}`' for i in inputs)}, {name} scores within 0.5 points of the no-cleaning "
                     "baseline: given one `<p>` per line, it keeps (nearly) the whole dump.")
    return notes


def speed_table(result: dict) -> str:
    """Documents per second and peak RSS per system, per input kind."""
    speed = result.get("speed") or {}
    kinds = list(speed.get("results", {}))
    rows = []
    for name in _systems(result):
        row = [name]
        for kind in kinds:
            s = speed["results"][kind].get(name, {})
            if not s.get("available"):
                row += ["n/a", "n/a", "n/a"]
                continue
            row += [_num(s["docs_per_s"]), _num(s["median_ms"]), f"{_num(s['peak_rss_mb'], 0)} (+{_num(s['peak_rss_mb'] - s['rss_before_mb'], 0)})"]
        rows.append(row)
    header = ["system"]
    for kind in kinds:
        header += [f"{kind} docs/s", f"{kind} median ms", f"{kind} peak RSS MB (growth)"]
    return _table(header, rows)


def linear_table(result: dict) -> str:
    """Time on one page repeated 1x, 10x, 100x, and the ratio between steps."""
    speed = result.get("speed") or {}
    rows = []
    for kind, per_system in speed.get("results", {}).items():
        for name in _systems(result):
            lin = per_system.get(name, {}).get("linear")
            if not lin:
                continue
            secs = lin["seconds"]
            cells = [_num(1000 * secs[k], 1) if secs.get(k) is not None else f"> {lin['limit_s']:g} s" for k in secs]
            ratios = [_num(v, 1) for v in lin["ratios"].values()]
            rows.append([name, kind] + cells + ratios)
    any_lin = next((s["linear"] for per in speed.get("results", {}).values() for s in per.values() if s.get("linear")), None)
    if not any_lin:
        return "(not measured)"
    factors = [f"{k}x ms" for k in any_lin["chars"]]
    keys = list(any_lin["chars"])
    ratio_names = [f"{b}x/{a}x" for a, b in zip(keys, keys[1:])]
    return _table(["system", "input"] + factors + ratio_names, rows)


def stdout_report(result: dict) -> str:
    """The tables a person reads after a run."""
    parts = [f"{result['pages']} pages, {result['elapsed_s']:.0f} s", "", "Body F1 (%):", summary_table(result)]
    for input_name in result["quality"]:
        parts += ["", f"Input {input_name} (%):", quality_table(result, input_name)]
    if result.get("speed"):
        parts += ["", "Speed (one process, after warm-up):", speed_table(result), "", "Growth with input size:", linear_table(result)]
    missing = _unavailable(result)
    if missing:
        parts += ["", "Unavailable: " + "; ".join(missing)]
    return "\n".join(parts)


def _unavailable(result: dict) -> list[str]:
    out = [f"{n}: {i['reason']}" for n, i in result["systems"].items() if not i["available"]]
    out += [f"renderer {n}: {r}" for n, r in result.get("renderers_unavailable", {}).items()]
    return out


# The language detector is measured by benchmarks/language.py on other sets (trafeval-dev's
# lang labels, WCXB); its section is kept here and appended, so a new run keeps it.
LANGUAGE_SECTION = Path(__file__).resolve().parent / "results" / "language.md"
# benchmarks/trafeval.py measures the multilingual set (snippet F1) and writes its section
# here (--section); a new WCXB run keeps it, and the page says which commit each holds.
TRAFEVAL_SECTION = Path(__file__).resolve().parent / "results" / "trafeval.md"

_SPLIT_FIELDS = ("precision", "recall", "f1", "title", "author", "author_wrong", "date")


def split_means(records: list[dict]) -> dict:
    """Macro means per split, input and system: {split: {input: {system: {field: mean}}}}.

    The split rule is benchmarks/splits.py's; a field no page judged is None.
    """
    from benchmarks.splits import split_of

    groups: dict[tuple[str, str, str], list[dict]] = {}
    for rec in records:
        groups.setdefault((split_of(rec["page_id"]), rec["input"], rec["system"]), []).append(rec)
    out: dict = {}
    for (split, inp, system), recs in sorted(groups.items()):
        means = {}
        for key in _SPLIT_FIELDS:
            judged = [float(r[key]) for r in recs if r.get(key) is not None]
            means[key] = sum(judged) / len(judged) if judged else None
        out.setdefault(split, {}).setdefault(inp, {})[system] = dict(means, pages=len(recs))
    return out


def split_table(result: dict) -> str:
    """Tune and held-back figures side by side, one row per input and system."""
    splits = result.get("splits") or {}
    tune, held = splits.get("tune", {}), splits.get("held", {})
    rows = []
    for inp in tune:
        for system in _systems(result):
            a, b = tune[inp].get(system), held.get(inp, {}).get(system)
            if a is None or b is None:
                continue
            cells = [f"{_pct(a[k])} / {_pct(b[k])}" for k in ("f1", "title", "author", "author_wrong", "date")]
            rows.append([inp, system] + cells)
    return _table(["input", "system", "body F1", "title", "author", "wrong author", "date"], rows)


def markdown(result: dict) -> str:
    """The whole docs/benchmarks.md (the trafeval-dev and language sections appended)."""
    text = _markdown(result)
    for section in (TRAFEVAL_SECTION, LANGUAGE_SECTION):
        if section.exists():
            text = text.rstrip("\n") + "\n\n" + section.read_text(encoding="utf-8")
    return text


def _markdown(result: dict) -> str:
    m, speed = result["machine"], result.get("speed") or {}
    lines = [
        "# Benchmarks",
        "",
        "Generated by `benchmarks/run.py`; do not edit by hand (rewrite it with",
        "`python benchmarks/report.py RESULT.json --out docs/benchmarks.md`).",
        "Every claim about newsclean's quality or speed comes from this page.",
        "",
        "## This run",
        "",
        f"- Command: `{result['command']}`",
        f"- Started {result['started']}, took {result['elapsed_s']:.0f} s "
        f"(quality {result['quality_s']:.0f} s on {result['processes']} processes, speed {result.get('speed_s', 0):.0f} s).",
        f"- Data: {result['data_name']}, {result['pages']} pages" + (" (the whole set)." if result["sample"] is None else f" (seeded sample of {result['sample']}, seed {result['seed']})."),
        f"- newsclean at commit `{result.get('git_commit') or 'unknown'}`.",
        f"- Extraction CPU time in the quality pass: {result.get('quality_cpu_s', 0):.0f} s, i.e. about "
        f"{result.get('quality_cpu_s', 0) / max(1, result['processes']):.0f} s of wall time on {result['processes']} idle cores.",
        f"- Machine: {m['nproc']} cores ({m['cpu']}), {m['memory_gb']:.1f} GB memory, Python {m['python']} on {m['platform']};"
        f" load average {m.get('load_avg_start', 0):.1f} at the start and {m.get('load_avg_end', 0):.1f} at the end"
        " (above the core count, other work shared the machine and wall times stretch).",
        "",
        "Package versions:",
        "",
        _table(["package", "version"], [[k, v] for k, v in result["versions"].items()]),
        "",
    ]
    missing = _unavailable(result)
    if missing:
        lines += ["Unavailable in this run: " + "; ".join(missing) + ".", ""]
    lines += ["## Body F1 at a glance (%)", "", summary_table(result), ""]
    lines += [
        "Inputs: `html` is the page as fetched; `text:NAME` is a plain-text dump of the page made",
        "by the renderer NAME, given as is to newsclean and to the baseline, and wrapped one",
        "HTML-escaped `<p>` per line for every peer that only reads HTML.",
        "",
    ]
    if result.get("splits"):
        lines += ["## Tune and held-back splits (%)", "",
                  "Each cell is *tune / held*: pages whose id is a multiple of 5 are held back",
                  "(benchmarks/splits.py); rules and models are chosen on tune, and held confirms them.",
                  "Macro means over the pages of each split; wrong author is the share of author-less",
                  "pages given an author.", "", split_table(result), ""]
    for input_name in result["quality"]:
        lines += [f"## Input `{input_name}` (%)", "", quality_table(result, input_name), "",
                  judged_counts(result, input_name), ""]
    notes = observations(result)
    if notes:
        lines += ["## Observations", ""] + [f"- {n}" for n in notes] + [""]
    if speed:
        lines += [
            "## Speed and memory",
            "",
            f"One fresh process per system and input kind, run one after the other; {speed['warmup']} documents",
            f"of warm-up, then {speed['documents']} documents (a fixed seeded sample) timed one by one. docs/s is",
            "documents over total time; the median per document is steadier on a noisy machine.",
            "Peak RSS is the process's high-water mark at the end (`VmHWM`: Python, the system's imports,",
            "the loaded inputs and the extraction). The growth in brackets is over the high-water mark",
            "just after the warm-up, so it is what the timed documents added on top of imports, inputs",
            f"and warm-up. Text inputs are rendered by {speed.get('text_renderer')}.",
            "",
            speed_table(result),
            "",
            "## Growth with input size",
            "",
            f"Page {speed.get('linear_page')} ({speed.get('linear_chars', 0):,} characters of HTML) with its `<body>`",
            "contents repeated k times (for text: its dump repeated k times); median of 5 runs at 1x,",
            "3 at 10x, 1 at 100x. Time that grows linearly gives ratios near 10 at each tenfold step;",
            "markedly more means super-linear work somewhere (Observations flags steps over 15 that",
            "take at least 50 ms; the 100x time is a single run on a possibly shared machine).",
            "",
            linear_table(result),
            "",
        ]
    lines += _method(result)
    return "\n".join(lines) + "\n"


def _method(result: dict) -> list[str]:
    return [
        "## Running it",
        "",
        "- Install the peers: `pip install -e \".[bench]\"` (trafilatura and jusText come with newsclean's",
        "  runtime dependencies; a peer that is not installed shows as unavailable).",
        "- Quick look: `python benchmarks/run.py --sample 50 --mode html --no-speed`.",
        "- One system, one input: `python benchmarks/run.py --only newsclean,trafilatura --mode text`.",
        "- Full run (this page): `python benchmarks/run.py --mode both --json benchmarks/results/latest.json"
        " --markdown docs/benchmarks.md`; `--per-doc FILE` also writes every page's scores.",
        "- `--data` defaults to `../shared/data/wcxb-dev-articles` beside the repo.",
        "",
        "## How it is scored",
        "",
        "- **Body**: each text is NFKC-normalised, case-folded and cut into `\\w+` tokens; these make",
        f"  {SHINGLE}-token shingles (a text shorter than {SHINGLE} tokens is one shingle). Precision and recall",
        "  count shingles as multisets: a shingle twice in the output and once in the truth is one hit",
        "  and one false positive. An empty output scores 0 (precision too) against a non-empty truth.",
        "  P, R and F1 are computed per document, then averaged over documents (macro).",
        "- **Snippets**: a `with` or `without` snippet is present when its sequence of tokens (same",
        "  tokenisation) appears contiguously in the output's, so case, whitespace, line breaks and",
        "  punctuation are ignored and \"Home\" never matches inside \"homeowners\". Shares are over all",
        "  snippets of all documents (micro): `with found` should be high, `without absent` too.",
        "- **Title**: exact match after NFKC, straight quotes for curly ones, whitespace collapsed",
        "  (case kept), over pages whose truth has a title.",
        "- **Author**: the same set of names, after splitting on commas, semicolons, `&` and `and`,",
        "  dropping a leading `By`, ignoring case and whitespace, and dropping post-nominal",
        "  credentials (MS, RD, Ph.D.) when a name remains; over pages whose truth names an author.",
        "  `author wrongly given` is the share of pages whose truth has no author where the system",
        "  still returned a name (lower is better).",
        "- **Date**: the same day (YYYY-MM-DD), over pages whose truth has a date.",
        "- Metadata is judged only for systems that return it (readability: title only; jusText,",
        "  resiliparse and the baseline: body only); `–` marks what is not judged.",
        "- A system that raises or runs past the per-document limit "
        f"({result['timeout_s']:g} s) counts as an empty output; `failed` counts those pages.",
        "",
        "## How each system is called",
        "",
        "- newsclean: `newsclean.extract(source, url=url, source_type=\"html\" | \"text\")`.",
        "- newsclean-engine: the same with `engine=\"newsclean\"`, newsclean's own HTML engine (docs/engine.md);",
        "  text is read as by newsclean. Its model was trained on the tune split: read its held column.",
        "- trafilatura: `bare_extraction(html, url=url, with_metadata=True, include_comments=False)`.",
        "- readability-lxml: `Document(html).summary()` rendered to text, `short_title()`.",
        "- newspaper4k: `Article(url, config)` with `fetch_images=False`, then",
        "  `download(input_html=html)` and `parse()`: nothing is fetched.",
        "- jusText: `justext(html, get_stoplist(\"English\"))`, paragraphs not marked boilerplate.",
        "- goose3: `Goose({\"enable_image_fetching\": False}).extract(url=url, raw_html=html)`;",
        "  the date is goose3's `publish_date` string parsed by dateutil.",
        "- resiliparse: `extract_plain_text(html, main_content=True)`.",
        "- baseline: every visible text of the page, one line per block element (the `lxml`",
        "  renderer); in text mode, the dump itself.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("result", type=Path, help="JSON written by run.py --json")
    parser.add_argument("--out", type=Path, help="write the markdown here (default: stdout)")
    args = parser.parse_args()
    result = json.loads(args.result.read_text(encoding="utf-8"))
    text = markdown(result)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
