"""claims_actors, heads of government the text names: ``the Marlowe government`` in a story that
never names the offices table's holder makes Marlowe ``the prime minister``."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def norms(nlp, text: str) -> dict:
    return dict(actor_mentions(nlp, text, "2025-06-01"))


def test_the_head_of_a_government_the_text_names_is_the_prime_minister(nlp):
    text = ("CANBERRA — Speaking in Perth on Tuesday, the prime minister said the budget would be "
            "delivered in May. The Marlowe government has promised tax cuts, and Rebecca Marlowe told "
            "reporters the economy was turning.")
    out = norms(nlp, text)
    assert out["the prime minister"]["actor_id"] == out["Rebecca Marlowe"]["actor_id"]
    assert out["The Marlowe government"]["actor_id"] == "AUSGOV"


def test_a_story_that_names_the_tables_holder_keeps_the_table(nlp):
    text = ("CANBERRA — Prime Minister Anthony Albanese spoke in Perth. The prime minister said the "
            "Dutton opposition had no plan, and the Marlowe government of Tasmania was a model.")
    assert norms(nlp, text)["The prime minister"]["actor_id"] == "anthony-albanese"


def test_his_government_names_no_head(nlp):
    text = ("CANBERRA — The prime minister said on Tuesday that Foreign Minister Tom Reyne would travel "
            "to Jakarta. Reyne said his government wanted closer ties.")
    assert norms(nlp, text)["The prime minister"]["actor_id"] == "anthony-albanese"
