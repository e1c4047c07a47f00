"""Prefect flows: recipes that call pipeline stages, adding retries, logging and schedules.

Prefect's defaults assume a networked server; ours runs offline on a laptop, so the
telemetry service that phones home is off unless the user turns it back on.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
