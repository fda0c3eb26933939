"""A post the lede names, its holder named in the next paragraph (the delayed identification of a
news lede): ``Iraq's foreign minister has said …`` / ``Speaking in Baghdad, Hisham al-Karbouli told
reporters …``. The post is that person wherever it speaks (``the minister said`` later too).

Only when the lede (the first body paragraph of ``lede_min_words`` words or more) names no person, one
unnamed post (a person mention whose head is no name: a role phrase, an owned post, a description)
speaks in it, and the next paragraph opens its first sentence with a person named for the first
time, the subject of its verb, whose titles do not name another post (``Prime Minister X`` is
no foreign minister; ``Sen. X`` may chair a committee: ``lede_titled_posts``). The next paragraph
may open with a quotation the person says (``"It is a contract," Ganbold Naranbaatar told
reporters``): the person is then the first one after it, in the sentence where it closes. A headline
may name the person already (``Mawhinney says policy …``); a body paragraph before the post's may not.

After the lede, a paragraph of the same kind (one unnamed post, no person) names its holder only
when the next paragraph opens with such a quotation (``The company's chief executive said …`` /
``"We cut costs hard," Daniel Okafor said in the statement``): the post's words go on in its
holder's voice; a person merely named next (``Daniel Okafor told analysts …``) may be anyone.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from pipeline.components.claim_bodies import hold_post
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person, lede_index, titles_before


def name_lede_holders(ctx: DocContext, claims: list[dict]) -> None:
    """Speakers that are the lede's unnamed post, or a later paragraph's, become the person the
    next paragraph names (the words as written in ``via``)."""
    lede = lede_index(ctx)
    if lede is None:
        return
    for k in range(lede, len(ctx.sections) - 1):
        found = _paragraph_holder(ctx, k, k == lede)
        if found is not None:
            _name_holder(ctx, claims, *found)
        elif k == lede:
            _name_phrase_holder(ctx, claims, k)


def _name_holder(ctx: DocContext, claims: list[dict], post: Span, person: Span) -> None:
    """The claims whose speaker is ``post`` (from it on) get ``person`` as speaker."""
    pid = post._.norm.get("actor_id")
    hold_post(ctx, person, post)  # a quoted ``we`` of the holder is the post's body
    for rec in claims:
        sp = rec.get("speaker")
        if not sp or sp.get("actor_id") != pid or "affiliation" in sp and not _post_place(sp, post) \
                or sp.get("start", -1) < post.start_char:
            continue  # ``aides to the minister`` (the post their affiliation) are not the minister
        if not _definite_post(ctx, post) and sp.get("start") != post.start_char:
            continue  # ``a federal judge`` later may be another judge
        new = _give_holder(ctx, rec, sp, person)
        for actor in rec.get("actors") or ():  # the post's mention names the holder too
            if actor.get("role") == "speaker" and (actor.get("norm") or {}).get("actor_id") == pid:
                actor["norm"] = dict(new["norm"])


def _give_holder(ctx: DocContext, rec: dict, sp: dict, person: Span) -> dict:
    """``rec``'s speaker becomes ``person``, the words as written (or their ``via``) its ``via``."""
    new = ctx.actor_record(person, "speaker")
    new["via"] = sp.get("via") or {k: sp[k] for k in ("text", "start", "end")}
    rec["speaker"] = new
    return new


def _post_place(sp: dict, post: Span) -> bool:
    """The speaker's affiliation is the place of the post's own phrase (``A federal judge in
    Austin``), not the body of other people's (``aides to the minister``)."""
    place = ((sp.get("affiliation") or {}).get("norm") or {}).get("type") == "location"
    return place and sp.get("start") == post.start_char


def _name_phrase_holder(ctx: DocContext, claims: list[dict], k: int) -> None:
    """A lede's post the actor layer left a phrase (``Scotland's transport secretary has told MSPs
    …``, ``The head of the federal infrastructure department has denied …``): when the lede names
    no person and its claims have one such speaker, the person the next paragraph names is it."""
    if ctx.sections[k + 1][2] != "body":
        return
    (ls, le, _), (ns, ne, _) = ctx.sections[k], ctx.sections[k + 1]
    phrases = {(sp["start"], sp["end"]) for sp in (c.get("speaker") for c in claims)
               if sp and ls <= sp.get("start", -1) < le and _phrase_post(ctx, sp)}
    if len(phrases) != 1 or any(sp.label_ == "actor" and is_person(sp) and sp.root.pos_ == "PROPN"
                                for sp in ctx.spans_within(ls, le)):
        return
    post = ctx.doc.char_span(*next(iter(phrases)))
    person = _next_person(ctx, ns, ne, True) if post is not None else None
    if person is None or not _names_holder(ctx, person, post, ls):
        return
    for rec in claims:
        sp = rec.get("speaker")
        if sp and (sp.get("start"), sp.get("end")) == (post.start_char, post.end_char) and not sp.get("actor_id"):
            _give_holder(ctx, rec, sp, person)
    _name_headline_posts(ctx, claims, post, person)


def _role_key(span: Span) -> tuple[str, ...]:
    """The words of a post without its article or possessor, lower case (``Wales's transport
    secretary``, ``Transport secretary``: transport, secretary)."""
    owner = {t.i for c in span.root.children if c.dep_ in ("poss", "det") for t in c.subtree}
    return tuple(t.lower_ for t in span if t.i not in owner and not t.is_punct)


def _name_headline_posts(ctx: DocContext, claims: list[dict], post: Span, person: Span) -> None:
    """A headline or subhead speaker left as written whose words are the lede's post (``Transport
    secretary says councils will get £5m`` over ``Wales's transport secretary has told the Senedd
    …``) is the person the lede's post was found to be."""
    key = _role_key(post)
    for rec in claims:
        sp = rec.get("speaker")
        if not sp or sp.get("actor_id") or "mention_id" in sp or ctx.section_at(sp.get("start", -1)) not in ("headline", "subhead"):
            continue
        span = ctx.doc.char_span(sp["start"], sp["end"])
        if span is not None and _role_key(span) == key:
            _give_holder(ctx, rec, sp, person)


def _phrase_post(ctx: DocContext, sp: dict) -> bool:
    """A speaker as written, no actor, whose head is a singular post noun (``title`` rows, rules
    ``speaks_for_roles``) made definite by ``the`` or a possessor (not ``a spokesman``)."""
    if sp.get("actor_id") or "mention_id" in sp or "also" in sp:
        return False
    span = ctx.doc.char_span(sp["start"], sp["end"])
    if span is None or span.root.tag_ != "NN" or span[0].lower_ in ("a", "an"):
        return False
    noun = span.root.lemma_.lower()
    if noun not in ctx.rules.titles and noun not in ctx.rules.words("speaks_for_roles"):
        return False
    return span[0].lower_ == "the" or any(c.dep_ == "poss" for c in span.root.children)


def _paragraph_holder(ctx: DocContext, k: int, lede: bool) -> tuple[Span, Span] | None:
    """The post of paragraph ``k`` and the person of the next paragraph who holds it, else None.
    After the lede, only a next paragraph that opens with a quotation the person says (``"…,"
    Faisal Al-Harbi said in the statement``): the post's words go on in its holder's voice."""
    if ctx.sections[k][2] != "body" or ctx.sections[k + 1][2] != "body":
        return None
    (ls, le, _), (ns, ne, _) = ctx.sections[k], ctx.sections[k + 1]
    post = _one_post(ctx, ls, le, lede)
    person = _next_person(ctx, ns, ne, lede) if post is not None else None
    if person is None or not _names_holder(ctx, person, post, ls):
        return None
    return (post, person) if _definite_post(ctx, post) or _holds_title(ctx, person, post) else None


def _next_person(ctx: DocContext, ns: int, ne: int, lede: bool) -> Span | None:
    """The first person of the next paragraph's first sentence, or of the sentence where the
    quotation it opens with closes (after the lede, only the latter)."""
    opening = _opening_quote(ctx, ns, ne)
    if opening is None and not lede:
        return None
    lo = opening[1] if opening else ns
    lo += len(ctx.text[lo:ne]) - len(ctx.text[lo:ne].lstrip())  # (the sentence after the quotation's mark)
    first_end = ctx.sent_ranges[ctx.sentence_index(lo)][1] if ctx.sent_ranges else ne
    return next((sp for sp in ctx.spans_within(lo, min(ne, first_end))
                 if sp.label_ == "actor" and is_person(sp)), None)


def _one_post(ctx: DocContext, start: int, end: int, lede: bool = False) -> Span | None:
    """The one unnamed definite post (a person mention whose head is no name) of a paragraph that
    names no person, else None; in the lede also an indefinite one (``A federal judge in Austin
    ruled …``), which only a holder with its title names (:func:`_holds_title`)."""
    people = [sp for sp in ctx.spans_within(start, end) if sp.label_ == "actor" and is_person(sp)]
    posts = {(sp._.norm or {}).get("actor_id"): sp for sp in people if sp.root.pos_ != "PROPN"}
    if len(posts) != 1 or None in posts or any(sp.root.pos_ == "PROPN" for sp in people):
        return None
    post = next(iter(posts.values()))
    if any(sp.root.pos_ == "PROPN" for sp in ctx.mentions_of(next(iter(posts)))):
        return None  # ``the second Thai leader`` the actor layer gave a named person: no unnamed post
    return post if lede or _definite_post(ctx, post) else None


def _opening_quote(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The quotation a paragraph opens with (its first character a quotation mark), else None."""
    k = bisect_left(ctx.quotes, (start, -1))
    if k < len(ctx.quotes) and ctx.quotes[k][0] <= start + 1 and ctx.quotes[k][1] < end \
            and not ctx.text[start:ctx.quotes[k][0]].strip(" \n\"'\u201c\u2018"):
        return ctx.quotes[k]
    return None


def _names_holder(ctx: DocContext, person: Span, post: Span, lede_start: int) -> bool:
    """Is ``person`` a name said for the first time, the subject of its verb, with no title of
    another post?"""
    norm = person._.norm or {}
    if person.root.pos_ != "PROPN" or norm.get("via") == "apposition" or norm.get("in_gazetteer") or \
            not _bare_main_subject(ctx, person) or _described(ctx, person) or _other_country(person, post) or \
            _tied_elsewhere(ctx, person) or _own_words_elsewhere(ctx, person, post):
        return False
    if any(sp.start_char < lede_start and ctx.section_at(sp.start_char) == "body"
           for sp in ctx.mentions_of(norm.get("actor_id"))):
        return False  # (a headline may name the holder: ``Mawhinney says policy …``)
    noun = post.root.lemma_.lower()
    forms = frozenset().union(*ctx.rules.titles.values())
    titled = titles_before(person) & forms
    if noun in ctx.rules.words("lede_titled_posts") or not titled:
        return True
    return _holds_title(ctx, person, post) and not _other_rank(ctx, person, post, forms)


def _definite_post(ctx: DocContext, post: Span) -> bool:
    """A post one person holds: not ``a senior official`` (indefinite) nor unnamed staff
    (``a police spokesman``, ``the ministry's spokesman``: many hold it)."""
    return post[0].lower_ not in ("a", "an") and not ctx.origin(post).startswith("rule:unnamed-")


def _holds_title(ctx: DocContext, person: Span, post: Span) -> bool:
    """The person carries the title of the post's noun (``U.S. District Judge Marisol Ybarra-Klein``
    after ``A federal judge``): a lede's indefinite post is someone the article goes on to name."""
    forms = ctx.rules.titles.get(post.root.lemma_.lower())
    return bool(forms and titles_before(person) & forms)


def _bare_main_subject(ctx: DocContext, person: Span) -> bool:
    """The subject of its sentence's main verb, with no description of its own (``Sergei Lavrov,
    Russia's foreign minister``, ``Ahmed Salih, who leads the union``: another post)."""
    root = person.root
    if root.dep_ != "nsubj" or root.head.dep_ != "ROOT":
        return False
    return not any(_own_post(ctx, c) for c in root.children)


def _own_post(ctx: DocContext, tok: Token) -> bool:
    """A description of the person's own post: a noun in apposition (``Sergei Lavrov, Russia's
    foreign minister``, ``John Smith, an analyst``) or a clause of leading (``Ahmed Salih, who leads
    the union``: ``lede_post_verbs``); not a party label (``Sen. X, R-N.D., who has spent …``)."""
    if tok.dep_ == "appos":
        return tok.pos_ == "NOUN"
    return tok.dep_ == "relcl" and tok.lemma_.lower() in ctx.rules.words("lede_post_verbs")


def _tied_elsewhere(ctx: DocContext, person: Span) -> bool:
    """A tie of the person's own beside the name: a clause of a relation (``Maria Lopez, whose father
    was treated on the ward``), a body (``Daniel Okafor of Harlow Bank``: ``lede_tie_preps``); after
    a quotation the paragraph opens with, any clause or apposition (``said Mark Otieno, who …``)."""
    para = ctx.paragraph_of(person.start_char)
    quoted = para is not None and _opening_quote(ctx, *para) is not None
    for c in person.root.children:
        if c.dep_ == "relcl" and (quoted or any(t.lower_ == "whose" for t in c.subtree)):
            return True
        if c.dep_ == "appos" and quoted and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ == "prep" and c.lower_ in ctx.rules.words("lede_tie_preps") and \
                any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children):
            return True
    return False


def _own_words_elsewhere(ctx: DocContext, person: Span, post: Span) -> bool:
    """The person's paragraph, to the end of the person's sentence, speaks of a body or kin of
    another tie (``our members``, ``the union``, ``my son``: ``lede_other_tie_nouns``) the post's
    paragraph does not name: a union official, a relative, a resident, not the post's holder."""
    para, mine = ctx.paragraph_of(person.start_char), ctx.paragraph_of(post.start_char)
    if para is None or mine is None:
        return False
    end = ctx.sent_ranges[ctx.sentence_index(person.start_char)][1] if ctx.sent_ranges else para[1]
    nouns = ctx.rules.words("lede_other_tie_nouns")
    theirs = {t.lemma_.lower() for t in ctx.doc.char_span(*mine, alignment_mode="expand") or ()}
    words = ctx.doc.char_span(para[0], min(end, para[1]), alignment_mode="expand") or ()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.lemma_.lower() not in theirs for t in words)


def _described(ctx: DocContext, person: Span) -> bool:
    """A person noun or a common noun beside the name that is no title (``Witness Sara Odum``,
    ``Opposition lawmaker Ahmed Salih``, ``Harbour master X``): the person's own post."""
    forms = frozenset().union(*ctx.rules.titles.values())
    words = [*person, *(c for c in person.root.lefts if c.dep_ == "compound" and c.i < person.start)]
    return any((t.lower_ in ctx.rules.person_nouns or t.pos_ == "NOUN") and t.lower_ not in forms for t in words)


def _other_country(person: Span, post: Span) -> bool:
    """Both countries known and different (``Ukraine's foreign minister`` is no Russian)."""
    mine, theirs = (person._.norm or {}).get("country"), (post._.norm or {}).get("country")
    return bool(mine and theirs and mine != theirs)


def _other_rank(ctx: DocContext, person: Span, post: Span, forms: frozenset[str]) -> bool:
    """``Prime Minister X`` after ``the fisheries minister``: a capitalised word before the
    person's title that the post does not have, save a court's or office's level (``U.S. District
    Judge X`` after ``a federal judge``: rules ``lede_rank_free_words``)."""
    doc, words = person.doc, {t.lower_ for t in post} | ctx.rules.words("lede_rank_free_words")
    titles = [t for t in doc[max(0, person.start - 2):person.end] if t.lower_ in forms]
    return any(t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].lower_ not in words | forms for t in titles)
