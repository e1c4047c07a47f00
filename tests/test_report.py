"""The cross-interview report on the labelled interviews, checked against the files it summarises.

Every number a PM reads is recomputed here from the interviews' own insights.json or from
the index, never taken from the report itself. Reports are written into copies of the
shared output, which other tests read.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering

from pipeline.artifacts import load_transcript
from pipeline.index import connect, sync_index
from pipeline.quotes import is_verbatim
from pipeline.records import Quote, Transcript
from pipeline.report import HISTORY_DIR, THEME_DISTANCE, build_report, write_report

KINDS = ("pain", "request")
WITHOUT_REPORTS = shutil.ignore_patterns("report.*", HISTORY_DIR)


@pytest.fixture(scope="module")
def synced(labelled_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the labelled output with its index in line with the folders, and its first report.

    Reports the run may have written are left out of the copy, so this one is the first.
    """
    out = tmp_path_factory.mktemp("report") / "out"
    shutil.copytree(labelled_out, out, ignore=WITHOUT_REPORTS)
    sync_index(out)
    write_report(out)
    return out


@pytest.fixture(scope="module")
def report(synced: Path) -> dict[str, Any]:
    return json.loads((synced / "report.json").read_text())


def copy_of(out: Path, tmp_path: Path, keep_reports: bool = True) -> Path:
    ignore = None if keep_reports else WITHOUT_REPORTS
    return Path(shutil.copytree(out, tmp_path / "out", ignore=ignore))


def insights(out: Path) -> dict[str, dict[str, Any]]:
    """Folder name → insights.json, the files the report must agree with."""
    return {p.parent.name: json.loads(p.read_text()) for p in sorted(out.glob("*/insights.json"))}


def persona_name(data: dict[str, Any]) -> str:
    return "Unknown persona" if data["persona"]["id"] == "unknown" else data["persona"]["name"]


def keep_only(out: Path, folders: set[str]) -> None:
    """Delete every other interview folder and let the index forget them."""
    for name in set(insights(out)) - folders:
        shutil.rmtree(out / name)
    sync_index(out)


def by_persona(out: Path) -> dict[str, list[str]]:
    folders: dict[str, list[str]] = defaultdict(list)
    for folder, data in insights(out).items():
        folders[data["persona"]["id"]].append(folder)
    return folders


def all_quotes(report: dict[str, Any]) -> list[dict[str, Any]]:
    themes = [t for p in report["personas"] for kind in KINDS for t in p[f"{kind}s"]]
    return [q for t in themes for q in t["quotes"] + t["members"]] + [q for j in report["jobs"] for q in j["quotes"]]


def test_report_files_and_first_report(synced: Path, report: dict[str, Any]) -> None:
    history = sorted((synced / HISTORY_DIR).glob("report-*.json"))
    assert len(history) == 1 and json.loads(history[0].read_text()) == report
    assert report["schema"] == 1 and report["interviews"] == len(insights(synced)) == 12
    assert report["changes"] == {
        "since": None,
        "lines": ["This is the first report; there is no previous report to compare with."],
    }
    markdown = (synced / "report.md").read_text()
    for heading in ["## Since the last report", "## Segment balance", "## Jobs across personas"]:
        assert heading in markdown
    for persona in report["personas"]:
        assert f"## {persona['name']} ({persona['interviews']} interview" in markdown
    assert "no previous report" in markdown


def test_persona_and_job_counts_match_the_insights_files(synced: Path, report: dict[str, Any]) -> None:
    assert_counts_match(synced, report)


def assert_counts_match(out: Path, report: dict[str, Any]) -> None:
    """Interviews per persona and per (persona, job), recounted from every insights.json."""
    files = insights(out).values()
    personas = Counter((d["persona"]["id"], persona_name(d)) for d in files)
    held = Counter((d["persona"]["id"], j["id"]) for d in files for j in d["jobs"])
    assert {(p["id"], p["name"]): p["interviews"] for p in report["personas"]} == dict(personas)
    for persona in report["personas"]:
        expected = {job: n for (pid, job), n in held.items() if pid == persona["id"]}
        assert {j["id"]: j["interviews"] for j in persona["jobs"]} == expected
        counts = [j["interviews"] for j in persona["jobs"]]
        assert counts == sorted(counts, reverse=True), "a persona's jobs are best first"
    for job in report["jobs"]:
        expected = {pid: n for (pid, job_id), n in held.items() if job_id == job["id"]}
        assert {p["id"]: p["interviews"] for p in job["personas"]} == expected
        assert job["interviews"] == sum(expected.values())
        assert job["statement"].startswith("I want to ") and 1 <= len(job["quotes"]) <= 3
    assert {j["id"] for j in report["jobs"]} == {job for _, job in held}


def index_clusters(out: Path, kind: str) -> tuple[dict[tuple[str, str, float], int], dict[str, str]]:
    """(recording, text, start) → cluster, recomputed from the stored embeddings; and each recording's persona."""
    with connect(out) as connection:
        persona_of = dict(connection.execute("select recording_id, persona_id from recordings"))
        rows = connection.execute(
            "select recording_id, text, start, embedding from units where kind = ? order by recording_id, start, text",
            (kind,),
        ).fetchall()
    vectors = np.stack([np.frombuffer(r[3], dtype=np.float16).astype(np.float32) for r in rows])
    clustering = AgglomerativeClustering(
        n_clusters=None, distance_threshold=THEME_DISTANCE, metric="cosine", linkage="average"
    )
    labels = clustering.fit_predict(vectors) if len(rows) > 1 else [0] * len(rows)
    return {(r[0], r[1], r[2]): int(label) for r, label in zip(rows, labels, strict=True)}, persona_of


def test_every_theme_counts_the_distinct_interviews_of_its_cluster(synced: Path, report: dict[str, Any]) -> None:
    for kind in KINDS:
        cluster_of, persona_of = index_clusters(synced, kind)
        seen: list[tuple[str, str, float]] = []
        for persona in report["personas"]:
            for theme in persona[f"{kind}s"]:
                members = [(q["recording_id"], q["text"], q["start"]) for q in theme["members"]]
                clusters = {cluster_of[m] for m in members}
                assert len(clusters) == 1, f"{kind} theme {theme['label']!r} spans clusters {clusters}"
                cluster = [u for u, c in cluster_of.items() if c in clusters and persona_of[u[0]] == persona["id"]]
                assert sorted(members) == sorted(cluster)
                assert theme["interviews"] == len({recording for recording, _, _ in cluster})
                assert theme["of"] == persona["interviews"]
                assert theme["label"] == theme["quotes"][0]["text"]
                assert min(2, len(members)) <= len(theme["quotes"]) <= 3
                assert all(q in theme["members"] for q in theme["quotes"])
                seen += members
        assert sorted(seen) == sorted(cluster_of), f"every {kind} belongs to exactly one theme"


def test_every_quote_is_verbatim_in_its_recording(synced: Path, report: dict[str, Any]) -> None:
    transcripts: dict[str, Transcript] = {}
    quotes = all_quotes(report)
    assert quotes
    for quote in quotes:
        recording = quote["recording_id"]
        transcript = transcripts.setdefault(recording, load_transcript(synced / recording / "transcript.json"))
        assert quote["source"] == transcript.source.file
        cited = Quote(quote["text"], quote["start"], quote["end"], quote["speaker"])
        assert is_verbatim(cited, transcript), f"{recording}: not verbatim: {quote}"


def dominates(counts: list[int]) -> bool:
    """The rule in pipeline.report.balance_warning, restated."""
    top, *rest = sorted(counts, reverse=True)
    second = rest[0] if rest else 0
    return top > second and (2 * top >= sum(counts) or top >= 2 * second)


def test_balance_shares_and_the_warning_follow_the_rule(synced: Path, report: dict[str, Any]) -> None:
    balance = report["balance"]
    assert sum(p["interview_share"] for p in balance["personas"]) == pytest.approx(1)
    assert sum(p["minute_share"] for p in balance["personas"]) == pytest.approx(1)
    assert {p["id"]: p["interviews"] for p in balance["personas"]} == {
        p["id"]: p["interviews"] for p in report["personas"]
    }
    minutes = defaultdict(float)
    with connect(synced) as connection:
        for persona_id, seconds in connection.execute("select persona_id, customer_seconds from recordings"):
            minutes[persona_id] += seconds / 60
    for row in balance["personas"]:
        assert row["customer_minutes"] == pytest.approx(minutes[row["id"]], abs=0.02)
    counts = [p["interviews"] for p in balance["personas"]]
    assert (balance["warning"] is not None) == dominates(counts)
    markdown = (synced / "report.md").read_text()
    assert ("**Warning:**" in markdown) == dominates(counts)


def test_one_persona_dominating_gets_a_warning_and_the_removals_are_reported(
    synced: Path, report: dict[str, Any], tmp_path: Path
) -> None:
    out = copy_of(synced, tmp_path)
    folders = by_persona(out)
    big, small = sorted(folders, key=lambda p: (-len(folders[p]), p))[:2]
    kept = set(folders[big]) | {folders[small][0]}
    keep_only(out, kept)
    second = write_report(out).to_json()
    names = {p["id"]: p["name"] for p in report["personas"]}
    n = len(folders[big])
    assert dominates([n, 1])
    assert second["balance"]["warning"].startswith(
        f"{names[big]} voices outnumber {names[small]} {n} to 1 ({n} of {n + 1} interviews"
    )
    assert f"**Warning:** {second['balance']['warning']}" in (out / "report.md").read_text()
    assert second["changes"]["since"] == report["generated_at"]
    removed = 12 - len(kept)
    assert f"{removed} interviews are no longer in the output folder" in second["changes"]["lines"][0]
    assert len(list((out / HISTORY_DIR).glob("report-*.json"))) == 2
    assert "## Since the last report" in (out / "report.md").read_text()


def test_new_interviews_personas_jobs_and_themes_since_the_last_report(
    synced: Path, report: dict[str, Any], tmp_path: Path
) -> None:
    """The earlier report lacks one persona and one more interview; the full corpus then brings them."""
    earlier = copy_of(synced, tmp_path, keep_reports=False)
    folders = by_persona(earlier)
    gone_persona = sorted(folders)[0]
    other = next(p for p in sorted(folders) if p != gone_persona and len(folders[p]) > 1)
    gone = set(folders[gone_persona]) | {folders[other][0]}
    keep_only(earlier, set(insights(earlier)) - gone)
    previous = build_report(earlier).to_json()
    lines = build_report(synced, previous).changes.lines

    names = {p["id"]: p for p in report["personas"]}
    assert lines[0].startswith(f"{len(gone)} new interviews: ")
    new_persona = f"New persona: {names[gone_persona]['name']} ({names[gone_persona]['interviews']} interview"
    assert any(line.startswith(new_persona) for line in lines)
    grown = names[other]
    assert f"{grown['name']}: {grown['interviews']} interviews, up from {grown['interviews'] - 1}." in lines
    new_jobs = {j["id"] for j in report["jobs"]} - {j["id"] for j in previous["jobs"]}
    for job in report["jobs"]:
        assert any(line.startswith("New job") and job["statement"] in line for line in lines) == (job["id"] in new_jobs)
    # A theme is new exactly when every quote in it comes from an interview the earlier report did not have.
    themes = [t for p in report["personas"] for kind in KINDS for t in p[f"{kind}s"]]
    new = [t for t in themes if all(q["recording_id"] in gone for q in t["members"])]
    listed = sum(line.startswith(("New pain", "New request")) for line in lines)
    single = next((int(line.split()[0]) for line in lines if line.endswith("heard in one interview each.")), 0)
    assert listed + single == len(new) > 0


def test_a_theme_heard_in_more_interviews_is_growing_and_nothing_else_changed(
    synced: Path, report: dict[str, Any]
) -> None:
    unchanged = build_report(synced, report)
    assert unchanged.changes.lines == ("Nothing has changed since the last report.",)
    assert {**json.loads(json.dumps(unchanged.to_json())), "generated_at": None, "changes": None} == {
        **report,
        "generated_at": None,
        "changes": None,
    }, "the same corpus gives the same report"
    persona = next(p for p in report["personas"] if p["requests"])
    earlier = copy.deepcopy(report)
    theme = next(p for p in earlier["personas"] if p["id"] == persona["id"])["requests"][0]
    theme["interviews"] -= 1
    growing = f"Growing request from {persona['name']}: “{persona['requests'][0]['label']}”"
    assert any(line.startswith(growing) for line in build_report(synced, earlier).changes.lines)


def test_interviews_without_a_persona_are_their_own_group(synced: Path, tmp_path: Path) -> None:
    out = copy_of(synced, tmp_path, keep_reports=False)
    tagged = {path: json.loads(path.read_text()) for path in sorted(out.glob("*/insights.json"))}
    unknown = sum(data["persona"]["id"] == "unknown" for data in tagged.values())
    path, data = next((p, d) for p, d in tagged.items() if d["persona"]["id"] != "unknown")
    data["persona"] = {"id": "unknown", "name": "Unknown persona", "score": 0.1, "evidence": []}
    path.write_text(json.dumps(data))
    sync_index(out)
    report = build_report(out).to_json()
    assert report["personas"][-1]["id"] == "unknown" and report["personas"][-1]["name"] == "Unknown persona"
    assert report["personas"][-1]["interviews"] == unknown + 1
    assert report["balance"]["personas"][-1]["interview_share"] == pytest.approx((unknown + 1) / len(tagged))
    assert_counts_match(out, json.loads(json.dumps(report)))
