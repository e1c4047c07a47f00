"""Benchmark: persona and job tagging accuracy, for both taggers, on every labelled set.

The labelled set (tests/data/labelled, 12 interviews) is what the offline method was
chosen on. The held-out set (tests/data/heldout, 6) was written after that and not tuned
on, though its misses were since looked at. The blind sets (tests/data/blind, blind2,
blind3 … blind7, 8 each) were written by someone who saw only the taxonomy, never the method or
its results: they are the honest measure of how well tagging carries over to interviews
nobody tuned it for.
Every set goes through the whole pipeline (`interviews run`, speakers found from the
audio, jobs and personas by embeddings), then `interviews retag --tagger llm` ranks the
jobs and personas again with the chat model. Target: 7 of 8 for persona and for the main
job.

    .venv/bin/python bench/tagging.py [--model base]
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
SETS = {
    "labelled (tuned on)": REPO / "tests/data/labelled",
    "held-out": REPO / "tests/data/heldout",
    "blind": REPO / "tests/data/blind",
    "blind 2": REPO / "tests/data/blind2",
    "blind 3": REPO / "tests/data/blind3",
    "blind 4": REPO / "tests/data/blind4",
    "blind 5": REPO / "tests/data/blind5",
    "blind 6": REPO / "tests/data/blind6",
    "blind 7": REPO / "tests/data/blind7",
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


def accuracy(labels: dict[str, dict], tagged: dict[str, dict]) -> tuple[int, int]:
    """(right persona, top job is the main job), each out of len(labels)."""
    persona = main = 0
    for name, expected in labels.items():
        data = tagged.get(name, {"persona": {"id": None}, "jobs": []})
        top = data["jobs"][0]["id"] if data["jobs"] else None
        persona += data["persona"]["id"] == expected["persona"]
        main += top == expected["jobs"][0]
    return persona, main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="base")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        for folder in SETS.values():
            interviews("run", str(folder), "--out", str(out), "--model", args.model)
        by_embeddings = tagged(out)
        started = time.perf_counter()
        interviews("retag", "--out", str(out), "--tagger", "llm")
        llm_seconds = time.perf_counter() - started
        by_llm = tagged(out)
    table = Table(title=f"Tagging accuracy, whole pipeline, model {args.model} (target {TARGET:.0%})")
    columns = ("set", "interviews", "persona: embeddings", "persona: llm", "main job: embeddings", "main job: llm")
    for column in columns:
        table.add_column(column, justify="right")
    for name, folder in SETS.items():
        labels = json.loads((folder / "labels.json").read_text())
        persona_embeddings, main_embeddings = accuracy(labels, by_embeddings)
        persona_llm, main_llm = accuracy(labels, by_llm)
        cells = (persona_embeddings, persona_llm, main_embeddings, main_llm)
        table.add_row(name, str(len(labels)), *(f"{n}/{len(labels)} ({n / len(labels):.0%})" for n in cells))
    Console().print(table)
    print(f"retag --tagger llm: {llm_seconds:.0f} s for {len(by_llm)} interviews, chat model load included")


if __name__ == "__main__":
    main()
