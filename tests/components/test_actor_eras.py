"""actor_eras: descriptions of an office or a government in another era get an id of their own."""

from pipeline.components.actor_eras import EraWords, era_norm, era_word
from tests.conftest import actor_mentions

ERAS = EraWords(frozenset({"new", "incoming", "next", "future"}),
                frozenset({"previous", "ousted", "toppled", "deposed", "overthrown", "preceding"}))
HOLDER = {"actor_id": "vnm-president", "name": "Vietnam president", "type": "person", "country": "VNM",
          "in_gazetteer": False, "role": "VNMGOV", "via": "office"}
GOVERNMENT = {"actor_id": "SYRGOV", "name": "Syria (government)", "type": "government", "country": "SYR",
              "in_gazetteer": True, "role": "SYRGOV", "via": "office"}


def test_era_word_reads_only_the_modifiers():
    assert era_word(["incoming", "finance", "minister"], ERAS) == ("successor", "incoming")
    assert era_word(["deposed", "government"], ERAS) == ("predecessor", "deposed")
    assert era_word(["outgoing", "president"], ERAS) is None  # the present holder, leaving
    assert era_word(["new"], ERAS) is None  # the head itself is no modifier


def test_era_norm_gives_a_past_or_future_holder_an_id_of_its_own():
    norm = era_norm(HOLDER, ["incoming", "president"], ERAS)
    assert norm["actor_id"] == "vnm-new-president" and norm["type"] == "person" and norm["country"] == "VNM"
    assert era_norm(GOVERNMENT, ["toppled", "government"], ERAS)["actor_id"] == "syr-previous-government"


def test_a_new_government_stays_the_present_one():
    # successor words mark persons' offices only: "the new government" is most often the one just formed
    assert era_norm(GOVERNMENT, ["new", "government"], ERAS) is None
    assert era_norm(None, ["previous", "government"], ERAS) is None


def test_the_previous_administration_is_not_the_present_government(nlp):
    got = dict(actor_mentions(nlp, "SACRAMENTO (Reuters) - Oregon sued Washington on Tuesday over a highway grant "
                                   "that the previous administration had promised. The administration said it "
                                   "would fight the suit."))
    assert got["the previous administration"]["actor_id"] not in ("USAGOV", got["The administration"]["actor_id"])


def test_the_incoming_president_is_not_the_outgoing_one(nlp):
    got = dict(actor_mentions(nlp, "TEGUCIGALPA (Reuters) - Honduras' congress confirmed the vote count on Monday. "
                                   "Ministers thanked the outgoing president at a farewell lunch. The incoming "
                                   "president has promised to cut fuel taxes."))
    assert got["The incoming president"]["actor_id"] != got["the outgoing president"]["actor_id"]


def test_the_new_holder_after_someone_took_the_office_is_not_a_future_one(nlp):
    # "new" for the holder who just took office: the text says who did, so no future holder of its own
    got = dict(actor_mentions(nlp, "LIMA (Reuters) - Rosa Quispe was sworn in as Peru's president on Sunday. "
                                   "The new president promised to fight crime."))
    assert got["The new president"]["actor_id"] != "per-new-president"
    got = dict(actor_mentions(nlp, "Mark Carney was sworn in as Canada's prime minister on Friday. "
                                   "The new prime minister said tariffs would stay."))
    assert got["The new prime minister"]["actor_id"] != "can-new-prime-minister"


def test_the_new_head_of_another_body_is_no_future_national_office(nlp):
    # "of the Constitutional Court": another body's post, not a phantom future president of Niger
    got = actor_mentions(nlp, "NIAMEY (Reuters) - Niger's junta leader Abdourahamane Tiani spoke on Monday. The "
                              "new president of the Constitutional Court, Abdou Dan Galadima, swore him in.")
    assert all(n["actor_id"] not in ("ner-new-president", "ner-president") for _, n in got)


def test_the_new_president_with_no_present_holder_named_is_the_office(nlp):
    # nobody in the text holds the office now: "the new president" is read as "the president"
    got = dict(actor_mentions(nlp, "ACCRA (Reuters) - Ghana's parliament met on Monday. The new president "
                                   "will address lawmakers next week."))
    assert got["The new president"]["actor_id"] != "gha-new-president"


def test_the_incoming_holder_after_a_vote_for_another_office_keeps_its_id(nlp):
    # the outgoing president is named; "elected ... as head of state" takes no "president" office word
    got = dict(actor_mentions(nlp, "HANOI (Reuters) - The assembly elected Le Van Thanh as head of state on "
                                   "Wednesday. Deputies thanked the outgoing president for his service. "
                                   "The new president will visit Laos next month."))
    assert got["The new president"]["actor_id"] != got["the outgoing president"]["actor_id"]


def test_a_vote_to_elect_the_new_holder_is_no_one_taking_the_office(nlp):
    # "to elect the new premier": the description itself after the verb, a future holder still: no
    # mention at all (actor_hypothetical.py), and never Holt
    got = dict(actor_mentions(nlp, "OTTAWA (Reuters) - Premier Dana Holt conceded the party vote on Sunday. "
                                   "Lawmakers will meet on Oct. 2 to elect the new premier."))
    holt = next(n for k, n in got.items() if "Holt" in k)
    assert "the new premier" not in got and holt["actor_id"]
