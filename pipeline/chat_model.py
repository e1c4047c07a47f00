"""A local chat model (transformers) that writes summaries and job statements.

Loaded once per process, from the model store, a folder or a .gguf file; never from a
hub at run time. On a GPU it runs in bfloat16; on a CPU in float32 (this CPU has no fast
bfloat16, which measured slower). GGUF weights are dequantised on load, which takes a
minute or two for 1.5B parameters; a safetensors folder loads in seconds.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.hashing import file_sha256
from pipeline.model_store import ModelError, ensure_chat_model, load_chat_manifest

log = logging.getLogger(__name__)
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf")


@dataclass(frozen=True)
class ChatModelRef:
    """Which chat model, resolved to files on this machine, and the identity of its weights."""

    name: str
    path: Path  # a transformers folder, or a .gguf file
    sha256: str


@dataclass
class ChatModel:
    ref: ChatModelRef
    device: str
    tokenizer: Any
    model: Any
    lock: threading.Lock  # one generation at a time: parallel workers share the weights

    def complete(self, messages: list[dict[str, str]], max_new_tokens: int, stop: tuple[str, ...] = ()) -> str:
        """The model's reply to ``messages``, greedy, so the same transcript gives the same text.

        Generation ends at any of ``stop``: small models like to go on with more of the
        pattern they were asked for, and on a CPU every token costs a third of a second.
        """
        import torch

        inputs = self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        ).to(self.device)
        started = time.perf_counter()
        with self.lock, torch.inference_mode():
            output = self.model.generate(
                **inputs,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
                stop_strings=list(stop) or None,
                tokenizer=self.tokenizer,
            )
        reply = output[0, inputs["input_ids"].shape[1] :]
        log.info("%s wrote %d tokens in %.1f s", self.ref.name, len(reply), time.perf_counter() - started)
        return str(self.tokenizer.decode(reply, skip_special_tokens=True)).strip()

    def answer_logprobs(self, messages: list[dict[str, str]], answers: list[str]) -> list[float]:
        """How likely the model finds each answer as its reply: mean log-probability per token.

        Scoring fixed answers instead of generating one keeps a small model to the given
        choices (asked to name one, it drifts into answers of its own), and the prompt is
        read once, its cache shared by every answer.
        """
        import torch

        prompt = self._prompt_ids(messages).unsqueeze(0).to(self.device)
        scores = []
        with self.lock, torch.inference_mode():
            read = self.model(prompt, use_cache=True)
            for answer in answers:
                tokens = self.tokenizer(answer, return_tensors="pt", add_special_tokens=False)["input_ids"]
                tokens = tokens.to(self.device)
                cache = copy.deepcopy(read.cache)
                logits = self.model(tokens, cache=cache, use_cache=True).logits
                predicted = torch.cat([read.logits[:, -1:], logits[:, :-1]], dim=1).log_softmax(-1)
                scores.append(float(predicted.gather(-1, tokens.unsqueeze(-1)).mean()))
        return scores

    def choice_logprobs(self, questions: list[list[dict[str, str]]], letters: str) -> list[list[float]]:
        """For each question, the log-probability of each letter as the first token of the reply,
        normalised over ``letters``.

        The questions (one multiple-choice question with its options in different orders) share
        everything up to the options, the customer's words included: that prefix is read once
        and its cache reused, so a second order costs the options, not the interview again.
        """
        import torch

        prompts = [self._prompt_ids(messages) for messages in questions]
        shared = _common_prefix(prompts)
        ids = [self.tokenizer.encode(letter, add_special_tokens=False)[0] for letter in letters]
        scores = []
        with self.lock, torch.inference_mode():
            read = self.model(prompts[0][:shared].unsqueeze(0).to(self.device), use_cache=True)
            for prompt in prompts:
                rest = prompt[shared:].unsqueeze(0).to(self.device)
                logits = self.model(rest, cache=copy.deepcopy(read.cache), use_cache=True).logits
                scores.append([float(x) for x in logits[0, -1, ids].float().log_softmax(-1)])
        return scores

    def _prompt_ids(self, messages: list[dict[str, str]]) -> Any:  # noqa: ANN401 - a torch tensor, imported lazily
        """The chat-formatted prompt as one row of token ids, ready for the model's reply."""
        return self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )["input_ids"][0]


def _common_prefix(prompts: list[Any]) -> int:
    """How many leading tokens all prompts share, leaving at least one of each to read after it."""
    shortest = min(len(p) for p in prompts)
    shared = 0
    while shared < shortest - 1 and all(p[shared] == prompts[0][shared] for p in prompts):
        shared += 1
    return shared


def resolve_chat_model(name_or_path: str | None) -> ChatModelRef:
    """A store name (default: the manifest's), a transformers folder or a .gguf file → its files."""
    default, store = load_chat_manifest()
    name = name_or_path or default
    if name in store:
        return ChatModelRef(name, ensure_chat_model(store[name]), store[name].files[0].sha256)
    path = Path(name).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return ChatModelRef(path.stem, path, file_sha256(path))
    if path.is_dir() and (path / "config.json").is_file():
        weights = sorted(p for p in path.iterdir() if p.suffix in WEIGHT_SUFFIXES)
        if not weights:
            raise ModelError(f"{path} has a config.json but no weights (*.safetensors, *.bin)")
        return ChatModelRef(path.name, path, file_sha256(weights[0]))
    raise ModelError(
        f"chat model '{name}' not found. Use one from the store ({', '.join(store)}), a transformers model "
        "folder, or a .gguf file; models are never downloaded at run time"
    )


@functools.cache
def load_chat_model(ref: ChatModelRef, device: str = "auto") -> ChatModel:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    folder, extra = (ref.path.parent, {"gguf_file": ref.path.name}) if ref.path.is_file() else (ref.path, {})
    log.info("Loading chat model %s on %s (%s)", ref.name, device, dtype)
    started = time.perf_counter()
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, **extra)
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype, **extra).to(device).eval()
    except (OSError, ValueError, ImportError) as error:
        raise ModelError(f"cannot load chat model {ref.path}: {error}") from error
    if not getattr(tokenizer, "chat_template", None):
        raise ModelError(f"{ref.path} has no chat template: use an instruction-tuned (chat) model")
    log.info("Loaded %s in %.0f s", ref.name, time.perf_counter() - started)
    return ChatModel(ref, device, tokenizer, model, threading.Lock())
