"""Where people are speaking, so Whisper is never asked to transcribe silence.

Whisper invents text for silence and music ("Thank you for watching."). Both engines
use the same Silero VAD model that faster-whisper bundles (ONNX, offline) and the same
treatment: speech regions are joined into one stream, transcribed, and timestamps are
mapped back to the recording. Feeding the engines identically keeps their accuracy and
speed comparable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from faster_whisper.vad import SpeechTimestampsMap, VadOptions, get_speech_timestamps

from pipeline.audio import SAMPLE_RATE

# Generous padding keeps word onsets and short answers ("yes", "no") inside the regions.
VAD_OPTIONS = VadOptions(min_silence_duration_ms=1000, speech_pad_ms=400)


@dataclass(frozen=True)
class SpeechOnly:
    """The recording with silences cut out, and the way back to the recording's clock."""

    samples: np.ndarray
    timeline: SpeechTimestampsMap

    def word_times(self, start: float, end: float) -> tuple[float, float]:
        """A word's times in the recording; both ends map through the chunk holding its middle."""
        chunk = self.timeline.get_chunk_index((start + end) / 2)
        return self.timeline.get_original_time(start, chunk), self.timeline.get_original_time(end, chunk)

    def segment_times(self, start: float, end: float) -> tuple[float, float]:
        return self.timeline.get_original_time(start), self.timeline.get_original_time(end, is_end=True)


def speech_only(samples: np.ndarray) -> SpeechOnly | None:
    """None when nobody speaks at all."""
    chunks = get_speech_timestamps(samples, VAD_OPTIONS)
    if not chunks:
        return None
    joined = np.concatenate([samples[chunk["start"] : chunk["end"]] for chunk in chunks])
    return SpeechOnly(joined, SpeechTimestampsMap(chunks, SAMPLE_RATE))
