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


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    words: tuple[Word, ...] = ()


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
            "segments": [asdict(s) for s in self.segments],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transcript:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported transcript schema {data.get('schema')!r} (expected {SCHEMA})")
        segments = [
            Segment(**{**s, "words": tuple(Word(**w) for w in s.get("words", ()))})
            for s in data["segments"]
        ]
        return cls(
            source=Source(**data["source"]),
            model=ModelRef(**data["model"]),
            language=data["language"],
            segments=segments,
            pipeline_version=data["pipeline_version"],
            timings=data.get("timings", {}),
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

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **asdict(self)}


@dataclass(frozen=True)
class Outcome:
    """What happened to one input file in a batch; the CLI's summary table is a list of these."""

    file: str
    status: str  # "done", "partial", "skipped", "duplicate" or "failed"
    recording_id: str | None = None
    reason: str = ""
    audio_seconds: float = 0.0
    seconds: float = 0.0
