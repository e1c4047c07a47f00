"""`--notify-webhook` posts a Slack-compatible digest to a real local HTTP server."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.notify import post
from tests.conftest import FAST, interviews


@pytest.fixture()
def webhook() -> Iterator[tuple[str, list[dict]]]:
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "type": self.headers["Content-Type"], "json": json.loads(body)})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/interviews", received
    server.shutdown()
    server.server_close()


def test_a_batch_posts_one_digest_and_a_quiet_rerun_posts_none(
    webhook: tuple[str, list[dict]], clips: list[Path], tmp_path: Path
) -> None:
    url, received = webhook
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(clips[2], inbox)
    (inbox / "notes.mp3").write_text("not audio\n")

    first = interviews("run", str(inbox), "--out", str(out), "--notify-webhook", url, *FAST)
    assert first.returncode == 1, first.stdout + first.stderr  # notes.mp3 failed
    assert len(received) == 1
    post = received[0]
    assert post["path"] == "/hooks/interviews" and post["type"] == "application/json"
    payload = post["json"]
    insights = json.loads(next(out.glob("*/insights.json")).read_text())
    assert payload["text"].startswith("1 new interview, 1 failed")
    section = payload["blocks"][1]["text"]["text"]
    assert clips[2].name in section and insights["persona"]["name"] in section
    assert insights["highlights"][0]["text"] in section
    assert "notes.mp3 failed" in section

    (inbox / "notes.mp3").unlink()
    again = interviews("run", str(inbox), "--out", str(out), "--notify-webhook", url, *FAST)
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(received) == 1


def test_an_unreachable_webhook_is_a_warning_not_an_error(caplog: pytest.LogCaptureFixture) -> None:
    assert post("http://127.0.0.1:9/nothing", {"text": "hello"}) is False
    assert "could not post the batch digest" in caplog.text
