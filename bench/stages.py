"""Benchmark: what finding speakers and extracting insights add to transcription, on CPU.

Target: speakers + insights add at most 15% of the transcription time. All three stages
run on the same recordings in one process, after every model is loaded and warmed up,
so the ratio compares like with like on a noisy shared machine.

    .venv/bin/python bench/stages.py [--threads 2] [--files N]
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.audio import decode
from pipeline.hashing import file_sha256
from pipeline.insights import extract_insights
from pipeline.records import Source
from pipeline.speakers import attach_speakers
from pipeline.taxonomy import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy
from pipeline.transcribe import EngineConfig, Transcriber, load_transcriber, transcribe_audio

REPO = Path(__file__).resolve().parents[1]
AUDIO = {".m4a", ".mp3", ".ogg"}
RECORDINGS = [
    path
    for folder in (REPO / "samples", REPO / "tests" / "data" / "labelled")
    for path in sorted(folder.iterdir())
    if path.suffix in AUDIO
]
TARGET = 0.15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--files", type=int, default=6, help="how many recordings to use")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    transcriber = load_transcriber(EngineConfig(model="base", device="cpu", threads=args.threads))
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    paths = RECORDINGS[: args.files]
    warm_up(paths[0], transcriber, taxonomy)

    table = Table(title=f"Stage times, faster-whisper base, {args.threads} threads, CPU")
    for column in ("recording", "audio s", "transcribe s", "speakers s", "insights s", "added"):
        table.add_column(column, justify="right")
    totals = {"audio": 0.0, "transcribe": 0.0, "speakers": 0.0, "insights": 0.0}
    for path in paths:
        times = measure(path, transcriber, taxonomy)
        for key, value in times.items():
            totals[key] += value
        added = (times["speakers"] + times["insights"]) / times["transcribe"]
        table.add_row(path.name, *(f"{times[k]:.2f}" for k in totals), f"{added:.1%}")
    ratio = (totals["speakers"] + totals["insights"]) / totals["transcribe"]
    table.add_row("all", *(f"{totals[k]:.2f}" for k in totals), f"{ratio:.1%}", style="bold")
    console = Console()
    console.print(table)
    verdict = "MEETS" if ratio <= TARGET else "MISSES"
    console.print(f"(speakers + insights) / transcription = {ratio:.3f}; target ≤ {TARGET}: {verdict}")


def warm_up(path: Path, transcriber: Transcriber, taxonomy: Taxonomy) -> None:
    """Load the speaker encoder and the sentence model before anything is timed."""
    measure(path, transcriber, taxonomy)


def measure(path: Path, transcriber: Transcriber, taxonomy: Taxonomy) -> dict[str, float]:
    audio = decode(path)
    source = Source(path.name, file_sha256(path), audio.duration)
    started = time.perf_counter()
    transcript = transcribe_audio(transcriber, audio, source, "en")
    transcribed = time.perf_counter()
    transcript = attach_speakers(transcript, audio, path, None)
    found = time.perf_counter()
    extract_insights(transcript, taxonomy)
    done = time.perf_counter()
    return {
        "audio": audio.duration,
        "transcribe": transcribed - started,
        "speakers": found - transcribed,
        "insights": done - found,
    }


if __name__ == "__main__":
    main()
