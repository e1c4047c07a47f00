"""Batch progress as standard log records, so any front end can follow a flow run.

Flows run inside Prefect and must not know about terminals; they log events on the
``interviews.progress`` logger with the numbers attached, and the CLI turns them into a
rich progress bar (Prefect's UI shows the same records as plain log lines).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pipeline.records import Outcome

LOGGER = "interviews.progress"
log = logging.getLogger(LOGGER)


@dataclass(frozen=True)
class BatchStarted:
    files: int
    to_process: int
    audio_seconds: float


@dataclass(frozen=True)
class AudioAdvanced:
    file: str
    seconds_done: float


@dataclass(frozen=True)
class FileFinished:
    outcome: Outcome


Event = BatchStarted | AudioAdvanced | FileFinished


def emit(event: Event, message: str, level: int = logging.INFO) -> None:
    log.log(level, message, extra={"progress_event": event})


def event_of(record: logging.LogRecord) -> Event | None:
    return getattr(record, "progress_event", None)
