"""interview-pipeline: recorded customer interviews in, transcripts and insight out."""

__version__ = "0.1.0"
