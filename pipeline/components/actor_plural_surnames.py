"""Names the model misread: surnames tagged as plural proper nouns, titled names tagged ORG.

``Chega, led by Vasco Meireles, won``: the tagger tags ``Meireles`` ``NNPS`` (a plural, like
``Republicans``), so a name found by its known given name stopped before it. Such a word is a
surname when the model's entity runs over the given name and over it (``Vasco Meireles`` as one
entity, of whatever label); ``Georgia Republicans`` (``Republicans`` alone a NORP, or no entity
over both words) stays apart.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_people import is_first_name, title_before


def plural_surname(doc: Doc, first: int, k: int) -> bool:
    """Is ``doc[k]`` (tagged ``NNPS``) a surname of the name opening at ``doc[first]``?"""
    tok = doc[k]
    if tok.tag_ != "NNPS" or not tok.ent_type_ or tok.ent_iob_ != "I":
        return False
    return doc[first].ent_type_ == tok.ent_type_ and all(t.ent_iob_ == "I" for t in doc[first + 1:k + 1]) \
        and doc[first].ent_iob_ in ("B", "I")


def titled_name_start(doc: Doc, start: int, end: int, titles: dict, heads: frozenset[str]) -> int | None:
    """``run by Superintendent Carmen Lindahl``, tagged ORG as a whole: a title of the gazetteer,
    then a known given name and one or two title-case surnames ending the entity; the index of the
    given name (the person's name opens there), else None. The title may open before the entity
    when it reaches into it (``Secretary of`` + ``State Marcus Tillery``: the model left the title's
    first words out). A title alone is no name (``Speaker Hall``), nor a given name no title
    precedes (``Morgan Stanley Capital``), nor a body's last word (``place-heads``: ``the President
    Grant Foundation``)."""
    if doc[end - 1].lower_ in heads:
        return None
    for k in (end - 3, end - 2):
        if k <= start or not is_first_name(doc[k].text):
            continue
        tail = doc[k:end]
        if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in tail):
            continue
        found = title_before(doc, k, titles)
        if found is not None:  # k > start: the title ends inside the entity, wherever it opens
            return k
    return None
