"""claims_actors, bodies named by a possessive pronoun (``actor_owned.jsonl``): ``its forces``,
``her office``, ``his country``."""

from __future__ import annotations

import json

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_owned import load_owned_rules
from pipeline.components.gazetteer import ActorDictionaryError
from tests.conftest import actor_norms, actor_norms as found


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Turkey says the buffer zone will stay until its troops are no longer needed.", "its troops", "TURMIL"),
    ("The Iraqi government wants to replace the coalition advisers with its own army.", "its own army", "IRQMIL"),
    ("Belgium, which pulled its last forces out of the region in May, welcomed the vote.", "its last forces",
     "BELMIL"),
    ("Estonia said Russia had massed troops near Narva since Estonia joined Nato in 2004, and its army has "
     "opened a new base.", "its army", "RUSMIL"),
])
def test_its_forces_are_the_owner_countrys_military(nlp, text, mention, actor_id):
    norm = found(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"], norm["role"]) == (actor_id, "military", actor_id)


def test_its_forces_of_a_party_or_after_a_crowd_is_no_guess(nlp):
    assert "its forces" not in found(nlp, "The Kurdish party said its forces would hold the line.")
    assert "its troops" not in found(nlp, "The peacekeepers said its troops were tired.")


def test_her_office_is_the_persons_office(nlp):
    got = found(nlp, "Attorney General Maria Lindqvist opened an inquiry in March. Her office declined to comment.")
    person = got["Attorney General Maria Lindqvist"]
    assert got["Her office"]["actor_id"] == f"{person['actor_id']}-office"
    assert got["Her office"]["type"] == "government"


def test_his_country_is_the_persons_country(nlp):
    got = found(nlp, "Japanese Finance Minister Kenji Sato spoke after Seoul. His country will lend more, he said.")
    assert (got["His country"]["actor_id"], got["His country"]["type"]) == ("JPN", "state")


def test_his_office_with_no_man_before_is_no_mention(nlp):
    assert "his office" not in found(nlp, "Ms. Grant said she would stay in his office until Friday.")


def test_rules_are_checked(tmp_path):
    path = tmp_path / "actor_owned.jsonl"
    path.write_text(json.dumps({"id": "x", "pronouns": ["its"], "nouns": ["forces"], "makes": "role"}) + "\n")
    with pytest.raises(ActorDictionaryError, match="role"):
        load_owned_rules(path)


def test_its_unit_after_a_body_of_no_country(nlp):
    got = found(nlp, "Doctors Without Borders said its teams had left the camp. The Kurdish party said its "
                     "executive would meet on Monday.")
    assert got["its teams"]["actor_id"] == f"{got['Doctors Without Borders']['actor_id']}-teams"
    assert got["its executive"]["type"] == "organization"


def test_his_lawyers_are_the_persons_lawyers(nlp):
    got = found(nlp, "Rafael Ortiz denied the charges, and his lawyers asked for a delay.")
    assert got["his lawyers"]["actor_id"] == f"{got['Rafael Ortiz']['actor_id']}-lawyers"


def _owned_doc(sentences: int):
    """``Kenya said its troops moved.`` ``sentences`` times, tagged by hand (no model), with the
    state actor of each sentence."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.components.actor_model import Actor, make_norm

    unit = [("Kenya", "NNP", "PROPN"), ("said", "VBD", "VERB"), ("its", "PRP$", "PRON"), ("troops", "NNS", "NOUN"),
            ("moved", "VBD", "VERB"), (".", ".", "PUNCT")]
    rows = unit * sentences
    doc = Doc(spacy.blank("en").vocab, words=[w for w, _, _ in rows], tags=[t for _, t, _ in rows],
              pos=[p for _, _, p in rows], sent_starts=[k % len(unit) == 0 for k in range(len(rows))])
    states = [Actor(k, k + 1, make_norm("KEN", "Kenya", "state", "KEN", True, None, "gazetteer"), "gazetteer")
              for k in range(0, len(rows), len(unit))]
    return doc, states


def test_owned_bodies_grow_linearly_with_the_actors():
    """Each ``its`` finds its owner by a bisection over the bodies, not a scan of every actor
    (the scan made a long document quadratic)."""
    from pipeline.components.actor_model import make_norm
    from pipeline.components.actor_owned import OwnedContext, find_owned
    from pipeline.components.base import SHIPPED_RULES
    from tests.test_linear_time import BOUND, GROWTH, _cost

    rules = load_owned_rules(SHIPPED_RULES / "actor_owned.jsonl")
    ctx = OwnedContext(lambda c, r, head, words=(): make_norm(f"{c}{r}", f"{c}{r}", "military", c, False, f"{c}{r}", "role"),
                       lambda c: make_norm(c, c, "state", c, True, None, "gazetteer"))

    def run(built):
        doc, states = built
        actors = list(states)
        find_owned(doc, actors, [False] * len(doc), [], rules, ctx)
        return actors

    small, large = _owned_doc(400), _owned_doc(400 * GROWTH)  # the old scan: ratio 130
    owned = [a for a in run(small) if a.origin.startswith("rule:")]
    assert len(owned) == 400 and {(a.end - a.start, a.norm["actor_id"]) for a in owned} == {(2, "KENMIL")}
    ratio = _cost(run, large) / _cost(run, small)
    if ratio >= BOUND:
        ratio = min(ratio, _cost(run, large) / _cost(run, small))
    assert ratio < BOUND, f"{ratio:.1f}"


def test_a_partys_counted_deputies_are_its_own(nlp):
    """``its 64 deputies`` after a party: the party's deputies (``<party id>-deputies``), not every
    deputy of the legislature (``deputies`` alone)."""
    got = found(nlp, "MADRID (Reuters) - Vox said its 33 deputies would vote against the budget. "
                     "The finance minister told deputies the plan was fair.")
    assert got["its 33 deputies"]["actor_id"] == "vox-deputies"
    assert got["deputies"]["actor_id"] == "esp-deputies"


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Japan, which keeps roughly 300 troops in Djibouti, said the base would stay open.", "roughly 300 troops",
     "JPNMIL"),
    ("Italy has stationed some 1,200 troops in Lebanon since the war ended.", "some 1,200 troops", "ITAMIL"),
    ("Chile has about 800 troops in the south, where the fires still burn.", "about 800 troops", "CHLMIL"),
    ("Spain's defence ministry sent 300 more troops to the islands on Friday.", "300 more troops", "ESPMIL"),
    ("The Kenyan army has deployed some 2,000 troops along the coast.", "some 2,000 troops", "KENMIL"),
    ("Norway holds about 400 troops in reserve near the border.", "about 400 troops", "NORMIL"),
])
def test_troops_a_country_keeps_are_its_military(nlp, text, mention, actor_id):
    norm = found(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"], norm["country"]) == (actor_id, "military", actor_id[:3])


@pytest.mark.parametrize("text", [
    "The Malian army, which says it lacks the troops to hold the north, asked for help.",
    "Poland sent the troops home after the exercise.",
    "Officials said the mission keeps 400 troops near the border.",
    "The rebels said they had moved 500 troops to the north.",
    "Chile has no troops in the south, the minister said.",
    "Serbia is holding some 40 soldiers detained near the frontier, its police said.",
    "Poland holds 200 troops as prisoners of war.",
])
def test_troops_with_no_keeping_country_stay_no_actor(nlp, text):
    assert not any("troops" in mention for mention in found(nlp, text))


def test_his_government_is_the_possessors_countrys(nlp):
    text = ("LISBON — Portugal hosted the fisheries summit on Monday. Moroccan Prime Minister Youssef "
            "Benali said his government would not sign the quota deal.")
    assert found(nlp, text)["his government"]["actor_id"] == "MARGOV"


def test_his_government_with_two_men_of_two_countries_gets_no_possessor_guess(nlp):
    text = ("Moroccan Prime Minister Youssef Benali met Spanish Foreign Minister Pablo Ortiz in Rabat. "
            "He said his government would not sign the quota deal.")
    norm = found(nlp, text).get("his government")
    assert norm is None or norm["actor_id"] not in ("MARGOV", "ESPGOV")


@pytest.mark.parametrize("text, actor_id", [
    ("RABAT — The envoy later met Morocco's prime minister, whose government has courted both sides.", "MARGOV"),
    ("LIMA — President Ana Quispe, whose government lost a confidence vote in May, called early elections.",
     "PERGOV"),
    ("ATHENS — Greece, whose government fell in the spring, abstained.", "GRCGOV"),
])
def test_whose_government_is_the_government_of_the_actor_before_it(nlp, text, actor_id):
    norm = actor_norms(nlp, text)["whose government"]
    assert (norm["actor_id"], norm["type"]) == (actor_id, "government")


@pytest.mark.parametrize("text", [
    "ATHENS — The ruling, whose government critics were few, stood.",
    "ATHENS — The firm, whose government contracts grew, declined to comment.",
])
def test_no_whose_government(nlp, text):
    assert not any("whose" in m for m in actor_norms(nlp, text))


def test_a_post_after_a_named_possessor_is_the_apposed_person(nlp):
    """``Dana Whitlow, Orvane's chair,``: the post after the ``'s`` is a mention of the person named
    with it (the possessor stays its own mention); before the name too."""
    got = found(nlp, "Orvane Metals rejected the offer on Friday. \u201cIt is too low,\u201d said Dana Whitlow, "
                     "Orvane\u2019s chair. Kestrel Partners\u2019 founder, Ivo Brandt, said he would sell.")
    assert got["chair"]["actor_id"] == got["Dana Whitlow"]["actor_id"]
    assert got["founder"]["actor_id"] == got["Ivo Brandt"]["actor_id"]
    assert got["Orvane"]["type"] == "organization"


def test_a_post_after_a_description_or_pronoun_in_apposition(nlp):
    got = found(nlp, "Orvane Metals rejected the offer. Peter Lund, the company\u2019s chief executive, said so. "
                     "Mayor Ruth Keane spoke later. Her chief of staff, Tom Ashby, declined to comment.")
    assert got["chief executive"]["actor_id"] == got["Peter Lund"]["actor_id"]
    assert got["Her chief of staff"]["actor_id"] == got["Tom Ashby"]["actor_id"]


def test_an_unnamed_post_is_the_owners_holder(nlp):
    got = found(nlp, "The Barrow County Planning Commission met on Monday. The commission\u2019s spokeswoman said "
                     "the vote would wait.")
    norm = got["spokeswoman"]
    assert norm["type"] == "person" and norm["actor_id"].endswith("-spokeswoman")


def test_a_body_apposed_to_a_post_is_that_body(nlp):
    got = found(nlp, "Orvane Metals rejected the offer. Orvane\u2019s largest investor, Calder Asset Management, "
                     "backed the board.")
    assert got["largest investor"]["actor_id"] == got["Calder Asset Management"]["actor_id"]


@pytest.mark.parametrize("text, phrase", [
    ("Orvane Metals rejected the offer. The company\u2019s shares rose and its order book grew.", "shares"),
    ("Orvane Metals rejected the offer. The company\u2019s shares rose and its order book grew.", "order book"),
    ("Orvane Metals said Orvane\u2019s largest investor would decide.", "largest investor"),
    ("Senator Ana Ruiz spoke. Her campaign\u2019s ads ran all week.", "ads"),
    ("Asked about the vote, Mrs. Ruiz shook her head.", "her head"),
    ("Orvane Metals rejected the offer. The company\u2019s chief financial officer search went on.",
     "chief financial officer"),
])
def test_things_owned_and_unapposed_bodies_are_no_post(nlp, text, phrase):
    assert not any(phrase in mention for mention in found(nlp, text) if mention != "Orvane Metals")


def test_a_definite_post_in_apposition_is_a_mention_of_the_name(nlp):
    """``The assembly speaker, Lena Moss,``: a post (a holder noun) in apposition is a mention of the
    person; a description of no post (``the neighbour``) stays part of the naming."""
    got = found(nlp, "The assembly speaker, Lena Moss, a Democrat, said the bill was dead. Tom Reed, the "
                     "neighbour, said nothing.")
    assert got["The assembly speaker"]["actor_id"] == got["Lena Moss"]["actor_id"]
    assert "the neighbour" not in got


def test_a_post_after_a_party_tag_is_the_apposed_person(nlp):
    got = found(nlp, "The panel met on Monday. Senator Ruth A. Calloway (R-Kan.), the panel\u2019s chairman, "
                     "opened the hearing.")
    assert got["chairman"]["actor_id"] == got["Senator Ruth A. Calloway"]["actor_id"]


def test_a_quote_mark_opening_the_text_owns_no_post(nlp):
    # a text's first token has no owner before it: no post is read off the end of the text
    doc = nlp("\u2019s chair, Ana Mendes, said the board would meet.")
    assert all(sp.start_char >= 0 and doc.text[sp.start_char:sp.end_char] == sp.text
               for sp in doc.spans["claims_actors"])
    assert [sp.text for sp in doc.spans["claims_actors"]] == ["Ana Mendes"]


APPOSED_POSTS = [
    "Tomás Ibarra, the fisheries minister, said the quota would stay.",
    "The bank's chief executive, Helga Strand, said margins fell.",
    "Norway's ambassador, Kari Lunde, said the talks had stalled.",
]


@pytest.fixture(scope="module")
def nlp_no_apposed_posts():
    """``claims_actors`` with ``apposition_posts: false``."""
    import spacy
    from tests.conftest import MODEL
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claims_actors", config={"apposition_posts": False})
    return nlp


def test_a_post_in_apposition_is_a_mention_by_default(nlp):
    """``apposition_posts: true`` (the default): the post and the name are both the person's mentions."""
    got = [found(nlp, text) for text in APPOSED_POSTS]
    assert got[0]["the fisheries minister"]["actor_id"] == got[0]["Tomás Ibarra"]["actor_id"]
    assert got[1]["chief executive"]["actor_id"] == got[1]["Helga Strand"]["actor_id"]
    assert got[2]["ambassador"]["actor_id"] == got[2]["Kari Lunde"]["actor_id"]  # after "Norway" and 's
    assert got[2]["Norway"]["actor_id"] == "NOR"


def test_a_post_in_apposition_is_none_with_the_setting_off(nlp_no_apposed_posts):
    """``apposition_posts: false``: only the name; a country owning the post stays (as the state)."""
    got = [found(nlp_no_apposed_posts, text) for text in APPOSED_POSTS]
    assert set(got[0]) == {"Tomás Ibarra"}
    assert "chief executive" not in got[1] and "Helga Strand" in got[1]
    assert set(got[2]) == {"Norway", "Kari Lunde"} and got[2]["Norway"]["actor_id"] == "NOR"


def test_a_post_with_no_name_beside_it_stays_with_the_setting_off(nlp_no_apposed_posts):
    """Near miss: a post no name stands beside is a mention either way (the owner's holder)."""
    got = found(nlp_no_apposed_posts, "Fjord Bank cut rates on Monday. Fjord Bank's chief executive said margins fell.")
    assert got["chief executive"]["actor_id"] == "fjord-bank-chief-executive"


def test_a_named_owners_people_are_its_group(nlp):
    got = found(nlp, "Senator Ana Ruiz lost the count. Ruiz's lawyers said the machines failed, and the "
                     "Liberal Party's six ministers resigned.")
    assert got["lawyers"]["actor_id"].endswith("-lawyers") and got["lawyers"]["type"] == "group"
    assert got["six ministers"]["actor_id"].endswith("-ministers")
    assert "Ruiz's lawyers" not in got


def test_a_named_owners_fighters_are_no_owned_group(nlp):
    got = found(nlp, "The Islamic Front's fighters crossed the river.")
    assert not any(k.endswith("fighters") and v["actor_id"].endswith("-fighters") and v["type"] == "group"
                   for k, v in got.items())


def test_a_post_with_other_modifiers_is_not_the_person_titled_so(nlp):
    text = ("Transport Secretary Ruth Vale defended the plan on Monday. The Foreign Office said the "
            "department's permanent secretary would write to MPs.")
    assert found(nlp, text)["permanent secretary"]["actor_id"] != "ruth-vale"
    # near miss: the bare post still names the person titled so
    text = ("Transport Secretary Ruth Vale defended the plan on Monday. The Foreign Office said the "
            "department's secretary would write to MPs.")
    assert found(nlp, text)["secretary"]["actor_id"] == "ruth-vale"


def test_a_time_word_before_a_post_is_read_from_the_word_lists(nlp):
    """``post-time-words`` (actor_words.jsonl, with an id): ``new`` tells when the post is held, not
    which post it is, so ``the department's new secretary`` is still the person titled secretary."""
    from pipeline.components.gazetteer import RULES, load_words
    words = load_words(RULES / "actor_words.jsonl").post_time_words
    assert {"former", "acting", "new"} <= words and "deputy" not in words
    text = ("Housing Secretary Owen Marsh toured the estate on Friday. The Home Office said the "
            "department's new secretary would visit again.")
    assert found(nlp, text)["new secretary"]["actor_id"] == "owen-marsh"
    # near miss: a modifier of its own (not a time word) makes it another post
    text = ("Housing Secretary Owen Marsh toured the estate on Friday. The Home Office said the "
            "department's chief secretary would visit again.")
    assert found(nlp, text).get("chief secretary", {}).get("actor_id") != "owen-marsh"


def test_a_post_in_apposition_takes_a_name_the_model_called_a_place(nlp):
    """``Labour's leader, Miriama Stout,``: the model may type the name a place; a person's post in
    apposition makes it the person, and the post is her mention, not ``labour-party-leader``."""
    text = "Labour’s leader, Miriama Stout, said the party had lost the seat."
    norm = found(nlp, text)["leader"]
    assert norm["actor_id"] == "miriama-stout" and norm["type"] == "person"
    # near miss: a place in apposition to a place noun stays a place
    text = "The party's stronghold, New Plymouth, voted against it on Sunday."
    assert found(nlp, text).get("New Plymouth", {}).get("type") != "person"


def test_its_chief_executive_is_a_post_not_the_owners_executive_body(nlp):
    """``its chief executive, Themba Ndlovu,``: a post of several words ending in ``executive`` is a
    person (the apposed name, even one the model called a body), not ``<owner>-executive``, a body
    of the owner; ``its executive`` alone stays the owner's executive body."""
    text = "Transnet said on Monday that its chief executive, Lwazi Mkhabela, would meet the unions."
    out = found(nlp, text)
    norm = out["its chief executive"]
    assert norm["type"] == "person" and not norm["actor_id"].endswith("-executive")
    assert out["Lwazi Mkhabela"]["type"] == "person"
    # no name in apposition: still a person, of the owner
    text = "Investigators subpoenaed Brightwell Pharmacy and its chief executive, widening the inquiry."
    norm = found(nlp, text)["its chief executive"]
    assert norm["type"] == "person"
    # near miss: the owner's executive body, no post
    text = "The party met in Durban, and its executive voted to expel the mayor."
    norm = found(nlp, text).get("its executive")
    assert norm is None or norm["type"] != "person"


def test_a_post_held_at_a_place_takes_the_name_after_the_place(nlp):
    """``Plaid Cymru's health spokesman in the Senedd, Rhun Price,``: the post, the place it is held
    at, then the name in apposition: the post is that person, not ``<party>-spokesman``."""
    text = "Plaid Cymru's health spokesman at Westminster, Ben Lake, called the plan a fudge."
    norm = found(nlp, text)["health spokesman"]
    assert norm["actor_id"] == "ben-lake" and norm["via"] == "apposition"
    # near miss: a place and a state after it, no person: the post stays the party's
    text = "The party's spokesman in Lagos, Nigeria, said the vote was rigged."
    assert found(nlp, text).get("spokesman", {}).get("via") != "apposition"


def test_a_post_held_for_a_country_takes_the_name_after_the_country(nlp):
    """``the Fund's mission chief for Zambia, Anneliese Korvald,``: a post for a place, then the name
    in apposition: the post is that person (a later ``She`` is her, not ``<body>-chief``)."""
    text = "\"Growth will pick up,\" the World Bank's country director for Kenya, Marisol Etxeberria, said on Monday."
    norm = found(nlp, text)["country director"]
    assert norm["actor_id"] == "marisol-etxeberria" and norm["via"] == "apposition"
    # near miss: a post for a place with no name after it stays the body's
    text = "The World Bank's country director for Kenya said on Monday that growth would pick up."
    assert found(nlp, text).get("country director", {}).get("via") != "apposition"


def test_the_seat_words_are_the_post_seat_links(nlp):
    """``_past_seat`` reads its words (``at``, ``in``, ``for``) from ``post-seat-links``: a rules folder
    without them passes no seat; ``near`` is no such word (``the party's spokesman near Leeds``)."""
    from pipeline.components.actor_owned import _past_seat

    doc = nlp.make_doc("The party's spokeswoman in Holyrood, Maggie Chapman, said no.")
    assert _past_seat(doc, 4, frozenset(("in", "at"))) == 6
    assert _past_seat(doc, 4, frozenset()) == 4
    text = "The Greens' justice spokeswoman in Holyrood, Maggie Chapman, called the bill a mess."
    assert found(nlp, text)["justice spokeswoman"]["via"] == "apposition"


def test_a_firm_apposed_to_a_post_a_firm_holds_stays_a_firm(nlp):
    # near miss of the mistyped person: a firm's name, or a post a firm may hold
    text = "The club's financial adviser, Harwell Partners, said the sale would close in May."
    assert found(nlp, text)["Harwell Partners"]["type"] == "organization"
    text = "The council's chief executive, Tamar Holdings, said the deal was off."
    assert found(nlp, text)["Tamar Holdings"]["type"] == "organization"


def test_an_unnamed_post_is_held_in_the_body_not_in_its_unit(nlp):
    # near miss: "its executive" (a unit) stands between the owner and "its chief executive"
    text = "Kestrel Foods said its board had approved the plan, and its chief executive would step down."
    norm = found(nlp, text)["its chief executive"]
    assert norm["actor_id"] == "kestrel-foods-chief-executive" and norm["type"] == "person"


def test_a_named_owners_board_is_a_body_of_its_own(nlp):
    """``X's board``, ``the IMF's executive board``: ``<owner id>-board``, apart from the owner (owned-member-bodies)."""
    norms = found(nlp, "Lumora Foods rejected the bid on Monday. Lumora's board said the offer was too low.")
    assert norms["board"]["actor_id"] == f"{norms['Lumora Foods']['actor_id']}-board"
    norms = found(nlp, "Kenya hopes the IMF's executive board will approve the loan in June.")
    assert norms["executive board"]["actor_id"] == "international-monetary-fund-board"


def test_a_board_word_before_another_noun_is_no_board(nlp):
    """Near miss: ``the bank's board members``, ``Lumora's board meeting``: the noun phrase goes on, no board body."""
    norms = found(nlp, "Lumora Foods rejected the bid. Lumora's board meeting ran late, and two board members left.")
    assert not any(n["actor_id"].endswith("-board") for n in norms.values())


def test_apposed_post_joined_to_another_determined_post_is_a_list_item(nlp):
    out = found(nlp, "The prosecutor will question Darko Ilić, the region's interior minister and the "
                           "parliament's speaker about the vote.")
    assert all(n["actor_id"] != "darko-ilic" for t, n in out.items() if "minister" in t)


def test_apposed_post_with_two_titles_of_one_person_stays_apposed(nlp):
    out = found(nlp, "Jane Okafor, the company's chairman and chief executive, said sales rose.")
    post = next(n for t, n in out.items() if t.endswith("chairman"))
    assert post["actor_id"] == out["Jane Okafor"]["actor_id"]


def test_a_name_with_two_apposed_posts_closed_by_a_comma_is_one_person(nlp):
    """``Marta Jones, the company's founder and its largest shareholder, said``: two posts of one
    person, closed by a comma (actor_owned._listed)."""
    got = found(nlp, "Orvane Metals rejected the offer. Lena Hart, the company's founder and its largest "
                     "shareholder, said the price was too low.")
    assert got["founder"]["actor_id"] == got["Lena Hart"]["actor_id"]


def test_a_name_listed_with_another_owners_post_is_no_apposition(nlp):
    # near miss: "summon X, A and B for questioning" lists people; B has an owner of its own
    got = found(nlp, "Orvane Metals and Kestrel Bank were raided. Prosecutors will summon Lena Hart, the "
                     "company's founder and the bank's chairman for questioning.")
    assert got.get("founder", {}).get("actor_id") != got["Lena Hart"]["actor_id"]


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Botswana put its defence force on alert after the border clash.", "its defence force", "BWAMIL"),
    ("Uganda said its defense forces had withdrawn from the town.", "its defense forces", "UGAMIL"),
])
def test_its_defence_force_is_the_owner_countrys_military(nlp, text, mention, actor_id):
    norm = found(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"], norm["role"]) == (actor_id, "military", actor_id)


def test_its_task_force_is_no_countrys_military(nlp):
    got = found(nlp, "Botswana set up its task force on Monday to study the floods.")
    assert got.get("its task force", {}).get("actor_id") != "BWAMIL"


def test_its_ministry_is_the_owner_countrys_ministry(nlp):
    got = found(nlp, "Lisbon said through its foreign ministry that it would review the accord.")
    norm = got["its foreign ministry"]
    assert (norm["actor_id"], norm["type"], norm["country"], norm["role"]) == \
        ("prt-foreign-ministry", "government", "PRT", "PRTGOV")


@pytest.mark.parametrize("text, actor_id", [
    ("Canberra, Wellington's closest partner, said through its foreign ministry that it was concerned.",
     "aus-foreign-ministry"),
    ("Ankara, which has long hosted the Syrian opposition, said through its foreign ministry that it was "
     "concerned.", "tur-foreign-ministry"),
])
def test_its_owner_is_not_a_body_inside_an_aside(nlp, text, actor_id):
    assert found(nlp, text)["its foreign ministry"]["actor_id"] == actor_id


def test_a_rule_modifiers_must_be_words(tmp_path):
    path = tmp_path / "actor_owned.jsonl"
    path.write_text(json.dumps({"id": "x", "pronouns": ["its"], "nouns": ["force"], "modifiers": "defence",
                                "makes": "role", "role": "MIL"}) + "\n")
    with pytest.raises(ActorDictionaryError, match="modifiers"):
        load_owned_rules(path)


def test_his_government_owner_by_a_later_surname(nlp):
    """The owner of ``his government`` is found by the surname named last (``Cuenca``), not by the
    full names alone (a rival named in full in between)."""
    got = found(nlp, "Ecuadorian President Andres Cuenca Paz swore in a new envoy on Monday. Peruvian President "
                     "Julio Salas Ramos called the move a provocation. Salas is due to address Congress on Thursday. "
                     "Cuenca has said he will visit Tumbes, the port that his government wants back.")
    assert got["his government"]["actor_id"] == "ECUGOV"


@pytest.mark.parametrize("text", [
    # a bare title, no tie to the body
    "Grace Mwangi, the chairwoman, opened the meeting in Nakuru on Friday. The Kenya Tea Growers Association "
    "met on Saturday. The association's chairwoman said prices were too low.",
    # the body of the post itself is no tie: it is in the holder's sentence only as that post's possessor
    "Dana Whitlock, a director at a Denver charity, testified beside the Central Intelligence Agency's director "
    "on Monday. The agency's director said later that the budget was short.",
])
def test_an_unnamed_post_of_a_body_is_no_person_the_text_does_not_tie_to_it(nlp, text):
    got = found(nlp, text)
    holder = [n for t, n in got.items() if t in ("chairwoman", "director")]
    assert holder and all(n["actor_id"] not in ("grace-mwangi", "dana-whitlock") for n in holder)


@pytest.mark.parametrize("text, name, post", [
    # apposed to the name before, written with the same possessor
    ("Tom Okello, the cooperative's treasurer, spoke in Gulu on Monday. Farmers met on Tuesday. "
     "The cooperative's treasurer said the accounts were sound.", "Tom Okello", "treasurer"),
    # the holder's own sentence names the body
    ("Lena Park, the president, spoke at a rally of the Harbor Dockworkers Union on Sunday. Ships waited on Monday. "
     "The union's president said the strike would go on.", "Lena Park", "president"),
    # the title names the body by its initials; she speaks for it
    ("CIA Director Ruth Calder flew to Ankara on Monday. Talks began on Tuesday. "
     "The agency's director said the talks had gone well.", "CIA Director Ruth Calder", "director"),
])
def test_an_unnamed_post_of_a_body_is_the_person_the_text_ties_to_it(nlp, text, name, post):
    got = found(nlp, text)
    assert got[post]["actor_id"] == got[name]["actor_id"]


@pytest.mark.parametrize("text, mention", [
    ("The Nurses Association, which represents about 9,000 hospital staff, said members had rejected the pay "
     "offer on Friday.", "members"),
    ("The National Farmers Union says about 3,500 members will join the tractor protest in the capital.",
     "about 3,500 members"),
])
def test_bare_members_are_the_nearest_bodys_members(nlp, text, mention):
    """``said members had rejected``: the members of the body named before, as ``its members`` are."""
    got = found(nlp, text)
    body = next(n for t, n in got.items() if t.endswith("Association") or t.endswith("Union"))
    assert got[mention]["actor_id"] == f"{body['actor_id']}-members"
    assert got[mention]["type"] == "group"


@pytest.mark.parametrize("text", [
    "The Nurses Association said members of the public should avoid the emergency ward.",
    "The Nurses Association said the members had rejected the offer.",
    "The Nurses Association said union members had rejected the offer.",
    "Members-elect cannot be sworn in until the Nurses Association certifies the result.",
    "The Nurses Association board met on Friday. Three members who voted against the deal said it was rushed.",
])
def test_members_with_a_word_of_their_own_are_no_bare_members(nlp, text):
    assert not any(n["actor_id"] == "nurses-association-members" for n in found(nlp, text).values())


@pytest.mark.parametrize("text", [
    "The National Farmers Union, which claims about 40,000 members, called a strike for Monday.",
    "The National Farmers Union has 40,000 members and a seat on the wage board.",
])
def test_members_a_body_has_are_its_size_no_group(nlp, text):
    """Near miss: ``has 40,000 members`` gives the union's size (``member-count-verbs``)."""
    assert not any(t.endswith("members") for t in found(nlp, text))


def test_bare_members_without_a_body_before_make_no_mention(nlp):
    assert "members" not in found(nlp, "Nobody knows how members will vote on the motion next week.")


def test_a_roleless_government_bodys_post_is_no_person_of_no_role(nlp):
    """A commission or court has no government role: a person of no role does not speak for it by that."""
    got = found(nlp, "Ana Ruiz, the chairwoman, opened the hearing on Monday. Separately, the Independent National "
                     "Electoral Commission said on Tuesday it would delay the count. The commission's chairwoman "
                     "said the delay was short.")
    assert got["chairwoman"]["actor_id"] != got["Ana Ruiz"]["actor_id"]
    assert got["chairwoman"]["actor_id"].startswith("independent-national-electoral-commission")


def test_a_ministers_ministry_is_a_body_of_its_own(nlp):
    got = found(nlp, "Kenyan Health Minister Susan Wafula said her ministry would audit the hospital contracts.")
    assert (got["her ministry"]["actor_id"], got["her ministry"]["type"]) == ("ken-health-ministry", "government")


def test_a_persons_staff_is_a_group(nlp):
    got = found(nlp, "County clerk Angela Moretti said her staff had counted every ballot by hand.")
    person = next(n for t, n in got.items() if "Moretti" in t)
    assert (got["her staff"]["actor_id"], got["her staff"]["type"]) == (f"{person['actor_id']}-staff", "group")


def test_his_predecessor_is_a_person_of_the_possessors_office(nlp):
    got = found(nlp, "Prime Minister Jonas Petrauskas, who took office in May after parliament ousted his "
                     "predecessor, promised new elections.")
    person = next(n for t, n in got.items() if "Petrauskas" in t)
    norm = got["his predecessor"]
    assert (norm["actor_id"], norm["type"]) == (f"{person['actor_id']}-predecessor", "person")


def test_a_police_chiefs_officers_are_the_police(nlp):
    got = found(nlp, "Ghana Police Commissioner Kwame Asante said his officers would guard the polling stations.")
    assert (got["his officers"]["country"], got["his officers"]["role"]) == ("GHA", "GHACOP")


def test_a_commanders_officers_are_no_police(nlp):
    got = found(nlp, "Nigerian army commander General Musa Danjuma said his officers would stay in the north.")
    assert "his officers" not in got


def test_her_predecessor_with_no_woman_near_is_no_mention(nlp):
    assert "her predecessor" not in found(nlp, "Mr. Okafor said her predecessor had left the books in order.")


def test_some_of_its_members_is_no_group(nlp):
    got = found(nlp, "The Kenya Medical Association said several of its members had been arrested at the march.")
    assert "its members" not in got


def test_a_majority_of_its_members_is_the_group(nlp):
    got = found(nlp, "The Estonian Traders Association needs a majority of its members to approve the merger.")
    assert got["its members"]["type"] == "group"


def test_her_ministry_after_her_portfolios_ministry_is_that_ministry(nlp):
    got = found(nlp, "The agriculture ministry sets the quotas in Norway. Agriculture Minister Ingrid Solberg said "
                     "her ministry would review them. Trade Minister Lars Berg said his ministry had no plans.")
    assert got["her ministry"]["actor_id"] == got["The agriculture ministry"]["actor_id"]
    assert got["his ministry"]["actor_id"] != got["The agriculture ministry"]["actor_id"]


def test_a_ministers_ministry_is_the_ministry_of_the_portfolio(nlp):
    got = found(nlp, "Kenya's parliament dismissed Energy Minister Daniel Korir after police searched his ministry. "
                     "The energy ministry declined to comment.")
    assert got["his ministry"]["actor_id"] == got["The energy ministry"]["actor_id"]
