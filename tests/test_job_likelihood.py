"""`--tagger llm`: the local chat model ranks the jobs to be done, on the labelled set's real transcripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.artifacts import load_transcript
from pipeline.chat_model import ChatModel, load_chat_model, resolve_chat_model
from pipeline.job_likelihood import job_scores
from pipeline.model_store import load_chat_manifest, missing_parts
from pipeline.quotes import customer_statements
from pipeline.taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from tests.conftest import LABELLED

LABELS: dict[str, dict] = json.loads((LABELLED / "labels.json").read_text())
TAXONOMY = load_taxonomy(DEFAULT_TAXONOMY)
pytestmark = pytest.mark.skipif(
    bool(missing_parts(next(iter(load_chat_manifest()[1].values())))),
    reason="the chat model is installed by: pip install -e '.[llm]'",
)


@pytest.fixture(scope="module")
def chat() -> ChatModel:
    return load_chat_model(resolve_chat_model(None), "cpu")


def test_the_chat_model_finds_the_main_job(labelled_out: Path, chat: ChatModel) -> None:
    """Measured on 2026-11-25: the main job for 10 of the 12 labelled interviews (README)."""
    top = {}
    for path in sorted(labelled_out.glob("*/transcript.json")):
        transcript = load_transcript(path)
        scores = job_scores(chat, " ".join(q.text for q in customer_statements(transcript)), TAXONOMY)
        assert sorted(scores) == sorted(job.id for job in TAXONOMY.jobs)
        top[transcript.source.file] = max(scores, key=scores.__getitem__)
    main = sum(top[name] == labels["jobs"][0] for name, labels in LABELS.items())
    assert main >= 10, f"top job = main job for {main}/{len(LABELS)}: {top}"
    assert len(set(top.values())) >= 5, f"one answer for every interview is not reading them: {top}"


def test_an_interview_without_customer_words_makes_no_job_more_likely(chat: ChatModel) -> None:
    assert set(job_scores(chat, "", TAXONOMY).values()) == {0.0}
