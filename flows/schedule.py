"""Scheduled batches: the same ``process_folder`` flow, run by a Prefect server on a cron or interval.

Two ways, both needing a Prefect server (``prefect server start``) that the API URL
points at, because the server is what keeps the schedule and the run history:

- ``serve``: this process registers the deployment and runs its scheduled runs itself.
  One command, nothing else to start; the machine running it does the work.
- ``register``: the deployment goes to a work pool, and any number of ``prefect worker``
  processes, on this machine or others, pick up its runs. That is how to scale out; each
  worker process loads the models once and claims recordings, so workers sharing an
  output folder never process the same recording twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.settings import PREFECT_API_URL

from flows.process import process_folder

PROJECT = Path(__file__).resolve().parents[1]
ENTRYPOINT = "flows/process.py:process_folder"
# A served batch that comes due while the last one is still running is cancelled, not
# queued or run alongside: both would read the same folder on the same machine, and a
# short interval would otherwise stack up runs that each load Whisper.
ONE_BATCH_AT_A_TIME = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


class NoServer(RuntimeError):
    """Schedules need a Prefect server; the message says how to start one."""


def serve(name: str, parameters: dict[str, Any], cron: str | None, interval: int | None) -> None:
    """Register the deployment and run its scheduled runs in this process until it is stopped."""
    _require_server()
    process_folder.serve(
        name=name,
        parameters=parameters,
        cron=cron,
        interval=interval,
        global_limit=ONE_BATCH_AT_A_TIME,
        print_starting_message=False,
    )


def register(name: str, pool: str, parameters: dict[str, Any], cron: str | None, interval: int | None) -> None:
    """Register the deployment with a work pool; workers started with ``--pool`` run it."""
    _require_server()
    flow = process_folder.from_source(source=str(PROJECT), entrypoint=ENTRYPOINT)
    # `Flow.deploy` would also count the pool's online workers, a call the 3.8.8 client
    # sends in a form this server rejects (limit: null); `apply` registers the same deployment.
    deployment = flow.to_deployment(name=name, parameters=parameters, cron=cron, interval=interval)
    deployment.apply(work_pool_name=pool)


def _require_server() -> None:
    if not PREFECT_API_URL.value():
        raise NoServer(
            "schedules need a Prefect server: start one with `prefect server start` (in another terminal), then "
            "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`, and run this again"
        )
