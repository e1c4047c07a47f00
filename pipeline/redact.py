"""Mask e-mail addresses, phone numbers and card-like numbers in everything written.

Interviews wander into "just e-mail me at …" or a customer reading out a card number;
teams that share outputs widely turn on ``--redact``. Redaction happens on the
transcript before insights are extracted, so quotes stay verbatim with respect to
what is on disk. Audio is never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.records import Segment, Transcript, Word

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"), "[card number]"),
    (re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d(?:[ .-]?\d){5,14}(?!\d)"), "[phone]"),
)


def redaction_spans(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, mask) spans, earlier patterns taking precedence."""
    spans: list[tuple[int, int, str]] = []
    for pattern, mask in _PATTERNS:
        for match in pattern.finditer(text):
            if not any(match.start() < end and start < match.end() for start, end, _ in spans):
                spans.append((match.start(), match.end(), mask))
    return sorted(spans)


def redact_text(text: str) -> str:
    for start, end, mask in reversed(redaction_spans(text)):
        text = text[:start] + mask + text[end:]
    return text


def redact_transcript(transcript: Transcript) -> Transcript:
    segments = [_redact_segment(s) for s in transcript.segments]
    return replace(transcript, segments=segments, redacted=True)


def _redact_segment(segment: Segment) -> Segment:
    spans = redaction_spans(segment.text)
    if not spans:
        return segment
    return replace(segment, text=redact_text(segment.text), words=tuple(_redact_words(segment, spans)))


def _redact_words(segment: Segment, spans: list[tuple[int, int, str]]) -> list[Word]:
    """A word inside a masked span shows the mask: timings survive, the digits do not."""
    words = []
    for word, at in zip(segment.words, segment.word_offsets(), strict=True):
        hit = next(
            (mask for start, end, mask in spans if at is not None and at < end and start < at + len(word.text)), None
        )
        words.append(replace(word, text=hit) if hit else replace(word, text=redact_text(word.text)))
    return words
