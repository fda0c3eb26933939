"""Our components as spaCy pipes: declared requirements, rule data saved with the pipeline."""

from __future__ import annotations

import inspect
import json
import shutil
import subprocess
import sys

import pytest
import spacy

from conftest import FIXTURES
from pipeline.components.base import SHIPPED_RULES, MissingRuleDataError
from pipeline.components.dates import DateRuleError
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.config import Settings
from pipeline.nlp import build
from pipeline.ruledata import RuleError

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


MONEY_IN_ROW = {"id": "user-money-in-currency", "pattern": "{Q}{A1}[ ]+in[ ]+{POSTW}{END}",
                "description": "an amount, then the currency it is counted in: 300 million in euros"}
AVER_ROW = {"id": "user-report-aver", "kind": "report", "lemma": "aver", "hedge": False, "negative": False}
TEU_ROW = {"id": "user-teu", "type": "measure", "unit": "TEU", "forms": ["TEU", "TEUs"]}


def test_money_add_patterns_adds_a_rule_that_survives_bytes():
    nlp = spacy.blank("en")
    money = nlp.add_pipe("claims_money")
    assert found(money, nlp, "Aid worth 2 billion in dollars arrived.") == []
    money.add_patterns([MONEY_IN_ROW])
    assert found(money, nlp, "The deal is worth 300 million in euros, officials said.", "origin", "value", "currency") == \
        [("300 million in euros", "rule:user-money-in-currency", 3e8, "EUR")]
    other = spacy.blank("en")
    fresh = other.add_pipe("claims_money").from_bytes(money.to_bytes())
    assert found(fresh, other, "Aid worth 2 billion in dollars arrived.", "value", "currency") == \
        [("2 billion in dollars", 2e9, "USD")]
    assert fresh.to_bytes() == money.to_bytes()


def test_money_add_patterns_rejects_an_unknown_block_and_keeps_its_rules():
    nlp = spacy.blank("en")
    money = nlp.add_pipe("claims_money")
    with pytest.raises(RuleError, match="NOPE"):
        money.add_patterns([{"id": "bad", "pattern": "{A1} {NOPE}"}])
    assert found(money, nlp, "It cost $5 million.", "value") == [("$5 million", 5e6)]


def test_quantities_add_patterns_adds_a_percent_rule():
    nlp = spacy.blank("en")
    quantities = nlp.add_pipe("claims_quantities")
    text = "Support rose to 41 pc pts in May."
    assert ("41 pc pts",) not in found(quantities, nlp, text)
    quantities.add_patterns([{"id": "user-pc-pts", "kind": "percent", "pattern": "{Q}{A1}[ ]pc[ ]pts{END}"}])
    assert found(quantities, nlp, "Turnout fell by 3 pc pts, the count showed.", "origin", "value") == \
        [("3 pc pts", "rule:user-pc-pts", 3.0)]


def test_claims_add_patterns_adds_a_reporting_verb(nlp):
    text = "The finance minister averred that the budget was far too small for the country."

    def cues(proc) -> list:
        return [c["cue"] and c["cue"]["lemma"] for c in proc(nlp(text))._.claims]

    claims = spacy.blank("en").add_pipe("claims_claims")  # (only its rules matter here)
    assert "aver" not in cues(claims)
    claims.add_patterns([AVER_ROW])
    assert "aver" in cues(claims)
    fresh = spacy.blank("en").add_pipe("claims_claims").from_bytes(claims.to_bytes())
    assert "aver" in cues(fresh)


def test_missing_rules_folder_is_named_when_the_component_is_used(tmp_path):
    nlp = spacy.blank("en")
    money = nlp.add_pipe("claims_money", config={"rules": str(tmp_path / "nowhere")})
    with pytest.raises(MissingRuleDataError, match=r"claims_money: rules folder .*nowhere not found"):
        nlp("It cost $5.")


def test_missing_user_dictionary_is_named(tmp_path):
    nlp = spacy.blank("en")
    actors = nlp.add_pipe("claims_actors", config={"user_dictionaries": [str(tmp_path / "mine.csv")]})
    with pytest.raises(MissingRuleDataError, match=r"user_dictionaries file .*mine.csv not found"):
        nlp("Iran said so.")
    with pytest.raises(MissingRuleDataError, match=r"other.csv not found"):
        actors.add_dictionaries([tmp_path / "other.csv"])


def test_default_config_needs_no_file_beyond_the_package():
    for name in ("claims_money", "claims_quantities", "claims_dates", "claims_actors", "claims_claims"):
        config = spacy.blank("en").add_pipe(name).config
        assert not any(isinstance(v, str) and ("/" in v or "\\" in v) for v in config.values()), (name, config)


def _records(doc) -> str:
    mentions = [[s.label_, s.start_char, s.end_char, s._.origin, s._.norm] for s in doc.spans["mentions"]]
    claims = [[c["start"], c["end"], c["cue"], c["quantities"], c["money"]] for c in doc._.claims]
    return json.dumps([mentions, claims], sort_keys=True, default=str)


ROUND_TRIP_TEXT = ("The port handled 40 TEU more than planned, and the deal is worth 300 million in euros. "
                   "The finance minister averred that 2 billion in dollars would not be enough, Reuters reported.")


@pytest.mark.slow
def test_saved_pipeline_with_own_rules_loads_without_the_rules_folder(tmp_path):
    rules = tmp_path / "my-rules"
    shutil.copytree(SHIPPED_RULES, rules)
    for name, row in (("money_patterns.jsonl", MONEY_IN_ROW), ("claim_cues.jsonl", AVER_ROW),
                      ("units.jsonl", TEU_ROW)):
        with (rules / name).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")
    nlp = build(Settings())
    for name in ("claims_money", "claims_quantities"):
        nlp.replace_pipe(name, name, config={"rules": str(rules)})
    nlp.add_pipe("claims_claims", config={"rules": str(rules)})
    before = _records(nlp(ROUND_TRIP_TEXT))
    assert "user-money-in-currency" in before and '"unit": "TEU"' in before and '"lemma": "aver"' in before
    nlp.to_disk(tmp_path / "saved")
    shutil.rmtree(rules)  # the saved pipeline must not need the folder its config names
    code = ("import json, sys, spacy\n" + inspect.getsource(_records) +
            "print(_records(spacy.load(sys.argv[1])(sys.argv[2])))\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "saved"), ROUND_TRIP_TEXT],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == before
