"""Rebuild an openai-whisper checkpoint from a CTranslate2 (faster-whisper) model directory.

Our offline model packages ship Whisper weights only in CTranslate2's format, which is
what faster-whisper runs. The openai-whisper engine needs its own PyTorch checkpoint.
Both hold the same numbers; CTranslate2 only renames them, fuses the attention
projections, and ties the output projection to the token embedding through an alias.
This module undoes that, so both engines run the very same weights without a model hub.
"""

from __future__ import annotations

import json
import logging
import math
import re
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from pipeline.atomic import atomic_write

if TYPE_CHECKING:
    from whisper.model import Whisper

logger = logging.getLogger(__name__)

# Version 4 replaced item sizes by dtype ids; 5 and 6 kept the layout and changed only
# how quantized weights are interpreted (see Model::load in CTranslate2's model.cc).
_SUPPORTED_BINARY_VERSIONS = range(4, 7)
_WHISPER_SPEC_NAME = "WhisperSpec"

# CTranslate2's DataType ids (include/ctranslate2/types.h). Id 5 is bfloat16, which
# numpy cannot represent; no Whisper package we use is stored that way.
_DTYPES: dict[int, np.dtype] = {
    0: np.dtype("<f4"),
    1: np.dtype("i1"),
    2: np.dtype("<i2"),
    3: np.dtype("<i4"),
    4: np.dtype("<f2"),
}

# Whisper models all use 64-dimensional attention heads; only needed when a model
# file predates CTranslate2 storing num_heads.
_HEAD_DIM = 64

_LAYER_INDEX = re.compile(r"^(encoder|decoder)/layer_(\d+)/")


class _Cursor:
    """Reads model.bin front to back; every failure names the file, since a broken or
    foreign package is the usual cause and the raw struct/numpy errors do not say which."""

    def __init__(self, path: Path, buffer: np.ndarray) -> None:
        self._path = path
        self._buffer = buffer
        self._offset = 0

    def fail(self, reason: str) -> ValueError:
        return ValueError(f"{self._path}: {reason}")

    def integer(self, fmt: str) -> int:
        try:
            (value,) = struct.unpack_from("<" + fmt, self._buffer, self._offset)
        except struct.error as exc:
            raise self.fail("file ends early; not a complete CTranslate2 model") from exc
        self._offset += struct.calcsize(fmt)
        return int(value)

    def string(self) -> str:
        # Strings are stored with their trailing NUL, which the length counts.
        length = self.integer("H")
        raw = bytes(self._buffer[self._offset : self._offset + length])
        if length == 0 or len(raw) != length or raw[-1] != 0:
            raise self.fail("malformed string; not a CTranslate2 model")
        self._offset += length
        try:
            return raw[:-1].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self.fail("malformed string; not a CTranslate2 model") from exc

    def array(self, name: str, shape: tuple[int, ...], dtype: np.dtype, num_bytes: int) -> np.ndarray:
        """A view into the mapped file: the weights are copied once, when torch.save
        writes them, instead of once more here."""
        if num_bytes != math.prod(shape) * dtype.itemsize:
            raise self.fail(f"variable {name!r} has {num_bytes} bytes for {shape} of {dtype}")
        if self._offset + num_bytes > len(self._buffer):
            raise self.fail("file ends early; not a complete CTranslate2 model")
        array = np.ndarray(shape, dtype=dtype, buffer=self._buffer, offset=self._offset)
        self._offset += num_bytes
        return array

    @property
    def at_end(self) -> bool:
        return self._offset == len(self._buffer)


def read_ctranslate2_variables(model_bin: Path) -> dict[str, np.ndarray]:
    """Map every variable (aliases resolved to the same array) of a CTranslate2 Whisper model.bin.

    Arrays are views of a copy-on-write memory map: no copy of the weights is made, and
    they are writable, so torch.from_numpy accepts them without a warning, while the file
    itself can never be modified through them.
    """
    model_bin = Path(model_bin)
    if model_bin.stat().st_size == 0:
        raise ValueError(f"{model_bin}: empty file; not a CTranslate2 model")
    cursor = _Cursor(model_bin, np.memmap(model_bin, dtype=np.uint8, mode="c"))

    version = cursor.integer("I")
    if version not in _SUPPORTED_BINARY_VERSIONS:
        raise cursor.fail(
            f"unsupported CTranslate2 binary version {version} "
            f"(supported: {min(_SUPPORTED_BINARY_VERSIONS)}-{max(_SUPPORTED_BINARY_VERSIONS)}); "
            "not a CTranslate2 model, or one from an unknown CTranslate2 release"
        )
    spec = cursor.string()
    if spec != _WHISPER_SPEC_NAME:
        raise cursor.fail(f"holds a {spec!r} model, not a CTranslate2 Whisper model")
    revision = cursor.integer("I")

    variables: dict[str, np.ndarray] = {}
    for _ in range(cursor.integer("I")):
        name, array = _read_variable(cursor)
        variables[name] = array
    for _ in range(cursor.integer("I")):
        alias, target = cursor.string(), cursor.string()
        if target not in variables:
            raise cursor.fail(f"alias {alias!r} points to unknown variable {target!r}")
        variables[alias] = variables[target]
    if not cursor.at_end:
        raise cursor.fail("unexpected data after the variable aliases")

    logger.debug("Read %d variables of %s revision %d from %s", len(variables), spec, revision, model_bin)
    return variables


def _read_variable(cursor: _Cursor) -> tuple[str, np.ndarray]:
    name = cursor.string()
    shape = tuple(cursor.integer("I") for _ in range(cursor.integer("B")))
    dtype_id = cursor.integer("B")
    if dtype_id not in _DTYPES:
        raise cursor.fail(
            f"variable {name!r} has unsupported CTranslate2 dtype id {dtype_id} "
            "(supported: float32, int8, int16, int32, float16)"
        )
    return name, cursor.array(name, shape, _DTYPES[dtype_id], cursor.integer("I"))


class _Variables:
    """Hands out CTranslate2 variables and remembers which were used, so that a weight
    this mapping does not know about fails the conversion instead of being dropped."""

    def __init__(self, model_bin: Path, variables: dict[str, np.ndarray]) -> None:
        self.model_bin = model_bin
        self._variables = variables
        self._used: set[str] = set()

    def fail(self, reason: str) -> ValueError:
        return ValueError(f"{self.model_bin}: {reason}")

    def weight(self, name: str) -> np.ndarray:
        if name not in self._variables:
            raise self.fail(f"missing variable {name!r}; not a CTranslate2 Whisper model")
        array = self._variables[name]
        if array.dtype.kind != "f":
            raise self.fail(
                f"variable {name!r} is stored as {array.dtype} (quantized); only float16/float32 "
                "models can be converted"
            )
        self._used.add(name)
        return array

    def optional_scalar(self, name: str) -> int | None:
        return int(self._variables[name]) if name in self._variables else None

    def layer_count(self, stack: str) -> int:
        matches = (_LAYER_INDEX.match(name) for name in self._variables)
        indices = {int(m.group(2)) for m in matches if m and m.group(1) == stack}
        return max(indices, default=-1) + 1

    def check_all_used(self) -> None:
        unused = sorted(n for n, a in self._variables.items() if a.ndim > 0 and n not in self._used)
        if unused:
            raise self.fail(f"variables openai-whisper has no place for: {', '.join(unused)}")


def _linear(src: _Variables, ct2: str, whisper: str) -> dict[str, np.ndarray]:
    return {
        f"{whisper}.weight": src.weight(f"{ct2}/weight"),
        f"{whisper}.bias": src.weight(f"{ct2}/bias"),
    }


def _layer_norm(src: _Variables, ct2: str, whisper: str) -> dict[str, np.ndarray]:
    return {
        f"{whisper}.weight": src.weight(f"{ct2}/gamma"),
        f"{whisper}.bias": src.weight(f"{ct2}/beta"),
    }


def _fused_linear(src: _Variables, ct2: str, whisper: list[str]) -> dict[str, np.ndarray]:
    """Split a projection CTranslate2 fused along the output dimension (q|k|v or k|v).

    Whisper's key projection has no bias; the converter pads the fused bias with zeros
    for it. A non-zero key bias cannot be expressed in openai-whisper, so it is refused
    rather than silently dropped.
    """
    weights = np.split(src.weight(f"{ct2}/weight"), len(whisper))
    biases = np.split(src.weight(f"{ct2}/bias"), len(whisper))
    state: dict[str, np.ndarray] = {}
    for name, weight, bias in zip(whisper, weights, biases, strict=True):
        state[f"{name}.weight"] = weight
        if name.endswith(".key"):
            if np.any(bias):
                raise src.fail(f"{ct2}/bias: non-zero key bias; openai-whisper keys have none")
        else:
            state[f"{name}.bias"] = bias
    return state


def _self_attention_block(src: _Variables, ct2: str, whisper: str) -> dict[str, np.ndarray]:
    qkv = [f"{whisper}.attn.query", f"{whisper}.attn.key", f"{whisper}.attn.value"]
    return {
        **_fused_linear(src, f"{ct2}/self_attention/linear_0", qkv),
        **_linear(src, f"{ct2}/self_attention/linear_1", f"{whisper}.attn.out"),
        **_layer_norm(src, f"{ct2}/self_attention/layer_norm", f"{whisper}.attn_ln"),
        **_linear(src, f"{ct2}/ffn/linear_0", f"{whisper}.mlp.0"),
        **_linear(src, f"{ct2}/ffn/linear_1", f"{whisper}.mlp.2"),
        **_layer_norm(src, f"{ct2}/ffn/layer_norm", f"{whisper}.mlp_ln"),
    }


def _cross_attention(src: _Variables, ct2: str, whisper: str) -> dict[str, np.ndarray]:
    kv = [f"{whisper}.cross_attn.key", f"{whisper}.cross_attn.value"]
    return {
        **_linear(src, f"{ct2}/attention/linear_0", f"{whisper}.cross_attn.query"),
        **_fused_linear(src, f"{ct2}/attention/linear_1", kv),
        **_linear(src, f"{ct2}/attention/linear_2", f"{whisper}.cross_attn.out"),
        **_layer_norm(src, f"{ct2}/attention/layer_norm", f"{whisper}.cross_attn_ln"),
    }


def _encoder_state(src: _Variables, n_layers: int) -> dict[str, np.ndarray]:
    # The sinusoidal table is a persistent buffer in openai-whisper, so strict loading
    # needs it; CTranslate2 stores the converted model's own copy, which we reuse.
    state = {
        "encoder.positional_embedding": src.weight("encoder/position_encodings/encodings"),
        **_linear(src, "encoder/conv1", "encoder.conv1"),
        **_linear(src, "encoder/conv2", "encoder.conv2"),
        **_layer_norm(src, "encoder/layer_norm", "encoder.ln_post"),
    }
    for i in range(n_layers):
        state.update(_self_attention_block(src, f"encoder/layer_{i}", f"encoder.blocks.{i}"))
    return state


def _decoder_state(src: _Variables, n_layers: int) -> dict[str, np.ndarray]:
    state = {
        "decoder.token_embedding.weight": src.weight("decoder/embeddings/weight"),
        "decoder.positional_embedding": src.weight("decoder/position_encodings/encodings"),
        **_layer_norm(src, "decoder/layer_norm", "decoder.ln"),
    }
    for i in range(n_layers):
        state.update(_self_attention_block(src, f"decoder/layer_{i}", f"decoder.blocks.{i}"))
        state.update(_cross_attention(src, f"decoder/layer_{i}", f"decoder.blocks.{i}"))
    _check_tied_projection(src, state["decoder.token_embedding.weight"])
    return state


def _check_tied_projection(src: _Variables, embedding: np.ndarray) -> None:
    """openai-whisper computes logits with the token embedding itself; CTranslate2 keeps
    decoder/projection/weight as an alias of it. Anything else would change the logits."""
    projection = src.weight("decoder/projection/weight")
    if projection is not embedding and not np.array_equal(projection, embedding):
        raise src.fail("decoder/projection/weight differs from the token embedding; openai-whisper ties them")


def _dimensions(src: _Variables, state: dict[str, np.ndarray], n_audio_layer: int, n_text_layer: int) -> dict[str, int]:
    """Derive ModelDimensions from tensor shapes, so they cannot disagree with the weights."""
    n_audio_state, n_mels, _ = state["encoder.conv1.weight"].shape
    n_vocab, n_text_state = state["decoder.token_embedding.weight"].shape
    return {
        "n_mels": n_mels,
        "n_audio_ctx": state["encoder.positional_embedding"].shape[0],
        "n_audio_state": n_audio_state,
        "n_audio_head": src.optional_scalar("encoder/num_heads") or n_audio_state // _HEAD_DIM,
        "n_audio_layer": n_audio_layer,
        "n_vocab": n_vocab,
        "n_text_ctx": state["decoder.positional_embedding"].shape[0],
        "n_text_state": n_text_state,
        "n_text_head": src.optional_scalar("decoder/num_heads") or n_text_state // _HEAD_DIM,
        "n_text_layer": n_text_layer,
    }


def _validate_alignment_heads(heads: Any, n_layers: int, n_heads: int, source: str) -> list[list[int]]:
    """Fail early: a bad pair would otherwise surface as an index error deep inside
    word-timestamp alignment, long after the model was loaded."""
    if not isinstance(heads, list) or not heads:
        raise ValueError(f"{source}: alignment_heads must be a non-empty list of [layer, head]")
    pairs: list[list[int]] = []
    for pair in heads:
        if (
            not isinstance(pair, (list, tuple))
            or len(pair) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
            or not (0 <= pair[0] < n_layers and 0 <= pair[1] < n_heads)
        ):
            raise ValueError(
                f"{source}: alignment head {pair!r} is not a [layer, head] pair within "
                f"{n_layers} layers x {n_heads} heads"
            )
        pairs.append([pair[0], pair[1]])
    return pairs


def _read_alignment_heads(config_json: Path, dims: dict[str, int]) -> list[list[int]]:
    """Word timestamps depend on which cross-attention heads track time; openai-whisper
    only knows them for its own named downloads, so they come from CTranslate2's config."""
    try:
        config = json.loads(config_json.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{config_json}: cannot read the CTranslate2 model config: {exc}") from exc
    if not isinstance(config, dict):
        raise ValueError(f"{config_json}: not a CTranslate2 model config")
    return _validate_alignment_heads(
        config.get("alignment_heads"), dims["n_text_layer"], dims["n_text_head"], str(config_json)
    )


def build_whisper_checkpoint(ct2_dir: Path) -> dict[str, Any]:
    """Build the {"dims", "model_state_dict", "alignment_heads"} dict openai-whisper loads.

    Tensors keep the stored dtype (float16 for our packages) and share memory with the
    mapped model.bin, so converting costs no extra copy of the weights; load_state_dict
    casts them into the model's own parameters. Some of them start at odd addresses (the
    file packs variables without padding), which torch copies and saves without issue.
    """
    ct2_dir = Path(ct2_dir)
    model_bin = ct2_dir / "model.bin"
    src = _Variables(model_bin, read_ctranslate2_variables(model_bin))
    n_audio_layer, n_text_layer = src.layer_count("encoder"), src.layer_count("decoder")
    if n_audio_layer == 0 or n_text_layer == 0:
        raise src.fail("no encoder or decoder layers; not a CTranslate2 Whisper model")

    state = {**_encoder_state(src, n_audio_layer), **_decoder_state(src, n_text_layer)}
    src.check_all_used()
    dims = _dimensions(src, state, n_audio_layer, n_text_layer)
    alignment_heads = _read_alignment_heads(ct2_dir / "config.json", dims)
    logger.info("Converted CTranslate2 Whisper model %s: %s", ct2_dir, dims)
    return {
        "dims": dims,
        "model_state_dict": {name: torch.from_numpy(array) for name, array in state.items()},
        "alignment_heads": alignment_heads,
    }


def save_whisper_checkpoint(ct2_dir: Path, target: Path) -> None:
    """Convert and write the checkpoint so that `target` is either absent, the old file,
    or the complete new one: an interrupted run must never leave a truncated checkpoint
    that whisper.load_model would later choke on."""
    checkpoint = build_whisper_checkpoint(ct2_dir)
    with atomic_write(Path(target), "wb") as handle:
        torch.save(checkpoint, handle)
    logger.info("Wrote openai-whisper checkpoint %s", target)


def apply_alignment_heads(model: Whisper, heads: list[list[int]]) -> None:
    """Install the model's own alignment heads for word timestamps: whisper.load_model
    knows them only for its named downloads and otherwise falls back to every head of
    the upper half of the decoder, not the heads found to track time for this model."""
    dims = model.dims
    pairs = _validate_alignment_heads(heads, dims.n_text_layer, dims.n_text_head, "alignment_heads")
    device = next(model.parameters()).device
    mask = torch.zeros(dims.n_text_layer, dims.n_text_head, dtype=torch.bool, device=device)
    for layer, head in pairs:
        mask[layer, head] = True
    # Same form Whisper.set_alignment_heads gives it: a sparse, non-persistent buffer.
    model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
