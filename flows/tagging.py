"""Tag transcripts with personas and jobs; re-tag a whole output folder after a taxonomy edit.

Tagging needs only the transcript, never the audio, so editing the taxonomy or switching
the summarizer costs seconds per interview instead of a re-transcription.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.publish import publish
from pipeline.artifacts import clear_failure, insights_are_current, load_transcript, write_failure, write_insights
from pipeline.chat_model import ChatModelRef, load_chat_model
from pipeline.chat_ranking import job_scores, persona_scores, tagger_key
from pipeline.claims import claim
from pipeline.insights import extract_insights
from pipeline.llm_writing import chat_model_for, rewrite, summarizer_key
from pipeline.progress import BatchStarted, FileFinished, emit
from pipeline.records import Failure, Outcome, Transcript
from pipeline.taxonomy import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tagger:
    """How interviews are tagged: the taxonomy, and the chat models that write summaries and rank jobs and personas."""

    taxonomy: Taxonomy
    chat: ChatModelRef | None = None
    device: str = "auto"
    job_chat: ChatModelRef | None = None

    @property
    def summarizer(self) -> str:
        return summarizer_key(self.chat)

    @property
    def tagger(self) -> str:
        return tagger_key(self.job_chat)


def make_tagger(
    taxonomy: Taxonomy, summarizer: str, llm_model: str | None, device: str, tagger: str = "embeddings"
) -> Tagger:
    """Resolves (and on first use assembles) the chat model before any recording is touched."""
    return Tagger(taxonomy, chat_model_for(summarizer, llm_model), device, chat_model_for(tagger, llm_model))


def write_tags(out_dir: Path, transcript: Transcript, tagger: Tagger) -> Path:
    """Tag a transcript and write its insights beside it; returns the interview folder."""
    started = time.perf_counter()
    rank_jobs = rank_personas = None
    if tagger.job_chat is not None:
        chat = load_chat_model(tagger.job_chat, tagger.device)
        rank_jobs = partial(job_scores, chat, taxonomy=tagger.taxonomy)
        rank_personas = partial(persona_scores, chat, taxonomy=tagger.taxonomy)
    insights = extract_insights(transcript, tagger.taxonomy, rank_jobs, rank_personas)
    insights.provenance["tagger"] = tagger.tagger
    if tagger.chat is not None:
        insights = rewrite(insights, transcript, tagger.taxonomy, load_chat_model(tagger.chat, tagger.device))
    insights.provenance["timings"] = {"insights_s": round(time.perf_counter() - started, 3)}
    return write_insights(out_dir, insights, transcript)


@task(cache_policy=NO_CACHE)
def tag_transcript(out_dir: Path, transcript: Transcript, tagger: Tagger) -> Path:
    return write_tags(out_dir, transcript, tagger)


def retag(out_dir: Path, transcript: Transcript, folder: str, tagger: Tagger, file_name: str | None = None) -> Outcome:
    """Tag one existing transcript again; a failure is recorded, never raised."""
    started = time.perf_counter()
    name = file_name or transcript.source.file
    try:
        tag_transcript(out_dir, transcript, tagger)
    except Exception as error:  # noqa: BLE001 - one bad transcript must not stop the others
        log.exception("tagging %s failed", name)
        reason = f"{type(error).__name__}: {error}"
        write_failure(out_dir, Failure(name, "insights", reason, transcript.source.sha256))
        return Outcome(name, "failed", folder, reason, 0.0, time.perf_counter() - started)
    clear_failure(out_dir, name)
    reason = "the taxonomy or how it is tagged changed"
    return Outcome(name, "retagged", folder, reason, 0.0, time.perf_counter() - started)


def _claimed_retag(out_dir: Path, transcript_json: Path, tagger: Tagger) -> Outcome:
    transcript = load_transcript(transcript_json)
    folder = transcript_json.parent.name
    with claim(out_dir, transcript.source.sha256, transcript.source.file) as held:
        if not held:
            return Outcome(transcript.source.file, "busy", folder, "another run is processing this recording")
        return retag(out_dir, transcript, folder, tagger)


@flow(name="retag-folder")
def retag_folder(
    out_dir: Path,
    taxonomy_file: Path = DEFAULT_TAXONOMY,
    summarizer: str = "extractive",
    llm_model: str | None = None,
    device: str = "auto",
    tagger: str = "embeddings",
) -> list[Outcome]:
    """Re-tag every transcript in ``out_dir`` whose insights predate ``taxonomy_file``, the summarizer or the tagger."""
    tagging = make_tagger(load_taxonomy(taxonomy_file), summarizer, llm_model, device, tagger)
    transcripts = sorted(out_dir.glob("*/transcript.json"))
    stale = [
        t
        for t in transcripts
        if not insights_are_current(t.parent, tagging.taxonomy.sha256, tagging.summarizer, tagging.tagger)
    ]
    emit(BatchStarted(len(transcripts), len(stale), 0.0), f"{len(stale)} of {len(transcripts)} interviews to re-tag")
    outcomes = []
    for path in transcripts:
        if path in stale:
            outcome = _claimed_retag(out_dir, path, tagging)
        else:
            outcome = Outcome(load_transcript(path).source.file, "skipped", path.parent.name)
        emit(FileFinished(outcome), f"{outcome.file}: {outcome.status}")
        outcomes.append(outcome)
    publish(out_dir, {}, changed=any(o.status == "retagged" for o in outcomes))
    return outcomes
