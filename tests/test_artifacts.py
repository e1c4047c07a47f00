"""Transcript files written from a real transcription read back to the same segments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import srt
import webvtt

import pipeline
from pipeline.artifacts import (
    find_transcript,
    is_current,
    load_transcript,
    recording_id,
    speaker_labels,
    write_transcript,
)
from pipeline.audio import decode
from pipeline.hashing import file_sha256
from pipeline.records import Source, Transcript
from pipeline.speakers import attach_speakers
from pipeline.transcribe import EngineConfig, load_transcriber, transcribe_audio


@pytest.fixture(scope="module")
def call_transcript(speech: Path) -> Transcript:
    path = speech / "pyannote-call.wav"
    audio = decode(path)
    source = Source(file=path.name, sha256=file_sha256(path), duration=audio.duration)
    transcriber = load_transcriber(EngineConfig(model="base", device="cpu", threads=2))
    transcript = transcribe_audio(transcriber, audio, source, language="en")
    return attach_speakers(transcript, audio, path, interviewer=None)


def test_json_carries_provenance_and_round_trips(call_transcript: Transcript, tmp_path: Path) -> None:
    folder = write_transcript(tmp_path, call_transcript)
    assert folder.name == recording_id("pyannote-call.wav", call_transcript.source.sha256)
    data = json.loads((folder / "transcript.json").read_text())
    assert data["schema"] == 1
    assert data["source"]["file"] == "pyannote-call.wav"
    assert data["source"]["sha256"] == call_transcript.source.sha256
    assert data["model"]["engine"] == "faster-whisper" and data["model"]["name"] == "base"
    assert data["model"]["sha256"] == "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
    assert data["pipeline_version"] == pipeline.__version__
    assert data["timings"]["transcribe_s"] > 0
    assert load_transcript(folder / "transcript.json") == call_transcript


def test_srt_and_vtt_parse_back_to_the_same_segments(call_transcript: Transcript, tmp_path: Path) -> None:
    folder = write_transcript(tmp_path, call_transcript)
    labels = speaker_labels(call_transcript.speakers)
    assert set(labels.values()) == {"Interviewer", "Customer"}
    expected = [(s.start, s.end, labels[s.speaker], s.text) for s in call_transcript.segments]
    subtitles = srt.parse((folder / "transcript.srt").read_text())
    assert [(c.start.total_seconds(), c.end.total_seconds(), *c.content.split(": ", 1)) for c in subtitles] == expected
    captions = webvtt.from_string((folder / "transcript.vtt").read_text())
    assert [(_seconds(c.start), _seconds(c.end), c.voice, c.text) for c in captions] == expected
    lines = (folder / "transcript.txt").read_text().splitlines()
    assert lines[0] == f"[00:{int(expected[0][0]):02d}] {expected[0][2]}: {expected[0][3]}"


def _seconds(clock: str) -> float:
    hours, minutes, seconds = clock.split(":")
    return round(int(hours) * 3600 + int(minutes) * 60 + float(seconds), 3)


def test_rerun_finds_current_outputs_by_content(call_transcript: Transcript, tmp_path: Path) -> None:
    write_transcript(tmp_path, call_transcript)
    found = find_transcript(tmp_path, call_transcript.source.sha256)
    assert found is not None
    assert is_current(found, "faster-whisper", call_transcript.model.sha256, redact=False)
    assert not is_current(found, "faster-whisper", call_transcript.model.sha256, redact=True)
    assert not is_current(found, "openai-whisper", call_transcript.model.sha256, redact=False)
    assert not is_current(found, "faster-whisper", "another-model", redact=False)
    assert find_transcript(tmp_path, "0" * 64) is None


def test_writing_leaves_no_temporary_files(call_transcript: Transcript, tmp_path: Path) -> None:
    folder = write_transcript(tmp_path, call_transcript)
    assert sorted(p.name for p in folder.iterdir()) == [
        "transcript.json",
        "transcript.srt",
        "transcript.txt",
        "transcript.vtt",
    ]
