"""Left running: watching a folder, crashes, two runs at once, status and retry, GPU memory fallback.

Every test drives the real `interviews` command in its own process (with its own Prefect
home, so run counts are its own) on short clips cut from the samples, with tiny.en to
keep the suite quick; what is tested is the orchestration, not the words.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import time
from pathlib import Path

import numpy as np
import pytest

from pipeline.audio import decode
from pipeline.cli import SETTINGS_FILE
from pipeline.hashing import file_sha256
from pipeline.index import connect
from pipeline.records import ModelRef, Source
from pipeline.transcribe import EngineConfig, Recognition, load_transcriber, transcribe_with_fallback
from tests.conftest import FAST, interviews, start, task_runs, wait_for


def leftovers(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_watch_takes_a_slowly_copied_file_once_and_ignores_the_rest(clips: list[Path], tmp_path: Path) -> None:
    inbox, out, home = tmp_path / "inbox", tmp_path / "out", tmp_path / "prefect"
    (inbox / "calls").mkdir(parents=True)
    watcher = start("watch", str(inbox), "--out", str(out), "--settle", "2", *FAST, home=home, log=tmp_path / "log")
    try:
        wait_for(lambda: "Watching" in (tmp_path / "log").read_text(), 60, "the watcher to start")
        shutil.copy(clips[0], inbox / ".hidden-copy.ogg")
        shutil.copy(clips[1], inbox / "upload.mp3.part")
        (inbox / "notes.txt").write_text("not a recording")
        data = clips[2].read_bytes()
        with (inbox / "calls" / "slow.ogg").open("wb") as handle:
            for chunk in range(8):  # written over 4 s, each pause shorter than the settle time
                handle.write(data[chunk * len(data) // 8 : (chunk + 1) * len(data) // 8])
                handle.flush()
                time.sleep(0.5)
        wait_for(lambda: any(out.glob("*/insights.json")), 240, "the slow file's outputs")
        time.sleep(3)  # time enough for a second, wrong pick-up
    finally:
        watcher.send_signal(signal.SIGINT)
        code = watcher.wait(timeout=120)
    log = (tmp_path / "log").read_text()
    assert code == 0, log
    folders = [p.parent for p in out.glob("*/transcript.json")]
    assert len(folders) == 1, log
    transcript = json.loads((folders[0] / "transcript.json").read_text())
    assert transcript["source"]["file"] == "slow.ogg" and transcript["source"]["partial"] is False
    assert transcript["source"]["sha256"] == file_sha256(clips[2])
    assert not (out / "failed").exists(), log
    assert task_runs(home).count(("process_recording", "COMPLETED")) == 1
    assert "Stopped." in log


def test_ctrl_c_lets_the_recording_in_hand_finish(clips: list[Path], tmp_path: Path) -> None:
    inbox, out, home = tmp_path / "inbox", tmp_path / "out", tmp_path / "prefect"
    inbox.mkdir()
    for clip in clips:
        shutil.copy(clip, inbox)
    api = os.environ["PREFECT_API_URL"]  # the session's server: this test counts no runs
    watcher = start(
        "watch", str(inbox), "--out", str(out), "--settle", "0", *FAST, home=home, log=tmp_path / "log", api=api
    )
    wait_for(lambda: any((out / ".claims").glob("*.json")), 180, "a recording to be claimed")
    claimed = json.loads(next((out / ".claims").glob("*.json")).read_text())["what"]
    watcher.send_signal(signal.SIGINT)
    code = watcher.wait(timeout=180)
    log = (tmp_path / "log").read_text()
    assert code == 0, log
    assert "Stopping after the recording in hand" in log
    finished = {json.loads(p.read_text())["source"]["file"] for p in out.glob("*/transcript.json")}
    assert claimed in finished
    for folder in out.glob("*/transcript.json"):
        assert (folder.parent / "insights.json").is_file(), f"{folder.parent.name} was left half done"
    assert len(finished) < len(clips), "everything finished: the stop came too late to test anything"
    assert leftovers(out) == []


def outputs(out: Path) -> dict[str, object]:
    """What a PM sees, without timings: words, speakers, tags and quotes per interview, and the index."""
    seen: dict[str, object] = {}
    for path in sorted(out.glob("*/transcript.json")):
        transcript = json.loads(path.read_text())
        insights = json.loads((path.parent / "insights.json").read_text())
        insights.pop("provenance")
        seen[path.parent.name] = (
            [(s["start"], s["end"], s["text"], s["speaker"]) for s in transcript["segments"]],
            insights,
            sorted(p.name for p in path.parent.iterdir()),
        )
    with connect(out) as connection:
        seen["index"] = connection.execute(
            "select recording_id, kind, start, text from units order by recording_id, kind, start, text"
        ).fetchall()
    seen["report"] = json.loads((out / "report.json").read_text())["interviews"]
    return seen


@pytest.fixture(scope="module")
def uninterrupted(clips: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(inbox, output) of one plain run over the clips: what every other way of running must give."""
    inbox, out = tmp_path_factory.mktemp("inbox"), tmp_path_factory.mktemp("uninterrupted")
    for clip in clips:
        shutil.copy(clip, inbox)
    result = interviews("run", str(inbox), "--out", str(out), *FAST)
    assert result.returncode == 0, result.stdout + result.stderr
    return inbox, out


def test_killed_mid_batch_then_run_again_gives_what_an_uninterrupted_run_gives(
    clips: list[Path], uninterrupted: tuple[Path, Path], tmp_path: Path
) -> None:
    inbox, whole = uninterrupted
    crashed, home = tmp_path / "crashed", tmp_path / "prefect"
    run = start("run", str(inbox), "--out", str(crashed), *FAST, home=home, log=tmp_path / "log")
    wait_for(lambda: any(crashed.glob("*/transcript.txt")), 240, "the first recording's files")
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert len(list(crashed.glob("*/insights.json"))) < len(clips), "the kill came after the batch"

    again = interviews("run", str(inbox), "--out", str(crashed), *FAST)
    assert again.returncode == 0, again.stdout + again.stderr
    assert outputs(crashed) == outputs(whole)
    assert leftovers(crashed) == []


def test_two_runs_on_one_folder_never_process_a_recording_twice(
    clips: list[Path], uninterrupted: tuple[Path, Path], tmp_path: Path
) -> None:
    inbox, whole = uninterrupted
    out = tmp_path / "out"
    homes = [tmp_path / "prefect-a", tmp_path / "prefect-b"]
    runs = [
        start("run", str(inbox), "--out", str(out), *FAST, home=home, log=tmp_path / f"log-{n}")
        for n, home in enumerate(homes)
    ]
    codes = [run.wait(timeout=600) for run in runs]
    logs = [(tmp_path / f"log-{n}").read_text() for n in range(2)]
    assert codes == [0, 0], logs
    transcribed = sum(task_runs(home).count(("transcribe", "COMPLETED")) for home in homes)
    assert transcribed == len(clips), logs
    assert len(list(out.glob("*/insights.json"))) == len(clips)
    with connect(out) as connection:
        assert connection.execute("select count(*) from recordings").fetchone()[0] == len(clips)
    assert outputs(out) == outputs(whole)


def test_status_lists_failures_and_retry_processes_them_again(clips: list[Path], tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(clips[0], inbox)
    (inbox / "late-upload.mp3").write_text("the upload had not finished\n")
    first = interviews("run", str(inbox), "--out", str(out), *FAST)
    assert first.returncode == 1, first.stdout + first.stderr

    settings = out / SETTINGS_FILE
    settings.rename(tmp_path / SETTINGS_FILE)  # as after a scheduled deployment's run: no CLI settings saved
    status = interviews("status", "--out", str(out))
    assert status.returncode == 0, status.stdout + status.stderr
    assert "late-upload.mp3" in status.stdout and "not an audio or video file" in status.stdout
    assert re.search(r"done\s*│\s*1\s", status.stdout) and re.search(r"failed\s*│\s*1\s", status.stdout)
    (tmp_path / SETTINGS_FILE).rename(settings)

    shutil.copy(clips[1], inbox / "late-upload.mp3")
    waiting = interviews("status", "--out", str(out), str(inbox))
    assert "late-upload.mp3" in waiting.stdout and "new or changed" in waiting.stdout

    retried = interviews("retry", "--out", str(out))
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert "1 done" in retried.stdout
    assert not any((out / "failed").glob("*.json"))
    assert {json.loads(p.read_text())["source"]["file"] for p in out.glob("*/transcript.json")} == {
        clips[0].name,
        "late-upload.mp3",
    }
    model = json.loads(next(out.glob("late-upload-*/transcript.json")).read_text())["model"]["name"]
    assert model == "tiny.en", "retry did not keep the settings of the run it retries"


class FullGPU:
    """A GPU transcriber that is always out of memory: what a shared, busy GPU does."""

    def __init__(self) -> None:
        self.model = ModelRef("faster-whisper", "tiny.en", "gpu", "cuda", "float16")
        self.beams: list[int] = []

    def transcribe(self, samples: np.ndarray, language: str | None, progress: object, beam_size: int) -> Recognition:
        self.beams.append(beam_size)
        raise RuntimeError("CUDA failed with error out of memory")


def test_gpu_out_of_memory_asks_for_less_then_uses_the_cpu(clips: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    gpu = FullGPU()
    audio = decode(clips[0])
    source = Source(clips[0].name, file_sha256(clips[0]), audio.duration)
    config = EngineConfig(model="tiny.en", device="cuda")
    with caplog.at_level(logging.WARNING):
        transcript = transcribe_with_fallback(
            config, audio, source, load=lambda c: gpu if c.device == "cuda" else load_transcriber(c)
        )
    assert gpu.beams == [5, 1]
    assert transcript.model.device == "cpu" and transcript.segments
    assert "transcribing on the CPU instead" in caplog.text
