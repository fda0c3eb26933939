"""claims_actors, country offices: ``Spain's prime minister`` is the whole office (one id with
``the Spanish prime minister``), a later bare ``the prime minister`` names the nearest country office
named before it, and ``the Chilean leader`` is the country's one leader the article names."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_country_offices import office_phrase, whole_office
from tests.conftest import found_norms as found

OFFICES = frozenset({"president", "prime minister", "foreign minister", "deputy prime minister"})


def test_office_phrase_is_the_longest_office_the_words_end_with(base_nlp):
    doc = base_nlp("Spain's deputy prime minister spoke.")
    assert office_phrase(doc, 2, 4, OFFICES) == "deputy prime minister"
    assert office_phrase(doc, 3, 4, OFFICES) == "prime minister"  # the words start after "deputy"
    doc = base_nlp("Spain's finance minister spoke.")
    assert office_phrase(doc, 2, 3, OFFICES) is None  # no office of the list
    assert office_phrase(doc, 2, 2, OFFICES) is None


def test_whole_office_renames_only_the_last_word_id():
    norm = {"actor_id": "esp-minister", "name": "Spain minister", "type": "person", "country": "ESP",
            "via": "role_phrase"}
    assert whole_office(norm, "prime minister", "Spain")["actor_id"] == "esp-prime-minister"
    assert whole_office(norm, None, "Spain") is norm
    body = {**norm, "actor_id": "esp-foreign-ministry", "type": "government"}
    assert whole_office(body, "prime minister", "Spain") is body  # a body, not an office holder


def test_possessive_and_demonym_offices_share_one_id_with_the_bare_office(nlp):
    text = ("NAIROBI (Reuters) - Tanzania's president opened the new rail link on Friday. Kenyan officials "
            "attended the ceremony in Dar es Salaam. The Tanzanian president said trade would double, and the "
            "president later visited the port.")
    out = found(nlp, text)
    assert out["Tanzania's president"]["actor_id"] == "tza-president"
    assert out["The Tanzanian president"]["actor_id"] == "tza-president"
    assert out["the president"]["actor_id"] == "tza-president"  # not Kenya's, the country in focus


def test_a_multiword_office_keeps_its_words(nlp):
    text = ("LIMA (Reuters) - Peru's prime minister resigned on Tuesday after a week of protests in the capital. "
            "The prime minister had lost the support of Congress.")
    out = found(nlp, text)
    assert out["Peru's prime minister"]["actor_id"] == "per-prime-minister"
    assert out["The prime minister"]["actor_id"] == "per-prime-minister"


def test_two_countries_offices_in_one_sentence_leave_the_bare_office_alone(nlp):
    text = ("NAIROBI (Reuters) - Uganda's foreign minister met Rwanda's foreign minister in Kigali on Monday. "
            "The foreign minister said the border would reopen.")
    out = found(nlp, text)
    assert out["Uganda's foreign minister"]["actor_id"] == "uga-foreign-minister"
    assert out["Rwanda's foreign minister"]["actor_id"] == "rwa-foreign-minister"
    assert out["The foreign minister"]["via"] != "coref"  # no antecedent: the country in focus's guess


def test_the_country_leader_is_its_one_leader_named(nlp):
    text = ("SANTIAGO (Reuters) - The Chilean president flew to Buenos Aires on Monday for talks on lithium. "
            "Argentine officials said the Chilean leader would stay two days.")
    out = found(nlp, text)
    assert out["the Chilean leader"]["actor_id"] == out["The Chilean president"]["actor_id"]
    # near misses: an indefinite leader is someone else; two leaders of the country: no choice
    text = ("SANTIAGO (Reuters) - The Chilean president flew to Buenos Aires on Monday. A Chilean leader "
            "of the miners' union stayed at home.")
    assert found(nlp, text)["Chilean leader"]["actor_id"] == "chl-leader"
    text = ("PARIS (Reuters) - The Senegalese president and the Senegalese prime minister met on Monday. "
            "Diplomats said the Senegalese leader wanted a new deal.")
    assert found(nlp, text)["the Senegalese leader"]["actor_id"] == "sen-leader"


def test_a_titled_person_after_a_country_office_is_of_that_country(nlp):
    text = ("GENEVA (Reuters) - Talks between Sudan's warring sides ended on Sunday with what Qatar's foreign "
            "minister called real progress. Foreign Minister Hamad Al Kuwari told reporters "
            "that Sudanese delegates would meet again in January.")
    out = found(nlp, text)
    person = out["Foreign Minister Hamad Al Kuwari"]
    assert person["country"] == "QAT"  # not Sudan, the country in focus (no dateline country: Geneva)
    assert out["Qatar's foreign minister"]["actor_id"] == person["actor_id"]
    # near miss: two countries' foreign ministers before the title: no country from them
    text = ("GENEVA (Reuters) - Talks between Sudan's army and Sudan's paramilitaries ended on Sunday with what "
            "Qatar's foreign minister and Egypt's foreign minister called real progress. Foreign Minister Hamad "
            "Al Kuwari told reporters that Sudanese delegates would meet again in January.")
    assert found(nlp, text)["Foreign Minister Hamad Al Kuwari"]["country"] not in ("QAT", "EGY")


def test_only_an_office_of_one_holder_per_country_takes_the_antecedent(nlp):
    text = ("WASHINGTON (AP) — America's inspector general opened an inquiry into the contracts on Monday. "
            "The retired general who chairs the oversight board declined to comment.")
    out = found(nlp, text)
    general = [n for t, n in out.items() if t.endswith("retired general")]
    assert all(n["actor_id"] != out["America's inspector general"]["actor_id"] for n in general)


def test_a_past_holder_has_an_id_of_its_own():
    norm = {"actor_id": "esp-minister", "name": "Spain minister", "type": "person", "country": "ESP",
            "via": "role_phrase"}
    assert whole_office(norm, "prime minister", "Spain", past=True)["actor_id"] == "esp-former-prime-minister"


def test_a_former_office_is_no_antecedent_of_the_bare_office(nlp):
    text = ("MADRID (Reuters) - Spain's former prime minister criticised the amnesty law on Tuesday. "
            "The prime minister defended it in parliament.")
    out = found(nlp, text)
    assert out["Spain's former prime minister"]["actor_id"] == "esp-former-prime-minister"
    assert out["The prime minister"]["actor_id"] != "esp-former-prime-minister"
    text = ("LISBON (Reuters) - Portugal's ex-president opened the book fair on Friday. The president did not attend.")
    out = found(nlp, text)
    assert out["Portugal's ex-president"]["actor_id"] == "prt-former-president"
    assert out["The president"]["actor_id"] != "prt-former-president"
    # near miss: a new holder is the holder now
    text = ("LIMA (Reuters) - Peru's new prime minister was sworn in on Tuesday. The prime minister promised calm.")
    out = found(nlp, text)
    assert out["Peru's new prime minister"]["actor_id"] == out["The prime minister"]["actor_id"] == "per-prime-minister"


def test_a_foreign_office_far_back_is_not_the_bare_office(nlp):
    text = ("CANBERRA (Reuters) - Japan's prime minister praised the security pact on Tuesday. Australian "
            "farmers were worried about beef quotas. Wine exporters hoped for a deal. The prime minister told "
            "parliament the pact would be signed.")
    assert found(nlp, text)["The prime minister"]["actor_id"] != "jpn-prime-minister"
    # near miss: the foreign office as the topic just before keeps it
    text = ("LONDON (Reuters) - Norway's prime minister arrived in London on Monday for talks on North Sea gas. "
            "The prime minister said Norway would raise supplies.")
    assert found(nlp, text)["The prime minister"]["actor_id"] == "nor-prime-minister"


def test_a_place_of_the_country_in_focus_sets_the_bare_office_at_home(nlp):
    text = ("NEW DELHI (Reuters) - Bangladesh's prime minister said on Monday the river talks had failed. "
            "In Mumbai, the prime minister told business leaders India would build the dam.")
    out = found(nlp, text)
    assert out["the prime minister"]["actor_id"] != "bgd-prime-minister"
    assert out["the prime minister"]["country"] == "IND"


def test_the_head_named_later_or_between_beats_a_foreign_office(nlp):
    text = ("WASHINGTON (Reuters) - Kenya's president lands in Washington on Thursday for talks on a trade pact. "
            "The president will welcome him at the White House, aides said. President Donald Trump has praised "
            "the pact.")
    assert found(nlp, text)["The president"]["actor_id"] == "donald-trump"
    text = ("WASHINGTON (Reuters) - Ghana's president will visit Washington next week, Trump told reporters on "
            "Monday. The president said he expected a deal on cocoa.")
    assert found(nlp, text)["The president"]["actor_id"] != "gha-president"


def test_an_office_of_a_state_named_after_it_is_that_states(nlp):
    text = ("BOGOTA (Reuters) - Colombia's president said on Monday he would not retaliate. Aides said "
            "the president of the United States would decide on tariffs this week.")
    out = found(nlp, text)
    assert out["the president of the United States"]["actor_id"] == "usa-president"
    text = ("BOGOTA (Reuters) - Officials said the government of the Philippines had agreed.")
    assert found(nlp, text)["the government of the Philippines"]["actor_id"] == "PHLGOV"


def test_the_country_leader_is_no_company_president(nlp):
    text = ("SEOUL (Reuters) - Hyundai President Park Min-jae met union leaders on Monday. The South Korean "
            "leader has urged carmakers to raise wages.")
    out = found(nlp, text)
    assert out["The South Korean leader"]["actor_id"] == "kor-leader"


def test_the_country_leader_counts_a_holder_named_without_title(nlp):
    text = ("PARIS (Reuters) - Prime Minister Francois Bayrou unveiled the budget on Tuesday. Macron had asked "
            "for deep cuts. Officials said the French leader would address the nation.")
    assert found(nlp, text)["the French leader"]["actor_id"] == "fra-leader"  # two leaders: no choice
    text = ("PARIS (Reuters) - Macron flew to Berlin on Monday for talks on defence. Officials said the French "
            "leader would meet German business chiefs.")
    assert found(nlp, text)["the French leader"]["actor_id"] == "emmanuel-macron"


def test_a_quotation_between_keeps_the_foreign_office_the_topic(nlp):
    text = ("WASHINGTON (Reuters) - The U.S. Justice Department wants the cartel boss extradited to Texas, and U.S. "
            "officials said Washington would press the case in Chicago and New York. At her morning news "
            "conference, the Mexican president said her government would not take orders. \"Mexico is a "
            "sovereign country. We cooperate, we do not subordinate,\" the president said.")
    assert found(nlp, text)["the president"]["actor_id"] == "mex-president"


def test_a_foreign_office_the_country_in_focus_lacks_stays_the_antecedent(nlp):
    text = ("WARSAW (Reuters) - Poland's prime minister spoke with the German chancellor on Sunday. PiS accused "
            "the government of weakness. Polish farmers blocked roads. SPD lawmaker Katrin Vogt urged the "
            "chancellor to call Warsaw again.")
    assert found(nlp, text)["the chancellor"]["actor_id"] == "deu-chancellor"  # no Polish chancellor


def test_a_hyphened_office_is_the_office_written_with_a_space(nlp):
    """``Kenya's vice-president`` is the vice president, not the president (the hyphen left the
    last word alone: ``ken-president``, one id with the president); ``the attorney-general`` is the
    attorney general."""
    text = ("NAIROBI (Reuters) - Kenya's president met party leaders on Monday. Kenya's vice-president "
            "said the talks had failed, and Uganda's attorney-general said the deal was void.")
    out = found(nlp, text)
    assert out["Kenya's president"]["actor_id"] == "ken-president"
    assert out["Kenya's vice-president"]["actor_id"] == "ken-vice-president"
    assert out["Uganda's attorney-general"]["actor_id"] == "uga-attorney-general"
