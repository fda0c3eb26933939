"""claims_actors, shapes: the type of an unknown name from its last word and its context where the
model's label is wrong."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norm_ending


def _typed(out, name):
    return next(n["type"] for t, n in out.items() if t.endswith(name))


def test_person_shape_newspaper_word_is_media(nlp):
    out = found(nlp, "The Gazette reported on Friday that the council had hired a new auditor.")
    assert _typed(out, "Gazette") == "media"


def test_person_shape_given_name_and_surname_stays_a_person(nlp):
    out = found(nlp, "Mark Post, a lawyer for the family, said the filing had been late.")
    assert _typed(out, "Mark Post") == "person"


def test_org_shape_dateline_in_capitals_is_a_place(nlp):
    out = found(nlp, "TUCSON — The water board voted on Thursday to raise rates by 9 percent.")
    assert out["TUCSON"]["type"] == "location"


def test_org_shape_title_and_given_name_before_make_a_person(nlp):
    out = found(nlp, "Sen. Lucia Brandt said the vote would be close.")
    assert _typed(out, "Brandt") == "person"


def test_org_shape_people_in_a_town_is_a_place(nlp):
    out = found(nlp, "Protesters in Bukavu said the roads had been closed since dawn.")
    assert out["Bukavu"]["type"] == "location"


def test_org_name_heads_plural_association_untagged_name(nlp):
    out = found(nlp, "The National Dairy Associations warned that milk prices would rise this winter.")
    assert _typed(out, "Associations") == "organization"


def test_hyphenated_surname_after_a_full_name_is_a_person(nlp):
    out = found(nlp, "Gov. Ana Reyes said the state would appeal. Reyes-Kettering, her chief of staff, "
                     "declined to comment.")
    assert out["Reyes-Kettering"]["type"] == "person"


def test_described_orgs_apposition_with_an_organisation_noun(nlp):
    out = found(nlp, "Halvorsen Marine, a Norwegian shipbuilder, said it would cut 200 jobs by March.")
    assert out["Halvorsen Marine"]["type"] == "organization"


def test_described_orgs_person_noun_keeps_the_person(nlp):
    out = found(nlp, "Tom Varga, a dairy farmer, said the co-op had failed him.")
    assert out["Tom Varga"]["type"] == "person"


def test_described_orgs_the_description_and_a_name_with_links(nlp):
    out = found(nlp, "The state party has given $2 million to Coloradans for Fair Maps, the committee "
                     "opposing the amendment. Crisis, the homelessness charity, called the plan cruel.")
    assert out["Coloradans for Fair Maps"]["type"] == "organization"
    assert out["Crisis"]["type"] == "organization"


def test_described_orgs_a_possessive_description_names_a_person(nlp):
    out = found(nlp, "Dana Whitlow, the company's founder, declined to comment on the merger.")
    assert "Dana Whitlow" not in out or out["Dana Whitlow"]["type"] == "person"


def test_described_orgs_a_weekday_before_the_description_is_no_body(nlp):
    out = found(nlp, "The monitors toured three polling stations on Friday, the agency reported, and "
                     "left the capital late on Sunday, the observer mission said.")
    assert "Friday" not in out and "Sunday" not in out
    assert out["The monitors"]["type"] == "group"


def test_named_campaigns_with_a_ballot_number(nlp):
    out = found(nlp, "The nurses' union has put $4 million into the Yes on 7 campaign, while the No on "
                     "Measure B campaign reported $900,000 in donations.")
    assert out["the Yes on 7 campaign"]["type"] == "organization"
    assert out["the No on Measure B campaign"]["type"] == "organization"


def test_named_campaigns_a_candidate_s_campaign_is_left_to_the_people(nlp):
    out = found(nlp, "Senator Dana Whitlow spoke on Monday. The Whitlow campaign said it raised $3 million.")
    assert not any(n["actor_id"] == "whitlow-campaign" and n["via"] == "name" for n in out.values())


def test_person_named_org_hyphenated_given_name_takes_no_country(nlp):
    # the model may read a given name + surname as ORG; "Jordan" inside it is no country
    out = found(nlp, "The group's spokesman, Jordan-Luc Perrin, said the union would not sign. "
                     "Perrin spoke after the vote.")
    people = [n for t, n in out.items() if t.endswith("Perrin")]
    assert people and all(n["type"] == "person" and n["country"] != "JOR" for n in people)


def test_person_named_org_keeps_bodies_and_companies(nlp):
    out = found(nlp, "Analysts at Morgan Stanley cut their forecast, and the Jordan Valley Authority "
                     "said water supplies were low.")
    assert all(n["type"] != "person" for t, n in out.items() if "Morgan" in t or "Authority" in t)


def test_person_by_honorific_needs_a_gendered_title_before_the_surname_elsewhere(nlp):
    from pipeline.components.actor_shapes import person_by_honorific
    from pipeline.components.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    doc = nlp.make_doc("Talks were led by Kwabena Owusu-Ansah on Friday. Mr. Owusu-Ansah said little.")
    words = nlp.get_pipe("claims_actors").words
    assert person_by_honorific(doc, 4, 8, words, gaz.titles)
    doc = nlp.make_doc("Talks were led by Kwabena Owusu-Ansah on Friday. Owusu-Ansah said little.")
    assert not person_by_honorific(doc, 4, 8, words, gaz.titles)


def test_person_shaped_place_a_given_name_with_an_age_is_a_person(nlp):
    out = found(nlp, "In Dubuque, Gloria, 71, a retired farmer, said she would vote early.")
    assert out["Gloria"]["type"] == "person"
    assert out["Dubuque"]["type"] == "location"


def test_person_shaped_place_a_number_after_a_city_is_no_age(nlp):
    # near miss: a city that is also a given name, with a count after it
    out = found(nlp, "Smith won Savannah, 16, and Augusta, 13, on Tuesday.")
    assert out["Augusta"]["type"] == "location"


def test_person_shaped_place_a_gendered_title_before_a_place_name_makes_a_person():
    import spacy

    from pipeline.components.actor_shapes import person_shaped_place
    from pipeline.components.gazetteer import RULES, load_titles, load_words
    titles, blank = load_titles(RULES / "actor_titles.jsonl"), spacy.blank("en")
    words = load_words(RULES / "actor_words.jsonl")
    assert person_shaped_place(blank("Mr Fallujah rejected the plan."), 1, 2, titles, words)
    assert not person_shaped_place(blank("Troops in Fallujah rejected the plan."), 2, 3, titles, words)
    # near misses: a title in lower case is a noun before the next clause's subject; a state stays one
    assert not person_shaped_place(blank("In a letter to the emir Kuwait said it would help."), 6, 7, titles, words)
    assert not person_shaped_place(blank("Mr Fallujah rejected the plan."), 1, 2, titles, words,
                                   lambda name: name == "Fallujah")


def test_near_miss_lower_case_title_before_a_country_keeps_the_country(nlp):
    out = found(nlp, "In a letter to the sultan Oman said it would mediate.")
    assert out["Oman"]["type"] == "state"
    out = found(nlp, "In his reply to the queen Denmark said it would not sell.")
    assert out["Denmark"]["type"] == "state"


def test_near_miss_a_superscript_after_a_given_name_is_no_age():
    import spacy

    from pipeline.components.actor_shapes import person_shaped_place
    from pipeline.components.gazetteer import RULES, load_titles, load_words
    titles, words = load_titles(RULES / "actor_titles.jsonl"), load_words(RULES / "actor_words.jsonl")
    doc = spacy.blank("en")("Augusta , ² , a city of hills .")
    assert not person_shaped_place(doc, 0, 1, titles, words)  # once a ValueError from int("²")


def test_titled_name_with_a_hyphenated_surname_tagged_a_place_is_a_person(nlp):
    """``Ghana's Finance Minister Kwesi Ofori-Atta``: a given name no list knows, a title before and
    a double surname: a person, and the lone surname later is the same person."""
    out = found(nlp, "Ogun State Governor Dapo Abiodun-Smith called the plan an assault on federalism. "
                     "The party said it would not punish Abiodun-Smith for opposing it.")
    full = next(n for t, n in out.items() if t.endswith("Dapo Abiodun-Smith"))
    assert full["type"] == "person"
    assert out["Abiodun-Smith"]["actor_id"] == full["actor_id"]


def test_described_name_runs_over_glued_hyphens(nlp):
    out = found(nlp, "The minister spoke on Thursday.\n\nHizb-ut-Tahrir, the Islamist group, said it would "
                     "hold rallies in the city on Friday.")
    assert "Hizb-ut-Tahrir" in out and "Tahrir" not in out


def test_fronted_orgs_an_organisation_noun_before_an_untagged_name(nlp):
    out = found(nlp, "The nurses' union Vardhal said its members would strike next week.")
    assert out["Vardhal"]["type"] == "organization" and out["Vardhal"]["actor_id"] == "vardhal"


def test_fronted_orgs_a_title_or_a_given_name_after_the_noun_is_no_body(nlp):
    out = found(nlp, "The union Chairman Gareth Lowry said talks had failed.")
    assert not any(n["type"] == "organization" and "Chairman" in t for t, n in out.items())
    out = found(nlp, "A spokesman for the firm Martin Oduya said on Monday that sales had fallen.")
    assert not any(n["type"] == "organization" and "Martin" in t for t, n in out.items())


def test_fronted_orgs_a_name_in_apposition_to_the_noun(nlp):
    out = found(nlp, "MANILA (Reuters) - Philippine nickel processor PT Luzon Ore Refining on Monday raised "
                     "its output forecast.")
    assert norm_ending(out, "Ore Refining")["type"] == "organization"


def test_fronted_orgs_a_government_word_is_no_name(nlp):
    out = found(nlp, "The coalition Government said the budget would pass.")
    assert "Government" not in out


def test_a_body_noun_before_an_org_with_a_given_name_keeps_the_body(nlp):
    out = found(nlp, "The insurer Halvard Mutual said on Friday it would raise premiums.")
    assert norm_ending(out, "Halvard Mutual")["type"] == "organization"


def _titled_unknown(text: str, name: str) -> bool:
    import spacy

    from pipeline.components.actor_shapes import titled_unknown_name
    from pipeline.components.gazetteer import RULES, load_titles, load_words
    titles, words = load_titles(RULES / "actor_titles.jsonl"), load_words(RULES / "actor_words.jsonl")
    doc = spacy.blank("en")(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name))
    return titled_unknown_name(doc, span.start, span.end, words, titles)


def test_a_lower_case_title_after_its_owners_name_makes_a_hyphenated_name_tagged_a_body_a_person():
    """``RJD spokesperson Meera Jha-Singh`` tagged a body: the lower-case title follows the party's
    name, so the hyphenated name after it is a person's (as after ``Minister``)."""
    assert _titled_unknown("RJD spokesperson Meera Jha-Singh dismissed the exit polls .", "Meera Jha-Singh")
    assert _titled_unknown("Awami League spokesman Tarek Rahman-Chowdhury said so .", "Tarek Rahman-Chowdhury")


def test_near_miss_a_lower_case_title_with_no_owners_name_before_it_proves_nothing():
    assert not _titled_unknown("talks with spokesperson Meera Jha-Singh failed .", "Meera Jha-Singh")


def test_described_orgs_a_trade_before_a_person_noun_makes_a_company(nlp):
    out = found(nlp, "Kestrel Nickel, the Australian nickel producer, said on Monday it would shut two mines, and "
                     "Marrow Bay, a Danish wind developer, said its project was delayed.")
    assert out["Kestrel Nickel"]["type"] == "organization"
    assert out["Marrow Bay"]["type"] == "organization"


def test_described_orgs_a_person_s_trade_keeps_the_producer_a_person(nlp):
    out = found(nlp, "Dorin Albescu, the Romanian film producer, said the festival had been cancelled.")
    assert out["Dorin Albescu"]["type"] == "person"


# ---------------------------------------------------------------- a person's role in apposition
def test_a_role_in_apposition_after_a_name_tagged_a_body_makes_a_person(nlp):
    """``X Y, coordinator of Z`` (the model read the name as an ORG): only a person holds the role."""
    out = found(nlp, "Alhassan Dramani, coordinator of the Tamale Youth Forum, an alliance of student groups, "
                     "told Reuters that the talks had failed.")
    assert out["Alhassan Dramani"]["type"] == "person"
    assert out["Alhassan Dramani"]["actor_id"] == "alhassan-dramani"
    assert out["the Tamale Youth Forum"]["type"] == "organization"


@pytest.mark.parametrize("text, name", [
    ("\"Ankara no longer needs Moscow's approval,\" said Mehmet Yavuzer, an analyst at the Bosphorus Center, "
     "a think tank in Istanbul.", "Mehmet Yavuzer"),
    ("\"This is about who may stand against the president,\" said Kizza Mugisha, secretary general of the "
     "People's Progress Party (PPP), the largest opposition party in parliament.", "Kizza Mugisha"),
])
def test_a_body_noun_describing_the_employer_after_a_persons_role_keeps_the_person(nlp, text, name):
    """``X, an analyst at Z, a think tank``: the body noun describes Z, not the person before the role."""
    out = found(nlp, text)
    assert out[name]["type"] == "person"


@pytest.mark.parametrize("text, name, atype", [
    ("Alianza Verde, the president's party, said it would vote against the budget.", "Alianza Verde",
     "organization"),
    ("In Washington, the president said the deal was close.", "Washington", "location"),
    ("The minister, Northvolt and the unions met on Monday.", "Northvolt", None),
    ("When he was chairman, Ocado lost £500 million.", "Ocado", None),
    ("Before he was governor, Halliburton hired him as a consultant.", "Halliburton", None),
])
def test_near_miss_a_role_word_that_is_no_apposition_of_the_name(nlp, text, name, atype):
    """The president's party (head ``party``), a place before the sentence's subject, a list, the
    predicate of a clause before the sentence's subject (``When he was chairman, X lost``)."""
    out = found(nlp, text)
    assert out.get(name, {}).get("type") != "person"
    if atype:
        assert out[name]["type"] == atype


# ---------------------------------------------------------------- names the model missed after a title
def _with_model_ents(nlp, text: str, keep: tuple[str, ...] = (), label: str = "PERSON"):
    """The actor mentions of ``text`` when the model tags no entity but the words of ``keep`` (each
    a ``label``): the model misses or mistypes unknown names in long documents."""
    from spacy.tokens import Span

    from pipeline.extensions import GROUP_ACTORS
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    for name, proc in nlp.pipeline:
        if name == "claims_actors":
            spans = [doc.char_span(text.index(w), text.index(w) + len(w)) for w in keep]
            doc.ents = [Span(doc, s.start, s.end, label) for s in spans]
        doc = proc(doc)
    return {s.text: s._.norm for s in doc.spans[GROUP_ACTORS]}


def test_an_unknown_given_name_after_a_title_opens_a_name_the_model_missed(nlp):
    out = _with_model_ents(nlp, "The roads were closed. Army Chief General Tandyo Budiarto told reporters in Medan "
                                "that 2,000 soldiers had been deployed.")
    person = norm_ending(out, "Tandyo Budiarto")
    assert (person["actor_id"], person["type"]) == ("tandyo-budiarto", "person")


def test_an_unknown_given_name_after_a_title_joins_the_surname_the_model_tagged(nlp):
    out = _with_model_ents(nlp, "Navy Chief of Staff Admiral Yudo Margono told reporters that three ships had "
                                "sailed.", keep=("Margono",))
    assert norm_ending(out, "Yudo Margono")["actor_id"] == "yudo-margono"


def test_near_miss_a_word_after_a_title_is_no_given_name_of_a_company(nlp):
    """``General Manager`` + ``Kelso Freight Ltd`` (ORG): an unknown given name opens a person's
    name only (``General Maruli`` + ``Simanjuntak``), not a company's."""
    out = _with_model_ents(nlp, "General Manager Kelso Freight Ltd said on Friday it would cut two routes.",
                           keep=("Kelso Freight Ltd",), label="ORG")
    assert [n["type"] for n in out.values()] == ["organization"]


def test_an_unknown_given_name_after_a_title_opens_a_surname_the_model_tagged_a_body(nlp):
    """``Commissioner of Police Oyelaran`` + ``Danjuma-Okeke`` (ORG): a plain name, the person's."""
    out = _with_model_ents(nlp, "Lagos State Commissioner of Police Oyelaran Danjuma-Okeke said 40 people were held.",
                           keep=("Lagos State", "Danjuma-Okeke"), label="ORG")
    assert norm_ending(out, "Oyelaran Danjuma-Okeke")["actor_id"] == "oyelaran-danjuma-okeke"


@pytest.mark.parametrize("text", [
    "General Dynamics Land Systems said on Monday it would bid for the contract.",
    "SEC Chair Gary Gensler said in a statement that the rule would stand.",
])
def test_near_miss_a_body_after_a_title_word_or_a_title_of_two_words(nlp, text):
    """A company's name after ``General``; ``Chair`` is the title's own word, no given name."""
    out = _with_model_ents(nlp, text, keep=("Gary Gensler",) if "Gensler" in text else ())
    assert all(n["type"] != "person" or n["actor_id"] == "gary-gensler" for n in out.values())


def test_a_sentence_opening_surname_the_tagger_read_as_an_adjective_joins_the_person(nlp):
    """``Brandhuber, of the SVP, said``: the tagger reads the opening surname as an adjective."""
    text = ("Economy Minister Urs Brandhuber told reporters in Zurich. Brandhuber, of the centre-right SVP, "
            "said farmers would be compensated.")
    from pipeline.extensions import GROUP_ACTORS
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    for name, proc in nlp.pipeline:
        if name == "claims_actors":
            opening = doc[[t.i for t in doc if t.text == "Brandhuber"][1]]
            opening.pos_, opening.tag_ = "ADJ", "JJ"
        doc = proc(doc)
    later = [s for s in doc.spans[GROUP_ACTORS] if s.text == "Brandhuber"]
    assert [s._.norm["actor_id"] for s in later] == ["urs-brandhuber"]


@pytest.mark.parametrize("text, word", [
    ("Finance director Mark Little said costs had risen. Little has changed since the audit, critics said.",
     "Little"),
    ("Mayor Rebecca Young opened the fair on Saturday. Young and old alike turned out for the parade.", "Young"),
])
def test_near_miss_an_adjective_opening_a_sentence_with_no_aside_is_no_surname(nlp, text, word):
    """A surname that is an adjective too opens a sentence as the adjective (``Little has changed``):
    only an aside after it (``Little, of the SVP, said``) makes it the person."""
    from pipeline.extensions import GROUP_ACTORS
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    for name, proc in nlp.pipeline:
        if name == "claims_actors":
            opening = doc[[t.i for t in doc if t.text == word][1]]
            opening.pos_, opening.tag_ = "ADJ", "JJ"
        doc = proc(doc)
    assert [s.text for s in doc.spans[GROUP_ACTORS] if s.text == word] == []


@pytest.mark.parametrize("text, name", [
    ("\"They don't see us,\" said Budi Santoso, 38, who has driven a taxi for six years.", "Budi Santoso"),
    ("\"Nobody listens,\" said Wayan Sudarta, a rice farmer in Tabanan.", "Wayan Sudarta"),
])
def test_a_name_tagged_a_place_with_an_age_or_a_persons_role_after_it_is_a_person(nlp, text, name):
    out = _with_model_ents(nlp, text, keep=(name,), label="GPE")
    assert out[name]["type"] == "person"


@pytest.mark.parametrize("text, name", [
    ("According to the chairman, Siemens will cut 3,000 jobs next year.", "Siemens"),
    ("In a letter to the governor, Walmart said the store would close in June.", "Walmart"),
    ("The mine supplies Glencore, a spokesman for the workers' union said on Friday.", "Glencore"),
])
def test_near_miss_a_role_in_a_phrase_or_a_clause_of_its_own_is_no_apposition(nlp, text, name):
    """A role noun inside a prepositional phrase before the name, or a role phrase that is the subject
    of its own verb after it (``, a spokesman for X said``), says nothing of the name: no person."""
    out = found(nlp, text)
    assert out.get(name, {}).get("type") != "person"


def test_a_word_after_a_title_is_no_given_name_when_a_known_given_name_follows(nlp):
    """``General Manager Brian Cashman``: Brian opens the name, Manager is no unknown given name."""
    out = found(nlp, "Vice President Elect Carla Diaz and General Manager Brian Cashman spoke on Monday.")
    assert out["Brian Cashman"]["actor_id"] == "brian-cashman" and out["Carla Diaz"]["actor_id"] == "carla-diaz"
