"""Claim extraction pipeline: actors, money amounts and dates with exact source offsets."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """``pipeline.load_run(DIR)`` without importing pandas when the CLI starts."""
    if name == "load_run":
        from pipeline.api import load_run

        return load_run
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
