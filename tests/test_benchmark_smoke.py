"""Smoke test: the benchmark harness runs end to end on 3 pages (figures never asserted)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "wcxb-dev-articles"
# Two runtime dependencies (always there) and one peer of the bench extra (maybe not:
# a missing peer must show as unavailable, not break the run). Few, to stay quick.
SYSTEMS = ["newsclean", "trafilatura", "readability"]


@pytest.mark.skipif(not (DATA / "html").is_dir(), reason="shared/data is not beside the repo")
def test_harness_runs_on_three_pages(tmp_path: Path) -> None:
    out, doc = tmp_path / "result.json", tmp_path / "benchmarks.md"
    linear_page = sorted((DATA / "html").glob("*.html.gz"))[0].name.split(".")[0]
    cmd = [sys.executable, str(REPO / "benchmarks" / "run.py"), "--sample", "3", "--mode", "both",
           "--only", ",".join(SYSTEMS), "--json", str(out), "--markdown", str(doc),
           "--speed-sample", "2", "--warmup", "1", "--factors", "1,2", "--linear-page", linear_page]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "F1" in proc.stdout

    result = json.loads(out.read_text())
    assert result["pages"] == 3
    assert set(result["systems"]) == set(SYSTEMS)
    for name in ("newsclean", "trafilatura"):
        assert result["systems"][name]["available"], result["systems"][name]
    available = [n for n, info in result["systems"].items() if info["available"]]
    for name, info in result["systems"].items():
        assert info["available"] or info["reason"]

    inputs = set(result["quality"])
    assert "html" in inputs and "text:lxml" in inputs  # lxml is a runtime dependency
    for input_name, per_system in result["quality"].items():
        assert set(per_system) == set(available), input_name
        for q in per_system.values():
            assert q["documents"] == 3
            for key in ("precision", "recall", "f1"):
                assert 0.0 <= q[key] <= 1.0
            for key in ("with_found", "without_absent", "title", "author", "author_wrong", "date"):
                assert set(q[key]) == {"share", "n"}

    speed = result["speed"]
    assert set(speed["results"]) == {"html", "text"}
    for kind, per_system in speed["results"].items():
        for name in available:
            s = per_system[name]
            assert s["available"], s
            assert s["documents"] == 2 and s["docs_per_s"] > 0 and s["peak_rss_mb"] > 0
            assert set(s["linear"]["seconds"]) == {"1", "2"}

    assert result["machine"]["nproc"] >= 1 and result["versions"]["trafilatura"]
    text = doc.read_text()
    assert result["command"] in text and "## Speed and memory" in text
