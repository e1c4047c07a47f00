"""Word error rate the way Whisper's authors measure it.

Raw WER punishes "4,000" vs "four thousand" and "Mr." vs "mister"; Whisper's English
normaliser removes those differences, so the number reflects words actually misheard.
Tests and benchmarks share this so their figures are comparable.
"""

from __future__ import annotations

import functools

import jiwer
from whisper.normalizers import EnglishTextNormalizer


@functools.cache
def _normaliser() -> EnglishTextNormalizer:
    return EnglishTextNormalizer()


def normalise(text: str) -> str:
    return _normaliser()(text)


def word_error_rate(references: list[str], hypotheses: list[str]) -> float:
    """Corpus WER: total edits over total reference words, not the mean of per-file rates."""
    return float(jiwer.wer([normalise(r) for r in references], [normalise(h) for h in hypotheses]))
