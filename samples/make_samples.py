"""Regenerate the synthetic sample interviews in ``samples/``.

Why this exists: the pipeline needs realistic but licence-free recordings for
demos and tests (transcription, speaker diarization, insight extraction). Real
customer calls cannot be committed, so we synthesise short two-voice interviews
with espeak-ng, keeping the exact script and the measured turn timings beside
each file as ground truth.

Run from the repository root (needs ``espeak-ng`` on PATH; ffmpeg comes from
the ``imageio-ffmpeg`` package):

    .venv/bin/python samples/make_samples.py

The output is deterministic: the same text and timings on every run.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import imageio_ffmpeg
import numpy as np

log = logging.getLogger("make_samples")

SAMPLES_DIR = Path(__file__).resolve().parent
SAMPLE_RATE = 16_000
MIN_SECONDS, MAX_SECONDS = 60.0, 90.0
PAUSE_RANGE = (0.4, 0.9)  # seconds of silence between turns
LEAD_IN = 0.5  # seconds of silence before the first and after the last turn
SILENCE_DBFS = -45.0  # frames quieter than this count as silence when trimming
FRAME = 160  # 10 ms at 16 kHz

Speaker = Literal["interviewer", "customer"]


@dataclass(frozen=True)
class Voice:
    """espeak-ng settings for one speaker; kept distinct so diarization has something to find."""

    name: str  # espeak-ng voice, optionally with a +variant
    speed: int  # words per minute
    pitch: int  # 0-99, espeak default is 50


@dataclass(frozen=True)
class Interview:
    """One sample interview: its file name, container and script."""

    name: str
    extension: str  # picks the container and codec, see ENCODERS
    customer: Voice
    turns: tuple[tuple[Speaker, str], ...]
    interviewer: Voice | None = None  # None: the shared INTERVIEWER voice


# The interviewer is the same person in every sample; customers differ.
INTERVIEWER = Voice("en-us", speed=160, pitch=40)

# Low bitrates keep each file well under 1 MB; one container each so the
# pipeline's input handling is exercised on all three common formats.
ENCODERS: dict[str, list[str]] = {
    ".m4a": ["-c:a", "aac", "-b:a", "48k", "-movflags", "+faststart"],
    ".mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
    ".ogg": ["-c:a", "libopus", "-b:a", "32k", "-application", "voip"],
}

I: Speaker = "interviewer"  # noqa: E741 - short names keep the scripts readable
C: Speaker = "customer"

# Wording rules: plain words, numbers spelled out, no product names and few
# acronyms, so both espeak-ng and Whisper handle them well.
INTERVIEWS: tuple[Interview, ...] = (
    Interview(
        name="it-admin-interview",
        extension=".m4a",
        customer=Voice("en-gb+f3", speed=150, pitch=70),
        turns=(
            (
                I,
                "Thanks for making the time today. To start, could you tell me a little about your role and your team?",
            ),
            (
                C,
                "Sure. I run IT for a large insurance company with about four thousand "
                "staff. Most of my week goes on software licenses, security, "
                "and keeping the auditors happy.",
            ),
            (I, "Walk me through what takes up most of your month."),
            (
                C,
                "Chasing numbers. The board wants to know what we spend on each tool "
                "and whether people actually use it. I pull that from five different "
                "admin pages and paste it into one big spreadsheet. "
                "It takes me two or three days.",
            ),
            (I, "What is the hardest part of that for you?"),
            (
                C,
                "We pay for a lot of licenses that nobody has opened in months. "
                "I want to cut down the number of tools we run, "
                "but I cannot prove which ones to drop.",
            ),
            (I, "You mentioned the auditors. How do you handle security today?"),
            (
                C,
                "Everything has to use single sign on, and the auditors want a full "
                "record of who had access and when. If a tool cannot give me that, it is out.",
            ),
            (I, "If you could change one thing about how this works, what would it be?"),
            (
                C,
                "Give me one clear usage report, by team and by person, that I can send "
                "straight to the board. And flag unused licenses, so I can cancel them "
                "before they renew.",
            ),
            (I, "That is really helpful. Thank you for your time."),
        ),
    ),
    Interview(
        name="small-business-owner-interview",
        extension=".mp3",
        customer=Voice("en-gb+f4", speed=150, pitch=75),
        turns=(
            (I, "Thanks for joining me today. To start, what kind of business do you run?"),
            (
                C,
                "I own a family bakery with two shops and about twelve people. "
                "I do the books myself, usually late at night when the shops are closed.",
            ),
            (I, "Tell me about the last time you did the books."),
            (
                C,
                "Last Sunday I spent the whole evening matching invoices from our "
                "suppliers against the bank payments. Half of them come by email, "
                "the rest are on paper, and I type everything in by hand.",
            ),
            (I, "That sounds like a long evening. What makes it so hard?"),
            (
                C,
                "Time, mostly. I would rather be baking, or with my kids. "
                "And the tools I have tried cost too much for a shop my size, "
                "or they take a week to set up.",
            ),
            (I, "Have you tried any tools for this? And what would a good one do for you?"),
            (
                C,
                "Simple setup and a fair monthly price. Every week it should tell me "
                "what came in, what went out, and which invoices are still unpaid. "
                "If I could take a photo of a paper invoice and have it filed "
                "for me, that would be perfect.",
            ),
            (I, "That is great, thank you so much for your time."),
        ),
    ),
    Interview(
        name="ops-manager-interview",
        extension=".ogg",
        customer=Voice("en+f2", speed=150, pitch=65),
        turns=(
            (I, "Thanks for talking with me today. Could you start by telling me what your team does?"),
            (
                C,
                "I manage an operations team of fifteen people at a delivery company. "
                "We handle orders, returns, and late deliveries.",
            ),
            (I, "And how do you keep the other managers up to date on all of that?"),
            (
                C,
                "Every Friday I send a weekly report to my director and three other "
                "managers. It covers orders shipped, late deliveries, and open problems.",
            ),
            (I, "Can you walk me through how you put that report together?"),
            (
                C,
                "I export data from two systems into spreadsheets, clean it up, "
                "build the charts, and then write a summary. It takes most of Friday "
                "morning. If someone changes a number, I have to redo the charts.",
            ),
            (I, "Apart from the report, what else slows you down in a normal week?"),
            (
                C,
                "Approvals. Large refunds need my director to sign off, and those "
                "requests sit in email for days. Nobody can see what is waiting.",
            ),
            (I, "If you could fix one thing, what would help you most?"),
            (
                C,
                "A report that builds itself every Friday and goes out on its own, "
                "with the charts already done. And a simple list of approvals, "
                "so my director can approve things from her phone.",
            ),
            (I, "That is really useful. Thank you so much."),
        ),
    ),
)


def ffmpeg() -> str:
    """Path of the ffmpeg binary bundled with imageio-ffmpeg, so no system ffmpeg is needed."""
    return imageio_ffmpeg.get_ffmpeg_exe()


def run(cmd: list[str]) -> bytes:
    """Run a command, returning stdout; raise with its stderr on failure."""
    proc = subprocess.run(cmd, capture_output=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return proc.stdout


def decode(path: Path) -> np.ndarray:
    """Decode any audio file to 16 kHz mono float32 in [-1, 1]."""
    raw = run(
        [ffmpeg(), "-nostdin", "-v", "error", "-i", str(path), "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "s16le", "-"]
    )
    return np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768.0


def trim_silence(audio: np.ndarray) -> np.ndarray:
    """Cut espeak-ng's leading/trailing silence so turn times mark real speech."""
    n = len(audio) // FRAME
    frames = audio[: n * FRAME].reshape(n, FRAME)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    loud = np.flatnonzero(20 * np.log10(rms + 1e-12) > SILENCE_DBFS)
    if loud.size == 0:
        raise ValueError("rendered turn is silent")
    return audio[loud[0] * FRAME : (loud[-1] + 1) * FRAME]


def speak(text: str, voice: Voice, workdir: Path) -> np.ndarray:
    """Render one turn with espeak-ng and return it trimmed at 16 kHz."""
    wav = workdir / "turn.wav"
    run(["espeak-ng", "-v", voice.name, "-s", str(voice.speed), "-p", str(voice.pitch), "-w", str(wav), text])
    return trim_silence(decode(wav))


def render(interview: Interview, workdir: Path) -> tuple[np.ndarray, list[dict[str, object]]]:
    """Mix all turns with pauses; return the audio and the measured turn timings."""
    rng = random.Random(interview.name)  # str seeds are stable across runs and platforms
    silence = lambda seconds: np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)  # noqa: E731
    pieces: list[np.ndarray] = [silence(LEAD_IN)]
    cursor = len(pieces[0])
    turns: list[dict[str, object]] = []
    for index, (speaker, text) in enumerate(interview.turns):
        if index:
            pause = silence(round(rng.uniform(*PAUSE_RANGE), 2))
            pieces.append(pause)
            cursor += len(pause)
        voice = (interview.interviewer or INTERVIEWER) if speaker == "interviewer" else interview.customer
        clip = speak(text, voice, workdir)
        # Interviewer a little quieter, as on a typical call recording.
        clip = clip * (0.7 if speaker == "interviewer" else 0.9) / max(float(np.abs(clip).max()), 1e-6)
        turns.append(
            {
                "speaker": speaker,
                "start": round(cursor / SAMPLE_RATE, 2),
                "end": round((cursor + len(clip)) / SAMPLE_RATE, 2),
                "text": text,
            }
        )
        pieces.append(clip.astype(np.float32))
        cursor += len(clip)
    pieces.append(silence(LEAD_IN))
    return np.concatenate(pieces), turns


def encode(audio: np.ndarray, target: Path, encoders: dict[str, list[str]] = ENCODERS) -> None:
    """Encode 16 kHz mono audio into the container/codec chosen by the file extension.

    ``encoders`` maps an extension to ffmpeg codec options; other scripts (such as
    ``tests/data/labelled/make_labelled.py``) pass their own bitrates.
    """
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    # bitexact + no metadata keeps the bytes stable across runs (no encoder tags).
    cmd = [
        ffmpeg(),
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-f",
        "s16le",
        "-ar",
        str(SAMPLE_RATE),
        "-ac",
        "1",
        "-i",
        "-",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        *encoders[target.suffix],
        str(target),
    ]
    proc = subprocess.run(cmd, input=pcm, capture_output=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {proc.stderr.decode(errors='replace')}")


def customer_share(turns: list[dict[str, object]]) -> float:
    """Fraction of speaking time that belongs to the customer (aim: about 0.65-0.75)."""
    spans = {"interviewer": 0.0, "customer": 0.0}
    for turn in turns:
        spans[str(turn["speaker"])] += float(turn["end"]) - float(turn["start"])  # type: ignore[arg-type]
    return spans["customer"] / sum(spans.values())


def make(
    interview: Interview,
    out_dir: Path,
    *,
    seconds: tuple[float, float] = (MIN_SECONDS, MAX_SECONDS),
    encoders: dict[str, list[str]] = ENCODERS,
) -> Path:
    """Build one interview: audio, reference transcript and turn timings.

    ``seconds`` is the allowed duration range and ``encoders`` the codec options per
    extension; the defaults are the ones used for ``samples/``.
    """
    with tempfile.TemporaryDirectory(prefix="samples-") as tmp:
        audio, turns = render(interview, Path(tmp))
    target = out_dir / f"{interview.name}{interview.extension}"
    encode(audio, target, encoders)

    duration = len(decode(target)) / SAMPLE_RATE  # check what a user will actually decode
    min_seconds, max_seconds = seconds
    if not min_seconds <= duration <= max_seconds:
        raise ValueError(f"{target.name}: {duration:.1f} s is outside {min_seconds}-{max_seconds} s")

    (out_dir / f"{interview.name}.txt").write_text(
        "".join(f"{text}\n" for _, text in interview.turns), encoding="utf-8"
    )
    (out_dir / f"{interview.name}.turns.json").write_text(json.dumps(turns, indent=2) + "\n", encoding="utf-8")
    log.info(
        "%s: %.1f s, %.0f kB, customer talks %.0f%% of the time",
        target.name,
        duration,
        target.stat().st_size / 1024,
        100 * customer_share(turns),
    )
    return target


def main() -> int:
    """Regenerate every sample interview into ``samples/``."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if shutil.which("espeak-ng") is None:
        log.error("espeak-ng not found; install it with: apt-get install -y espeak-ng")
        return 1
    for interview in INTERVIEWS:
        make(interview, SAMPLES_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
