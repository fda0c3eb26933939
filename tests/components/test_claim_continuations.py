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
