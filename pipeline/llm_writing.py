"""Summary and job statements written by a local chat model, held to the customer's own words.

The model sees only numbered customer quotes that the offline method already found
(evidence, highlights, pains, requests: each a verified transcript span) and must cite
them. What it writes is checked, not trusted: a summary sentence survives only if it
cites quotes that exist and anything it puts in quotation marks is verbatim in the
transcript; a job statement survives only in the "When …, I want to …, so I can …" form,
citing a quote, which becomes its evidence. Whatever fails keeps the offline text.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace

from pipeline.chat_model import ChatModel
from pipeline.records import Insights, Quote, Tag, Transcript
from pipeline.taxonomy import Taxonomy

log = logging.getLogger(__name__)

SUMMARIZERS = ("extractive", "llm")
MAX_QUOTES = 20
MIN_SUMMARY_SENTENCES = 2
MAX_SUMMARY_SENTENCES = 5
MAX_EVIDENCE = 3
SUMMARY_TOKENS = 110
STATEMENT_TOKENS = 50
SYSTEM = (
    "You write short, factual notes about customer interviews for product managers. "
    "Use only what the customer said in the numbered quotes. Never invent facts, names or numbers."
)
JTBD = re.compile(r"^When .+, I want to .+, so I can .+\.$")
_CITATION = re.compile(r"\s*\[(\d+)\]")
_SENTENCE = re.compile(r"[^.!?]+[.!?]+(?:\s*\[\d+\])*")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_LABEL = re.compile(r"^\s*(SUMMARY|J\d+)\s*:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Written:
    """What the model wrote that passed the checks; None where the offline text stays."""

    summary: str | None
    statements: dict[str, tuple[str, tuple[Quote, ...]]]  # job id → (statement, cited quotes)


def rewrite(insights: Insights, transcript: Transcript, taxonomy: Taxonomy, chat: ChatModel) -> Insights:
    """``insights`` with the model's summary and job statements where they pass the checks."""
    quotes = _numbered(insights)
    if not quotes:
        return _with_provenance(insights, chat, Written(None, {}), 0.0)
    started = time.perf_counter()
    statements = {job.id: job_statement_of(taxonomy, job.id) for job in insights.jobs}
    reply = chat.complete(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt(quotes, insights, statements)}],
        max_new_tokens=SUMMARY_TOKENS + STATEMENT_TOKENS * len(insights.jobs),
    )
    written = check(reply, quotes, [job.id for job in insights.jobs], transcript)
    jobs = [
        Tag(job.id, written.statements[job.id][0], job.score, written.statements[job.id][1])
        if job.id in written.statements
        else job
        for job in insights.jobs
    ]
    rewritten = replace(insights, jobs=jobs, summary=written.summary or insights.summary)
    return _with_provenance(rewritten, chat, written, time.perf_counter() - started)


def job_statement_of(taxonomy: Taxonomy, job_id: str) -> str:
    return next(job.statement for job in taxonomy.jobs if job.id == job_id)


def prompt(quotes: list[Quote], insights: Insights, statements: dict[str, str]) -> str:
    lines = [f"Customer quotes from one interview (the customer looks like: {insights.persona.label}):"]
    lines += [f"[{n}] {q.text}" for n, q in enumerate(quotes, 1)]
    jobs = [f"J{k}: {statements[job.id]}" for k, job in enumerate(insights.jobs, 1)]
    if jobs:
        lines += ["", "Jobs to be done found in this interview:", *jobs]
    lines += [
        "",
        "Write exactly these lines and nothing else:",
        "SUMMARY: 3 to 5 sentences on who the customer is, what they are trying to get done, what hurts and "
        "what they asked for. End every sentence with the numbers of the quotes it rests on, like [2] or [1][4].",
    ]
    if jobs:
        lines.append(
            "Then one line per job, in the customer's situation: "
            "J1: When <situation>, I want to <motivation>, so I can <outcome>. [quote numbers]"
        )
    return "\n".join(lines)


def check(reply: str, quotes: list[Quote], job_ids: list[str], transcript: Transcript) -> Written:
    """Keep only what cites real quotes, quotes verbatim and, for jobs, has the JTBD form."""
    sections: dict[str, str] = {}
    current = ""
    for line in reply.splitlines():
        label = _LABEL.match(line)
        if label:
            current = label.group(1).upper()
            sections[current] = line[label.end() :].strip()
        elif current and line.strip():
            sections[current] += " " + line.strip()
    kept = [
        _uncited(sentence)
        for sentence in _SENTENCE.findall(sections.get("SUMMARY", ""))
        if _cited(sentence, quotes) and _quotes_are_verbatim(sentence, transcript)
    ][:MAX_SUMMARY_SENTENCES]
    summary = " ".join(kept) if len(kept) >= MIN_SUMMARY_SENTENCES else None
    statements = {}
    for k, job_id in enumerate(job_ids, 1):
        line = sections.get(f"J{k}", "")
        cited = _cited(line, quotes)
        statement = _uncited(line)
        if cited and JTBD.match(statement) and _quotes_are_verbatim(statement, transcript):
            statements[job_id] = (statement, cited[:MAX_EVIDENCE])
    dropped = len(_SENTENCE.findall(sections.get("SUMMARY", ""))) - len(kept)
    if summary is None or dropped or len(statements) < len(job_ids):
        log.warning(
            "kept %s of the model's summary sentences and %d of %d job statements; the rest stay as written offline",
            len(kept) if summary else 0,
            len(statements),
            len(job_ids),
        )
    return Written(summary, statements)


def _numbered(insights: Insights) -> list[Quote]:
    """Every distinct quote the offline method found, in the order they were said."""
    unique = {(q.start, q.text): q for q in insights.quotes()}
    return [unique[key] for key in sorted(unique)][:MAX_QUOTES]


def _cited(text: str, quotes: list[Quote]) -> tuple[Quote, ...]:
    """The quotes ``text`` cites; empty if it cites none or a number that does not exist."""
    numbers = [int(n) for n in _CITATION.findall(text)]
    if not numbers or any(not 1 <= n <= len(quotes) for n in numbers):
        return ()
    return tuple(quotes[n - 1] for n in dict.fromkeys(numbers))


def _uncited(text: str) -> str:
    return _CITATION.sub("", text).strip()


def _quotes_are_verbatim(text: str, transcript: Transcript) -> bool:
    """Words the model puts in quotation marks must be in the transcript exactly."""
    return all(any(q.strip() in s.text for s in transcript.segments) for q in _QUOTED.findall(text))


def _with_provenance(insights: Insights, chat: ChatModel, written: Written, seconds: float) -> Insights:
    insights.provenance["summarizer"] = summarizer_key(chat.ref.sha256)
    insights.provenance["llm"] = {
        "model": chat.ref.name,
        "sha256": chat.ref.sha256,
        "device": chat.device,
        "summary_from_model": written.summary is not None,
        "statements_from_model": sorted(written.statements),
        "seconds": round(seconds, 1),
    }
    return insights


def summarizer_key(chat_sha256: str | None) -> str:
    """What made an interview's summary: part of whether its insights are current."""
    return f"llm:{chat_sha256[:16]}" if chat_sha256 else "extractive"
