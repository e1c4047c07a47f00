"""Benchmark: persona and job tagging accuracy, for both taggers, on every labelled set.

The labelled set (tests/data/labelled, 12 interviews) is what the offline method was
chosen on. The held-out set (tests/data/heldout, 6) was written after that and not tuned
on, though its misses were since looked at. The blind sets (tests/data/blind, blind2,
blind3 and on, 8 each) were written by someone who saw only the taxonomy, never the method or
its results: they are the honest measure of how well tagging carries over to interviews
nobody tuned it for, each until its first run.
Every set goes through the whole pipeline (`interviews run`, speakers found from the
audio, jobs and personas by embeddings), then `interviews retag --tagger llm` ranks the
jobs and personas again with the chat model. Target: 7 of 8 for persona and for the job.
The job is counted two ways: the top job is the customer's main job, and the top job is
one of the jobs they are labelled with (main or second), since a customer who raises two
pains clearly has both.

    .venv/bin/python bench/tagging.py [--model base] [--sets blind8 blind9] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parents[1]
# Every folder of tests/data with a labels.json, so a new blind set is benchmarked without editing
# this file: labelled (what the method was chosen on) first, then held-out, then blind, blind2 … in order.
SETS = {
    folder.name: folder
    for folder in sorted(
        (labels.parent for labels in (REPO / "tests" / "data").glob("*/labels.json")),
        key=lambda folder: (folder.name != "labelled", folder.name != "heldout", len(folder.name), folder.name),
    )
}
TARGET = 7 / 8


def interviews(*args: str) -> None:
    subprocess.run([str(Path(sys.executable).with_name("interviews")), *args], check=True, capture_output=True)


def tagged(out: Path) -> dict[str, dict]:
    """File name → insights.json for every interview in ``out``."""
    found = {}
    for path in out.glob("*/insights.json"):
        data = json.loads(path.read_text())
        found[data["source"]] = data
    return found


def accuracy(labels: dict[str, dict], tagged: dict[str, dict]) -> tuple[int, int, int]:
    """(right persona, top job is the main job, top job is the main or the second job), each out of len(labels)."""
    persona = main = any_job = 0
    for name, expected in labels.items():
        data = tagged.get(name, {"persona": {"id": None}, "jobs": []})
        top = data["jobs"][0]["id"] if data["jobs"] else None
        persona += data["persona"]["id"] == expected["persona"]
        main += top == expected["jobs"][0]
        any_job += top in expected["jobs"]
    return persona, main, any_job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="base")
    parser.add_argument(
        "--sets", nargs="+", choices=list(SETS), default=list(SETS), metavar="SET", help=", ".join(SETS)
    )
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder, to read the misses")
    args = parser.parse_args()
    sets = {name: SETS[name] for name in args.sets}
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch) / "out"
        for folder in sets.values():
            interviews("run", str(folder), "--out", str(out), "--model", args.model)
        by_embeddings = tagged(out)
        started = time.perf_counter()
        interviews("retag", "--out", str(out), "--tagger", "llm")
        llm_seconds = time.perf_counter() - started
        by_llm = tagged(out)
    table = Table(title=f"Tagging accuracy, whole pipeline, model {args.model} (target {TARGET:.0%})")
    table.caption = "default: embeddings; llm: --tagger llm; any job: the top job is the main or the second job"
    table.add_column("set")
    table.add_column("n", justify="right")
    for measure in ("persona", "main job", "any job"):
        for tagger in ("", " llm"):
            table.add_column(f"{measure}{tagger}", justify="right")
    for name, folder in sets.items():
        labels = json.loads((folder / "labels.json").read_text())
        by_measure = zip(accuracy(labels, by_embeddings), accuracy(labels, by_llm), strict=True)
        cells = [n for pair in by_measure for n in pair]
        table.add_row(name, str(len(labels)), *(f"{n}/{len(labels)} ({n / len(labels):.0%})" for n in cells))
    Console().print(table)
    print(f"retag --tagger llm: {llm_seconds:.0f} s for {len(by_llm)} interviews, chat model load included")


if __name__ == "__main__":
    main()
