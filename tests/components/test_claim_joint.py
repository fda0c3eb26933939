"""Joint descriptions as speakers (claim_joint.py): ``the two senators said``, ``both leaders``.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _ids(claim: dict) -> list[str | None]:
    speaker = claim["speaker"] or {}
    return [speaker.get("actor_id")] + [a.get("actor_id") for a in speaker.get("also") or []]


@pytest.mark.parametrize("text, cue, ids", [
    ("Finnish Foreign Minister Aino Laakso met Latvian Foreign Minister Karlis Ozols in Riga on Monday. "
     "Laakso called the talks frank. Afterwards the two ministers said they would meet again in May.",
     "said", ["aino-laakso", "karlis-ozols"]),
    ("Prime Minister Mette Lund hosted President Jonas Varga in Copenhagen. In a joint declaration, "
     "the two leaders said the pipeline would be guarded by both navies.", "said", ["mette-lund", "jonas-varga"]),
    ("Norway and Iceland signed the fisheries accord on Friday. The two governments pledged to review "
     "the quotas every year.", "pledged", ["NOR", "ISL"]),
    ("Governor Ruth Pardo spoke with Mayor Alan Keefe by phone. The two said later that the storm "
     "had cut power to 40,000 homes.", "said", ["ruth-pardo", "alan-keefe"]),
])
def test_joint_description_names_the_two_last_named_that_fit(run, text, cue, ids):
    claim = with_cue(run(text), cue)
    assert _ids(claim) == ids
    assert claim["speaker"]["via"]["text"].lower().startswith("the two")


def test_joint_description_with_a_third_candidate_close_by_stays_contested(run):
    text = ("Sen. Paula Reyes, Sen. Tom Hagen and Sen. Anna Kroll met the growers on Monday. "
            "The two senators said the subsidy formula was unfair.")
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["actor_id"] is None
    assert not claim["speaker"].get("also")
    assert len(claim["speaker"].get("candidates") or []) == 3


def test_joint_description_with_one_candidate_names_nobody(run):
    text = "Sen. Paula Reyes met the growers on Monday. The two senators said the formula was unfair."
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["actor_id"] is None and not claim["speaker"].get("also")


def test_joint_description_of_no_noun_needs_two_people_named_together(run):
    text = ("Governor Ruth Pardo toured the flooded towns on Monday. Mayor Alan Keefe stayed in the city. "
            "The two said later that the storm had cut power to 40,000 homes.")
    claim = with_cue(run(text), "said")
    assert not (claim["speaker"] or {}).get("also")



def test_joint_phrase_after_many_titled_people_names_the_last_two(run):
    """Ten senators named before, each by title and then by surname: the two named last, each
    titled in an earlier mention, are the pair (the titles are read through the mentions of each
    person, found once per person and title)."""
    names = ["Paula Reyes", "Tom Hagen", "Anna Kroll", "Mark Ellis", "Rosa Quill", "Dan Okafor",
             "Ida Berg", "Leo Marsh", "Nina Holt", "Omar Vance"]
    text = " ".join(f"Sen. {n} toured the flooded farms on Monday. {n.split()[1]} met the growers."
                    for n in names)
    text += (" Sen. Ruth Pardo and Sen. Alan Keefe flew in later.\n\nPardo and Keefe spoke to the growers."
             " The two senators said aid would come.")
    claim = with_cue(run(text), "said")
    assert _ids(claim) == ["ruth-pardo", "alan-keefe"]


def test_joint_phrase_reads_back_no_further_than_its_reach(run, monkeypatch):
    """The mentions a joint phrase looks at do not grow with the document before it: they are read
    backwards from the phrase through a per-document index, and no further than ``REACH``."""
    from pipeline.components import claim_joint

    seen = []
    fits = claim_joint._fits
    monkeypatch.setattr(claim_joint, "_fits", lambda *a: seen.append(a[1].start_char) or fits(*a))

    def looked_at(n: int) -> int:
        seen.clear()
        paragraph = ("Governor Lena Holt of Vermont met Governor Sam Ortega of Maine in Boston on {d}. "
                     "The two governors said the regional power link would be finished by 2030.\n\n")
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        text = "".join(paragraph.format(d=days[k % 5]) for k in range(n))
        claims = [c for c in run(text) if (c["speaker"] or {}).get("via", {}).get("text") == "The two governors"]
        assert len(claims) == n and all(_ids(c) == ["lena-holt", "sam-ortega"] for c in claims)
        return len(seen)

    assert looked_at(16) <= 16 * looked_at(2) // 2


def test_two_sides_are_the_two_states_named_last(run):
    text = ("Armenia accused Azerbaijan of shelling two villages overnight, and Baku said its troops had "
            "only returned fire. The two sides each blamed the other for the clash.")
    claim = with_cue(run(text), "blamed")
    assert _ids(claim) == ["ARM", "AZE"]


def test_joint_phrase_in_a_caption_names_the_people_of_the_caption(run):
    """A caption is read alone: ``the two ministers`` there are the two people it names, whatever
    their titles, never two ministers of the body."""
    text = ("Ports deal signed in Oslo\n\nOSLO — Norway and Chile signed a port-security agreement on "
            "Tuesday, officials said.\n\nTrade Minister Ingrid Solberg said the pact would cut inspection "
            "times. Finance Minister Lars Aune said the cost would be modest.\n\nIngrid Solberg, left, and "
            "Carlos Rojas walk to the signing ceremony in Oslo on Tuesday. The two ministers said the pact "
            "would take effect in January. Photograph: Heiko Junge/NTB via Reuters\n\nThe agreement still "
            "needs the approval of Chile's Congress.")
    claim = [c for c in run(text) if (c["speaker"] or {}).get("via", {}).get("text") == "The two ministers"][0]
    assert [claim["speaker"]["text"]] + [a["text"] for a in claim["speaker"]["also"]] == \
        ["Ingrid Solberg", "Carlos Rojas"]


def test_two_senators_joined_after_a_party_tag_are_a_pair_despite_a_third_in_their_sentence(run):
    text = ("Sen. Thomas Brandvold wants a deal by Friday. The fight pits Brandvold against Sen. Carolyn "
            "Ashby-Vance, R-Iowa, and Sen. Marcus T. Delgado, D-Minn., who want a cap. In a letter sent on "
            "Tuesday, the two senators called the title a bailout.")
    assert _ids(with_cue(run(text), "called")) == ["carolyn-ashby-vance", "marcus-delgado"]


def test_three_senators_listed_with_party_tags_leave_the_two_senators_contested(run):
    text = ("Sen. Paula Reyes, D-Ore., Sen. Tom Hagen, R-Utah, and Sen. Anna Kroll, D-Ohio, met the growers "
            "on Monday. The two senators said the subsidy formula was unfair.")
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["actor_id"] is None and not claim["speaker"].get("also")


def test_both_candidates_with_no_title_are_the_two_protagonists_named_together_last(run):
    text = ("Leftist Ana Torres held a narrow lead over conservative Jorge Mena on Monday. The count showed "
            "Torres with 50.2 percent against 49.8 percent for Mena. Both candidates declared victory.")
    assert _ids(with_cue(run(text), "declared")) == ["ana-torres", "jorge-mena"]


def test_both_candidates_are_not_two_people_met_in_passing(run):
    text = ("Ana Torres leads the race. Her adviser Luis Gil met pollster Marta Ruiz on Monday. "
            "Both candidates declared victory.")
    claim = with_cue(run(text), "declared")
    assert claim["speaker"]["actor_id"] is None and not claim["speaker"].get("also")


def test_the_and_gap_between_two_names_is_matched_in_linear_time():
    import time

    from pipeline.components.claim_joint import _AND_GAP
    for gap in (" and ", ", and ", ", R-Iowa, and "):
        assert _AND_GAP.fullmatch(gap)
    start = time.perf_counter()
    assert _AND_GAP.fullmatch(" " * 60000 + "or ") is None  # a long run of spaces: no backtracking blow-up
    assert time.perf_counter() - start < 0.5


def test_joint_states_with_a_third_as_recent_are_the_two_the_text_joined(run):
    text = ("Chile and Peru agreed on Monday to reopen their border crossings, a step Washington welcomed. "
            "The two sides pledged to review the crossings in June.")
    claim = with_cue(run(text), "pledged")
    assert sorted(_ids(claim)) == ["CHL", "PER"]


def test_joint_states_with_two_joined_pairs_stay_unresolved(run):
    text = ("Chile and Peru agreed on Monday to reopen their border crossings. Brazil and Bolivia signed a rail deal. "
            "Washington welcomed both steps. The two sides pledged to review the crossings in June.")
    claim = with_cue(run(text), "pledged")
    assert claim["speaker"]["actor_id"] is None and not claim["speaker"].get("also")


def test_titled_people_of_two_states_are_named_before_or_after(run):
    text = ("Norway will lend Iceland $2 billion for a new harbour, the two countries' foreign ministers said on "
            "Friday. Norwegian Foreign Minister Ola Brekke called the loan a sign of trust. Icelandic Foreign "
            "Minister Sigrun Thorsdottir said work would start in May.")
    claim = with_cue(run(text), "said")
    assert sorted(_ids(claim)) == ["ola-brekke", "sigrun-thorsdottir"]


def test_titled_people_of_two_states_need_one_each(run):
    text = ("Norway will lend Iceland $2 billion for a new harbour, the two countries' ministers said on Friday. "
            "Norwegian Foreign Minister Ola Brekke called the loan a sign of trust. Norwegian Finance Minister "
            "Kari Dahl agreed. Icelandic Foreign Minister Sigrun Thorsdottir said work would start in May.")
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["actor_id"] is None and not claim["speaker"].get("also")


def test_plural_description_with_its_members_listed_speaks_as_all_of_them(run):
    text = "Three mayors — Lena Fox, Omar Haddad and Ruth Pardo — said the bridge tolls were too high."
    claim = with_cue(run(text), "said")
    assert _ids(claim) == ["lena-fox", "omar-haddad", "ruth-pardo"]


def test_singular_description_with_a_name_has_no_co_speakers(run):
    text = "A spokeswoman, Lena Fox, said the bridge tolls were too high, as did Omar Haddad."
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["actor_id"] == "lena-fox" and not claim["speaker"].get("also")


def test_unnamed_plural_is_no_set(run):
    text = ("Sen. Paula Reyes met Sen. Tom Hagen on Monday. Two senators said the formula was unfair.")
    claim = with_cue(run(text), "said")
    assert not claim["speaker"].get("also")


def test_document_of_two_joined_authors_speaks_for_both(run):
    text = "A joint statement from Chile and Peru said the border crossings would reopen on Monday."
    claim = with_cue(run(text), "said")
    assert _ids(claim) == ["CHL", "PER"]


def test_document_about_two_states_has_one_author(run):
    text = "A report by the World Bank on Chile and Peru found that growth was slowing."
    claim = with_cue(run(text), "found")
    assert not claim["speaker"].get("also")


def test_they_after_two_people_joined_by_and_is_both(run):
    text = ("Outside the courthouse, the family's lawyer, Paul Grady, read a statement on behalf of the "
            "girl's father, Owen Marsh, and her aunt, Clare Whitley.\n\n"
            "\u201cShe was the brightest light in every room,\u201d they said.")
    claim = with_cue(run(text), "said")
    assert _ids(claim) == ["owen-marsh", "clare-whitley"]
    assert claim["speaker"]["via"]["text"] == "they"


@pytest.mark.parametrize("text", [
    "Officers arrested Carl Boyd and Mia Stone at the airport on Sunday.\n\n"
    "\u201cThe suspects had been under watch for months,\u201d they said.",
    "The coroner recorded the deaths of Carl Boyd and Mia Stone as accidental.\n\n"
    "\u201cThe junction needs a crossing,\u201d they said.",
])
def test_they_never_names_two_people_joined_as_objects(run, text):
    claim = with_cue(run(text), "said")
    assert "carl-boyd" not in _ids(claim) and "mia-stone" not in _ids(claim)


def test_they_after_two_people_joined_as_subject_is_both(run):
    text = ("Lorna Price and Dev Shah, who run the bakery, left the court arm in arm on Friday.\n\n"
            "\u201cWe are relieved it is over,\u201d they said.")
    assert _ids(with_cue(run(text), "said")) == ["lorna-price", "dev-shah"]


def test_they_after_one_person_stays_unresolved(run):
    text = ("Outside the courthouse, Paul Grady read a statement on behalf of the family.\n\n"
            "\u201cShe was the brightest light in every room,\u201d they said.")
    claim = with_cue(run(text), "said")
    assert not (claim["speaker"] or {}).get("also")


@pytest.mark.parametrize("text, ids", [
    ("Mayor Linda Foster and Councilman Rob Hale met for two hours on Tuesday. Afterward, both said "
     "they had reached a deal on the budget.", ["linda-foster", "rob-hale"]),
    ("Senator Paula Grant pressed Governor Ian Marsh on taxes, and Marsh called her plan \"a fantasy.\"\n\n"
     "On education, both said they would raise teacher pay.", ["paula-grant", "ian-marsh"]),
])
def test_both_alone_as_subject_is_the_two_people_just_named_together(run, text, ids):
    assert _ids(with_cue(run(text), "said")) == ids


def test_both_is_no_pair_of_people_named_sentences_before(run):
    text = ("Mayor Linda Foster met Councilman Rob Hale in March. The city later hired two auditors.\n\n"
            "Last week the county and the state signed the contract. Both said the audit would finish by June.")
    assert with_cue(run(text), "said")["speaker"].get("actor_id") is None
