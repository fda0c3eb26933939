"""Attribution by the structure of quotations, after the clause-by-clause pass.

- Claims inside a quotation take the speaker attributed to it by a cue outside the quotation
  marks (``"We will retaliate. We have the means," he said.``), and so do the other quotations
  of that paragraph; ``I``/``we`` inside a quotation are its speaker (``"I think …"``).
- A paragraph that opens with a quotation mark and attributes it to nobody continues the
  quotation of the paragraph before (its cue is the opening quotation mark); a quotation that
  runs over several paragraphs takes the speaker named where it closes (``…," she added.``).
- ``Ortiz: "We will not back down."`` opening a paragraph: the colon after a name is the cue
  (patterns: ``colon`` rules in ``claim_cues.jsonl``). Transcripts and headline colons are
  ``claim_turns``' (their paragraphs are skipped here but for the quotations inside them).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.components.actor_people import person_slug
from pipeline.components.claim_clause_colons import clause_colon
from pipeline.components.claim_context import DocContext, copy_json, is_location
from pipeline.components.claim_crossheads import crosshead
from pipeline.components.claim_editorials import editorial_board
from pipeline.components.claim_newsroom import fact_check_outlet, outlet_speaker
from pipeline.components.claim_sections import (bare_name, in_nested_quote, name_links, open_quote_tails, paragraphs,
                                                 surname_pattern)
from pipeline.schemas import claim_id

_QUOTE_CHARS = "\"\u201c\u201d"
SELF_PRONOUNS = {"i", "we"}


class QuoteSource(NamedTuple):
    speaker: dict
    cue: dict


@dataclass
class _Paragraph:
    start: int
    end: int
    quotes: list[tuple[int, int]]
    runs_on: bool               # leaves a quotation open at its end (continued below)
    claims: list[dict] = field(default_factory=list)

    def quote_of(self, pos: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s < pos < e), None)

    @property
    def opens_with_quote(self) -> bool:
        return bool(self.quotes) and self.quotes[0][0] == self.start


def _inner(text: str, quote: tuple[int, int]) -> dict:
    """The words of a quotation without its marks and trailing comma."""
    s, e = quote[0] + 1, quote[1]
    if text[e - 1:e] in _QUOTE_CHARS:
        e -= 1
    while e > s and text[e - 1] in " ,;:\n":
        e -= 1
    while s < e and text[s] == " ":
        s += 1
    return {"text": text[s:e], "start": s, "end": e}


def _outside_source(para: _Paragraph) -> QuoteSource | None:
    """The one (speaker, cue) attributed by a cue outside the quotation marks to claims inside."""
    found: dict[tuple[int, int], QuoteSource] = {}
    for c in para.claims:
        quote = para.quote_of(c["predicate"]["start"])
        if quote is None and c.get("content"):  # ``"…," said X`` parsed as the verb's own claim
            quote = para.quote_of(c["content"]["start"])
        cue, speaker = c["cue"], c["speaker"]
        if quote is None or cue is None or speaker is None or quote[0] <= cue["start"] < quote[1]:
            continue
        if _is_self_pronoun(speaker) or para.quote_of(speaker["start"]) is not None:
            continue  # a name inside a quotation never speaks it
        found[(speaker["start"], speaker["end"])] = QuoteSource(speaker, cue)
    return next(iter(found.values())) if len(found) == 1 else None


def _is_self_pronoun(speaker: dict | None) -> bool:
    return speaker is not None and "mention_id" not in speaker and speaker["text"].lower() in SELF_PRONOUNS


def speaker_actor(speaker: dict) -> dict:
    """A speaker record as one of the claim's actors (role ``speaker``)."""
    rec = copy_json(speaker)
    for key in ("actor_id", "via", "also"):
        rec.pop(key, None)
    rec["role"] = "speaker"
    return rec


def set_speaker(claim: dict, speaker: dict | None, via: dict | None = None) -> None:
    """``speaker`` speaks ``claim`` (``via``: the words as written); it replaces the speaker actor."""
    claim["speaker"] = copy_json(speaker)  # None: a turn nobody speaks
    if via is not None and speaker is not None:
        claim["speaker"]["via"] = dict(via)
    actors = [a for a in claim["actors"] if a["role"] != "speaker"]
    if speaker is not None and "mention_id" in speaker:
        actors.append(speaker_actor(speaker))
    claim["actors"] = sorted(actors, key=lambda a: (a["start"], a["end"], a["role"]))


def replace_speaker(claim: dict, old: dict, rec: dict) -> None:
    """``rec`` speaks ``claim`` in place of ``old``: the speaker actor at ``old``'s start gives way
    to ``rec``'s (other speaker actors, a joint statement's, stay)."""
    actors = [a for a in claim.get("actors", []) if not (a["role"] == "speaker" and a["start"] == old["start"])]
    claim["speaker"] = rec
    claim["actors"] = sorted(actors + [speaker_actor(rec)], key=lambda a: (a["start"], a["end"], a["role"]))


_OTHER_PRONOUNS = {"he", "she", "it", "they"}


def _same_entity(a: dict, b: dict) -> bool:
    if a.get("actor_id") is not None or b.get("actor_id") is not None:
        return a.get("actor_id") == b.get("actor_id")
    return (a["start"], a["end"]) == (b["start"], b["end"])


def _talked_about(text: str, claim: dict, source: QuoteSource, quote: tuple[int, int] | None) -> bool:
    """A claim reported inside the quotation whose ``he``/``she``/``it``/``they`` was resolved to
    the quotation's own speaker (``"… It said they must be specific," the group said``): the
    quoted speaker says ``I``/``we`` of themselves, so the pronoun is someone they talk about;
    not a pronoun before the marks (``the two ministers said they "welcomed …"``)."""
    speaker, cue, via = claim["speaker"], claim["cue"], (claim["speaker"] or {}).get("via")
    return quote is not None and cue is not None and quote[0] < cue["start"] < quote[1] and via is not None \
        and not _subject_before_marks(text, via, quote) \
        and via["text"].lower() in _OTHER_PRONOUNS and _same_entity(speaker, source.speaker)


_CLAUSE_BREAKS = frozenset(",;:\"\u201c\u201d")


def _subject_before_marks(text: str, via: dict, quote: tuple[int, int]) -> bool:
    """The pronoun opens the clause the quotation continues (``they "welcomed …"``, ``she would
    not "speculate …"``): before the marks, with no comma or other quotation between
    (``she said, "and told me …"`` is the quoted speaker's own ``she``)."""
    return via["end"] <= quote[0] and not any(ch in _CLAUSE_BREAKS for ch in text[via["end"]:quote[0]])


def _give(text: str, claim: dict, source: QuoteSource, quote: tuple[int, int] | None) -> None:
    """Attribute ``claim`` (inside ``quote``) to the quotation's source."""
    if _talked_about(text, claim, source, quote):
        via = claim["speaker"]["via"]
        claim["speaker"] = {"text": via["text"], "start": via["start"], "end": via["end"], "actor_id": None}
        claim["actors"] = [a for a in claim["actors"] if a["role"] != "speaker"]
        return
    if _is_self_pronoun(claim["speaker"]):
        if quote is not None and in_nested_quote(text, quote[0], claim["speaker"]["start"]):
            return  # ``told me, ‘I never listen …’``: the inner quotation's I, not the outer speaker
        via = {k: claim["speaker"][k] for k in ("text", "start", "end")}
        claim["speaker"] = copy_json(source.speaker)
        claim["speaker"]["via"] = via
    elif claim["speaker"] is None and claim["cue"] is None:
        claim["speaker"], claim["cue"] = copy_json(source.speaker), copy_json(source.cue)
        if quote is not None:
            claim["content"] = _inner(text, quote)
    else:
        return
    if quote is not None:
        claim["quote"] = {"start": quote[0], "end": quote[1]}
    if "mention_id" in source.speaker and not any(a["role"] == "speaker" for a in claim["actors"]):
        claim["actors"] = sorted(claim["actors"] + [speaker_actor(source.speaker)],
                                 key=lambda a: (a["start"], a["end"], a["role"]))


def _colon_source(ctx: DocContext, para: _Paragraph) -> tuple[QuoteSource, int] | None:
    """``Ortiz: "…"``: the speaker named before a colon that opens the paragraph, and where the
    statement starts."""
    chunk = ctx.text[para.start:para.end]
    for rule in ctx.rules.colons:
        m = rule.pattern.match(chunk)
        name = m.group("name").strip().lower() if m is not None else ""
        if m is None or name in rule.excluded or name in ctx.rules.turns.not_names:  # ``Monday:``
            continue
        n_start, n_end = para.start + m.start("name"), para.start + m.end("name")
        span = next((sp for sp in ctx.spans_within(n_start, n_end) if sp.label_ == "actor"), None)
        if (not _named(ctx, rule, m, n_start, n_end)) if span is None else dateline(span, n_start, n_end):
            continue
        if crosshead(ctx, n_start, n_end, para.start + m.start("content")):
            continue  # ``THE BIG NUMBER: …``, ``FACT CHECK: …``: a heading, no speaker
        speaker = _name_speaker(ctx, span, n_start, n_end)
        colon = para.start + m.start("colon")
        cue = {"text": ":", "lemma": ":", "start": colon, "end": colon + 1, "origin": f"rule:{rule.id}"}
        return QuoteSource(speaker, cue), para.start + m.start("content")
    return None


def _dash_source(ctx: DocContext, para: _Paragraph) -> tuple[QuoteSource, int, int] | None:
    """``THE CLAIM: "…" — Dale Hollins, Republican candidate``, an epigraph or a pull quote: the
    paragraph's one quotation, with at most a label before it, followed by a dash and a name
    (``dash`` rules): the name speaks it, the dash is the cue; and where the statement starts
    and ends."""
    if len(para.quotes) != 1:
        return None
    q_start, q_end = para.quotes[0]
    before, after = ctx.text[para.start:q_start], ctx.text[q_end:line_end(ctx.text, q_end, para.end)]
    for rule in ctx.rules.dashes:
        m = rule.pattern.match(after)
        if m is None or not rule.before.match(before):
            continue
        n_start, n_end = q_end + m.start("name"), q_end + m.end("name")
        span = next((sp for sp in ctx.spans_within(n_start, n_end) if sp.label_ == "actor"), None)
        speaker = _name_speaker(ctx, span, n_start, n_end)
        dash = q_end + m.start("dash")
        cue = {"text": m.group("dash"), "lemma": m.group("dash"), "start": dash, "end": q_end + m.end("dash"),
               "origin": f"rule:{rule.id}"}
        return QuoteSource(speaker, cue), q_start, q_end
    return None


def _name_speaker(ctx: DocContext, span, n_start: int, n_end: int) -> dict:
    """The actor mention in a signed name if it is the whole name (titles aside) and no place,
    else the name as written (``Hyun-woo Park``, not the place ``Park``)."""
    if span is not None and not is_location(span):
        forms = frozenset().union(*ctx.rules.titles.values())
        name = ctx.doc.char_span(n_start, n_end, alignment_mode="expand")
        if name is not None and all(span.start <= t.i < span.end or t.lower_ in forms or t.is_punct
                                    and t.i < span.start for t in name):
            return ctx.actor_record(span, "speaker")
    return {"text": ctx.text[n_start:n_end], "start": n_start, "end": n_end, "actor_id": None}


def dateline(span, n_start: int, n_end: int) -> bool:
    """``WASHINGTON: The Senate …``: a place named alone before the colon is a dateline."""
    return (span.start_char, span.end_char) == (n_start, n_end) and is_location(span)


def _named(ctx: DocContext, rule, m, n_start: int, n_end: int) -> bool:
    """Without an actor mention, the name must read as a name: in capitals (a transcript), or
    proper nouns, or followed by a quotation."""
    if rule.uppercase.fullmatch(m.group("name")) or ctx.text[m.start("content") + n_start - m.start("name")] in _QUOTE_CHARS:
        return True
    span = ctx.doc.char_span(n_start, n_end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "PROPN" for t in span)


def _apply_colon(ctx: DocContext, para: _Paragraph, source: QuoteSource, content_start: int,
                 content_end: int | None = None) -> dict | None:
    """The colon's (or dash's) speaker for the claims of its statement (after the colon, or up to
    ``content_end``); a claim for the whole statement when all of them have cues of their own."""
    end = para.end if content_end is None else content_end
    content = _inner(ctx.text, (content_start, end)) if ctx.text[content_start] in _QUOTE_CHARS \
        else {"text": ctx.text[content_start:end].rstrip(), "start": content_start,
              "end": content_start + len(ctx.text[content_start:end].rstrip())}
    after = [c for c in para.claims if content_start <= c["predicate"]["start"] < end]
    given = False
    for c in after:
        had = c["cue"] is not None
        _give(ctx.text, c, source, None)
        if not had and c["cue"] is not None:
            c["content"] = content
            _after_label(ctx, c, content["start"])
            given = given or len(c["text"].split()) > 2
    if after and not given:
        return _statement(ctx, after[0], source, content)
    return None


def _after_label(ctx: DocContext, claim: dict, start: int) -> None:
    """``Microsoft, in a statement: "We are …"`` parsed as one sentence: the claim the colon gives
    its cue starts where its statement does (after the opening quotation mark), not at the label."""
    if claim["start"] < start < claim["end"] and claim["predicate"]["start"] >= start:
        claim.update(start=start, text=ctx.text[start:claim["end"]], claim_id=claim_id(ctx.doc_id, start, claim["end"]))


def _statement(ctx: DocContext, base: dict, source: QuoteSource, content: dict) -> dict:
    """``ORTIZ: Critics said …``: every clause of the answer has its own cue, so the answer as a
    whole is one more claim, of the speaker named before the colon."""
    rec = copy_json(base)
    rec.update(claim_id=claim_id(ctx.doc_id, content["start"], content["end"]), text=content["text"],
               start=content["start"], end=content["end"], speaker=copy_json(source.speaker),
               cue=copy_json(source.cue), content=dict(content))
    rec["actors"] = [a for a in rec["actors"] if a["role"] != "speaker"]
    if "mention_id" in source.speaker:
        rec["actors"] = sorted(rec["actors"] + [speaker_actor(source.speaker)],
                               key=lambda a: (a["start"], a["end"], a["role"]))
    return rec


def line_end(text: str, start: int, end: int) -> int:
    """``end`` without the trailing whitespace of ``[start, end)`` (``\\r``, spaces)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _introduction(ctx: DocContext, para: _Paragraph) -> QuoteSource | None:
    """``… and then she said:`` closing a paragraph: its cue and speaker introduce the quotation
    that opens the next one."""
    end = line_end(ctx.text, para.start, para.end)
    if ctx.text[end - 1:end] != ":":
        return None
    for c in reversed(para.claims):
        cue = c["cue"]
        if cue is not None and c["speaker"] is not None and not ctx.text[cue["end"]:end - 1].strip():
            return QuoteSource(c["speaker"], cue)
    return None


def _reported_before(before: _Paragraph, para: _Paragraph) -> QuoteSource | None:
    """The claim of the paragraph ``before`` whose content is the quotation opening ``para``
    (``Lopez posted on X on July 5:`` closing it: :func:`claims._colon_quote_content`): the
    quotation's sentences are that claim's words and take no cue of their own; None when none."""
    q_start, q_end = para.quotes[0]
    for c in before.claims:
        content = c.get("content")
        if c["cue"] is not None and c["speaker"] is not None and content and q_start < content["start"] < q_end \
                and before.quote_of(c["cue"]["start"]) is None:
            return QuoteSource(c["speaker"], c["cue"])
    return None


def _own_cue(para: _Paragraph) -> bool:
    """A cue of the paragraph right after its opening quotation (``"…," said X``), whatever
    speaker the parse gave it."""
    end = para.quotes[0][1]
    return any(c["cue"] is not None and end <= c["cue"]["start"] < end + 40 and para.quote_of(c["cue"]["start"]) is None
               for c in para.claims)


def _open_paragraph_source(ctx: DocContext, paras: list[_Paragraph], i: int, sources: dict[int, QuoteSource],
                           current: QuoteSource | None) -> QuoteSource | None:
    """A paragraph that opens with a quotation and names no source. A quotation that starts here
    and closes further on (``…," he added.``) is that cue's; a paragraph that goes on with a
    quotation left open by the paragraph before continues it: the speaker named where it closes,
    else the one before, and the cue is this paragraph's opening mark."""
    if _own_cue(paras[i]):
        return None  # ``"…," said Lorenzo Bianchi``: the paragraph names its own speaker
    later = _closing_source(paras, i, sources) if paras[i].runs_on else None
    if later is not None and not (i > 0 and paras[i - 1].runs_on):
        return later
    if later is not None and current is not None and "mention_id" not in later.speaker:
        later = None  # ``…," she added`` with ``she`` unresolved: the speaker named before
    speaker = later or current
    return _continuation(ctx, speaker, paras[i]) if speaker is not None else None


def _closing_source(paras: list[_Paragraph], i: int, sources: dict[int, QuoteSource]) -> QuoteSource | None:
    """For a quotation left open at the end of paragraph ``i``: the source named in the
    paragraph where it closes (``…," she added.``)."""
    for j in range(i + 1, min(len(paras), i + 8)):
        if not paras[j].opens_with_quote:
            return None
        if j in sources:
            return sources[j]
        if not paras[j].runs_on:
            return None
    return None


def _paragraphs(ctx: DocContext, claims: list[dict]) -> list[_Paragraph]:
    quotes = ctx.quotes  # quotations(ctx.text), made once per document
    open_ends = {e for _, e in open_quote_tails(ctx.text)}
    paras = [_Paragraph(s, e, [q for q in quotes if s <= q[0] < e], e in open_ends)
             for s, e in paragraphs(ctx.text)]
    starts = [p.start for p in paras]
    for c in claims:
        k = bisect.bisect_right(starts, c["predicate"]["start"]) - 1
        if k >= 0:
            paras[k].claims.append(c)
    return paras


def _person_name() -> str:
    """``Helen Park``, ``Omar Sabah al-Rubaie``: two to four capitalized words, each but the first
    perhaps opened by name particles (:func:`~pipeline.components.claim_sections.name_links`)."""
    return r"((?:[A-Z][\w.'\u2019-]{0,30}[ \t]+)(?:" + name_links() + r"[A-Z][\w.'\u2019-]{0,30}[ \t]+){0,2}" \
        + name_links() + r"[A-Z][\w'\u2019-]{1,30})"


@functools.lru_cache(maxsize=8)
def _byline_name(words: tuple[str, ...]) -> re.Pattern:
    """``By Helen Park``: the words that open a byline (``byline_name`` rules of
    ``claim_sections.jsonl``), then one name (:func:`_person_name`), the rest of the first line."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")[ \t]+" + _person_name() + r"[ \t]*(?:\n|$)")


def byline_author(ctx: DocContext) -> dict | None:
    """The one person named in the byline (``By Jane Porter``, or a line that is only the name:
    ``Helen Ashcombe``), as a speaker record. A byline holds no actor mention (its names are the
    outlet's staff, not actors of the story), so the record is the one name of the byline's first
    line as written, with the id a person of that name gets (``actor_id``, no ``mention_id``); two
    names or none: None."""
    for s, e, label in ctx.sections:
        if label != "byline":
            continue
        words = tuple(w for r in ctx.rules.sections if r["section"] == "byline_name" for w in r["words"])
        m = _byline_name(words).match(ctx.text, s, e) if words else None
        if m is not None:
            return _named_author(m.group(1), m.start(1))
        return _named_author(ctx.text[s:e], s) if bare_name(ctx.text[s:e]) else None
    return None


@functools.lru_cache(maxsize=1)
def _tagline_name() -> re.Pattern:
    """``Helen Ashcombe is a Guardian columnist …``, ``Efua Mensah, a former minister, is …``, a
    sign-off ``— Efua Mensah, a former minister``: the name that opens an author's closing tagline
    (after a dash), before a lowercase word or an apposition."""
    return re.compile("(?:[\u2014\u2013-][ \t]?)?" + _person_name() + r"(?:[ \t]+[a-z]|,[ \t]+(?:a|an|the)[ \t])")


def tagline_author(ctx: DocContext) -> dict | None:
    """The person an article's closing tagline presents (a trailing ``bio`` paragraph: ``Helen
    Ashcombe is a Guardian columnist …``, ``Abigail R. Fenwick writes about …``), as a speaker
    record like :func:`byline_author`'s; None without one, or when two taglines name two people.
    A name whose given name no list knows (``Efua Mensah-Boateng``) counts when the byline is
    that name alone; a name the body names too (a person the story is about) does not."""
    found = {}
    for s, e, label in ctx.sections:
        m = _tagline_name().match(ctx.text, s, e) if label == "bio" else None
        if m is not None and (bare_name(m.group(1)) or _bylined(ctx, m.group(1))) and not _in_body(ctx, m.group(1)):
            found.setdefault(m.group(1), m.start(1))
    return _named_author(*next(iter(found.items())), via="tagline") if len(found) == 1 else None


def headline_author(ctx: DocContext) -> dict | None:
    """``What my constituents tell me about the two-child limit | Jane Roe``: the person's name
    alone (:func:`~pipeline.components.claim_sections.bare_name`) that ends the headline after a
    bar (``headline_author`` rules of ``claim_sections.jsonl``, group ``name``), as a speaker record
    like :func:`byline_author`'s; None when the body names that person too (one the story is about)."""
    rules = [r for r in ctx.rules.sections if r["section"] == "headline_author"]
    for s, e, label in ctx.sections:
        if label != "headline":
            continue
        line = ctx.text[s:e].rstrip()
        m = next((m for m in (re.search(r["pattern"], line) for r in rules) if m is not None), None)
        name = m.group("name") if m is not None else None
        if name and bare_name(name) and not _in_body(ctx, name):
            return _named_author(name, s + m.start("name"), via="headline")
        return None
    return None


def _in_body(ctx: DocContext, name: str) -> bool:
    """Does the surname of ``name`` come up in a body paragraph (not the byline or a biography)?"""
    surname = surname_pattern(name)
    return any(label == "body" and surname.search(ctx.text, s, e) for s, e, label in ctx.sections)


def _bylined(ctx: DocContext, name: str) -> bool:
    """Is ``name`` alone a byline line of the document?"""
    return any(label == "byline" and ctx.text[s:e].strip() == name for s, e, label in ctx.sections)


def _named_author(name: str, start: int, via: str = "byline") -> dict:
    slug = person_slug(name.split())
    return {"text": name, "start": start, "end": start + len(name), "actor_id": slug,
            "norm": {"actor_id": slug, "name": name, "type": "person", "country": None,
                     "in_gazetteer": False, "role": None, "via": via}}


def first_person_author(ctx: DocContext, claims: list[dict]) -> None:
    """``I believe …`` outside any quotation, in an article with a byline: the author speaks
    (an op-ed); ``We urge …``: the author with the body the byline or the author's biography
    names (``Great Lakes Fact Desk``, ``X is secretary general of the Bergen Legal Aid Centre``)
    in ``also``; in a fact check, ``we`` is the outlet (:mod:`claim_newsroom`); in an unsigned
    editorial, the board that signs it (:mod:`claim_editorials`). ``speaker.via`` keeps the
    ``I``/``We``."""
    author, body, outlet, board = _UNSET, _UNSET, _UNSET, _UNSET  # each found once for the document, not per claim
    for c in claims:
        speaker = c["speaker"]
        if _our_phrase(ctx, speaker):  # ``Our review of the records found``: the fact check's outlet
            outlet = fact_check_outlet(ctx, claims) if outlet is _UNSET else outlet
            if outlet is not None:
                c["speaker"] = outlet_speaker(ctx, outlet, speaker)
            continue
        if not _narrator_pronoun(ctx, speaker):
            continue
        if speaker["text"].lower() == "we":
            outlet = fact_check_outlet(ctx, claims) if outlet is _UNSET else outlet
            if outlet is not None:
                c["speaker"] = outlet_speaker(ctx, outlet, speaker)
                continue
        if author is _UNSET:
            author = byline_author(ctx) or tagline_author(ctx) or headline_author(ctx)
        if author is None:
            board = editorial_board(ctx) if board is _UNSET else board
            if board is None:
                return
            if speaker["text"].lower() == "we":  # an unsigned editorial's ``we``: its board
                c["speaker"] = {**copy_json(board), "via": {k: speaker[k] for k in ("text", "start", "end")}}
            continue
        c["speaker"] = copy_json(author)
        c["speaker"]["via"] = {k: speaker[k] for k in ("text", "start", "end")}
        if speaker["text"].lower() != "we":
            continue
        body = author_body(ctx) if body is _UNSET else body
        if body is not None:
            c["speaker"]["also"] = [copy_json(body)]


def _narrator_pronoun(ctx: DocContext, speaker: dict | None) -> bool:
    """``I``/``we`` as a speaker in the narration (outside quotations, not after a colon), no actor,
    and no apposition saying who ``we`` are (``We – hydrologists, engineers, diplomats – have
    warned``: those are the speakers, not the author)."""
    if speaker is None or "mention_id" in speaker or speaker["text"].lower() not in SELF_PRONOUNS \
            or ctx.quote_at(speaker["start"]) is not None or ctx.after_colon(speaker["start"]):
        return False
    span = ctx.doc.char_span(speaker["start"], speaker["end"])
    return span is None or not any(t.dep_ == "appos" for t in span.root.children)


def _our_phrase(ctx: DocContext, speaker: dict | None) -> bool:
    """``Our review of NOAA's records``, ``our analysis``: a speaker phrase led by ``our``, no actor,
    in the narration (outside quotations, not after a colon): the writer's own work, which in a
    fact check is the outlet's (left alone in any other article)."""
    words = str((speaker or {}).get("text", "")).split()
    return len(words) >= 2 and words[0].lower() == "our" and "mention_id" not in speaker \
        and not speaker.get("actor_id") and ctx.quote_at(speaker["start"]) is None \
        and not ctx.after_colon(speaker["start"])


_UNSET = object()
#: the kinds of actor an author writes for (``we`` in an op-ed or a fact check)
_BODY_TYPES = ("organization", "media", "government", "legislature", "group")


def author_body(ctx: DocContext) -> dict | None:
    """The one organisation named in the byline (``By Ana Ruiz`` / ``Great Lakes Fact Desk``), else
    in the author's biography at the end (``… is secretary general of the Bergen Refugee Legal
    Aid Centre``): an actor mention (``also`` lists actors only); None when there is none or more
    than one."""
    for label in ("byline", "bio"):
        bodies = {}
        for s, e, lab in ctx.sections:
            if lab != label:
                continue
            for sp in ctx.spans_within(s, e):
                if sp.label_ == "actor" and (sp._.norm or {}).get("type") in _BODY_TYPES:
                    bodies.setdefault((sp._.norm or {}).get("actor_id") or sp.text, sp)
        if len(bodies) == 1:
            return ctx.actor_record(_fullest(ctx, next(iter(bodies.values()))), "speaker")
        if bodies:
            return None
    return None


def _fullest(ctx: DocContext, span) -> object:
    """The body's mention of the same organisation when the actor layer cut it short in the
    biography (``the Bergen Refugee Legal`` for ``the Bergen Refugee Legal Aid Centre``)."""
    words = span.text.lower()
    for sp in ctx.spans:
        if sp.label_ == "actor" and ctx.section_at(sp.start_char) == "body" and len(sp.text) > len(span.text) \
                and sp.text.lower().startswith(words + " ") and (sp._.norm or {}).get("type") in _BODY_TYPES:
            return sp
    return span


def attribute_quotes(ctx: DocContext, claims: list[dict]) -> list[dict]:
    """Give quotation, continuation and colon speakers to the claims (see module doc); returns
    the claims of whole statements added for colons."""
    paras = _paragraphs(ctx, claims)
    added = []
    # read before the clause colons give their speakers: a paragraph with a quotation its reporting
    # verb attributes and a clause colon after it (``“…,” said X. Her neighbour, Y, was less
    # forgiving: “…”``) keeps X as its one outside source
    sources = {i: src for i, p in enumerate(paras) if (src := _outside_source(p)) is not None}
    current: QuoteSource | None = None
    for i, para in enumerate(paras):
        turn = _turn_owned(ctx, para)
        colon = None if turn else _dash_source(ctx, para) or _colon_source(ctx, para) or _question_source(ctx, para)
        source = sources.get(i)
        if colon is not None:
            if len(colon) == 3:  # a dash and a name after the quotation: the rest says who spoke
                ctx.source_tails.append((colon[2], para.end))
            statement = _apply_colon(ctx, para, *colon)
            if statement is not None:
                added.append(statement)
            current = colon[0]
            continue
        if not turn:
            added.extend(_clause_colons(ctx, para))
            source = source or _outside_source(para)
        owner = _reported_before(paras[i - 1], para) if i > 0 and source is None and para.opens_with_quote else None
        if owner is not None and not turn:
            current = owner  # ``posted on X on July 5:`` before it: its quotation is that claim's content
            continue
        if source is None and para.opens_with_quote and not turn:
            source = (_introduction(ctx, paras[i - 1]) if i > 0 else None) or \
                _open_paragraph_source(ctx, paras, i, sources, current)
        if source is None:
            current = _last_speaker(para)
            continue
        for c in para.claims:
            quote = para.quote_of(c["predicate"]["start"])
            if quote is not None:
                _give(ctx.text, c, source, quote)
        current = source
    first_person_author(ctx, claims)
    address_questions(ctx, paras)
    return added


def _clause_colons(ctx: DocContext, para: _Paragraph) -> list[dict]:
    """``Her neighbour, Piotr Mazur, was less forgiving: “They knew on Friday.”``: the colon and
    the clause's subject for the uncued claims of the quotation (:mod:`claim_clause_colons`); a
    claim for the whole quotation when its claims have cues of their own (a nested report,
    ``“They’ve been promising …”``, or the clause's own verb, ``stood by his threat``, ``It quoted
    X``: the golds mark both). Returns the claims added."""
    added = []
    for quote in para.quotes:
        found = clause_colon(ctx, quote, para.start) if ctx.section_at(quote[0]) == "body" else None
        if found is None:
            continue
        inside = [c for c in para.claims if quote[0] < c["predicate"]["start"] < quote[1]]
        given = False
        for c in (c for c in inside if c["cue"] is None and c["speaker"] is None):
            c["cue"] = copy_json(found.cue)
            set_speaker(c, found.speaker)
            c["content"], c["quote"] = _inner(ctx.text, quote), {"start": quote[0], "end": quote[1]}
            given = given or len(c["text"].split()) > 2
        base = inside[0] if inside else next((c for c in para.claims if found.clause[0] <= c["predicate"]["start"]
                                              < found.clause[1]), None)
        if not given and base is not None:
            added.append(_statement(ctx, base, QuoteSource(found.speaker, found.cue), _inner(ctx.text, quote)))
    return added


def _turn_owned(ctx: DocContext, para: _Paragraph) -> bool:
    """Transcript turns and headline colons are ``claim_turns``' (its ``Turn`` records)."""
    return ctx.section_at(para.start) in ("headline", "subhead") or ctx.in_turn(para.start)


def _question_source(ctx: DocContext, para: _Paragraph) -> tuple[QuoteSource, int] | None:
    """``Q: Will you promise …?``: the colon of a question turn is a cue and the question its
    content. The asker is the byline author when the text before the turn says the article is its
    own interview (``She spoke with The Northern Review``; the label in ``speaker.via``), else the
    label as written (``Q``: a questioner in the audience, unnamed)."""
    head = ctx.text[para.start:min(para.end, para.start + 20)]
    for rule in ctx.rules.question_turns:
        m = rule.pattern.match(head)
        if m is None or para.start + m.end() >= para.end:
            continue
        label_end = para.start + len(head[:m.end()].rstrip(" \t:."))
        gap = ctx.text[label_end:para.start + m.end()]
        colon = label_end + len(gap) - len(gap.lstrip(" \t"))
        label = {"text": ctx.text[para.start:label_end], "start": para.start, "end": label_end, "actor_id": None}
        author = byline_author(ctx) if rule.interview.search(ctx.text, 0, para.start) else None
        speaker = label
        if author is not None:
            speaker = copy_json(author)
            speaker["via"] = {k: label[k] for k in ("text", "start", "end")}
        mark = ctx.text[colon]
        cue = {"text": mark, "lemma": mark, "start": colon, "end": colon + 1, "origin": f"rule:{rule.id}"}
        return QuoteSource(speaker, cue), para.start + m.end()
    return None


def _interviewee(ctx: DocContext, paras: list[_Paragraph], i: int) -> dict | None:
    """The person a ``Q:`` turn asks: the speaker of the next named answer turn (``HAUGLAND:``,
    ``Haugland: …``) within two paragraphs, else of the last named turn before it."""
    for j in [*range(i + 1, min(i + 3, len(paras))), *range(i - 1, max(i - 4, -1), -1)]:
        colon = _colon_source(ctx, paras[j])
        if colon is not None:
            return colon[0].speaker
    return None


def address_questions(ctx: DocContext, paras: list[_Paragraph]) -> None:
    """In a ``Q:`` turn of a transcript, ``you`` as the subject of a cue (``Q: You said last month
    that …``) is the interviewee: the speaker of the answer, ``you`` in ``speaker.via``."""
    for i, para in enumerate(paras):
        head = ctx.text[para.start:min(para.end, para.start + 20)]
        rule = next((r for r in ctx.rules.question_turns if r[0].match(head)), None)
        if rule is None or _turn_owned(ctx, para):
            continue
        for c in para.claims:
            cue = c["cue"]
            if c["speaker"] is not None or cue is None or cue["text"] in (":", "\"", "\u201c"):
                continue
            m = rule[1].search(ctx.text, max(para.start, cue["start"] - 40), cue["start"])
            person = _interviewee(ctx, paras, i) if m is not None else None
            if person is None:
                continue
            you = ctx.text[m.start():m.start() + 3]
            c["speaker"] = copy_json(person)
            c["speaker"]["via"] = {"text": you, "start": m.start(), "end": m.start() + 3}
            if "mention_id" in person:
                c["actors"] = sorted(c["actors"] + [speaker_actor(person)],
                                     key=lambda a: (a["start"], a["end"], a["role"]))


def _last_speaker(para: _Paragraph) -> QuoteSource | None:
    """A paragraph that reports a named speaker (``Ortiz said the bill was dead.``) hands that
    speaker on to a next paragraph that is a bare quotation."""
    for c in reversed(para.claims):
        speaker = c["speaker"]
        if c["cue"] is not None and speaker is not None and not _is_self_pronoun(speaker) \
                and ("mention_id" in speaker or speaker["text"][:1].isupper()):
            return QuoteSource(speaker, c["cue"])
    return None


def _continuation(ctx: DocContext, current: QuoteSource, para: _Paragraph) -> QuoteSource:
    """The previous speaker continues: the cue is this paragraph's opening quotation mark."""
    mark = para.quotes[0][0]
    cue = {"text": ctx.text[mark], "lemma": "\"", "start": mark, "end": mark + 1, "origin": "quote-continuation"}
    return QuoteSource(current.speaker, cue)
