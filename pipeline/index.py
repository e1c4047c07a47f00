"""The searchable corpus: one SQLite file in the output folder, updated as recordings finish.

PMs ask questions across interviews ("who asked for granular reporting?"), so every
segment, summary and quote becomes a row with its words (FTS5, Porter stemming) and its
meaning (a sentence embedding) side by side. SQLite needs no server, opens in the
sqlite3 shell or Datasette, and survives a killed run: each recording is replaced in one
transaction, so a reader sees its old rows or its new ones, never a mix or a duplicate.

Tables (documented for people who open the file themselves):

- ``recordings``: one row per interview folder: source file, where the recording was last
  seen, date, duration, persona, summary, customer talk time.
- ``recording_jobs``: the jobs to be done each interview was tagged with, ranked.
- ``units``: every searchable piece: transcript segments (``kind='segment'``), the
  summary, highlights, pains and requests, with speaker, role, start/end seconds and a
  float16 embedding (all-MiniLM-L6-v2, unit length).
- ``units_fts``: the FTS5 index over ``units.text`` (kept in sync by triggers).
- ``meta``: schema version and embedding model.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from pipeline.artifacts import load_transcript
from pipeline.embeddings import EMBEDDING_MODEL, embed
from pipeline.hashing import file_sha256
from pipeline.records import Insights, Transcript

INDEX_FILE = "index.sqlite"
INDEX_SCHEMA = 1
VECTOR_DTYPE = np.float16
KINDS = ("segment", "summary", "highlight", "pain", "request")

_DDL = """
create table if not exists meta(key text primary key, value text not null);
create table if not exists recordings(
    recording_id text primary key,      -- the output folder's name
    source text not null,               -- the recording's file name
    sha256 text not null,
    path text,                          -- where the recording was last seen, for the site's player
    recorded_at text not null,          -- ISO 8601 (UTC): the recording file's modification time
    indexed_at text not null,
    duration real not null,
    language text not null,
    persona_id text not null,
    persona_name text not null,
    persona_score real not null,
    summary text not null,
    customer_seconds real not null,     -- how long customers talk
    insights_sha256 text not null       -- the insights.json these rows came from
);
create table if not exists recording_jobs(
    recording_id text not null references recordings(recording_id) on delete cascade,
    job_id text not null,
    statement text not null,
    score real not null,
    rank integer not null,
    primary key (recording_id, job_id)
);
create table if not exists units(
    unit_id integer primary key,
    recording_id text not null references recordings(recording_id) on delete cascade,
    kind text not null,                 -- segment, summary, highlight, pain, request
    role text not null,                 -- interviewer, customer, unknown; '' for the summary
    speaker text,
    start real not null,
    end real not null,
    text text not null,
    embedding blob not null             -- float16, unit length
);
create index if not exists units_by_recording on units(recording_id);
create index if not exists jobs_by_job on recording_jobs(job_id);
create virtual table if not exists units_fts using fts5(
    text, content='units', content_rowid='unit_id', tokenize='porter unicode61'
);
create trigger if not exists units_added after insert on units begin
    insert into units_fts(rowid, text) values (new.unit_id, new.text);
end;
create trigger if not exists units_removed after delete on units begin
    insert into units_fts(units_fts, rowid, text) values ('delete', old.unit_id, old.text);
end;
"""


class CorpusIndexError(RuntimeError):
    """The index file exists but cannot be used (another schema, not SQLite)."""


@dataclass(frozen=True)
class Unit:
    """One searchable piece of an interview, as stored in ``units``."""

    kind: str
    role: str
    speaker: str | None
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Provenance:
    """Where an interview's rows came from: the recording's place and date, the insights' hash."""

    path: str | None
    recorded_at: str
    insights_sha256: str


def index_path(out_dir: Path) -> Path:
    return out_dir / INDEX_FILE


@contextmanager
def connect(out_dir: Path) -> Iterator[sqlite3.Connection]:
    """An open index, created on first use; WAL lets a search read while a batch writes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(index_path(out_dir), timeout=60)) as connection:
        connection.execute("pragma journal_mode=wal")
        connection.execute("pragma foreign_keys=on")
        _ensure_schema(connection)
        yield connection


def _ensure_schema(connection: sqlite3.Connection) -> None:
    try:
        connection.executescript(_DDL)
        with connection:
            connection.execute("insert or ignore into meta values ('schema', ?)", (str(INDEX_SCHEMA),))
            connection.execute("insert or ignore into meta values ('embedding_model', ?)", (EMBEDDING_MODEL,))
        version = connection.execute("select value from meta where key = 'schema'").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise CorpusIndexError(f"{INDEX_FILE} is not a usable index ({error}); delete it and run again") from None
    if version != str(INDEX_SCHEMA):
        raise CorpusIndexError(
            f"{INDEX_FILE} has schema {version}, this version writes {INDEX_SCHEMA}; delete it to rebuild"
        )


def units_of(transcript: Transcript, insights: Insights) -> list[Unit]:
    """Everything worth finding in one interview; quotes keep their transcript times."""
    roles = {s.id: s.role for s in transcript.speakers}
    units = [
        Unit("segment", roles.get(s.speaker or "", "unknown"), s.speaker, s.start, s.end, s.text.strip())
        for s in transcript.segments
        if s.text.strip()
    ]
    if insights.summary:
        units.append(Unit("summary", "", None, 0.0, transcript.source.duration, insights.summary))
    for kind, quotes in (("highlight", insights.highlights), ("pain", insights.pains), ("request", insights.requests)):
        units += [Unit(kind, roles.get(q.speaker, "unknown"), q.speaker, q.start, q.end, q.text) for q in quotes]
    return units


def index_recording(out_dir: Path, folder: Path, recording_path: Path | None = None) -> bool:
    """Add or replace one interview's rows; False when the index already holds exactly this.

    ``recording_path`` is where the audio is now (the site's player links to it); when
    it is not known (a re-tag from the output folder alone) the last known place is kept.
    """
    insights_json = folder / "insights.json"
    insights_sha256 = file_sha256(insights_json)
    with connect(out_dir) as connection:
        row = connection.execute(
            "select insights_sha256, path, recorded_at from recordings where recording_id = ?", (folder.name,)
        ).fetchone()
        known_path, known_date = (row[1], row[2]) if row else (None, None)
        path = str(recording_path.resolve()) if recording_path else known_path
        recorded_at = _modified(recording_path) if recording_path else known_date or _modified(insights_json)
        if row and row[0] == insights_sha256:
            if (path, recorded_at) == (known_path, known_date):
                return False
            with connection:
                connection.execute(
                    "update recordings set path = ?, recorded_at = ? where recording_id = ?",
                    (path, recorded_at, folder.name),
                )
            return True
        transcript = load_transcript(folder / "transcript.json")
        insights = Insights.from_json(json.loads(insights_json.read_text()), transcript.source)
        units = units_of(transcript, insights)
        provenance = Provenance(path, recorded_at, insights_sha256)
        replace_interview(
            connection, folder.name, transcript, insights, provenance, units, embed([u.text for u in units])
        )
    return True


def replace_interview(
    connection: sqlite3.Connection,
    recording_id: str,
    transcript: Transcript,
    insights: Insights,
    provenance: Provenance,
    units: list[Unit],
    vectors: np.ndarray,
) -> None:
    """Swap one interview's rows in a single transaction: readers never see a mix or a duplicate."""
    customers = {s.id for s in transcript.speakers if s.role == "customer"}
    with connection:
        connection.execute("delete from units where recording_id = ?", (recording_id,))
        connection.execute("delete from recordings where recording_id = ?", (recording_id,))
        connection.execute(
            "insert into recordings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                recording_id,
                transcript.source.file,
                transcript.source.sha256,
                provenance.path,
                provenance.recorded_at,
                datetime.now(UTC).isoformat(timespec="seconds"),
                transcript.source.duration,
                transcript.language,
                insights.persona.id,
                insights.persona.label,
                insights.persona.score,
                insights.summary,
                sum(s.talk_seconds for s in transcript.speakers if s.id in customers),
                provenance.insights_sha256,
            ),
        )
        connection.executemany(
            "insert into recording_jobs values (?, ?, ?, ?, ?)",
            [(recording_id, j.id, j.label, j.score, rank) for rank, j in enumerate(insights.jobs, start=1)],
        )
        connection.executemany(
            "insert into units(recording_id, kind, role, speaker, start, end, text, embedding)"
            " values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (recording_id, u.kind, u.role, u.speaker, u.start, u.end, u.text, v.tobytes())
                for u, v in zip(units, vectors.astype(VECTOR_DTYPE), strict=True)
            ],
        )


def prune(out_dir: Path) -> list[str]:
    """Drop interviews whose folder is gone from the output directory; returns their ids."""
    with connect(out_dir) as connection:
        ids = [r[0] for r in connection.execute("select recording_id from recordings")]
        gone = [i for i in ids if not (out_dir / i / "insights.json").is_file()]
        with connection:
            for recording_id in gone:
                connection.execute("delete from units where recording_id = ?", (recording_id,))
                connection.execute("delete from recordings where recording_id = ?", (recording_id,))
    return gone


def sync_index(out_dir: Path, locations: dict[str, Path] | None = None) -> tuple[int, list[str]]:
    """Bring the index in line with the output folder: (interviews updated, ids pruned).

    ``locations`` maps a recording id to where its audio is now, when a batch just saw it.
    """
    folders = sorted(f.parent for f in out_dir.glob("*/insights.json"))
    changed = sum(index_recording(out_dir, f, (locations or {}).get(f.name)) for f in folders)
    return changed, prune(out_dir)


def _modified(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
