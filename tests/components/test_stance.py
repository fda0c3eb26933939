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


# ------------------------------------------------------------------ no speaker: the clause subject's stance
def _typed(text: str, doc: str, role: str, actor_id: str, kind: str, code: str | None = None) -> dict:
    m = _actor(text, doc, role, actor_id)
    m["norm"].update(type=kind, role=code)
    return m


@pytest.mark.parametrize("doc, subject, verb, lemma, target, expected", [
    # (subject text, type, code), (verb text, lemma), (target text, type): expected stance or None
    ("The governor's party backed Ann Diaz in the primary.", ("The governor's party", "organization", None),
     "backed", "back", ("Ann Diaz", "person"), "support"),
    ("Greenpeace attacked Shell over the spill.", ("Greenpeace", "organization", None),
     "attacked", "attack", ("Shell", "organization"), "oppose"),
    ("Iran condemned the United States.", ("Iran", "state", None), "condemned", "condemn",
     ("the United States", "state"), "oppose"),                                    # not literal: states may
    ("Syria attacked Turkey at dawn.", ("Syria", "state", None), "attacked", "attack",
     ("Turkey", "state"), None),                                                   # armed vs armed: war
    ("The senator attacked Aleppo.", ("The senator", "person", None), "attacked", "attack",
     ("Aleppo", "location"), None),                                                # a place is no stance target
    ("Turkish soldiers attacked Kurdish fighters.", ("Turkish soldiers", "military", "TURMIL"), "attacked",
     "attack", ("Kurdish fighters", "group"), None),                               # armed forces hold none
    ("Riot police attacked the students.", ("Riot police", "government", "FRACOP"), "attacked", "attack",
     ("the students", "people"), None),                                            # police either
])
def test_stance_of_unattributed_clause_subject(rules, doc, subject, verb, lemma, target, expected):
    holder = _typed(subject[0], doc, "subject", "h", subject[1], subject[2])
    obj = _typed(target[0], doc, "object", "t", target[1])
    rec = _record(doc, doc.rstrip("."), None, [holder, obj], None, _word(verb, doc, lemma))
    result = stance_of(rec, rules, doc)
    assert result.value == expected
    if expected:
        assert result.targets == (obj["mention_id"],) and result.holders == (holder["mention_id"],)
    else:
        assert result.targets == () and result.holders == ()


def test_stance_of_unattributed_negation_subject_after_verb_and_untyped(rules):
    doc = "The union did not support Ms. Keller at the meeting."
    union = _typed("The union", doc, "subject", "union", "organization")
    keller = _typed("Keller", doc, "object", "keller", "person")
    rec = _record(doc, doc.rstrip("."), None, [union, keller], None, _word("support", doc, "support"), negated=True)
    assert stance_of(rec, rules, doc)[:3] == ("oppose", (keller["mention_id"],), "stance-support")
    untyped = dict(union, norm={"actor_id": "union"})  # no known type: holds no stance
    assert stance_of(dict(rec, actors=[untyped, keller]), rules, doc).value is None
    doc = "Backed by Tokyo, Manila rejected the claim."  # a subject after the verb holds nothing
    rec = _record(doc, doc.rstrip("."), None, [_typed("Tokyo", doc, "other", "tok", "state"),
                                               _typed("Manila", doc, "subject", "man", "state")],
                  None, _word("Backed", doc, "back"))
    assert stance_of(rec, rules, doc).value is None


def test_set_stance_writes_holders_and_statement_parties(rules):
    from pipeline.components.stance import statement_parties

    doc = "Greenpeace attacked Shell and BP in Rotterdam."
    gp, shell, bp = (_typed(w, doc, r, w.lower(), "organization") for w, r in
                     (("Greenpeace", "subject"), ("Shell", "object"), ("BP", "object")))
    city = _typed("Rotterdam", doc, "other", "rotterdam", "location")
    rec = set_stance(_record(doc, doc.rstrip("."), None, [gp, shell, bp, city], None,
                             _word("attacked", doc, "attack")), rules, doc)
    assert (rec["stance"], rec["stance_holders"]) == ("oppose", [gp["mention_id"]])
    assert rec["stance_targets"] == [shell["mention_id"], bp["mention_id"]]
    jsonschema.validate(rec["stance_holders"], CLAIM_SCHEMA["properties"]["stance_holders"])
    speakers, targets = statement_parties(rec)
    assert speakers == [gp] and targets == [shell, bp]  # Rotterdam is not a target of the stance
    spoken = set_stance(dict(rec, speaker=_actor("Reuters", doc + " Reuters", "speaker", "reuters")), rules, doc)
    assert spoken["stance_holders"] == []


@pytest.mark.parametrize("text, expected", [
    # (claim text, stance, target text, holder text or speaker text) for the claims that take a stance
    ("Jane Doe praised Tom Hale and attacked Ann Wu.",
     [("support", "Tom Hale", "Jane Doe"), ("oppose", "Ann Wu", "Jane Doe")]),
    ("Republicans did not back Obama on the deal.", [("oppose", "Obama", "Republicans")]),
    ("Fox News attacked CNN over the report.", [("oppose", "CNN", "Fox News")]),
    ("Sanders praised Warren and slammed Bloomberg.",        # a two-word conjunct is kept: it takes a stance
     [("support", "Warren", "Sanders"), ("oppose", "Bloomberg", "Sanders")]),
    ("Russian troops attacked Ukrainian forces near Kharkiv.", []),
    ("Hamas attacked Israel on Saturday.", []),
    ("Hezbollah attacked Israel on Sunday.", []),                 # an armed movement typed organization
    ("Hezbollah praised Iran for its support.", [("support", "Iran", "Hezbollah")]),  # a stance all the same
    ("French police attacked protesters in Paris.", []),
    ("Merkel backed the car into the garage.", []),
])
def test_stance_end_to_end_unattributed_and_coordinated(claims_of, text, expected):
    got = []
    for c in claims_of(text):
        if c["stance"] in ("support", "oppose"):
            by_id = {a["mention_id"]: a["text"] for a in c["actors"]}
            holder = c["speaker"]["text"] if c.get("speaker") else by_id[c["stance_holders"][0]]
            got += [(c["stance"], by_id[t], holder) for t in c["stance_targets"]]
    assert got == expected
