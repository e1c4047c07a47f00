"""The files a PM opens: one folder per recording, written so a crash never leaves half a file.

Each recording gets ``<out>/<slug>-<hash>/`` named after the file (readable) and its
content hash (stable across renames). ``transcript.json`` is written last: its presence
means the folder is complete, and its provenance decides whether a rerun may skip it.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from slugify import slugify

from pipeline.records import SCHEMA, Failure, Segment, Transcript

HASH_CHARS = 10
FAILED_DIR = "failed"


def recording_id(file_name: str, sha256: str) -> str:
    stem = slugify(Path(file_name).stem, max_length=60) or "recording"
    return f"{stem}-{sha256[:HASH_CHARS]}"


def write_atomic(path: Path, text: str) -> None:
    """Readers see the old file or the new one, never a partial write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False)
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def write_transcript(out_dir: Path, transcript: Transcript) -> Path:
    """Write every transcript format; returns the recording's folder."""
    folder = out_dir / recording_id(transcript.source.file, transcript.source.sha256)
    write_atomic(folder / "transcript.txt", to_text(transcript.segments))
    write_atomic(folder / "transcript.srt", to_srt(transcript.segments))
    write_atomic(folder / "transcript.vtt", to_vtt(transcript.segments))
    write_json(folder / "transcript.json", transcript.to_json())
    clear_failure(out_dir, transcript.source.file)
    return folder


def find_transcript(out_dir: Path, sha256: str) -> Path | None:
    """The transcript of a recording with these bytes, whatever the file is called now."""
    for candidate in sorted(out_dir.glob(f"*-{sha256[:HASH_CHARS]}/transcript.json")):
        try:
            if json.loads(candidate.read_text())["source"]["sha256"] == sha256:
                return candidate
        except (OSError, ValueError, KeyError):
            continue
    return None


def is_current(transcript_json: Path, engine: str, model_sha256: str) -> bool:
    """Current means same schema, engine and weights; device and precision do not matter."""
    try:
        data = json.loads(transcript_json.read_text())
    except (OSError, ValueError):
        return False
    model = data.get("model", {})
    return data.get("schema") == SCHEMA and model.get("engine") == engine and model.get("sha256") == model_sha256


def load_transcript(transcript_json: Path) -> Transcript:
    return Transcript.from_json(json.loads(transcript_json.read_text()))


def failure_path(out_dir: Path, file_name: str) -> Path:
    return out_dir / FAILED_DIR / f"{Path(file_name).name}.json"


def write_failure(out_dir: Path, failure: Failure) -> Path:
    """Record why a recording failed, counting attempts across runs."""
    path = failure_path(out_dir, failure.source)
    attempts = 1
    if path.is_file():
        try:
            attempts = int(json.loads(path.read_text()).get("attempts", 0)) + 1
        except (OSError, ValueError):
            attempts = 1
    stamped = Failure(
        source=failure.source,
        stage=failure.stage,
        reason=failure.reason,
        sha256=failure.sha256,
        time=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        attempts=attempts,
    )
    write_json(path, stamped.to_json())
    return path


def clear_failure(out_dir: Path, file_name: str) -> None:
    failure_path(out_dir, file_name).unlink(missing_ok=True)


def timestamp(seconds: float, separator: str = ",") -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def to_text(segments: list[Segment]) -> str:
    return "".join(f"[{clock(s.start)}] {s.text}\n" for s in segments)


def to_srt(segments: list[Segment]) -> str:
    blocks = [
        f"{index}\n{timestamp(s.start)} --> {timestamp(s.end)}\n{s.text}\n"
        for index, s in enumerate(segments, start=1)
    ]
    return "\n".join(blocks)


def to_vtt(segments: list[Segment]) -> str:
    blocks = [f"{timestamp(s.start, '.')} --> {timestamp(s.end, '.')}\n{s.text}\n" for s in segments]
    return "WEBVTT\n\n" + "\n".join(blocks)
