"""Flows that turn recordings into interview folders: transcript, speakers, insights.

``process_folder`` is the batch entry point (CLI, watcher, schedules, deployments);
``process_recording`` handles one file and never raises for a bad recording: it writes
a failure record instead, so one broken upload cannot stop a batch. A recording is
claimed before its folder is written, so runs that share an output folder (a watcher
and a schedule, or several machines) never work on the same recording at once.
"""

# No `from __future__ import annotations` here: Prefect validates flow parameters against
# these annotations when a deployment loads this file by path, and strings do not resolve.
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from prefect import State, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed

from flows.publish import notify, publish
from flows.tagging import Tagger, make_tagger, retag, write_tags
from pipeline.artifacts import clear_failure, load_transcript, write_failure, write_transcript
from pipeline.audio import AudioError, DecodedAudio, decode
from pipeline.batch import Currency, Job, decide, plan_batch
from pipeline.claims import claim, sweep_temporaries
from pipeline.index import index_recording
from pipeline.inputs import find_recordings
from pipeline.model_store import default_model
from pipeline.progress import AudioAdvanced, BatchStarted, FileFinished, emit
from pipeline.records import Failure, Outcome, Source, Transcript
from pipeline.redact import redact_transcript
from pipeline.shutdown import stop_requested
from pipeline.speakers import attach_speakers
from pipeline.taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from pipeline.transcribe import EngineConfig, check_config, transcribe_with_fallback

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """Per-run choices that shape every recording's outputs."""

    engine: EngineConfig
    currency: Currency
    language: str | None = None
    interviewer: str | None = None  # force this speaker id ("S1", "S2", …) to be the interviewer


def _transient(task: object, task_run: object, state: State) -> bool:
    """Retry reading a recording when the disk or share hiccuped, not when the file is bad."""
    error = state.result(raise_on_failure=False)
    return isinstance(error, OSError) and not isinstance(error, AudioError)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2, retry_condition_fn=_transient)
def decode_audio(path: Path) -> DecodedAudio:
    return decode(path)


@task(cache_policy=NO_CACHE)
def transcribe(audio: DecodedAudio, source: Source, config: EngineConfig, language: str | None) -> Transcript:
    def advanced(seconds: float) -> None:
        emit(AudioAdvanced(source.file, seconds), f"{source.file}: {seconds:.0f}/{source.duration:.0f} s")

    return transcribe_with_fallback(config, audio, source, language, advanced)


@task(cache_policy=NO_CACHE)
def find_speakers(transcript: Transcript, audio: DecodedAudio, path: Path, interviewer: str | None) -> Transcript:
    return attach_speakers(transcript, audio, path, interviewer)


def _disk_hiccup(task: object, task_run: object, state: State) -> bool:
    """Retry writing when the disk or the index was briefly unavailable, not when tagging failed."""
    error = state.result(raise_on_failure=False)
    return isinstance(error, OSError | sqlite3.OperationalError)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1, retry_condition_fn=_disk_hiccup)
def write_interview(out_dir: Path, transcript: Transcript, tagger: Tagger, redact: bool, recording: Path) -> Path:
    """Transcript, insights and index rows in one task: each step is small next to a Prefect task run."""
    final = redact_transcript(transcript) if redact else transcript
    write_transcript(out_dir, final)
    folder = write_tags(out_dir, final, tagger)
    index_recording(out_dir, folder, recording)
    return folder


@task(name="process-recording", task_run_name="{job.recording_id}", cache_policy=NO_CACHE)
def process_recording(job: Job, out_dir: Path, settings: Settings, tagger: Tagger) -> Outcome:
    """Claim the recording, then bring its folder up to date; never raises for a bad recording."""
    if stop_requested():
        return Outcome(job.path.name, "stopped", None, "stopped before it began; the next run takes it")
    with claim(out_dir, job.sha256, job.path.name) as held:
        if not held:
            return Outcome(job.path.name, "busy", None, "another run is processing this recording")
        action, existing = decide(out_dir, job.sha256, settings.currency)
        if action == "skip" and existing:
            return Outcome(job.path.name, "skipped", existing.parent.name, "finished by another run")
        if action == "retag" and existing:
            sweep_temporaries(existing.parent)
            return retag(out_dir, load_transcript(existing), existing.parent.name, tagger, job.path.name)
        sweep_temporaries(out_dir / job.recording_id)
        return _transcribe_and_tag(job, out_dir, settings, tagger)


def _transcribe_and_tag(job: Job, out_dir: Path, settings: Settings, tagger: Tagger) -> Outcome:
    started = time.perf_counter()
    stage = "decode"
    try:
        audio = decode_audio(job.path)
        decode_s = time.perf_counter() - started
        source = Source(file=job.path.name, sha256=job.sha256, duration=round(audio.duration, 3), partial=audio.partial)
        stage = "transcribe"
        transcript = transcribe(audio, source, settings.engine, settings.language)
        transcript.timings["decode_s"] = round(decode_s, 3)
        stage = "speakers"
        transcript = find_speakers(transcript, audio, job.path, settings.interviewer)
        stage = "write"
        folder = write_interview(out_dir, transcript, tagger, settings.currency.redact, job.path)
    except AudioError as error:
        return _failed(job, out_dir, stage, str(error), started)
    except Exception as error:  # noqa: BLE001 - any failure of one file is recorded, the batch goes on
        log.exception("%s failed during %s", job.path.name, stage)
        return _failed(job, out_dir, stage, f"{type(error).__name__}: {error}", started)
    status = "partial" if audio.partial else "done"
    reason = "the file looks truncated; only the part ffmpeg could decode was transcribed" if audio.partial else ""
    return Outcome(job.path.name, status, folder.name, reason, audio.duration, time.perf_counter() - started)


def _failed(job: Job, out_dir: Path, stage: str, reason: str, started: float) -> Outcome:
    failure = Failure(source=job.path.name, stage=stage, reason=reason, sha256=job.sha256, path=str(job.path.resolve()))
    write_failure(out_dir, failure)
    log.warning("%s failed (%s): %s", job.path.name, stage, reason)
    return Outcome(job.path.name, "failed", None, reason, 0.0, time.perf_counter() - started)


@flow(name="process-folder", log_prints=True)
def process_folder(
    input_dir: Path,
    out_dir: Path,
    engine: str = "faster-whisper",
    model: str | None = None,
    device: str = "auto",
    language: str | None = None,
    threads: int = 0,
    taxonomy_file: Path = DEFAULT_TAXONOMY,
    redact: bool = False,
    interviewer: str | None = None,
    copy_audio: bool = False,
    notify_webhook: str | None = None,
    workers: int = 1,
    files: list[Path] | None = None,
    summarizer: str = "extractive",
    llm_model: str | None = None,
    tagger: str = "embeddings",
) -> list[Outcome]:
    """Process every recording under ``input_dir`` (or just ``files``) whose outputs are missing or stale.

    ``summarizer="llm"`` has the chat model ``llm_model`` (default: the store's) write the
    summaries and job statements; ``tagger="llm"`` has it rank the jobs and personas. ``workers``
    recordings are processed at once, sharing one loaded model of each kind. Then the
    index, the cross-interview report and the site are brought up to date, and a digest
    goes to ``notify_webhook`` when one is given.
    """
    config = EngineConfig(engine, model or default_model(), device, threads, max(1, workers))
    tagging = make_tagger(load_taxonomy(taxonomy_file), summarizer, llm_model, device, tagger)
    model_sha256 = check_config(config, language)
    currency = Currency(engine, model_sha256, redact, tagging.taxonomy.sha256, tagging.summarizer, tagging.tagger)
    settings = Settings(config, currency, language, interviewer)
    recordings = sorted(files) if files is not None else find_recordings(input_dir)
    jobs = plan_batch(recordings, out_dir, currency)
    pending = [job for job in jobs if job.action == "process"]
    emit(
        BatchStarted(len(jobs), len(pending), sum(job.duration for job in pending)),
        f"{len(jobs)} recordings found, {len(pending)} to process",
    )
    outcomes: dict[Path, Outcome] = {}
    for job in jobs:
        if job.action in ("skip", "duplicate"):
            clear_failure(out_dir, job.path.name)
            reason = f"same recording as {job.existing.name}" if job.action == "duplicate" and job.existing else ""
            folder = job.existing.parent.name if job.action == "skip" and job.existing else None
            _finished(outcomes, job, Outcome(job.path.name, "skipped" if folder else "duplicate", folder, reason))
    work = [job for job in jobs if job.action in ("process", "retag")]
    for job, future in bounded(lambda j: process_recording.submit(j, out_dir, settings, tagging), work, workers):
        _finished(outcomes, job, future.result())
    ordered = [outcomes[job.path] for job in jobs]
    locations = {o.recording_id: job.path for job, o in zip(jobs, ordered, strict=True) if o.recording_id}
    changed = any(o.status in ("done", "partial", "retagged") for o in ordered)
    try:
        publish(out_dir, locations, copy_audio, changed)
    except Exception:  # noqa: BLE001 - the interviews are written; a broken report must not hide them
        log.exception("the interviews are written, but updating the index, report or site failed")
    if notify_webhook:
        notify(notify_webhook, out_dir, ordered)
    return ordered


def _finished(outcomes: dict[Path, Outcome], job: Job, outcome: Outcome) -> None:
    emit(FileFinished(outcome), f"{outcome.file}: {outcome.status}")
    outcomes[job.path] = outcome


def bounded(
    submit: Callable[[Job], PrefectFuture[Outcome]], jobs: list[Job], workers: int
) -> Iterator[tuple[Job, PrefectFuture[Outcome]]]:
    """Submit jobs keeping at most ``workers`` running; yield each as it completes.

    More recordings in flight than workers would only hold decoded audio in memory.
    """
    running: dict[PrefectFuture[Outcome], Job] = {}
    for job in jobs:
        if len(running) >= max(1, workers):
            done = next(as_completed(list(running)))
            yield running.pop(done), done
        running[submit(job)] = job
    for done in as_completed(list(running)):
        yield running[done], done
