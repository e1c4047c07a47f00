"""The static site: a folder of HTML pages a PM opens by double-clicking, with no server and no network.

Pages are rendered here from the corpus index (the list, filters and search) and from each
interview's insights.json and transcript.json (evidence quotes, speaker names). Browsers
refuse fetch() of local files, so the data the pages need at run time (the search index)
is written as a JS file that sets a global. The player links to the original recording
by a relative URL, so the site stays small; ``copy_audio`` copies the recordings in, for
a site that can be zipped and sent. Rebuilding writes only the interview pages whose
inputs changed (a batch adds a few interviews to hundreds; each page needs its whole
transcript loaded), and removes the pages and copies of interviews that left the index,
so the site never shows a deleted interview.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import astuple, dataclass
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import pipeline
from pipeline.artifacts import clock, load_transcript, speaker_labels, write_json, write_text
from pipeline.atomic import atomic_write
from pipeline.hashing import file_sha256
from pipeline.index import connect
from pipeline.records import Insights, Quote, Transcript

log = logging.getLogger(__name__)

SITE_DIR = "site"
REPORT_FILE = "report.json"
REPORT_SCHEMA = 1
ASSETS = Path(__file__).with_name("site_assets")
TOP_JOBS = 3
PAGES_FILE = "pages.json"  # in site/data: what each interview page was built from, and its speaker names
# A page is rebuilt when this module or the pipeline's version changes, so a new page
# layout reaches every page.
_PAGE_CODE = f"{pipeline.__version__}:{hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}"


@dataclass(frozen=True)
class Job:
    id: str
    statement: str  # this interview's "When …, I want to …" statement

    @property
    def name(self) -> str:
        """Short enough for a select box; the statement is specific to one interview."""
        return self.id.replace("-", " ").capitalize()


@dataclass(frozen=True)
class Interview:
    """One row of the site's list, as the index knows it."""

    recording_id: str
    source: str
    sha256: str
    path: str | None  # where the recording was last seen
    recorded_at: str
    duration: float
    persona_id: str
    persona_name: str
    summary: str
    jobs: tuple[Job, ...]


def build_site(out_dir: Path, copy_audio: bool = False) -> Path:
    """Write ``<out>/site`` from the index and the interview folders; returns its index.html."""
    site = out_dir / SITE_DIR
    with connect(out_dir) as connection:
        listed = _interviews(connection)
        units = _units(connection)
    _write_assets(site)
    labels, audio = _write_interview_pages(out_dir, site, listed, copy_audio)
    interviews = [i for i in listed if i.recording_id in labels]
    write_text(site / "data" / "search.js", _search_js(_search_entries(units, interviews, labels)))
    write_text(site / "report.html", report_page(out_dir, labels))
    write_text(site / "index.html", index_page(interviews))
    _remove_stale(site, set(labels), audio)
    log.info("site: %d interview pages in %s", len(interviews), site)
    return site / "index.html"


def _write_interview_pages(
    out_dir: Path, site: Path, interviews: list[Interview], copy_audio: bool
) -> tuple[dict[str, dict[str, str]], set[Path]]:
    """One page per interview; returns speaker names by recording and the audio files used.

    A page whose inputs are unchanged since it was written (the index row, the player, the
    insights and transcript files, this module) is kept, so its transcript is not loaded.
    Transcripts are loaded one at a time (hours of words each), never all at once.
    An interview whose folder is gone or damaged is left out: the index is behind.
    """
    built = _built_pages(site)
    pages: dict[str, dict[str, Any]] = {}
    labels: dict[str, dict[str, str]] = {}
    audio: set[Path] = set()
    for interview in interviews:
        folder = out_dir / interview.recording_id
        recording = _audio_file(site, interview, copy_audio)
        if recording:
            audio.add(recording)
        page = site / "interviews" / f"{interview.recording_id}.html"
        player = _player(interview, recording, page.parent)
        inputs = _page_inputs(interview, player, folder)
        kept = built.get(interview.recording_id, {})
        if inputs is not None and page.is_file() and kept.get("inputs") == inputs and "labels" in kept:
            pages[interview.recording_id] = kept
            labels[interview.recording_id] = kept["labels"]
            continue
        loaded = _load_folder(folder)
        if loaded is None or inputs is None:
            log.warning("site: %s is in the index but its folder is incomplete; left out", interview.recording_id)
            continue
        transcript, insights = loaded
        labels[interview.recording_id] = speaker_labels(transcript.speakers)
        write_text(page, interview_page(interview, transcript, insights, player))
        pages[interview.recording_id] = {"inputs": inputs, "labels": labels[interview.recording_id]}
    write_json(site / "data" / PAGES_FILE, pages)
    written = sum(built.get(i, {}).get("inputs") != pages[i]["inputs"] for i in pages)
    log.info("site: wrote %d of %d interview pages (the rest were unchanged)", written, len(pages))
    return labels, audio


def _page_inputs(interview: Interview, player: str, folder: Path) -> str | None:
    """A digest of everything an interview page is made from; None if its files are missing."""
    try:
        stats = [(folder / name).stat() for name in ("transcript.json", "insights.json")]
    except OSError:
        return None
    files = [(stat.st_mtime_ns, stat.st_size) for stat in stats]
    parts = json.dumps([_PAGE_CODE, astuple(interview), player, files], default=str)
    return hashlib.sha256(parts.encode()).hexdigest()


def _built_pages(site: Path) -> dict[str, dict[str, Any]]:
    """What the last build recorded per page; nothing (so every page is written) if unreadable."""
    try:
        pages = json.loads((site / "data" / PAGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in pages.items() if isinstance(v, dict)} if isinstance(pages, dict) else {}


def _interviews(connection: sqlite3.Connection) -> list[Interview]:
    """Newest first, each with its jobs best first."""
    jobs: dict[str, list[Job]] = {}
    for recording_id, job_id, statement in connection.execute(
        "select recording_id, job_id, statement from recording_jobs order by recording_id, rank"
    ):
        jobs.setdefault(recording_id, []).append(Job(job_id, statement))
    rows = connection.execute(
        "select recording_id, source, sha256, path, recorded_at, duration, persona_id, persona_name, summary"
        " from recordings order by recorded_at desc, source"
    ).fetchall()
    return [Interview(*row, jobs=tuple(jobs.get(row[0], ()))) for row in rows]


def _load_folder(folder: Path) -> tuple[Transcript, Insights] | None:
    try:
        transcript = load_transcript(folder / "transcript.json")
        insights = Insights.from_json(json.loads((folder / "insights.json").read_text()), transcript.source)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return transcript, insights


def _units(connection: sqlite3.Connection) -> list[tuple[str, str, str | None, float, str]]:
    return connection.execute(
        "select recording_id, kind, speaker, start, text from units order by recording_id, start, unit_id"
    ).fetchall()


def _write_assets(site: Path) -> None:
    for asset in sorted(ASSETS.iterdir()):
        if asset.suffix in {".css", ".js"}:
            write_text(site / "assets" / asset.name, asset.read_text(encoding="utf-8"))


# Audio ------------------------------------------------------------------------------------


def _audio_file(site: Path, interview: Interview, copy_audio: bool) -> Path | None:
    """The file the player should load: the original, or a copy inside the site; None if there is none."""
    original = Path(interview.path) if interview.path else None
    if not copy_audio:
        return original if original and original.is_file() else None
    copy = site / "audio" / f"{interview.recording_id}{Path(interview.path or interview.source).suffix.lower()}"
    if copy.is_file() and file_sha256(copy) == interview.sha256:
        return copy
    if original is None or not original.is_file():
        return None
    with original.open("rb") as source, atomic_write(copy, "wb") as target:
        while block := source.read(1 << 22):
            target.write(block)
    return copy


def _player(interview: Interview, audio: Path | None, page_dir: Path) -> str:
    """The player, or a plain sentence on why there is none (a broken player only confuses)."""
    if audio is not None:
        return (
            f'<audio id="player" controls preload="metadata" src="{escape(_relative_url(page_dir, audio))}"></audio>'
            '<p class="hint">Click a quote or a transcript line to hear it.</p>'
        )
    if interview.path:
        reason = f"The recording was last seen at {escape(interview.path)} and is no longer there."
    else:
        reason = "Where the recording is stored is not known."
    return (
        f'<p class="note">{reason} Run <code>interviews run</code> on the folder that holds it, '
        "then rebuild the site, to listen here.</p>"
    )


def _relative_url(page_dir: Path, target: Path) -> str:
    """A URL that works from file:// wherever the site and the recordings are moved together."""
    try:
        relative = os.path.relpath(target.resolve(), page_dir.resolve())
    except ValueError:  # another drive on Windows: no relative path exists
        return target.resolve().as_uri()
    return url_quote(Path(relative).as_posix())


def _remove_stale(site: Path, recording_ids: set[str], audio: set[Path]) -> None:
    stale = [p for p in (site / "interviews").glob("*.html") if p.stem not in recording_ids]
    stale += [p for p in (site / "audio").glob("*") if p.is_file() and p not in audio]
    for path in stale:
        path.unlink()
    if stale:
        log.info("site: removed %d pages and audio copies of interviews no longer in the index", len(stale))


# Search index -----------------------------------------------------------------------------


def _search_entries(
    units: list[tuple[str, str, str | None, float, str]],
    interviews: list[Interview],
    labels: dict[str, dict[str, str]],
) -> list[dict[str, Any]]:
    """One entry per distinct quote: a highlight that is also a pain is one hit, not two."""
    known = {i.recording_id: i for i in interviews}
    entries: dict[tuple[str, float, str], dict[str, Any]] = {}
    for recording_id, kind, speaker, start, text in units:
        interview = known.get(recording_id)
        if interview is None:
            continue
        entry = entries.setdefault(
            (recording_id, start, text),
            {
                "recording_id": recording_id,
                "source": interview.source,
                "persona": interview.persona_name,
                "speaker": labels[recording_id].get(speaker or "", ""),
                "start": start,
                "text": text,
                "kinds": [],
            },
        )
        entry["kinds"].append(kind)
    return list(entries.values())


def _search_js(entries: list[dict[str, Any]]) -> str:
    # ASCII-only JSON is valid JS whatever charset the browser guesses for a local file.
    rows = ",\n".join(json.dumps(entry, ensure_ascii=True) for entry in entries)
    return f"window.INTERVIEWS_SEARCH = [\n{rows}\n];\n"


# Pages ------------------------------------------------------------------------------------


def _page(title: str, body: str, root: str = "", scripts: tuple[str, ...] = (), current: str = "") -> str:
    """The frame every page shares; ``root`` is the way back to the site folder ('' or '../')."""
    nav = "".join(
        f'<a href="{root}{href}"{" aria-current=page" if href == current else ""}>{name}</a>'
        for href, name in (("index.html", "Interviews"), ("report.html", "Report"))
    )
    tags = "".join(f'<script src="{root}{src}"></script>' for src in scripts)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{root}assets/site.css">\n</head>\n<body>\n'
        f'<header class="top"><nav>{nav}</nav></header>\n<main>\n{body}\n</main>\n{tags}\n</body>\n</html>\n'
    )


def _seconds(value: float) -> str:
    """Seconds as the #t= fragment and data-start carry them: short, exact to 10 ms."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def index_page(interviews: list[Interview]) -> str:
    personas = sorted({(i.persona_id, i.persona_name) for i in interviews}, key=lambda p: p[1])
    jobs = sorted({(j.id, j.name) for i in interviews for j in i.jobs}, key=lambda j: j[1])
    persona_options = "".join(
        f'<option value="{escape(pid)}">{escape(name)} ({sum(i.persona_id == pid for i in interviews)})</option>'
        for pid, name in personas
    )
    job_options = "".join(
        f'<option value="{escape(jid)}">{escape(name)} ({sum(jid in {j.id for j in i.jobs} for i in interviews)})'
        "</option>"
        for jid, name in jobs
    )
    body = f"""<h1>Customer interviews</h1>
<form class="filters" role="search" onsubmit="return false">
<label class="search">Search what was said
<input id="q" type="search" placeholder="e.g. unused licences" autocomplete="off" spellcheck="false"></label>
<label>Persona <select id="persona"><option value="">All personas</option>{persona_options}</select></label>
<label>Job to be done <select id="job"><option value="">All jobs</option>{job_options}</select></label>
</form>
<section id="hits" class="hits" hidden aria-live="polite"><h2 id="hits-title"></h2><ol id="hit-list"></ol></section>
<p id="count" class="count">{_interviews_count(len(interviews))}</p>
<ol id="interviews" class="interviews">
{"".join(_list_item(i) for i in interviews)}</ol>
{"" if interviews else '<p class="note">No interviews yet: run <code>interviews run</code> first.</p>'}"""
    return _page("Customer interviews", body, scripts=("data/search.js", "assets/index.js"), current="index.html")


def _list_item(interview: Interview) -> str:
    jobs = "".join(f'<li title="{escape(j.statement)}">{escape(j.name)}</li>' for j in interview.jobs[:TOP_JOBS])
    job_ids = " ".join(j.id for j in interview.jobs)
    return (
        f'<li class="interview" data-id="{escape(interview.recording_id)}" '
        f'data-persona="{escape(interview.persona_id)}" data-jobs="{escape(job_ids)}">\n'
        f'<h2><a href="interviews/{escape(interview.recording_id)}.html">{escape(interview.source)}</a></h2>\n'
        f'<p class="meta"><time datetime="{escape(interview.recorded_at)}">{escape(interview.recorded_at[:10])}</time>'
        f" · {clock(interview.duration)} · {escape(interview.persona_name)}</p>\n"
        f'<ul class="tags">{jobs}</ul>\n'
        f'<p class="summary" title="{escape(interview.summary)}">{escape(interview.summary)}</p>\n</li>\n'
    )


def interview_page(interview: Interview, transcript: Transcript, insights: Insights, player: str) -> str:
    labels = speaker_labels(transcript.speakers)
    persona = insights.persona
    jobs = (
        "".join(
            f'<article class="job"><h3>{escape(j.label)}</h3>{_quotes(j.evidence, labels)}</article>'
            for j in insights.jobs
        )
        or '<p class="none">No job in the taxonomy matched clearly.</p>'
    )
    sections = "".join(
        f"<section><h2>{title}</h2>{_quotes(tuple(quotes), labels)}</section>\n"
        for title, quotes in (
            ("Highlights", insights.highlights),
            ("Pains", insights.pains),
            ("Requests", insights.requests),
        )
    )
    body = f"""<p class="back"><a href="../index.html">← All interviews</a></p>
<h1>{escape(interview.source)}</h1>
<p class="meta"><time datetime="{escape(interview.recorded_at)}">{escape(interview.recorded_at[:10])}</time>
· {clock(interview.duration)} · {escape(persona.label)}</p>
<div class="player">{player}</div>
<section><h2>Summary</h2><p>{escape(insights.summary)}</p></section>
<section><h2>Persona</h2><p><strong>{escape(persona.label)}</strong>
<span class="score">score {persona.score:.2f}</span></p>{_quotes(persona.evidence, labels)}</section>
<section><h2>Jobs to be done</h2>{jobs}</section>
{sections}<section><h2>Transcript</h2>{_transcript(transcript, labels)}</section>"""
    return _page(interview.source, body, root="../", scripts=("assets/interview.js",))


def _quotes(quotes: tuple[Quote, ...], labels: dict[str, str]) -> str:
    if not quotes:
        return '<p class="none">None found.</p>'
    items = "".join(
        f'<li><a class="quote" href="#t={_seconds(q.start)}" data-start="{_seconds(q.start)}">'
        f'<span class="time">[{clock(q.start)}]</span> <q>{escape(q.text)}</q></a>'
        f' <span class="who">{escape(labels.get(q.speaker, ""))}</span></li>'
        for q in quotes
    )
    return f'<ul class="quotes">{items}</ul>'


def _transcript(transcript: Transcript, labels: dict[str, str]) -> str:
    roles = {s.id: s.role for s in transcript.speakers}
    lines = "".join(
        f'<li class="line {escape(roles.get(s.speaker or "", "unknown"))}" data-start="{_seconds(s.start)}">'
        f'<a class="time" href="#t={_seconds(s.start)}">[{clock(s.start)}]</a> '
        f'<span class="who">{escape(labels.get(s.speaker or "", ""))}</span> '
        f'<span class="text">{escape(s.text.strip())}</span></li>\n'
        for s in transcript.segments
        if s.text.strip()
    )
    return f'<ol class="transcript">\n{lines}</ol>'


# Report -----------------------------------------------------------------------------------


def report_page(out_dir: Path, labels: dict[str, dict[str, str]]) -> str:
    """report.json as a page; a missing or unreadable report says which command makes it.

    ``labels`` (speaker names by recording) turn the report's speaker ids into "Customer".
    """
    path = out_dir / REPORT_FILE
    command = f"<code>interviews report --out {escape(str(out_dir))}</code>"
    if not path.is_file():
        body = f'<h1>Report</h1>\n<p class="note">No report yet: run {command}</p>'
    else:
        try:
            body = _report_body(json.loads(path.read_text(encoding="utf-8")), labels)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            log.warning("site: %s cannot be read (%s); the report page says so", path, error)
            problem = escape(str(error))
            body = f'<h1>Report</h1>\n<p class="note">{REPORT_FILE} cannot be read ({problem}): run {command}</p>'
    return _page("Report", body, current="report.html")


def _report_body(report: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    if report.get("schema") != REPORT_SCHEMA:
        raise ValueError(f"schema {report.get('schema')!r}, this site reads {REPORT_SCHEMA}")
    return "\n".join(
        [
            "<h1>Across interviews</h1>",
            f'<p class="meta">{_interviews_count(report["interviews"])} · generated '
            f'<time datetime="{escape(report["generated_at"])}">{escape(report["generated_at"][:16].replace("T", " "))}'
            "</time></p>",
            _changes(report["changes"]),
            _balance(report["balance"]),
            f"<section><h2>Personas</h2>{''.join(_persona(p, labels) for p in report['personas'])}</section>",
            f"<section><h2>Jobs to be done</h2>{''.join(_report_job(j, labels) for j in report['jobs'])}</section>",
        ]
    )


def _changes(changes: dict[str, Any]) -> str:
    if not changes["lines"]:
        return ""
    since = f" since {escape(changes['since'][:10])}" if changes["since"] else ""
    lines = "".join(f"<li>{escape(line)}</li>" for line in changes["lines"])
    return f"<section><h2>What changed{since}</h2><ul>{lines}</ul></section>"


def _balance(balance: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td>{escape(p['name'])}</td><td>{int(p['interviews'])}</td><td>{p['interview_share']:.0%}</td>"
        f"<td>{p['customer_minutes']:.1f}</td><td>{p['minute_share']:.0%}</td></tr>"
        for p in balance["personas"]
    )
    warning = f'<p class="warning">{escape(balance["warning"])}</p>' if balance["warning"] else ""
    return (
        f'<section><h2>Who we heard from</h2>{warning}<div class="table"><table>'
        "<thead><tr><th>Persona</th><th>Interviews</th><th>Share</th><th>Customer minutes</th>"
        f"<th>Share of minutes</th></tr></thead><tbody>{rows}</tbody></table></div></section>"
    )


def _persona(persona: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    jobs = "".join(
        f'<li>{escape(j["statement"])} <span class="count">{_interviews_count(j["interviews"])}</span></li>'
        for j in persona["jobs"]
    )
    return (
        f'<article class="persona"><h3>{escape(persona["name"])} '
        f'<span class="count">{_interviews_count(persona["interviews"])}</span></h3>'
        f"<h4>Jobs</h4><ul>{jobs}</ul>"
        f"<h4>Pains</h4>{_themes(persona['pains'], labels)}"
        f"<h4>Requests</h4>{_themes(persona['requests'], labels)}</article>"
    )


def _themes(themes: list[dict[str, Any]], labels: dict[str, dict[str, str]]) -> str:
    if not themes:
        return '<p class="none">None found.</p>'
    items = "".join(
        f"<li><strong>{escape(t['label'])}</strong> "
        f'<span class="count">{int(t["interviews"])} of {int(t["of"])} interviews</span>'
        f"{_report_quotes(t['quotes'], labels)}</li>"
        for t in themes
    )
    return f'<ul class="themes">{items}</ul>'


def _report_job(job: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    personas = ", ".join(f"{escape(p['name'])} ({int(p['interviews'])})" for p in job["personas"])
    return (
        f'<article class="job"><h3>{escape(job["statement"])}</h3>'
        f'<p class="meta">{_interviews_count(job["interviews"])}: {personas}</p>'
        f"{_report_quotes(job['quotes'], labels)}</article>"
    )


def _report_quotes(quotes: list[dict[str, Any]], labels: dict[str, dict[str, str]]) -> str:
    return f'<ul class="quotes">{"".join(_report_quote(q, labels) for q in quotes)}</ul>' if quotes else ""


def _report_quote(quote: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    recording_id = str(quote["recording_id"])
    speaker = labels.get(recording_id, {}).get(quote.get("speaker") or "", quote.get("speaker") or "")
    return (
        f'<li><a class="quote" href="interviews/{url_quote(recording_id)}.html#t={_seconds(quote["start"])}">'
        f'<q>{escape(quote["text"])}</q></a> <span class="who">{escape(quote["source"])} [{clock(quote["start"])}]'
        f"{' · ' + escape(speaker) if speaker else ''}</span></li>"
    )


def _interviews_count(count: int) -> str:
    return f"{int(count)} interview{'' if int(count) == 1 else 's'}"
