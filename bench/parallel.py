"""Benchmark: one batch of 8 recordings with 1 and with 2 parallel workers, on this machine's cores.

Reports throughput (recordings per minute) and its ratio, peak memory of each run, and
the orchestration overhead: batch wall time minus the time spent in the stages
(decode, transcribe, speakers, insights, as each recording's outputs record them),
divided by the stage time, with one worker. Target: overhead under 5 %.

Each setting runs in its own fresh process, which loads the models before the clock
starts: model loading is paid once per worker process, not per file, and is not
orchestration. Prefect runs as it does for users (a temporary local server).

    .venv/bin/python bench/parallel.py [--files 8] [--model base]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "data" / "labelled"
STAGES = ("decode_s", "transcribe_s", "speakers_s")
TARGET_OVERHEAD = 0.05


def child(inbox: Path, out: Path, workers: int, model: str) -> None:
    """One timed batch; prints its measurements as JSON."""
    from flows.process import process_folder
    from pipeline.embeddings import embed
    from pipeline.speakers import _encoder
    from pipeline.transcribe import EngineConfig, load_transcriber

    load_transcriber(EngineConfig(model=model, workers=workers))
    _encoder()
    embed(["warm up"])
    started = time.perf_counter()
    outcomes = process_folder(inbox, out, model=model, workers=workers)
    wall = time.perf_counter() - started
    stage = 0.0
    for folder in out.glob("*/transcript.json"):
        timings = json.loads(folder.read_text())["timings"]
        insights = json.loads((folder.parent / "insights.json").read_text())["provenance"]["timings"]
        stage += sum(timings.get(name, 0.0) for name in STAGES) + insights["insights_s"]
    print(
        json.dumps(
            {
                "done": sum(o.status == "done" for o in outcomes),
                "audio_s": sum(o.audio_seconds for o in outcomes),
                "wall_s": wall,
                "stage_s": stage,
                "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def measure(files: list[Path], workers: int, model: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch) / "inbox"
        inbox.mkdir()
        for path in files:
            shutil.copy(path, inbox)
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(inbox), str(Path(scratch) / "out"), str(workers), model],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--model", default="base")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        inbox, out, workers, model = args.child
        child(Path(inbox), Path(out), int(workers), model)
        return
    files = sorted(p for p in LABELLED.iterdir() if p.suffix in {".ogg", ".mp3", ".m4a"})[: args.files]
    runs = {workers: measure(files, workers, args.model) for workers in (1, 2)}
    table = Table(title=f"{len(files)} recordings, model {args.model}, one batch per setting")
    for column in ("workers", "done", "wall s", "recordings/min", "stage s", "overhead", "peak MiB"):
        table.add_column(column, justify="right")
    for workers, run in runs.items():
        overhead = (run["wall_s"] - run["stage_s"]) / run["stage_s"] if workers == 1 else None
        table.add_row(
            str(workers),
            str(run["done"]),
            f"{run['wall_s']:.1f}",
            f"{run['done'] / run['wall_s'] * 60:.1f}",
            f"{run['stage_s']:.1f}",
            f"{overhead:.1%}" if overhead is not None else "(stages overlap)",
            f"{run['peak_mib']:.0f}",
        )
    console = Console()
    console.print(table)
    ratio = runs[1]["wall_s"] / runs[2]["wall_s"]
    overhead = (runs[1]["wall_s"] - runs[1]["stage_s"]) / runs[1]["stage_s"]
    console.print(
        f"throughput 2 workers / 1 worker: {ratio:.2f}x; orchestration overhead with 1 worker: "
        f"{overhead:.1%} of stage time (target < {TARGET_OVERHEAD:.0%}), "
        f"{(runs[1]['wall_s'] - runs[1]['stage_s']) / runs[1]['done']:.2f} s per recording"
    )


if __name__ == "__main__":
    main()
