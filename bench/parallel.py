"""Benchmark: one batch of 8 recordings with 1 and with 2 parallel workers, on this machine's cores.

Reports throughput (recordings per minute) and its ratio, peak memory of each run, and
the orchestration overhead with one worker: the flow's wall time minus the time spent in
the stages themselves during that same run (decode, transcribe, speakers, write,
insights, index, then report and site), as a share of the stage time. Target: under 5 %.
Everything else in the flow counts as overhead: Prefect task runs, planning the batch
(hashing and probing every file), claims, currency checks, index sync. As a cross-check
the same stages are also run directly, without the flow, in the same process. The one-off
start of Prefect's temporary server is timed apart, with an empty batch first.

Each setting runs in its own fresh process, which loads the models before the clock
starts: model loading is paid once per worker process, not per file, and is not
orchestration. Prefect runs as it does for users (a temporary local server).

    .venv/bin/python bench/parallel.py [--files 8] [--model base]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from rich.console import Console
from rich.table import Table

import flows.process
import flows.tagging
import pipeline.refresh
from flows.process import process_folder
from pipeline.artifacts import write_insights, write_transcript
from pipeline.audio import decode
from pipeline.embeddings import embed
from pipeline.hashing import file_sha256
from pipeline.index import index_recording
from pipeline.inputs import find_recordings
from pipeline.insights import extract_insights
from pipeline.records import Source
from pipeline.report import write_report
from pipeline.site import build_site
from pipeline.speakers import _encoder, attach_speakers
from pipeline.taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from pipeline.transcribe import EngineConfig, load_transcriber, transcribe_audio

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "data" / "labelled"
TARGET_OVERHEAD = 0.05
# Where the flows call each stage: the names are timed where they are looked up.
STAGES: tuple[tuple[ModuleType, str], ...] = (
    (flows.process, "decode"),
    (flows.process, "transcribe_with_fallback"),
    (flows.process, "attach_speakers"),
    (flows.process, "redact_transcript"),
    (flows.process, "write_transcript"),
    (flows.tagging, "extract_insights"),
    (flows.tagging, "write_insights"),
    (flows.process, "index_recording"),
    (pipeline.refresh, "write_report"),
    (pipeline.refresh, "build_site"),
)


@contextmanager
def stage_clock() -> Iterator[dict[str, float]]:
    """Seconds spent inside the stage functions while the block runs, summed over threads."""
    spent: dict[str, float] = {}
    lock = threading.Lock()

    def timed(name: str, stage: Callable[..., object]) -> Callable[..., object]:
        @functools.wraps(stage)
        def run(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return stage(*args, **kwargs)
            finally:
                with lock:
                    spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

        return run

    originals = [(module, name, getattr(module, name)) for module, name in STAGES]
    for module, name, stage in originals:
        setattr(module, name, timed(name, stage))
    try:
        yield spent
    finally:
        for module, name, stage in originals:
            setattr(module, name, stage)


def bare(inbox: Path, out: Path, config: EngineConfig) -> float:
    """The same stages as the flow, called directly: no Prefect, no claims, no tasks; returns seconds."""
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    started = time.perf_counter()
    for path in find_recordings(inbox):
        audio = decode(path)
        source = Source(path.name, file_sha256(path), round(audio.duration, 3), audio.partial)
        transcript = transcribe_audio(load_transcriber(config), audio, source)
        transcript = attach_speakers(transcript, audio, path, None)
        write_transcript(out, transcript)
        folder = write_insights(out, extract_insights(transcript, taxonomy), transcript)
        index_recording(out, folder, path)
    write_report(out)
    build_site(out)
    return time.perf_counter() - started


def child(inbox: Path, out: Path, workers: int, model: str) -> None:
    """One timed batch (and, with one worker, the same work without orchestration); prints JSON."""
    config = EngineConfig(model=model, workers=workers)
    load_transcriber(config)
    _encoder()
    embed(["warm up"])
    warm = out.with_name("warm")
    warm.mkdir()
    shutil.copy(find_recordings(inbox)[0], warm)
    bare(warm, out.with_name("warm-out"), config)  # first-use costs (taxonomy vectors, caches) for neither side
    empty = out.with_name("empty")
    empty.mkdir()
    started = time.perf_counter()  # the first flow run starts Prefect's temporary server: once per process
    process_folder(empty, out.with_name("empty-out"), model=model, workers=workers)
    startup_s = time.perf_counter() - started
    bare_s = bare(inbox, out.with_name("bare"), config) if workers == 1 else None
    with stage_clock() as spent:
        started = time.perf_counter()
        outcomes = process_folder(inbox, out, model=model, workers=workers)
        wall = time.perf_counter() - started
    result = {
        "done": sum(o.status == "done" for o in outcomes),
        "wall_s": wall,
        "stage_s": sum(spent.values()),
        "stages": spent,
        "bare_s": bare_s,
        "startup_s": startup_s,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(result))


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
    for column in ("workers", "done", "wall s", "recordings/min", "peak MiB"):
        table.add_column(column, justify="right")
    for workers, run in runs.items():
        throughput = f"{run['done'] / run['wall_s'] * 60:.1f}"
        table.add_row(str(workers), str(run["done"]), f"{run['wall_s']:.1f}", throughput, f"{run['peak_mib']:.0f}")
    console = Console()
    console.print(table)
    one = runs[1]
    extra_s = one["wall_s"] - one["stage_s"]
    stages = ", ".join(f"{name} {seconds:.1f}" for name, seconds in one["stages"].items())
    console.print(
        f"once per process, before the first recording: {one['startup_s']:.1f} s (Prefect's temporary server and "
        "the first flow run; none with a running Prefect server)\n"
        f"throughput 2 workers / 1 worker: {one['wall_s'] / runs[2]['wall_s']:.2f}x\n"
        f"stage seconds in the 1-worker flow run: {stages}\n"
        f"orchestration overhead (flow {one['wall_s']:.1f} s, of which stages {one['stage_s']:.1f} s): "
        f"{extra_s / one['stage_s']:.1%} (target < {TARGET_OVERHEAD:.0%}), "
        f"{extra_s / one['done']:.2f} s per recording\n"
        f"cross-check, same stages called directly in the same process: {one['bare_s']:.1f} s "
        f"(flow {(one['wall_s'] - one['bare_s']) / one['bare_s']:+.1%})"
    )


if __name__ == "__main__":
    main()
