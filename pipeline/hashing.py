"""Content hashes: the identity of recordings, weights and configuration.

Names and paths change (a file is renamed, copied, re-exported); bytes do not, so every
"is this current?" decision in the pipeline compares sha256 digests.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_BLOCK = 1 << 22


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()
