"""Stages: plain functions that read one artifact and write the next."""
