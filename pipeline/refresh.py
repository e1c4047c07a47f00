"""Bring an output folder's index, cross-interview report and site up to date, one run at a time.

Batches, re-tags and the `report` and `site` commands all end here, so every way of
changing the corpus leaves the same index, report and site behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.claims import CORPUS, claim, sweep_temporaries
from pipeline.index import sync_index
from pipeline.report import write_report
from pipeline.site import SITE_DIR, build_site

log = logging.getLogger(__name__)
REFRESH_WAIT_S = 300.0


def refresh(out_dir: Path, locations: dict[str, Path], copy_audio: bool = False, changed: bool = True) -> Path | None:
    """Index what changed, drop what was removed, then rebuild report and site; returns the site.

    Runs sharing an output folder take turns; one that waits too long leaves the refresh
    to the run that holds the claim, which sees the same folders. ``changed`` says whether
    the caller wrote any interview (a batch indexes them as they finish).
    """
    with claim(out_dir, CORPUS, "index, report and site", wait_s=REFRESH_WAIT_S) as held:
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
