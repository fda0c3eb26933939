"""claims_actors: a person's given name the model left out at a sentence start joins the name
(actor_cut_names.left_given_name); a person's full name or surname the model calls an organization
is the person (actor_people._full_name_again, surnames); a surname opening a sentence as a subject
or a possessor (tagged a common noun) is a mention of the person named before."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def _spans(nlp, text: str) -> list[tuple[int, str, str, str]]:
    doc = nlp(text)
    out = []
    for sp in doc.spans["claims_actors"]:
        assert doc.text[sp.start_char:sp.end_char] == sp.text
        out.append((sp.start_char, sp.text, sp._.norm["actor_id"], sp._.norm["type"]))
    return out


def test_given_name_before_an_initial_joins_the_name(nlp):
    got = _spans(nlp, "Curtis W. Dunmore, who owned the complex, was convicted. Dunmore's lawyers said "
                      "he would appeal.")
    assert (0, "Curtis W. Dunmore", "curtis-dunmore", "person") in got
    assert any(t == "Dunmore" and i == "curtis-dunmore" and ty == "person" for _, t, i, ty in got)


def test_given_name_before_a_one_word_name_joins_it(nlp):
    got = _spans(nlp, "Curtis Pell, who owned the complex, was convicted. Pell, in a blue shirt, said nothing.")
    assert (0, "Curtis Pell", "curtis-pell", "person") in got
    assert any(s > 40 and t == "Pell" and i == "curtis-pell" for s, t, i, _ in got)


def test_title_or_sentence_word_before_an_initial_stays_out(nlp):
    got = _spans(nlp, "Judge W. Dunmore denied bail.")
    assert not any(t.startswith("Judge") and i.startswith("judge") for _, t, i, _ in got)
    assert all(i != "judge-dunmore" for _, _, i, _ in got)
    got = _spans(nlp, "When W. Dunmore arrived, the hall was empty.")
    assert all(not t.startswith("When") for _, t, _, _ in got)


def test_left_given_name_unit(nlp):
    from pipeline.components.actor_cut_names import left_given_name
    doc = nlp.make_doc("Senate Bill Pruitt failed .")
    doc[0].pos_ = doc[1].pos_ = "PROPN"
    taken = [False] * len(doc)
    assert left_given_name(doc, 2, 3, taken, frozenset(), lambda w: w == "Bill") == 2  # a longer name
    doc = nlp.make_doc("Ask Curtis Pell now .")
    doc[1].pos_ = "PROPN"
    assert left_given_name(doc, 2, 3, taken, frozenset(), lambda w: w == "Curtis") == 1
    assert left_given_name(doc, 2, 3, taken, frozenset({"curtis"}), lambda w: w == "Curtis") == 2  # a title


def test_full_name_the_model_calls_an_organization_is_the_person(nlp):
    got = _spans(nlp, "Haruto Ishida told analysts that costs rose. Haruto Ishida said Kazemura would "
                      "not chase share.")
    assert [ty for _, t, i, ty in got if t == "Haruto Ishida"] == ["person", "person"]


def test_company_with_a_person_surname_stays_a_company(nlp):
    out = found(nlp, "Brenda Ishida spoke on Monday. Ishida Motors said profits fell.")
    assert out["Ishida Motors"]["type"] == "organization"
    out = found(nlp, "Kate Hudson arrived. Hudson Bay Co. shares fell.")
    assert out["Hudson Bay Co."]["type"] != "person"


def test_possessive_surname_opening_a_sentence_is_the_person(nlp):
    got = _spans(nlp, "Harold P. Benning, a retired pilot, sued the airline. Benning's lawyers filed papers. "
                      "Benning, in a dark coat, left the court.")
    assert [s for s, t, i, _ in got if t == "Benning" and i == "harold-benning"] == [54, 86]
    got = _spans(nlp, "Harold Benning sued. Young people's groups rallied.")
    assert all(i != "harold-benning" for _, t, i, _ in got if t != "Harold Benning")
