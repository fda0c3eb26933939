"""claims_actors, hypothetical holders: an office or role the story only wishes for, or casts
someone in, names no actor; a holder that acts or is named stays."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_hypothetical import HypotheticalWords, drop_hypothetical_holders
from pipeline.components.actor_model import Actor
from tests.conftest import found_norms as found

WORDS = HypotheticalWords(frozenset({"deserve", "invite", "want", "appoint", "elect"}), frozenset({"without", "as"}),
                          frozenset({"next", "future"}), frozenset({"elect", "choose"}))


def _kept(nlp, text: str, phrase: str, words: HypotheticalWords = WORDS) -> bool:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    actors = [Actor(span.start, span.end, {"type": "person"}, "rule:test")]
    drop_hypothetical_holders(doc, actors, words)
    return bool(actors)


def test_drop_hypothetical_holders_reads_the_wished_for_slots(base_nlp):
    nlp = base_nlp
    assert not _kept(nlp, "Farmers deserve a minister who answers their letters.", "a minister")
    assert not _kept(nlp, "The governor must invite a mayor to run the board.", "a mayor")
    assert not _kept(nlp, "The judge tried the case without a jury.", "a jury")
    assert not _kept(nlp, "The union praised Ortiz as a negotiator who keeps his word.", "a negotiator")
    assert not _kept(nlp, "The clan wants the next sultan to keep the council quiet.", "the next sultan")
    assert not _kept(nlp, "The deputies will elect the new speaker on Friday.", "the new speaker")


def test_drop_hypothetical_holders_keeps_acting_and_named_holders(base_nlp):
    nlp = base_nlp
    # near misses: a subject that acts, "one", "the new" with a wanting verb, "as" opening a clause
    assert _kept(nlp, "A minister said the talks would resume.", "A minister")
    assert _kept(nlp, "Farmers deserve what one minister promised them.", "one minister")
    assert _kept(nlp, "Paris wants the new government in place by June.", "the new government")
    assert _kept(nlp, "Prices rose even as a regulator warned against the merger.", "a regulator")
    assert _kept(nlp, "The next government will face a deficit.", "The next government")
    # no word lists: nothing goes
    assert _kept(nlp, "Farmers deserve a minister who answers their letters.", "a minister", HypotheticalWords())


def test_a_wished_for_envoy_is_no_mention_and_a_named_one_stays(nlp):
    text = ("OTTAWA — The Conservatives said on Monday that a new government would appoint a full-time "
            "housing envoy within a month. Voters deserve a premier who listens, party leader Dana Roy said.")
    out = found(nlp, text)
    assert not any("envoy" in t for t in out)
    assert "Dana Roy" in " ".join(out)
