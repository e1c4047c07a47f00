"""Persona and job tagging on a labelled set of interviews, through the real pipeline.

`tests/data/labelled/` holds synthetic interviews with known personas and main jobs;
several have interviewers whose questions name another persona's concerns, so a tagger
that listens to the interviewer gets them wrong.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.artifacts import load_transcript, summary_markdown
from pipeline.embeddings import embed
from pipeline.insights import CHAT_EMBEDDING_WEIGHT, extract_insights
from pipeline.quotes import is_verbatim
from pipeline.records import Insights, Quote
from pipeline.taxonomy import DEFAULT_TAXONOMY, load_taxonomy, parse_taxonomy
from tests.conftest import LABELLED

LABELS: dict[str, dict] = json.loads((LABELLED / "labels.json").read_text())
JTBD = re.compile(r"^When .+, I want to .+, so I can .+\.$")


def results(out: Path) -> dict[str, tuple[dict, Insights]]:
    """File name → (insights.json as written, the Insights record) for every interview."""
    found = {}
    for path in sorted(out.glob("*/insights.json")):
        data = json.loads(path.read_text())
        transcript = load_transcript(path.parent / "transcript.json")
        found[data["source"]] = (data, Insights.from_json(data, transcript.source))
    return found


def interview_folder(out: Path, stem: str) -> Path:
    """The output folder of one labelled interview (folders are named stem-hash)."""
    return next(p.parent for p in out.glob("*/insights.json") if stem in p.parent.name)


def test_every_interview_is_tagged(labelled_out: Path) -> None:
    assert sorted(results(labelled_out)) == sorted(LABELS)


def test_persona_top1_accuracy(labelled_out: Path) -> None:
    got = {name: data["persona"]["id"] for name, (data, _) in results(labelled_out).items()}
    wrong = {
        name: (LABELS[name]["persona"], persona) for name, persona in got.items() if persona != LABELS[name]["persona"]
    }
    correct = len(LABELS) - len(wrong)
    assert correct / len(LABELS) >= 7 / 8, f"persona top-1 {correct}/{len(LABELS)}; wrong (expected, got): {wrong}"


def test_job_top1_accuracy(labelled_out: Path) -> None:
    """Regression guard, below the 7-of-8 target, which the offline method does not reach yet.

    Measured on 2026-11-25 (job scores relative to the other jobs): the top job was the
    main job for 10 of 12 interviews and one of the interview's labelled jobs for 12 of 12
    (README, "How tagging works, and how well"); the held-out set scores lower.
    """
    got = {name: (data["jobs"][0]["id"] if data["jobs"] else None) for name, (data, _) in results(labelled_out).items()}
    main = sum(job == LABELS[name]["jobs"][0] for name, job in got.items())
    labelled = sum(job in LABELS[name]["jobs"] for name, job in got.items())
    assert main >= 3 * len(LABELS) // 4, f"top job = main job for {main}/{len(LABELS)}: {got}"
    assert labelled >= len(LABELS) - 1, f"top job among labelled jobs for {labelled}/{len(LABELS)}: {got}"


def test_a_chat_ranking_is_weighed_together_with_the_embeddings(labelled_out: Path) -> None:
    """With --tagger llm the chat model's scores are added to the embeddings': a chat lead smaller
    than the embeddings' weighted gap leaves the embeddings' choice first, a larger one overturns it."""
    folder = interview_folder(labelled_out, "interview-01")
    transcript = load_transcript(folder / "transcript.json")
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    alone = extract_insights(transcript, taxonomy)
    first, runner_up = alone.personas[0], alone.personas[1]
    gap = CHAT_EMBEDDING_WEIGHT * (first.score - runner_up.score)

    def favouring(tag_id: str, lead: float) -> Callable[[str], dict[str, float]]:
        return lambda _text: {t.id: lead if t.id == tag_id else 0.0 for t in (*taxonomy.personas, *taxonomy.jobs)}

    for lead, winner in ((0.5 * gap, first.id), (1.5 * gap, runner_up.id)):
        assert extract_insights(transcript, taxonomy, persona_scorer=favouring(runner_up.id, lead)).persona.id == winner
    top_job = alone.jobs[0]
    no_lead = extract_insights(transcript, taxonomy, job_scorer=favouring(top_job.id, 0.0))
    assert no_lead.jobs[0].id == top_job.id
    assert no_lead.jobs[0].score == pytest.approx(CHAT_EMBEDDING_WEIGHT * top_job.score, abs=1e-3)
    other = next(j.id for j in taxonomy.jobs if j.id != top_job.id)
    assert extract_insights(transcript, taxonomy, job_scorer=favouring(other, 10.0)).jobs[0].id == other


SELF_DESCRIPTION = re.compile(r"^(?:I am|I'm|I run|I manage|I head|I look after|I own)\b")


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def test_persona_evidence_has_what_the_customer_says_they_are(labelled_out: Path) -> None:
    """A PM checks a persona against the customer's own "I run the finance office at …"."""
    checked = 0
    for name, (data, _) in results(labelled_out).items():
        turns = json.loads((LABELLED / f"{Path(name).stem}.turns.json").read_text())
        said = [
            words(sentence)
            for turn in turns
            if turn["speaker"] == "customer"
            for sentence in re.split(r"(?<=[.!?])\s+", turn["text"])
            if SELF_DESCRIPTION.match(sentence)
        ]
        if not said or not data["persona"]["evidence"]:
            continue
        evidence = [words(quote["text"]) for quote in data["persona"]["evidence"]]
        overlap = max(len(quote & sentence) / len(sentence) for quote in evidence for sentence in said)
        assert overlap >= 0.6, f"{name}: persona evidence {data['persona']['evidence']}"
        checked += 1
    assert checked >= 8, f"only {checked} labelled interviews have a self-description to check"


NO_FIT = """
personas:
  - id: astronaut
    name: Astronaut
    description: Flies to the space station and trains for months in a centrifuge.
jobs:
  - id: dock
    statement: Dock the capsule with the space station, so I can start the experiments on board.
"""


def test_a_customer_no_persona_fits_is_unknown_with_what_they_said_about_themselves(labelled_out: Path) -> None:
    """The quotes a PM needs to decide whether the taxonomy lacks a persona."""
    folder = interview_folder(labelled_out, "interview-12")
    transcript = load_transcript(folder / "transcript.json")
    insights = extract_insights(transcript, parse_taxonomy(NO_FIT))
    assert insights.persona.id == "unknown", insights.persona
    assert insights.persona.evidence and all(is_verbatim(q, transcript) for q in insights.persona.evidence)
    assert any("finance office" in q.text for q in insights.persona.evidence), insights.persona.evidence
    page = summary_markdown(insights, transcript)
    assert "The customer's words it was judged on:" in page and "finance office" in page


def test_every_quote_is_verbatim_and_from_a_customer(labelled_out: Path) -> None:
    for path in labelled_out.glob("*/insights.json"):
        transcript = load_transcript(path.parent / "transcript.json")
        customers = {s.id for s in transcript.speakers if s.role == "customer"}
        _, insights = results(labelled_out)[json.loads(path.read_text())["source"]]
        quotes: list[Quote] = insights.quotes()
        assert quotes, f"{path.parent.name}: no quotes at all"
        for quote in quotes:
            assert is_verbatim(quote, transcript), f"{path.parent.name}: not verbatim: {quote}"
            assert quote.speaker in customers, f"{path.parent.name}: quote from a non-customer: {quote}"


def test_insights_json_shape_and_statements(labelled_out: Path) -> None:
    for data, _ in results(labelled_out).values():
        assert data["schema"] == 1 and data["source"] in LABELS
        assert {"id", "name", "score", "evidence"} <= set(data["persona"])
        assert 1 <= len(data["persona"]["evidence"]) <= 3
        assert [p["score"] for p in data["personas"]] == sorted((p["score"] for p in data["personas"]), reverse=True)
        assert data["jobs"], f"{data['source']}: no job"
        for job in data["jobs"]:
            assert JTBD.match(job["statement"]), job["statement"]
            assert job["evidence"]
        assert 3 <= len(data["highlights"]) <= 7
        assert 3 <= len(re.findall(r"[.!?](?:\s|$)", data["summary"])) <= 6
        assert data["provenance"]["taxonomy_sha256"] and data["provenance"]["transcript_sha256"]


def test_summary_page_reads_like_a_page(labelled_out: Path) -> None:
    page = next(labelled_out.glob("*/summary.md")).read_text()
    assert page.startswith("# ")
    for heading in ("## Who", "## Jobs to be done", "## Pains", "## Requests", "## Highlights"):
        assert heading in page
    assert re.search(r"- \[\d\d:\d\d\] “.+”", page)


def test_verbose_logging_shows_no_embedding_progress_bars(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """`interviews -v` logs at INFO; the embedding model must not add a progress bar per call."""
    caplog.set_level(logging.INFO)
    embed(["We pay for far more tools than we use."])
    assert "Batches" not in capfd.readouterr().err
