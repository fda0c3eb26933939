"""A name the model tags PERSON that the text itself shows to be an organisation: a word of a
body's officers or members after it (``Sinn Féin leader Orla X``, ``several Fine Gael TDs``,
``Jusos chair X``, ``Quillstack's co-founder``), ``leader of``/``leadership of`` before it, or a
company suffix after it somewhere in the document (``Lumora Inc.``). Words: ``actor_words.jsonl``
rows ``org-officer-nouns`` and ``org-officer-of``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.gazetteer import ActorWords

POSSESSIVE = ("'s", "’s")


def named_as_organization(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """True when some occurrence of the name ``doc[start:end]`` (title-case words) has an
    organisation's context."""
    name = [t.text for t in doc[start:end]]
    if not all(t.is_title or not t.is_alpha for t in doc[start:end]):
        return False
    n = len(name)
    return any(_org_context(doc, i, i + n, words) for i in range(len(doc) - n + 1)
               if doc[i].text == name[0] and [t.text for t in doc[i:i + n]] == name)


def _org_context(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``X leader``, ``X's members``, ``X Inc.``, ``the leadership of X``."""
    k = end + 1 if end < len(doc) and doc[end].text in POSSESSIVE else end
    if k < len(doc) and doc[k].lower_ in words.org_officer_nouns and doc[k].pos_ in ("NOUN", "PROPN") and \
            doc[k].tag_ != "VBZ" and (k + 1 == len(doc) or doc[k + 1].text != "-"):  # not "X shares his view"
        return True
    if end < len(doc) and doc[end].lower_ in words.corp_suffixes and doc[end].text[0].isupper():
        return True
    j = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    return j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in words.org_officer_of
