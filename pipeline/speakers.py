"""Who spoke when, and who is the interviewer: speaker turns aligned to Whisper's words.

Voices are told apart by Resemblyzer's speaker encoder (its weights ship in the PyPI
package, so this runs offline): 1.6 s windows of speech are embedded and clustered, the
number of clusters found by a similarity threshold rather than fixed in advance. Call
recordings often put each person on their own stereo channel; then the channels say who
spoke and no clustering is needed. Roles come from the conversation itself: interviewers
ask the questions. When two voices sound alike to the encoder and only one is found, an
interview's questions and answers still separate the two (``split_at_questions``).
"""

from __future__ import annotations

import functools
import logging
import re
import time
import warnings
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import numpy as np
from faster_whisper.vad import VadOptions, get_speech_timestamps

from pipeline.audio import SAMPLE_RATE, DecodedAudio, decode_channels
from pipeline.records import Segment, Speaker, Transcript, Word

log = logging.getLogger(__name__)

METHOD = "resemblyzer-agglomerative-v1"
FRAME_S = 0.01  # Resemblyzer's mel frames are 10 ms apart
WINDOW_FRAMES = 160  # the encoder's 1.6 s partial utterance
HOP_FRAMES = 50  # a new window every 0.5 s
# Two groups of windows whose mean embeddings are more similar than this are one voice;
# calibrated on the pyannote call, the samples, the labelled set and one-voice clips.
SAME_VOICE_SIMILARITY = 0.92
MIN_CLUSTER_SHARE = 0.10  # a voice must have at least this share of the speech windows
MIN_CLUSTER_WINDOWS = 6  # and about 4 s of speech: a few windows of one voice can look like two
MIN_TURN_S = 0.6  # shorter flips between speakers are smoothing noise
# One voice found, yet one side keeps asking and the other answers: two people the voice
# encoder cannot tell apart (similar voices, synthetic voices, one muffled line). Then the
# segments that ask are the interviewer's. A talk with the odd rhetorical question stays one
# speaker: it takes at least three answered questions, and a question a minute.
MIN_ANSWERED_QUESTIONS = 3
MIN_QUESTIONS_PER_MINUTE = 1.0
QUESTION_TURNS = "question-turns"
# Finer than transcription's VAD: turns change in pauses of a fraction of a second.
TURN_VAD = VadOptions(min_silence_duration_ms=150, speech_pad_ms=30)
_QUESTION = re.compile(
    r"\?\s*$|^(?:what|how|why|when|where|who|which|can you|could you|would you|do you|did you|are you|is it|tell me)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    start: float
    end: float
    speaker: str


@functools.cache
def _resemblyzer() -> ModuleType:
    """Imported lazily (it pulls in librosa and torch) and quietly: its webrtcvad and scipy
    imports raise deprecation warnings users can do nothing about."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import resemblyzer

        return resemblyzer


@functools.cache
def _encoder():  # noqa: ANN202 - a resemblyzer.VoiceEncoder, loaded once per process
    return _resemblyzer().VoiceEncoder("cpu", verbose=False)


def attach_speakers(transcript: Transcript, audio: DecodedAudio, path: Path, interviewer: str | None) -> Transcript:
    """The transcript with a speaker on every word and segment, and each speaker's role."""
    started = time.perf_counter()
    turns = diarize_channels(decode_channels(path)) if audio.channels == 2 else None
    method = "stereo-channels" if turns else METHOD
    if turns is None:
        turns = diarize(audio.samples)
    segments = label_segments(transcript.segments, turns)
    if method == METHOD and (split := split_at_questions(segments)) is not None:
        segments, method = split, f"{METHOD}+{QUESTION_TURNS}"
    speakers = assign_roles(segments, {interviewer: "interviewer"} if interviewer else None)
    timings = {**transcript.timings, "speakers_s": round(time.perf_counter() - started, 3)}
    diarization = {"method": method, "speakers": len(speakers), "turns": len(turns)}
    return replace(transcript, segments=segments, speakers=speakers, diarization=diarization, timings=timings)


def diarize(samples: np.ndarray, num_speakers: int | None = None, max_speakers: int = 6) -> list[Turn]:
    """Speaker turns of 16 kHz mono audio; the number of speakers is estimated unless given."""
    regions = [
        (r["start"] // 160, r["end"] // 160) for r in get_speech_timestamps(samples, TURN_VAD)
    ]  # in 10 ms frames
    if not regions:
        return []
    mel = _mel(samples)
    windows = _windows(regions, len(mel))
    vectors = _embed(mel, windows)
    labels = _cluster(vectors, num_speakers, max_speakers)
    return _turns(regions, windows, labels)


def _mel(samples: np.ndarray) -> np.ndarray:
    audio = _resemblyzer().audio
    return audio.wav_to_mel_spectrogram(audio.normalize_volume(samples, -30, increase_only=True))


def _windows(regions: list[tuple[int, int]], frames: int) -> list[tuple[int, int]]:
    """1.6 s windows every 0.5 s inside each speech region; a short region gets one window."""
    windows = []
    for start, end in regions:
        end = min(end, frames)
        if end - start <= WINDOW_FRAMES:
            windows.append((start, end))
            continue
        starts = list(range(start, end - WINDOW_FRAMES + 1, HOP_FRAMES))
        if starts[-1] != end - WINDOW_FRAMES:
            starts.append(end - WINDOW_FRAMES)
        windows.extend((s, s + WINDOW_FRAMES) for s in starts)
    return [w for w in windows if w[1] > w[0]]


def _embed(mel: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """One batch through the encoder; short windows are tiled to the encoder's length."""
    import torch

    batch = []
    for start, end in windows:
        frames = mel[start:end]
        if len(frames) < WINDOW_FRAMES:
            frames = np.tile(frames, (int(np.ceil(WINDOW_FRAMES / len(frames))), 1))[:WINDOW_FRAMES]
        batch.append(frames)
    with torch.inference_mode():
        return _encoder()(torch.from_numpy(np.stack(batch))).numpy()


def _cluster(vectors: np.ndarray, num_speakers: int | None, max_speakers: int) -> np.ndarray:
    """Cluster labels numbered by first appearance.

    The merge tree is built on centred embeddings, where voices separate well; the number
    of speakers is the largest cut whose groups are distinct voices by their raw centroids
    (centring alone would split even one voice) and each hold a fair share of the speech.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(vectors) < 4:
        return np.zeros(len(vectors), dtype=int)
    tree = linkage(_centred(vectors), method="average", metric="cosine")
    most = min(max_speakers, len(vectors) // MIN_CLUSTER_WINDOWS)
    candidates = [num_speakers] if num_speakers else range(most, 1, -1)
    labels = np.zeros(len(vectors), dtype=int)
    for k in candidates:
        cut = fcluster(tree, k, criterion="maxclust") - 1
        if num_speakers or _distinct_voices(vectors, cut):
            labels = cut
            break
    order = {label: index for index, label in enumerate(dict.fromkeys(labels))}
    return np.array([order[label] for label in labels])


def _distinct_voices(vectors: np.ndarray, labels: np.ndarray) -> bool:
    groups = np.unique(labels)
    if np.bincount(labels).min() < max(MIN_CLUSTER_WINDOWS, MIN_CLUSTER_SHARE * len(labels)):
        return False
    centroids = np.stack([vectors[labels == g].mean(axis=0) for g in groups])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    similarity = centroids @ centroids.T
    return bool(similarity[np.triu_indices(len(groups), 1)].max() < SAME_VOICE_SIMILARITY)


def _centred(vectors: np.ndarray) -> np.ndarray:
    """Remove what every window of this recording shares (room, channel, the encoder's bias).

    Resemblyzer's embeddings all sit in one corner of the sphere, so raw cosine
    distances between two voices are small; centring spreads them out.
    """
    centred = vectors - vectors.mean(axis=0)
    return centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)


def _turns(regions: list[tuple[int, int]], windows: list[tuple[int, int]], labels: np.ndarray) -> list[Turn]:
    """Each speech frame takes the label of the nearest window centre; then short flips are smoothed."""
    centres = np.array([(a + b) / 2 for a, b in windows])
    pieces: list[list] = []
    for start, end in regions:
        frames = np.arange(start, end)
        nearest = labels[np.abs(centres[None, :] - frames[:, None]).argmin(axis=1)]
        changes = np.flatnonzero(np.diff(nearest)) + 1
        for a, b in zip(np.r_[0, changes], np.r_[changes, len(frames)], strict=True):
            pieces.append([frames[a] * FRAME_S, (frames[b - 1] + 1) * FRAME_S, int(nearest[a])])
    return [Turn(round(s, 2), round(e, 2), f"S{label + 1}") for s, e, label in _smooth(pieces)]


def _smooth(pieces: list[list]) -> list[list]:
    """Fold turns shorter than MIN_TURN_S into a neighbour, then join same-speaker neighbours."""
    changed = True
    while changed and len(pieces) > 1:
        changed = False
        for i, (start, end, _) in enumerate(pieces):
            if end - start < MIN_TURN_S:
                neighbour = pieces[i - 1] if i > 0 else pieces[i + 1]
                pieces[i][2] = neighbour[2]
        merged = [pieces[0]]
        for piece in pieces[1:]:
            if piece[2] == merged[-1][2] and piece[0] - merged[-1][1] < 1.0:
                merged[-1][1] = piece[1]
                changed = True
            else:
                merged.append(piece)
        pieces = merged
    return pieces


def diarize_channels(channels: np.ndarray) -> list[Turn] | None:
    """Turns from a stereo call recording with one person per channel; None if not that kind.

    The louder channel at each moment is the one speaking; a recording whose channels carry
    the same signal (ordinary stereo, or mono saved as stereo) is not split this way.
    """
    if channels.ndim != 2 or channels.shape[0] != 2:
        return None
    left, right = channels
    if np.corrcoef(left, right)[0, 1] > 0.5:
        return None
    turns = []
    for index, channel in enumerate((left, right)):
        for region in get_speech_timestamps(np.ascontiguousarray(channel), TURN_VAD):
            turns.append(Turn(region["start"] / SAMPLE_RATE, region["end"] / SAMPLE_RATE, f"S{index + 1}"))
    if len({t.speaker for t in turns}) < 2:
        return None
    turns.sort(key=lambda t: t.start)
    first = {t.speaker: i for i, t in reversed(list(enumerate(turns)))}
    rename = {speaker: f"S{rank + 1}" for rank, speaker in enumerate(sorted(first, key=first.get))}
    return [replace(t, speaker=rename[t.speaker]) for t in turns]


def label_segments(segments: list[Segment], turns: list[Turn]) -> list[Segment]:
    """Every sentence gets the speaker whose turns overlap it most; segments split between sentences.

    Turn boundaries are only accurate to about half a second, while people almost always
    hand over at the end of a sentence, so speakers are decided per sentence, not per word
    (which would cut "I | run IT for …" between two people).
    """
    if not turns:
        return segments
    labelled: list[Segment] = []
    for segment in segments:
        if not segment.words:
            labelled.append(replace(segment, speaker=_speaker_at(segment.start, segment.end, turns)))
            continue
        words = [
            replace(word, speaker=speaker)
            for sentence in _sentences(segment.words)
            for speaker in [_speaker_at(sentence[0].start, sentence[-1].end, turns)]
            for word in sentence
        ]
        labelled.extend(_split_by_speaker(segment, words))
    return labelled


def _sentences(words: tuple[Word, ...]) -> list[list[Word]]:
    groups: list[list[Word]] = [[]]
    for word in words:
        groups[-1].append(word)
        if word.text.rstrip("\"')”’").endswith((".", "?", "!")):
            groups.append([])
    return [g for g in groups if g]


def _speaker_at(start: float, end: float, turns: list[Turn]) -> str:
    overlaps = {}
    for turn in turns:
        overlap = min(end, turn.end) - max(start, turn.start)
        if overlap > 0:
            overlaps[turn.speaker] = overlaps.get(turn.speaker, 0.0) + overlap
    if overlaps:
        return max(overlaps, key=overlaps.get)
    middle = (start + end) / 2
    return min(turns, key=lambda t: min(abs(middle - t.start), abs(middle - t.end))).speaker


def _split_by_speaker(segment: Segment, words: list[Word]) -> list[Segment]:
    """One segment per run of same-speaker words; its text is cut from the original text."""
    changes = [i for i in range(1, len(words)) if words[i].speaker != words[i - 1].speaker]
    if not changes:
        return [replace(segment, words=tuple(words), speaker=words[0].speaker)]
    offsets = segment.word_offsets()
    edges = [0, *changes, len(words)]
    cuts = [0, *(offsets[i] for i in changes), len(segment.text)]
    pieces = []
    for (first, stop), (left, right) in zip(pairwise(edges), pairwise(cuts), strict=True):
        run = words[first:stop]
        found = left is not None and right is not None
        text = segment.text[left:right].strip() if found else " ".join(w.text for w in run)
        pieces.append(
            replace(segment, start=run[0].start, end=run[-1].end, text=text, words=tuple(run), speaker=run[0].speaker)
        )
    return pieces


def split_at_questions(segments: list[Segment]) -> list[Segment] | None:
    """Question-and-answer turns from the text, for an interview heard as one voice; else None.

    Whisper ends a segment at a pause, and people pause when the turn passes, so a segment
    that asks is taken whole as the interviewer's (with the "thanks, that helps" before the
    question) and every other segment as the customer's. Speakers are numbered by first
    appearance, as diarization numbers them. Only "?" counts as asking here, not the
    opening words ``assign_roles`` also weighs: over the 26 labelled, held-out and blind
    transcripts those took 9 customer segments of 206 for questions ("When staff leave, …"),
    "?" alone 5, for one more interviewer segment of 114.
    """
    if not segments or len({s.speaker for s in segments}) != 1:
        return None
    asks = ["?" in s.text for s in segments]
    answered = sum(asked and not next_asks for asked, next_asks in pairwise(asks))
    minutes = max(segments[-1].end - segments[0].start, 1.0) / 60
    if answered < MIN_ANSWERED_QUESTIONS or sum(asks) / minutes < MIN_QUESTIONS_PER_MINUTE:
        return None
    names: dict[bool, str] = {}
    split = []
    for segment, asking in zip(segments, asks, strict=True):
        speaker = names.setdefault(asking, f"S{len(names) + 1}")
        split.append(replace(segment, speaker=speaker, words=tuple(replace(w, speaker=speaker) for w in segment.words)))
    return split


def assign_roles(segments: list[Segment], overrides: dict[str, str] | None = None) -> list[Speaker]:
    """Interviewer: the voice asking the most questions per minute of talk; others are customers.

    With one voice there is no interviewer on the recording (a voice memo, or a customer
    recorded alone), so that voice is the customer.
    """
    talk: dict[str, float] = {}
    questions: dict[str, int] = {}
    for segment in segments:
        if segment.speaker is None:
            continue
        talk[segment.speaker] = talk.get(segment.speaker, 0.0) + segment.end - segment.start
        questions[segment.speaker] = questions.get(segment.speaker, 0) + bool(_QUESTION.search(segment.text))
    order = list(dict.fromkeys(s.speaker for s in segments if s.speaker))
    roles = {speaker: "customer" for speaker in order}
    if len(order) > 1:
        interviewer = max(order, key=lambda s: (questions[s] / max(talk[s], 1.0), -talk[s], -order.index(s)))
        roles[interviewer] = "interviewer"
    for speaker, role in (overrides or {}).items():
        if speaker in roles:
            roles[speaker] = role
            if role == "interviewer":
                roles.update({s: "customer" for s in order if s != speaker and roles[s] == "interviewer"})
    return [Speaker(s, roles[s], round(talk[s], 2)) for s in sorted(order, key=lambda s: int(s[1:]))]
