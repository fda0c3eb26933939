"""Our components as spaCy pipes: declared requirements, rule data saved with the pipeline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
import spacy

from conftest import FIXTURES
from pipeline.components.base import SHIPPED_RULES, RuleDataWarning
from pipeline.components.dates import DateRuleError
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.config import Settings
from pipeline.nlp import build

USER_TEXT = "Acme Defense Systems said on Monday that ADS would bid for the contract, Dima Course told reporters."


def actor_ids(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s._.norm["actor_id"]) for s in doc.spans["mentions"] if s.label_ == "actor"]


def found(proc, nlp, text: str, *fields: str) -> list[tuple]:
    """``(text, norm[field]…)`` of the spans ``proc`` writes to its group for ``text``."""
    doc = proc(nlp(text))
    return [(s.text, *(s._.origin if f == "origin" else s._.norm[f] for f in fields))
            for s in doc.spans[proc.name]]


def test_analyze_pipes_says_the_claim_extractor_needs_a_parse():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_claims")
    problems = nlp.analyze_pipes(pretty=False)["problems"]["claims_claims"]
    assert {"token.dep", "token.head", "doc.sents"} <= set(problems)


def test_analyze_pipes_actors_need_entities_and_mentions_see_the_groups():
    nlp = spacy.blank("en")
    for name in ("claims_money", "claims_actors", "claims_mentions"):
        nlp.add_pipe(name)
    report = nlp.analyze_pipes(pretty=False)
    assert "doc.ents" in report["problems"]["claims_actors"]
    assert "doc.spans" not in report["problems"]["claims_mentions"]  # assigned by the components before
    assert report["summary"]["claims_actors"]["assigns"] == ["doc.spans"]


def test_analyze_pipes_full_pipeline_has_no_unmet_requirement(full_nlp):
    nlp = full_nlp
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert all(not found for found in problems.values()), problems


@pytest.mark.slow
def test_saved_pipeline_carries_the_user_dictionary(tmp_path):
    user = tmp_path / "my_actors.csv"
    shutil.copy(FIXTURES / "actors" / "good.csv", user)
    nlp = build(Settings(actor_files=(str(user),)))
    before = actor_ids(nlp, USER_TEXT)
    assert ("Acme Defense Systems", "acme-defense") in before
    nlp.to_disk(tmp_path / "saved")
    user.unlink()  # the saved pipeline must not need the file
    code = ("import json, spacy, sys\n"
            "nlp = spacy.load(sys.argv[1])\n"
            "doc = nlp(sys.argv[2])\n"
            "print(json.dumps([[s.text, s._.norm['actor_id']] for s in doc.spans['mentions'] if s.label_ == 'actor']))\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "saved"), USER_TEXT],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert [tuple(pair) for pair in json.loads(out.stdout)] == before
    assert not (tmp_path / "saved" / "claims_actors" / "user" / "00-my_actors.csv").read_bytes() == b""


def test_saved_rules_are_the_shipped_files(full_nlp, tmp_path):
    full_nlp.get_pipe("claims_dates").to_disk(tmp_path / "dates")
    saved = sorted(p.name for p in (tmp_path / "dates" / "rules").iterdir())
    assert saved == ["date_words.jsonl", "dates_patterns.jsonl"]
    assert (tmp_path / "dates" / "rules" / "date_words.jsonl").read_bytes() == \
        (SHIPPED_RULES / "date_words.jsonl").read_bytes()


def test_actor_bytes_round_trip_into_a_fresh_pipeline(blank_nlp):
    nlp = spacy.blank("en")
    actors = nlp.add_pipe("claims_actors")
    actors.add_dictionaries([FIXTURES / "actors" / "good.jsonl"])
    data = actors.to_bytes()
    other = spacy.blank("en")
    fresh = other.add_pipe("claims_actors")
    assert found(fresh, other, "The ZLF said so.", "actor_id") == []
    fresh.from_bytes(data)
    assert found(fresh, other, "The ZLF said so.", "actor_id") == [("ZLF", "zorbania-front")]
    assert fresh.to_bytes() == data


def test_actor_add_patterns_validates_and_keeps_the_old_data_on_error():
    nlp = spacy.blank("en")
    actors = nlp.add_pipe("claims_actors")
    actors.add_patterns([{"id": "harbor-guild", "name": "Harbor Pilots Guild", "aliases": ["the Guild"],
                          "type": "organization", "country": "NLD"}])
    assert found(actors, nlp, "The Harbor Pilots Guild rejected the offer.", "actor_id") == \
        [("Harbor Pilots Guild", "harbor-guild")]
    with pytest.raises(ActorDictionaryError, match="unknown type 'club'"):
        actors.add_patterns([{"id": "x", "name": "Chess Club of Delft", "type": "club"}])
    assert found(actors, nlp, "The Harbor Pilots Guild rejected the offer.", "actor_id") == \
        [("Harbor Pilots Guild", "harbor-guild")]


def test_date_add_patterns_adds_a_rule_that_survives_bytes():
    nlp = spacy.blank("en")
    dates = nlp.add_pipe("claims_dates")
    text = "Output fell in the calendar year 2012, officials said."
    assert found(dates, nlp, text) == [("2012",)]
    dates.add_patterns([{"id": "user-calendar-year", "handler": "year",
                         "pattern": "the\\s+calendar\\s+year\\s+{YEAR:year}(?![\\w%]|[.,]\\d)"}])
    assert found(dates, nlp, text, "origin", "value") == \
        [("the calendar year 2012", "rule:user-calendar-year", "2012")]
    other = spacy.blank("en")
    fresh = other.add_pipe("claims_dates").from_bytes(dates.to_bytes())
    assert found(fresh, other, "Costs rose in the calendar year 2019.", "origin") == \
        [("the calendar year 2019", "rule:user-calendar-year")]


def test_date_add_patterns_rejects_an_unknown_block():
    nlp = spacy.blank("en")
    dates = nlp.add_pipe("claims_dates")
    with pytest.raises(DateRuleError, match="NOPE"):
        dates.add_patterns([{"id": "bad", "handler": "year", "pattern": "{NOPE:year}"}])
    assert found(dates, nlp, "It ended in 2011.") == [("2011",)]


def test_money_cannot_take_patterns_yet_and_warns_on_foreign_rule_data(tmp_path):
    nlp = spacy.blank("en")
    money = nlp.add_pipe("claims_money")
    with pytest.raises(NotImplementedError, match="money_patterns.jsonl"):
        money.add_patterns([{"id": "x", "pattern": "{A1}"}])
    money.to_disk(tmp_path / "money")
    with (tmp_path / "money" / "rules" / "money_patterns.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "extra", "pattern": "{A1} quid"}\n')
    with pytest.warns(RuleDataWarning, match="claims_money"):
        money.from_disk(tmp_path / "money")
