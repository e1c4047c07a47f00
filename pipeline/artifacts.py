"""The files a PM opens: one folder per recording, written so a crash never leaves half a file.

Each recording gets ``<out>/<slug>-<hash>/`` named after the file (readable) and its
content hash (stable across renames). ``transcript.json`` is written last: its presence
means the folder is complete, and its provenance decides whether a rerun may skip it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from slugify import slugify

from pipeline.atomic import atomic_write
from pipeline.hashing import file_sha256
from pipeline.records import SCHEMA, Failure, Insights, Quote, Segment, Source, Speaker, Transcript

HASH_CHARS = 10
FAILED_DIR = "failed"


def recording_id(file_name: str, sha256: str) -> str:
    stem = slugify(Path(file_name).stem, max_length=60) or "recording"
    return f"{stem}-{sha256[:HASH_CHARS]}"


def write_text(path: Path, text: str) -> None:
    with atomic_write(path) as handle:
        handle.write(text)


def write_json(path: Path, data: dict[str, Any]) -> None:
    write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def recording_folder(out_dir: Path, source: Source) -> Path:
    return out_dir / recording_id(source.file, source.sha256)


def write_transcript(out_dir: Path, transcript: Transcript) -> Path:
    """Write every transcript format; returns the recording's folder."""
    folder = recording_folder(out_dir, transcript.source)
    labels = speaker_labels(transcript.speakers)
    write_text(folder / "transcript.txt", to_text(transcript.segments, labels))
    write_text(folder / "transcript.srt", to_srt(transcript.segments, labels))
    write_text(folder / "transcript.vtt", to_vtt(transcript.segments, labels))
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


def is_current(transcript_json: Path, engine: str, model_sha256: str, redact: bool) -> bool:
    """Current means same schema, engine, weights and redaction, with speakers already found.

    Device and precision do not matter: the same weights give the same words.
    """
    try:
        data = json.loads(transcript_json.read_text())
    except (OSError, ValueError):
        return False
    model = data.get("model", {})
    return (
        data.get("schema") == SCHEMA
        and model.get("engine") == engine
        and model.get("sha256") == model_sha256
        and data.get("redacted", False) == redact
        and bool(data.get("diarization"))
    )


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
        time=datetime.now(UTC).isoformat(timespec="seconds"),
        attempts=attempts,
        path=failure.path,
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


def speaker_labels(speakers: list[Speaker]) -> dict[str, str]:
    """Readable names: "Interviewer", "Customer", or numbered when a role has several voices."""
    labels = {}
    for role in ("interviewer", "customer"):
        holders = [s.id for s in speakers if s.role == role]
        for index, speaker_id in enumerate(holders, start=1):
            labels[speaker_id] = role.title() if len(holders) == 1 else f"{role.title()} {index}"
    for speaker in speakers:
        labels.setdefault(speaker.id, f"Speaker {speaker.id.removeprefix('S')}")
    return labels


def _prefix(segment: Segment, labels: dict[str, str]) -> str:
    label = labels.get(segment.speaker or "")
    return f"{label}: " if label else ""


def to_text(segments: list[Segment], labels: dict[str, str]) -> str:
    return "".join(f"[{clock(s.start)}] {_prefix(s, labels)}{s.text}\n" for s in segments)


def to_srt(segments: list[Segment], labels: dict[str, str]) -> str:
    blocks = [
        f"{index}\n{timestamp(s.start)} --> {timestamp(s.end)}\n{_prefix(s, labels)}{s.text}\n"
        for index, s in enumerate(segments, start=1)
    ]
    return "\n".join(blocks)


def to_vtt(segments: list[Segment], labels: dict[str, str]) -> str:
    """Speakers as WebVTT voice spans (<v Customer>), which players can style or show."""
    blocks = []
    for s in segments:
        label = labels.get(s.speaker or "")
        text = f"<v {label}>{s.text}</v>" if label else s.text
        blocks.append(f"{timestamp(s.start, '.')} --> {timestamp(s.end, '.')}\n{text}\n")
    return "WEBVTT\n\n" + "\n".join(blocks)


def write_insights(out_dir: Path, insights: Insights, transcript: Transcript) -> Path:
    """insights.json for tools and summary.md for people; the JSON is written last."""
    folder = recording_folder(out_dir, insights.source)
    data = insights.to_json()
    data["provenance"]["transcript_sha256"] = file_sha256(folder / "transcript.json")
    write_text(folder / "summary.md", summary_markdown(insights, transcript))
    write_json(folder / "insights.json", data)
    return folder


def insights_are_current(folder: Path, taxonomy_sha256: str, summarizer: str, tagger: str) -> bool:
    """Current when made from this taxonomy, by this summarizer and tagger, from the transcript as it is now."""
    try:
        provenance = json.loads((folder / "insights.json").read_text())["provenance"]
        transcript_sha256 = file_sha256(folder / "transcript.json")
    except (OSError, ValueError, KeyError):
        return False
    return (
        provenance.get("taxonomy_sha256") == taxonomy_sha256
        and provenance.get("summarizer", "extractive") == summarizer
        and provenance.get("tagger") == tagger
        and provenance.get("transcript_sha256") == transcript_sha256
    )


def summary_markdown(insights: Insights, transcript: Transcript) -> str:
    """The page a PM reads: who, what job, what hurts, what they asked for, with quotes to play."""
    persona = insights.persona
    labels = speaker_labels(transcript.speakers)
    lines = [f"# {insights.source.file}", "", insights.summary, "", "## Who", ""]
    if persona.id == "unknown":
        said = " The customer's words it was judged on:" if persona.evidence else ""
        lines.append(f"**Persona:** unknown (no persona scored above the threshold; best {persona.score:.2f}).{said}")
    else:
        lines.append(f"**Persona:** {persona.label} (`{persona.id}`, score {persona.score:.2f})")
    lines += [_quote_line(q) for q in persona.evidence]
    others = ", ".join(f"{p.label} {p.score:.2f}" for p in insights.personas[1:])
    if others:
        lines += ["", f"Other personas: {others}"]
    lines += ["", "## Jobs to be done", ""]
    for job in insights.jobs:
        lines += [f"**{job.label}** (`{job.id}`, score {job.score:.2f})", *[_quote_line(q) for q in job.evidence], ""]
    if not insights.jobs:
        lines += ["No job in the taxonomy matched clearly.", ""]
    for title, quotes in (
        ("Pains", insights.pains),
        ("Requests", insights.requests),
        ("Highlights", insights.highlights),
    ):
        lines += [f"## {title}", "", *([_quote_line(q) for q in quotes] or ["None found."]), ""]
    speakers = ", ".join(f"{labels[s.id]} {s.talk_seconds / 60:.1f} min" for s in transcript.speakers)
    lines += [
        "---",
        "",
        f"Speakers: {speakers}. Full transcript: `transcript.txt`; times are [mm:ss] into the recording.",
    ]
    return "\n".join(lines) + "\n"


def _quote_line(quote: Quote) -> str:
    return f"- [{clock(quote.start)}] “{quote.text}”"
