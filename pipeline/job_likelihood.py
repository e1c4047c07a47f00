"""Jobs to be done ranked by a chat model: how much more likely each job statement becomes
as the customer's answer once the model has read what the customer said.

Sentence embeddings match words, and customers rarely use a statement's words: "I type
every order again into the courier's site" is stop-manual-data-work to a reader, not to
MiniLM. A chat model reads it as a reader does. Asked to name a job, the small local model
drifts into answers of its own, so it scores the statements instead: the mean
log-probability per token of each statement as its reply to "what does this customer
need?", minus the same with an empty interview (pointwise mutual information), since
some statements are likely whatever the customer said.
Measured in bench/README.md; on a CPU it costs about 10 s per 450 words of customer speech.
"""

from __future__ import annotations

import numpy as np

from pipeline import insights
from pipeline.chat_model import ChatModel, ChatModelRef
from pipeline.taxonomy import Taxonomy

METHOD = "chat-likelihood-v1"
TAGGERS = ("embeddings", "llm")  # --tagger: who ranks the jobs
CHUNK_WORDS = 450  # the measured prompt length; longer interviews are read in chunks of this size
SYSTEM = "You read customer interviews and say what the customer needs."
QUESTION = "What is the main thing this customer needs? Answer in one sentence, in their voice."
NOTHING_SAID = "(The customer said nothing yet.)"
_PRIORS: dict[tuple[ChatModelRef, tuple[str, ...]], tuple[float, ...]] = {}


def tagger_key(chat: ChatModelRef | None) -> str:
    """What tagged an interview, methods and weights: part of whether its insights are current, so a
    better method re-tags old interviews (in seconds, without transcribing them again)."""
    return f"{insights.METHOD}+{METHOD}:{chat.sha256[:16]}" if chat else insights.METHOD


def job_scores(chat: ChatModel, customer_text: str, taxonomy: Taxonomy) -> dict[str, float]:
    """Job id → nats per token the customer's words add to the statement; chunks weighted by length."""
    statements = tuple(job.statement for job in taxonomy.jobs)
    words = customer_text.split()
    chunks = [words[i : i + CHUNK_WORDS] for i in range(0, len(words), CHUNK_WORDS)] or [[NOTHING_SAID]]
    said = np.array([_likelihoods(chat, " ".join(chunk), statements) for chunk in chunks])
    weights = np.array([len(chunk) for chunk in chunks], dtype=float)
    gain = (said * weights[:, None]).sum(axis=0) / weights.sum() - np.array(_prior(chat, statements))
    return {job.id: round(float(score), 4) for job, score in zip(taxonomy.jobs, gain, strict=True)}


def _prior(chat: ChatModel, statements: tuple[str, ...]) -> tuple[float, ...]:
    """Each statement's likelihood when the customer said nothing: once per model and taxonomy."""
    key = (chat.ref, statements)
    if key not in _PRIORS:
        _PRIORS[key] = tuple(_likelihoods(chat, NOTHING_SAID, statements))
    return _PRIORS[key]


def _likelihoods(chat: ChatModel, text: str, statements: tuple[str, ...]) -> list[float]:
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"What the customer said in an interview:\n\n{text}\n\n{QUESTION}"},
    ]
    return chat.answer_logprobs(messages, list(statements))
