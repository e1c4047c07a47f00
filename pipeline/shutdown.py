"""A polite stop: Ctrl-C asks a batch to finish the recording in hand, then stop.

Killing a transcription half way wastes the minutes already spent on it; the recordings
not started are simply picked up by the next run, so nothing is lost by stopping early.
"""

from __future__ import annotations

import threading

_requested = threading.Event()


def request_stop() -> None:
    _requested.set()


def stop_requested() -> bool:
    return _requested.is_set()
