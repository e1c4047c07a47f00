"""Redaction masks contact and card details wherever they appear, and nothing else."""

from __future__ import annotations

import pytest

from pipeline.records import ModelRef, Segment, Source, Transcript, Word
from pipeline.redact import redact_text, redact_transcript


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email me at jane.doe+crm@acme.co.uk today.", "Email me at [email] today."),
        ("Call 415-555-0199 or +44 (20) 7946 0958.", "Call [phone] or [phone]."),
        ("My card is 4111 1111 1111 1111, thanks.", "My card is [card number], thanks."),
        ("We have 4,000 staff, a 2026 budget of 1,200,000 and order 12345.", None),
    ],
)
def test_patterns(text: str, expected: str | None) -> None:
    assert redact_text(text) == (expected or text)


def test_words_inside_a_masked_span_are_masked_and_keep_their_times() -> None:
    words = (
        Word(0.0, 0.3, "Call", 0.9, "S2"),
        Word(0.3, 1.5, "415-555-0199", 0.8, "S2"),
        Word(1.5, 1.8, "please.", 0.9, "S2"),
    )
    segment = Segment(0.0, 1.8, "Call 415-555-0199 please.", -0.2, 0.01, words, "S2")
    transcript = Transcript(
        source=Source("call.wav", "0" * 64, 2.0),
        model=ModelRef("faster-whisper", "base", "1" * 64, "cpu", "int8"),
        language="en",
        segments=[segment],
        pipeline_version="test",
    )
    redacted = redact_transcript(transcript).segments[0]
    assert redacted.text == "Call [phone] please."
    assert [w.text for w in redacted.words] == ["Call", "[phone]", "please."]
    assert [(w.start, w.end) for w in redacted.words] == [(w.start, w.end) for w in words]
