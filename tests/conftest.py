"""Shared fixtures: real recordings, real weights, one model load per test session."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SPEECH = REPO.parent / "shared" / "speech"
LABELLED = REPO / "tests" / "data" / "labelled"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".m4a", ".mp3", ".ogg"})

# Test workers share the cores. Without this, torch in each worker, and in every `interviews`
# command a worker starts, runs a thread per core, and threads wait on each other. MKL's variable,
# not OMP's: torch follows it, while the engine and numpy keep their threads, so transcripts are
# byte for byte those of a single run (OMP_NUM_THREADS changes numpy's sums and so the words).
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
if _WORKERS > 1:
    os.environ.setdefault("MKL_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // _WORKERS)))


# Session fixtures that run the pipeline over a whole folder; with two test workers, every
# test that reads one goes to the same worker, so each folder is processed once per session.
SHARED_RUNS = ("labelled_out", "samples_out")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist turns groups into scheduling units
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture in SHARED_RUNS:
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(fixture))


@pytest.fixture(scope="session", autouse=True)
def isolated_prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each session gets its own Prefect database and server, so runs never see each other's state.

    One server for the session instead of Prefect's temporary one per command saves about
    9 s per `interviews` run; tests that count runs per process use their own homes.
    """
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    with prefect_server(home) as api:
        os.environ["PREFECT_API_URL"] = api
        yield
    del os.environ["PREFECT_API_URL"]


@contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    """`prefect server start` on a free local port with its database in ``home``; yields the API URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    api = f"http://127.0.0.1:{port}/api"
    log = home / "server.log"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api}
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [executable("prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for(lambda: _healthy(api), 120, f"the Prefect server ({log})")
        yield api
    finally:
        server.terminate()
        server.wait(timeout=60)


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def speech() -> Path:
    if not SPEECH.is_dir():
        pytest.fail(f"recorded speech for tests is missing: expected {SPEECH}")
    return SPEECH


def stm_text(path: Path) -> str:
    """The reference words of an STM file (speaker/time columns dropped)."""
    lines = [line.split(maxsplit=5) for line in path.read_text().splitlines() if line and not line.startswith(";;")]
    return " ".join(fields[5] for fields in lines if len(fields) == 6)


def ffmpeg(*args: str) -> None:
    from pipeline.audio import ffmpeg_exe

    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args], check=True)


def flow_runs(prefect_home: Path) -> list[tuple[str, str]]:
    """(flow name, final state) of every flow run in a Prefect home's database."""
    with sqlite3.connect(prefect_home / "prefect.db") as connection:
        return connection.execute(
            "select f.name, r.state_type from flow_run r join flow f on r.flow_id = f.id order by r.created"
        ).fetchall()


def task_runs(prefect_home: Path) -> list[tuple[str, str]]:
    """(task function, final state) of every task run in a Prefect home's database."""
    with sqlite3.connect(prefect_home / "prefect.db") as connection:
        rows = connection.execute("select task_key, state_type from task_run order by created").fetchall()
    return [(key.rsplit("-", 1)[0], state) for key, state in rows]


def executable(name: str) -> str:
    """A console script of this environment (`interviews`, `prefect`), as a user would run it."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def interviews(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run the installed console script, as a user would."""
    return subprocess.run(
        [executable("interviews"), *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}
    )


@pytest.fixture(scope="session")
def labelled_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The labelled set (12 interviews, 4 personas) through `interviews run`, once per session.

    Two workers, as a team with a backlog would run it: 1.8 times as fast on 2 cores.

    Read-only for tests: index, report and site tests all look at this one corpus.
    """
    out = tmp_path_factory.mktemp("labelled-out")
    result = interviews("run", str(LABELLED), "--out", str(out), "--workers", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


FAST = ("--model", "tiny.en")


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three 15-second interview clips, one per sample (and format)."""
    folder = tmp_path_factory.mktemp("clips")
    made = []
    for sample in SAMPLE_FILES:
        clip = folder / f"clip-{sample.stem}{sample.suffix}"
        ffmpeg("-i", str(sample), "-t", "15", *(["-c", "copy"] if sample.suffix != ".m4a" else []), str(clip))
        made.append(clip)
    return made


def command(*args: str) -> list[str]:
    return [executable("interviews"), *args]


def environment(home: Path, api: str = "") -> dict[str, str]:
    """A command with its own Prefect home (and temporary server unless ``api``), so its runs are its own."""
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api, "COLUMNS": "200"}
    if not api:
        del env["PREFECT_API_URL"]  # unset, not empty: empty is not "no server" to every part of Prefect
    return env


def start(*args: str, home: Path, log: Path, api: str = "") -> subprocess.Popen[bytes]:
    """The command in its own session, so a signal reaches it and the Prefect server it starts."""
    with log.open("wb") as sink:
        return subprocess.Popen(
            command(*args),
            cwd=REPO,
            env=environment(home, api),
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)
