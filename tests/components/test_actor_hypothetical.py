"""claims_actors, hypothetical holders: an office or role the story only wishes for, or casts
someone in, names no actor; a holder that acts or is named stays."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_hypothetical import HypotheticalWords, drop_hypothetical_holders
from pipeline.components.actor_model import Actor
from tests.conftest import found_norms as found

WORDS = HypotheticalWords(frozenset({"deserve", "want"}), frozenset({"without", "as"}),
                          frozenset({"next", "future"}), frozenset({"elect", "choose"}),
                          frozenset({"invite", "appoint", "elect", "name"}))


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


def test_drop_hypothetical_holders_reads_the_tense_of_an_appointing_verb(base_nlp):
    nlp = base_nlp
    # not yet done: an infinitive, a modal, a future
    assert not _kept(nlp, "The council plans to appoint a water commissioner next year.", "a water commissioner")
    assert not _kept(nlp, "The mayor will name a police monitor after the review.", "a police monitor")
    # done: a past or present-perfect appointment fills the post
    assert _kept(nlp, "The governor appointed a special prosecutor in March.", "a special prosecutor")
    assert _kept(nlp, "The league has named a senior referee as its liaison.", "a senior referee")
    assert _kept(nlp, "The deputies elected the new speaker on Friday.", "the new speaker")


def test_drop_hypothetical_holders_keeps_a_holder_a_later_mention_refers_to(base_nlp):
    text = "The board must appoint a chief inspector soon. The inspector will report to parliament."
    doc = base_nlp(text)
    first, second = text.index("a chief inspector"), text.index("The inspector")
    one = doc.char_span(first, first + len("a chief inspector"))
    two = doc.char_span(second, second + len("The inspector"))
    ids = {"type": "person", "actor_id": "chief-inspector"}
    actors = [Actor(one.start, one.end, dict(ids), "rule:test"), Actor(two.start, two.end, dict(ids), "rule:test")]
    drop_hypothetical_holders(doc, actors, WORDS)
    assert len(actors) == 2
    alone = [Actor(one.start, one.end, dict(ids), "rule:test")]
    drop_hypothetical_holders(doc, alone, WORDS)
    assert not alone


def test_an_appointed_envoy_keeps_its_mention(nlp):
    text = "The cabinet named a special envoy as its voice in the talks. The envoy flew to Geneva on Monday."
    out = found(nlp, text)
    assert any("a special envoy" in t for t in out)
