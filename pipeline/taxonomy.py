"""The personas and jobs to be done a team tags interviews with, from a YAML file PMs edit.

PMs edit this file by hand, so every mistake must come back as one sentence with the
line and field, before anything is written. Unknown fields are errors, not ignored:
a misspelt ``descripton`` would otherwise silently weaken tagging. The hash covers the
parsed content, so reformatting or comments do not trigger a re-tag of every interview.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_PERSONA_FIELDS = {"id": True, "name": True, "description": True, "keywords": False}
_JOB_FIELDS = {"id": True, "statement": True, "keywords": False}


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file, line and problem."""


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    description: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Job:
    id: str
    statement: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    personas: tuple[Persona, ...]
    jobs: tuple[Job, ...]
    sha256: str
    source: str

    def persona(self, persona_id: str) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)

    def job(self, job_id: str) -> Job:
        return next(j for j in self.jobs if j.id == job_id)


def load_taxonomy(path: Path) -> Taxonomy:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TaxonomyError(f"{path}: cannot read the taxonomy ({error.strerror})") from None
    return parse_taxonomy(text, path.name)


def parse_taxonomy(text: str, name: str = "taxonomy.yaml") -> Taxonomy:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise TaxonomyError(f"{name}{where}: invalid YAML ({problem})") from None
    if not isinstance(root, MappingNode):
        raise TaxonomyError(f"{name}: expected 'personas:' and 'jobs:' lists at the top level")
    sections = _mapping(root, name, "the top level", {"personas": True, "jobs": True})
    personas = tuple(Persona(**fields) for fields in _entries(sections["personas"], name, "persona", _PERSONA_FIELDS))
    jobs = tuple(Job(**fields) for fields in _entries(sections["jobs"], name, "job", _JOB_FIELDS))
    canonical = json.dumps(
        {"personas": [asdict(p) for p in personas], "jobs": [asdict(j) for j in jobs]}, sort_keys=True
    )
    return Taxonomy(personas, jobs, hashlib.sha256(canonical.encode()).hexdigest(), name)


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _mapping(node: MappingNode, name: str, what: str, fields: dict[str, bool]) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for key, value in node.value:
        field = key.value if isinstance(key, ScalarNode) else str(key)
        if field not in fields:
            allowed = ", ".join(fields)
            raise TaxonomyError(f"{name} line {_line(key)}: unknown field '{field}' in {what} (allowed: {allowed})")
        if field in found:
            raise TaxonomyError(f"{name} line {_line(key)}: '{field}' appears twice in {what}")
        found[field] = value
    for field, required in fields.items():
        if required and field not in found:
            raise TaxonomyError(f"{name} line {_line(node)}: {what} is missing '{field}'")
    return found


def _entries(node: Node, name: str, kind: str, fields: dict[str, bool]) -> list[dict[str, object]]:
    if not isinstance(node, SequenceNode) or not node.value:
        raise TaxonomyError(f"{name} line {_line(node)}: '{kind}s' must be a non-empty list of {kind}s")
    entries: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(node.value, start=1):
        what = f"{kind} {index}"
        if not isinstance(item, MappingNode):
            raise TaxonomyError(f"{name} line {_line(item)}: {what} must be a mapping with {', '.join(fields)}")
        values = _mapping(item, name, what, fields)
        entry: dict[str, object] = {}
        for field, value in values.items():
            entry[field] = _keywords(value, name, what) if field == "keywords" else _text(value, name, what, field)
        identifier = str(entry["id"])
        if not _ID.match(identifier):
            raise TaxonomyError(
                f"{name} line {_line(values['id'])}: {what} id '{identifier}' must be lower-case letters, "
                "digits, '-' or '_'"
            )
        if identifier in seen:
            raise TaxonomyError(
                f"{name} line {_line(values['id'])}: duplicate {kind} id '{identifier}' "
                f"(first on line {seen[identifier]})"
            )
        seen[identifier] = _line(values["id"])
        entries.append(entry)
    return entries


def _text(node: Node, name: str, what: str, field: str) -> str:
    if not isinstance(node, ScalarNode) or not str(node.value).strip():
        raise TaxonomyError(f"{name} line {_line(node)}: '{field}' of {what} must be non-empty text")
    return str(node.value).strip()


def _keywords(node: Node, name: str, what: str) -> tuple[str, ...]:
    if not isinstance(node, SequenceNode) or not all(isinstance(k, ScalarNode) for k in node.value):
        raise TaxonomyError(
            f"{name} line {_line(node)}: 'keywords' of {what} must be a list of words, e.g. [board, report]"
        )
    return tuple(str(k.value).strip() for k in node.value if str(k.value).strip())


DEFAULT_TAXONOMY = Path(__file__).resolve().parents[1] / "samples" / "taxonomy.yaml"
