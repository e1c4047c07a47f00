"""Word error rate the way Whisper's authors measure it.

Raw WER punishes "4,000" vs "four thousand" and "Mr." vs "mister"; Whisper's English
normaliser removes those differences, so the number reflects words actually misheard.
Tests and benchmarks share this so their figures are comparable.
"""

from __future__ import annotations

import functools

import jiwer
import numpy as np
from whisper.normalizers import EnglishTextNormalizer

from pipeline.speakers import Turn


@functools.cache
def _normaliser() -> EnglishTextNormalizer:
    return EnglishTextNormalizer()


def normalise(text: str) -> str:
    return _normaliser()(text)


def word_error_rate(references: list[str], hypotheses: list[str]) -> float:
    """Corpus WER: total edits over total reference words, not the mean of per-file rates."""
    return float(jiwer.wer([normalise(r) for r in references], [normalise(h) for h in hypotheses]))


def diarization_error_rate(reference: list[Turn], hypothesis: list[Turn], frame: float = 0.01) -> float:
    """(missed speech + false alarm + speaker confusion) / reference speech, NIST-style.

    Frame-based at 10 ms, no forgiveness collar, overlapping speech counted, and the
    hypothesis speakers mapped one-to-one onto reference speakers to maximise agreement
    (Hungarian algorithm), as pyannote.metrics does by default.
    """
    from scipy.optimize import linear_sum_assignment

    end = max((t.end for t in [*reference, *hypothesis]), default=0.0)
    frames = int(np.ceil(end / frame)) + 1
    ref, hyp = _activity(reference, frames, frame), _activity(hypothesis, frames, frame)
    ref_count, hyp_count = ref.sum(axis=0), hyp.sum(axis=0)
    if ref_count.sum() == 0:
        return 0.0 if hyp_count.sum() == 0 else 1.0
    agreement = ref.astype(np.int64) @ hyp.T.astype(np.int64)
    rows, cols = linear_sum_assignment(-agreement)
    correct = agreement[rows, cols].sum()
    missed = np.maximum(ref_count - hyp_count, 0).sum()
    false_alarm = np.maximum(hyp_count - ref_count, 0).sum()
    confusion = np.minimum(ref_count, hyp_count).sum() - correct
    return float((missed + false_alarm + confusion) / ref_count.sum())


def _activity(turns: list[Turn], frames: int, frame: float) -> np.ndarray:
    """speakers × frames: True where that speaker talks."""
    names = sorted({t.speaker for t in turns})
    active = np.zeros((max(len(names), 1), frames), dtype=bool)
    for turn in turns:
        active[names.index(turn.speaker), int(round(turn.start / frame)) : int(round(turn.end / frame))] = True
    return active
