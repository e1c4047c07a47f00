"""Both engines, base model, real recorded speech: accuracy and timestamp sanity."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.audio import decode
from pipeline.evaluation import word_error_rate
from pipeline.records import Segment
from pipeline.transcribe import ENGINES, EngineConfig, Recognition, load_transcriber
from tests.conftest import stm_text

LIBRIVOX = ["librivox-0870", "librivox-0880", "librivox-0890", "librivox-0920", "librivox-0930"]


def recognise(engine: str, path: Path) -> Recognition:
    transcriber = load_transcriber(EngineConfig(engine=engine, model="base", device="cpu", threads=2))
    return transcriber.transcribe(decode(path).samples, language=None)


def text(recognition: Recognition) -> str:
    return " ".join(s.text for s in recognition.segments)


@pytest.mark.parametrize("engine", ENGINES)
def test_jfk_wer_at_most_5_percent(engine: str, speech: Path) -> None:
    recognition = recognise(engine, speech / "jfk.flac")
    assert recognition.language == "en"
    wer = word_error_rate([(speech / "jfk.txt").read_text()], [text(recognition)])
    assert wer <= 0.05, f"{engine}: WER {wer:.1%}: {text(recognition)}"


@pytest.mark.parametrize("engine", ENGINES)
def test_librivox_wer_at_most_15_percent(engine: str, speech: Path) -> None:
    references = [(speech / f"{name}.txt").read_text() for name in LIBRIVOX]
    hypotheses = [text(recognise(engine, speech / f"{name}.wav")) for name in LIBRIVOX]
    wer = word_error_rate(references, hypotheses)
    assert wer <= 0.15, f"{engine}: WER {wer:.1%}: {hypotheses}"


@pytest.mark.parametrize("engine", ENGINES)
def test_pyannote_call_wer_and_word_timestamps(engine: str, speech: Path) -> None:
    recognition = recognise(engine, speech / "pyannote-call.wav")
    wer = word_error_rate([stm_text(speech / "pyannote-call.stm")], [text(recognition)])
    assert wer <= 0.30, f"{engine}: WER {wer:.1%}: {text(recognition)}"
    assert_timestamps_consistent(recognition.segments, duration=30.0)


def assert_timestamps_consistent(segments: list[Segment], duration: float) -> None:
    """Words sit inside their segment, in order; segments are in order and inside the audio."""
    assert segments, "no speech recognised"
    previous_end = 0.0
    for segment in segments:
        assert 0.0 <= segment.start <= segment.end <= duration + 0.5
        assert segment.start >= previous_end - 0.01, f"segment at {segment.start} overlaps the previous one"
        assert segment.words, f"segment without word timestamps: {segment.text!r}"
        word_end = segment.start
        for word in segment.words:
            assert segment.start - 0.01 <= word.start <= word.end <= segment.end + 0.01, (
                word,
                segment.start,
                segment.end,
            )
            assert word.start >= word_end - 0.01, f"word {word.text!r} starts before the previous word ends"
            word_end = word.end
        previous_end = segment.end


def test_silence_produces_no_text() -> None:
    """Whisper invents text for silence; voice activity filtering must stop that."""
    import numpy as np

    silence = np.zeros(16_000 * 20, dtype=np.float32)
    for engine in ENGINES:
        recognition = load_transcriber(EngineConfig(engine=engine, model="base", device="cpu", threads=2)).transcribe(
            silence, "en"
        )
        assert recognition.segments == [], f"{engine} hallucinated: {text(recognition)}"
