"""Where people are speaking, so Whisper is never asked to transcribe silence.

Whisper invents text for silence and music ("Thank you for watching."). Both engines
use the same Silero VAD model that faster-whisper bundles (ONNX, offline), so their
outputs stay comparable.
"""

from __future__ import annotations

import numpy as np
from faster_whisper.vad import VadOptions, get_speech_timestamps

from pipeline.audio import SAMPLE_RATE

# Generous padding keeps word onsets and short answers ("yes", "no") inside the regions.
VAD_OPTIONS = VadOptions(min_silence_duration_ms=1000, speech_pad_ms=400)


def speech_regions(samples: np.ndarray) -> list[tuple[float, float]]:
    """Speech regions in seconds, in order, non-overlapping."""
    return [
        (chunk["start"] / SAMPLE_RATE, chunk["end"] / SAMPLE_RATE)
        for chunk in get_speech_timestamps(samples, VAD_OPTIONS)
    ]
