"""The ``interviews`` command: a thin front end over the flows and the model store.

Errors a user can cause (missing folder, unknown model, no GPU) are printed as one
sentence and exit code 2; per-file problems are reported in the summary table and make
the exit code 1, because a scheduler needs to notice them.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline.artifacts import clock, write_json
from pipeline.chat_ranking import TAGGERS
from pipeline.llm_writing import SUMMARIZERS
from pipeline.model_store import (
    ModelError,
    default_model,
    load_chat_manifest,
    load_manifest,
    missing_parts,
    official_whisper_sizes,
    store_dir,
)
from pipeline.progress import LOGGER, AudioAdvanced, BatchStarted, FileFinished, event_of
from pipeline.records import Outcome
from pipeline.shutdown import request_stop
from pipeline.taxonomy import DEFAULT_TAXONOMY, TaxonomyError, load_taxonomy
from pipeline.transcribe import DEVICES, ENGINES
from pipeline.watch import DEFAULT_SETTLE_S, watch_inbox

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


EngineOption = Annotated[str, typer.Option(help=f"Speech engine: {', '.join(ENGINES)}.")]
ModelOption = Annotated[
    str | None, typer.Option(help="Model name (see `interviews models`) or a CTranslate2 model folder.")
]
DeviceOption = Annotated[str, typer.Option(help="auto (GPU when available), cpu or cuda.")]
LanguageOption = Annotated[str | None, typer.Option(help="Force a language code (e.g. en, de); default: detect.")]
ThreadsOption = Annotated[int, typer.Option(help="CPU threads for the engine; 0 uses all cores.")]
RedactOption = Annotated[
    bool, typer.Option("--redact", help="Mask e-mail addresses, phone and card numbers in every output.")
]
InterviewerOption = Annotated[
    str | None, typer.Option(help="Speaker id (S1, S2, …) to treat as the interviewer, if detection is wrong.")
]
WebhookOption = Annotated[
    str | None, typer.Option(help="Post a digest of each batch to this Slack-compatible webhook URL.")
]
WorkersOption = Annotated[
    int, typer.Option(min=1, help="Recordings processed at once, sharing one loaded model (one per GPU).")
]
RunOutOption = Annotated[Path, typer.Option("--out", "-o", help="Output folder; one sub-folder per recording.")]
SummarizerOption = Annotated[
    str,
    typer.Option(help="Who writes summaries and job statements: extractive (offline method) or llm (a chat model)."),
]
LlmModelOption = Annotated[
    str | None,
    typer.Option(
        help="Chat model for --summarizer llm and --tagger llm: a name from `interviews models`, a folder or a .gguf."
    ),
]
TaggerOption = Annotated[
    str,
    typer.Option(
        help="Who ranks the jobs to be done and the personas: embeddings (offline method, fast) or llm (a chat "
        "model as well: better personas and jobs, about 40 s per interview on a CPU)."
    ),
]
SETTINGS_FILE = ".interviews-settings.json"  # the last run's settings, for `retry` and `status`


@app.command()
def run(
    input_dir: Annotated[Path, typer.Argument(help="Folder with recordings (searched recursively).")],
    out: RunOutOption = Path("out"),
    engine: EngineOption = "faster-whisper",
    model: ModelOption = None,
    device: DeviceOption = "auto",
    language: LanguageOption = None,
    threads: ThreadsOption = 0,
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    redact: RedactOption = False,
    interviewer: InterviewerOption = None,
    copy_audio: CopyAudioOption = False,
    notify_webhook: WebhookOption = None,
    workers: WorkersOption = 1,
    summarizer: SummarizerOption = "extractive",
    llm_model: LlmModelOption = None,
    tagger: TaggerOption = "embeddings",
    verbose: VerboseOption = False,
) -> None:
    """Transcribe, find speakers and tag every new or changed recording in INPUT_DIR into OUT.

    Then updates OUT's search index, cross-interview report (report.md) and site (site/index.html).
    """
    settings = _batch_settings(locals())
    _configure_logging(verbose)
    _run_batch(lambda: _remembered(settings), out, verbose)


@app.command()
def watch(
    inbox: Annotated[Path, typer.Argument(help="Folder to watch; recordings in sub-folders count too.")],
    out: RunOutOption = Path("out"),
    settle: Annotated[
        float, typer.Option(min=0, help="Seconds a file must stop changing before it is taken (still copying).")
    ] = DEFAULT_SETTLE_S,
    engine: EngineOption = "faster-whisper",
    model: ModelOption = None,
    device: DeviceOption = "auto",
    language: LanguageOption = None,
    threads: ThreadsOption = 0,
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    redact: RedactOption = False,
    interviewer: InterviewerOption = None,
    copy_audio: CopyAudioOption = False,
    notify_webhook: WebhookOption = None,
    workers: WorkersOption = 1,
    summarizer: SummarizerOption = "extractive",
    llm_model: LlmModelOption = None,
    tagger: TaggerOption = "embeddings",
    verbose: VerboseOption = False,
) -> None:
    """Process recordings as they arrive in INBOX, until Ctrl-C (which lets the current one finish)."""
    settings = _batch_settings({**locals(), "input_dir": inbox})
    _configure_logging(verbose)
    stop = threading.Event()

    def polite_stop(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        request_stop()
        console.print("Stopping after the recording in hand (Ctrl-C again to abort it).")

    signal.signal(signal.SIGINT, polite_stop)
    signal.signal(signal.SIGTERM, polite_stop)

    def settled(files: list[Path]) -> None:
        console.print(f"{len(files)} recording(s) arrived: {', '.join(f.name for f in files)}")
        _run_batch(lambda: _remembered({**settings, "files": files}), out, verbose, exit_on_failure=False)

    console.print(f"Watching {inbox} (Ctrl-C to stop). Outputs go to {out}.")
    watch_inbox(inbox, settled, stop, settle)
    console.print("Stopped.")


@app.command()
def deploy(
    inbox: Annotated[Path, typer.Argument(help="Folder the scheduled runs read recordings from.")],
    out: RunOutOption = Path("out"),
    cron: Annotated[str | None, typer.Option(help='Cron schedule, e.g. "0 * * * *" for every hour.')] = None,
    interval: Annotated[int | None, typer.Option(min=1, help="Or: run every N seconds.")] = None,
    name: Annotated[str, typer.Option(help="Deployment name, as shown in the Prefect UI.")] = "interviews",
    pool: Annotated[
        str | None, typer.Option(help="Register with this work pool for `prefect worker`s, instead of serving here.")
    ] = None,
    engine: EngineOption = "faster-whisper",
    model: ModelOption = None,
    device: DeviceOption = "auto",
    language: LanguageOption = None,
    threads: ThreadsOption = 0,
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    redact: RedactOption = False,
    interviewer: InterviewerOption = None,
    copy_audio: CopyAudioOption = False,
    notify_webhook: WebhookOption = None,
    workers: WorkersOption = 1,
    summarizer: SummarizerOption = "extractive",
    llm_model: LlmModelOption = None,
    tagger: TaggerOption = "embeddings",
) -> None:
    """Run the batch on a schedule through a Prefect server: serve it from here, or hand it to a work pool."""
    if (cron is None) == (interval is None):
        raise _fail("give exactly one of --cron or --interval")
    settings = _batch_settings({**locals(), "input_dir": inbox})
    from flows.schedule import NoServer, register, serve

    parameters = {key: str(value) if isinstance(value, Path) else value for key, value in settings.items()}
    try:
        if pool:
            register(name, pool, parameters, cron, interval)
            Console().print(
                f"Deployment process-folder/{name} registered with work pool {pool!r}. Start a worker on each "
                f"machine that should run it: prefect worker start --pool {pool}"
            )
            return
        Console().print(f"Serving process-folder/{name}; scheduled runs happen while this runs (Ctrl-C to stop).")
        serve(name, parameters, cron, interval)
    except NoServer as error:
        raise _fail(str(error)) from None


@app.command()
def status(
    out: OutOption = Path("out"),
    inbox: Annotated[Path | None, typer.Argument(help="Also list what is waiting in this folder.")] = None,
) -> None:
    """What is done, in progress, waiting and failed in OUT."""
    _check_out(out)
    from pipeline.status import folder_status

    report = folder_status(out, inbox, _saved_settings(out) if inbox else None)
    summary = Table(title=f"Status of {out}")
    for column in ("state", "recordings"):
        summary.add_column(column)
    for state in ("done", "in progress", "pending", "failed"):
        summary.add_row(state, str(len(report[state])))
    Console().print(summary)
    for state, columns in (
        ("in progress", ("file", "by", "since")),
        ("pending", ("file", "why")),
        ("failed", ("file", "stage", "reason", "attempts", "time")),
    ):
        if report[state]:
            table = Table(title=state)
            for column in columns:
                table.add_column(column)
            for row in report[state]:
                table.add_row(*[escape(str(value)) for value in row])
            Console().print(table)
    if inbox is None:
        Console().print("Add the input folder (`interviews status --out OUT INBOX`) to see what is waiting there.")


@app.command()
def retry(out: OutOption = Path("out"), verbose: VerboseOption = False) -> None:
    """Process the recordings that failed in OUT again, with the settings of the last run."""
    _check_out(out)
    from pipeline.status import failed_recordings

    paths, missing = failed_recordings(out)
    for name in missing:
        console.print(f"[yellow]not found any more, skipped:[/] {escape(name)}")
    if not paths:
        Console().print("Nothing to retry.")
        return
    settings = _saved_settings(out)
    _configure_logging(verbose)
    from flows.process import process_folder

    _run_batch(lambda: process_folder(**{**settings, "files": paths}), out, verbose)


def _batch_settings(arguments: dict[str, Any]) -> dict[str, Any]:
    """Check a batch's settings as a user typed them; returns process_folder's keyword arguments.

    ``_remembered`` keeps them in OUT, so `retry` and `status` use what the last run used.
    """
    _check_choice(arguments["engine"], ENGINES, "--engine")
    _check_choice(arguments["device"], DEVICES, "--device")
    _check_choice(arguments["summarizer"], SUMMARIZERS, "--summarizer")
    _check_choice(arguments["tagger"], TAGGERS, "--tagger")
    if not arguments["input_dir"].is_dir():
        raise _fail(f"input folder not found: {arguments['input_dir']}")
    _check_taxonomy(arguments["taxonomy"])
    names = ("engine", "model", "device", "language", "threads", "redact", "interviewer", "copy_audio", "llm_model")
    settings = {
        "input_dir": arguments["input_dir"],
        "out_dir": arguments["out"],
        "taxonomy_file": arguments["taxonomy"],
        "notify_webhook": arguments["notify_webhook"],
        "workers": arguments["workers"],
        "summarizer": arguments["summarizer"],
        "tagger": arguments["tagger"],
        **{name: arguments[name] for name in names},
    }
    return settings


def _remembered(settings: dict[str, Any]) -> list[Outcome]:
    """Run the batch, then remember its settings in OUT for `retry` and `status`."""
    from flows.process import process_folder

    outcomes = process_folder(**settings)
    kept = {key: str(value.resolve()) if isinstance(value, Path) else value for key, value in settings.items()}
    kept.pop("files", None)
    write_json(settings["out_dir"] / SETTINGS_FILE, kept)
    return outcomes


def _saved_settings(out: Path) -> dict[str, Any]:
    try:
        saved = json.loads((out / SETTINGS_FILE).read_text())
    except (OSError, ValueError):
        raise _fail(f"no earlier `interviews run` into {out} to take the settings from") from None
    for key in ("input_dir", "out_dir", "taxonomy_file"):
        saved[key] = Path(saved[key])
    return saved


@app.command()
def retag(
    out: OutOption = Path("out"),
    taxonomy: TaxonomyOption = DEFAULT_TAXONOMY,
    summarizer: SummarizerOption = "extractive",
    llm_model: LlmModelOption = None,
    tagger: TaggerOption = "embeddings",
    device: DeviceOption = "auto",
    verbose: VerboseOption = False,
) -> None:
    """Tag existing transcripts again after editing the taxonomy, the summarizer or the tagger (no re-transcription)."""
    _check_out(out)
    _check_taxonomy(taxonomy)
    _check_choice(summarizer, SUMMARIZERS, "--summarizer")
    _check_choice(tagger, TAGGERS, "--tagger")
    _check_choice(device, DEVICES, "--device")
    _configure_logging(verbose)
    from flows.tagging import retag_folder

    _run_batch(lambda: retag_folder(out, taxonomy, summarizer, llm_model, device, tagger), out, verbose)


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
    """Write the cross-interview report (report.md, report.json) for OUT, and refresh index and site."""
    _refresh(out, copy_audio=False)
    Console().print(f"Report: {out / 'report.md'}")


@app.command()
def site(out: OutOption = Path("out"), copy_audio: CopyAudioOption = False) -> None:
    """Build the static website for OUT (open site/index.html in a browser; no server needed)."""
    Console().print(f"Site: {_refresh(out, copy_audio).resolve().as_uri()}")


def _refresh(out: Path, copy_audio: bool) -> Path:
    _check_out(out)
    from pipeline.refresh import refresh

    site = refresh(out, {}, copy_audio)
    if site is None:
        raise _fail(f"another run is refreshing {out} right now; try again when it has finished")
    return site


def _check_out(out: Path) -> None:
    if not out.is_dir():
        raise _fail(f"output folder not found: {out}")


def _check_taxonomy(path: Path) -> None:
    """A broken taxonomy stops the run before anything is written."""
    try:
        load_taxonomy(path)
    except TaxonomyError as error:
        raise _fail(str(error)) from None


def _run_batch(batch: Callable[[], list[Outcome]], out: Path, verbose: bool, exit_on_failure: bool = True) -> None:
    _quiet_prefect_run_loggers(verbose)
    with BatchProgress():
        try:
            outcomes = batch()
        except (ModelError, TaxonomyError) as error:
            raise _fail(str(error)) from None
    _print_summary(outcomes, out)
    if exit_on_failure and any(o.status == "failed" for o in outcomes):
        raise typer.Exit(code=1)


@app.command()
def models() -> None:
    """List the offline models, whether they are installed, and where they come from."""
    table = Table(title=f"Models (store: {store_dir()})")
    for column in ("name", "status", "languages", "source"):
        table.add_column(column)
    default, (default_chat, chat_models) = default_model(), load_chat_manifest()
    rows = [(f"{name} (default)" if name == default else name, spec) for name, spec in load_manifest().items()]
    rows += [
        (f"{name} (chat model for --summarizer/--tagger llm{', default' if name == default_chat else ''})", spec)
        for name, spec in chat_models.items()
    ]
    for label, spec in rows:
        missing = missing_parts(spec)
        status = "[green]installed[/]" if not missing else f"[red]missing[/] ({spec.install})"
        sources = sorted({part.split("/")[0].removeprefix("package:") for f in spec.files for part in f.parts})
        shown = ", ".join(sources) if len(sources) <= 3 else f"{sources[0]} … ({len(sources)} packages)"
        table.add_row(label, status, ", ".join(spec.languages), shown)
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
    import flows.process  # noqa: F401 - loading the flows configures Prefect's loggers; quiet them after

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
        "busy": "magenta",
        "stopped": "yellow",
    }
    for o in outcomes:
        detail = o.reason if o.status == "failed" else " ".join(filter(None, [o.recording_id, o.reason]))
        audio = f"{o.audio_seconds / 60:.1f} min" if o.audio_seconds else ""
        elapsed = f"{o.seconds:.1f} s" if o.seconds else ""
        table.add_row(o.file, f"[{colours[o.status]}]{o.status}[/]", audio, elapsed, detail)
    Console().print(table)
    counts = {status: sum(o.status == status for o in outcomes) for status in colours}
    Console().print(", ".join(f"{n} {status}" for status, n in counts.items() if n) or "no recordings found")
