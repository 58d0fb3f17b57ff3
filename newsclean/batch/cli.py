"""``newsclean batch``: many inputs in, one JSONL record per document out."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..engine.choice import DEFAULT_ENGINE, ENGINES
from .readers import Document, ReadStats, default_max_bytes, iter_documents
from .runner import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, RECORD_FORMATS, default_jobs, iter_records

PROG = "newsclean batch"
USAGE = (f"{PROG} INPUT... --output OUT.jsonl [--jobs N] [--resume] [--timeout S] [--max-memory MB] "
         "[--max-bytes N] [--format text|markdown] [--explain] [--blocks] [--engine NAME] [--all-statuses]")
# A lone surrogate (from a file name that is not valid UTF-8, read with surrogateescape)
# cannot be written as UTF-8: it is written as a JSON escape, which reads back the same.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class UsageError(Exception):
    """Bad arguments: reported on one stderr line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump, no traceback
        raise UsageError(message)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _limit(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more, got {value}")
    return number


def dumps(record: dict) -> str:
    """One output line: UTF-8 JSON that reads back to exactly ``record``, ids included."""
    line = json.dumps(record, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Extract the article of every document in files, directories (recursive), "
        "WARC and WET archives (.warc, .wet, .gz) and JSONL files (an 'html' or 'text' field, and "
        "'id'/'url'), writing one JSON record per document.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, WARC, WET or JSONL file")
    parser.add_argument("-o", "--output", required=True, help="JSONL file to write ('-' for stdout)")
    parser.add_argument(
        "-j", "--jobs", type=_positive, default=None,
        help=f"worker processes (default: the number of cores, here {default_jobs()})",
    )
    parser.add_argument("--resume", action="store_true", help="skip ids already in the output file, append the rest")
    parser.add_argument(
        "--timeout", type=_limit, default=DEFAULT_TIMEOUT, metavar="SECONDS",
        help=f"time limit per document; over it, an error record of kind 'timeout' (default {DEFAULT_TIMEOUT:g}; 0: none)",
    )
    parser.add_argument(
        "--max-memory", type=_limit, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
        help=f"memory a worker may take for one document; over it, kind 'out_of_memory' "
        f"(default {DEFAULT_MAX_MEMORY_MB}; 0: none)",
    )
    parser.add_argument(
        "--max-bytes", type=_positive, default=None, metavar="N",
        help=f"size cap of one document, after gzip is undone; over it, kind 'too_large' (default {default_max_bytes()})",
    )
    parser.add_argument(
        "--format", choices=RECORD_FORMATS, default="text",
        help="the body in each record: 'text' (the \"body\" field, always there) or 'markdown', which adds a "
        "\"markdown\" field (headings, lists, tables; the title stays in \"title\"). Records are JSON lines either way",
    )
    parser.add_argument("--explain", action="store_true",
                        help="add \"removed\" (each removed block, its cleaner and reason) and \"sources\" "
                        "(where each metadata field came from, and the candidates that lost) to each record")
    parser.add_argument("--blocks", action="store_true",
                        help="add \"blocks\": the body's blocks with their kind (heading, list item, table row, ...)")
    parser.add_argument(
        "--engine", choices=ENGINES, default=DEFAULT_ENGINE,
        help=f"what finds an HTML page's main content: trafilatura, or newsclean's own engine "
        f"(default: {DEFAULT_ENGINE}; see docs/engine.md)",
    )
    parser.add_argument(
        "--all-statuses", action="store_true",
        help="keep WARC responses of any HTTP status (default: only 2xx; the others are counted in the summary)",
    )
    return parser


def read_done_ids(path: str) -> tuple[set[str], int]:
    """The ids already in an output file, and the number of unparsable lines in it.

    A run killed mid-write leaves a partial last line: the unparsable lines at the end
    of the file are cut off, so appending starts on a clean line.
    """
    ids: set[str] = set()
    bad = good_end = offset = 0
    with open(path, "rb") as f:
        for line in f:
            offset += len(line)
            try:
                record = json.loads(line) if line.endswith(b"\n") else None
            except ValueError:
                record = None
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                ids.add(record["id"])
                good_end = offset
            else:
                bad += 1
    if good_end < offset:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return ids, bad


def _progress(stream: TextIO):
    if not stream.isatty():
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread in a process that forks workers
    return tqdm(unit="doc", file=stream, dynamic_ncols=True, smoothing=0.1)


def _skip_done(docs: Iterable[Document], done: set[str], counter: list[int]) -> Iterator[Document]:
    for doc in docs:
        if doc.id in done:
            counter[0] += 1
        else:
            yield doc


def run(args: argparse.Namespace, stderr: TextIO) -> int:
    for given in args.inputs:
        if not os.path.exists(given):
            raise UsageError(f"no such file or directory: {given}")
    to_stdout = args.output == "-"
    if to_stdout and args.resume:
        raise UsageError("--resume needs an output file, not stdout")

    done: set[str] = set()
    try:
        if args.resume and os.path.exists(args.output):
            done, bad = read_done_ids(args.output)
            if bad:
                print(f"{PROG}: ignored {bad} unparsable line(s) in {args.output}", file=stderr)
        out = sys.stdout if to_stdout else open(
            args.output, "a" if args.resume else "w", encoding="utf-8", errors="replace"
        )
    except OSError as exc:
        print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=stderr)
        return 1

    skipped = [0]
    stats = ReadStats()
    documents = iter_documents(
        args.inputs, exclude=None if to_stdout else args.output, max_bytes=args.max_bytes,
        keep_all_statuses=args.all_statuses, stats=stats,
    )
    records = iter_records(
        _skip_done(documents, done, skipped), jobs=args.jobs, timeout=args.timeout,
        max_memory_mb=int(args.max_memory) or None, max_bytes=args.max_bytes,
        format=args.format, explain=args.explain, blocks=args.blocks, engine=args.engine,
    )
    n_docs = n_errors = 0
    status = 0
    bar = None
    stopped = ""
    start = time.perf_counter()
    try:
        for record in records:
            if bar is None:  # after the first record, so the workers fork before tqdm starts
                bar = _progress(stderr)
            out.write(dumps(record) + "\n")
            n_docs += 1
            n_errors += "error" in record
            if bar is not None:
                bar.update()
                if "error" in record:
                    bar.set_postfix(errors=n_errors, refresh=False)
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        if not to_stdout:
            raise
        # The reader went away (`... -o - | head`): its choice, not a failure of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        stopped = "the reader of the output stopped early"
    except OSError as exc:
        print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=stderr)
        status = 1
    finally:
        records.close()  # stops the workers when the loop ended early
        if bar is not None:
            bar.close()
        try:
            out.flush()
            if not to_stdout:
                out.close()
        except OSError as exc:
            if status == 0 and not stopped:
                print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=stderr)
                status = 1
    seconds = time.perf_counter() - start
    summary = (
        f"{PROG}: {n_docs} documents, {n_docs - n_errors} articles, {n_errors} errors, "
        f"{seconds:.1f} s ({n_docs / seconds if seconds else 0:.1f} docs/s)"
    )
    if args.resume:
        summary += f", {skipped[0]} already done"
    if stats.status_skipped:
        summary += f", {stats.status_skipped} non-2xx responses skipped"
    if status == 130:
        summary += ", interrupted"
    elif stopped:
        summary += f", {stopped}"
    print(summary, file=stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``newsclean batch``; returns the exit status."""
    stderr = sys.stderr
    try:
        args = build_parser().parse_args(argv)
        return run(args, stderr)
    except UsageError as exc:
        print(f"{PROG}: error: {exc} (usage: {USAGE})", file=stderr)
        return 2
