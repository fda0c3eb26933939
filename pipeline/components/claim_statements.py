"""Statements after the clause pass: which claims are kept, one claim per attributed statement
(the clauses under one cue merged), and the confidence of attributed claims."""

from __future__ import annotations

import re
from itertools import islice

from pipeline.components.claim_rules import ConfidenceWeights, load_rules
from pipeline.components.claim_sections import quotations
from pipeline.components.quote_marks import CLOSE_QUOTES, DOUBLE_CLOSE
from pipeline.components.stance import DIRECTIONAL, stance_of
from pipeline.schemas import claim_id

_JOINERS = " \t\n,;:.\"'\u201c\u201d\u2018\u2019"
#: a speaker that is one of these words alone is a pronoun; a phrase led by a possessive
#: (``his wife``, ``its annual report``) is a phrase
_PRONOUN_WORDS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them",
                  "his", "its", "their", "my", "our", "your"}

#: what may join two contents of one cue besides :data:`_JOINERS`: the opener of a second reported
#: clause (``… "heartbroken," and that counselors would …``); nothing at all
_THAT_JOINER = re.compile(r"(?:(?:and|but|or)\s+that)?", re.IGNORECASE)
#: a copula contracted onto its subject, as the predicate of a clause (``it’s generous``)
_CONTRACTED_COPULAS = frozenset({"'s", "'re", "'m"})
#: a colon and an opening mark, double or single, between a tag and its quotation (``said: “``,
#: ``said: ‘``)
_COLON_OPEN = re.compile(":[ \t]?[\"\u201c\u2018]")

#: auxiliaries that end a clause whose verb phrase is left out (``it is``, ``they will``)
_AUXILIARIES = frozenset({"be", "do", "have", "will", "would", "can", "could", "shall", "should",
                          "may", "might", "must"})


def _union_content(members: list[dict], text: str) -> dict | None:
    """The union of the members' contents. Contents that meet across spaces or punctuation only
    become one span; otherwise the content covers them all and lists its parts in ``fragments``
    (``"A," she said, "B."``: the cue is not content); so do contents apart by ``and that`` only
    (``said it was "heartbroken" and that …``: the second reported clause's opener). A member's
    content in fragments gives its fragments (a verbatim report's turn around a stage direction)."""
    parts: list[list[int]] = []
    spans = {(a, b) for m in members if m.get("content")
             for a, b in m["content"].get("fragments") or [(m["content"]["start"], m["content"]["end"])]}
    for s, e in sorted(spans):
        if parts and (s <= parts[-1][1] or _THAT_JOINER.fullmatch(text[parts[-1][1]:s].strip(_JOINERS))):
            parts[-1][1] = max(parts[-1][1], e)
        else:
            parts.append([s, e])
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][1]
    content = {"text": text[start:end], "start": start, "end": end}
    if len(parts) > 1:
        content["fragments"] = parts
    return content


def _merged_mentions(members: list[dict], key: str) -> list[dict]:
    seen, out = set(), []
    for item in sorted((i for m in members for i in m[key]), key=lambda r: (r["start"], r["end"])):
        ident = item.get("mention_id"), item["start"], item["end"], item.get("role")
        if ident not in seen:
            seen.add(ident)
            out.append(item)
    return out


def _merge(members: list[dict], text: str) -> dict:
    """One claim for the clauses of one attributed statement: its span runs from the first
    clause to the last (``text[start:end]``), its content is the union of their contents, and
    the actors, amounts and dates of every clause are its own. Predicate, modality and section
    are the first clause's; ``clauses`` lists the spans of the merged clauses."""
    members = sorted(members, key=lambda c: (c["start"], c["end"]))
    rec = dict(members[0])
    start, end = min(m["start"] for m in members), max(m["end"] for m in members)
    rec.update(claim_id=claim_id(rec["doc_id"], start, end), text=text[start:end], start=start, end=end,
               sentence={"start": min(m["sentence"]["start"] for m in members),
                         "end": max(m["sentence"]["end"] for m in members)},
               content=_union_content(members, text),
               clauses=[{"start": m["start"], "end": m["end"]} for m in members])
    named = [m["speaker"] for m in members if m["speaker"] is not None]
    rec["speaker"] = next((s for s in named if "mention_id" in s), named[0] if named else None)
    rec["actors"] = sorted(_merged_mentions(members, "actors"), key=lambda a: (a["start"], a["end"], a["role"]))
    for key in ("money", "dates", "quantities", "time_refs"):
        rec[key] = _merged_mentions(members, key)
    return rec


def merge_attributions(claims: list[dict], text: str) -> list[dict]:
    """One claim per attributed statement: the claims that share a cue (the sentences of one
    quotation, also over paragraphs when it is attributed where it closes: ``…," he added``;
    ``said A and that B``) become one claim (:func:`_merge`). A paragraph continuing a
    quotation with no words of attribution has its own cue (its opening quotation mark), so it
    stays a claim of its own, and so does each item of a bulleted list its cue introduces
    (``list_item``, :mod:`claim_listed_contents`). Unattributed claims stay one per clause."""
    groups: dict[tuple, list[dict]] = {}
    out = []
    for c in claims:
        if c.get("cue") is None:
            out.append(c)
            continue
        item = (c.get("list_item") or {}).get("start")
        groups.setdefault((c["cue"]["start"], c["cue"]["end"], item), []).append(c)
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
        else:
            out.append(_merge(members, text))
    unique: dict[str, dict] = {}
    for c in sorted(out, key=lambda r: (r["start"], r["end"])):
        unique.setdefault(c["claim_id"], c)
    return list(unique.values())


#: cue origins of a reporting verb, a reporting verb idiom (``put it bluntly: "…"``), ``according
#: to`` or a speaker's colon (other cues: ``noun_cue``)
_VERB_CUES = ("rule:report-", "rule:idiom-", "rule:source-", "rule:colon")
_HEADLINE_SECTIONS = ("headline", "subhead")


def speaker_kind(speaker: dict | None) -> str:
    """``entity`` (an actor mention, also one resolved from a pronoun or a description, or a
    person known by id with no mention: the byline author of an op-ed's ``I``; the outlet of a
    fact check's ``we``, named by the front matter),
    ``phrase`` (named as written, no entity: ``officials``), ``contested`` (a description two
    named actors fit, left unresolved: ``speaker.candidates``), ``pronoun`` (a bare pronoun
    left unresolved: ``she``; a phrase led by a possessive, ``his wife``, is a phrase) or
    ``none``."""
    if speaker is None:
        return "none"
    if "mention_id" in speaker or (speaker.get("norm") or {}).get("via") in ("byline", "source"):
        return "entity"
    if speaker.get("candidates"):
        return "contested"
    words = speaker["text"].split()
    return "pronoun" if len(words) == 1 and words[0].lower() in _PRONOUN_WORDS else "phrase"


def attribution_confidence(claims: list[dict], weights: ConfidenceWeights | None = None, text: str = "") -> None:
    """Confidence of attributed claims: how likely the claim is a whole, rightly attributed
    statement (README, "Confidence"). The weight of its speaker kind (:func:`speaker_kind`),
    less each penalty that applies: ``noun_cue`` (the cue is not a reporting verb, ``according
    to`` or a speaker's colon), ``quote`` (the speaker was given by the quotation structure: a
    continued quotation, a sentence of a quotation attributed elsewhere), ``headline`` (a
    headline or subhead), ``collective_self`` (a quoted ``we`` left to a person: most often the
    body they speak for, unnamed; read in ``text``), ``resolved`` (an actor speaker reached through
    a pronoun or a description), ``short_content`` (a content of fewer than six words). Weights: ``claim_confidence.jsonl`` (``load_rules().confidence`` by
    default). Clipped to [0.05, 1.0]. Runs after :func:`merge_attributions`, so each cue has
    one claim."""
    weights = weights or load_rules().confidence
    quotes = quotations(text) if text else []
    for c in claims:
        if c["cue"] is None:
            continue
        kind, penalties = confidence_features(c, text, quotes)
        score = weights.speaker[kind] - sum(weights.penalty[p] for p in penalties)
        c["confidence"] = round(min(1.0, max(0.05, score)), 3)


def confidence_features(claim: dict, text: str = "", quotes: list[tuple[int, int]] | None = None) -> tuple[str, list[str]]:
    """What the confidence of a claim with a cue rests on: its speaker kind and the penalties
    that apply (see :func:`attribution_confidence`; ``quotes``: the quotations of ``text``).
    Also read by ``bench/refit_confidence.py``, which fits the weights."""
    quotes = quotations(text) if quotes is None and text else quotes or []
    origin = claim["cue"].get("origin") or ""
    found = {"noun_cue": not origin.startswith(_VERB_CUES), "quote": "quote" in claim,
             "headline": claim.get("section") in _HEADLINE_SECTIONS,
             "collective_self": _person_for_we(claim["speaker"], quotes),
             "resolved": _reached_through_reference(claim["speaker"], text), "short_content": _short_content(claim)}
    return speaker_kind(claim["speaker"]), [p for p, on in found.items() if on]


def _person_for_we(speaker: dict | None, quotes: list[tuple[int, int]]) -> bool:
    """A person alone reached through a ``we`` inside quotation marks (``speaker.via``), which
    the body pass (``claim_bodies``) left to the person: no body named for them."""
    via = (speaker or {}).get("via")
    if not isinstance(via, dict) or str(via.get("text", "")).lower() != "we" or (speaker or {}).get("also"):
        return False
    return ((speaker or {}).get("norm") or {}).get("type") == "person" \
        and any(s < via["start"] < e for s, e in quotes)


#: words opening a description that refers back (``the minister``, ``a spokesman``)
_DESCRIPTION_OPENERS = ("the", "a", "an", "this", "that", "these", "those")
#: a content of fewer words than this is short (most often cut off or a fragment)
_SHORT_CONTENT_WORDS = 6
#: what may stand between a description and the name it is apposed to
_APPOSITION_MARKS = " ,\u2014\u2013-()\n"


def _reached_through_reference(speaker: dict | None, text: str = "") -> bool:
    """An actor speaker reached through a pronoun (``she``) or a description (``the minister``)
    written in ``speaker.via`` away from the actor's own mention: not the words around the name
    at the cue (``A spokeswoman for the Port Authority, Jane Ellison,``; ``The Russian embassy in
    Vienna``), which overlap or are apposed to it (only spaces, commas, dashes or brackets between)."""
    via = (speaker or {}).get("via")
    if "mention_id" not in (speaker or {}) or not isinstance(via, dict):
        return False
    words = str(via.get("text", "")).lower().split()
    if not words or not (len(words) == 1 and words[0] in _PRONOUN_WORDS or words[0] in _DESCRIPTION_OPENERS):
        return False
    first, second = sorted((via, speaker), key=lambda s: int(s["start"]))
    lo, hi = int(first["end"]), int(second["start"])
    if lo >= hi:
        return False  # the description holds the name or overlaps it
    return bool(text[lo:hi].strip(_APPOSITION_MARKS)) if text else hi - lo > 3


def _short_content(claim: dict) -> bool:
    """The attributed content has fewer than ``_SHORT_CONTENT_WORDS`` words with a letter or digit."""
    words = (w for w in str(claim.get("text", "")).split() if any(ch.isalnum() for ch in w))
    return len(list(islice(words, _SHORT_CONTENT_WORDS))) < _SHORT_CONTENT_WORDS


def _at_most_two_words(text: str) -> bool:
    """Two words with a letter or digit or fewer (stops counting at the third)."""
    words = (w for w in text.split() if any(ch.isalnum() for ch in w))
    return len(list(islice(words, 3))) <= 2


def _elided_report(claim: dict) -> bool:
    """A reported clause whose verb phrase is left out after its auxiliary (``confident it is``,
    ``I hope it does``, ``she promised she would``): the clause ends with its predicate, an
    auxiliary, and a cue reports it."""
    pred = claim["predicate"]
    return claim["cue"] is not None and pred["lemma"] in _AUXILIARIES and pred["end"] == claim["end"]


def _cued_short_clause(claim: dict) -> bool:
    """A two-word clause a cue before it reports, its subject then its verb (``I hope she
    tries``, ``they keep saying we're short``): a statement, not a fragment; ``vowed to fight``
    (no subject), ``who exist`` (a relative clause) and a two-word clause without a cue (``She loses.``) stay fragments."""
    cue, pred = claim["cue"], claim["predicate"]
    contracted = _contracted_copula(claim)
    if cue is None or cue["end"] > claim["start"] or pred["start"] <= claim["start"] or \
            (pred["end"] != claim["end"] and not contracted):
        return False
    rules, speaker = load_rules(), claim.get("speaker") or {}
    holder = str((speaker.get("via") or {}).get("text") or speaker.get("text") or "").lower()
    if not holder or holder in rules.words("short_clause_non_holders"):
        return False  # ``It is worrying that nobody answered``: no one holds it
    first = claim["text"].split()[0].lower()
    if contracted:  # ``that’s generous``: before a contracted ``’s`` the word is the subject
        first = first[:len(first) - len(pred.get("text") or "")]
        return first.isalpha() and (first == "that" or first not in rules.words("short_clause_non_subjects"))
    return any(ch.isalpha() for ch in first) and first not in rules.words("short_clause_non_subjects")


def _tagged_short_quote(claim: dict, text: str) -> bool:
    """A whole short quotation its speaker's tag follows (``"We counted," she said``, ``"Define
    real," she said``): the quotation opens right before the claim and closes right after it
    with a comma, ``?`` or ``!``, and the cue comes after it."""
    cue, start, end = claim["cue"], claim["start"], claim["end"]
    if cue is None or cue["start"] < end or start == 0 or text[start - 1] not in "\"\u201c":
        return False
    return text[end:end + 1] in (",", "?", "!") and text[end + 1:end + 2] in DOUBLE_CLOSE


def _introduced_short_quote(claim: dict, text: str) -> bool:
    """A whole short quotation its speaker's tag introduces with a colon (``he said: “Ask
    Baghdad.”``, ``she said: ‘Ask Brussels.’``): the colon and the opening mark right before the
    claim, the closing mark, double or single, right after it (or after its ``.``, ``?``, ``!``)."""
    cue, start, end = claim["cue"], claim["start"], claim["end"]
    if cue is None or cue["end"] > start or not _COLON_OPEN.fullmatch(text[cue["end"]:start]):
        return False
    tail = text[end:end + 2]
    return tail[:1] in CLOSE_QUOTES or (tail[:1] in ".?!" and tail[1:] in CLOSE_QUOTES)


def _contracted_copula(claim: dict) -> bool:
    """``critics say it’s generous``, ``she said he’s right``: a two-word clause whose verb is a
    copula contracted onto its subject, its complement the second word."""
    text = str(claim["predicate"].get("text") or "").lower().replace("\u2019", "'")
    return text in _CONTRACTED_COPULAS  # the clause's head: a copula (an auxiliary ``’s`` is no head)


def _turn_statement(claim: dict) -> bool:
    """The whole statement of a transcript turn (``THE REVIEW: Which nations?``): short or not."""
    return claim["cue"] is not None and str(claim["cue"].get("origin") or "").startswith("rule:colon-turn")


def is_kept(claim: dict, text: str, stance_rules=None, wished: list[tuple[int, int]] = ()) -> bool:
    """Not a fragment (two words or fewer: ``published Friday``, ``to demand``, ``she loses``) —
    unless it takes a stance toward an actor (the second conjunct of "Obama endorsed Clinton and
    blasted Trump": ``blasted Trump``, whose subject is shared), is a reported clause cut short
    after its auxiliary (``I hope it does``), a whole quotation its tag follows (``"We counted," she
    said``) or a transcript turn (``A: Not yet.``) —, and about
    someone or something (``wished``: the ranges of holders only wished for, no mention but someone, see
    ``actor_hypothetical``): claims kept only for their quotation that found no speaker are dropped."""
    if _at_most_two_words(claim["text"]) and not _elided_report(claim) and not _cued_short_clause(claim) \
            and not _tagged_short_quote(claim, text) and not _introduced_short_quote(claim, text) \
            and not _turn_statement(claim) and not (
            stance_rules is not None and stance_of(claim, stance_rules, text).value in DIRECTIONAL):
        return False
    sentence = text[claim["sentence"]["start"]:claim["sentence"]["end"]].rstrip(" \"'\u201d\u2019")
    if claim["cue"] is None and sentence.endswith("?"):
        return False  # an unattributed question asserts nothing
    return bool(claim["actors"] or claim["money"] or claim["quantities"] or claim["dates"]
                or claim["speaker"] is not None or claim["cue"] is not None) \
        or names_wished_holder(claim["start"], claim["end"], wished)


def names_wished_holder(start: int, end: int, wished: list[tuple[int, int]]) -> bool:
    """Does ``start``–``end`` hold one of the ``wished`` ranges (holders ``actor_hypothetical`` dropped)?"""
    return any(start <= s and e <= end for s, e in wished)


def statements(claims: list[dict], text: str, stance_rules=None,
               confidence: ConfidenceWeights | None = None, wished: list[tuple[int, int]] = ()) -> list[dict]:
    """The kept claims (sorted by span), with their attributed content shared per cue and the
    confidence of attributed claims set (``confidence``: the weights, by default the rules';
    ``wished``: holders only wished for, :func:`is_kept`)."""
    kept = [c for c in merge_attributions(claims, text) if is_kept(c, text, stance_rules, wished)]
    attribution_confidence(kept, confidence, text)
    return kept
