"""The corpus index and search, on the labelled interviews as `interviews run` indexed them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.artifacts import load_transcript
from pipeline.hashing import file_sha256
from pipeline.index import connect, index_path, units_of
from pipeline.records import Insights
from pipeline.search import Corpus, Filters, SearchError
from tests.conftest import FAST, LABELLED, interviews


@pytest.fixture(scope="module")
def corpus(labelled_out: Path) -> Corpus:
    return Corpus(labelled_out)


def rows(out: Path, sql: str, *params: object) -> list[tuple]:
    with connect(out) as connection:
        return connection.execute(sql, params).fetchall()


def customer_segments(out: Path) -> list[tuple[str, float, float, str]]:
    """(recording id, start, end, text) of every customer segment of six words or more."""
    found = []
    for path in sorted(out.glob("*/transcript.json")):
        transcript = load_transcript(path)
        customers = {s.id for s in transcript.speakers if s.role == "customer"}
        found += [
            (path.parent.name, s.start, s.end, s.text.strip())
            for s in transcript.segments
            if s.speaker in customers and len(s.text.split()) >= 6
        ]
    return found


def test_the_run_indexes_every_interview_with_its_recording(labelled_out: Path) -> None:
    indexed = dict(rows(labelled_out, "select recording_id, path from recordings"))
    assert sorted(indexed) == sorted(p.parent.name for p in labelled_out.glob("*/insights.json"))
    by_hash = {file_sha256(p): p.resolve() for p in LABELLED.iterdir() if p.suffix in {".ogg", ".mp3", ".m4a"}}
    for recording_id, sha256 in rows(labelled_out, "select recording_id, sha256 from recordings"):
        assert Path(indexed[recording_id]) == by_hash[sha256]
    for folder in labelled_out.glob("*/transcript.json"):
        segments = [s for s in load_transcript(folder).segments if s.text.strip()]
        stored = rows(
            labelled_out,
            "select start, text from units where recording_id = ? and kind = 'segment'",
            folder.parent.name,
        )
        assert sorted(stored) == sorted((s.start, s.text.strip()) for s in segments)


@pytest.mark.parametrize("pick", [0, 7, -1])
def test_a_spoken_phrase_finds_its_recording_first_at_its_time(labelled_out: Path, corpus: Corpus, pick: int) -> None:
    recording_id, start, end, text = sorted(customer_segments(labelled_out), key=lambda s: -len(s[3]))[pick]
    words = text.split()
    phrase = " ".join(words[len(words) // 2 - 3 : len(words) // 2 + 3])
    best = corpus.search(phrase, limit=5)[0]
    assert best.recording_id == recording_id, (phrase, best)
    assert start - 0.05 <= best.start <= end and best.text.strip() in text or phrase in best.text, (phrase, best)


def test_a_paraphrase_with_no_shared_words_is_found_by_meaning(labelled_out: Path, corpus: Corpus) -> None:
    query = "a hairdresser"
    with connect(labelled_out) as connection:
        for word in set(query.split()) - ENGLISH_STOP_WORDS:
            shared = connection.execute("select count(*) from units_fts where units_fts match ?", [f'"{word}"'])
            assert shared.fetchone()[0] == 0, f"the corpus has the word {word!r}"
    salon = {r for r, _, _, text in customer_segments(labelled_out) if "salon" in text.lower()}
    assert len(salon) == 1
    result = interviews("search", query, "--out", str(labelled_out), "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["recording_id"] in salon and "salon" in hits[0]["text"].lower()
    assert set(hits[0]) >= {"source", "recording_id", "start", "end", "speaker", "text", "score"}


def test_filters_restrict_results(labelled_out: Path, corpus: Corpus) -> None:
    query = "reports for my manager"
    everyone = corpus.search(query, limit=30)
    personas = {h.persona for h in everyone}
    assert len(personas) > 1, "the query should reach several personas for the filter to mean anything"
    for persona in personas:
        hits = corpus.search(query, Filters(persona=persona), limit=30)
        assert hits and {h.persona for h in hits} == {persona}
    job_holders: dict[str, set[str]] = {}
    for path in labelled_out.glob("*/insights.json"):
        for job in json.loads(path.read_text())["jobs"]:
            job_holders.setdefault(job["id"], set()).add(path.parent.name)
    job, holders = max(job_holders.items(), key=lambda item: len(item[1]))
    assert {h.recording_id for h in corpus.search(query, Filters(job=job), limit=30)} <= holders
    assert {h.role for h in corpus.search(query, Filters(role="customer"), limit=30)} == {"customer"}
    one = everyone[0].recording_id
    assert {h.recording_id for h in corpus.search(query, Filters(recording=one), limit=30)} == {one}
    assert corpus.search(query, Filters(since=date(2999, 1, 1))) == []
    assert corpus.search(query, Filters(until=date.today())) != []
    with pytest.raises(SearchError, match="no interview is tagged with persona 'astronaut'"):
        corpus.search(query, Filters(persona="astronaut"))


def test_reprocessing_replaces_rows_and_removed_interviews_are_pruned(labelled_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(labelled_out, out)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = sorted(p for p in LABELLED.iterdir() if p.suffix == ".ogg")[0]
    shutil.copy(source, inbox / source.name)
    before = rows(out, "select count(*) from units")[0][0]

    # Another model makes the transcript stale, so the recording is processed and indexed again.
    result = interviews("run", str(inbox), "--out", str(out), *FAST)
    assert result.returncode == 0 and "1 done" in result.stdout, result.stdout + result.stderr
    counts = rows(out, "select recording_id, count(*) from recordings group by recording_id")
    assert len(counts) == 12 and {n for _, n in counts} == {1}
    duplicates = rows(out, "select count(*) from units group by recording_id, kind, start, text having count(*) > 1")
    assert duplicates == []
    folder = next(f.parent for f in out.glob("*/transcript.json") if load_transcript(f).model.name == "tiny.en")
    transcript = load_transcript(folder / "transcript.json")
    expected = units_of(
        transcript, Insights.from_json(json.loads((folder / "insights.json").read_text()), transcript.source)
    )
    assert rows(out, "select count(*) from units where recording_id = ?", folder.name) == [(len(expected),)]
    assert rows(out, "select count(*) from units")[0][0] - len(expected) < before
    with sqlite3.connect(index_path(out)) as connection:
        connection.execute("insert into units_fts(units_fts) values ('integrity-check')")

    gone = sorted(out.glob("*/insights.json"))[-1].parent
    shutil.rmtree(gone)
    result = interviews("index", "--out", str(out))
    assert result.returncode == 0 and "1 removed" in result.stdout, result.stdout + result.stderr
    assert rows(out, "select count(*) from units where recording_id = ?", gone.name) == [(0,)]
    assert len(rows(out, "select recording_id from recordings")) == 11
