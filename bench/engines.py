"""Benchmark: faster-whisper against openai-whisper, side by side, in one run.

The pipeline defaults to faster-whisper on the claim that it is several times faster
than the reference openai-whisper at the same accuracy (target: at least 3x the speed,
WER within 1 point). This checks the claim on real speech with the project's own
decode/transcribe/WER code, so the figures are the ones a user would get.

Shared machines are noisy, so only numbers taken in the same invocation are compared:
both engines run on the same decoded audio, model and thread count, one after the other.
Each engine runs in its own fresh interpreter so that its peak RSS is its own; the
parent imports nothing heavy because Linux carries a process's RSS high-water mark
across fork/exec into the child's ``ru_maxrss``.

    .venv/bin/python bench/engines.py [--model base] [--threads 2] [--repeat 1] [--json PATH]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from pipeline.audio import DecodedAudio
    from pipeline.transcribe import Transcriber

log = logging.getLogger("bench.engines")

REPO = Path(__file__).resolve().parents[1]
SPEECH = REPO.parent / "shared" / "speech"
SAMPLES = REPO / "samples"
SPEECH_FILES = (
    "jfk.flac",
    "librivox-0870.wav",
    "librivox-0880.wav",
    "librivox-0890.wav",
    "librivox-0920.wav",
    "librivox-0930.wav",
    "pyannote-call.wav",
    "ami-ES2011a-40s.wav",
)
SAMPLE_SUFFIXES = (".m4a", ".mp3", ".ogg")
# Baseline first: the speed-up is openai-whisper's RTF over faster-whisper's.
ENGINES = ("openai-whisper", "faster-whisper")
BASELINE, CANDIDATE = ENGINES
OVERALL = "overall"
TARGET_SPEED_UP = 3.0
TARGET_WER_POINTS = 1.0


@dataclass(frozen=True)
class Recording:
    group: str
    audio: Path
    reference: Path


@dataclass(frozen=True)
class EngineResult:
    """One engine's figures; crosses the process boundary as JSON, hence plain types only."""

    engine: str
    load_s: float
    first_call_s: float
    audio_s: float
    transcribe_s: float
    cpu_s: float
    rtf: float
    rtf_passes: list[float]
    wer: dict[str, float]
    peak_rss_mib: float


@dataclass(frozen=True)
class Pass:
    wall_s: float
    cpu_s: float
    hypotheses: list[str]


def recordings() -> list[Recording]:
    speech = [Recording("shared speech", SPEECH / name, _reference_path(SPEECH / name)) for name in SPEECH_FILES]
    samples = [
        Recording("samples", path, path.with_suffix(".txt"))
        for path in sorted(SAMPLES.iterdir())
        if path.suffix in SAMPLE_SUFFIXES
    ]
    found = speech + samples
    missing = [str(p) for r in found for p in (r.audio, r.reference) if not p.is_file()]
    if missing:
        raise SystemExit(f"missing recordings or references: {', '.join(missing)}")
    return found


def _reference_path(audio: Path) -> Path:
    """The call has only a timed STM transcript; every other recording has plain text."""
    stm = audio.with_suffix(".stm")
    return stm if stm.is_file() else audio.with_suffix(".txt")


def reference_text(path: Path) -> str:
    return _stm_text(path) if path.suffix == ".stm" else path.read_text()


def _stm_text(path: Path) -> str:
    """STM rows are ``file channel speaker start end text``; sorted by start so overlaps read in spoken order."""
    lines = [line for line in path.read_text().splitlines() if line.strip() and not line.startswith(";;")]
    rows = [fields for fields in (line.split(maxsplit=5) for line in lines) if len(fields) == 6]
    return " ".join(fields[5] for fields in sorted(rows, key=lambda fields: float(fields[3])))


# --- child process: one engine --------------------------------------------------------


def warm_up(engine: str, model: str, threads: int) -> None:
    """Pay one-off costs (openai-whisper's checkpoint conversion, cold disk reads) outside the measured process."""
    from pipeline.transcribe import EngineConfig, load_transcriber

    load_transcriber(EngineConfig(engine=engine, model=model, device="cpu", threads=threads))


def measure(engine: str, model: str, threads: int, repeat: int) -> EngineResult:
    from pipeline.audio import decode
    from pipeline.transcribe import EngineConfig, load_transcriber

    items = recordings()
    audio = [decode(item.audio) for item in items]
    references = [reference_text(item.reference) for item in items]
    audio_s = sum(a.duration for a in audio)

    started = time.perf_counter()
    transcriber = load_transcriber(EngineConfig(engine=engine, model=model, device="cpu", threads=threads))
    load_s = time.perf_counter() - started
    log.info("loaded in %.1f s", load_s)
    first_call_s = _first_call(transcriber, items[0], audio[0])

    passes = [_transcribe_all(transcriber, items, audio) for _ in range(repeat)]
    best = min(passes, key=lambda p: p.wall_s)
    return EngineResult(
        engine=engine,
        load_s=load_s,
        first_call_s=first_call_s,
        audio_s=audio_s,
        transcribe_s=best.wall_s,
        cpu_s=best.cpu_s,
        rtf=best.wall_s / audio_s,
        rtf_passes=[p.wall_s / audio_s for p in passes],
        # Later passes only add timing samples; the first one's text is scored.
        wer=_wer_by_group(items, references, passes[0].hypotheses),
        peak_rss_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _first_call(transcriber: Transcriber, item: Recording, decoded: DecodedAudio) -> float:
    """An engine's first inference pays seconds of one-off setup; shown apart so RTF is the steady state."""
    started = time.perf_counter()
    transcriber.transcribe(decoded.samples, language="en")
    elapsed = time.perf_counter() - started
    log.info("first transcription (%s) took %.1f s, not in RTF", item.audio.name, elapsed)
    return elapsed


def _transcribe_all(transcriber: Transcriber, items: list[Recording], audio: list[DecodedAudio]) -> Pass:
    """CPU time is kept beside wall time: CPU well below wall x threads means the machine was busy."""
    hypotheses: list[str] = []
    wall_s = cpu_s = 0.0
    for item, decoded in zip(items, audio, strict=True):
        wall, cpu = time.perf_counter(), time.process_time()
        recognition = transcriber.transcribe(decoded.samples, language="en")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall_s += wall
        cpu_s += cpu
        hypotheses.append(" ".join(segment.text for segment in recognition.segments))
        log.info(
            "%s: %.1f s audio in %.1f s, %.1f s CPU (RTF %.3f)",
            item.audio.name, decoded.duration, wall, cpu, wall / decoded.duration,
        )  # fmt: skip
    return Pass(wall_s=wall_s, cpu_s=cpu_s, hypotheses=hypotheses)


def _wer_by_group(items: list[Recording], references: list[str], hypotheses: list[str]) -> dict[str, float]:
    from pipeline.evaluation import word_error_rate

    groups = dict.fromkeys(item.group for item in items)
    wer = {
        group: word_error_rate(
            [r for item, r in zip(items, references, strict=True) if item.group == group],
            [h for item, h in zip(items, hypotheses, strict=True) if item.group == group],
        )
        for group in groups
    }
    wer[OVERALL] = word_error_rate(references, hypotheses)
    return wer


def run_child(role: str, engine: str, args: argparse.Namespace) -> None:
    """Library chatter on stdout would corrupt the JSON result, so it is sent to stderr."""
    result_stream = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):
        if role == "warm-up":
            warm_up(engine, args.model, args.threads)
            return
        result = measure(engine, args.model, args.threads, args.repeat)
    json.dump(asdict(result), result_stream)


# --- parent process: orchestrate and report -------------------------------------------


def spawn(role: str, engine: str, args: argparse.Namespace) -> str:
    command = [
        sys.executable, str(Path(__file__).resolve()),
        "--child", role, "--engine", engine,
        "--model", args.model, "--threads", str(args.threads), "--repeat", str(args.repeat),
    ]  # fmt: skip
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"{engine} {role} failed (exit {completed.returncode}); see its log above")
    log.info("%s %s process took %.1f s", engine, role, time.perf_counter() - started)
    return completed.stdout


def compare(args: argparse.Namespace) -> dict[str, EngineResult]:
    """Warm both engines up first, so neither measured run pays a one-off cost the other does not."""
    for engine in ENGINES:
        spawn("warm-up", engine, args)
    return {engine: EngineResult(**json.loads(spawn("measure", engine, args))) for engine in ENGINES}


@dataclass(frozen=True)
class Verdict:
    speed_up: float
    wer_points: float

    @property
    def meets_target(self) -> bool:
        return self.speed_up >= TARGET_SPEED_UP and abs(self.wer_points) <= TARGET_WER_POINTS


def verdict(results: dict[str, EngineResult]) -> Verdict:
    baseline, candidate = results[BASELINE], results[CANDIDATE]
    return Verdict(
        speed_up=baseline.rtf / candidate.rtf,
        wer_points=100 * (candidate.wer[OVERALL] - baseline.wer[OVERALL]),
    )


def render(results: dict[str, EngineResult], outcome: Verdict, args: argparse.Namespace, files: int) -> None:
    first = next(iter(results.values()))
    table = Table(
        title=f"Whisper engines: model {args.model}, {args.threads} threads, CPU, {files} recordings, "
        f"{first.audio_s:.0f} s of audio, best of {args.repeat} pass(es)"
    )
    table.add_column("engine")
    wer_columns = [f"WER {group}" for group in first.wer]
    for column in ("load s", "first call s", "transcribe s", "CPU s", "RTF", *wer_columns, "peak RSS MiB"):
        table.add_column(column, justify="right")
    for result in results.values():
        table.add_row(
            result.engine,
            f"{result.load_s:.1f}",
            f"{result.first_call_s:.1f}",
            f"{result.transcribe_s:.1f}",
            f"{result.cpu_s:.1f}",
            f"{result.rtf:.3f}",
            *(f"{100 * wer:.1f} %" for wer in result.wer.values()),
            f"{result.peak_rss_mib:.0f}",
        )
    console = Console()
    console.print(table)
    console.print(f"faster-whisper speed-up = RTF(openai) / RTF(faster) = {outcome.speed_up:.2f}x")
    console.print(f"WER difference (faster - openai, overall) = {outcome.wer_points:+.1f} points")
    status = "MEETS" if outcome.meets_target else "MISSES"
    console.print(
        f"verdict: {status} target (speed-up >= {TARGET_SPEED_UP:.0f}x and |WER difference| <= "
        f"{TARGET_WER_POINTS:.0f} point): {outcome.speed_up:.2f}x, {outcome.wer_points:+.1f} points"
    )


def write_json(path: Path, results: dict[str, EngineResult], outcome: Verdict, args: argparse.Namespace) -> None:
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": args.model,
        "threads": args.threads,
        "repeat": args.repeat,
        "cpu_count": os.cpu_count(),
        "engines": [asdict(r) for r in results.values()],
        "speed_up": outcome.speed_up,
        "wer_difference_points": outcome.wer_points,
        "meets_target": outcome.meets_target,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n")
    log.info("wrote %s", path)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="base")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="passes per engine; the best RTF is reported")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", choices=("warm-up", "measure"), help=argparse.SUPPRESS)
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeat < 1 or args.threads < 1:
        parser.error("--repeat and --threads must be at least 1")
    if args.child and not args.engine:
        parser.error("--child needs --engine")
    return args


def main() -> None:
    args = parse_args()
    logging.basicConfig(
        level=logging.INFO,
        format=f"%(asctime)s %(levelname)s [{args.engine or 'bench'}] %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.child:
        run_child(args.child, args.engine, args)
        return
    files = len(recordings())
    results = compare(args)
    outcome = verdict(results)
    render(results, outcome, args, files)
    if args.json:
        write_json(args.json, results, outcome, args)


if __name__ == "__main__":
    main()
