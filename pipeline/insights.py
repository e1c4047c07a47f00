"""Who this customer is, what job they are trying to get done, what hurts, what they want.

Runs offline on CPU. Customer sentences are compared by meaning (sentence embeddings)
with each persona's description, the customer's sentences about who they are counting
extra, and with each job statement and its "want" and "so I can" halves; taxonomy
keywords the customer says add a bonus, where PMs find meaning alone is not enough. Only
the customer's words are scored: an interviewer asking "do you deal with audits?" says
nothing about the customer. Every claim carries verbatim quotes; quotes that are not
verbatim are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

import pipeline
from pipeline.embeddings import EMBEDDING_MODEL, embed, embed_fixed
from pipeline.quotes import customer_statements, keep_verbatim
from pipeline.records import Insights, Quote, Tag, Transcript
from pipeline.taxonomy import Taxonomy

METHOD = "embedding-prototypes-v3"
PERSONA_MIN_SCORE = 0.20  # below this no persona is convincing: "unknown"
JOB_MIN_SCORE = 0.05  # job scores are relative to the other jobs' (see _rank_jobs)
JOB_RELATIVE_SCORE = 0.75  # further jobs must score at least this share of the best one
MAX_JOBS = 3
EVIDENCE_MIN_SIMILARITY = 0.25
MAX_EVIDENCE = 3
# Per distinct taxonomy keyword the customer uses, up to MAX_KEYWORD_HITS. Measured on the
# labelled set (tests/data/labelled): these weights, the prototypes and the units below gave
# the best persona and job accuracy of the variants tried.
PERSONA_KEYWORD_BONUS = 0.02
JOB_KEYWORD_BONUS = 0.05
MAX_KEYWORD_HITS = 3
TOP_UNITS = 3  # a tag's score is the mean similarity of its three best-matching units
# Half of a persona's score is how well what the customer says about who they are ("I'm the
# financial controller for a shipping company") matches its name (a job title) or its whole
# description, half how well their best sentences match the description.
IDENTITY_SHARE = 0.5
MIN_QUOTE_WORDS = 5
# With a chat model ranking too (--tagger llm), a tag's score is the chat model's plus this many times
# the embeddings'. The two miss different interviews (each alone had 82 of 106 main jobs right, added
# 96). The chat scores (nats) spread five to six times as wide as the embedding scores across one
# interview's tags, so 4 lets each count about as much. Measured in bench/README.md.
CHAT_EMBEDDING_WEIGHT = 4.0

PAIN_PROTOTYPES = (
    "This is frustrating and wastes my time.",
    "It takes hours every week to do this by hand.",
    "The problem is that it keeps breaking.",
    "It is a nightmare and a real headache.",
    "We struggle with this and it is too slow.",
    "It costs us too much money.",
)
REQUEST_PROTOTYPES = (
    "I wish the product could do this.",
    "It would be great if you added this feature.",
    "What I really want is a simple way to do this.",
    "Please add an option for this.",
    "We need a button that does this automatically.",
)
_PAIN_CUES = re.compile(
    r"\b(frustrat\w*|annoy\w*|wast\w*|painful|pain is|the problem|problem is|struggl\w*|hate|nightmare|headache|"
    r"too (?:slow|expensive|long|much|many)|by hand|manually|takes? (?:me |us )?(?:hours|ages|days|all|most)|"
    r"can't|cannot|hard to|difficult|stuck|worr\w*|chas(?:e|ing)|nobody can|no way to|lose|lost|error-prone)\b",
    re.IGNORECASE,
)
_REQUEST_CUES = re.compile(
    r"\b(i wish|i'd love|i would love|would love|it would be (?:great|nice|good|amazing)|would be (?:great|nice)|"
    r"if (?:only|you could)|could you|please add|what i really want|my wish|dream|should (?:just|tell|show|let))\b",
    re.IGNORECASE,
)
# An interviewer question like this makes the customer's answer a feature request.
_WISH_QUESTION = re.compile(
    r"\b(what (?:would|will|could) (?:help|make|you|your|a good)|if you (?:could|can)|ideal|wish|magic wand|"
    r"what do you want|what should|(?:change|fix) one thing)\b",
    re.IGNORECASE,
)
# Who the customer is: their answer when asked, and the sentences where they say it unasked.
_ROLE_QUESTION = re.compile(
    r"\b(what (?:do you|you) (?:do|look after|run|manage|are responsible for)|what is your (?:role|job|position)|"
    r"what does your (?:company|team|business|firm|organi[sz]ation) do|your role|who are you|where do you work|"
    r"tell(?:ing)? me (?:a (?:little|bit) )?(?:about (?:yourself|you|your (?:role|job|work|company|business|team))|"
    r"what you)|introduce yourself)\b",
    re.IGNORECASE,
)
_SELF_DESCRIPTION = re.compile(
    r"\b(I(?:'m| am) (?:the |an? )?(?:[\w-]+ ){0,3}?(?:head|director|manager|owner|controller|lead|chief|officer|"
    r"administrator|founder|partner|supervisor|coordinator|accountant)s?\b|I(?:'m| am) (?:in charge|responsible)|"
    r"I (?:run|own|lead|head|manage|look after|oversee|work (?:at|for|in))\b|it(?:'s| is) just (?:me|us)\b|"
    r"we(?:'re| are) (?:a|an)\b|we have (?:about |around |over |nearly )?[\w,]+ (?:people|staff|employees)\b)",
    re.IGNORECASE,
)
PAIN_MIN_SIMILARITY = 0.5
REQUEST_MIN_SIMILARITY = 0.5


@dataclass(frozen=True)
class _Scored:
    tag_id: str
    label: str
    score: float
    similarity: np.ndarray  # per customer sentence: best similarity to this tag's prototypes, for evidence


Scorer = Callable[[str], dict[str, float] | None]  # the customer's words → a score per job or persona id


def extract_insights(
    transcript: Transcript,
    taxonomy: Taxonomy,
    job_scorer: Scorer | None = None,
    persona_scorer: Scorer | None = None,
) -> Insights:
    """``job_scorer`` and ``persona_scorer`` (e.g. ``chat_ranking.job_scores`` with a chat model) rank
    the jobs and personas together with the embeddings; the embeddings alone pick the evidence quotes
    and decide whether any persona is convincing."""
    quotes = customer_statements(transcript)
    vectors = embed([q.text for q in quotes])
    customer_text = " ".join(q.text for q in quotes)

    identity = _identity_statements(transcript, quotes)
    personas = _rank_personas(taxonomy, vectors, np.array([q in identity for q in quotes], dtype=bool), customer_text)
    jobs = _rescored(_rank_jobs(taxonomy, vectors, customer_text), job_scorer, customer_text)
    convincing = bool(personas) and personas[0].score >= PERSONA_MIN_SCORE
    personas = _rescored(personas, persona_scorer if convincing else None, customer_text)  # not asked when unknown
    best = personas[0] if convincing else None
    persona = (
        Tag(best.tag_id, best.label, best.score, _evidence(best, quotes, transcript, identity))
        if best
        else Tag(
            "unknown",
            "Unknown persona",
            personas[0].score if personas else 0.0,
            _self_description(identity, transcript) or (_evidence(personas[0], quotes, transcript) if personas else ()),
        )
    )
    job_tags = []
    floor = max(JOB_MIN_SCORE, JOB_RELATIVE_SCORE * jobs[0].score) if jobs else JOB_MIN_SCORE
    for job in [j for j in jobs if j.score >= floor][:MAX_JOBS]:
        evidence = _evidence(job, quotes, transcript)
        job_tags.append(Tag(job.tag_id, job_statement(job.label, evidence, persona.evidence), job.score, evidence))
    asked = _answers_to(transcript, quotes, _WISH_QUESTION)
    pains = keep_verbatim(_classified(quotes, vectors, PAIN_PROTOTYPES, _PAIN_CUES, PAIN_MIN_SIMILARITY), transcript)
    requests = keep_verbatim(
        _classified(quotes, vectors, REQUEST_PROTOTYPES, _REQUEST_CUES, REQUEST_MIN_SIMILARITY, asked), transcript
    )
    pains = [q for q in pains if q not in requests]
    highlights = keep_verbatim(_highlights(quotes, personas[:1] + jobs[:2], pains, requests), transcript)
    insights = Insights(
        source=transcript.source,
        persona=persona,
        personas=[Tag(p.tag_id, p.label, p.score) for p in personas],
        jobs=job_tags,
        highlights=highlights,
        pains=pains,
        requests=requests,
        summary="",
        provenance={
            "pipeline_version": pipeline.__version__,
            "method": METHOD,
            "embedding_model": EMBEDDING_MODEL,
            "taxonomy_sha256": taxonomy.sha256,
            "taxonomy": taxonomy.source,
        },
    )
    insights.summary = summarize(insights, transcript)
    return insights


def _rescored(ranked: list[_Scored], scorer: Scorer | None, customer_text: str) -> list[_Scored]:
    scores = scorer(customer_text) if scorer is not None else None
    if scores is None:
        return ranked
    combined = (replace(t, score=round(scores[t.tag_id] + CHAT_EMBEDDING_WEIGHT * t.score, 4)) for t in ranked)
    return sorted(combined, key=lambda t: t.score, reverse=True)


def _job_prototypes(statement: str) -> list[str]:
    """The statement, what the customer wants, and why: customers talk about each separately."""
    want, _, outcome = _GOAL_SPLIT.sub("\0", statement.rstrip(". ")).partition("\0")
    return [statement, want, outcome] if outcome else [statement]


def _keyword_hits(keywords: tuple[str, ...], text: str) -> int:
    return sum(bool(re.search(rf"\b{re.escape(k)}\b", text, re.IGNORECASE)) for k in keywords)


def _rank_personas(taxonomy: Taxonomy, vectors: np.ndarray, identity: np.ndarray, customer_text: str) -> list[_Scored]:
    """Personas by the customer's best-matching sentences, with what they say about who they are weighing most.

    A persona is who someone is, and customers say that in a sentence or two; the rest of
    the interview is about their work, which other personas share. Scored on the best
    sentences alone, "what we pay for each system" made a head of technology a finance
    lead. Persona names are job titles, so a self-description is matched with the name as
    well as the description. Measured in bench/README.md.
    """
    scored = []
    for persona in taxonomy.personas:
        prototype = embed_fixed((f"{persona.name}. {persona.description}",))
        similarity = (vectors @ prototype.T).max(axis=1) if len(vectors) else np.zeros(0)
        semantic = float(np.sort(similarity)[-TOP_UNITS:].mean()) if similarity.size else 0.0
        if identity.any():
            title = (vectors[identity] @ embed_fixed((persona.name,)).T).max(axis=1)
            said = float(np.maximum(title, similarity[identity]).max())
            semantic = (1 - IDENTITY_SHARE) * semantic + IDENTITY_SHARE * said
        bonus = PERSONA_KEYWORD_BONUS * min(_keyword_hits(persona.keywords, customer_text), MAX_KEYWORD_HITS)
        scored.append(_Scored(persona.id, persona.name, round(min(semantic + bonus, 1.0), 4), similarity))
    return sorted(scored, key=lambda s: s.score, reverse=True)


def _identity_statements(transcript: Transcript, quotes: list[Quote]) -> frozenset[Quote]:
    return _answers_to(transcript, quotes, _ROLE_QUESTION) | {q for q in quotes if _SELF_DESCRIPTION.search(q.text)}


def _self_description(identity: frozenset[Quote], transcript: Transcript) -> tuple[Quote, ...]:
    """For a customer no persona fits, what they said about who they are: what a PM needs
    to decide whether the taxonomy lacks a persona. Empty when they said nothing of the
    kind; the sentences closest to the nearest persona stand in then."""
    said = sorted((q for q in identity if len(q.text.split()) >= MIN_QUOTE_WORDS), key=lambda q: q.start)
    return tuple(keep_verbatim(said[:MAX_EVIDENCE], transcript))


def _rank_jobs(taxonomy: Taxonomy, sentence_vectors: np.ndarray, customer_text: str) -> list[_Scored]:
    """Jobs by how much more the customer's sentences match them than the other jobs.

    Raw similarities carry offsets that say nothing about the job: a sentence "about work"
    is close to every job, and some statements are close to anything. So a sentence's
    similarity to each job is taken relative to its mean over all jobs, and each job's own
    pull, measured the same way on the generic pain and request sentences above, is
    subtracted. On the labelled set this took the main job from 7 to 10 of 12 (README).
    A single job has nothing to be relative to and keeps its raw score.
    """
    jobs = taxonomy.jobs
    prototypes = [embed_fixed(tuple(_job_prototypes(j.statement))) for j in jobs]

    def similarity(vectors: np.ndarray) -> np.ndarray:
        return np.stack([(vectors @ p.T).max(axis=1) for p in prototypes], axis=1)

    def relative(vectors: np.ndarray) -> np.ndarray:
        raw = similarity(vectors)
        return raw - raw.mean(axis=1, keepdims=True) if len(jobs) > 1 else raw

    generic = embed_fixed(PAIN_PROTOTYPES + REQUEST_PROTOTYPES)
    pull = relative(generic).mean(axis=0) if len(jobs) > 1 else np.zeros(len(jobs))
    raw = similarity(sentence_vectors) if len(sentence_vectors) else np.zeros((0, len(jobs)))
    ranked = relative(sentence_vectors) if len(sentence_vectors) else raw
    scored = []
    for k, job in enumerate(jobs):
        top = np.sort(ranked[:, k])[-TOP_UNITS:]
        semantic = float(top.mean() - pull[k]) if top.size else 0.0
        bonus = JOB_KEYWORD_BONUS * min(_keyword_hits(job.keywords, customer_text), MAX_KEYWORD_HITS)
        scored.append(_Scored(job.id, job.statement, round(min(semantic + bonus, 1.0), 4), raw[:, k]))
    return sorted(scored, key=lambda s: s.score, reverse=True)


def _evidence(
    scored: _Scored, quotes: list[Quote], transcript: Transcript, first: frozenset[Quote] = frozenset()
) -> tuple[Quote, ...]:
    """The best-matching sentence always, then up to two more that match clearly.

    ``first`` (for a persona, what the customer says about who they are) comes before the
    rest and needs no minimum match: it is what a reader checks a persona against.
    """
    ranked = sorted(range(len(quotes)), key=lambda i: (quotes[i] not in first, -scored.similarity[i]))
    candidates = [i for i in ranked if len(quotes[i].text.split()) >= MIN_QUOTE_WORDS]
    chosen = [quotes[i] for i in candidates[:1]] + [
        quotes[i] for i in candidates[1:] if quotes[i] in first or scored.similarity[i] >= EVIDENCE_MIN_SIMILARITY
    ]
    return tuple(keep_verbatim(chosen[:MAX_EVIDENCE], transcript))


def _classified(
    quotes: list[Quote],
    vectors: np.ndarray,
    prototypes: tuple[str, ...],
    cues: re.Pattern[str],
    threshold: float,
    prompted: frozenset[Quote] = frozenset(),
) -> list[Quote]:
    if not quotes:
        return []
    similarity = (vectors @ embed_fixed(prototypes).T).max(axis=1)
    return [
        q
        for q, s in zip(quotes, similarity, strict=True)
        if len(q.text.split()) >= MIN_QUOTE_WORDS and (q in prompted or cues.search(q.text) or s >= threshold)
    ]


def _answers_to(transcript: Transcript, quotes: list[Quote], question: re.Pattern[str]) -> frozenset[Quote]:
    """Customer sentences said right after the interviewer asked ``question``."""
    customers = {q.speaker for q in quotes}
    asked_at = [s.end for s in transcript.segments if s.speaker not in customers and question.search(s.text)]
    others = [s.start for s in transcript.segments if s.speaker not in customers]
    answers = set()
    for question_end in asked_at:
        next_question = min((t for t in others if t > question_end), default=float("inf"))
        answers.update(q for q in quotes if question_end <= q.start < next_question)
    return frozenset(answers)


def _highlights(quotes: list[Quote], top: list[_Scored], pains: list[Quote], requests: list[Quote]) -> list[Quote]:
    """The 3–7 sentences that say most about who this is and what they need, in order."""
    if not quotes:
        return []
    relevance = np.max([t.similarity for t in top], axis=0) if top else np.zeros(len(quotes))
    flagged = set(pains) | set(requests)
    scores = [
        r + (0.1 if q in flagged else 0.0) if len(q.text.split()) >= MIN_QUOTE_WORDS else -1.0
        for q, r in zip(quotes, relevance, strict=True)
    ]
    count = min(7, max(3, len(quotes) // 5))
    best = sorted(range(len(quotes)), key=lambda i: scores[i], reverse=True)[:count]
    return [quotes[i] for i in sorted(best) if scores[i] >= 0]


_SITUATION_CUES = re.compile(
    r"\b(every|each|when|whenever|last|before|after|at the end|once a|twice a|on (?:mondays|fridays)|"
    r"week|month|quarter|year|morning|evening|takes? me)\b",
    re.IGNORECASE,
)
_GOAL_SPLIT = re.compile(r",?\s+so (?:that )?(?:I|we) can\s+", re.IGNORECASE)


def job_statement(statement: str, evidence: tuple[Quote, ...], context: tuple[Quote, ...] = ()) -> str:
    """The job as "When …, I want to …, so I can …", the situation in the customer's own words.

    The situation comes from the job's evidence, else from what the customer said about
    themselves (``context``, the persona evidence).
    """
    want, _, outcome = _GOAL_SPLIT.sub("\0", statement.rstrip(". ")).partition("\0")
    want = want[:1].lower() + want[1:]
    situations = sorted(
        (q.text for q in (*evidence, *context) if _situation_rank(q.text) is not None),
        key=_situation_rank,
    )
    situation = _situation(situations[0]) if situations else ""
    sentence = f"When {situation}, I want to {want}" if situation else f"I want to {want}"
    return f"{sentence}, so I can {outcome}." if outcome else f"{sentence}."


_FIRST_PERSON = re.compile(r"^(?:(?:and|so|but|well|yes|oh)[,\s]+)*(?:I|I'm|we|we're|my|our)\b", re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?:please\s+)?(?:warn|show|give|let|send|tell|make|help|add|put|take|stop|just|one|a|an|no|not)\b",
    re.IGNORECASE,
)


def _situation_rank(text: str) -> int | None:
    """Lower is a better "When …" clause; None for requests, goals and imperatives."""
    if _GOAL_SPLIT.search(text) or _IMPERATIVE.search(text) or _REQUEST_CUES.search(text):
        return None
    cue, first_person = bool(_SITUATION_CUES.search(text)), bool(_FIRST_PERSON.search(text))
    return {(True, True): 0, (True, False): 1, (False, True): 2}.get((cue, first_person), 3)


def _situation(quote: str) -> str:
    """The quote as a subordinate clause: drop the final punctuation and a leading "and/so"."""
    clause = re.sub(
        r"^(?:(?:and|so|but|well|yeah|yes|oh|when|whenever)[,\s]+)+",
        "",
        quote.strip().rstrip(".!?,;: "),
        flags=re.IGNORECASE,
    )
    return clause[:1].lower() + clause[1:] if not clause.startswith("I ") else clause


def summarize(insights: Insights, transcript: Transcript) -> str:
    """3–5 sentences a PM can read in ten seconds; quoted parts are verbatim."""
    customers = [s for s in transcript.speakers if s.role == "customer"]
    talk = sum(s.talk_seconds for s in customers)
    total = sum(s.talk_seconds for s in transcript.speakers) or 1.0
    minutes, seconds = divmod(round(transcript.source.duration), 60)
    length = f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
    persona = insights.persona
    parts = [
        f"An interview of {length} with a customer who fits the persona “{persona.label}” (score {persona.score:.2f})."
        if persona.id != "unknown"
        else f"An interview of {length}; no persona in the taxonomy fits this customer convincingly."
    ]
    if insights.jobs:
        parts.append(f"Their main job to be done: {insights.jobs[0].label}")
    if insights.pains:
        parts.append(f"What hurts most: “{insights.pains[0].text}”")
    if insights.requests:
        parts.append(f"They asked for: “{insights.requests[0].text}”")
    parts.append(f"The customer did {100 * talk / total:.0f}% of the talking.")
    return " ".join(parts)
