"""The taxonomy PMs edit: loads, hashes by content, and rejects mistakes with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.taxonomy import DEFAULT_TAXONOMY, TaxonomyError, load_taxonomy, parse_taxonomy
from tests.conftest import SAMPLES, interviews

GOOD = """\
personas:
  - id: it-admin
    name: Enterprise IT administrator
    description: Runs IT for a large organisation.
    keywords: [SSO, audit]
jobs:
  - id: report-to-stakeholders
    statement: Update my stakeholders with clear reports.
"""


def test_default_taxonomy_loads() -> None:
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    assert {p.id for p in taxonomy.personas} >= {"it-admin", "small-business-owner", "ops-manager"}
    assert len(taxonomy.jobs) >= 4
    assert taxonomy.persona("it-admin").keywords


def test_hash_ignores_comments_and_layout_but_not_content() -> None:
    reformatted = "# edited by Sam\n" + GOOD.replace("keywords: [SSO, audit]", "keywords:\n      - SSO\n      - audit")
    assert parse_taxonomy(reformatted).sha256 == parse_taxonomy(GOOD).sha256
    assert parse_taxonomy(GOOD.replace("clear reports", "short reports")).sha256 != parse_taxonomy(GOOD).sha256


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("personas: [\n  - id: a\n", r"taxonomy.yaml line \d+, column \d+: invalid YAML"),
        (GOOD.replace("  - id: it-admin\n", "  - name2: x\n"), r"line 2: unknown field 'name2' in persona 1"),
        (GOOD.replace("  - id: it-admin\n    name", "  - name"), r"line 2: persona 1 is missing 'id'"),
        (
            GOOD.replace("jobs:", "  - id: it-admin\n    name: Dup\n    description: Again.\njobs:"),
            r"line 6: duplicate persona id 'it-admin' \(first on line 2\)",
        ),
        (
            GOOD.replace("statement: Update my stakeholders with clear reports.", "statement: [Update, report]"),
            r"line 8: 'statement' of job 1 must be non-empty text",
        ),
        (GOOD.replace("id: it-admin", "id: IT Admin"), r"persona 1 id 'IT Admin' must be lower-case"),
        (GOOD.replace("keywords: [SSO, audit]", "keywords: SSO"), r"'keywords' of persona 1 must be a list"),
        ("jobs: []\n", r"missing 'personas'"),
    ],
)
def test_mistakes_give_one_line_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message) as caught:
        parse_taxonomy(text)
    assert "\n" not in str(caught.value)


def test_a_broken_taxonomy_stops_the_run_before_anything_is_written(tmp_path: Path) -> None:
    broken = tmp_path / "taxonomy.yaml"
    broken.write_text(GOOD.replace("  - id: it-admin\n    name", "  - name"))
    out = tmp_path / "out"
    result = interviews("run", str(SAMPLES), "--out", str(out), "--taxonomy", str(broken))
    assert result.returncode == 2
    assert "taxonomy.yaml line 2: persona 1 is missing 'id'" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not out.exists()
