"""Benchmark: persona and job tagging accuracy on the labelled set and on the held-out set.

The labelled set (tests/data/labelled, 12 interviews) is what the tagging method was
chosen on. The held-out set (tests/data/heldout, 6) was written after that and not tuned
on, though its misses were since looked at. The two blind sets (tests/data/blind and
tests/data/blind2, 8 each) were written by someone who saw only the taxonomy, never the
method or its results: they are the honest measure of how well tagging carries over to
interviews nobody tuned it for.
Each set goes through the whole pipeline (`interviews run`, speakers found from the
audio), once per run of this script. Target: 7 of 8 for persona and for the main job.

    .venv/bin/python bench/tagging.py [--model base]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parents[1]
SETS = {
    "labelled (tuned on)": REPO / "tests/data/labelled",
    "held-out": REPO / "tests/data/heldout",
    "blind": REPO / "tests/data/blind",
    "blind 2": REPO / "tests/data/blind2",
}
TARGET = 7 / 8


def tag(folder: Path, out: Path, model: str) -> dict[str, dict]:
    """File name → insights.json for every interview of ``folder``, through the CLI."""
    command = [str(Path(sys.executable).with_name("interviews")), "run", str(folder), "--out", str(out)]
    subprocess.run([*command, "--model", model], check=True, capture_output=True)
    found = {}
    for path in out.glob("*/insights.json"):
        data = json.loads(path.read_text())
        found[data["source"]] = data
    return found


def accuracy(labels: dict[str, dict], tagged: dict[str, dict]) -> tuple[int, int, int]:
    """(right persona, top job is the main job, top job is a labelled job), each out of len(labels)."""
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
    args = parser.parse_args()
    table = Table(title=f"Tagging accuracy, whole pipeline, model {args.model} (target {TARGET:.0%})")
    for column in ("set", "interviews", "persona", "main job", "a labelled job"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as scratch:
        for name, folder in SETS.items():
            labels = json.loads((folder / "labels.json").read_text())
            right = accuracy(labels, tag(folder, Path(scratch) / folder.name, args.model))
            table.add_row(name, str(len(labels)), *(f"{n}/{len(labels)} ({n / len(labels):.0%})" for n in right))
    Console().print(table)


if __name__ == "__main__":
    main()
