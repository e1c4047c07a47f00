"""`--tagger llm`: a chat model ranks the jobs and the personas, reading the customer as a person would.

Sentence embeddings match words, and customers rarely use a taxonomy's words: "I type
every order again into the courier's site" is stop-manual-data-work to a reader, not to
MiniLM, and "I run the technology side of a supermarket group" reads to MiniLM like
"runs a small company". A chat model reads both as a reader does. Asked to name a job or
a persona, the small local model drifts into answers of its own, so it scores the
taxonomy's entries instead:

- jobs: the mean log-probability per token of each statement as its reply to "what does
  this customer need?";
- personas: the probability of each persona's letter as its answer to a multiple-choice
  question, the list read forwards and backwards, since small models favour some
  positions (the interview itself is read once for both).

Both are taken relative to the same with an empty interview (pointwise mutual
information), since some answers are likely whatever the customer said. The embedding
scores are added to these (`insights.CHAT_EMBEDDING_WEIGHT`): the two read customers
differently and miss different interviews, so together they miss fewer than either.
Measured in bench/README.md; on a CPU it costs about 40 s per interview of a minute.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from pipeline import insights
from pipeline.chat_model import ChatModel, ChatModelRef
from pipeline.taxonomy import Taxonomy

METHOD = "chat-likelihood-v3"  # v3: added to the embedding scores
TAGGERS = ("embeddings", "llm")  # --tagger: who ranks the jobs and personas
CHUNK_WORDS = 450  # the measured prompt length; longer interviews are read in chunks of this size
JOB_SYSTEM = "You read customer interviews and say what the customer needs."
PERSONA_SYSTEM = "You read customer interviews carefully and answer multiple-choice questions about the customer."
JOB_QUESTION = "What is the main thing this customer needs? Answer in one sentence, in their voice."
PERSONA_QUESTION = "Which of these best describes this customer?"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # so the chat model ranks at most 26 personas; more stay with the embeddings
NOTHING_SAID = "(The customer said nothing yet.)"
_PRIORS: dict[tuple[ChatModelRef, str, tuple[str, ...]], np.ndarray] = {}


def tagger_key(chat: ChatModelRef | None) -> str:
    """What tagged an interview, methods and weights: part of whether its insights are current, so a
    better method re-tags old interviews (in seconds, without transcribing them again)."""
    return f"{insights.METHOD}+{METHOD}:{chat.sha256[:16]}" if chat else insights.METHOD


def job_scores(chat: ChatModel, customer_text: str, taxonomy: Taxonomy) -> dict[str, float]:
    """Job id → nats per token the customer's words add to the statement."""
    statements = tuple(job.statement for job in taxonomy.jobs)
    gain = _gain(chat, customer_text, "job", statements, _statement_logprobs)
    return {job.id: round(float(score), 4) for job, score in zip(taxonomy.jobs, gain, strict=True)}


def persona_scores(chat: ChatModel, customer_text: str, taxonomy: Taxonomy) -> dict[str, float] | None:
    """Persona id → nats the customer's words add to the chance the model picks it; None for a
    taxonomy with more personas than there are letters."""
    if len(taxonomy.personas) > len(LETTERS):
        return None
    options = tuple(f"{persona.name}: {persona.description}" for persona in taxonomy.personas)
    gain = _gain(chat, customer_text, "persona", options, _choice_logprobs)
    return {persona.id: round(float(score), 4) for persona, score in zip(taxonomy.personas, gain, strict=True)}


Reader = Callable[[ChatModel, str, tuple[str, ...]], np.ndarray]  # (model, customer text, options) → log-probs


def _gain(chat: ChatModel, customer_text: str, kind: str, options: tuple[str, ...], read: Reader) -> np.ndarray:
    """What the customer's words add to each option's log-probability; long interviews are read in
    chunks, weighted by their length."""
    words = customer_text.split()
    chunks = [words[i : i + CHUNK_WORDS] for i in range(0, len(words), CHUNK_WORDS)] or [[NOTHING_SAID]]
    said = np.array([read(chat, " ".join(chunk), options) for chunk in chunks])
    weights = np.array([len(chunk) for chunk in chunks], dtype=float)
    key = (chat.ref, kind, options)
    if key not in _PRIORS:
        _PRIORS[key] = read(chat, NOTHING_SAID, options)
    return (said * weights[:, None]).sum(axis=0) / weights.sum() - _PRIORS[key]


def _asked(system: str, text: str, question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"What the customer said in an interview:\n\n{text}\n\n{question}"},
    ]


def _statement_logprobs(chat: ChatModel, text: str, statements: tuple[str, ...]) -> np.ndarray:
    return np.array(chat.answer_logprobs(_asked(JOB_SYSTEM, text, JOB_QUESTION), list(statements)))


def _choice_logprobs(chat: ChatModel, text: str, options: tuple[str, ...]) -> np.ndarray:
    """Each option's log-probability as the answer, averaged over the list read forwards and backwards."""
    letters = LETTERS[: len(options)]

    def asked(ordered: tuple[str, ...]) -> list[dict[str, str]]:
        listed = "\n".join(f"{letter}. {option}" for letter, option in zip(letters, ordered, strict=True))
        return _asked(PERSONA_SYSTEM, text, f"{PERSONA_QUESTION}\n\n{listed}\n\nAnswer with the letter only.")

    forwards, backwards = np.array(chat.choice_logprobs([asked(options), asked(options[::-1])], letters))
    return (forwards + backwards[::-1]) / 2
