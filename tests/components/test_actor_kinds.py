"""claims_actors, kinds of organisation (issue 12; speakers, issue 11): the head of a name says
what a description may call it (``actor_kinds.jsonl``: Pacific Power is a utility), and a bare
``the company`` that no company fits names the lone organisation before it that may be one.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_kinds import business_name, load_kinds, name_kinds
from pipeline.components.claim_rules import RULES_DIR
from pipeline.components.gazetteer import ActorDictionaryError, load_descriptions
from tests.conftest import MODEL, actor_mentions, with_cue


def described(nlp, text, phrase):
    return [n["actor_id"] for t, n in actor_mentions(nlp, text, None) if t == phrase]


@pytest.mark.parametrize("name, kind", [
    ("Pacific Power Co.", "utility"), ("Calder Gas & Electric", "utility"), ("Thames Water", "utility"),
    ("Harwell Motors", "carmaker"), ("Volta Automotive Inc.", "automaker"), ("Kessing Motoren Group", "carmaker"),
    ("Nordic Air", "airline"),
    ("Baltic Airways", "carrier"), ("Harbor Bancorp", "lender"), ("Sable Bank", "bank"),
    ("Meridian Assurance", "insurer"), ("Calloway Therapeutics", "drugmaker"), ("Kestrel Retail Group", "retailer"),
    ("Brightway Stores", "chain"), ("Altamira Mining", "miner"), ("Northcape Resources", "miner"),
    ("Corvane Holdings", "company"), ("Brant AG", "company"), ("Northwind Media", "broadcaster"),
    ("the Dock Workers Union", "union"), ("the Federation of Teachers and Workers", "union"),
])
def test_a_name_head_gives_its_kinds(name, kind):
    assert kind in name_kinds(name)


@pytest.mark.parametrize("name", ["the West Bank", "the Swiss National Bank", "the Department of Energy",
                                  "the Nordic Air Force", "the Wagner Group", "Kestrel"])
def test_near_misses_are_of_no_company_kind(name):
    assert not business_name(name)


@pytest.mark.parametrize("name", ["the Coalition for Clean Air", "the Alliance for Clean Energy", "Citizens for Safe Water",
                                  "the Committee for Workers' Power", "People Power", "the Campaign Against Coal Power",
                                  "the Bank of England", "Union Bank"])
def test_an_advocacy_name_or_a_lone_power_head_is_of_no_company_kind(name):
    assert not business_name(name)  # the head is before the link word; Alliance, Citizens: no company


@pytest.mark.parametrize("name, kind", [
    ("Bank of America Corp.", "bank"), ("Halden Power Inc.", "utility"), ("the Federation of Teachers", "union"),
    ("the Coalition for Clean Air", "body"), ("Northbrook Energy", "utility"),
])
def test_near_misses_a_link_word_keeps_the_kind_of_the_head_and_its_suffix(name, kind):
    assert kind in name_kinds(name)


@pytest.mark.parametrize("name", ["Idaho Power", "Northern Power", "Western Power", "Georgia Power"])
def test_a_place_word_before_a_weak_head_gives_a_utility(name):
    assert "utility" in name_kinds(name)  # regional utilities are named for their place


@pytest.mark.parametrize("name", ["Sea Power", "Black Power", "Soft Power", "Student Power"])
def test_near_misses_a_weak_head_after_no_place_word_gives_no_utility(name):
    assert "utility" not in name_kinds(name)


def test_a_place_named_utility_is_the_utility(nlp):
    text = "Idaho Power cut service to 4,000 homes on Friday. The utility said crews would work overnight."
    assert described(nlp, text, "The utility") == described(nlp, text, "Idaho Power") != []


def test_the_air_force_is_no_airline():
    assert "airline" not in name_kinds("the Nordic Air Force") and "military" in name_kinds("the Nordic Air Force")


@pytest.mark.parametrize("text, phrase, actor_id", [
    ("Pacific Power Co. shut off lines on Monday. The utility said the outage would last a day.", "The utility",
     "pacific-power"),
    ("Kestrel Retail Group posted a loss on Tuesday. The company said it would cut jobs.", "The company",
     "kestrel-retail-group"),
    ("Brightway Stores closed shops on Monday. The chain said sales fell.", "The chain", "brightway-stores"),
    ("Altamira Mining halted output on Monday. The miner said the strike cost a week.", "The miner", "altamira-mining"),
    ("Meridian Insurance raised premiums. The insurer said claims rose.", "The insurer", "meridian-insurance"),
])
def test_a_kind_description_names_the_body_its_name_head_makes_of_that_kind(nlp, text, phrase, actor_id):
    assert described(nlp, text, phrase) == [actor_id]


@pytest.mark.parametrize("text, phrase", [
    ("Harwell Motors cut jobs on Monday. The utility said demand fell.", "The utility"),
    ("The Nordic Air Force flew patrols on Monday. The airline said flights were delayed.", "The airline"),
    ("Settlers built homes in the West Bank on Monday. The bank said it would lend more.", "The bank"),
    ("The Coalition for Clean Air filed a complaint on Monday. The airline said it would comply.", "The airline"),
    ("The Alliance for Clean Energy sued the state on Monday. The company said the rules were unfair.", "The company"),
])
def test_a_kind_description_names_no_body_of_another_kind(nlp, text, phrase):
    assert described(nlp, text, phrase) == []


@pytest.mark.parametrize("text, actor_id", [
    ("Prosecutors sued Google for the records on Monday. The company refused.", "google"),
    ("Shares of Brixham fell on Monday. The company said it would buy some back.", "brixham"),
    ("Regulators questioned Halvex Dynamics and other defense companies. The company said it complied.",
     "halvex-dynamics"),
])
def test_the_company_names_the_lone_organisation_before_it_shown_to_be_a_company(nlp, text, actor_id):
    assert described(nlp, text, "The company") == [actor_id]


@pytest.mark.parametrize("text, phrase", [
    ("Greenpeace condemned the pipeline on Monday. The company said it would respond.", "The company"),
    ("Oxfam said the convoy was stopped. The company said it had not been told.", "The company"),
    ("Harvard turned down the request. The company said it would go to court.", "The company"),
    ("Citizens for Safe Water rallied at the plant. The utility said the supply was clean.", "The utility"),
    ("People Power marched in Cebu on Sunday. The utility raised rates.", "The utility"),
    ("Police asked Oxfam and other charities for data. Later, officers asked the company to unmask users.",
     "the company"),
])
def test_the_company_names_no_organisation_not_shown_to_be_a_company(nlp, text, phrase):
    assert described(nlp, text, phrase) == []


@pytest.mark.parametrize("text", [
    "Regulators fined Google and Amazon on Monday. The company said it would appeal.",
    "The Finance Ministry released figures on Monday. The company said it would appeal.",
    "The Public Works Employees Union went on strike. The company said it would negotiate.",
])
def test_the_company_after_two_organisations_or_no_company_names_none(nlp, text):
    assert described(nlp, text, "The company") == []


def test_the_central_bank_is_no_lone_company(nlp):
    text = "Google was fined on Monday. The central bank said rates would rise."
    assert "google" not in described(nlp, text, "The central bank")


def test_a_speaker_described_by_its_kind_gets_the_body(claims_of):
    claims = claims_of("Pacific Power Co. shut off lines on Monday. The utility said the outage would last a day.")
    speaker = with_cue(claims, "said")["speaker"]
    assert speaker["norm"]["actor_id"] == "pacific-power" and speaker["via"]["text"] == "The utility"


def test_a_speaker_the_company_gets_the_lone_organisation(claims_of):
    claims = claims_of("Prosecutors sued Google over the records on Monday. The company said it would appeal.")
    speaker = with_cue(claims, "said")["speaker"]
    assert speaker["norm"]["actor_id"] == "google"


def test_a_speaker_the_company_after_two_organisations_is_unresolved(claims_of):
    claims = claims_of("Regulators fined Google and Amazon on Monday. The company said it would appeal.")
    speaker = with_cue(claims, "said")["speaker"]
    assert (speaker.get("norm") or {}).get("actor_id") is None


def test_only_company_kinds_widen_a_description_row():
    rows = {d.id: d for d in load_descriptions(RULES_DIR / "actor_descriptions.jsonl")}
    assert {"power", "electric", "water"} <= set(rows["desc-utility"].kinds)
    assert "army" not in rows["desc-mission"].kinds  # "the full force" is no armed force named before


def test_a_rules_folder_without_kinds_reads_the_shipped_kinds(tmp_path):
    shutil.copy(RULES_DIR / "actor_descriptions.jsonl", tmp_path / "actor_descriptions.jsonl")
    rows = {d.id: d for d in load_descriptions(tmp_path / "actor_descriptions.jsonl")}
    assert {"power", "electric", "water"} <= set(rows["desc-utility"].kinds)  # saved before actor_kinds.jsonl


@pytest.mark.parametrize("field, value", [("business", "false"), ("transparent", 1)])
def test_a_kind_row_flag_that_is_no_boolean_is_an_error_naming_file_line_rule_and_field(tmp_path, field, value):
    path = tmp_path / "actor_kinds.jsonl"
    path.write_text('{"id": "kind-ok", "heads": ["bank"], "kinds": ["bank"], "business": true}\n'
                    f'{{"id": "kind-bad", "heads": ["mining"], "kinds": ["miner"], "{field}": {json.dumps(value)}}}\n')
    with pytest.raises(ActorDictionaryError) as err:
        load_kinds(path)
    assert f"{path}:2" in str(err.value) and "kind-bad" in str(err.value) and repr(field) in str(err.value)


def test_a_byline_name_is_no_lone_company(nlp):
    text = "By Maria Lopez and Fabián Contreras\nReuters\n\nWorkers went back to the company's smelter on Monday."
    assert described(nlp, text, "the company") == []


@pytest.mark.parametrize("text, phrase", [
    ("Brightway Stores shut 12 shops. The chain of events started in March.", "The chain"),
    ("Calder Gas & Electric raised bills. Critics doubted the utility of the new tariff.", "the utility"),
    ("Harbor Bancorp cut its dividend. Witnesses said the bank of the creek gave way.", "the bank"),
])
def test_a_kind_noun_before_of_and_no_name_names_no_company(nlp, text, phrase):
    assert described(nlp, text, phrase) == []


@pytest.mark.parametrize("text, phrase, actor_id", [
    ("Brightway Stores shut 12 shops. The chain said rents rose.", "The chain", "brightway-stores"),
    ("Harbor Bancorp cut its dividend. The bank said losses grew.", "The bank", "harbor-bancorp"),
])
def test_near_misses_a_bare_kind_noun_still_names_the_company(nlp, text, phrase, actor_id):
    assert described(nlp, text, phrase) == [actor_id]


def _kinds_folder(tmp_path, verbs):
    """A copy of the shipped rules with the ``lone-business-context`` verbs replaced by ``verbs``."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "actor_kinds.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    for k, line in enumerate(lines):
        if '"lone-business-context"' in line:
            lines[k] = json.dumps({**json.loads(line), "verbs": verbs})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_lone_business_context_is_the_rules_folders(tmp_path):
    text = "Protesters picketed Ostrava Dynamics on Tuesday. The company said it would talk to them."
    shipped = spacy.load(MODEL)
    shipped.add_pipe("claims_actors")
    assert described(shipped, text, "The company") == []  # picketing shows no company
    custom = spacy.load(MODEL)
    custom.add_pipe("claims_actors", config={"rules": str(_kinds_folder(tmp_path, ["picket"]))})
    assert described(custom, text, "The company") == ["ostrava-dynamics"]
