"""The ``interviews`` command: a thin front end over the flows and the model store.

Errors a user can cause (missing folder, unknown model, no GPU) are printed as one
sentence and exit code 2; per-file problems are reported in the summary table and make
the exit code 1, because a scheduler needs to notice them.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline.artifacts import clock
from pipeline.model_store import (
    ModelError,
    default_model,
    load_manifest,
    missing_parts,
    official_whisper_sizes,
    store_dir,
)
from pipeline.progress import LOGGER, AudioAdvanced, BatchStarted, FileFinished, event_of
from pipeline.records import Outcome
from pipeline.taxonomy import DEFAULT_TAXONOMY, TaxonomyError, load_taxonomy
from pipeline.transcribe import DEVICES, ENGINES

TaxonomyOption = Annotated[
    Path, typer.Option("--taxonomy", help="Personas and jobs to tag with (YAML); default: samples/taxonomy.yaml.")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's log lines too.")]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Output folder of an earlier `interviews run`.")]
CopyAudioOption = Annotated[
    bool, typer.Option("--copy-audio", help="Copy recordings into the site (default: the site links to them).")
]

app = typer.Typer(
    help="Turn recorded customer interviews into transcripts and insight, offline.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code=2)


def _check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise typer.BadParameter(f"choose one of {', '.join(choices)}", param_hint=option)
    return value


@app.command()
def run(
    input_dir: Annotated[Path, typer.Argument(help="Folder with recordings (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder; one sub-folder per recording.")] = Path(
        "out"
    ),
    engine: Annotated[str, typer.Option(help=f"Speech engine: {', '.join(ENGINES)}.")] = "faster-whisper",
    model: Annotated[
        str | None, typer.Option(help="Model name (see `interviews models`) or a CTranslate2 model folder.")
    ] = None,
    device: Annotated[str, typer.Option(help="auto (GPU when available), cpu or cuda.")] = "auto",
    language: Annotated[str | None, typer.Option(help="Force a language code (e.g. en, de); default: detect.")] = None,
    threads: Annotated[int, typer.Option(help="CPU threads for the engine; 0 uses all cores.")] = 0,
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    redact: Annotated[
        bool, typer.Option("--redact", help="Mask e-mail addresses, phone and card numbers in every output.")
    ] = False,
    interviewer: Annotated[
        str | None, typer.Option(help="Speaker id (S1, S2, …) to treat as the interviewer, if detection is wrong.")
    ] = None,
    copy_audio: CopyAudioOption = False,
    notify_webhook: Annotated[
        str | None, typer.Option(help="Post a digest of each batch to this Slack-compatible webhook URL.")
    ] = None,
    verbose: VerboseOption = False,
) -> None:
    """Transcribe, find speakers and tag every new or changed recording in INPUT_DIR into OUT.

    Then updates OUT's search index, cross-interview report (report.md) and site (site/index.html).
    """
    _check_choice(engine, ENGINES, "--engine")
    _check_choice(device, DEVICES, "--device")
    if not input_dir.is_dir():
        raise _fail(f"input folder not found: {input_dir}")
    _check_taxonomy(taxonomy)
    _configure_logging(verbose)
    from flows.process import process_folder

    _run_batch(
        lambda: process_folder(
            input_dir,
            out,
            engine,
            model,
            device,
            language,
            threads,
            taxonomy,
            redact,
            interviewer,
            copy_audio,
            notify_webhook,
        ),
        out,
        verbose,
    )


@app.command()
def retag(
    out: OutOption = Path("out"),
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    verbose: VerboseOption = False,
) -> None:
    """Tag existing transcripts again after editing the taxonomy (no re-transcription)."""
    _check_out(out)
    _check_taxonomy(taxonomy)
    _configure_logging(verbose)
    from flows.tagging import retag_folder

    _run_batch(lambda: retag_folder(out, taxonomy), out, verbose)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words or a question, e.g. 'granular reporting'.")],
    out: OutOption = Path("out"),
    persona: Annotated[str | None, typer.Option(help="Only interviews tagged with this persona id.")] = None,
    job: Annotated[str | None, typer.Option(help="Only interviews tagged with this job id.")] = None,
    role: Annotated[str | None, typer.Option(help="Only what the customer or the interviewer said.")] = None,
    since: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Recorded on or after.")] = None,
    until: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Recorded on or before.")] = None,
    recording: Annotated[str | None, typer.Option(help="Only this recording (file name or folder name).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many hits to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON.")] = False,
) -> None:
    """Find what was said across all interviews, by words and by meaning."""
    _check_out(out)
    from pipeline.search import Corpus, Filters, SearchError

    filters = Filters(persona, job, role, since and since.date(), until and until.date(), recording)
    try:
        hits = Corpus(out).search(query, filters, limit)
    except SearchError as error:
        raise _fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps([h.to_json() for h in hits], indent=2, ensure_ascii=False))
        return
    if not hits:
        Console().print("No matches.")
    for hit in hits:
        who = {"customer": "Customer", "interviewer": "Interviewer"}.get(hit.role, "Summary")
        Console().print(
            f"[bold]“{escape(hit.text)}”[/]\n  {escape(hit.source)} [cyan][{clock(hit.start)}][/] {who} · "
            f"{escape(hit.persona_name)} · {hit.kind}\n"
        )


@app.command()
def index(out: OutOption = Path("out")) -> None:
    """Bring the search index up to date with OUT: add changed interviews, drop removed ones."""
    _check_out(out)
    from pipeline.index import sync_index

    changed, pruned = sync_index(out)
    Console().print(f"{changed} interviews indexed, {len(pruned)} removed: {out / 'index.sqlite'}")


@app.command()
def report(out: OutOption = Path("out")) -> None:
    """Write the cross-interview report (report.md, report.json) for OUT."""
    _check_out(out)
    from pipeline.index import sync_index
    from pipeline.report import write_report

    sync_index(out)
    write_report(out)
    Console().print(f"Report: {out / 'report.md'}")


@app.command()
def site(out: OutOption = Path("out"), copy_audio: CopyAudioOption = False) -> None:
    """Build the static website for OUT (open site/index.html in a browser; no server needed)."""
    _check_out(out)
    from pipeline.index import sync_index
    from pipeline.site import build_site

    sync_index(out)
    Console().print(f"Site: {build_site(out, copy_audio).resolve().as_uri()}")


def _check_out(out: Path) -> None:
    if not out.is_dir():
        raise _fail(f"output folder not found: {out}")


def _check_taxonomy(path: Path) -> None:
    """A broken taxonomy stops the run before anything is written."""
    try:
        load_taxonomy(path)
    except TaxonomyError as error:
        raise _fail(str(error)) from None


def _run_batch(batch: Callable[[], list[Outcome]], out: Path, verbose: bool) -> None:
    _quiet_prefect_run_loggers(verbose)
    with BatchProgress():
        try:
            outcomes = batch()
        except (ModelError, TaxonomyError) as error:
            raise _fail(str(error)) from None
    _print_summary(outcomes, out)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(code=1)


@app.command()
def models() -> None:
    """List the offline models, whether they are installed, and where they come from."""
    table = Table(title=f"Models (store: {store_dir()})")
    for column in ("name", "status", "languages", "source"):
        table.add_column(column)
    default = default_model()
    for name, spec in load_manifest().items():
        missing = missing_parts(spec)
        status = "[green]installed[/]" if not missing else f"[red]missing[/] ({spec.install})"
        label = f"{name} (default)" if name == default else name
        sources = sorted({part.split("/")[0] for f in spec.files for part in f.parts})
        table.add_row(label, status, ", ".join(spec.languages), ", ".join(sources))
    Console().print(table)
    Console().print(
        "Online only (downloaded by the engine on first use): " + ", ".join(official_whisper_sizes()),
        "\nAny CTranslate2 Whisper folder also works: --model /path/to/folder",
    )


class BatchProgress(logging.Handler):
    """Feeds the flow's progress log records into a rich progress bar."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeRemainingColumn(),
            console=console,
        )
        self._files: TaskID | None = None
        self._audio: TaskID | None = None
        self._audio_done = 0.0
        self._current: dict[str, float] = {}

    def __enter__(self) -> BatchProgress:
        self.progress.start()
        logging.getLogger(LOGGER).addHandler(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        logging.getLogger(LOGGER).removeHandler(self)
        self.progress.stop()

    def emit(self, record: logging.LogRecord) -> None:
        event = event_of(record)
        if isinstance(event, BatchStarted):
            self._files = self.progress.add_task("files", total=event.files, detail="")
            minutes = event.audio_seconds / 60
            self._audio = self.progress.add_task(
                "audio", total=max(event.audio_seconds, 1e-3), detail=f"{minutes:.1f} min to transcribe"
            )
        elif isinstance(event, AudioAdvanced) and self._audio is not None:
            self._current[event.file] = event.seconds_done
            self.progress.update(self._audio, completed=self._audio_done + sum(self._current.values()))
        elif isinstance(event, FileFinished) and self._files is not None and self._audio is not None:
            self._current.pop(event.outcome.file, None)
            self._audio_done += event.outcome.audio_seconds
            self.progress.update(self._audio, completed=self._audio_done + sum(self._current.values()))
            self.progress.update(self._files, advance=1, detail=f"{event.outcome.file}: {event.outcome.status}")


def _configure_logging(verbose: bool) -> None:
    """Must run before Prefect is imported: Prefect reads its log level once, at import."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    handler = RichHandler(console=console, show_path=False)
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler], format="%(message)s")
    logging.getLogger(LOGGER).setLevel(logging.INFO)
    logging.getLogger(LOGGER).propagate = verbose


def _quiet_prefect_run_loggers(verbose: bool) -> None:
    """Prefect logs every failed task with a traceback; for a bad recording that is noise.

    The flow already records each failure with a readable reason and logs unexpected
    errors with their traceback itself, so by default only Prefect's critical errors show.
    """
    if not verbose:
        for name in ("prefect.task_runs", "prefect.flow_runs"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _print_summary(outcomes: list[Outcome], out: Path) -> None:
    table = Table(title=f"Results in {out}")
    for column in ("file", "status", "audio", "time", "output / reason"):
        table.add_column(column)
    colours = {
        "done": "green",
        "partial": "yellow",
        "retagged": "cyan",
        "failed": "red",
        "skipped": "dim",
        "duplicate": "dim",
    }
    for o in outcomes:
        detail = o.reason if o.status == "failed" else " ".join(filter(None, [o.recording_id, o.reason]))
        audio = f"{o.audio_seconds / 60:.1f} min" if o.audio_seconds else ""
        elapsed = f"{o.seconds:.1f} s" if o.seconds else ""
        table.add_row(o.file, f"[{colours[o.status]}]{o.status}[/]", audio, elapsed, detail)
    Console().print(table)
    counts = {status: sum(o.status == status for o in outcomes) for status in colours}
    Console().print(", ".join(f"{n} {status}" for status, n in counts.items() if n) or "no recordings found")
