"""The actor mention under construction, shared by the steps of ``claims_actors``."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass
class Actor:
    start: int  # token indices
    end: int
    norm: dict
    origin: str
    head: str | None = None  # lower-cased role head noun, for "the ministry" coreference
    category: str = ""
    name_start: int = -1  # people: where the name begins when a title opens the span
    owner: dict | None = None  # a person's following (``her cabinet``): the person's norm
    stateless_office: bool = False  # people: the title is the office of a body of no country (``NATO Secretary General``)

    @property
    def name_begin(self) -> int:
        return self.name_start if self.name_start >= 0 else self.start


def make_norm(actor_id, name, atype, country, in_gaz, role, via) -> dict:
    return {"actor_id": actor_id, "name": name, "type": atype, "country": country,
            "in_gazetteer": in_gaz, "role": role, "via": via}


def previous_sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence before token ``i``'s (of ``i``'s own in the first
    sentence): the two-sentence window the actor passes look back over for an antecedent."""
    start = doc[i].sent.start
    return doc[start - 1].sent.start if start > 0 else start
