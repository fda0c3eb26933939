"""A quotation carried on after its attribution (issue 11, ``claim_continuations``): ``"A," she
said. "B."`` — B is a second fragment of the content. Sentences written for these tests."""

from __future__ import annotations

from conftest import with_cue


def _fragments(claim: dict, text: str) -> list[str]:
    content = claim["content"]
    parts = content.get("fragments") or [[content["start"], content["end"]]]
    return [text[s:e] for s, e in parts]


def test_the_next_quoted_sentence_continues_the_statement(claims_of):
    text = ('The port reopened on Thursday. "We lost four days of shipments," said Tomas Lindqvist, '
            'the harbour master. "The backlog will take a month to clear." Trucks lined the quay.')
    claim = with_cue(claims_of(text), "said")
    assert claim["speaker"]["text"].startswith("Tomas Lindqvist")
    assert _fragments(claim, text) == ["We lost four days of shipments",
                                       "The backlog will take a month to clear."]


def test_a_second_quotation_with_its_own_cue_is_left_alone(claims_of):
    text = ('"The vote was rushed," Rep. Dana Whitfield said. "We will bring it back," she added.')
    claim = with_cue(claims_of(text), "said")
    assert _fragments(claim, text) == ["The vote was rushed"]


def test_a_quotation_in_the_next_paragraph_is_not_carried_on(claims_of):
    text = ('"Prices are still too high," the governor said.\n\n"We need more housing." That was the '
            'slogan of the opposition campaign.')
    claim = with_cue(claims_of(text), "said")
    assert _fragments(claim, text) == ["Prices are still too high"]


def _quote_cued(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["cue"] and c["cue"]["origin"] == "quote-reaction"]


def test_a_quotation_after_a_persons_reaction_is_that_persons(claims_of):
    """``X, asked about …, shrugged. "…"``: the bare quotation is X's, its opening mark the cue."""
    text = ("The mayor promised to fix every pothole by spring. Councilwoman Rosa Diaz, asked about the "
            "promise after the meeting, shrugged. \u201cWe have heard that one before.\u201d\n\n"
            "Governor Alan Price spoke at the fair on Saturday. Asked whether he would run for president, he "
            "laughed. \u201cLet\u2019s get through the fair first.\u201d")
    found = _quote_cued(claims_of(text))
    assert [c["speaker"]["text"] for c in found] == ["Councilwoman Rosa Diaz", "Governor Alan Price"]
    assert found[0]["cue"]["text"] == "\u201c" and found[0]["content"]["text"] == "We have heard that one before."
    assert found[1]["speaker"]["via"]["text"] == "he"


def test_no_reaction_or_no_person_gives_a_quotation_nobody(claims_of):
    """A crowd that laughed, a sentence that is no reaction, a quotation with its own cue."""
    text = ("The crowd laughed when the mayor took the stage. \u201cThis is the best fair in the state.\u201d\n\n"
            "The old bridge collapsed in 1998. Residents still talk about it. \u201cIt was terrifying.\u201d\n\n"
            "Mayor Ruth Klein laughed. \u201cI don\u2019t think so,\u201d her spokesman said.")
    assert _quote_cued(claims_of(text)) == []
