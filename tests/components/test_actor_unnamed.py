"""claims_actors, mentions with no name of their own: unnamed people, a lawyer's client, places
the model misses, and descriptions of an island or a state."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_unnamed import load_unnamed_rules
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.extensions import GROUP_ACTORS
from tests.conftest import actor_mentions, actor_spans, run_with_published


def mentions(nlp, text):
    return actor_mentions(nlp, text, "2025-03-01")


def found(nlp, text):
    return dict(mentions(nlp, text))


US = "WASHINGTON — Sen. Carla Mendez of Ohio questioned the Justice Department on Tuesday. "


def test_unnamed_person_is_a_person_with_the_role_of_the_noun(nlp):
    out = found(nlp, US + "The subpoena was approved by a federal magistrate in Ohio last week.")
    judge = out["a federal magistrate"]
    assert (judge["type"], judge["role"], judge["actor_id"]) == ("person", "USAJUD", "usa-federal-magistrate")
    assert judge["actor_id"] != out["Sen. Carla Mendez"]["actor_id"]


def test_unnamed_person_with_an_age_keeps_it_in_the_span_not_the_id(nlp):
    """``a 54-year-old former nurse``: the age is written into the mention, the id is the words."""
    text = US + '"Nobody asked us," said a 54-year-old former nurse who had waited two hours in the rain.'
    out = found(nlp, text)
    nurse = out["a 54-year-old former nurse"]
    assert (nurse["type"], nurse["actor_id"]) == ("person", "usa-former-nurse")
    start = text.index("a 54-year-old")
    span = next(s for s in actor_spans(nlp, text, "2025-03-01") if s.text.startswith("a 54"))
    assert (span.start_char, span.end_char) == (start, start + len("a 54-year-old former nurse"))


def test_unnamed_delegation_is_a_group_apart_from_its_sender(nlp):
    text = "ABUJA — The African Union sent a high-level delegation to Niamey on Monday to meet the junta."
    out = found(nlp, text)
    delegation = out["a high-level delegation"]
    assert delegation["type"] == "group" and delegation["actor_id"].endswith("high-level-delegation")
    assert delegation["actor_id"] != out["The African Union"]["actor_id"]


def test_unnamed_person_later_description_names_it(nlp):
    text = US + ("Prosecutors said a senior military officer met the aide twice. "
                 "The documents do not say where the officer was based.")
    ids = [n["actor_id"] for t, n in mentions(nlp, text) if t.endswith("officer")]
    assert len(ids) == 2 and len(set(ids)) == 1


def test_unnamed_person_with_foreign_has_no_country_in_focus(nlp):
    out = found(nlp, US + "The aide had met a foreign intelligence agent twice, officials said.")
    agent = out["a foreign intelligence agent"]
    assert agent["type"] == "person" and agent["role"] is None
    assert not agent["actor_id"].startswith("usa-")


def test_unnamed_one_former_and_a_lower_case_body_word(nlp):
    text = ("LONDON — Labour MPs were split over the deal. One senior minister said the vote "
            "would be close, and a party spokesperson declined to comment.")
    out = found(nlp, text)
    assert out["One senior minister"]["type"] == "person"
    assert out["a party spokesperson"]["type"] == "person"


@pytest.mark.parametrize("text", [
    US + "Ms. Mendez, a former prosecutor, said the case was weak.",  # apposition
    US + "Ms. Mendez worked as a prosecutor for ten years.",
    US + "Ms. Mendez is a lawyer by training and was once a judge.",
    US + "One of the judges recused himself.",
])
def test_unnamed_no_mention_for_predicates_and_appositions(nlp, text):
    out = found(nlp, text)
    assert not any(t.lower().startswith(("a ", "one ")) for t in out)


def test_unnamed_two_different_then_description_names_neither(nlp):
    text = US + ("A police officer stopped the car, and a customs officer searched it. "
                 "The officer later testified.")
    assert "The officer" not in found(nlp, text)


def test_client_is_the_person_the_lawyer_acts_for(nlp):
    text = (US + "Investigators questioned a congressional aide, Tom Reilly, on Monday. "
            "Nadia Ferris, an attorney for Mr. Reilly, said her client had done nothing wrong.")
    out = found(nlp, text)
    assert out["her client"]["actor_id"] == out["Tom Reilly"]["actor_id"]


def test_client_with_no_lawyer_named_is_no_mention(nlp):
    assert "his client" not in found(nlp, US + "Mr. Ruiz said his client would appeal.")


def test_state_abbreviation_after_a_place_is_the_state(nlp):
    text = "The governor of Colorado toured Boulder, Colo., and Denver on Friday."
    out = mentions(nlp, text)
    colo = next(n for t, n in out if t == "Colo.")
    assert colo["actor_id"] == next(n for t, n in out if t == "Colorado")["actor_id"]
    assert colo["type"] == "location"


def test_state_abbreviation_in_a_party_tag_is_not_a_place(nlp):
    out = found(nlp, "Rep. Ana Diaz, D-Calif., voted no.")
    assert "Calif." not in out


def test_place_after_town_of_and_its_repetition(nlp):
    text = ("BEIRUT — An airstrike hit a warehouse near the village of Qlayaa on Monday. "
            "Residents of Qlayaa said three people died.")
    ids = [n["actor_id"] for t, n in mentions(nlp, text) if t == "Qlayaa"]
    assert len(ids) == 2 and len(set(ids)) == 1


def test_repeated_dateline_place_is_the_place(nlp):
    text = ("SPRINGFIELD — The mayor closed two schools on Monday.\n\n"
            "Parents in Springfield said they had not been told.")
    ids = [n["actor_id"] for t, n in mentions(nlp, text) if t.lower() == "springfield"]
    assert len(ids) == 2 and len(set(ids)) == 1


def test_the_island_is_the_island_state_not_the_mainland(nlp):
    text = ("TOKYO - Japan protested after Chinese coast guard ships sailed near the island chain. "
            "China said the ships were on a routine patrol near the island.")
    out = mentions(nlp, text)
    island = [n for t, n in out if t == "the island"]
    assert island and island[0]["actor_id"] == "JPN"


def test_the_state_is_the_us_state_named_just_before(nlp):
    text = ("Ms. Lopez campaigned in Nevada on Tuesday. Her pollster said she led by three points "
            "in the state.")
    out = mentions(nlp, text)
    state = [n for t, n in out if t == "the state"]
    assert state and state[0]["actor_id"] == next(n for t, n in out if t == "Nevada")["actor_id"]


def test_the_state_with_two_states_before_names_neither(nlp):
    text = ("Ms. Lopez campaigned in Nevada and Ohio on Tuesday. Her pollster said she led by "
            "three points in the state.")
    assert "the state" not in found(nlp, text)


def test_unnamed_rules_bad_row_names_file_and_line(tmp_path):
    path = tmp_path / "actor_unnamed.jsonl"
    path.write_text('{"id": "x", "nouns": ["judge"], "role": "XYZ"}\n')
    with pytest.raises(ActorDictionaryError, match=r"actor_unnamed.jsonl:1: 'role'"):
        load_unnamed_rules(path)


def test_unnamed_person_with_a_phrase_after_is_left_to_the_claims(nlp):
    out = found(nlp, US + "A spokeswoman for the county sheriff, Lena Brooks, said the road was closed.")
    assert "A spokeswoman" not in out


def test_country_and_office_is_one_person_not_the_government(nlp):
    out = mentions(nlp, "The talks in Muscat ended without a deal. The Omani minister said the sides would meet "
                        "again, and the Omani ruler sent a message to Tehran.")
    minister = next(n for t, n in out if t == "The Omani minister")
    assert (minister["type"], minister["role"]) == ("person", "OMNGOV")
    assert minister["actor_id"] not in ("OMN", "OMNGOV")
    ruler = next(n for t, n in out if t == "the Omani ruler")
    assert ruler["actor_id"] != minister["actor_id"]


def test_country_and_office_names_the_person_with_that_title(nlp):
    out = mentions(nlp, "Egyptian Foreign Minister Karim Fawzi arrived in Amman on Monday. On Tuesday the Egyptian "
                        "minister met King Abdullah, and Egypt's foreign minister later flew home.")
    fawzi = next(n for t, n in out if "Karim Fawzi" in t)["actor_id"]
    assert next(n for t, n in out if t == "the Egyptian minister")["actor_id"] == fawzi
    assert next(n for t, n in out if t.startswith("Egypt"))["actor_id"] == fawzi


def test_office_of_another_country_is_not_the_named_person(nlp):
    out = mentions(nlp, "Egyptian Foreign Minister Karim Fawzi arrived in Amman on Monday. The Jordanian minister "
                        "welcomed him.")
    fawzi = next(n for t, n in out if "Karim Fawzi" in t)["actor_id"]
    assert next(n for t, n in out if t == "The Jordanian minister")["actor_id"] != fawzi


def test_unnamed_person_in_apposition_is_the_named_person(nlp):
    out = mentions(nlp, "The plan was drafted by Lena Brandt, the E.U. envoy in Kyiv, and approved by Kenya's "
                        "ambassador, Samuel Otieno, on Friday.")
    assert next(n for t, n in out if "E.U. envoy" in t)["actor_id"] == \
        next(n for t, n in out if t == "Lena Brandt")["actor_id"]
    assert next(n for t, n in out if "ambassador" in t)["actor_id"] == \
        next(n for t, n in out if t == "Samuel Otieno")["actor_id"]


def test_body_and_chair_with_no_name_is_a_person_of_the_body(nlp):
    out = mentions(nlp, "At a news conference, the ECB chair said rates would stay on hold.")
    chair = next(n for t, n in out if "chair" in t)
    assert chair["type"] == "person" and chair["actor_id"] != "european-central-bank"


def test_prime_minister_with_no_holder_known_is_the_unnamed_holder(nlp):
    doc = run_with_published(nlp, "LISBON — The Portuguese government faced a vote on Monday. The prime minister "
                                  "said Portugal would keep its budget target, and Portugal's finance ministry "
                                  "agreed.", "2031-05-01")
    pm = next(s._.norm for s in doc.spans[GROUP_ACTORS] if s.text == "The prime minister")
    assert (pm["actor_id"], pm["type"], pm["role"]) == ("prt-prime-minister", "person", "PRTGOV")


@pytest.mark.parametrize("text, mention, actor_id", [
    ("NAIROBI — Kenya's election count resumed on Friday. A spokeswoman for the electoral commission "
     "said the last ballots were being verified.", "A spokeswoman", "ken-spokeswoman-electoral-commission"),
    ("SÃO PAULO — Brazil's top court heard the appeal on Monday. A lawyer for the former governor told "
     "reporters the charges were political.", "A lawyer", "bra-lawyer"),
    ("BRUSSELS — The talks with Hungary stalled again. A Commission spokeswoman declined to say when "
     "they would resume.", "A Commission spokeswoman", None),
])
def test_unnamed_person_with_a_phrase_after_is_a_person(nlp, text, mention, actor_id):
    """``a spokeswoman for the commission``, ``an analyst at a bank``: the person is a mention (the
    words up to the noun), with no name set off after the phrase."""
    norm = found(nlp, text)[mention]
    assert norm["type"] == "person"
    assert actor_id is None or norm["actor_id"] == actor_id


def test_unnamed_trade_noun_is_a_person_but_not_as_a_predicate(nlp):
    out = found(nlp, "MANILA — The Philippine senate opened the inquiry. An economist who advised the central "
                     "bank testified first, while Mr. Cruz, who worked as an analyst for years, said little.")
    assert out["An economist"]["type"] == "person"
    assert "an analyst" not in out



@pytest.mark.parametrize("sentence, mention, atype, role", [
    ("The contract went to a small family-owned roofing firm in Dayton.", "a small family-owned roofing firm",
     "organization", "USABUS"),
    ("A state grand jury indicted the mayor on Friday.", "A state grand jury", "government", "USAJUD"),
    ("The money came from a super political action committee.", "a super political action committee",
     "organization", None),
    ("The title was transferred to a nephew in Toledo.", "a nephew", "person", None),
])
def test_unnamed_bodies_and_relatives(nlp, sentence, mention, atype, role):
    norm = found(nlp, US + sentence)[mention]
    assert (norm["type"], norm["country"], norm["role"]) == (atype, "USA", role)


def test_unnamed_foreign_government_has_no_country(nlp):
    norm = found(nlp, US + "Investigators suspect that a hostile foreign government paid the hackers.")[
        "a hostile foreign government"]
    assert (norm["type"], norm["country"]) == ("government", None)


def test_unnamed_body_in_apposition_is_part_of_the_name(nlp):
    got = found(nlp, US + "The work went to Kestrel Roofing, a company owned by his brother.")
    assert "a company" not in got


def test_unnamed_company_does_not_take_a_named_companys_description(nlp):
    text = (US + "Prosecutors say a paving company paid for the trips. Harlan Asphalt & Paving Inc. won nine "
            "contracts. The company denies wrongdoing.")
    got = mentions(nlp, text)
    company = [n for t, n in got if t == "The company"]
    assert company and company[0]["actor_id"].startswith("harlan")


def test_unnamed_company_is_the_named_company_with_its_word(nlp):
    text = (US + "The agency steered grants to a family-owned roofing company in Akron. Records show Kessler "
            "Roofing & Siding won every contract. A lawyer said his client ran a real business.")
    got = found(nlp, text)
    assert got["a family-owned roofing company"]["actor_id"] == got["Kessler Roofing & Siding"]["actor_id"]
    assert got["a family-owned roofing company"]["via"] == "coref"


def test_a_body_noun_before_a_person_noun_is_the_persons_modifier(nlp):
    """``A government spokesperson``: one unnamed person, not a government of no name."""
    got = found(nlp, US + "A government spokesperson said the talks would continue.")
    assert got["A government spokesperson"]["type"] == "person"


def test_role_phrase_names_the_one_such_person_named_after_it(nlp):
    text = ("VILNIUS — Lithuania's defence minister said on Friday that the brigade would be ready by "
            "2027. Speaking after talks with NATO officials, Lithuanian Defence Minister Ruta Vaitkute "
            "said the barracks were nearly finished.")
    out = dict(mentions(nlp, text))
    assert out["Lithuania's defence minister"]["actor_id"] == out["Lithuanian Defence Minister Ruta Vaitkute"]["actor_id"]


def test_role_phrase_with_two_such_people_named_after_stays_unnamed(nlp):
    text = ("ROME — Italy's minister said on Friday the talks would resume. Italian Interior Minister Marco "
            "Bellini and Italian Foreign Minister Paolo Greco later met the delegation.")
    out = dict(mentions(nlp, text))
    assert out["Italy's minister"]["actor_id"] not in ("marco-bellini", "paolo-greco")


def test_role_phrase_named_after_needs_all_its_words(nlp):
    text = ("N'DJAMENA — Defense Minister Ali Koumba said the army would respect the truce. On Friday, "
            "Chad's foreign minister said the talks would resume in May.")
    out = dict(mentions(nlp, text))
    assert out["Chad's foreign minister"]["actor_id"] != out["Defense Minister Ali Koumba"]["actor_id"]


def test_an_unnamed_id_is_ascii_like_every_id(nlp):
    """``an émigré diplomat``: the id folds the accent, the name keeps it."""
    mentions = found(nlp, "PARIS (Reuters) - An émigré diplomat said the talks had stalled over the border.")
    norm = next(n for text, n in mentions.items() if text.endswith("diplomat"))
    assert norm["actor_id"].isascii() and norm["actor_id"].endswith("emigre-diplomat"), norm["actor_id"]


def test_apposed_title_gives_its_own_country(nlp):
    # the title's possessor (Denmark) wins over the country the story is about (Russia)
    out = dict(mentions(nlp, "Mette Lindqvist, Denmark's defence minister, said Russia had moved "
                             "troops. Russia denied it, and Moscow said Russia would answer. "
                             "Lindqvist said Russia was testing NATO."))
    person = [n for t, n in out.items() if "Lindqvist" in t]
    assert person and all(n["country"] == "DNK" and n["role"].startswith("DNK") for n in person)


def test_copular_title_gives_its_own_country(nlp):
    out = dict(mentions(nlp, "HELSINKI — Aino Salmela became Finland's foreign minister in June. "
                             "Russia said on Monday that Russia would respond. Salmela said Russia "
                             "had been warned."))
    person = [n for t, n in out.items() if "Salmela" in t]
    assert person and all(n["country"] == "FIN" for n in person)



def test_apposed_description_without_country_lends_none(nlp):
    out = dict(mentions(nlp, "Ola Brekke, a retired engineer, said Russia had moved troops."))
    assert out["Ola Brekke"].get("role") is None and out["Ola Brekke"].get("role_source") != "apposition"


def test_a_noun_joined_to_a_predicate_is_no_mention(nlp):
    out = found(nlp, "COLUMBUS, Ohio — The man who greeted Gov. Laura Brennan at the door was not a donor "
                     "or a party official, aides said. A party official later confirmed it.")
    assert "a party official" not in out
    assert out["A party official"]["type"] == "person"


def test_place_named_again_in_a_based_phrase_is_no_actor(nlp):
    """``the Melbourne-based think tank`` after ``in Sydney and Melbourne``: where a body sits names
    no actor, even when the place was named before."""
    out = mentions(nlp, "Rents rose fastest in Sydney and Melbourne. The Grattan Institute, the Melbourne-based "
                        "think tank, said the government should act.")
    assert [t for t, _ in out].count("Melbourne") == 1, out


# ---------------------------------------------------------------- definite descriptions of an unnamed person
def test_unnamed_person_name_holds_the_body_after_for(nlp):
    out = found(nlp, "A spokeswoman for Harrowgate Timber Holdings said the mill would reopen in May. "
                     "Asked about the layoffs, the spokeswoman said the numbers were not final.")
    assert out["A spokeswoman"]["name"] == "spokeswoman for Harrowgate Timber Holdings"
    assert out["the spokeswoman"]["actor_id"] == out["A spokeswoman"]["actor_id"]


def test_unnamed_person_name_takes_no_person_after_for(nlp):
    out = found(nlp, "A lawyer for Martin Okafor said the charges were baseless.")
    assert out["A lawyer"]["name"] == "lawyer"


def test_the_spokesperson_after_a_body_spokesperson_the_model_named(nlp):
    text = ("The Ministry of Transport rejected the audit. \"We are hiring 400 inspectors,\" a Ministry of "
            "Transport spokesperson said. Pressed on the dates, the spokesperson said the plan was on track.")
    ms = mentions(nlp, text)
    first = next(n for t, n in ms if t.endswith("Transport spokesperson"))
    later = next(n for t, n in ms if t == "the spokesperson")
    assert later["actor_id"] == first["actor_id"]


def test_the_spokesperson_after_two_unnamed_spokespeople_is_no_guess(nlp):
    text = ("A spokesman for Harrowgate Timber said the mill would reopen. A spokesman for the Kelso Mill "
            "Workers Union said it would not. Later the spokesman said talks would continue.")
    assert "the spokesman" not in found(nlp, text)


def test_the_spokesperson_after_a_named_spokesperson_is_that_person(nlp):
    text = ("A spokesman for Harrowgate Timber said the mill would reopen. Union spokesman Derek Vail "
            "said talks had stalled. Asked again, the spokesman said nothing.")
    out = found(nlp, text)
    assert out.get("the spokesman", {}).get("actor_id") != out["A spokesman"]["actor_id"]


def test_unnamed_person_id_is_built_from_the_body_id(nlp):
    """One body written two ways gives one id; a body of another id keeps its own."""
    out = actor_mentions(nlp, "A spokesman for the FBI said the inquiry was closed. Later a spokesman for the "
                              "Federal Bureau of Investigation said it had reopened.", "2025-03-01")
    ids = [norm["actor_id"] for text, norm in out if text.lower() == "a spokesman"]
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0].endswith("-fbi")
    out = dict(actor_mentions(nlp, "A spokesperson for Palmetto Build Group said the site was safe.", "2025-03-01"))
    assert out["A spokesperson"]["actor_id"] == "spokesperson-palmetto-build-group"


def test_unnamed_person_for_its_own_country_keeps_the_plain_id(nlp):
    """The body's id is a country code (USA): no ``usa-spokeswoman-USA``."""
    out = dict(actor_mentions(nlp, "TOLEDO, Ohio (AP) — A spokeswoman for the U.S. said the talks would go on.",
                              "2025-03-01"))
    assert out["A spokeswoman"]["actor_id"] == "usa-spokeswoman"


def test_unnamed_people_of_two_bodies_sharing_a_role_code_keep_two_ids(nlp):
    """The Pentagon and the Army are both USAMIL: their spokespeople are not one person; a body
    with an id of its own (the FBI) still gives that id."""
    out = actor_mentions(nlp, "A spokeswoman for the U.S. Army said the levee held. A spokesman for the Pentagon "
                              "said troops would stay. A spokesman for the FBI declined to comment.", "2025-03-01")
    ids = [m["actor_id"] for text, m in out if text.startswith("A spokes")]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert not any(i.endswith("usamil") for i in ids) and ids[2].endswith("-fbi")


def test_unnamed_role_phrase_is_no_person_named_in_full_in_its_sentence(nlp):
    text = ("KUALA LUMPUR, Oct. 26 — Timor-Leste joined the bloc on Sunday. President José Amaral Belo "
            "signed the treaty beside Indonesia's president, who chairs the group this year. "
            "Amaral Belo said it was a great day.")
    out = mentions(nlp, text)
    role = next(n for t, n in out if t.endswith("president") and "José" not in t)
    named = next(n for t, n in out if t.startswith("President José"))
    assert role["actor_id"] != named["actor_id"]


def test_unnamed_role_phrase_of_the_gazetteer_holder_named_in_its_sentence_is_that_holder(nlp):
    """``President William Ruto … as Kenya's president he``: the gazetteer has the person named in
    full as that country's holder of the title, so the phrase is that person."""
    out = mentions(nlp, "President William Ruto told parliament on Tuesday that as Kenya's president he "
                        "would sign the budget.")
    role = next(n for t, n in out if t == "Kenya's president")
    assert role["actor_id"] == "william-ruto"


@pytest.mark.parametrize("text, mention, role", [
    ("LIMA — Peru's congress voted on Thursday. \"Nobody trusts them any more,\" said a political scientist "
     "at the Catholic University, who asked not to be named.", "a political scientist", None),
    ("ACCRA — Fuel prices rose again this week. \"We cannot feed our children,\" said one trader, who gave "
     "only her first name, Ama.", "one trader", None),
    ("LONDON — The asylum bill passed its second reading. One MP for a Yorkshire seat said the vote had "
     "been \"a shambles\".", "One MP", "GBRLEG"),
    ("QUITO — The movement, founded by a former president who lives abroad, began a campaign on Monday.",
     "a former president", None),
])
def test_unnamed_participant_of_the_street_of_a_trade_or_a_former_office(nlp, text, mention, role):
    """``said one trader``, ``a political scientist at X said``, ``One MP for … said``, ``founded by a
    former president``: a person of no name, a mention of its own."""
    norm = found(nlp, text)[mention]
    assert (norm["type"], norm["role"]) == ("person", role)


@pytest.mark.parametrize("text, absent", [
    ("LIMA — Peru's congress voted on Thursday. Ms. Quispe, who is a political scientist, voted against.",
     "a political scientist"),
    ("LIMA — Peru's congress voted on Thursday. The law lets a president dissolve congress once.", "a president"),
    ("LIMA — Peru's congress voted on Thursday. \"It is over,\" said Rosa Quispe, a political scientist at "
     "the Catholic University.", "a political scientist"),
    ("ACCRA — Ghana's unions called a general strike on Monday.", "a general"),
])
def test_unnamed_participant_left_out_as_predicate_kind_or_apposition(nlp, text, absent):
    """``who is a political scientist`` (a predicate), ``lets a president dissolve`` (no former: a kind),
    ``Rosa Quispe, a political scientist`` (her description, as most golds leave it), ``a general strike``."""
    assert absent not in found(nlp, text)


@pytest.mark.parametrize("text, mention, name", [
    ("HARARE — Bread prices doubled this month. \"We eat once a day now,\" said a 41-year-old bus driver "
     "who gave his name only as Tendai.", "a 41-year-old bus driver", "Tendai"),
    ("HARARE — Bread prices doubled this month. \"We eat once a day now,\" said one vendor, who gave only "
     "her first name, Rutendo.", "one vendor", "Rutendo"),
])
def test_unnamed_person_and_the_name_it_gave_are_one_person(nlp, text, mention, name):
    """``a student who gave her name only as Wanjiru``: the description and the given name are one
    person (one id, a person)."""
    out = found(nlp, text)
    assert out[mention]["actor_id"] == out[name]["actor_id"]
    assert out[name]["type"] == "person"


def test_a_role_held_then_or_a_comparison_is_no_unnamed_person(nlp):
    """Row ``not-a-mention-before`` of actor_words.jsonl: ``then a trainee``, ``as a nurse`` are no
    mentions; ``A nurse`` opening the next sentence is one."""
    out = found(nlp, "Helen Obi, then a trainee at the clinic, saw the error. As a nurse, she reported it. "
                     "A nurse at the ward said the pumps were old.")
    assert "a trainee" not in out and "a nurse" not in out
    assert "A nurse" in out
