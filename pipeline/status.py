"""What an output folder holds: done, in progress, waiting and failed recordings.

Answers "did last night's uploads go through?" without opening Prefect: done is what has
insights, in progress is what some run holds a claim on, pending is what a run would
process now (asked of the inbox with the last run's settings), failed is what has a
failure record, with its reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.artifacts import FAILED_DIR
from pipeline.batch import Currency, plan_batch
from pipeline.chat_ranking import tagger_key
from pipeline.claims import in_progress
from pipeline.inputs import find_recordings
from pipeline.llm_writing import chat_model_for, summarizer_key
from pipeline.model_store import default_model
from pipeline.taxonomy import load_taxonomy
from pipeline.transcribe import EngineConfig, check_config

Row = tuple[Any, ...]


def folder_status(out_dir: Path, inbox: Path | None, settings: dict[str, Any] | None) -> dict[str, list[Row]]:
    """``settings`` (the last run's) are needed only with an inbox, to tell what a run would redo."""
    done = [(p.parent.name,) for p in sorted(out_dir.glob("*/insights.json"))]
    running = [(c["what"], f"pid {c['pid']} on {c['host']}", c["since"]) for c in in_progress(out_dir)]
    failed = [
        (r["source"], r["stage"], r["reason"], r.get("attempts", 1), r.get("time", ""))
        for r in failure_records(out_dir)
    ]
    pending: list[Row] = []
    if inbox is not None and settings is not None:
        config = EngineConfig(settings["engine"], settings["model"] or default_model(), settings["device"])
        taxonomy = load_taxonomy(settings["taxonomy_file"])
        llm_model = settings.get("llm_model")
        summarizer = summarizer_key(chat_model_for(settings.get("summarizer", "extractive"), llm_model))
        tagger = tagger_key(chat_model_for(settings.get("tagger", "embeddings"), llm_model))
        model_sha256 = check_config(config, settings["language"])
        currency = Currency(config.engine, model_sha256, settings["redact"], taxonomy.sha256, summarizer, tagger)
        why = {"process": "new or changed", "retag": "the taxonomy, the summarizer or the tagger changed"}
        pending = [
            (job.path.name, why[job.action])
            for job in plan_batch(find_recordings(inbox), out_dir, currency)
            if job.action in why
        ]
    return {"done": done, "in progress": running, "pending": pending, "failed": failed}


def failure_records(out_dir: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted((out_dir / FAILED_DIR).glob("*.json")):
        try:
            records.append(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue
    return records


def failed_recordings(out_dir: Path) -> tuple[list[Path], list[str]]:
    """(paths of failed recordings still on disk, names of those that are gone)."""
    found, missing = [], []
    for record in failure_records(out_dir):
        path = Path(record.get("path") or "")
        if record.get("path") and path.is_file():
            found.append(path)
        else:
            missing.append(record["source"])
    return found, missing
