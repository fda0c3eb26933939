"""``the commission``, ``the court``, ``the central bank`` in a story about one country: the body of
that kind the story's country named last in full, not a body of many states named further back
(``home-body-nouns`` in ``actor_words.jsonl``). In a Bulgarian story that names the European
Central Bank and then ``The Bulgarian National Bank …; Governor X said the central bank``, the
central bank is the Bulgarian one; in a Moldovan story naming its Central Electoral Commission
after the European Commission, ``the commission`` is the electoral one. The body of many states
keeps the description when it was named in the description's sentence or the one before (``The European Commission said …; the commission
added``) or anywhere after the home body (``the Supreme Court … asked the ICC …; the court's
investigation``), and a story with no country in focus keeps it too. The description's own
sentence decides when it ties the description to one body: an apposition, a participle or a named
holder of it (``The commission, based in Brussels,``; ``The central bank's president, Christine
Lagarde,``) naming the body, a place or person of another country or a body of many states keeps the
body of many states, one of the story's country gives the home body; ties to both keep the reading."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, previous_sentence_start


def home_body(doc: Doc, the: int, head: int, norm: dict, actors: list[Actor], focus: str | None,
              nouns: frozenset[str], bank_words: frozenset[str], supranational: frozenset[str],
              banks: frozenset[str] = frozenset()) -> dict:
    """``norm`` (what ``doc[the:head + 1]`` was read as), or the body of the story's country
    (``focus``) its words name when ``norm`` is a body of many states (``supranational``, or a
    gazetteer body with no country) named no nearer than the sentence before and not since the
    home body was named; ``nouns``: the descriptions this holds for (``commission``,
    ``court``, ``central bank``); ``bank_words``: words of a home bank's name that make it the
    central bank (``National``: the Bulgarian National Bank) for the phrases of ``banks``
    (``central bank``: the ``banks`` field of the ``home-body-nouns`` row)."""
    phrase = " ".join(t.lower_ for t in doc[the + 1:head + 1])
    if focus is None or phrase not in nouns or norm.get("type") == "person" or \
            not (norm.get("actor_id") in supranational or norm.get("country") is None and norm.get("in_gazetteer")):
        return norm  # a body of many states, or one the gazetteer knows with no country (the AU Commission)
    near = previous_sentence_start(doc, the)
    if any(a.norm.get("actor_id") == norm["actor_id"] and near <= a.start < the for a in actors):
        return norm  # "The European Commission said …; the commission added": the one just named
    home = _last_home_body(doc, the, actors, focus, phrase, bank_words if phrase in banks else None)
    if home is None:
        return norm
    tie = _tie(doc, head, actors, norm["actor_id"], home, focus, supranational)
    if tie is not None and tie != "home":
        return norm  # "The commission, based in Brussels,": the one its own sentence places; both: no change
    if tie is None and any(a.norm.get("actor_id") == norm["actor_id"] and home.start < a.start < the for a in actors):
        return norm  # "the Supreme Court … ask the ICC …; the court's investigation": the one named last
    return {**home.norm, "via": "coref"}


def _tie(doc: Doc, head: int, actors: list[Actor], foreign: str, home: Actor, focus: str,
         supranational: frozenset[str]) -> str | None:
    """``"home"`` or ``"foreign"``: the body the words attached to the description at ``head``
    tie it to (its apposition or its owner, the object of its participle's preposition, or the holder
    it is the possessor of and its apposition: ``The central bank's president, Christine Lagarde,``);
    an actor there that is the foreign body or a body of many states (``the EU's executive arm``), or
    a place or person of another country than ``focus`` (``based in Brussels``) ties it to the
    foreign body ``foreign``;
    one of ``focus`` or ``home`` itself to the home body; ``"both"`` when they disagree, None when
    nothing does."""
    tok = doc[head]
    appos = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "poss":  # "The central bank's president, Christine Lagarde": the holder and its apposition
        appos += [tok.head] + [c for c in tok.head.children if c.dep_ == "appos"]
    zone = {t.i for c in appos for t in [c, *(k for k in c.children if k.dep_ == "poss")]}  # "the EU's … arm"
    zone |= {o.i for c in tok.children if c.dep_ == "acl" for p in c.children if p.dep_ in ("prep", "agent")
             for o in p.children if o.dep_ == "pobj"}  # "based in Brussels", "led by Dimitar Radev"
    ties = {_side(a, foreign, home, focus, supranational) for a in actors
            if any(a.start <= i < a.end for i in zone)} - {None}
    return None if not ties else ties.pop() if len(ties) == 1 else "both"


def _side(a: Actor, foreign: str, home: Actor, focus: str, supranational: frozenset[str]) -> str | None:
    """The body actor ``a`` ties a description to (:func:`_tie`), None for neither."""
    aid, country = a.norm.get("actor_id"), a.norm.get("country")
    if aid == home.norm.get("actor_id") or country == focus:
        return "home"
    if aid == foreign or aid in supranational or country is not None:
        return "foreign"
    return None


def _last_home_body(doc: Doc, the: int, actors: list[Actor], focus: str, phrase: str,
                    bank_words: frozenset[str] | None) -> Actor | None:
    """The last body of country ``focus`` named in full before ``the`` whose name ends in the
    description's head in title case, before any ``of`` (``… Commission``, ``… Court``; for
    a bank phrase, ``bank_words`` given, a ``… Bank`` holding one of them: ``the Central Bank of Kenya``),
    not a coreference; None when there is none."""
    head = phrase.split()[-1]
    for a in sorted((a for a in actors if a.end <= the), key=lambda a: a.start, reverse=True):
        if not _home(a, focus) or a.norm.get("type") in ("person", "people", "state", "location") or \
                a.norm.get("via") == "coref" or a.origin.startswith("rule:description"):
            continue
        words = [t for t in doc[a.start:a.end] if not (t.i == a.start and t.lower_ == "the")]
        words = words[:next((k for k, t in enumerate(words) if k and t.lower_ == "of"), len(words))]  # "… Bank of Kenya"
        if len(words) < 2 or words[-1].lower_ != head or not words[-1].is_title:
            continue
        if bank_words is not None and not any(t.lower_ in bank_words and t.is_title for t in words[:-1]):
            continue  # "Sable Bank" is a lender; "the Bulgarian National Bank" the central bank
        return a
    return None


def _home(a: Actor, focus: str) -> bool:
    """Is ``a`` a body of country ``focus``: of that country, or a government body the gazetteer
    does not know whose country no pass has set yet (``the Central Electoral Commission``)?"""
    country = a.norm.get("country")
    return country == focus or country is None and not a.norm.get("in_gazetteer") and a.norm.get("type") == "government"
