"""The static site in a real browser (Debian's chromium, opened from file://), on the labelled corpus.

A PM double-clicks index.html: the list, the filters, the search, the player and the report
must work with no server and no network, so every check here drives a real page and every
page must load nothing but local files and raise no script error.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from pipeline.artifacts import load_transcript, speaker_labels
from pipeline.hashing import file_sha256
from pipeline.index import index_path, sync_index
from pipeline.records import Insights, ModelRef, Quote, Segment, Source, Speaker, Tag, Transcript
from pipeline.site import Interview, Job, build_site, interview_page, report_page
from tests.conftest import LABELLED, REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = REPO / "test-output"
SEEK_TOLERANCE = 0.3


def query(out: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(index_path(out))) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def site_out(labelled_out: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the labelled corpus, its index in line and its site built: the shared fixture stays read-only."""
    out = tmp_path_factory.mktemp("site") / "out"
    shutil.copytree(labelled_out, out)
    sync_index(out)
    build_site(out)
    return out


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.is_file():
        pytest.fail(f"the site tests drive Debian's chromium, not found at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as handle:
        yield handle


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab that records script errors and every URL it loads; both are checked after the test."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    urls: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("request", lambda request: urls.append(request.url))
    yield tab
    context.close()
    assert not errors, f"script errors: {errors}"
    assert all(url.startswith("file://") for url in urls), f"the site reached outside the file system: {urls}"


def site_url(out: Path, relative: str) -> str:
    return f"{(out / 'site').as_uri()}/{relative}"


def visible_ids(page: Page) -> list[str]:
    return page.eval_on_selector_all("#interviews > li:not([hidden])", "rows => rows.map(r => r.dataset.id)")


def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_index_lists_every_interview(site_out: Path, page: Page) -> None:
    page.goto(site_url(site_out, "index.html"))
    recordings = dict(query(site_out, "select recording_id, source from recordings"))
    assert len(recordings) == 12
    assert sorted(visible_ids(page)) == sorted(recordings)
    titles = page.eval_on_selector_all("#interviews > li h2 a", "links => links.map(a => a.textContent)")
    assert sorted(titles) == sorted(recordings.values())
    assert page.text_content("#count") == "12 interviews"
    screenshot(page, "site-index.png")


def test_persona_filter_keeps_that_personas_interviews(site_out: Path, page: Page) -> None:
    page.goto(site_url(site_out, "index.html"))
    persona_id, persona_name = query(site_out, "select persona_id, persona_name from recordings order by source")[0]
    expected = [r for (r,) in query(site_out, "select recording_id from recordings where persona_id = ?", persona_id)]
    page.select_option("#persona", persona_id)
    assert sorted(visible_ids(page)) == sorted(expected) and 0 < len(expected) < 12
    metas = page.eval_on_selector_all("#interviews > li:not([hidden]) .meta", "ps => ps.map(p => p.textContent)")
    assert all(persona_name in meta for meta in metas)
    assert page.text_content("#count") == f"{len(expected)} of 12 interviews"
    page.select_option("#persona", "")
    assert len(visible_ids(page)) == 12


def test_job_filter_keeps_interviews_tagged_with_that_job(site_out: Path, page: Page) -> None:
    page.goto(site_url(site_out, "index.html"))
    (job_id,) = query(site_out, "select job_id from recording_jobs group by job_id order by count(*) desc")[0]
    expected = [r for (r,) in query(site_out, "select recording_id from recording_jobs where job_id = ?", job_id)]
    page.select_option("#job", job_id)
    assert sorted(visible_ids(page)) == sorted(expected)


def test_search_finds_a_phrase_and_opens_the_interview_there(site_out: Path, page: Page) -> None:
    recording_id, start, phrase = query(
        site_out,
        "select recording_id, start, text from units where kind = 'segment' and role = 'customer'"
        " order by length(text) desc limit 1",
    )[0]
    page.goto(site_url(site_out, "index.html"))
    page.type("#q", phrase.lower().rstrip(".?!"))
    hits = page.locator("#hit-list li a", has_text=phrase)
    expected = f"interviews/{recording_id}.html#t="
    assert hits.count() >= 1
    href = hits.first.get_attribute("href") or ""
    assert href.startswith(expected) and math.isclose(float(href.split("#t=")[1]), start, abs_tol=0.01)
    hits.first.click()
    page.wait_for_url(f"**/{recording_id}.html#t=*")
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=10_000)
    assert page.evaluate("document.getElementById('player').currentTime") == pytest.approx(start, abs=SEEK_TOLERANCE)


@pytest.mark.parametrize("suffix", [".mp3", ".ogg"])
def test_player_loads_the_original_recording(site_out: Path, page: Page, suffix: str) -> None:
    recording_id, path, duration = query(
        site_out,
        "select recording_id, path, duration from recordings where source like ? order by source",
        f"%{suffix}",
    )[0]
    assert path, "the index does not know where the recording is: `interviews run` should record it"
    assert Path(path).parent == LABELLED.resolve()
    page.goto(site_url(site_out, f"interviews/{recording_id}.html"))
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=10_000)
    assert page.evaluate("document.getElementById('player').duration") == pytest.approx(duration, abs=0.5)


def test_clicking_a_quote_or_a_line_seeks_the_player(site_out: Path, page: Page) -> None:
    highlights = "select recording_id from units where kind = 'highlight' order by recording_id"
    (recording_id,) = query(site_out, highlights)[0]
    page.goto(site_url(site_out, f"interviews/{recording_id}.html"))
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=10_000)
    # The click also starts playback, so on a busy machine currentTime has moved on by the time the test reads it:
    # record where each seek landed instead.
    page.evaluate(
        "window.seeks = []; const p = document.getElementById('player');"
        "p.addEventListener('seeking', () => window.seeks.push(p.currentTime))"
    )
    for count, selector in enumerate(("a.quote", ".transcript li:nth-child(3) .text"), start=1):
        target = page.locator(selector).first
        start = float(target.evaluate("node => node.closest('[data-start]').dataset.start"))
        target.click()
        page.wait_for_function(f"window.seeks.length >= {count}", timeout=10_000)
        assert page.evaluate("window.seeks.at(-1)") == pytest.approx(start, abs=SEEK_TOLERANCE)
    transcript = load_transcript(site_out / recording_id / "transcript.json")
    names = speaker_labels(transcript.speakers)
    shown = page.eval_on_selector_all(".transcript .who", "spans => spans.map(s => s.textContent)")
    assert shown == [names.get(s.speaker or "", "") for s in transcript.segments if s.text.strip()]
    assert {"Interviewer", "Customer"} & set(shown)
    page.evaluate("document.getElementById('player').pause()")
    screenshot(page, "site-interview.png")


def test_report_page_renders_report_json(site_out: Path, page: Page) -> None:
    report = site_out / "report.json"
    assert report.is_file(), "`interviews run` on the labelled set wrote no report.json"
    data = json.loads(report.read_text())
    page.goto(site_url(site_out, "report.html"))
    assert page.text_content("h1") == "Across interviews"
    text = page.text_content("main") or ""
    assert all(p["name"] in text for p in data["personas"]) and all(j["statement"] in text for j in data["jobs"])
    links = page.locator("a.quote").all()
    assert links
    for link in links:
        href = link.get_attribute("href") or ""
        assert (site_out / "site" / href.split("#")[0]).is_file(), href
    screenshot(page, "site-report.png")


def test_report_page_follows_the_contract(tmp_path: Path) -> None:
    quote = {"recording_id": "call-0123456789", "source": "call.ogg", "text": "Bills & <receipts>", "start": 83.4,
             "end": 86.0, "speaker": "S2"}  # fmt: skip
    persona = {"id": "owner", "name": "Shop <owner>", "interviews": 1}
    job = {"id": "books", "statement": "Keep the books", "interviews": 1}
    theme = {"label": "Paperwork", "interviews": 1, "of": 2, "quotes": [quote]}
    report = {
        "schema": 1, "generated_at": "2026-01-05T10:00:00+00:00", "interviews": 2,
        "personas": [{**persona, "jobs": [job], "pains": [theme], "requests": []}],
        "jobs": [{**job, "personas": [persona], "quotes": [quote]}],
        "balance": {"personas": [{**persona, "interview_share": 0.5, "customer_minutes": 0.8, "minute_share": 0.4}],
                    "warning": "Only one persona & few interviews"},
        "changes": {"since": None, "lines": ["First report"]},
    }  # fmt: skip
    (tmp_path / "report.json").write_text(json.dumps(report))
    html = report_page(tmp_path, {"call-0123456789": {"S2": "Customer"}})
    assert 'href="interviews/call-0123456789.html#t=83.4"' in html
    assert "<q>Bills &amp; &lt;receipts&gt;</q>" in html and "call.ogg [01:23] · Customer" in html
    assert "Shop &lt;owner&gt;" in html and "Only one persona &amp; few interviews" in html
    assert "<td>50%</td>" in html and "1 of 2 interviews" in html and "<li>First report</li>" in html


def test_without_report_json_the_page_says_how_to_make_one(tmp_path: Path) -> None:
    assert "No report yet: run <code>interviews report --out" in report_page(tmp_path, {})


def test_copy_audio_and_stale_pages(site_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(site_out, out)
    stale = out / "site" / "interviews" / "deleted-0123456789.html"
    stale.write_text("an interview that left the index")
    build_site(out, copy_audio=True)
    assert not stale.exists()
    for recording_id, sha256, path in query(out, "select recording_id, sha256, path from recordings"):
        copy = out / "site" / "audio" / f"{recording_id}{Path(path).suffix}"
        assert file_sha256(copy) == sha256
        page_html = (out / "site" / "interviews" / f"{recording_id}.html").read_text()
        assert f'src="../audio/{copy.name}"' in page_html
    build_site(out)
    assert not any((out / "site" / "audio").iterdir())


def test_a_rebuild_writes_only_the_pages_whose_interview_changed(site_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(site_out, out)
    build_site(out)  # the copy moved, so every player's relative link changed: all pages written
    pages = sorted((out / "site" / "interviews").glob("*.html"))
    written = {p.name: p.stat().st_mtime_ns for p in pages}
    build_site(out)
    assert {p.name: p.stat().st_mtime_ns for p in pages} == written, "an unchanged page was written again"

    changed = sorted(out.glob("*/insights.json"))[0]
    data = json.loads(changed.read_text())
    data["summary"] = edited = "A summary edited after the first build."
    changed.write_text(json.dumps(data))
    sync_index(out)
    build_site(out)
    rewritten = {p.name for p in pages if p.stat().st_mtime_ns != written[p.name]}
    assert rewritten == {f"{changed.parent.name}.html"}
    assert edited in (out / "site" / "interviews" / f"{changed.parent.name}.html").read_text()
    assert edited in (out / "site" / "index.html").read_text()

    incremental = {p.name: p.read_bytes() for p in pages}
    (out / "site" / "data" / "pages.json").unlink()
    build_site(out)
    assert {p.name: p.read_bytes() for p in pages} == incremental, "a kept page differs from a fresh one"


def test_a_missing_recording_gets_a_note_not_a_player(site_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(site_out, out)
    (recording_id,) = query(out, "select recording_id from recordings order by source")[0]
    with closing(sqlite3.connect(index_path(out))) as connection, connection:
        connection.execute(
            "update recordings set path = ? where recording_id = ?", (str(tmp_path / "gone.ogg"), recording_id)
        )
    build_site(out)
    page_html = (out / "site" / "interviews" / f"{recording_id}.html").read_text()
    assert "<audio" not in page_html and f"last seen at {tmp_path / 'gone.ogg'} and is no longer there" in page_html


def test_quote_text_is_html_escaped() -> None:
    source = Source(file="<b>call</b>.ogg", sha256="0" * 64, duration=30.0)
    hostile = Quote(text='<script>alert("x")</script> & <i>co</i>', start=3.5, end=6.0, speaker="S2")
    transcript = Transcript(
        source=source,
        model=ModelRef("faster-whisper", "base", "1" * 64, "cpu", "int8"),
        language="en",
        segments=[Segment(3.5, 6.0, hostile.text, -0.2, 0.01, speaker="S2")],
        pipeline_version="test",
        speakers=[Speaker("S1", "interviewer", 10.0), Speaker("S2", "customer", 20.0)],
    )
    persona = Tag("it-admin", "IT <admin>", 0.5, (hostile,))
    insights = Insights(source, persona, [persona], [], [hostile], [hostile], [], "Summary & <more>")
    interview = Interview(
        "call-0000000000", source.file, source.sha256, None, "2026-01-05T10:00:00+00:00", 30.0,
        persona.id, persona.label, insights.summary, (Job("prove-compliance", "When <x>"),),
    )  # fmt: skip
    html = interview_page(interview, transcript, insights, player="")
    assert "<script>alert" not in html and "<i>co</i>" not in html and "<b>call</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;i&gt;co&lt;/i&gt;" in html
    assert "&lt;b&gt;call&lt;/b&gt;.ogg" in html and "IT &lt;admin&gt;" in html and "Summary &amp; &lt;more&gt;" in html
