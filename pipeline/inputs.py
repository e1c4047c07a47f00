"""Find the recordings in an input folder.

Folders PMs share collect notes, exports half-copied by sync clients and OS litter;
only finished recordings with a known audio/video extension count.
"""

from __future__ import annotations

from pathlib import Path

RECORDING_EXTENSIONS = frozenset(
    {
        ".wav",
        ".flac",
        ".mp3",
        ".m4a",
        ".aac",
        ".ogg",
        ".oga",
        ".opus",
        ".webm",
        ".mp4",
        ".m4v",
        ".mov",
        ".mkv",
        ".wma",
        ".aif",
        ".aiff",
        ".amr",
        ".3gp",
    }
)
# Names sync clients and browsers give files that are still being written.
_TEMPORARY_SUFFIXES = frozenset({".part", ".partial", ".tmp", ".crdownload", ".download"})


def is_recording(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~")) or path.suffix.lower() in _TEMPORARY_SUFFIXES:
        return False
    return path.suffix.lower() in RECORDING_EXTENSIONS


def find_recordings(folder: Path) -> list[Path]:
    """Recordings anywhere under ``folder``, skipping hidden folders, in a stable order."""
    if not folder.is_dir():
        raise FileNotFoundError(f"input folder not found: {folder}")
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and is_recording(path)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts[:-1])
    ]
    return sorted(found)
