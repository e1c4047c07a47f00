"""Flows that turn recordings into interview folders: transcript, speakers, insights.

``process_folder`` is the batch entry point (CLI, schedules, deployments);
``process_recording`` handles one file and never raises for a bad recording: it writes
a failure record instead, so one broken upload cannot stop a batch.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.publish import index_interview, notify, publish
from flows.tagging import retag, tag_transcript
from pipeline.artifacts import clear_failure, write_failure, write_transcript
from pipeline.audio import AudioError, DecodedAudio, decode
from pipeline.batch import Job, plan_batch
from pipeline.inputs import find_recordings
from pipeline.model_store import default_model
from pipeline.progress import AudioAdvanced, BatchStarted, FileFinished, emit
from pipeline.records import Failure, Outcome, Source, Transcript
from pipeline.redact import redact_transcript
from pipeline.speakers import attach_speakers
from pipeline.taxonomy import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy
from pipeline.transcribe import EngineConfig, check_config, load_transcriber, transcribe_audio

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """Per-run choices that shape every recording's outputs."""

    language: str | None = None
    redact: bool = False
    interviewer: str | None = None  # force this speaker id ("S1", "S2", …) to be the interviewer


@task(cache_policy=NO_CACHE)
def decode_audio(path: Path) -> DecodedAudio:
    return decode(path)


@task(cache_policy=NO_CACHE)
def transcribe(audio: DecodedAudio, source: Source, config: EngineConfig, language: str | None) -> Transcript:
    def advanced(seconds: float) -> None:
        emit(AudioAdvanced(source.file, seconds), f"{source.file}: {seconds:.0f}/{source.duration:.0f} s")

    return transcribe_audio(load_transcriber(config), audio, source, language, advanced)


@task(cache_policy=NO_CACHE)
def find_speakers(transcript: Transcript, audio: DecodedAudio, path: Path, interviewer: str | None) -> Transcript:
    return attach_speakers(transcript, audio, path, interviewer)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write_outputs(out_dir: Path, transcript: Transcript, redact: bool) -> Transcript:
    final = redact_transcript(transcript) if redact else transcript
    write_transcript(out_dir, final)
    return final


@flow(name="process-recording", flow_run_name="{job.recording_id}")
def process_recording(job: Job, out_dir: Path, config: EngineConfig, options: Options, taxonomy: Taxonomy) -> Outcome:
    started = time.perf_counter()
    stage = "decode"
    try:
        audio = decode_audio(job.path)
        decode_s = time.perf_counter() - started
        source = Source(file=job.path.name, sha256=job.sha256, duration=round(audio.duration, 3), partial=audio.partial)
        stage = "transcribe"
        transcript = transcribe(audio, source, config, options.language)
        transcript.timings["decode_s"] = round(decode_s, 3)
        stage = "speakers"
        transcript = find_speakers(transcript, audio, job.path, options.interviewer)
        stage = "write"
        transcript = write_outputs(out_dir, transcript, options.redact)
        stage = "insights"
        folder = tag_transcript(out_dir, transcript, taxonomy)
        stage = "index"
        index_interview(out_dir, folder, job.path)
    except AudioError as error:
        return _failed(job, out_dir, stage, str(error), started)
    except Exception as error:  # noqa: BLE001 - any failure of one file is recorded, the batch goes on
        log.exception("%s failed during %s", job.path.name, stage)
        return _failed(job, out_dir, stage, f"{type(error).__name__}: {error}", started)
    status = "partial" if audio.partial else "done"
    reason = "the file looks truncated; only the part ffmpeg could decode was transcribed" if audio.partial else ""
    return Outcome(job.path.name, status, folder.name, reason, audio.duration, time.perf_counter() - started)


def _failed(job: Job, out_dir: Path, stage: str, reason: str, started: float) -> Outcome:
    write_failure(out_dir, Failure(source=job.path.name, stage=stage, reason=reason, sha256=job.sha256))
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
) -> list[Outcome]:
    """Process every recording under ``input_dir`` whose outputs in ``out_dir`` are missing or stale.

    Then the index, the cross-interview report and the site are brought up to date, and a
    digest goes to ``notify_webhook`` when one is given.
    """
    config = EngineConfig(engine=engine, model=model or default_model(), device=device, threads=threads)
    options = Options(language=language, redact=redact, interviewer=interviewer)
    taxonomy = load_taxonomy(taxonomy_file)
    model_sha256 = check_config(config, language)
    jobs = plan_batch(find_recordings(input_dir), out_dir, config.engine, model_sha256, redact, taxonomy.sha256)
    pending = [job for job in jobs if job.action == "process"]
    emit(
        BatchStarted(len(jobs), len(pending), sum(job.duration for job in pending)),
        f"{len(jobs)} recordings found, {len(pending)} to process",
    )
    outcomes = []
    for job in jobs:
        if job.action == "process":
            outcome = process_recording(job, out_dir, config, options, taxonomy)
        elif job.action == "retag" and job.existing is not None:
            outcome = retag(out_dir, job.existing, taxonomy, job.path.name)
        else:
            clear_failure(out_dir, job.path.name)
            reason = f"same recording as {job.existing.name}" if job.action == "duplicate" and job.existing else ""
            outcome = Outcome(
                job.path.name, "skipped" if job.action == "skip" else "duplicate", job.recording_id, reason
            )
        emit(FileFinished(outcome), f"{outcome.file}: {outcome.status}")
        outcomes.append(outcome)
    locations = {job.existing.parent.name: job.path for job in jobs if job.action in ("retag", "skip") and job.existing}
    locations |= {
        o.recording_id: job.path for job, o in zip(jobs, outcomes, strict=True) if o.status in ("done", "partial")
    }
    try:
        publish(out_dir, locations, copy_audio)
    except Exception:  # noqa: BLE001 - the interviews are written; a broken report must not hide them
        log.exception("the interviews are written, but updating the index, report or site failed")
    if notify_webhook:
        notify(notify_webhook, out_dir, outcomes)
    return outcomes
