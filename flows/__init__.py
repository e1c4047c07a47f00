"""Prefect flows: recipes that call pipeline stages, adding retries, logging and schedules.

Prefect's defaults assume a networked server on a quiet machine; ours runs offline on
laptops that are busy transcribing. So the telemetry service that phones home is off,
and the temporary local server gets 90 s to start instead of 20 (two runs starting at
once on 2 busy cores took longer than 20 s); users can still set either themselves.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
