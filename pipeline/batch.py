"""Decide what a batch has to do before any model is loaded.

A rerun over a folder of 200 interviews should take seconds, so "is this recording
already done?" is answered from content hashes and the provenance in existing outputs,
never by transcribing again. Copies of the same recording are processed once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pipeline.artifacts import find_transcript, insights_are_current, is_current, recording_id
from pipeline.audio import AudioError, probe
from pipeline.hashing import file_sha256

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    recording_id: str
    duration: float
    action: str  # "process", "retag" (only insights are stale), "skip" (all current) or "duplicate" (same bytes)
    existing: Path | None = None


@dataclass(frozen=True)
class Currency:
    """What makes existing outputs current: the weights, redaction, the taxonomy, the summarizer and the tagger."""

    engine: str
    model_sha256: str
    redact: bool
    taxonomy_sha256: str
    summarizer: str
    tagger: str


def plan_batch(recordings: list[Path], out_dir: Path, currency: Currency) -> list[Job]:
    jobs: list[Job] = []
    seen: dict[str, Path] = {}
    for path in recordings:
        sha256 = file_sha256(path)
        if sha256 in seen:
            action, existing = "duplicate", seen[sha256]
        else:
            action, existing = decide(out_dir, sha256, currency)
        seen.setdefault(sha256, path)
        jobs.append(Job(path, sha256, recording_id(path.name, sha256), _duration_or_zero(path), action, existing))
    return jobs


def decide(out_dir: Path, sha256: str, currency: Currency) -> tuple[str, Path | None]:
    """ "process", "retag" or "skip" for a recording with these bytes, and its transcript if any.

    Asked again once a recording is claimed: another run may have finished it meanwhile.
    """
    existing = find_transcript(out_dir, sha256)
    if existing is None or not is_current(existing, currency.engine, currency.model_sha256, currency.redact):
        return "process", existing
    current = insights_are_current(existing.parent, currency.taxonomy_sha256, currency.summarizer, currency.tagger)
    return ("skip" if current else "retag"), existing


def _duration_or_zero(path: Path) -> float:
    """Only sizes the progress bar; a file ffmpeg cannot read fails properly when decoded."""
    try:
        return probe(path).duration or 0.0
    except AudioError:
        return 0.0
