"""Typed records passed between stages, with the stable JSON form written to disk.

Stages exchange these small dataclasses instead of dicts so that a field rename is a
type error, not a silently empty column in someone's report. ``to_json``/``from_json``
are the only place the on-disk shape is defined; bump ``SCHEMA`` when it changes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = 1


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float
    speaker: str | None = None


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    words: tuple[Word, ...] = ()
    speaker: str | None = None

    def word_offsets(self) -> list[int | None]:
        """Where each word starts in ``text``, searched left to right; None if it is not there.

        Quotes, redaction and speaker splits cut the segment's own text at word boundaries,
        so the text stays verbatim even where Whisper's words and text differ in spacing.
        """
        offsets: list[int | None] = []
        cursor = 0
        for word in self.words:
            at = self.text.find(word.text, cursor) if word.text else -1
            offsets.append(at if at >= 0 else None)
            if at >= 0:
                cursor = at + len(word.text)
        return offsets


@dataclass(frozen=True)
class Speaker:
    """A voice found in the recording and who it is in the conversation."""

    id: str  # "S1", "S2", … in order of first appearance
    role: str  # "interviewer", "customer" or "unknown"
    talk_seconds: float


@dataclass(frozen=True)
class Source:
    """The recording a transcript came from; ``sha256`` of its bytes is its identity."""

    file: str
    sha256: str
    duration: float
    partial: bool = False


@dataclass(frozen=True)
class ModelRef:
    """Which weights produced a transcript, so a rerun can tell current from stale."""

    engine: str
    name: str
    sha256: str
    device: str
    compute_type: str


@dataclass
class Transcript:
    source: Source
    model: ModelRef
    language: str
    segments: list[Segment]
    pipeline_version: str
    timings: dict[str, float] = field(default_factory=dict)
    speakers: list[Speaker] = field(default_factory=list)
    diarization: dict[str, Any] = field(default_factory=dict)  # how speakers were found; empty until they are
    redacted: bool = False

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments).strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": asdict(self.source),
            "language": self.language,
            "duration": self.source.duration,
            "engine": self.model.engine,
            "model": asdict(self.model),
            "pipeline_version": self.pipeline_version,
            "timings": self.timings,
            "redacted": self.redacted,
            "diarization": self.diarization,
            "speakers": [asdict(s) for s in self.speakers],
            "segments": [asdict(s) for s in self.segments],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transcript:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported transcript schema {data.get('schema')!r} (expected {SCHEMA})")
        segments = [Segment(**{**s, "words": tuple(Word(**w) for w in s.get("words", ()))}) for s in data["segments"]]
        return cls(
            source=Source(**data["source"]),
            model=ModelRef(**data["model"]),
            language=data["language"],
            segments=segments,
            pipeline_version=data["pipeline_version"],
            timings=data.get("timings", {}),
            speakers=[Speaker(**s) for s in data.get("speakers", [])],
            diarization=data.get("diarization", {}),
            redacted=data.get("redacted", False),
        )


@dataclass(frozen=True)
class Failure:
    """Why a recording produced no transcript; written so nothing fails silently."""

    source: str
    stage: str
    reason: str
    sha256: str | None = None
    time: str = ""
    attempts: int = 1
    path: str = ""  # where the recording was, so `interviews retry` can find it again

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **asdict(self)}


@dataclass(frozen=True)
class Outcome:
    """What happened to one input file in a batch; the CLI's summary table is a list of these."""

    file: str
    status: str  # "done", "partial", "retagged", "skipped", "duplicate", "failed", "busy" or "stopped"
    recording_id: str | None = None
    reason: str = ""
    audio_seconds: float = 0.0
    seconds: float = 0.0


@dataclass(frozen=True)
class Quote:
    """Verbatim customer words with where to hear them: the evidence behind every claim."""

    text: str
    start: float
    end: float
    speaker: str


@dataclass(frozen=True)
class Tag:
    """A persona or job attached to an interview, with how strongly and why."""

    id: str
    label: str  # the persona's name or the job's statement
    score: float
    evidence: tuple[Quote, ...] = ()


@dataclass
class Insights:
    source: Source
    persona: Tag  # id "unknown" when no persona is convincing
    personas: list[Tag]  # every persona's score, best first
    jobs: list[Tag]  # jobs above the threshold, best first; label is the "When …, I want to …" statement
    highlights: list[Quote]
    pains: list[Quote]
    requests: list[Quote]
    summary: str
    provenance: dict[str, Any] = field(default_factory=dict)

    def quotes(self) -> list[Quote]:
        tags = [self.persona, *self.jobs]
        return [q for t in tags for q in t.evidence] + self.highlights + self.pains + self.requests

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source.file,
            "source_sha256": self.source.sha256,
            "persona": _tag_json(self.persona, "name"),
            "personas": [{"id": t.id, "name": t.label, "score": t.score} for t in self.personas],
            "jobs": [_tag_json(t, "statement") for t in self.jobs],
            "highlights": [asdict(q) for q in self.highlights],
            "pains": [asdict(q) for q in self.pains],
            "requests": [asdict(q) for q in self.requests],
            "summary": self.summary,
            "provenance": self.provenance,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], source: Source) -> Insights:
        def tag(entry: dict[str, Any], label: str) -> Tag:
            evidence = tuple(Quote(**q) for q in entry.get("evidence", ()))
            return Tag(entry["id"], entry[label], entry["score"], evidence)

        return cls(
            source=source,
            persona=tag(data["persona"], "name"),
            personas=[tag(p, "name") for p in data["personas"]],
            jobs=[tag(j, "statement") for j in data["jobs"]],
            highlights=[Quote(**q) for q in data["highlights"]],
            pains=[Quote(**q) for q in data["pains"]],
            requests=[Quote(**q) for q in data["requests"]],
            summary=data["summary"],
            provenance=data.get("provenance", {}),
        )


def _tag_json(tag: Tag, label: str) -> dict[str, Any]:
    return {"id": tag.id, label: tag.label, "score": tag.score, "evidence": [asdict(q) for q in tag.evidence]}
