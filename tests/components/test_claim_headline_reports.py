"""Reporting verbs of a headline or subhead that the parser read as nouns or name words
(:mod:`pipeline.components.claim_headline_reports`). Headlines written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue

_BODY = "\n\nBy Jane Doe\n\nThe committee met on Tuesday. Officials said the talks would go on."


@pytest.mark.parametrize("headline, cue, speaker", [
    ("Port Authority Chief Tells Council Ferry Fares Are ‘Unsustainable’", "Tells", "Port Authority Chief"),
    ("Lira Falls to New Low as CBT Vows to ‘Defend the Currency’", "Vows", "CBT"),
    ("Ferry Talks Collapse in Oslo as Coastal Towns Demand ‘Fair Fares’", "Demand", "Coastal Towns"),
    ("Invoices show fees doubled while audits lagged", "show", "Invoices"),  # ``show`` a compound
])
def test_title_case_headline_report(claims_of, headline, cue, speaker):
    claim = with_cue(claims_of(headline + _BODY), cue)
    assert claim["speaker"] is not None
    assert (claim["speaker"].get("via") or claim["speaker"])["text"] == speaker


@pytest.mark.parametrize("headline, word", [
    ("Oil Prices Rise as Iran Talks Stall", "Talks"),  # no content after it
    ("Council Rejects", "Rejects"),  # nothing after it
    ("Council Rejects Plan", "Rejects"),  # a noun object, no statement
    ("Yen Slips as Central Bank Flags Strain on Exporters", "Flags"),  # a noun object, no clause
])
def test_no_headline_report(claims_of, headline, word):
    claims = claims_of(headline + _BODY)
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == word and c["speaker"] is not None]


@pytest.mark.parametrize("headline, content", [
    ("Harbor Chief Tells Commissioners the Pier Is Unsafe", "the Pier Is Unsafe"),  # before the verb's subject
    ("Warden Tells Inmates to Expect Longer Lockdowns", "to Expect Longer Lockdowns"),  # before ``to``
    ("Regulator Tells Banks ‘Your Buffers Are Too Thin’", "Your Buffers Are Too Thin"),  # before the quotation
])
def test_headline_tells_leaves_its_addressee_out_of_the_content(claims_of, headline, content):
    claim = with_cue(claims_of(headline + _BODY), "Tells")
    assert claim["text"] == content


def test_headline_vows_keeps_every_word_of_its_content(claims_of):  # near miss: no addressee
    claim = with_cue(claims_of("Transit Board Vows to Run Buses on Time" + _BODY), "Vows")
    assert claim["text"].endswith("to Run Buses on Time")


_MAKER = "Valve maker warns of weaker orders as tariff review drags on\n\nBy Jane Doe\n\n" \
         "OSLO — Fjordvent ASA, the Norwegian maker of industrial valves, said on Monday that orders fell. "


def test_headline_company_noun_names_the_described_company(claims_of):
    claim = with_cue(claims_of(_MAKER + "Rival Tarnby Group did not comment."), "warns")
    assert claim["speaker"]["actor_id"] == "fjordvent"
    assert claim["speaker"]["via"]["text"] == "Valve maker"


def test_headline_company_noun_picks_the_company_its_words_describe(claims_of):
    claim = with_cue(claims_of(_MAKER + "Tarnby Group, a Danish maker of pumps, did not comment."), "warns")
    assert claim["speaker"]["actor_id"] == "fjordvent"


def test_headline_company_noun_with_two_described_companies_names_none(claims_of):
    claim = with_cue(claims_of(_MAKER + "Tarnby Group, a Danish maker of valves, did not comment."), "warns")
    assert not (claim["speaker"] or {}).get("actor_id")


def test_a_document_finds_a_bare_object_in_a_headline(claims_of):
    """``… as review finds accounting flaws``: a document noun finds a noun phrase (``find`` takes a
    document's object in the body too); the parse had hung the clause before ``as`` on the verb."""
    claim = with_cue(claims_of("Harbour Freight shares slide as review finds accounting flaws" + _BODY), "finds")
    assert claim["speaker"]["text"] == "review" and claim["content"]["text"] == "accounting flaws"


def test_people_finding_a_bare_object_make_no_statement(claims_of):
    claims = claims_of("Hiker missing for days as police find body near river" + _BODY)
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == "find"]


@pytest.mark.parametrize("headline", [
    "Ethics board fines club president; lawyer vows appeal",
    "Ferry firm fined over crash; skipper vows appeal",
])
def test_a_reporting_word_taken_for_a_subject_is_never_part_of_a_speaker(claims_of, headline):
    """``lawyer vows appeal`` parsed as ``[lawyer vows] appeal``: no speaker holds ``vows``, and
    ``appeal`` is no cue of the clause before the semicolon."""
    claims = claims_of(headline + _BODY)
    assert not [c for c in claims if c["speaker"] and "vows" in c["speaker"]["text"]]
    assert not [c for c in claims if c["cue"] and c["cue"]["text"] == "appeal"]


@pytest.mark.parametrize("headline, content", [
    ("Rail strike ends; union says talks to resume next week", "talks to resume next week"),
    ("Fed chair says rates to stay high for longer", "rates to stay high for longer"),
])
def test_headline_object_with_its_own_infinitive_is_the_content(claims_of, headline, content):
    claim = with_cue(claims_of(headline + _BODY), "says")
    assert claim["text"] == content


@pytest.mark.parametrize("headline, cue, content", [
    ("Tax office says 3 billion euros lost to VAT fraud in 2024", "says", "3 billion euros lost to VAT fraud in 2024"),
    ("Rescuers fear dozens trapped under collapsed hotel", "fear", "dozens trapped under collapsed hotel"),
])
def test_headline_object_with_its_own_participle_is_the_content(claims_of, headline, cue, content):
    claim = with_cue(claims_of(headline + _BODY), cue)
    assert claim["text"] == content
    assert claim["speaker"] is not None


def test_a_participle_after_the_object_of_a_verb_that_takes_objects_stays_as_it_is(claims_of):
    claims = claims_of("Insurer reports profit driven by lower storm claims" + _BODY)
    assert not [c for c in claims if c["text"] == "profit driven by lower storm claims"]


@pytest.mark.parametrize("headline, cue, speaker, content", [
    ("Sacking of warehouse nurse unfair, tribunal rules", "rules", "tribunal", "Sacking of warehouse nurse unfair"),
    ("Closure of the village school was lawful, judge rules", "rules", "judge",
     "Closure of the village school was lawful"),
])
def test_headline_closing_on_its_reporting_verb(claims_of, headline, cue, speaker, content):
    claim = with_cue(claims_of(headline + _BODY), cue)
    assert (claim["speaker"].get("via") or claim["speaker"])["text"] == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("headline", [
    "Storm batters coast, thousands without power",  # no reporting verb at the end
    "Tribunal rules against delivery riders",  # the verb opens the line: no comma before its subject
])
def test_no_closing_headline_report(claims_of, headline):
    assert not [c for c in claims_of(headline + _BODY) if c["cue"] is not None and c["cue"]["lemma"] == "rule"
                and c["start"] < len(headline)]


@pytest.mark.parametrize("headline, speaker", [
    ("Ban on night flights at Lisbon airport unlawful, Supreme Court rules", "Supreme Court"),
    ("Merger of the two ferry operators unlawful, Competition Tribunal rules", "Competition Tribunal"),
])
def test_headline_closing_on_a_verb_that_needs_a_clause_reports_a_verbless_one(claims_of, headline, speaker):
    claim = with_cue(claims_of(headline + _BODY), "rules")
    assert (claim["speaker"].get("via") or claim["speaker"])["text"] == speaker


_DECK = ("Port Authority Delays Harbour Expansion\n\n"
         "- Chairman says budget 'not in danger' despite cost overruns\n"
         "- Work on the second berth will start in 2027\n\nBy Ana Ruiz\n\n"
         "LISBON - The port authority delayed its harbour expansion on Monday. Chairman Rui Matos said the "
         "budget was safe.\n")


def test_headline_object_with_a_verbless_predicate_is_the_content(claims_of):
    claim = with_cue(claims_of(_DECK), "says")
    assert claim["speaker"]["actor_id"] == "rui-matos"
    assert claim["speaker"]["via"]["text"] == "Chairman"


def test_headline_object_of_a_say_with_no_predicate_is_no_statement(claims_of):  # near miss
    claims = claims_of("Minister says goodbye to parliament after 30 years" + _BODY)
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == "says"]


def test_a_second_headline_clause_whose_verb_goes_on_reports_no_verbless_clause(claims_of):  # near miss
    claims = claims_of("EU ministers back 40 mln euro fishing fund, Norway holds out on cod quotas" + _BODY)
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["lemma"] == "hold" and c["start"] == 0]


# -- a headline verb whose bare noun object is the statement (round 30) ------------------------------
@pytest.mark.parametrize("headline, cue, speaker, content", [
    ("Krona firms as Riksbank signals pause; steelmaker warns on costs", "signals", "Riksbank", "pause"),
    ("Ethics board fines club president; lawyer vows appeal", "vows", "lawyer", "appeal"),
    ("Regulator signals no change before June", "signals", "Regulator", "no change before June"),
])
def test_a_headline_verb_states_its_bare_object(claims_of, headline, cue, speaker, content):
    """``signals pause`` read as a plural noun and a verb, ``[lawyer vows] appeal`` as a subject:
    the verb again, its noun object the content."""
    claim = with_cue(claims_of(headline + _BODY), cue)
    assert claim["speaker"]["text"] == speaker and claim["content"]["text"] == content


def test_a_named_person_of_the_article_states_a_bare_object(claims_of):
    """The proper noun is an actor of the article (a person): the vow is theirs (review round 30)."""
    text = ("Okafor vows appeal after court loss\n\nBy Jane Doe\n\n"
            "Former minister Tunde Okafor lost his libel case on Tuesday. His lawyers said he would appeal.")
    claim = with_cue(claims_of(text), "vows")
    assert claim["speaker"]["text"] == "Okafor" and claim["content"]["text"] == "appeal after court loss"


@pytest.mark.parametrize("headline, word", [
    ("Gilts rally as bond yields signal recession", "signal"),  # a thing signals, no one states
    ("Stocks slide as rate fears signal trouble for lenders", "signal"),
    # a proper noun that names no actor who can speak (review round 30)
    ("Brexit vows hardship for fishermen", "vows"),
    ("Obamacare threatens ruin for rural hospitals", "threatens"),
])
def test_a_thing_signalling_a_bare_object_states_nothing(claims_of, headline, word):
    claims = claims_of(headline + _BODY)
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == word]
