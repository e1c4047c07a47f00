"""After a batch: refresh the cross-interview report and site, tell the team.

Each interview is indexed as it is written (``write_interview``), so a search during a
long batch already finds the first interviews. The report and the site summarise the
whole corpus, so they are refreshed once per batch, not per file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.notify import digest, post
from pipeline.records import Outcome
from pipeline.refresh import refresh

log = logging.getLogger(__name__)


@task(cache_policy=NO_CACHE)
def publish(out_dir: Path, locations: dict[str, Path], copy_audio: bool = False, changed: bool = True) -> Path | None:
    return refresh(out_dir, locations, copy_audio, changed)


@task(cache_policy=NO_CACHE)
def notify(url: str, out_dir: Path, outcomes: list[Outcome]) -> None:
    payload = digest(out_dir, outcomes)
    if payload is not None and post(url, payload):
        log.info("posted the batch digest to the webhook")
