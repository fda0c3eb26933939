"""Cue nouns with a noun object: ``renewed her call for an independent inquiry``, ``the
opposition's demand for a recount``, ``issued a plea for calm``.

A cue noun whose rule has ``for_object`` and a ``for`` phrase (and no clause of its own, which
:meth:`Sentence._find_noun_frames` reads) attributes the object of ``for`` to its source, and
only when the text names one: the possessor (``the opposition's demand``), a ``by`` phrase (``a
call by rights groups for …``) or the subject of a verb that makes the noun the subject's own
(``holder_verbs``: ``the bishop issued a plea for calm``). Without a source nothing is claimed
(``a call for papers``, ``the demand for housing``), nor when the source is a place (``China's
demand for soybeans``), nor when the noun is the object of a reporting verb, whose claim already
says it (``echoed the call for …``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_attribution import frame_speaker, noun_source
from pipeline.components.claim_clauses import Sentence, child, word
from pipeline.components.claim_context import content_mentions, copy_json
from pipeline.components.claim_speakers import speaker_for_token
from pipeline.components.claim_modality import modality
from pipeline.components.claim_quotes import speaker_actor
from pipeline.schemas import CLAIM, claim_id
from pipeline.tokens import amount_sign


def _for_object(noun: Token, rule: dict) -> tuple[Token, Token] | None:
    """The noun's ``for`` phrase and its object, when that names a thing (no clause): the phrase
    hangs on the noun, on its ``by`` phrase (``a call by rights groups for …``) or, right after the
    noun, on the verb (``issued a plea for calm``). ``for_object: "determined"`` (``demand``) takes
    only an object with a determiner or possessor (``a recount``, ``his resignation``; not the
    market's ``demand for soybeans``)."""
    inside = {t.i for t in noun.subtree}
    prep = next((t for t in noun.doc[noun.i + 1:noun.right_edge.i + 2] if t.dep_ == "prep" and t.lower_ == "for"
                 and (t.head.i in inside or t.head.i == noun.head.i and t.i == noun.right_edge.i + 1)), None)
    obj = child(prep, ("pobj",)) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("acl", "relcl", "ccomp", "xcomp") for c in obj.children):
        return None
    if rule.get("for_object") == "determined" and child(obj, ("det", "poss")) is None:
        return None
    return prep, obj


def _source(sent: Sentence, noun: Token, prep: Token) -> tuple[dict | None, bool]:
    """The speaker the text names for the noun (module doc) and whether a pronoun was resolved."""
    speaker, heur = noun_source(sent, noun)
    by = next((child(c, ("pobj",)) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None) \
        if child(noun, ("poss",)) is None else None
    if speaker is not None and by is not None and prep.head.i != noun.i and prep.i in {t.i for t in by.subtree}:
        speaker = speaker_for_token(sent, by, skip=prep)  # ``by rights groups for …``: not the object
    verb = noun.head
    if speaker is None and noun.dep_ == "dobj" and verb.lemma_.lower() in sent.rules.holder_verbs:
        speaker, heur = frame_speaker(sent, verb)
        if speaker is not None and "mention_id" not in speaker and not heur:
            return None, False  # ``the conference issued a call for papers``: a named actor only
    if speaker is None or (speaker.get("norm") or {}).get("type") == "location":
        return None, False
    return speaker, heur


def _content(sent: Sentence, obj: Token) -> dict | None:
    words = [t for t in obj.subtree if sent.inside(t) and not sent.ctx.is_excluded(t.idx) and not t.is_space]
    while words and words[-1].is_punct and not amount_sign(words[-1]):  # "a raise of 5%" keeps its %
        words.pop()
    if not words:
        return None
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    return {"text": sent.ctx.text[s:e], "start": s, "end": e}


def _record(sent: Sentence, noun: Token, obj: Token, speaker: dict, provenance: dict) -> dict | None:
    content = _content(sent, obj)
    if content is None:
        return None
    ctx, rule = sent.ctx, sent.rules.nouns[noun.lemma_.lower()]
    cue = word(ctx.text, noun.idx, noun.idx + len(noun.text), noun.lemma_.lower())
    cue["origin"] = f"rule:{rule['id']}"
    found = content_mentions(sent.ctx, content)
    if "mention_id" in speaker:
        found["actors"].append(speaker_actor(speaker))
    inside = [t for t in obj.subtree if sent.inside(t)]
    first = noun.left_edge if sent.inside(noun.left_edge) else noun
    s, e = first.idx, content["end"]  # the claim reads as the noun phrase: ``her call for an inquiry``
    return {"schema": CLAIM, "claim_id": claim_id(ctx.doc_id, s, e), "doc_id": ctx.doc_id,
            "text": ctx.text[s:e], "start": s, "end": e, "section": ctx.section_at(s),
            "sentence": {"start": sent.start_char, "end": sent.end_char},
            "predicate": word(ctx.text, noun.idx, noun.idx + len(noun.text), noun.lemma_.lower()),
            "speaker": copy_json(speaker), "cue": cue,
            "actors": sorted(found["actors"], key=lambda a: (a["start"], a["end"], a["role"])),
            "money": found["money"], "dates": found["dates"], "quantities": found["quantities"], "time_refs": [],
            "modality": modality(ctx.rules, noun, [noun], inside, None, True), "content": content,
            "confidence": 0.5, "provenance": dict(provenance)}


def noun_object_claims(sent: Sentence, provenance: dict) -> list[dict]:
    """The claims of the sentence's cue nouns with a noun object (module doc)."""
    framed = set(sent.noun_frame_of.values())
    out = []
    for noun in sent.tokens:
        rule = sent.rules.nouns.get(noun.lemma_.lower())
        if rule is None or not rule.get("for_object") or noun.pos_ != "NOUN" or noun.i in framed:
            continue
        if noun.dep_ == "dobj" and sent.is_report(noun.head):
            continue  # ``renewed her call for …``: the verb's claim says it
        found = _for_object(noun, rule)
        speaker, _ = _source(sent, noun, found[0]) if found is not None else (None, False)
        rec = _record(sent, noun, found[1], speaker, provenance) if speaker is not None else None
        if rec is not None:
            out.append(rec)
    return out
