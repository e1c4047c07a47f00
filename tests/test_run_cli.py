"""`interviews run` end to end: real console script, real Prefect flow, real samples."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from pipeline.evaluation import word_error_rate
from pipeline.hashing import file_sha256
from tests.conftest import FAST, SAMPLE_FILES, SAMPLES, ffmpeg, flow_runs, interviews, task_runs

INTERVIEW_FILES = [
    "insights.json",
    "summary.md",
    "transcript.json",
    "transcript.srt",
    "transcript.txt",
    "transcript.vtt",
]


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("samples-out")
    before = {p.name: file_sha256(p) for p in SAMPLE_FILES}
    result = interviews("run", str(SAMPLES), "--out", str(out))
    assert {p.name: file_sha256(p) for p in SAMPLE_FILES} == before, "inputs were modified"
    return out, result


def test_run_on_samples_writes_every_artifact(samples_out: tuple[Path, object]) -> None:
    out, result = samples_out
    assert result.returncode == 0, result.stdout + result.stderr
    folders = sorted(p.parent for p in out.glob("*/transcript.json"))
    assert len(folders) == len(SAMPLE_FILES)
    for folder in folders:
        assert sorted(p.name for p in folder.iterdir()) == INTERVIEW_FILES
    assert "3 done" in result.stdout
    home = Path(os.environ["PREFECT_HOME"])
    assert ("process-folder", "COMPLETED") in flow_runs(home)
    assert task_runs(home).count(("process_recording", "COMPLETED")) >= len(SAMPLE_FILES)


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_transcripts_match_their_scripts(samples_out: tuple[Path, object], sample: Path) -> None:
    out, _ = samples_out
    data = json.loads(next(out.glob(f"{sample.stem}-*/transcript.json")).read_text())
    assert data["source"] == {
        "file": sample.name,
        "sha256": file_sha256(sample),
        "duration": pytest.approx(data["duration"]),
        "partial": False,
    }
    assert data["engine"] == "faster-whisper" and data["model"]["name"] == "base"
    hypothesis = " ".join(s["text"] for s in data["segments"])
    wer = word_error_rate([sample.with_suffix(".txt").read_text()], [hypothesis])
    assert wer <= 0.15, f"{sample.name}: WER {wer:.1%}"


def test_second_run_processes_nothing(samples_out: tuple[Path, object]) -> None:
    out, first = samples_out
    assert first.returncode == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("transcript.*")}
    result = interviews("run", str(SAMPLES), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "3 skipped" in result.stdout
    assert {p: p.stat().st_mtime_ns for p in out.rglob("transcript.*")} == stamps


def test_bad_inputs_are_recorded_and_good_files_still_processed(tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    good = SAMPLES / "small-business-owner-interview.mp3"
    shutil.copy(good, inbox / "good.mp3")
    shutil.copy(good, inbox / "good copy.mp3")
    (inbox / "empty.wav").write_bytes(b"")
    (inbox / "notes.mp3").write_text("meeting notes, not audio\n" * 20)
    ffmpeg("-f", "lavfi", "-i", "testsrc=d=2:s=64x64:r=10", "-c:v", "mpeg4", str(inbox / "screen.mp4"))
    ffmpeg("-i", str(SAMPLES / "ops-manager-interview.ogg"), "-c:a", "aac", "-b:a", "32k", str(tmp_path / "whole.m4a"))
    whole = (tmp_path / "whole.m4a").read_bytes()
    (inbox / "cut-upload.m4a").write_bytes(whole[: len(whole) // 2])
    faststart = (SAMPLES / "it-admin-interview.m4a").read_bytes()
    (inbox / "cut-phone.m4a").write_bytes(faststart[: len(faststart) // 2])
    before = {p.name: file_sha256(p) for p in inbox.iterdir()}

    result = interviews("run", str(inbox), "--out", str(out), *FAST)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert {p.name: file_sha256(p) for p in inbox.iterdir()} == before
    reasons = {p.name: json.loads(p.read_text()) for p in (out / "failed").iterdir()}
    assert sorted(reasons) == ["cut-upload.m4a.json", "empty.wav.json", "notes.mp3.json", "screen.mp4.json"]
    assert "empty" in reasons["empty.wav.json"]["reason"]
    assert "not an audio or video file" in reasons["notes.mp3.json"]["reason"]
    assert "no audio track" in reasons["screen.mp4.json"]["reason"]
    assert "incomplete" in reasons["cut-upload.m4a.json"]["reason"]
    for record in reasons.values():
        assert record["stage"] == "decode" and record["source"] and record["attempts"] == 1
    transcripts = {
        json.loads(p.read_text())["source"]["file"]: json.loads(p.read_text()) for p in out.glob("*/transcript.json")
    }
    assert sorted(transcripts) == ["cut-phone.m4a", "good copy.mp3"]
    assert transcripts["cut-phone.m4a"]["source"]["partial"] is True
    assert transcripts["good copy.mp3"]["source"]["partial"] is False
    assert "duplicate" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "/no/such/folder"], "input folder not found"),
        (["run", str(SAMPLES), "--model", "huge"], "unknown model 'huge'"),
        (["run", str(SAMPLES), "--engine", "whisperx"], "choose one of faster-whisper, openai-whisper"),
    ],
)
def test_user_errors_are_messages_not_tracebacks(args: list[str], message: str, tmp_path: Path) -> None:
    result = interviews(*args, "--out", str(tmp_path))
    assert result.returncode == 2
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("command", [[], ["run"], ["models"]])
def test_help_everywhere(command: list[str]) -> None:
    result = interviews(*command, "--help")
    assert result.returncode == 0 and "Usage" in result.stdout


def test_settings_that_would_fail_every_file_stop_the_batch_first(tmp_path: Path) -> None:
    result = interviews("run", str(SAMPLES), "--out", str(tmp_path), "--model", "tiny.en", "--language", "de")
    assert result.returncode == 2
    assert "only understands English" in result.stdout + result.stderr
    assert not any(tmp_path.iterdir())


def test_a_taxonomy_change_retags_without_transcribing(samples_out: tuple[Path, object], tmp_path: Path) -> None:
    out, first = samples_out
    assert first.returncode == 0
    transcripts = {p: p.stat().st_mtime_ns for p in out.rglob("transcript.*")}
    before = {p: json.loads(p.read_text())["provenance"]["taxonomy_sha256"] for p in out.glob("*/insights.json")}
    edited = tmp_path / "taxonomy.yaml"
    edited.write_text(
        (SAMPLES / "taxonomy.yaml").read_text()
        + "  - id: hire-faster\n    statement: Hire the right people quickly, so I can grow the team.\n"
    )

    rerun = interviews("run", str(SAMPLES), "--out", str(out), "--taxonomy", str(edited))
    assert rerun.returncode == 0, rerun.stderr
    assert "3 retagged" in rerun.stdout
    assert {p: p.stat().st_mtime_ns for p in out.rglob("transcript.*")} == transcripts
    after = {p: json.loads(p.read_text())["provenance"]["taxonomy_sha256"] for p in out.glob("*/insights.json")}
    assert set(after) == set(before) and not set(after.values()) & set(before.values())

    back = interviews("retag", "--out", str(out))
    assert back.returncode == 0, back.stderr
    assert "3 retagged" in back.stdout
    assert interviews("retag", "--out", str(out)).stdout.count("skipped") >= 3


def test_redact_masks_phone_numbers_in_every_output(tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "contact-details.ogg", inbox)
    result = interviews("run", str(inbox), "--out", str(out), "--redact")
    assert result.returncode == 0, result.stdout + result.stderr
    written = [p for p in out.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"transcript.json", "transcript.txt", "insights.json", "summary.md"}
    for path in written:  # index.sqlite too: SQLite stores text as UTF-8
        text = path.read_bytes().decode("utf-8", "ignore")
        assert not re.search(r"555.?0199", text), f"{path.name} still shows the phone number"
    assert "[phone]" in next(out.glob("*/transcript.txt")).read_text()
    assert json.loads(next(out.glob("*/transcript.json")).read_text())["redacted"] is True
