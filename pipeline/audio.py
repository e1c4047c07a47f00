"""Decode any recording ffmpeg can read into the 16 kHz mono float32 Whisper expects.

We drive the ffmpeg binary through ffmpeg-python rather than a Python decoder so that
every container a PM might drop in (phone m4a, Zoom mp4, WhatsApp opus, webm) works the
same way. The binary comes from imageio-ffmpeg so a fresh ``pip install`` is enough;
``INTERVIEWS_FFMPEG`` points at a system ffmpeg instead. ffmpeg's own error text is
turned into a sentence a user can act on.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import ffmpeg
import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_AUDIO_STREAM = re.compile(r"Stream #\S+.*: Audio:(?P<details>.*)")
_CHANNEL_LAYOUTS = {"mono": 1, "stereo": 2}
# A decode that loses more than this much of the declared duration is flagged partial.
_PARTIAL_TOLERANCE_S = 1.0


class AudioError(Exception):
    """A recording that cannot be decoded; the message is meant for the user."""


@dataclass(frozen=True)
class AudioInfo:
    duration: float | None
    has_audio: bool
    channels: int = 1


@dataclass(frozen=True)
class DecodedAudio:
    samples: np.ndarray
    declared_duration: float | None
    partial: bool
    channels: int = 1  # in the recording; ``samples`` are always mixed down to mono

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def ffmpeg_exe() -> str:
    configured = os.environ.get("INTERVIEWS_FFMPEG")
    if configured:
        return configured
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def probe(path: Path) -> AudioInfo:
    """Read the container header only; cheap enough to size a whole batch up front.

    imageio-ffmpeg ships no ffprobe, so we parse ``ffmpeg -i``'s banner instead.
    """
    _check_readable(path)
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
    )
    stream = _AUDIO_STREAM.search(result.stderr)
    return AudioInfo(
        duration=_declared_duration(result.stderr),
        has_audio=stream is not None,
        channels=_channels(stream.group("details")) if stream else 0,
    )


def _channels(details: str) -> int:
    """ "aac (LC), 44100 Hz, stereo, fltp" → 2; "5.1" and "4 channels" layouts too."""
    for field in details.split(","):
        field = field.strip()
        if field in _CHANNEL_LAYOUTS:
            return _CHANNEL_LAYOUTS[field]
        if match := re.fullmatch(r"(\d+) channels", field):
            return int(match.group(1))
        if match := re.fullmatch(r"(\d)\.(\d)(?:\(.*\))?", field):
            return int(match.group(1)) + int(match.group(2))
    return 1


def decode(path: Path) -> DecodedAudio:
    """Decode the first audio track; a truncated file yields what could be recovered."""
    info = probe(path)
    if info.duration is None and not info.has_audio:
        raise AudioError(_explain(path, _banner_errors(path)))
    if not info.has_audio:
        raise AudioError("the file has no audio track (is it a screen recording without sound?)")
    samples, stderr = _pcm(path, channels=1)
    if samples.size == 0:
        raise AudioError(_explain(path, stderr) or "no audio could be decoded")
    decoded = len(samples) / SAMPLE_RATE
    partial = info.duration is not None and decoded < info.duration - _PARTIAL_TOLERANCE_S
    if partial:
        log.warning("%s: recovered %.1f s of %.1f s; the file looks truncated", path.name, decoded, info.duration)
    return DecodedAudio(samples=samples, declared_duration=info.duration, partial=partial, channels=info.channels)


def decode_channels(path: Path, channels: int = 2) -> np.ndarray:
    """The first audio track as ``channels`` channels at 16 kHz, shape (channels, samples).

    Call recorders often put each person on their own channel, which says who spoke
    better than any voice model; ``decode`` mixes them down, this keeps them apart.
    """
    interleaved, _ = _pcm(path, channels)
    return interleaved[: len(interleaved) // channels * channels].reshape(-1, channels).T


def _pcm(path: Path, channels: int) -> tuple[np.ndarray, str]:
    """The first audio track as interleaved 16 kHz float32, and what ffmpeg said about it."""
    stream = (
        ffmpeg.input(str(path))
        .output("pipe:", format="f32le", acodec="pcm_f32le", ac=channels, ar=SAMPLE_RATE, map="0:a:0")
        .global_args("-nostdin", "-hide_banner", "-loglevel", "error")
    )
    try:
        raw, stderr = stream.run(cmd=ffmpeg_exe(), capture_stdout=True, capture_stderr=True)
    except ffmpeg.Error as error:
        raise AudioError(_explain(path, error.stderr.decode(errors="replace"))) from None
    # bytearray keeps the buffer writable, which torch needs, without an extra copy.
    return np.frombuffer(bytearray(raw), dtype=np.float32), stderr.decode(errors="replace")


def _check_readable(path: Path) -> None:
    if not path.is_file():
        raise AudioError("file not found")
    if path.stat().st_size == 0:
        raise AudioError("the file is empty (0 bytes)")


def _declared_duration(banner: str) -> float | None:
    match = _DURATION.search(banner)
    if not match:
        return None
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _banner_errors(path: Path) -> str:
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
    )
    return result.stderr


_KNOWN_ERRORS: tuple[tuple[str, str], ...] = (
    (
        "moov atom not found",
        "the MP4/M4A file is incomplete: its index (moov atom) is missing, "
        "usually because the recording or upload was cut off",
    ),
    (
        "Invalid data found when processing input",
        "not an audio or video file ffmpeg can read (the content does not match any known format)",
    ),
    ("matches no streams", "the file has no audio track"),
    ("does not contain any stream", "the file has no audio track"),
    ("Permission denied", "permission denied when reading the file"),
)


def _explain(path: Path, stderr: str) -> str:
    for needle, reason in _KNOWN_ERRORS:
        if needle in stderr:
            return reason
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    detail = lines[-1] if lines else "no detail from ffmpeg"
    return f"ffmpeg could not decode {path.name}: {detail}"
