"""Watch an inbox folder and hand over recordings once they have finished arriving.

Zoom exports, phone uploads and sync clients write a file over seconds or minutes; a
file read half way would be transcribed half way. A recording is handed over only when
its size and modification time have not changed for ``settle_s`` seconds, and handed
over again only if it changes after that (the batch then decides by content hash
whether there is anything new). Hidden files, temporary names and hidden folders are
ignored, the same rules as a batch run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import watchfiles

from pipeline.inputs import find_recordings, is_recording

log = logging.getLogger(__name__)
DEFAULT_SETTLE_S = 5.0


@dataclass(frozen=True)
class _Seen:
    size: int
    mtime_ns: int
    since: float  # monotonic time this size and mtime were first seen


class Arrivals:
    """Files on their way in, and which of them have settled."""

    def __init__(self, inbox: Path, settle_s: float) -> None:
        self.inbox = inbox
        self.settle_s = settle_s
        self.pending: dict[Path, _Seen] = {}
        self.handed: dict[Path, tuple[int, int]] = {}  # (size, mtime) when last handed over

    def saw(self, path: Path, now: float) -> None:
        if not self._counts(path):
            return
        try:
            stat = path.stat()
        except FileNotFoundError:
            self.pending.pop(path, None)
            return
        signature = (stat.st_size, stat.st_mtime_ns)
        known = self.pending.get(path)
        if self.handed.get(path) == signature or (known and (known.size, known.mtime_ns) == signature):
            return
        self.pending[path] = _Seen(stat.st_size, stat.st_mtime_ns, now)

    def settled(self, now: float) -> list[Path]:
        """Pending files unchanged for ``settle_s``; each is handed over once per version."""
        for path in list(self.pending):
            self.saw(path, now)
        ready = sorted(p for p, seen in self.pending.items() if now - seen.since >= self.settle_s and seen.size > 0)
        for path in ready:
            seen = self.pending.pop(path)
            self.handed[path] = (seen.size, seen.mtime_ns)
        return ready

    def _counts(self, path: Path) -> bool:
        try:
            parts = path.relative_to(self.inbox).parts
        except ValueError:
            return False
        return is_recording(path) and not any(part.startswith(".") for part in parts[:-1]) and not path.is_dir()


def watch_inbox(
    inbox: Path,
    on_settled: Callable[[list[Path]], None],
    stop: threading.Event,
    settle_s: float = DEFAULT_SETTLE_S,
    tick_s: float = 1.0,
) -> None:
    """Call ``on_settled`` with each group of settled recordings until ``stop`` is set.

    Recordings already in the inbox count as arrivals, so files dropped while nothing
    was watching are not missed.
    """
    arrivals = Arrivals(inbox, settle_s)
    # Existing files are judged like new ones: their first sighting starts the settle clock.
    for path in find_recordings(inbox):
        arrivals.saw(path, time.monotonic())
    log.info("watching %s (recordings are taken %.0f s after they stop changing)", inbox, settle_s)
    for changes in watchfiles.watch(
        inbox, stop_event=stop, rust_timeout=int(tick_s * 1000), yield_on_timeout=True, raise_interrupt=False
    ):
        now = time.monotonic()
        for _, changed in changes:
            arrivals.saw(Path(changed), now)
        ready = arrivals.settled(now)
        if ready and not stop.is_set():
            on_settled(ready)
