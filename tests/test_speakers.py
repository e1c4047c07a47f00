"""Who spoke when, on real recordings with reference speaker turns."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from pipeline.audio import SAMPLE_RATE, decode, decode_channels
from pipeline.evaluation import diarization_error_rate
from pipeline.records import Segment, Speaker
from pipeline.speakers import Turn, assign_roles, diarize, diarize_channels, label_segments, split_at_questions
from pipeline.transcribe import EngineConfig, load_transcriber
from tests.conftest import SAMPLE_FILES, ffmpeg


def reference_turns(path: Path) -> list[Turn]:
    return [Turn(t["start"], t["end"], t["speaker"]) for t in json.loads(path.with_suffix(".turns.json").read_text())]


def rttm_turns(path: Path) -> list[Turn]:
    turns = []
    for line in path.read_text().splitlines():
        fields = line.split()
        start, duration = float(fields[3]), float(fields[4])
        turns.append(Turn(start, start + duration, fields[7]))
    return turns


def test_der_on_a_real_phone_call(speech: Path) -> None:
    hypothesis = diarize(decode(speech / "pyannote-call.wav").samples)
    reference = rttm_turns(speech / "pyannote-call.rttm")
    assert len({t.speaker for t in hypothesis}) == 2
    assert diarization_error_rate(reference, hypothesis) <= 0.25


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_der_on_the_samples(path: Path) -> None:
    hypothesis = diarize(decode(path).samples)
    assert len({t.speaker for t in hypothesis}) == 2
    assert diarization_error_rate(reference_turns(path), hypothesis) <= 0.25


def test_one_voice_is_one_speaker(speech: Path) -> None:
    for name in ("ami-ES2011a-40s.wav", "librivox-0870.wav"):
        assert len({t.speaker for t in diarize(decode(speech / name).samples)}) == 1, name


def test_der_is_honest() -> None:
    reference = [Turn(0.0, 10.0, "A"), Turn(10.0, 20.0, "B")]
    assert diarization_error_rate(reference, [Turn(0.0, 10.0, "x"), Turn(10.0, 20.0, "y")]) == 0.0
    assert diarization_error_rate(reference, [Turn(0.0, 20.0, "x")]) == pytest.approx(0.5)
    assert diarization_error_rate(reference, [Turn(0.0, 10.0, "x")]) == pytest.approx(0.5)
    assert diarization_error_rate(reference, []) == pytest.approx(1.0)


@pytest.fixture(scope="module")
def sample_segments() -> tuple[list[Segment], list[Segment], Path]:
    path = SAMPLE_FILES[0]
    samples = decode(path).samples
    segments = load_transcriber(EngineConfig(model="base", device="cpu", threads=2)).transcribe(samples, "en").segments
    return segments, label_segments(segments, diarize(samples)), path


def test_every_word_and_segment_gets_one_speaker(sample_segments: tuple[list[Segment], list[Segment], Path]) -> None:
    original, labelled, _ = sample_segments
    assert [w for s in labelled for w in s.words] == [w for s in labelled for w in s.words if w.speaker], (
        "a word has no speaker"
    )
    for segment in labelled:
        assert segment.speaker and {w.speaker for w in segment.words} == {segment.speaker}
        assert segment.start == segment.words[0].start and segment.end == segment.words[-1].end
    assert [(w.start, w.end, w.text) for s in labelled for w in s.words] == [
        (w.start, w.end, w.text) for s in original for w in s.words
    ]
    assert [s.start for s in labelled] == sorted(s.start for s in labelled)


def script_role(segment: Segment, reference: list[Turn]) -> str | None:
    """Who the sample's script says is speaking at the middle of ``segment``."""
    middle = (segment.start + segment.end) / 2
    return next((t.speaker for t in reference if t.start <= middle <= t.end), None)


def share_in_role(labelled: list[Segment], speakers: list[Speaker], path: Path, role: str) -> float:
    """Of the segments the script gives to ``role``, the share labelled with a speaker in that role."""
    reference = reference_turns(path)
    in_role = {s.id for s in speakers if s.role == role}
    spoken = [s for s in labelled if script_role(s, reference) == role]
    return sum(s.speaker in in_role for s in spoken) / len(spoken)


def test_roles_match_the_script(sample_segments: tuple[list[Segment], list[Segment], Path]) -> None:
    _, labelled, path = sample_segments
    speakers = assign_roles(labelled)
    interviewer = next(s.id for s in speakers if s.role == "interviewer")
    assert share_in_role(labelled, speakers, path, "interviewer") >= 0.8
    assert [s.role for s in speakers].count("customer") == 1
    customer = next(s.id for s in speakers if s.role == "customer")
    overridden = assign_roles(labelled, {customer: "interviewer"})
    assert {s.id: s.role for s in overridden} == {customer: "interviewer", interviewer: "customer"}


def test_an_interview_heard_as_one_voice_is_split_at_its_questions(
    sample_segments: tuple[list[Segment], list[Segment], Path],
) -> None:
    """What diarization gives when the two voices sound alike: one speaker throughout.

    The split never takes the customer's words from them; the interviewer's remarks that ask
    nothing ("You mentioned the auditors.") stay with the customer, so it is a fallback.
    """
    original, _, path = sample_segments
    one_voice = [replace(s, speaker="S1", words=tuple(replace(w, speaker="S1") for w in s.words)) for s in original]
    split = split_at_questions(one_voice)
    assert split is not None
    speakers = assign_roles(split)
    assert sorted(s.role for s in speakers) == ["customer", "interviewer"]
    interviewer = next(s.id for s in speakers if s.role == "interviewer")
    reference = reference_turns(path)
    asked = [s for s in split if s.speaker == interviewer]
    assert len(asked) >= 3 and all(script_role(s, reference) == "interviewer" for s in asked), asked
    assert share_in_role(split, speakers, path, "customer") >= 0.9
    assert [(w.start, w.text) for s in split for w in s.words] == [(w.start, w.text) for s in original for w in s.words]
    assert all({w.speaker for w in s.words} == {s.speaker} for s in split)

    asks = [i for i, s in enumerate(one_voice) if "?" in s.text]
    assert split_at_questions(one_voice[: asks[2]]) is None, "two answered questions are not yet an interview"
    assert split_at_questions(split) is None, "two voices found: nothing to split"


def test_stereo_call_with_one_person_per_channel(tmp_path: Path) -> None:
    """Left channel: the interviewer's turns of a sample; right channel: the customer's."""
    path = SAMPLE_FILES[1]
    mono = decode(path).samples
    reference = reference_turns(path)
    left, right = np.zeros_like(mono), np.zeros_like(mono)
    for turn in reference:
        span = slice(int(turn.start * SAMPLE_RATE), int(turn.end * SAMPLE_RATE))
        (left if turn.speaker == "interviewer" else right)[span] = mono[span]
    raw = tmp_path / "stereo.f32"
    np.stack([left, right], axis=1).astype(np.float32).tofile(raw)
    stereo = tmp_path / "call.wav"
    ffmpeg("-f", "f32le", "-ar", str(SAMPLE_RATE), "-ac", "2", "-i", str(raw), str(stereo))
    turns = diarize_channels(decode_channels(stereo))
    assert turns is not None and len({t.speaker for t in turns}) == 2
    assert diarization_error_rate(reference, turns) <= 0.10
    duplicated = tmp_path / "mono-as-stereo.wav"
    ffmpeg("-i", str(path), "-ac", "2", str(duplicated))
    assert diarize_channels(decode_channels(duplicated)) is None
