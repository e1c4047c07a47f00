"""Benchmark: search latency and size of an index of 10,000 interviews.

Target: hybrid search p50 under 50 ms on a warm index. Interviews are generated from
sentence templates (persona, job, pains, requests, segments), written with the
project's own ``replace_interview`` and searched with ``Corpus.search``, filters included.
Embedding 300,000 generated sentences would take most of an hour on 2 cores, so a pool
of distinct sentences is embedded once and each unit takes its sentence's vector: the
index holds as many rows, vectors and FTS postings as a real corpus of that size, which
is what latency and size depend on.

    .venv/bin/python bench/index.py [--interviews 10000] [--queries 200] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.progress import track
from rich.table import Table

from pipeline.embeddings import embed
from pipeline.index import Provenance, Unit, connect, index_path, replace_interview
from pipeline.records import Insights, ModelRef, Segment, Source, Speaker, Tag, Transcript
from pipeline.search import Corpus, Filters

TARGET_P50_MS = 50.0
PERSONAS = ["it-admin", "small-business-owner", "ops-manager", "finance-lead", "unknown"]
JOBS = ["report-to-stakeholders", "cut-unused-spend", "prove-compliance", "keep-books-up-to-date"]
SUBJECTS = ["I", "We", "My team", "Our finance people", "The board", "My manager", "Nobody here", "Our auditors"]
VERBS = ["spend hours on", "keep losing track of", "need a report on", "cannot find", "pay too much for", "want to cut"]
OBJECTS = [
    "unused licences",
    "the weekly report",
    "invoices from suppliers",
    "approvals for refunds",
    "SSO access logs",
    "spreadsheets of usage",
    "renewal dates",
    "card payments",
    "the audit trail",
    "tool sprawl",
    "budget forecasts",
    "granular reporting by team",
    "who has access to what",
    "late payments",
    "manual data entry",
]
ENDINGS = ["every month", "before renewals", "by hand", "at the end of the quarter", "late at night", "for the board"]
QUERIES = [
    "granular reporting",
    "who asked for a usage report",
    "paying for seats nobody uses",
    "audit evidence",
    "invoices matched to payments",
    "approval is slow",
    "spreadsheets by hand",
    "renewals surprise us",
]


def sentence_pool(size: int, rng: random.Random) -> list[str]:
    pool = {
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(ENDINGS)}"
        f"{rng.choice(['', ' and it hurts', ', honestly', ' with ' + str(rng.randint(2, 900)) + ' people'])}."
        for _ in range(size * 3)
    }
    return sorted(pool)[:size]


def interview(number: int, pool: list[str], units_each: int, rng: random.Random) -> tuple[Transcript, Insights]:
    picks = rng.sample(range(len(pool)), units_each)
    segments = [
        Segment(
            start=8.0 * i,
            end=8.0 * i + 7.5,
            text=pool[p],
            avg_logprob=-0.2,
            no_speech_prob=0.0,
            speaker="S2" if i % 3 else "S1",
        )
        for i, p in enumerate(picks)
    ]
    source = Source(file=f"interview-{number:05d}.m4a", sha256=f"{number:064x}", duration=8.0 * units_each)
    transcript = Transcript(
        source,
        ModelRef("faster-whisper", "base", "0" * 64, "cpu", "int8"),
        "en",
        segments,
        "bench",
        speakers=[Speaker("S1", "interviewer", 60.0), Speaker("S2", "customer", 240.0)],
    )
    persona = rng.choice(PERSONAS)
    jobs = [Tag(job, f"{job} statement", 0.5) for job in rng.sample(JOBS, 2)]
    insights = Insights(source, Tag(persona, persona.title(), 0.4), [], jobs, [], [], [], "Summary " + pool[picks[0]])
    return transcript, insights


def build(out: Path, interviews: int, units_each: int, pool_size: int, rng: random.Random) -> float:
    pool = sentence_pool(pool_size, rng)
    vectors = embed(pool)
    lookup = {text: row for row, text in enumerate(pool)}
    started = time.perf_counter()
    with connect(out) as connection:
        for number in track(range(interviews), description="writing interviews"):
            transcript, insights = interview(number, pool, units_each, rng)
            units = [
                Unit("segment", "customer" if s.speaker == "S2" else "interviewer", s.speaker, s.start, s.end, s.text)
                for s in transcript.segments
            ]
            units.append(Unit("summary", "", None, 0.0, transcript.source.duration, insights.summary))
            unit_vectors = vectors[[lookup[u.text.removeprefix("Summary ")] for u in units]]
            month = 1 + number % 12
            provenance = Provenance(None, f"2026-{month:02d}-15T10:00:00+00:00", f"{number:064x}")
            replace_interview(
                connection, f"interview-{number:05d}", transcript, insights, provenance, units, unit_vectors
            )
    return time.perf_counter() - started


def latencies(corpus: Corpus, queries: int, filters: Filters, rng: random.Random) -> list[float]:
    times = []
    for _ in range(queries):
        query = rng.choice(QUERIES)
        started = time.perf_counter()
        corpus.search(query, filters, limit=10)
        times.append((time.perf_counter() - started) * 1000)
    return times


def shortlist_recall(corpus: Corpus, queries: list[str]) -> float:
    """Share of the shortlist's top 10 that are as close as the exact top 10.

    Compared by similarity, not by unit: generated units repeat sentences, so many
    units tie and which of the tied ones comes back is arbitrary.
    """
    found = []
    position = {int(unit): row for row, unit in enumerate(corpus.unit_ids)}
    for query in queries:
        exact = corpus.vectors @ embed([query])[0]
        tenth = np.sort(exact)[-10]
        got = corpus._semantic(query, None, None)[:10]
        found.append(sum(exact[position[unit]] >= tenth - 1e-6 for unit in got) / 10)
    return statistics.mean(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=30, help="segments per interview (plus a summary)")
    parser.add_argument("--pool", type=int, default=4000, help="distinct sentences to embed")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, help="keep the index here (default: a temporary folder)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        build_s = build(out, args.interviews, args.units, args.pool, rng)
        size_mb = index_path(out).stat().st_size / 2**20
        started = time.perf_counter()
        corpus = Corpus(out)
        open_s = time.perf_counter() - started
        corpus.search("warm up the embedding model")
        with connect(out) as connection:
            units = connection.execute("select count(*) from units").fetchone()[0]
        table = Table(title=f"Search over {args.interviews:,} interviews, {units:,} units, {size_mb:,.0f} MiB")
        for column in ("search", "p50 ms", "p95 ms", "p50 / target"):
            table.add_column(column, justify="right")
        for label, filters in (
            ("hybrid, no filter", Filters()),
            ("hybrid, persona filter", Filters(persona="it-admin")),
            ("hybrid, job + role + dates", Filters(job="prove-compliance", role="customer", since=date(2026, 3, 1))),
        ):
            times = latencies(corpus, args.queries, filters, rng)
            p50, p95 = statistics.median(times), float(np.percentile(times, 95))
            table.add_row(label, f"{p50:.1f}", f"{p95:.1f}", f"{p50 / TARGET_P50_MS:.2f}")
        console = Console()
        console.print(table)
        console.print(
            f"semantic recall@10 of the sign-bit shortlist vs exact search: {shortlist_recall(corpus, QUERIES):.2f}"
        )
        console.print(
            f"build {build_s:.0f} s ({args.interviews / build_s:.0f} interviews/s), "
            f"index {size_mb / args.interviews * 1024:.1f} KiB per interview, open {open_s:.1f} s "
            f"(loads {units:,} vectors once per process)"
        )


if __name__ == "__main__":
    main()
