"""claims_actors: ``the court`` with no court named before it (actor_courts.py)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_spans


def _ids(nlp, text):
    return [(sp.text, (sp._.norm or {}).get("actor_id")) for sp in actor_spans(nlp, text, "2025-03-01")]


def test_the_court_before_the_one_international_court_named(nlp):
    text = ("Kiribati welcomed the ruling on Thursday. The court said states must cut emissions, and the court's "
            "judges voted 12 to 3. Judges of the International Criminal Court in The Hague heard the case.")
    ids = dict(_ids(nlp, text))
    assert ids["The court"] == "international-criminal-court"


def test_the_court_before_a_national_court_keeps_the_judiciary(nlp):
    text = ("Kenya's opposition welcomed the ruling on Thursday. The court said the vote must be held again. "
            "The government said it would appeal to the Supreme Court of Kenya.")
    ids = dict(_ids(nlp, text))
    assert ids.get("The court") != "supreme-court-of-kenya"


def test_the_tribunal_after_a_named_tribunal(nlp):
    text = ("Paraguay's Superior Tribunal of Electoral Justice released partial results on Monday. "
            "The tribunal said turnout reached 63 percent.")
    ids = _ids(nlp, text)
    named = next(i for t, i in ids if t.endswith("Electoral Justice"))
    assert dict(ids)["The tribunal"] == named
