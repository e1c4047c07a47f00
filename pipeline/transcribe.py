"""Speech to text: one Transcriber interface, two Whisper engines.

faster-whisper (CTranslate2, int8 on CPU) is the default because it is several times
faster on a laptop; openai-whisper is the reference implementation, kept so results can
be checked against it and for users who already trust it. Both read the same weights
from the model store and use the same voice-activity regions, so their transcripts are
comparable. Loading a model takes seconds, so each process loads each one once.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

import pipeline
from pipeline.audio import DecodedAudio
from pipeline.model_store import LocalModel, ModelError, locate, openai_checkpoint
from pipeline.records import ModelRef, Segment, Source, Transcript, Word
from pipeline.vad import VAD_OPTIONS, SpeechOnly, speech_only

log = logging.getLogger(__name__)

ENGINES = ("faster-whisper", "openai-whisper")
DEVICES = ("auto", "cpu", "cuda")
BEAM_SIZE = 5
Progress = Callable[[float], None]


@dataclass(frozen=True)
class EngineConfig:
    """Everything that decides which weights run where; hashable, so it keys the loader cache."""

    engine: str = "faster-whisper"
    model: str = "base"
    device: str = "auto"
    threads: int = 0
    workers: int = 1  # recordings transcribed at once by one loaded model; threads are shared out


@dataclass(frozen=True)
class Recognition:
    language: str
    segments: list[Segment]


class Transcriber(Protocol):
    model: ModelRef

    def transcribe(
        self, samples: np.ndarray, language: str | None, progress: Progress | None = None, beam_size: int = BEAM_SIZE
    ) -> Recognition:
        """Recognise 16 kHz mono float32 samples; ``progress`` gets seconds of audio done."""
        ...


def choose_device(requested: str) -> str:
    if requested not in DEVICES:
        raise ModelError(f"device must be one of {', '.join(DEVICES)}, not '{requested}'")
    if requested != "auto":
        if requested == "cuda" and not _cuda_available():
            raise ModelError("--device cuda was asked for, but torch sees no CUDA GPU on this machine")
        return requested
    return "cuda" if _cuda_available() else "cpu"


def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def thread_count(requested: int) -> int:
    return requested if requested > 0 else (os.cpu_count() or 1)


_loading = threading.Lock()


def load_transcriber(config: EngineConfig) -> Transcriber:
    """The engine for ``config``, loaded once per process even when workers ask at once."""
    with _loading:
        return _load(config)


@functools.cache
def _load(config: EngineConfig) -> Transcriber:
    device = choose_device(config.device)
    local = locate(config.model)
    threads = max(1, thread_count(config.threads) // max(1, config.workers))
    log.info("Loading %s model %s on %s", config.engine, config.model, device)
    if config.engine == "faster-whisper":
        return FasterWhisperEngine(config.model, local, device, threads, config.workers)
    return OpenAIWhisperEngine(config.model, local, device, threads)


def transcribe_with_fallback(
    config: EngineConfig,
    audio: DecodedAudio,
    source: Source,
    language: str | None = None,
    progress: Progress | None = None,
    load: Callable[[EngineConfig], Transcriber] = load_transcriber,
) -> Transcript:
    """Transcribe on the chosen device; when the GPU runs out of memory, ask for less, then use the CPU.

    A GPU shared with other jobs can be full at any moment; a recording that does not fit
    should still come out, slower, rather than fail. Each step down is logged.
    """
    transcriber = load(config)
    if transcriber.model.device != "cuda":
        return transcribe_audio(transcriber, audio, source, language, progress)
    for beam_size in (BEAM_SIZE, 1):
        try:
            return transcribe_audio(transcriber, audio, source, language, progress, beam_size)
        except Exception as error:  # noqa: BLE001 - only out-of-memory is retried, the rest re-raised
            if not is_out_of_memory(error):
                raise
            log.warning("%s: GPU out of memory with beam size %d; trying with less", source.file, beam_size)
            _free_gpu_memory()
    log.warning("%s: GPU out of memory even with beam size 1; transcribing on the CPU instead", source.file)
    return transcribe_audio(load(replace(config, device="cpu")), audio, source, language, progress)


def is_out_of_memory(error: BaseException) -> bool:
    """CUDA OOM as torch (OutOfMemoryError) or CTranslate2 (RuntimeError text) reports it."""
    return type(error).__name__ == "OutOfMemoryError" or "out of memory" in str(error).lower()


def _free_gpu_memory() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def check_config(config: EngineConfig, language: str | None) -> str:
    """Fail a batch before its first file on settings that would fail every file.

    Returns the weights' identity, which decides whether existing transcripts are current.
    """
    if config.engine not in ENGINES:
        raise ModelError(f"engine must be one of {', '.join(ENGINES)}, not '{config.engine}'")
    choose_device(config.device)
    local = locate(config.model)
    _forced_language(local, config.model, language)
    return _weights_id(local, config.model)


def _weights_id(local: LocalModel | None, name: str) -> str:
    """sha256 of local weights; engine-downloaded weights are identified by their official name."""
    return local.sha256 if local else "hub:" + name


def _offline_hint(name: str, error: Exception) -> ModelError:
    return ModelError(
        f"model '{name}' is not available offline and could not be downloaded ({type(error).__name__}). "
        "Use an offline model (see `interviews models`) or connect to the internet once."
    )


def _forced_language(local: LocalModel | None, name: str, language: str | None) -> str | None:
    english_only = local.english_only if local else name.endswith(".en")
    if english_only and language not in (None, "en"):
        raise ModelError(f"model '{name}' only understands English; choose a multilingual model for '{language}'")
    return "en" if english_only else language


class FasterWhisperEngine:
    def __init__(self, name: str, local: LocalModel | None, device: str, threads: int, workers: int = 1) -> None:
        from faster_whisper import WhisperModel

        compute_type = "float16" if device == "cuda" else "int8"
        try:
            self._model = WhisperModel(
                str(local.ct2_dir) if local else name,
                device=device,
                compute_type=compute_type,
                cpu_threads=threads,
                num_workers=workers,
            )
        except (OSError, ValueError, RuntimeError) as error:
            if local is None:
                raise _offline_hint(name, error) from error
            raise
        self._local = local
        self._name = name
        self.model = ModelRef(
            engine="faster-whisper",
            name=name,
            sha256=_weights_id(local, name),
            device=device,
            compute_type=compute_type,
        )

    def transcribe(
        self, samples: np.ndarray, language: str | None, progress: Progress | None = None, beam_size: int = BEAM_SIZE
    ) -> Recognition:
        segments, info = self._model.transcribe(
            samples,
            language=_forced_language(self._local, self._name, language),
            beam_size=beam_size,
            word_timestamps=True,
            vad_filter=True,
            vad_parameters=VAD_OPTIONS,
        )
        out: list[Segment] = []
        for segment in segments:
            words = [(w.start, w.end, w.word, w.probability) for w in segment.words or ()]
            out.append(
                _segment(segment.start, segment.end, segment.text, segment.avg_logprob, segment.no_speech_prob, words)
            )
            if progress:
                progress(segment.end)
        return Recognition(language=info.language, segments=[s for s in out if s.text])


class OpenAIWhisperEngine:
    def __init__(self, name: str, local: LocalModel | None, device: str, threads: int) -> None:
        import torch
        import whisper

        from pipeline.whisper_checkpoint import apply_alignment_heads

        torch.set_num_threads(threads)
        if local:
            checkpoint = openai_checkpoint(local)
            self._whisper = whisper.load_model(str(checkpoint), device=device)
            apply_alignment_heads(self._whisper, _alignment_heads(local))
        else:
            try:
                self._whisper = whisper.load_model(name, device=device)
            except (OSError, RuntimeError) as error:
                raise _offline_hint(name, error) from error
        self._local = local
        self._name = name
        self._fp16 = device == "cuda"
        compute_type = "float16" if self._fp16 else "float32"
        self.model = ModelRef(
            engine="openai-whisper",
            name=name,
            sha256=_weights_id(local, name),
            device=device,
            compute_type=compute_type,
        )

    def transcribe(
        self, samples: np.ndarray, language: str | None, progress: Progress | None = None, beam_size: int = BEAM_SIZE
    ) -> Recognition:
        import whisper

        speech = speech_only(samples)
        if speech is None:
            return Recognition(language=language or "en", segments=[])
        result: dict[str, Any] = whisper.transcribe(
            self._whisper,
            speech.samples,
            language=_forced_language(self._local, self._name, language),
            fp16=self._fp16,
            beam_size=beam_size,
            best_of=beam_size,
            word_timestamps=True,
            verbose=None,
        )
        segments = [_restored(s, speech) for s in result["segments"]]
        if progress and segments:
            progress(segments[-1].end)
        return Recognition(language=result["language"], segments=[s for s in segments if s.text])


def _segment(
    start: float,
    end: float,
    text: str,
    avg_logprob: float,
    no_speech_prob: float,
    words: list[tuple[float, float, str, float]],
) -> Segment:
    """Both engines' segments in one shape, as plain rounded floats (they return numpy scalars)."""
    return Segment(
        start=round(float(start), 3),
        end=round(float(end), 3),
        text=text.strip(),
        avg_logprob=round(float(avg_logprob), 4),
        no_speech_prob=round(float(no_speech_prob), 4),
        words=tuple(
            Word(round(float(w_start), 3), round(float(w_end), 3), word.strip(), round(float(p), 4))
            for w_start, w_end, word, p in words
        ),
    )


def _restored(segment: dict[str, Any], speech: SpeechOnly) -> Segment:
    """An openai-whisper segment on the recording's clock (as faster-whisper does for its own)."""
    words = [(*speech.word_times(w["start"], w["end"]), w["word"], w["probability"]) for w in segment.get("words", ())]
    start, end = (words[0][0], words[-1][1]) if words else speech.segment_times(segment["start"], segment["end"])
    return _segment(start, end, segment["text"], segment["avg_logprob"], segment["no_speech_prob"], words)


def _alignment_heads(local: LocalModel) -> list[list[int]]:
    return json.loads((local.ct2_dir / "config.json").read_text()).get("alignment_heads", [])


def transcribe_audio(
    transcriber: Transcriber,
    audio: DecodedAudio,
    source: Source,
    language: str | None = None,
    progress: Progress | None = None,
    beam_size: int = BEAM_SIZE,
) -> Transcript:
    """The transcript record for one decoded recording, with its provenance and timing."""
    started = time.perf_counter()
    recognition = transcriber.transcribe(audio.samples, language, progress, beam_size)
    elapsed = time.perf_counter() - started
    return Transcript(
        source=source,
        model=transcriber.model,
        language=recognition.language,
        segments=recognition.segments,
        pipeline_version=pipeline.__version__,
        timings={"transcribe_s": round(elapsed, 3), "realtime_factor": round(elapsed / max(audio.duration, 1e-6), 4)},
    )
