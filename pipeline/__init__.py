"""Claim extraction pipeline: actors, money amounts and dates with exact source offsets."""

__version__ = "0.1.0"
