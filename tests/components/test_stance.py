"""Stance of the speaker toward the claim's actors: rule data, pure functions, and end to end on
model-parsed sentences (different sentences of each family than the docstring examples)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from pipeline.components.claims import extract_claims
from pipeline.components.stance import load_stance_rules, set_stance, stance_of, target_actors
from pipeline.ruledata import RuleError
from pipeline.schemas import CLAIM_SCHEMA


@pytest.fixture(scope="module")
def rules():
    return load_stance_rules()


@pytest.fixture(scope="module")
def claims_of(full_nlp):
    def _claims(text: str) -> list[dict]:
        return extract_claims(full_nlp(text), "t.txt")
    return _claims


def _actor(text: str, doc: str, role: str, actor_id: str | None, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.index(text, start + 1)
    return {"mention_id": f"t:actor:{start}-{start + len(text)}", "kind": "actor", "text": text, "start": start,
            "end": start + len(text), "role": role, "norm": {"actor_id": actor_id}}


def _word(text: str, doc: str, lemma: str) -> dict:
    start = doc.index(text)
    return {"text": text, "lemma": lemma, "start": start, "end": start + len(text)}


def _record(doc: str, claim: str, speaker: dict | None, actors: list[dict], cue: dict | None, predicate: dict,
            negated: bool = False) -> dict:
    start = doc.index(claim)
    return {"text": claim, "start": start, "end": start + len(claim), "speaker": speaker, "actors": actors,
            "cue": cue, "predicate": predicate, "modality": {"negated": negated}}


# ------------------------------------------------------------------ pure functions
def test_stance_of_cue_verb_targets_its_object(rules):
    doc = "The senator blasted Boeing over the delays, his office said."
    spk = _actor("The senator", doc, "speaker", "senator-x")
    rec = _record(doc, "over the delays", spk, [spk, _actor("Boeing", doc, "object", "boeing")],
                  _word("blasted", doc, "blast"), _word("delays", doc, "delay"))
    result = stance_of(rec, rules, doc)
    assert (result.value, result.rule) == ("oppose", "stance-blast")
    assert result.targets == ("t:actor:20-26",)


def test_stance_of_needs_document_text_for_a_cue_outside_the_claim(rules):
    doc = "Lula praised Biden for the climate pledge."
    spk = _actor("Lula", doc, "speaker", "lula")
    rec = _record(doc, "the climate pledge", spk, [spk, _actor("Biden", doc, "object", "joe-biden")],
                  _word("praised", doc, "praise"), _word("pledge", doc, "pledge"))
    assert stance_of(rec, rules, doc).value == "support"
    assert stance_of(rec, rules).value == "neutral"  # the gap "praised Biden" is not in the record


def test_stance_of_predicate_counts_only_when_its_subject_is_the_speaker(rules):
    doc = "Macron said France would defend Ukraine, and Le Monde said Paris would defend Kyiv."
    spk = _actor("Macron", doc, "speaker", "emmanuel-macron")
    subj = _actor("France", doc, "subject", "FRA")
    rec = _record(doc, "France would defend Ukraine", spk, [spk, subj, _actor("Ukraine", doc, "object", "UKR")],
                  _word("said", doc, "say"), _word("defend", doc, "defend"))
    assert stance_of(rec, rules, doc).value == "neutral"  # Macron reports France's stance
    rec["actors"][1] = dict(subj, norm={"actor_id": "emmanuel-macron"})  # "he would defend Ukraine"
    assert stance_of(rec, rules, doc).value == "support"


def test_stance_of_negation_flips(rules):
    doc = "The union said it would not endorse Smith in the primary."
    spk = _actor("The union", doc, "speaker", "union")
    rec = _record(doc, "it would not endorse Smith in the primary", spk,
                  [spk, dict(_actor("it", doc, "subject", "union")), _actor("Smith", doc, "object", "smith")],
                  _word("said", doc, "say"), _word("endorse", doc, "endorse"), negated=True)
    result = stance_of(rec, rules, doc)
    assert (result.value, result.rule) == ("oppose", "stance-endorse")


def test_stance_of_particle_and_coordination(rules):
    doc = "Orban lashed out at Brussels and Berlin on Friday, state media said."
    spk = _actor("Orban", doc, "speaker", "viktor-orban")
    actors = [spk, _actor("Orban", doc, "subject", "viktor-orban"), _actor("Brussels", doc, "object", "EU"),
              _actor("Berlin", doc, "object", "DEUGOV")]
    rec = _record(doc, "Orban lashed out at Brussels and Berlin on Friday", spk, actors,
                  _word("said", doc, "say"), _word("lashed", doc, "lash"))
    result = stance_of(rec, rules, doc)
    assert (result.value, result.rule) == ("oppose", "stance-lash-out-at")
    assert len(result.targets) == 2
    # without the particle, "lashed" is not a stance verb
    doc2 = doc.replace("lashed out at", "lashed")
    rec2 = _record(doc2, "Orban lashed Brussels and Berlin on Friday", spk,
                   [_actor(a["text"], doc2, a["role"], a["norm"]["actor_id"]) for a in actors],
                   _word("said", doc2, "say"), _word("lashed", doc2, "lash"))
    assert stance_of(rec2, rules, doc2).value == "neutral"


def test_stance_of_object_behind_a_noun_is_not_a_target(rules):
    doc = "Sanders said he would support sanctions against Saudi Arabia."
    spk = _actor("Sanders", doc, "speaker", "bernie-sanders")
    rec = _record(doc, "he would support sanctions against Saudi Arabia", spk,
                  [spk, _actor("he", doc, "subject", "bernie-sanders"), _actor("Saudi Arabia", doc, "object", "SAU")],
                  _word("said", doc, "say"), _word("support", doc, "support"))
    assert stance_of(rec, rules, doc).value == "neutral"


def test_stance_of_unattributed_or_self_only_is_null(rules):
    doc = "Iran condemned the United States."
    rec = _record(doc, doc[:-1], None, [_actor("Iran", doc, "subject", "IRN"),
                                        _actor("the United States", doc, "object", "USA")],
                  None, _word("condemned", doc, "condemn"))
    assert stance_of(rec, rules, doc).value is None
    doc = "Tesla said it had doubled deliveries."
    spk = _actor("Tesla", doc, "speaker", "tesla")
    rec = _record(doc, "it had doubled deliveries", spk, [spk, _actor("it", doc, "subject", "tesla")],
                  _word("said", doc, "say"), _word("doubled", doc, "double"))
    assert target_actors(rec) == []
    assert stance_of(rec, rules, doc).value is None


def test_stance_of_co_speakers_are_not_targets(rules):
    doc = "France and Germany condemned Russia, their ministers said."
    spk = dict(_actor("their ministers", doc, "speaker", "FRA"), also=[_actor("Germany", doc, "other", "DEU")])
    rec = _record(doc, "France and Germany condemned Russia", spk,
                  [spk, _actor("France", doc, "subject", "FRA"), _actor("Germany", doc, "subject", "DEU"),
                   _actor("Russia", doc, "object", "RUS")],
                  _word("said", doc, "say"), _word("condemned", doc, "condemn"))
    result = stance_of(rec, rules, doc)
    assert result.value == "oppose"
    assert result.targets == (rec["actors"][3]["mention_id"],)


def test_set_stance_writes_schema_valid_fields(rules):
    doc = "Officials said Japan would welcome Seoul's offer."
    spk = _actor("Officials", doc, "speaker", None)
    rec = _record(doc, "Japan would welcome Seoul's offer", spk,
                  [spk, _actor("Japan", doc, "subject", "JPN"), _actor("Seoul", doc, "object", "KORGOV")],
                  _word("said", doc, "say"), _word("welcome", doc, "welcome"))
    set_stance(rec, rules, doc)
    assert (rec["stance"], rec["stance_rule"]) == ("neutral", None)
    assert len(rec["stance_targets"]) == 2
    jsonschema.validate(rec["stance"], CLAIM_SCHEMA["properties"]["stance"])
    jsonschema.validate(rec["stance_targets"], CLAIM_SCHEMA["properties"]["stance_targets"])


def test_load_stance_rules_bad_rule_names_file_and_line(tmp_path):
    good = [{"id": "g1", "kind": "gap", "name": "TARGET", "pattern": r"\s{1,3}"},
            {"id": "g2", "kind": "gap", "name": "COORD", "pattern": r"\s{0,3}"}]
    path = tmp_path / "stance.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in good + [{"id": "v", "kind": "verb", "lemma": "hail",
                                                                      "stance": "positive"}]))
    with pytest.raises(RuleError, match=r"stance\.jsonl:3 \(id 'v'\): 'stance' must be support or oppose"):
        load_stance_rules(str(path))
    path.write_text(json.dumps(good[0]) + "\n")
    with pytest.raises(RuleError, match="no gap rule for COORD"):
        load_stance_rules(str(path))


# ------------------------------------------------------------------ end to end on parsed text
@pytest.mark.parametrize("text, speaker, stance, target", [
    ("Pelosi accused Trump of obstructing the investigation.", "Pelosi", "oppose", "Trump"),
    ("Moscow blamed Kiev for the shelling, Russian media said.", "Russian media", "neutral", None),
    ("Erdogan said Turkey would not back NATO on the issue.", "Erdogan", "neutral", None),
    ("According to Reuters, Russia blamed Ukraine for the attack.", "Reuters", "neutral", None),
])
def test_stance_end_to_end(claims_of, text, speaker, stance, target):
    claims = [c for c in claims_of(text) if c.get("speaker")]
    assert claims, text
    claim = claims[0]
    assert claim["speaker"]["text"] == speaker
    assert claim["stance"] == stance
    if target:
        targets = {a["mention_id"]: a["text"] for a in claim["actors"]}
        assert [targets[t] for t in claim["stance_targets"]] == [target]
        assert claim["stance_rule"]


def test_stance_end_to_end_unattributed_is_null(claims_of):
    claims = claims_of("Senator Warren criticized the Federal Reserve for raising rates in 2016.")
    assert claims and all(c["stance"] is None for c in claims if not c.get("speaker"))
