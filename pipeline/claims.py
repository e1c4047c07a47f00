"""Claims: at most one process works on a recording, or on the corpus files, at a time.

A watcher, a scheduled batch and a second machine can all point at one output folder.
Each takes a claim before it writes a recording's folder: an OS file lock (flock) on
``<out>/.claims/<sha256>.lock``. The kernel drops the lock when its process dies, even
by SIGKILL, so a claim from a crashed run is never left standing and needs no cleanup.
Holding a claim also makes it safe to sweep the temporary files a killed writer left.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)
CLAIMS_DIR = ".claims"
CORPUS = "corpus"  # the claim on index, report and site, which every batch refreshes


@contextmanager
def claim(out_dir: Path, name: str, what: str = "", wait_s: float = 0.0) -> Iterator[bool]:
    """Yield True while this process holds ``name``; False when another process does.

    ``what`` (a file name) is written beside the lock while it is held, so `interviews
    status` can say what is in progress; the lock file itself is truncated by every taker.
    """
    folder = out_dir / CLAIMS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(folder / f"{name}.lock", timeout=wait_s)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    note = folder / f"{name}.json"
    try:
        note.write_text(json.dumps({"what": what, "pid": os.getpid(), "host": socket.gethostname(), "since": _now()}))
        yield True
    finally:
        note.unlink(missing_ok=True)
        lock.release()


def in_progress(out_dir: Path) -> list[dict[str, object]]:
    """What other processes hold claims on right now: {"what", "pid", "host", "since"} each."""
    held = []
    for note in sorted((out_dir / CLAIMS_DIR).glob("*.json")):
        with claim(out_dir, note.stem) as ours:
            if ours:
                continue
        try:
            held.append(json.loads(note.read_text()))
        except (OSError, ValueError):
            continue
    return held


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sweep_temporaries(folder: Path, recursive: bool = False) -> int:
    """Remove temporary files a killed writer left; call only while holding the folder's claim."""
    pattern = "**/.*.tmp" if recursive else ".*.tmp"
    removed = 0
    for temp in folder.glob(pattern):
        temp.unlink(missing_ok=True)
        removed += 1
    if removed:
        log.info("removed %d unfinished temporary files in %s", removed, folder)
    return removed
