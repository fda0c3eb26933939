"""claims_actors, actor_org_evidence.py: a PERSON-tagged name the text shows to be a body (``X
leader``, ``X TDs``) is an organisation; weak contexts a person has too (``the leadership of X``,
``X's shareholders``, ``members of X's family``) and a given name without strong evidence leave it
a person."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norms_ending as _all, norm_ending as _norm


def test_officer_noun_after_a_name_makes_it_a_body(nlp):
    out = found(nlp, "Tolvane leader Maeve Carrick said several Tolvane councillors would back the budget.")
    assert _norm(out, "Tolvane")["type"] == "organization"


def test_verb_after_a_name_is_no_officer_noun(nlp):
    out = found(nlp, "Garrick Venn shares the concern, a neighbour said on Tuesday.")
    assert _norm(out, "Garrick Venn")["type"] == "person"


def test_body_by_evidence_stays_a_body_despite_a_given_name(nlp):
    out = found(nlp, "The Grace Alliance leader spoke first. Later several Grace Alliance councillors "
                     "said they would back Mr Rourke.")
    norms = _all(out, "Grace Alliance")
    assert norms and all(n["type"] == "organization" for n in norms)


def test_given_name_without_body_evidence_stays_a_person(nlp):
    out = found(nlp, "Grace Allison said on Monday the plan would fail.")
    assert _all(out, "Grace Allison")[0]["type"] == "person"


def test_known_place_with_leadership_stays_a_place(nlp):
    out = found(nlp, "Officials met the leadership of Bolivia in La Paz on Monday.")
    norms = _all(out, "Bolivia")
    assert norms and all(n["type"] != "organization" for n in norms)


def test_leadership_of_a_person_keeps_her_a_person_and_her_surname(nlp):
    out = found(nlp, "The clinic grew under the leadership of Lucia Ferrante, the trustees said. "
                     "Ferrante declined to comment.")
    assert _norm(out, "Lucia Ferrante")["type"] == "person"
    surname = [n for t, n in out.items() if t == "Ferrante"]
    assert surname and surname[0]["type"] == "person"


def test_employees_of_a_person_are_no_evidence(nlp):
    out = found(nlp, "Former employees of Marcus Thorley said the studio had known for years.")
    assert _norm(out, "Marcus Thorley")["type"] == "person"


def test_members_of_a_persons_family_are_no_evidence(nlp):
    out = found(nlp, "Two members of Elena Varga's family said she was safe.")
    assert _norm(out, "Elena Varga")["type"] == "person"


def test_owners_words_after_a_possessive_are_no_evidence(nlp):
    out = found(nlp, "Walter Brennick's shareholders gathered in Omaha on Saturday.")
    assert _norm(out, "Walter Brennick")["type"] == "person"


def test_evidence_index_is_linear(nlp):
    """Many mentions of many names: each name's copies come from the index, not a document scan."""
    import time
    text = " ".join(f"Anna Holt{i} met John Reed{i} on Monday, officials said." for i in range(300))
    t = time.time()
    found(nlp, text)
    assert time.time() - t < 30


# ---------------------------------------------------------------- a body the model tagged a place
def test_a_think_tank_the_model_calls_a_place_is_a_body(nlp):
    # the work after the name ("a Bruegel analysis") and the body's word before it ("think tank Bruegel")
    out = found(nlp, "BRUSSELS — A Bruegel analysis published on Tuesday found the levy would raise little.")
    assert out["Bruegel"]["type"] == "organization"
    out = found(nlp, "The Brussels-based think tank Bruegel said the rules were too loose.")
    assert out["Bruegel"]["type"] == "organization"


def test_staff_at_a_name_or_its_apposition_make_it_a_body(nlp):
    out = found(nlp, "Analysts at Bancolombia said the peso would weaken, and Bancolombia cut its forecast.")
    assert out["Bancolombia"]["type"] == "organization"
    out = found(nlp, "Naleraq, the largest opposition party, walked out. Naleraq said it would boycott the vote.")
    assert out["Naleraq"]["type"] == "organization"


def test_state_owned_before_a_name_makes_it_a_body(nlp):
    out = found(nlp, "Output rose 3% in October, and state-owned Codelco said its mines were running normally.")
    assert out["Codelco"]["type"] == "organization"


def test_a_known_place_keeps_its_reading_beside_a_body_word(nlp):
    # near miss: a known place before "poll" or after "at" stays the place
    out = found(nlp, "A Texas poll showed the senator ahead, and analysts at Houston said little.")
    assert out["Texas"]["type"] == "location"


# ---------------------------------------------------------------- staff who work at places name no body
def test_researchers_or_employees_at_a_place_do_not_make_it_a_body(nlp):
    # reviewer's sentences, and one of the same family (employees at a mining town)
    for text, name in [
        ("Researchers at Svalbard recorded the warmest summer on record, the institute said.", "Svalbard"),
        ("Researchers at Jungfraujoch said the Alps were warming twice as fast as the global average.",
         "Jungfraujoch"),
        ("Employees at Tchibanga said the mine would reopen in the spring.", "Tchibanga"),
    ]:
        out = found(nlp, text)
        assert out.get(name, {}).get("type") != "organization", text


@pytest.mark.parametrize("text, name", [
    ("A Dakota County survey released on Friday found most residents back the levy.", "Dakota County"),
    ("The Tillamook County poll showed the measure trailing by six points.", "Tillamook County"),
])
def test_a_name_ending_with_a_place_noun_stays_a_place_before_a_body_word(nlp, text, name):
    """Round 31 review: ``The Carver County poll`` made the county a body (``place-body-products``);
    a name ending with a place's own noun (``place-nouns``) is a place by its shape."""
    norm = found(nlp, text).get(name) or {}
    assert norm.get("type") != "organization"


def test_a_body_noun_before_a_person_tagged_name_makes_it_a_body(nlp):
    out = found(nlp, "Greek carrier Aegeon Wings said on Monday it would add routes.")
    assert _norm(out, "Aegeon Wings")["type"] == "organization"


def test_a_body_noun_is_no_evidence_against_a_given_name(nlp):
    out = found(nlp, "The veteran developer Osgood Fenwick said the tower would rise.")
    assert _norm(out, "Osgood Fenwick")["type"] == "person"


def test_an_officer_title_between_commas_names_the_body_after_it(nlp):
    out = found(nlp, "Dr Ruth Pell, Chief Executive, Commuter Watch, told the committee fares were too high.")
    assert _norm(out, "Commuter Watch")["type"] == "organization"
    assert _norm(out, "Ruth Pell")["type"] == "person"


def test_an_apposed_title_after_the_keeps_the_person(nlp):
    out = found(nlp, "The chairman, Ruth Pell, told the committee fares were too high.")
    assert _norm(out, "Ruth Pell")["type"] == "person"


def test_a_body_noun_in_apposition_makes_a_name_a_body(nlp):
    """``X, a super PAC backing …``, ``X, an advocacy group``: the apposed description's head noun
    (an acronym as written too) is a body's."""
    out = found(nlp, "Keystone Tomorrow, a super PAC backing the governor, spent $4 million on "
                     "advertisements in Erie and Scranton last month.")
    assert _norm(out, "Keystone Tomorrow")["type"] == "organization"


def test_a_person_in_apposition_to_a_body_word_before_his_own_noun_stays(nlp):
    out = found(nlp, "Dale Furman, a union organiser in Toledo, said the plant would close.")
    assert _norm(out, "Dale Furman")["type"] == "person"
