"""Find what customers said across every interview, by words and by meaning.

Full-text search finds the exact phrase a PM remembers; semantic search finds "seats
nobody uses" when the customer said "licences that sit idle". Each ranks the units on
its own and the two rankings are fused (reciprocal rank fusion), which needs no tuning
of one score scale against the other. Filters narrow both by persona, job, speaker role,
date and recording before ranking, so a filter never hides a hit behind others.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.embeddings import DIMENSIONS, embed
from pipeline.index import VECTOR_DTYPE, connect, index_path

RRF_K = 60  # the usual constant: a rank-1 hit in one list outweighs a rank-10 hit in both
CANDIDATES = 200  # per ranking, before fusion
MIN_SIMILARITY = 0.25  # semantic hits weaker than this are noise, not paraphrases
SHORTLIST = 4000  # units re-ranked exactly after the sign-bit pass; below this many, all are
COMMON_SHARE = 0.05  # a word in more units than this share is too common to rank by
_WORD = re.compile(r"\w+")
ROLES = ("customer", "interviewer")


class SearchError(ValueError):
    """A search that cannot run as asked (no index, unknown persona); the message says why."""


@dataclass(frozen=True)
class Filters:
    persona: str | None = None
    job: str | None = None
    role: str | None = None  # interviewer or customer
    since: date | None = None  # recorded on or after
    until: date | None = None  # recorded on or before
    recording: str | None = None  # recording id or source file name


@dataclass(frozen=True)
class Hit:
    source: str
    recording_id: str
    start: float
    end: float
    speaker: str | None
    role: str
    kind: str
    text: str
    score: float  # fused rank score: higher is better, comparable within one search only
    persona: str
    persona_name: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


class Corpus:
    """An opened index with its vectors in memory: open once, search many times."""

    def __init__(self, out_dir: Path) -> None:
        if not index_path(out_dir).is_file():
            raise SearchError(f"no index in {out_dir}: run `interviews run` into it first, or `interviews index`")
        self.out_dir = out_dir
        with connect(out_dir) as connection:
            self.recording_ids = [r[0] for r in connection.execute("select recording_id from recordings")]
            self.code = {recording_id: number for number, recording_id in enumerate(self.recording_ids)}
            rows = connection.execute("select unit_id, recording_id, role, embedding from units order by unit_id")
            ids, recordings, roles, blobs = zip(*rows, strict=True) if (rows := rows.fetchall()) else ([], [], [], [])
            self.personas = {r[0] for r in connection.execute("select distinct persona_id from recordings")}
            self.jobs = {r[0] for r in connection.execute("select distinct job_id from recording_jobs")}
        # Integer codes, not strings: a filter over 300,000 units is then one array lookup.
        self.unit_ids = np.asarray(ids, dtype=np.int64)
        self.unit_recordings = np.asarray([self.code[r] for r in recordings], dtype=np.int32)
        self.unit_roles = np.asarray([ROLES.index(r) if r in ROLES else -1 for r in roles], dtype=np.int8)
        self.vectors = np.frombuffer(b"".join(blobs), dtype=VECTOR_DTYPE).reshape(-1, DIMENSIONS).astype(np.float32)
        # One bit per dimension, stored column by column: six passes over packed words are
        # several times faster than summing across each row.
        self.signs = np.ascontiguousarray(np.packbits(self.vectors > 0, axis=1).view(np.uint64).T)
        # Searches only read: one read-only connection, no schema check or write per query.
        self.connection = sqlite3.connect(f"{index_path(out_dir).resolve().as_uri()}?mode=ro", uri=True)

    def search(self, query: str, filters: Filters | None = None, limit: int = 10) -> list[Hit]:
        filters = filters or Filters()
        self._check(filters)
        where, params = _where(filters)
        allowed = None  # every recording
        if params:
            chosen = self.connection.execute(f"select r.recording_id from recordings r where {where}", params)
            allowed = {r[0] for r in chosen}
        lexical = _lexical(self.connection, query, where, params, filters.role, len(self.unit_ids))
        semantic = self._semantic(query, allowed, filters.role)
        fused: dict[int, float] = {}
        for ranking in (lexical, semantic):
            for rank, unit_id in enumerate(ranking, start=1):
                fused[unit_id] = fused.get(unit_id, 0.0) + 1.0 / (RRF_K + rank)
        best = sorted(fused, key=lambda u: -fused[u])[: limit * 3]
        return _distinct_moments(_hits(self.connection, {u: fused[u] for u in best}))[:limit]

    def _check(self, filters: Filters) -> None:
        for value, known, what in ((filters.persona, self.personas, "persona"), (filters.job, self.jobs, "job")):
            if value is not None and value not in known:
                raise SearchError(f"no interview is tagged with {what} {value!r}; known: {', '.join(sorted(known))}")
        if filters.role not in (None, *ROLES):
            raise SearchError(f"unknown role {filters.role!r}: use customer or interviewer")

    def _semantic(self, query: str, allowed: set[str] | None, role: str | None) -> list[int]:
        """Units closest in meaning; exact cosine over a shortlist found by sign bits.

        Reading every float vector costs a memory pass per query (460 MB at 10,000
        interviews); one bit per dimension is 32 times smaller, and re-ranking the
        shortlist with the float vectors gives back the exact order at the top.
        """
        eligible = np.ones(len(self.unit_ids), dtype=bool)
        if allowed is not None:
            chosen = np.zeros(len(self.recording_ids), dtype=bool)
            chosen[[self.code[r] for r in allowed]] = True
            eligible = chosen[self.unit_recordings]
        if role:
            eligible &= self.unit_roles == ROLES.index(role)
        if not eligible.any():
            return []
        vector = embed([query])[0]
        if eligible.sum() > SHORTLIST:
            differing = np.zeros(len(self.unit_ids), dtype=np.uint16)
            for column, bits in zip(self.signs, np.packbits(vector > 0).view(np.uint64), strict=True):
                differing += np.bitwise_count(column ^ bits)
            differing[~eligible] = np.iinfo(np.uint16).max
            rows = np.argpartition(differing, SHORTLIST)[:SHORTLIST]
        else:
            rows = np.flatnonzero(eligible)
        similarity = self.vectors[rows] @ vector
        best = np.argsort(-similarity)[:CANDIDATES]
        return [int(self.unit_ids[rows[i]]) for i in best if similarity[i] >= MIN_SIMILARITY]


def _where(filters: Filters) -> tuple[str, list[object]]:
    """The recording filters as SQL over ``recordings r``; shared by both rankings."""
    clauses, params = ["1"], []
    if filters.persona:
        clauses.append("r.persona_id = ?")
        params.append(filters.persona)
    if filters.job:
        clauses.append("exists (select 1 from recording_jobs j where j.recording_id = r.recording_id and j.job_id = ?)")
        params.append(filters.job)
    if filters.since:
        clauses.append("r.recorded_at >= ?")
        params.append(filters.since.isoformat())
    if filters.until:
        clauses.append("r.recorded_at < ?")
        params.append((filters.until + timedelta(days=1)).isoformat())
    if filters.recording:
        clauses.append("(r.recording_id = ? or r.source = ?)")
        params += [filters.recording, filters.recording]
    return " and ".join(clauses), params


def _lexical(
    connection: sqlite3.Connection, query: str, where: str, params: list[object], role: str | None, units: int
) -> list[int]:
    """FTS5 ranking (bm25) over the query's telling words, stemmed.

    A word said in more than ``COMMON_SHARE`` of all units ranks almost nothing (its
    weight in bm25 is near zero) yet costs a score for every unit that has it, so it is
    left out; when every word is that common, all of them together must match instead,
    and when even that matches too much, meaning alone ranks the search.
    """
    words = [w for w in _WORD.findall(query.lower()) if w not in ENGLISH_STOP_WORDS]
    if not words:
        return []
    telling = [w for w in words if _matches(connection, f'"{w}"') <= COMMON_SHARE * units]
    match = " OR ".join(f'"{w}"' for w in telling) or " AND ".join(f'"{w}"' for w in words)
    if not telling and _matches(connection, match) > COMMON_SHARE * units:
        return []
    if not params and not role:  # no filter: FTS5 ranks on its own, without a join per match
        rows = connection.execute(
            f"select rowid from units_fts where units_fts match ? order by rank limit {CANDIDATES}", [match]
        )
        return [r[0] for r in rows]
    role_clause = " and u.role = ?" if role else ""
    rows = connection.execute(
        "select u.unit_id from units_fts f join units u on u.unit_id = f.rowid"
        " join recordings r on r.recording_id = u.recording_id"
        f" where units_fts match ? and {where}{role_clause} order by bm25(units_fts) limit {CANDIDATES}",
        [match, *params, *([role] if role else [])],
    )
    return [r[0] for r in rows]


def _matches(connection: sqlite3.Connection, match: str) -> int:
    """How many units match: counting, unlike ranking, costs little even for common words."""
    return connection.execute("select count(*) from units_fts where units_fts match ?", [match]).fetchone()[0]


def _hits(connection: sqlite3.Connection, scores: dict[int, float]) -> list[Hit]:
    """The units behind the best scores, best first, fetched in one query."""
    marks = ", ".join("?" * len(scores))
    rows = connection.execute(
        "select u.unit_id, r.source, r.recording_id, u.start, u.end, u.speaker, u.role, u.kind, u.text,"
        " r.persona_id, r.persona_name from units u join recordings r on r.recording_id = u.recording_id"
        f" where u.unit_id in ({marks})",
        list(scores),
    )
    hits = {row[0]: Hit(*row[1:9], round(scores[row[0]], 5), *row[9:]) for row in rows}
    return [hits[u] for u in scores if u in hits]


def _distinct_moments(hits: list[Hit]) -> list[Hit]:
    """One hit per moment: a highlight and the segment it was cut from are the same find.

    The summary covers the whole recording, so it never stands in for a moment.
    """
    kept: list[Hit] = []
    for hit in hits:
        moments = [k for k in kept if "summary" not in (k.kind, hit.kind) and k.recording_id == hit.recording_id]
        if not any(k.start < hit.end and hit.start < k.end for k in moments):
            kept.append(hit)
    return kept
