"""claims_actors, office acronyms: ``the PM``, ``the LG`` name the person the document titles so."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_office_acronyms import load_office_acronyms
from pipeline.components.gazetteer import RULES
from tests.conftest import actor_mentions


def _ids(nlp, text, mention):
    return [n["actor_id"] for t, n in actor_mentions(nlp, text) if t == mention]


def test_the_pm_is_the_prime_minister_named_before(nlp):
    text = "Prime Minister Keir Starmer faced a revolt on Tuesday. Labour MPs said the PM had lost their trust."
    assert _ids(nlp, text, "the PM") == ["keir-starmer"]


def test_the_lg_is_the_lieutenant_governor_not_a_body(nlp):
    text = ("Lieutenant Governor Arvind Malhotra signed the order on Monday. Officials said they now report "
            "to the LG and ignore the elected ministers.")
    got = actor_mentions(nlp, text)
    assert [n["actor_id"] for t, n in got if t == "the LG"] == [n["actor_id"] for t, n in got
                                                                if t.endswith("Arvind Malhotra")]
    assert "LG" not in [t for t, _ in got]


def test_no_person_titled_so_leaves_the_company(nlp):
    """Near miss: ``the LG unit`` of a company; nobody titled lieutenant governor."""
    got = actor_mentions(nlp, "Shares of LG rose 3% on Monday. Analysts said the LG unit would gain.")
    assert all(n["type"] != "person" for t, n in got if "LG" in t)


def test_two_prime_ministers_together_no_guess(nlp):
    text = "Prime Minister Keir Starmer met Prime Minister Narendra Modi in Delhi. The PM said trade came first."
    assert _ids(nlp, text, "The PM") == []


def test_loader_tolerates_a_rules_folder_without_the_file(tmp_path):
    assert load_office_acronyms(tmp_path / "actor_office_acronyms.jsonl") == {}
    assert load_office_acronyms(RULES / "actor_office_acronyms.jsonl")["PM"] == "prime minister"
