"""Customer sentences as quotable spans, and the check that every quote is verbatim.

A PM must be able to trust that a quote is what the customer said, at the time shown,
so quotes are cut from the transcript's own text (never rewritten) with times taken
from Whisper's word timestamps, and anything that fails ``is_verbatim`` is dropped.
"""

from __future__ import annotations

import logging
import re

from pipeline.records import Quote, Segment, Transcript

log = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_TOLERANCE_S = 0.05


def speakers_with_role(transcript: Transcript, role: str) -> set[str]:
    return {s.id for s in transcript.speakers if s.role == role}


def customer_segments(transcript: Transcript) -> list[Segment]:
    """What customers said; without speaker roles there is no way to tell, so nothing."""
    customers = speakers_with_role(transcript, "customer")
    return [s for s in transcript.segments if s.speaker in customers]


def customer_statements(transcript: Transcript) -> list[Quote]:
    """The customer's sentences that are not questions: what tagging reads.

    Questions frame, they do not describe: even a question a diarization error gave the
    customer ("do you deal with audits?") must not tag them.
    """
    return [q for s in customer_segments(transcript) for q in sentences(s) if not q.text.endswith("?")]


def sentences(segment: Segment) -> list[Quote]:
    """Split a segment into sentences, each timed by the words it contains."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(segment.text) if m.group().strip()]
    positions = list(zip(segment.words, segment.word_offsets(), strict=True))
    quotes = []
    for start, end in spans:
        raw = segment.text[start:end]
        left = start + len(raw) - len(raw.lstrip())
        text = raw.strip()
        words = [w for w, at in positions if at is not None and left <= at < left + len(text)]
        begin, finish = (words[0].start, words[-1].end) if words else (segment.start, segment.end)
        quotes.append(Quote(text=text, start=begin, end=finish, speaker=segment.speaker or ""))
    return quotes


def is_verbatim(quote: Quote, transcript: Transcript) -> bool:
    """The quote's text occurs in one segment of the same speaker that spans its times."""
    return any(
        s.speaker == quote.speaker
        and quote.text in s.text
        and s.start - _TOLERANCE_S <= quote.start <= quote.end <= s.end + _TOLERANCE_S
        for s in transcript.segments
    )


def keep_verbatim(quotes: list[Quote], transcript: Transcript) -> list[Quote]:
    kept = [q for q in quotes if is_verbatim(q, transcript)]
    for dropped in set(quotes) - set(kept):
        log.warning("dropped a quote that is not verbatim in the transcript: %r", dropped.text)
    return kept
