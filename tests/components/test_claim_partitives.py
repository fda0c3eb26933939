"""A member picked out of an unnamed group as a speaker (pipeline/components/claim_partitives.py)."""

from __future__ import annotations

import pytest

from tests.conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claims: list[dict], cue: str, last: bool = True) -> dict:
    found = [c for c in claims if c["cue"] is not None and c["cue"]["text"] == cue]
    assert found, [c["cue"] for c in claims]
    return (found[-1] if last else found[0])["speaker"]


def _norm_name(speaker: dict) -> str | None:
    return (speaker.get("norm") or {}).get("name")


def test_one_of_them_names_one_of_the_group_keeping_the_words_in_via(run):
    text = ("Two engineers working on the bridge said the steel had cracked. "
            "One of them warned that the span could close for months.")
    speaker = _speaker(run(text), "warned")
    assert speaker["text"] == "engineers working on the bridge"  # (the group's kind: no count)
    assert speaker["via"]["text"] == "One of them"
    assert _norm_name(speaker) == "one of the engineers working on the bridge"


def test_one_of_an_uncounted_group_is_one_of_the_group(run):
    text = ("Engineers working on the bridge said the steel had cracked. "
            "One of them warned that the span could close for months.")
    assert _norm_name(_speaker(run(text), "warned")) == "one of the engineers working on the bridge"


def test_one_of_the_people_refers_back_to_the_group(run):
    text = ("The airline is close to a deal, three people briefed on the talks said on Monday. "
            "One of the people said the price had been agreed.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "One of the people"
    assert speaker["text"] == "people briefed on the talks"


def test_several_of_the_people_skips_a_group_of_two(run):
    text = ("The deal was reached in March, according to interviews with more than a dozen bankers "
            "and lawyers involved in the talks.\n\n"
            "Two people who attended the final meeting said the buyer nearly walked away.\n\n"
            "Several of the people said the price had been cut twice.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "Several of the people"
    assert "bankers" in speaker["text"]


def test_those_people_refers_back_to_a_group_of_officials(run):
    text = ("The mayor changed her mind overnight, according to interviews with nine officials "
            "and aides involved in the budget talks.\n\n"
            "The change, those people said, came after a call from the governor.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "those people"
    assert speaker["text"].startswith("nine officials")



def test_a_bare_one_after_a_quote_is_one_of_the_group_before(run):
    text = ("Friends of the mayor insisted the budget was sound. "
            "\u201cShe has balanced every budget since 2019,\u201d said one.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "one"
    assert _norm_name(speaker) == "one of the friends of the mayor"


def test_one_of_the_people_takes_the_fullest_description_of_the_group(run):
    text = ("Three bankers close to the deal said the bid was too low.\n\n"
            "The lender declined to comment.\n\n"
            "The bankers said a new offer was expected. One of the bankers said it would come in May.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "One of the bankers"
    assert _norm_name(speaker) == "one of the bankers close to the deal"


def test_a_member_described_in_apposition_is_that_description(run):
    text = ("Two county commissioners said the vote had been rushed. "
            "One of them, a former sheriff, called the plan reckless.")
    speaker = _speaker(run(text), "called")
    assert speaker["text"] == "a former sheriff"
    assert speaker["via"]["text"] == "One of them"


# -- near misses ------------------------------------------------------------------------------------
def test_one_with_a_noun_of_its_own_is_no_bare_member(run):
    text = "Two engineers said the steel had cracked. \u201cIt will hold,\u201d said one inspector."
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "one inspector"
    assert not _norm_name(speaker) or not _norm_name(speaker).startswith("one of")


def test_one_of_them_after_a_named_group_stays_as_written(run):
    text = "Senate Republicans said the bill was dead. One of them said the vote would fail on Friday."
    speaker = with_cue(run(text)[1:], "said")["speaker"]
    assert speaker["text"] == "One of them"
    assert "norm" not in speaker or not (_norm_name(speaker) or "").startswith("one of the")


def test_an_apposition_of_no_partitive_is_untouched(run):
    text = "A member of the board, a retired judge, said the audit was late."
    speaker = _speaker(run(text), "said")
    assert speaker["text"] != "a retired judge"


def test_a_member_of_a_group_the_actor_layer_resolved_is_one_member_not_the_group(run):
    text = ("Two people familiar with the matter said the miner was weighing a sale. "
            "One of the people said a decision could come in March.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "One of the people"
    assert speaker["actor_id"] is None  # one of them is not the group
    assert _norm_name(speaker) == "one of the people familiar with the matter"
    assert speaker["affiliation"]["actor_id"] == "people-familiar-with-the-matter"


def test_the_person_after_a_member_of_a_resolved_group_reads_back_to_the_group(run):
    text = ("Two officials briefed on the talks said the envoys had agreed a draft. "
            "One of them said the text ran to nine pages. "
            "The officials added that a signing could come next week.")
    claims = run(text)
    member = _speaker(claims, "said")
    later = _speaker(claims, "added")
    assert member["via"]["text"] == "One of them" and member["actor_id"] is None
    assert later["via"]["text"] == "The officials"
    assert (later.get("norm") or {}).get("via") != "partitive"
    assert later["text"] == "Two officials briefed on the talks"


def test_a_later_referent_names_the_group_not_the_member_before_it(run):
    text = ("Two engineers working on the bridge said the steel had cracked. "
            "One of them warned that the span could close. The engineers said repairs would start soon.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "The engineers"
    assert (speaker.get("norm") or {}).get("via") != "partitive"


# -- a bare ``one`` picks only the group just before it (fixb mend 1) -----------------------------
def test_a_bare_one_past_another_crowd_takes_no_earlier_group(run):
    text = ("Farm inspectors said the barns were clean. Dozens of workers walked out of the plant. "
            "\u201cNobody listens to us,\u201d said one.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "one"
    assert _norm_name(speaker) is None


def test_a_bare_one_right_after_its_group_is_still_one_of_them(run):
    text = ("Farm inspectors said the barns were clean. "
            "\u201cWorkers keep telling stories. We found nothing wrong,\u201d said one.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "Farm inspectors"
    assert _norm_name(speaker) == "one of the farm inspectors"


# -- a quantity noun counts the group, it does not describe it (fixb mend 3) ------------------------
def test_a_quantity_noun_before_the_group_is_no_part_of_the_members_name(run):
    text = ("Hundreds of angry beekeepers said the spraying had killed their hives. "
            "One of them said the losses ran into the thousands.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "One of them"
    assert _norm_name(speaker) == "one of the angry beekeepers"


def test_a_quantity_noun_inside_the_description_stays(run):
    text = ("Owners of dozens of bakeries said the flour tax was ruinous. "
            "One of them said she would close in June.")
    speaker = _speaker(run(text), "said")
    assert _norm_name(speaker) == "one of the owners of dozens of bakeries"


# -- the fullest description comes from a per-document index (fixb mend 2) ---------------------------
def test_the_index_gives_the_fullest_earlier_description_of_the_same_head_only(run):
    text = ("Two surveyors hired by the county said the dam was sound.\n\n"
            "Two architects hired by the town disagreed.\n\n"
            "The surveyors said repairs could wait. One of the surveyors said the spillway was new.")
    speaker = _speaker(run(text), "said")
    assert _norm_name(speaker) == "one of the surveyors hired by the county"


def test_member_description_whose_article_hangs_on_a_compound(run):
    text = ("Four former nurses spoke to the inquiry.\n\n“Nobody listened. The ward was unsafe,” "
            "one of them, a former night shift manager, said.")
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] == "a former night shift manager"


def test_member_count_reads_the_rules_it_is_given(base_nlp):
    """``Several of``: the partitive heads that pick three come from the sentence's rules (a rules
    folder of its own), not from the shipped folder."""
    from dataclasses import replace

    from pipeline.components.claim_partitives import member_count
    from pipeline.components.claim_rules import load_rules
    rules = load_rules()
    tok = base_nlp("Dozens of the residents said the water was brown.")[0]
    assert member_count(tok, rules) is None
    own = replace(rules, word_lists={**rules.word_lists, "several_partitive_heads": frozenset({"dozens"})})
    assert member_count(tok, own) == 3
    assert member_count(base_nlp("Two of the residents left.")[0], rules) == 2


# -- a group named in the partitive's own of-phrase (round 34) ---------------------------------------
def test_a_count_of_a_named_group_is_that_group_keeping_the_words(run):
    text = ("The central bank cut its deposit rate to 1.75% on Thursday. "
            "Nine of the 14 strategists polled by Reuters had forecast the move.")
    speaker = _speaker(run(text), "forecast")
    assert speaker["text"] == "Nine of the 14 strategists polled by Reuters"
    assert _norm_name(speaker) == "strategists polled by Reuters"
    assert speaker["norm"]["via"] == "partitive-group" and speaker["actor_id"] is None


def test_a_fraction_of_a_named_group_is_that_group(run):
    text = "Half of the surveyed landlords said the new deposit rules would push rents higher."
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "Half of the surveyed landlords"
    assert _norm_name(speaker) == "surveyed landlords"


def test_a_member_of_a_named_group_with_no_source_before_is_that_group(run):
    text = ("The port reopened on Monday after a week of strikes.\n\n"
            "One of the harbour pilots said the backlog would take a month to clear.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "One of the harbour pilots"
    assert _norm_name(speaker) == "harbour pilots"


def test_a_partitive_of_them_is_no_named_group(run):
    """``them`` names no group of its own: the group before it, or the words as written."""
    text = "Most of them said the ferry timetable was a mess."
    speaker = _speaker(run(text), "said")
    assert (speaker.get("norm") or {}).get("via") != "partitive-group"


def test_a_partitive_of_a_possessed_group_is_untouched(run):
    """``one of Ruiz's aides`` speaks for Ruiz (representatives), never a group named so here."""
    text = "One of Marta Ruiz's aides said the senator would vote against the bill."
    speaker = _speaker(run(text), "said")
    assert (speaker.get("norm") or {}).get("via") != "partitive-group"


def test_a_list_of_plural_sources_is_one_group(run):
    text = ("The mayor dropped the toll plan on Friday, according to interviews with more than twenty "
            "councillors, engineers and business owners involved in the talks.")
    speaker = _speaker(run(text), "according to")
    assert speaker["text"] == ("more than twenty councillors, engineers and business owners involved in "
                               "the talks")


def test_a_list_with_a_name_or_without_and_keeps_its_commas_as_stops(base_nlp):
    from pipeline.components.claim_speakers import _plural_list_commas
    doc = base_nlp("The plan stalled, according to officials, lawmakers and lobbyists.")
    assert _plural_list_commas(doc[6]) == {7}
    doc = base_nlp("The plan stalled, according to officials, Greenpeace and lobbyists.")
    assert _plural_list_commas(doc[6]) == set()
    doc = base_nlp("The plan stalled, according to memos, officials and lobbyists.")
    assert _plural_list_commas(doc[6]) == set()  # (a document among people: sources of two kinds)
    doc = base_nlp("The plan stalled, according to officials.")
    assert _plural_list_commas(doc[6]) == set()


# -- ``The other said`` after ``One of the people said``: the other member of that group -----------
def test_the_other_after_one_of_the_people_is_the_other_member_of_the_group(run):
    text = ("The insurer is preparing to cut its dividend, according to two people briefed on the board's plans. "
            "One of the people said two directors had threatened to resign over the cut. "
            "The other said investors had been warned privately.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "The other"
    assert speaker["text"] == "people briefed on the board's plans"
    assert text[speaker["start"]:speaker["end"]] == speaker["text"]
    assert speaker["actor_id"] is None  # one member, not the group
    assert _norm_name(speaker) == "the other person briefed on the board's plans"


def test_the_other_after_one_of_them_names_the_other_of_a_group_of_no_actor(run):
    text = ("Two nurses at the clinic said staff had not been paid since March. "
            "One of them said several colleagues had quit. The other said the director had stopped answering calls.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "The other"
    assert speaker["text"] == "nurses at the clinic"
    assert _norm_name(speaker) == "the other nurse at the clinic"


def test_the_other_with_no_member_quoted_before_stays_as_written(run):
    text = ("Two senators said they would oppose the bill. Senator Ray Moss said the cost was too high. "
            "The other said the timing was wrong.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "The other"
    assert "via" not in speaker and _norm_name(speaker) is None


def test_the_other_with_a_plural_noun_is_the_rest_of_the_group_not_one_member(run):
    text = ("Five economists polled by the newspaper said rates would stay on hold. "
            "One of the economists said a cut was possible in June. "
            "The other economists said inflation was still too high.")
    speaker = _speaker(run(text), "said")
    assert speaker["via"]["text"] == "The other economists"
    # the rest of the group: the group's own record (its kind, several people), no member
    assert speaker["text"] == "Five economists polled by the newspaper"
    assert _norm_name(speaker) == "economists polled by the newspaper"
    assert speaker["norm"]["type"] == "group"


def test_the_other_with_a_singular_noun_is_the_other_member(run):
    text = ("Two analysts polled by the newspaper said rates would stay on hold. "
            "One of the analysts said a cut was possible in June. "
            "The other analyst said inflation was still too high.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "analysts polled by the newspaper"
    assert _norm_name(speaker) == "the other analyst polled by the newspaper"


# -- one member is of the group's kind; a he/she right after follows that member (members47) --------
_WAREHOUSE = ("Dana Whitfield, the company's operations director, said in March that quotas were fair.\n\n"
              "Two former warehouse supervisors, who asked not to be named, said pick rates were raised every "
              "month. One of them said workers who fell behind were written up. The other said injuries "
              "went unreported.\n\n"
              "\u201cNobody wanted to be the next name on the list,\u201d she said.")


def test_one_member_is_named_one_of_the_group_and_the_other_a_distinct_member_its_words_those_of_the_kind(run):
    claims = run(_WAREHOUSE)
    members = [c["speaker"] for c in claims if c["speaker"] and (c["speaker"].get("via") or {}).get("text")
               in ("One of them", "The other")]
    names = {"One of them": "one of the former warehouse supervisors", "The other": "the other former warehouse supervisor"}
    assert len(members) == 2
    for speaker in members:
        assert speaker["text"] == "former warehouse supervisors"
        assert _WAREHOUSE[speaker["start"]:speaker["end"]] == speaker["text"]
        assert _norm_name(speaker) == names[speaker["via"]["text"]]
        assert speaker["norm"]["type"] == "person" and speaker["actor_id"] is None
    assert with_cue(claims, "said")["speaker"]["text"] == "Dana Whitfield"


def test_a_she_after_one_member_quoted_follows_that_member_not_a_named_person_before(run):
    claim = next(c for c in run(_WAREHOUSE) if c["text"].startswith("Nobody wanted"))
    assert claim["speaker"]["via"]["text"] == "she"
    assert _norm_name(claim["speaker"]) == "the other former warehouse supervisor"  # (the member quoted last)
    assert claim["speaker"].get("actor_id") is None


def test_a_she_after_one_of_a_group_of_men_is_not_that_member(run):
    text = ("Two men who were detained at the border said they were beaten. One of them said guards had "
            "kicked him.\n\n\u201cIt was terrible,\u201d she said.")
    claim = next(c for c in run(text) if c["text"].startswith("It was terrible"))
    assert (claim["speaker"].get("norm") or {}).get("via") != "partitive"


def test_one_of_a_named_body_of_lenders_is_no_member_of_a_group_before(run):
    text = ("Analysts said banks would tighten lending. "
            "One of the biggest lenders said it would cut mortgage rates.")
    speaker = _speaker(run(text), "said")
    assert speaker["text"] == "One of the biggest lenders"
    assert (speaker.get("norm") or {}).get("type") != "person"


# -- a counted group of no actor is named by its kind without the count (members47) -------------------
@pytest.mark.parametrize("text, words, name", [
    ("Three grain brokers in Rotterdam said wheat cargoes had been delayed.", "Three grain brokers in Rotterdam",
     "grain brokers in Rotterdam"),
    ("Some shop owners have accused the council of ignoring them.", "Some shop owners", "shop owners"),
    ("Several nurses who work nights said the wards were short of staff.", "Several nurses who work nights",
     "nurses who work nights"),
])
def test_a_counted_group_of_no_actor_is_named_by_its_kind(run, text, words, name):
    speaker = next(c["speaker"] for c in run(text) if c["speaker"])
    assert speaker["text"] == words and speaker["start"] == 0 and speaker["actor_id"] is None
    assert _norm_name(speaker) == name and speaker["norm"]["via"] == "counted-group"


def test_counted_documents_and_uncounted_groups_keep_no_kind_name(run):
    claims = run("Two audits said the accounts were sound. Dockworkers said the cranes were idle.")
    assert [(c["speaker"]["text"], _norm_name(c["speaker"])) for c in claims if c["speaker"]] == \
        [("Two audits", None), ("Dockworkers", None)]


def test_the_other_said_read_as_a_noun_phrase_is_a_report_by_the_other_member(run):
    text = ("Two veterinarians who inspected the farm said the herd had been vaccinated late. "
            "One of them said the paperwork was incomplete. "
            "The other said samples taken in May were still being tested at the state laboratory.")
    claims = run(text)
    other = next(c for c in claims if c["text"].startswith("samples taken in May"))
    assert other["cue"]["text"] == "said" and other["speaker"]["via"]["text"] == "The other"
    assert _norm_name(other["speaker"]) == "the other veterinarian"
    one = next(c for c in claims if c["text"].startswith("the paperwork"))
    assert _norm_name(one["speaker"]) == "one of the veterinarians"  # (no clause: one of a kind)


def test_the_other_side_and_one_of_the_biggest_are_no_members(run):
    text = ("Two unions representing the drivers said talks had stalled. "
            "The other side said the offer was final. "
            "One of the biggest said nothing about the talks.")
    claims = run(text)
    side = [c for c in claims if c["text"] == "the offer was final"]
    assert side and side[0]["speaker"]["text"] == "The other side"  # (the loop below must see claims)
    for claim in claims:
        name = _norm_name(claim["speaker"] or {}) or ""
        assert not name.startswith(("one of the unions", "the other union")), claim


def test_said_one_who_asked_not_to_be_named_is_one_of_the_group_before(run):
    text = ("Several county clerks privately worry the new rules will slow the count. "
            "\u201cWe have three people for the whole county,\u201d said one, who asked not to be named.")
    speaker = _speaker(run(text), "said")
    assert _norm_name(speaker) == "one of the county clerks"
    assert speaker["via"]["text"].startswith("one")


def test_one_said_after_a_group_whose_words_name_a_crowd_is_one_of_the_group(run):
    text = ("Friends of the coach say he was blamed for a season in which senior players were allowed to "
            "skip training. One said: \u201cThe whole squad knew. He is the one who paid for it.\u201d")
    speaker = _speaker(run(text), "said")
    assert _norm_name(speaker) == "one of the friends of the coach"


def test_said_one_with_no_group_before_it_stays_as_written(run):
    text = ("The storm closed the harbour for two days and the ferries stayed in port. "
            "\u201cWe have never seen water this high,\u201d said one.")
    speaker = _speaker(run(text), "said")
    assert speaker is None or not (_norm_name(speaker) or "").startswith("one of")


def test_said_one_of_a_group_of_attorneys_general_is_one_of_them(run):
    text = ("Some state attorneys general privately believe a single federal rule would save them money. "
            "\u201cWe cannot police every app,\u201d said one.")
    assert _norm_name(_speaker(run(text), "said")) == "one of the state attorneys general"


def test_said_one_after_a_group_quoted_through_according_to_ends_and_is_one_of_it(run):
    """``according to two bankers …`` (the group no subject: its words hang on the root through
    ``according``): finding what the group says walks up to the root and stops there (it once
    looped for ever), and ``said one`` is one of the bankers."""
    text = ("The merger was called off late on Sunday, according to two bankers close to the deal. "
            "\u201cNobody wanted to blink,\u201d said one.")
    speaker = _speaker(run(text), "said")
    assert _norm_name(speaker) == "one of the bankers close to the deal"
