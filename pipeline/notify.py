"""A short digest of each batch, posted to a chat webhook so the team hears about new interviews.

The payload is Slack's incoming-webhook format (``text`` plus ``blocks``), which Slack,
Mattermost, Rocket.Chat and most chat tools accept. A webhook that is down must not fail
a batch whose outputs are already written, so delivery problems are logged, not raised.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

from pipeline.artifacts import clock
from pipeline.index import connect
from pipeline.records import Outcome

log = logging.getLogger(__name__)
NEW = ("done", "partial")
TIMEOUT_S = 10


def digest(out_dir: Path, outcomes: list[Outcome]) -> dict[str, object] | None:
    """What this batch added: each new interview's persona and its most telling quote.

    None when the batch added nothing and nothing failed: a digest a day of "nothing new"
    teaches people to ignore the channel.
    """
    new = [o for o in outcomes if o.status in NEW and o.recording_id]
    failed = [o for o in outcomes if o.status == "failed"]
    if not new and not failed:
        return None
    lines = []
    with connect(out_dir) as connection:
        for outcome in new:
            persona = connection.execute(
                "select persona_name from recordings where recording_id = ?", (outcome.recording_id,)
            ).fetchone()
            quote = connection.execute(
                "select text, start from units where recording_id = ? and kind = 'highlight' order by unit_id limit 1",
                (outcome.recording_id,),
            ).fetchone()
            line = f"• *{outcome.file}*: {persona[0] if persona else 'not indexed'}"
            lines.append(line + (f" — “{quote[0]}” [{clock(quote[1])}]" if quote else ""))
    lines += [f"• {o.file} failed: {o.reason}" for o in failed]
    title = f"{len(new)} new interview{'s' * (len(new) != 1)}" + (f", {len(failed)} failed" if failed else "")
    body = "\n".join(lines)
    return {
        "text": f"{title} in {out_dir.name}\n{body}",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": title}},
            {"type": "section", "text": {"type": "mrkdwn", "text": body}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Outputs in `{out_dir}`"}]},
        ],
    }


def post(url: str, payload: dict[str, object]) -> bool:
    """POST the payload as JSON; True when the webhook answered 2xx."""
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310 - the user's own URL
            return 200 <= response.status < 300
    except (urllib.error.URLError, OSError, ValueError) as error:
        log.warning("could not post the batch digest to the webhook: %s", error)
        return False
