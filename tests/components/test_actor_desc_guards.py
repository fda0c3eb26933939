"""The description guards shared by the actor layer and the claim side (actor_desc_guards)."""

from pipeline.components.actor_desc_guards import refused_description, rival_body_named
from pipeline.components.gazetteer import Description
from tests.conftest import actor_mentions

_BOARD = Description("d-board", ("board",), name_words=("board",), nearest_body=True, yield_sectors=("business",))
_COMPANY = {"actor_id": "harrow-freight", "type": "organization", "sector": "business"}
_FIRM = {"actor_id": "lindqvist-partners", "type": "organization"}
_COURT = {"actor_id": "high-court", "type": "government"}


def test_rival_body_named_company_near_the_board_is_a_rival():
    # "The Port Safety Board fined Harrow Freight. The board said ...": a company in the window
    assert rival_body_named(_BOARD, [(40, _COMPANY)], since=30, past=0, ids={"psb"})
    assert not rival_body_named(_BOARD, [(10, _COMPANY)], since=30, past=15, ids={"psb"})  # sentences before the body


def test_rival_body_named_nearest_body_only_past_an_organisation_of_another_id():
    assert rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=5, ids={"psb"})
    assert not rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=25, ids={"psb"})  # named before the body
    assert not rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=5, ids={"lindqvist-partners"})
    assert not rival_body_named(_BOARD, [(20, _COURT)], since=90, past=5, ids={"psb"})  # no organisation


def test_rival_body_named_rows_without_the_guards_see_none():
    agency = Description("d-agency", ("agency",), name_words=("agency",))
    assert not rival_body_named(agency, [(40, _COMPANY), (20, _FIRM)], since=0, past=0)


_OFFICE = Description("d-office", ("office",), name_words=("office",), refuse_in=("to", "at", "outside"))
_TERRITORY = Description("d-territory", ("territory",), types=("state",), refuse_after=("of",),
                         refuse_after_names=True)


def _refused(nlp, text: str, desc: Description, nth: int = 0) -> bool:
    doc = nlp(text)
    heads = [t.i for t in doc if t.lower_ in desc.nouns and t.i > 0 and doc[t.i - 1].lower_ == "the"]
    return refused_description(doc, heads[nth] - 1, heads[nth], [desc])


def test_refused_description_a_place_a_doer_goes_to(base_nlp):
    assert _refused(base_nlp, "The senator walked back to the office after the vote.", _OFFICE)
    assert _refused(base_nlp, "Protesters gathered outside the office on Friday.", _OFFICE)
    assert _refused(base_nlp, "She met donors in Ohio and then went to the office.", _OFFICE)
    assert not _refused(base_nlp, "According to the office, the audit is complete.", _OFFICE)
    assert not _refused(base_nlp, "The committee sent the complaint to the office.", _OFFICE)
    assert not _refused(base_nlp, "The office said it would appeal.", _OFFICE)


def test_refused_description_of_a_name_with_refuse_after_names(base_nlp):
    assert _refused(base_nlp, "Troops hold a fifth of the territory of Ukraine.", _TERRITORY)
    plain = Description("d-territory", ("territory",), types=("state",), refuse_after=("of",))
    assert not _refused(base_nlp, "Troops hold a fifth of the territory of Ukraine.", plain)
    assert _refused(base_nlp, "Troops hold a fifth of the territory of the province.", plain)


def test_predicate_nominal_is_the_complement_of_a_copula(blank_nlp):
    from spacy.tokens import Doc

    from pipeline.components.actor_desc_guards import predicate_nominal
    words = ["Desai", "is", "the", "second", "minister", "to", "resign", "."]
    doc = Doc(blank_nlp.vocab, words=words, heads=[1, 1, 4, 4, 1, 6, 4, 1],
              deps=["nsubj", "ROOT", "det", "amod", "attr", "aux", "relcl", "punct"],
              lemmas=["desai", "be", "the", "second", "minister", "to", "resign", "."])
    assert predicate_nominal(doc, 4)
    doc2 = Doc(blank_nlp.vocab, words=["The", "minister", "resigned", "."], heads=[1, 2, 2, 2],
               deps=["det", "nsubj", "ROOT", "punct"], lemmas=["the", "minister", "resign", "."])
    assert not predicate_nominal(doc2, 1)


_PARTY = {"actor_id": "ohio-democratic-party", "type": "organization", "name": "the Ohio Democratic Party"}
_CODED = {"actor_id": "gop", "type": "organization", "name": "GOP", "role": "USAPTYREP"}


def test_rival_body_named_a_party_is_no_rival_of_the_board():
    # "The State Election Board … the Ohio Democratic Party said … the board": a party has no such board
    assert not rival_body_named(_BOARD, [(20, _PARTY)], since=90, past=5, ids={"psb"})
    assert not rival_body_named(_BOARD, [(20, _CODED)], since=90, past=5, ids={"psb"})
    # near miss: an organisation of no party beside the party still stands against it
    assert rival_body_named(_BOARD, [(20, _PARTY), (30, _FIRM)], since=90, past=5, ids={"psb"})


def test_a_chamber_as_the_room_after_a_place_preposition_is_no_legislature(nlp):
    """``desc-house`` ``refuse_in``: ``unfurled a banner in the chamber``, ``escorted two protesters
    from the chamber`` name the debating room; ``The chamber voted`` and a noun's ``a vote in this
    chamber`` stay the legislature."""
    room = ("The Kenyan parliament debated the finance bill on Tuesday. Greens MPs unfurled a banner in the "
            "chamber, and police escorted two protesters from the chamber before the vote.")
    assert not [t for t, _ in actor_mentions(nlp, room) if t.endswith("chamber")]
    body = "The Kenyan parliament debated the finance bill on Tuesday. The chamber voted 195 to 106 to pass it."
    assert dict(actor_mentions(nlp, body))["The chamber"]["actor_id"] == "KENLEG"
    vote = 'Ukraine\'s parliament met on Monday. "Nobody should have a vote in this chamber," the speaker said.'
    assert dict(actor_mentions(nlp, vote))["this chamber"]["actor_id"] == "UKRLEG"
