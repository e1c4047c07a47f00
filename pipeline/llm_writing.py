"""Summary and job statements written by a local chat model, held to the customer's own words.

The model sees only the customer quotes the offline method already found (evidence,
highlights, pains, requests: each a verified transcript span). What it writes is checked,
not trusted: a sentence survives only if it rests on one of those quotes (sentence-
embedding similarity at least GROUNDED_SIMILARITY) and anything it puts in quotation
marks is verbatim in the transcript; a job statement also needs the "When …, I want to …,
so I can …" form. The quotes a kept statement rests on become its evidence. Whatever
fails keeps the offline text, so a model that rambles or invents cannot reach a PM.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace

import numpy as np

from pipeline.chat_model import ChatModel, ChatModelRef, resolve_chat_model
from pipeline.embeddings import embed
from pipeline.records import Insights, Quote, Tag, Transcript
from pipeline.taxonomy import Taxonomy

log = logging.getLogger(__name__)

SUMMARIZERS = ("extractive", "llm")
MAX_QUOTES = 20
MIN_SUMMARY_SENTENCES = 2
MAX_SUMMARY_SENTENCES = 5
MAX_EVIDENCE = 3
# A sentence this close in meaning (MiniLM cosine) to a customer quote rests on it. Measured
# on a warehouse interview: the model's sentences built on its quotes scored 0.39-0.74, a
# vague one ("this hurts their ability to keep work moving") 0.22, invented ones about
# other customers 0.13-0.17.
GROUNDED_SIMILARITY = 0.30
SUMMARY_TOKENS = 130
STATEMENT_TOKENS = 50
SYSTEM = (
    "You write short, factual notes about customer interviews for product managers. "
    "Use only what the customer said in the quotes. Never invent facts, names or numbers."
)
JTBD = re.compile(r"^When .+, I want to .+, so I can .+\.$")
_MISSING_COMMA = re.compile(r"(?<=[^,]) so I can ")
_SENTENCE = re.compile(r"[^.!?]+[.!?]+")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_LABEL = re.compile(r"(?:^|(?<=\s))(SUMMARY|J\d+)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Written:
    """What the model wrote that passed the checks; None where the offline text stays."""

    summary: str | None
    statements: dict[str, tuple[str, tuple[Quote, ...]]]  # job id → (statement, the quotes it rests on)


def rewrite(insights: Insights, transcript: Transcript, taxonomy: Taxonomy, chat: ChatModel) -> Insights:
    """``insights`` with the model's summary and job statements where they pass the checks."""
    quotes = _distinct(insights)
    if not quotes:
        return _with_provenance(insights, chat, Written(None, {}), 0.0)
    started = time.perf_counter()
    statements = [taxonomy.job(job.id).statement for job in insights.jobs]
    reply = chat.complete(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt(quotes, insights, statements)}],
        max_new_tokens=SUMMARY_TOKENS + STATEMENT_TOKENS * len(insights.jobs),
        stop=(f"J{len(insights.jobs) + 1}:",),
    )
    log.debug("%s replied:\n%s", chat.ref.name, reply)
    written = check(reply, quotes, [job.id for job in insights.jobs], transcript)
    jobs = [
        Tag(job.id, written.statements[job.id][0], job.score, written.statements[job.id][1])
        if job.id in written.statements
        else job
        for job in insights.jobs
    ]
    rewritten = replace(insights, jobs=jobs, summary=written.summary or insights.summary)
    return _with_provenance(rewritten, chat, written, time.perf_counter() - started)


def prompt(quotes: list[Quote], insights: Insights, statements: list[str]) -> str:
    lines = [f"What the customer said in one interview (they look like: {insights.persona.label}):"]
    lines += [f"- {q.text}" for q in quotes]
    if statements:
        lines += ["", "Jobs to be done found in this interview:"]
        lines += [f"J{k}: {statement}" for k, statement in enumerate(statements, 1)]
    lines += [
        "",
        "Write exactly these lines and nothing else:",
        "SUMMARY: 3 to 5 short sentences on who the customer is, what they are trying to get done, what hurts "
        "and what they asked for.",
    ]
    if statements:
        which = "J1" if len(statements) == 1 else f"each of J1 to J{len(statements)}"
        lines.append(
            f"Then one line for {which}, in the customer's own situation: "
            "J1: When <situation>, I want to <motivation>, so I can <outcome>."
        )
    return "\n".join(lines)


def check(reply: str, quotes: list[Quote], job_ids: list[str], transcript: Transcript) -> Written:
    """Keep only sentences that rest on a customer quote and quote verbatim; jobs also need the form."""
    sections = _sections(reply)
    candidates = [s.strip() for s in _SENTENCE.findall(sections.get("SUMMARY", ""))]
    statements = {job_id: _first_sentence(sections.get(f"J{k}", "")) for k, job_id in enumerate(job_ids, 1)}
    support = _support([*candidates, *statements.values()], quotes)
    kept = [
        sentence
        for sentence, rests_on in zip(candidates, support, strict=False)
        if rests_on and _quotes_are_verbatim(sentence, transcript)
    ][:MAX_SUMMARY_SENTENCES]
    summary = " ".join(kept) if len(kept) >= MIN_SUMMARY_SENTENCES else None
    written = {
        job_id: (statement, rests_on[:MAX_EVIDENCE])
        for (job_id, statement), rests_on in zip(statements.items(), support[len(candidates) :], strict=True)
        if rests_on and JTBD.match(statement) and _quotes_are_verbatim(statement, transcript)
    }
    if summary is None or len(kept) < len(candidates) or len(written) < len(job_ids):
        log.warning(
            "kept %d of the model's %d summary sentences%s and %d of %d job statements; the rest stay as written "
            "offline",
            len(kept),
            len(candidates),
            "" if summary else " (too few to use)",
            len(written),
            len(job_ids),
        )
    return Written(summary, written)


def _sections(reply: str) -> dict[str, str]:
    """``SUMMARY: …`` and ``J1: …`` parts, wherever the model put them (own line or not)."""
    parts = _LABEL.split(reply)
    return {label.upper(): " ".join(text.split()) for label, text in zip(parts[1::2], parts[2::2], strict=True)}


def _support(sentences: list[str], quotes: list[Quote]) -> list[tuple[Quote, ...]]:
    """Per sentence, the quotes it is close to in meaning, closest first."""
    if not sentences:
        return []
    similarity = embed(sentences) @ embed([q.text for q in quotes]).T
    return [tuple(quotes[i] for i in np.argsort(-row) if row[i] >= GROUNDED_SIMILARITY) for row in similarity]


def _first_sentence(text: str) -> str:
    """The statement itself: models like to add a sentence of explanation after it."""
    first = _SENTENCE.match(text.strip())
    return _MISSING_COMMA.sub(", so I can ", first.group().strip()) if first else ""


def _distinct(insights: Insights) -> list[Quote]:
    """Every distinct quote the offline method found, in the order they were said."""
    unique = {(q.start, q.text): q for q in insights.quotes()}
    return [unique[key] for key in sorted(unique)][:MAX_QUOTES]


def _quotes_are_verbatim(text: str, transcript: Transcript) -> bool:
    """Words the model puts in quotation marks must be in the transcript exactly."""
    return all(any(q.strip() in s.text for s in transcript.segments) for q in _QUOTED.findall(text))


def _with_provenance(insights: Insights, chat: ChatModel, written: Written, seconds: float) -> Insights:
    insights.provenance["summarizer"] = summarizer_key(chat.ref)
    insights.provenance["llm"] = {
        "model": chat.ref.name,
        "sha256": chat.ref.sha256,
        "device": chat.device,
        "summary_from_model": written.summary is not None,
        "statements_from_model": sorted(written.statements),
        "seconds": round(seconds, 1),
    }
    return insights


def chat_model_for(summarizer: str, llm_model: str | None) -> ChatModelRef | None:
    """The chat model ``--llm-model`` names when ``--summarizer`` (or ``--tagger``) is llm; else None."""
    return resolve_chat_model(llm_model) if summarizer == "llm" else None


def summarizer_key(chat: ChatModelRef | None) -> str:
    """What made an interview's summary: part of whether its insights are current."""
    return f"llm:{chat.sha256[:16]}" if chat else "extractive"
