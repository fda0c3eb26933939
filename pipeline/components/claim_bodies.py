"""``We`` in a quotation speaks for the body its speaker represents.

``"We believe the strike will hold," said Ana Ruiz, president of the Transit Workers Union``:
the belief is the union's, not Ruiz's own. After the quotation pass has given ``we`` the quoted
person (``speaker.via`` = ``we``), this pass replaces that person with the body the article says
they represent, when it says so plainly in one of their mentions:

- a role noun in apposition (``speaks_for_roles`` word list in ``claim_cues.jsonl``) whose
  possessor, ``of``/``for`` object or proper-name modifier is an organization or country
  (``the union's president, Ana Ruiz``; ``Ana Ruiz, president of the Transit Workers Union``;
  ``Denmark's climate envoy, Mikkel Rasmussen``);
- a title led by a country's name or demonym (``Lebanese Foreign Minister Elie Daccache``), the
  country named in the article;
- a title led by a body's noun (``Department spokesperson Naomi Pratt``, ``a company spokeswoman,
  Lauren Fitch``): the last body named before whose words hold it (for a company noun, the last
  company); a company officer's title naming no company (``Chief Executive Officer Tom Hale``):
  the last company named before;
- a person's name followed by ``of``/``from`` and a body that is no country (``Marisol
  Echeverria of the National Party``; word list ``speaks_for_member_preps``);
- for a ``we`` in the sentence that names the firm or the next one only, a market role in
  apposition (``speaks_for_firm_roles``) whose ``at`` object is a company (``Jurie van den Heever,
  a strategist at Ndlovu Mutual, wrote in a note to clients. "We now expect …"``; not a
  university: ``member_only_body_heads``).

``We both`` (word list ``joint_we_words``) is the speaker and someone with them: no body. A quoted
phrase led by ``our`` (``Our lawyers``) of someone who speaks for a body keeps its words, the body
in ``affiliation`` (:func:`speak_for_owned`).

The person stays in ``speaker.via.person`` and speaks with the body (``speaker.also``: the body
speaks through them). Otherwise ``we`` stays the person (a guess the confidence marks: penalty ``collective_self``).
``I`` is always the person; ``we`` outside quotations (an op-ed's author) is left alone; the
``we`` of a transcript turn is the turn speaker's, as in a quotation.
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Span, Token

from pipeline.components.actor_acronyms import abbreviates, letter_words
from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_head_bodies import led_government, listed_body, listed_officer
from pipeline.components.claim_quotes import replace_speaker, set_speaker
from pipeline.components.claim_speakers import described_actor, is_person
from pipeline.components.gazetteer import load_countries

#: actor types that can speak as a body (not a person, place or loose group)
_BODY_TYPES = frozenset({"organization", "legislature", "state", "government", "military", "media"})
#: how a company mention is the subject of a clause (:func:`_company_before`)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _role_noun(span: Span, roles: frozenset[str]) -> Token | None:
    """The role noun a person mention stands in apposition with (``the council's president,
    Graham Pell``; ``Frank Pazzelli, president of …``)."""
    root = span.root
    near = ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]
    return next((t for t in near if t.pos_ == "NOUN" and t.lemma_.lower() in roles), None)


def _body_token(role: Token) -> Token | None:
    """Who the role is of: its possessor (not a pronoun), the object of its ``of``/``for``
    phrase, or a proper-name modifier (``Hanseong spokesman``)."""
    for c in role.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN"):
            return c
    return None


def is_body(span: Span | None) -> bool:
    return span is not None and (span._.norm or {}).get("type") in _BODY_TYPES


def _appositive_body(ctx: DocContext, mention: Span) -> Span | None:
    """The body named by the role noun in apposition with ``mention``."""
    role = _role_noun(mention, ctx.rules.words("speaks_for_roles"))
    tok = _body_token(role) if role is not None else None
    if tok is None:
        return None
    span = ctx.actor_at.get(tok.i) or _apposed_actor(ctx, tok)
    if span is None and tok.pos_ == "NOUN":
        sent = Sentence.holding(ctx, tok)
        span = described_actor(sent, tok) if sent is not None else None  # ``the council's president``
    return span if is_body(span) else _body_named_before(ctx, tok)


def _apposed_actor(ctx: DocContext, tok: Token) -> Span | None:
    """The body mention in apposition with a common noun that names its kind (``a lawyer for
    the group Save Lookout Valley``, ``a spokesman for the coalition Friends of Alder Creek``
    parsed with the name as an apposition of ``group``/``coalition``); None for anything else."""
    if tok.pos_ != "NOUN":
        return None
    return next((ctx.actor_at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in ctx.actor_at
                 and is_body(ctx.actor_at[c.i])), None)


def _body_named_before(ctx: DocContext, tok: Token) -> Span | None:
    """``a company spokeswoman``, ``Department spokesperson``, ``Foreign ministry spokeswoman``: a
    noun that names a body without its name stands for the last body mention before it whose words
    hold the noun and its modifiers (``the State Department``, ``Pakistan's foreign ministry``) or,
    for a company noun (word list ``speaks_for_company_nouns``), the last company named before it
    (:func:`_company_before`); None when no such mention comes before."""
    if tok.lower_ in ctx.rules.words("speaks_for_company_nouns"):
        return _company_before(ctx, tok.idx)
    return body_holding(ctx, {t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1]}, tok.idx) \
        or _body_spelled_before(ctx, tok)


def _body_spelled_before(ctx: DocContext, tok: Token) -> Span | None:
    """``TDCJ spokesperson`` after ``the Texas Department of Criminal Justice``: a title word in
    capitals (three letters or more) spelled by the initials of a body's name
    (:func:`~pipeline.components.actor_acronyms.abbreviates`) stands for the last such body named
    before it."""
    if not (tok.is_alpha and tok.is_upper):
        return None
    return _last_body_before(ctx, tok.idx, lambda span: abbreviates(
        tok.text, letter_words(t for t in span if t.lower_ != "the")))


def body_holding(ctx: DocContext, words: set[str], before: int) -> Span | None:
    """The last body mention in the body section ending before ``before`` whose words hold
    ``words``."""
    return _last_body_before(ctx, before, lambda span: words <= set(span.text.lower().split()))


def _last_body_before(ctx: DocContext, before: int, fits) -> Span | None:
    """The last body mention in the body section ending before ``before`` that ``fits``."""
    best = None
    for span in ctx.spans:
        if span.label_ == "actor" and span.end_char <= before and is_body(span) and \
                ctx.section_at(span.start_char) == "body" and fits(span):
            best = span
    return best


def _company_before(ctx: DocContext, char: int) -> Span | None:
    """The company the article follows up to ``char``: of the organizations named in the body
    before ``char`` outside quotations, the one named most often as a clause's subject (``Saola
    reported …``, ``the carrier expects …``; a tie or no subject at all: the one named last), its
    last mention there. A company named in passing (a supplier, a parent group, a takeover
    target: ``in talks with Airbus``, ``controlled by Truong Son Group``, ``offered … for Nordkyst``)
    does not outweigh the company that acts and speaks in the story."""
    subjects: dict[str, int] = {}
    last: dict[str, Span] = {}
    for span in ctx.spans:
        if span.label_ == "actor" and span.end_char <= char and (span._.norm or {}).get("type") == "organization" \
                and ctx.section_at(span.start_char) == "body" and ctx.quote_at(span.start_char) is None:
            key = (span._.norm or {}).get("actor_id") or span.text.lower()
            subjects[key] = subjects.get(key, 0) + (span.root.dep_ in _SUBJECT_DEPS)
            if key not in last or span.start_char >= last[key].start_char:
                last[key] = span
    if not last:
        return None
    return last[max(last, key=lambda k: (subjects[k], last[k].start_char))]


def _title_body(ctx: DocContext, mention: Span) -> Span | None:
    """``Department spokesperson Naomi Pratt``, ``Foreign ministry spokeswoman Saima Baloch``: the
    body named by the words before the role noun of a title that opens the person's name; a
    company officer's title naming no company (``Chief Executive Officer Suresh Menon-Pillai``,
    word list ``speaks_for_company_titles``): the last company named before."""
    roles = ctx.rules.words("speaks_for_roles")
    for tok in ctx.doc[max(0, mention.start - 3):mention.end]:
        if tok.dep_ == "compound" and tok.lemma_.lower() in roles and mention.start <= tok.head.i < mention.end:
            if tok.head.dep_ == "compound" and tok.head.lemma_.lower() in roles and tok.head.i < mention.end - 1:
                continue  # "Chief" of "Chief Executive Officer X" (the title in the span): the whole title
            if ctx.doc[tok.left_edge.i:tok.i + 1].text.lower() in ctx.rules.words("speaks_for_company_titles"):
                return _company_before(ctx, tok.idx)
            mod = next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("compound", "nmod")
                        and c.pos_ in ("NOUN", "PROPN")), None)
            span = _modifier_body(ctx, mod, mention) if mod is not None else None
            return span if is_body(span) else None
    return None


def _lead_title_body(ctx: DocContext, mention: Span) -> Span | None:
    """``Hydro-Québec CEO Mathieu Bellerose`` however parsed: a person's mention that opens with
    proper names, then a role noun (``speaks_for_roles``) and the name, speaks for the last body
    named before whose words hold those proper names as written (``Hydro-Québec``)."""
    roles = ctx.rules.words("speaks_for_roles")
    role = next((t for t in mention[:-1] if t.lower_ in roles or t.lemma_.lower() in roles), None)
    if role is None or role.i == mention.start or ctx.doc[role.i + 1].pos_ != "PROPN":
        return None
    lead = ctx.doc[mention.start:role.i]
    if any(t.pos_ != "PROPN" and not (t.is_punct and t.text in "-–") for t in lead):
        return None
    return body_holding(ctx, set(lead.text.lower().split()), mention.start_char)


def _modifier_body(ctx: DocContext, mod: Token, mention: Span) -> Span | None:
    """The body the modifier of a title names: its own actor mention, else (no mention, or only
    the person's mention that holds the whole title: ``HUD spokeswoman Alicia Brennan-Cole``) the
    last body named before whose words hold it (:func:`_body_named_before`: ``HUD``); a mention
    typed as no body, the same actor's body mention before (:func:`_same_actor_body`)."""
    span = ctx.actor_at.get(mod.i)
    if span is not None and not (span.start <= mention.start < span.end):
        return span if is_body(span) else _same_actor_body(ctx, span)
    return _body_named_before(ctx, mod)


def _same_actor_body(ctx: DocContext, span: Span) -> Span | None:
    """``Pacifica Power`` of ``Pacifica Power CEO Linda Marsh`` tagged as no body while the same
    actor is named as a body before (``Pacifica Power Corp. will raise …``): that body mention."""
    before = [sp for sp in ctx.mentions_of((span._.norm or {}).get("actor_id")) if is_body(sp)
              and sp.end_char <= span.start_char]
    return before[-1] if before else None


@functools.lru_cache(maxsize=4)
def _country_words(path: Path) -> dict[str, str]:
    """Country names and demonyms (lower case) -> alpha-3 code (``actors_countries.jsonl`` of the
    claim rules' folder, else the shipped one: ``Rules.data_file``)."""
    return {alias.lower(): e.actor_id for e in load_countries(path)
            if e.category in ("country", "demonym") for alias in e.aliases}


#: how a country word hangs on the role noun of a title (``Lebanese Foreign Minister``, ``Chile's ambassador``)
_TITLE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _title_country_code(words: Span, roles: frozenset[str], countries: dict[str, str]) -> str | None:
    """The country whose name or demonym modifies a role noun of ``words`` directly, read with its
    own modifiers (``North Korean leader`` is North Korea's; ``American Airlines chief executive``
    names no country: ``American`` modifies ``Airlines``, not the role)."""
    for tok in words:
        head = tok.head
        if tok.dep_ in _TITLE_DEPS and head.lemma_.lower() in roles and words.start <= head.i < words.end:
            code = countries.get(tok.doc[tok.left_edge.i:tok.i + 1].text.lower())
            if code is not None:
                return code
    return None


def _titled_country(ctx: DocContext, mention: Span) -> Span | None:
    """``Lebanese Foreign Minister Elie Daccache``, ``Chile's ambassador Rosa Vial``: a person
    whose title (a role noun in or just before the mention) is led by a country's name or
    demonym speaks for that country, when the article names it."""
    words = ctx.doc[max(0, mention.start - 3):mention.end]
    code = _title_country_code(words, ctx.rules.words("speaks_for_roles"),
                               _country_words(ctx.rules.data_file("actors_countries.jsonl")))
    if code is None:
        return None
    return next((sp for sp in ctx.mentions_of(code) if (sp._.norm or {}).get("type") == "state"), None)


def body_of(ctx: DocContext, person: Span) -> Span | None:
    """The body a person speaks for, read from their mentions in text order (None if unsaid);
    found once per person."""
    aid = (person._.norm or {}).get("actor_id")
    if aid and aid in ctx.bodies:
        return ctx.bodies[aid]
    body = _body_of(ctx, person, aid)
    if aid:
        ctx.bodies[aid] = body
    return body


def hold_post(ctx: DocContext, person: Span, post: Span) -> None:
    """``person`` holds the unnamed ``post`` (``The company's chief executive said …`` / ``"We
    believe …," Faisal Al-Harbi said``: :mod:`claim_speakers_lede`): when none of the person's own
    mentions names a body, the person speaks for the body the post is of (a ``speaks_for_roles``
    noun's possessor or ``of``/``for`` object), as if it stood in apposition."""
    aid = (person._.norm or {}).get("actor_id")
    if not aid or post.root.lemma_.lower() not in ctx.rules.words("speaks_for_roles") or body_of(ctx, person):
        return
    tok = _body_token(post.root)
    span = ctx.actor_at.get(tok.i) if tok is not None else None
    if is_body(span):
        ctx.bodies[aid] = span


def _body_of(ctx: DocContext, person: Span, aid: str | None) -> Span | None:
    for mention in ctx.mentions_of(aid) or [person]:
        body = _appositive_body(ctx, mention) or _titled_country(ctx, mention) or _title_body(ctx, mention) \
            or _lead_title_body(ctx, mention) \
            or _member_body(ctx, mention) or unnamed_role_body(ctx, mention) or _relative_body(ctx, mention) \
            or _bare_title_body(ctx, mention) or listed_body(ctx, mention, is_body) \
            or listed_officer(ctx, mention, _company_before)
        if body is not None:
            return body
    return None


def unnamed_role_body(ctx: DocContext, mention: Span) -> Span | None:
    """``a Ministry of Justice spokesperson``, ``a State Department spokesman``: an unnamed person
    whose mention is a role noun (``speaks_for_roles``) led by the words of a body named before
    speaks for the last such body (a company noun alone: the last company named before)."""
    root = mention.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in ctx.rules.words("speaks_for_roles"):
        return None
    lead = [t for t in mention if t.i < root.i and t.dep_ != "det" and not t.is_punct and t.tag_ != "POS"]
    if not lead or any(t.pos_ not in ("PROPN", "NOUN", "ADP") for t in lead):
        return None
    if len(lead) == 1 and lead[0].lower_ in ctx.rules.words("speaks_for_company_nouns"):
        return _company_before(ctx, mention.start_char)
    return body_holding(ctx, {t.lower_ for t in lead}, mention.start_char)


def _relative_body(ctx: DocContext, mention: Span) -> Span | None:
    """``Peter Haslam, who leads the Green group on the council``, ``Ana Ruiz, who is the union's
    president``: a relative clause on the person's name whose present-tense verb ties them to a
    body (word list ``speaks_for_relative_verbs``: leads, chairs, runs …) with the body as its
    object, or whose present ``be`` has a role noun (``speaks_for_roles``) of a body as its
    complement. A past verb (``who chaired``, ``who founded``) or a clause with a word that ends the
    tie (``speaks_for_relative_ended``: until, former, quit …) ties the person to no body."""
    roles, verbs = ctx.rules.words("speaks_for_roles"), ctx.rules.words("speaks_for_relative_verbs")
    for clause in mention.root.children:
        if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        if not _current_tie(ctx, clause):
            return None
        for obj in clause.children:
            if obj.dep_ == "dobj" and clause.lemma_.lower() in verbs:
                span = noun_body(ctx, obj)
            elif obj.dep_ == "attr" and clause.lemma_ == "be" and obj.lemma_.lower() in roles:
                tok = _body_token(obj)
                span = noun_body(ctx, tok) if tok is not None else None
            else:
                continue
            return span if is_body(span) else None
    return None


def _current_tie(ctx: DocContext, clause: Token) -> bool:
    """Whether a relative clause speaks of a tie that holds now: its verb in the present tense
    (``leads``, ``is``; not ``led``, ``has led``, ``will chair``) and none of its words ending
    the tie (``until``, ``former``, ``quit`` …; word list ``speaks_for_relative_ended``)."""
    if clause.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    ended = ctx.rules.words("speaks_for_relative_ended")
    return not any(t.lemma_.lower() in ended or t.lower_ in ended for t in clause.subtree)


def noun_body(ctx: DocContext, tok: Token) -> Span | None:
    """The body mention a noun names: the actor mention holding it, one apposed to it (``the group
    Save Alder Creek``) or the actor its description refers to (``the union``)."""
    span = ctx.actor_at.get(tok.i) or _apposed_actor(ctx, tok)
    if span is None and tok.pos_ == "NOUN":
        sent = Sentence.holding(ctx, tok)
        span = described_actor(sent, tok) if sent is not None else None
    return span


def _bare_title_body(ctx: DocContext, mention: Span) -> Span | None:
    """``spokeswoman Lenka Horakova``, ``a spokesman, Tom Eck,``: a spokesperson's title naming no
    body (word list ``speaks_for_bare_titles``, no modifier but an article) right after a body
    spoke (the last speaker said before the person, in the same paragraph or the one before):
    the spokesperson speaks for that body (``…, the fire service said in a statement. "…,"
    spokeswoman Lenka Horakova told reporters``)."""
    titles = ctx.rules.words("speaks_for_bare_titles")
    role = _role_noun(mention, titles) or next(
        (t for t in ctx.doc[max(0, mention.start - 1):mention.end] if t.dep_ == "compound"
         and t.lemma_.lower() in titles and mention.start <= t.head.i < mention.end), None)
    if role is None or any(c.dep_ not in ("det", "punct", "appos") for c in role.children) \
            or (role.i > 0 and role.nbor(-1).pos_ in ("NOUN", "PROPN", "ADJ")):
        return None
    return body_spoke_before(ctx, mention.start_char)


def body_spoke_before(ctx: DocContext, char: int) -> Span | None:
    """The body that was the last speaker said before ``char`` (None when that speaker is no body,
    or spoke before the paragraph above)."""
    said = [r for r in ctx.speakers_said if r["end"] <= char]
    span = ctx.actor_span(said[-1]) if said else None
    if span is None or not is_body(span) or ctx.paragraph_index(span.start_char) < ctx.paragraph_index(char) - 1:
        return None
    return span


def _member_body(ctx: DocContext, mention: Span) -> Span | None:
    """``Marisol Echeverria of the conservative National Party``: a person's name followed by
    ``of``/``from`` (word list ``speaks_for_member_preps``) and a body that is no country (``Ana
    Ruiz of Chile`` is from there, not speaking for it) speaks for that body. The body is the
    preposition's own object (an actor mention holding its head, or its apposition: ``of the
    centrist Civic Party`` parsed as ``centrist`` + apposition), never one nested deeper (``of
    the campaign against Exxon``: not Exxon); after ``from``, no body whose head is a
    word of ``member_only_body_heads`` (``from Columbia University``: a student, not its voice)."""
    preps = ctx.rules.words("speaks_for_member_preps")
    for prep in mention.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i != mention.end:
            continue
        span = _object_actor(ctx, prep)
        if not is_body(span) or (span._.norm or {}).get("type") == "state":
            continue
        if prep.lower_ == "from" and span.root.lemma_.lower() in ctx.rules.words("member_only_body_heads"):
            continue
        return span
    return None


def firm_near(ctx: DocContext, person: Span, at: int) -> Span | None:
    """The company a person works for as a strategist, economist or analyst (word list
    ``speaks_for_firm_roles``: ``Jurie van den Heever, a strategist at Ndlovu Mutual``), named in
    the sentence holding ``at`` (a quoted ``we``) or the one before; None for a firm named further
    back, or a university, school or hospital (``member_only_body_heads``: ``an economist at Penn
    State University`` speaks for herself)."""
    first = ctx.sentence_index(at) - 1
    for mention in ctx.mentions_of((person._.norm or {}).get("actor_id")) or [person]:
        firm = _firm_of(ctx, mention)
        if firm is not None and first <= ctx.sentence_index(firm.start_char) and firm.start_char < at:
            return firm
    return None


def _firm_of(ctx: DocContext, mention: Span) -> Span | None:
    """The company object of ``at`` on a market role in apposition with ``mention``."""
    role = _role_noun(mention, ctx.rules.words("speaks_for_firm_roles"))
    prep = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "at"), None) if role is not None else None
    firm = _object_actor(ctx, prep) if prep is not None else None
    if firm is None or (firm._.norm or {}).get("type") != "organization":
        return None
    heads = ctx.rules.words("member_only_body_heads")
    return None if any(t.lemma_.lower() in heads for t in firm) else firm


def _object_actor(ctx: DocContext, prep: Token) -> Span | None:
    """The actor mention holding the head of ``prep``'s object or of that object's apposition."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    heads = [obj] + [c for c in obj.children if c.dep_ == "appos"]
    return next((ctx.actor_at[t.i] for t in heads if t.i in ctx.actor_at), None)


def _collective_person(ctx: DocContext, claim: dict) -> Span | None:
    """The person a quoted ``we`` was given to (None when it is not that case)."""
    speaker = claim.get("speaker") or {}
    via = speaker.get("via")
    if not isinstance(via, dict) or via.get("text", "").lower() != "we" or speaker.get("also"):
        return None  # a joint speaker's ``we`` is the speakers together
    if ctx.quote_at(via["start"]) is None and not ctx.in_turn(via["start"]):
        return None
    if _joint_we(ctx, via):
        return None  # ``We both believe …``: the speaker and someone named with them, no body
    person = ctx.actor_span(speaker)
    return person if person is not None and is_person(person) else None


def _joint_we(ctx: DocContext, via: dict) -> bool:
    """``we`` followed by a word that makes it a few people together (``we both``; word list
    ``joint_we_words``)."""
    span = ctx.doc.char_span(via["start"], via["end"])
    if span is None or span.end >= len(ctx.doc):
        return False
    return ctx.doc[span.end].lower_ in ctx.rules.words("joint_we_words")


def _enclosing_speaker(claims: list[dict], claim: dict) -> dict | None:
    """The actor speaker of the innermost other claim whose words hold ``claim``'s speaker (the
    quotation or turn it is said in)."""
    at = claim["speaker"]["start"]
    best = None
    for c in claims:
        sp = c.get("speaker") or {}
        if c is not claim and c["start"] <= at < c["end"] and "mention_id" in sp and \
                (best is None or c["end"] - c["start"] < best["end"] - best["start"]):
            best = c
    return best["speaker"] if best is not None else None


def _our_phrase(ctx: DocContext, claim: dict) -> bool:
    """A speaker phrase as written led by ``our`` (``Our economists``, ``our own review``), no
    actor, inside a quotation or a transcript turn."""
    sp = claim.get("speaker") or {}
    words = str(sp.get("text", "")).split()
    if len(words) < 2 or words[0].lower() != "our" or "mention_id" in sp or sp.get("actor_id"):
        return False
    return ctx.quote_at(sp["start"]) is not None or ctx.in_turn(sp["start"])


def speak_for_owned(ctx: DocContext, claims: list[dict]) -> None:
    """``"Our analysts found …," said the union's president``: a speaker phrase led by ``our`` in
    the words of someone who speaks for a body (:func:`body_of`; a body speaking itself: that
    body) is that body's, or the region's government a region leader leads (``Our modelling
    shows …`` in the Premier of Victoria's answer: :func:`led_government`; a government no
    mention names speaks itself, the words in ``via``); the words stay the
    speaker, the body in ``affiliation`` (its id the phrase's ``actor_id``), as for ``Mercer's
    office``."""
    for claim in claims:
        outer = _enclosing_speaker(claims, claim) if _our_phrase(ctx, claim) else None
        span = ctx.actor_span(outer)
        rec = _owning_body(ctx, span) if span is not None else None
        if rec is not None and "mention_id" in rec:
            claim["speaker"]["affiliation"] = rec
            claim["speaker"]["actor_id"] = rec["actor_id"]
        elif rec is not None:  # a government no mention names: it speaks, ``via`` the words
            sp = claim["speaker"]
            set_speaker(claim, rec, {"text": sp["text"], "start": sp["start"], "end": sp["end"]})


def _owning_body(ctx: DocContext, span: Span) -> dict | None:
    """The speaker record of the body whose ``our`` the speaker ``span`` says (:func:`speak_for_owned`)."""
    if is_body(span):
        return ctx.actor_record(span, "speaker")
    if not is_person(span):
        return None
    body = body_of(ctx, span)
    if body is not None:
        return ctx.actor_record(body, "speaker")
    return led_government(ctx, span, is_body)


def speak_for_bodies(ctx: DocContext, claims: list[dict]) -> None:
    """Give each quoted ``we`` given to a person the body that person speaks for, when said: the
    body speaks with the person (``also``, and ``speaker.via.person``), ``via`` the ``we``."""
    for claim in claims:
        person = _collective_person(ctx, claim)
        rec = _body_record(ctx, claim, person) if person is not None else None
        if rec is None:
            continue
        old = claim["speaker"]
        person_rec = {k: v for k, v in old.items() if k not in ("via", "also")}
        rec["via"] = {**old["via"], "person": person_rec}
        rec["also"] = [copy_json(person_rec)]
        if "mention_id" in rec:
            replace_speaker(claim, old, rec)  # the claim's actors keep one speaker: the body
        else:
            set_speaker(claim, rec)  # a body the text does not name: no speaker actor


def _body_record(ctx: DocContext, claim: dict, person: Span) -> dict | None:
    """The speaker record of the body ``person`` speaks for (:func:`body_of`, else the firm named
    near the ``we``, else the region a regional leader leads: :func:`led_government`)."""
    body = body_of(ctx, person) or firm_near(ctx, person, claim["speaker"]["via"]["start"])
    if body is not None:
        return ctx.actor_record(body, "speaker")
    return led_government(ctx, person, is_body)
