"""Decoding real recordings in every container we promise, and refusing bad files clearly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.audio import SAMPLE_RATE, AudioError, decode
from pipeline.hashing import file_sha256
from pipeline.inputs import find_recordings
from tests.conftest import SAMPLE_FILES, SAMPLES, ffmpeg


def test_flac_44k_stereo_becomes_16k_mono_float32(speech: Path) -> None:
    audio = decode(speech / "jfk.flac")
    assert audio.samples.dtype == np.float32
    assert audio.samples.ndim == 1
    assert audio.duration == pytest.approx(11.0, abs=0.05)
    assert not audio.partial
    assert 0.05 < float(np.abs(audio.samples).max()) < 1.5  # resampling may overshoot full scale slightly


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.suffix)
def test_sample_containers_decode_to_their_scripted_length(path: Path) -> None:
    import json

    audio = decode(path)
    turns = json.loads(path.with_suffix(".turns.json").read_text())
    assert audio.duration > turns[-1]["end"]
    assert audio.duration == pytest.approx(audio.declared_duration, abs=0.1)


@pytest.mark.parametrize("container", ["webm", "mp4", "mov", "wav"])
def test_other_containers_and_video_with_sound(container: str, speech: Path, tmp_path: Path) -> None:
    """Zoom exports mp4 video, browsers record webm: the audio track is what we keep."""
    target = tmp_path / f"call.{container}"
    codec = {"webm": ["-c:a", "libopus"], "mp4": ["-c:a", "aac"], "mov": ["-c:a", "aac"], "wav": []}[container]
    video = [] if container == "wav" else ["-f", "lavfi", "-i", "color=c=black:s=64x64:r=5:d=11"]
    ffmpeg(*video, "-i", str(speech / "jfk.flac"), *codec, "-shortest", str(target))
    audio = decode(target)
    assert audio.duration == pytest.approx(11.0, abs=0.2)
    reference = decode(speech / "jfk.flac").samples
    assert np.corrcoef(envelope(audio.samples), envelope(reference))[0, 1] > 0.95


def envelope(samples: np.ndarray, frame: int = SAMPLE_RATE // 10) -> np.ndarray:
    """Loudness per 100 ms over the first 10 s: survives lossy codecs, differs between recordings."""
    frames = samples[: SAMPLE_RATE * 10].reshape(-1, frame)
    return np.sqrt((frames**2).mean(axis=1))


def test_content_hash_ignores_name(tmp_path: Path) -> None:
    original = SAMPLE_FILES[0]
    renamed = tmp_path / "renamed by a colleague.m4a"
    renamed.write_bytes(original.read_bytes())
    assert file_sha256(renamed) == file_sha256(original)


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.wav", lambda p: p.write_bytes(b""), "empty"),
        ("notes.mp3", lambda p: p.write_text("meeting notes, not audio\n" * 20), "not an audio or video file"),
        (
            "screen.mp4",
            lambda p: ffmpeg("-f", "lavfi", "-i", "testsrc=d=2:s=64x64:r=10", "-c:v", "mpeg4", str(p)),
            "no audio track",
        ),
    ],
)
def test_bad_files_are_refused_with_a_clear_reason(name: str, make, reason: str, tmp_path: Path) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(AudioError, match=reason):
        decode(path)


def test_truncated_m4a_without_index_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.m4a"
    ffmpeg("-i", str(SAMPLES / "ops-manager-interview.ogg"), "-c:a", "aac", "-b:a", "32k", str(whole))
    cut = tmp_path / "cut.m4a"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(AudioError, match="incomplete"):
        decode(cut)


def test_truncated_m4a_with_index_first_is_partial(tmp_path: Path) -> None:
    """A phone upload cut short still holds most of the interview: keep it, flagged."""
    source = SAMPLES / "it-admin-interview.m4a"
    cut = tmp_path / "cut.m4a"
    cut.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    audio = decode(cut)
    assert audio.partial
    assert 10 < audio.duration < audio.declared_duration - 10


def test_find_recordings_skips_hidden_temporary_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "team a" / "week 1").mkdir(parents=True)
    keep = [tmp_path / "a.mp3", tmp_path / "team a" / "week 1" / "b.M4A"]
    skip = [tmp_path / ".hidden.mp3", tmp_path / "c.mp3.part", tmp_path / "notes.txt", tmp_path / "~lock.wav"]
    (tmp_path / ".sync").mkdir()
    skip.append(tmp_path / ".sync" / "d.wav")
    for path in keep + skip:
        path.write_bytes(b"x")
    assert find_recordings(tmp_path) == sorted(keep)
