"""Scheduled batches on a real Prefect server: a served deployment, and a work pool with a worker."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FAST, command, environment, executable, prefect_server, start, wait_for


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A Prefect server of this module's own, so deployments and work pools start empty."""
    home = tmp_path_factory.mktemp("prefect-server")
    with prefect_server(home) as api:
        yield api, home


def runs(api: str, deployment: str, state: str) -> list[dict]:
    """Flow runs of the named deployment in a state (e.g. ``COMPLETED``), from the server's REST API."""
    request = urllib.request.Request(
        f"{api}/flow_runs/filter",
        data=json.dumps(
            {"flow_runs": {"state": {"type": {"any_": [state]}}}, "deployments": {"name": {"any_": [deployment]}}}
        ).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def client(api: str, home: Path, *args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    prefect = executable("prefect")
    env = environment(home, api)
    return subprocess.run([str(prefect), *args], env=env, capture_output=True, text=True, cwd=tmp, timeout=300)


def test_a_served_schedule_runs_the_batch(server: tuple[str, Path], clips: list[Path], tmp_path: Path) -> None:
    api, _ = server
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(clips[0], inbox)
    served = start(
        "deploy", str(inbox), "--out", str(out), "--interval", "5", "--name", "every-5s", *FAST,
        home=tmp_path / "home", log=tmp_path / "log", api=api,
    )  # fmt: skip
    try:
        wait_for(lambda: bool(runs(api, "every-5s", "COMPLETED")), 300, "a scheduled run to complete")
    finally:
        served.terminate()
        served.wait(timeout=180)
    assert [p.parent.name for p in out.glob("*/insights.json")], (tmp_path / "log").read_text()
    # The first batch takes longer than 5 s, so runs came due while it worked: they were cancelled, not stacked.
    assert runs(api, "every-5s", "CANCELLED"), (tmp_path / "log").read_text()
    assert (out / "report.md").is_file() and (out / "site" / "index.html").is_file()


def test_a_work_pool_worker_runs_the_deployment(server: tuple[str, Path], clips: list[Path], tmp_path: Path) -> None:
    api, _ = server
    home = tmp_path / "home"
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(clips[1], inbox)
    created = client(api, home, "work-pool", "create", "interviews-test", "--type", "process", tmp=tmp_path)
    assert created.returncode == 0, created.stdout + created.stderr
    registered = subprocess.run(
        command("deploy", str(inbox), "--out", str(out), "--cron", "0 3 * * *", "--name", "nightly",
                "--pool", "interviews-test", *FAST),
        env=environment(home, api), capture_output=True, text=True,
    )  # fmt: skip
    assert registered.returncode == 0, registered.stdout + registered.stderr
    assert "prefect worker start --pool interviews-test" in registered.stdout

    triggered = client(api, home, "deployment", "run", "process-folder/nightly", tmp=tmp_path)
    assert triggered.returncode == 0, triggered.stdout + triggered.stderr
    worker = client(
        api, home, "worker", "start", "--pool", "interviews-test", "--run-once", "--limit", "1", tmp=tmp_path
    )
    assert worker.returncode == 0, worker.stdout + worker.stderr
    assert runs(api, "nightly", "COMPLETED"), worker.stdout + worker.stderr
    assert [p.parent.name for p in out.glob("*/insights.json")]


def test_schedules_without_a_server_explain_what_to_start(tmp_path: Path) -> None:
    result = subprocess.run(
        command("deploy", str(tmp_path), "--out", str(tmp_path / "out"), "--interval", "60"),
        env=environment(tmp_path / "home"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "prefect server start" in result.stdout + result.stderr
