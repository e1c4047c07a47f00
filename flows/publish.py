"""After interviews are written: index them, refresh the cross-interview report and site, tell the team.

Indexing one interview is its own task, run as each recording finishes, so a search
during a long batch already finds the first interviews. The report and the site
summarise the whole corpus, so they are refreshed once per batch, not per file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.claims import CORPUS, claim, sweep_temporaries
from pipeline.index import index_recording, sync_index
from pipeline.notify import digest, post
from pipeline.records import Outcome
from pipeline.report import write_report
from pipeline.site import SITE_DIR, build_site

log = logging.getLogger(__name__)
PUBLISH_WAIT_S = 300.0


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def index_interview(out_dir: Path, folder: Path, recording: Path | None) -> bool:
    return index_recording(out_dir, folder, recording)


@task(cache_policy=NO_CACHE)
def publish(out_dir: Path, locations: dict[str, Path], copy_audio: bool = False, changed: bool = True) -> Path | None:
    """Index what changed, drop what was removed, then rebuild report and site; returns the site.

    Batches sharing an output folder take turns; one that waits too long leaves the
    refresh to the batch that holds the claim, which sees the same folders. ``changed``
    says whether the batch wrote any interview (it indexed them as they finished).
    """
    with claim(out_dir, CORPUS, "index, report and site", wait_s=PUBLISH_WAIT_S) as held:
        if not held:
            log.warning("another run is refreshing the report and site of %s; leaving it to that run", out_dir)
            return None
        for folder in (out_dir, out_dir / "reports", out_dir / SITE_DIR):
            sweep_temporaries(folder, recursive=folder.name == SITE_DIR)
        updated, pruned = sync_index(out_dir, locations)
        log.info("index: %d interviews updated, %d removed", updated, len(pruned))
        site = out_dir / SITE_DIR / "index.html"
        current = site.is_file() and (out_dir / "report.json").is_file()
        if not (changed or updated or pruned or copy_audio) and current:
            return site  # an hourly run that found nothing new adds no report to the history
        write_report(out_dir)
        return build_site(out_dir, copy_audio)


@task(cache_policy=NO_CACHE)
def notify(url: str, out_dir: Path, outcomes: list[Outcome]) -> None:
    payload = digest(out_dir, outcomes)
    if payload is not None and post(url, payload):
        log.info("posted the batch digest to the webhook")
