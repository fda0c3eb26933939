"""Statements after the clause pass: which claims are kept, the attributed content shared by
the claims of one cue, and the confidence of attributed claims."""

from __future__ import annotations


_PRONOUN_WORDS = {"i", "we", "he", "she", "it", "they", "his", "her", "its", "their", "my", "our"}


def share_cue_content(claims: list[dict], text: str) -> None:
    """One claim per assertion, but the attribution is one: every claim under the same cue
    carries the whole attributed content (the union of their contents). Contents that meet
    across spaces or punctuation only become one span; otherwise the content covers them all
    and lists its parts in ``fragments`` (``"A," she said, "B."``: the cue is not content)."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for c in claims:
        if c.get("cue") and c.get("content"):
            groups.setdefault((c["cue"]["start"], c["cue"]["end"]), []).append(c)
    for members in groups.values():
        if len(members) < 2:
            continue
        parts: list[list[int]] = []
        for s, e in sorted({(m["content"]["start"], m["content"]["end"]) for m in members}):
            if parts and (s <= parts[-1][1] or not text[parts[-1][1]:s].strip(" \t\n,;:.\"'\u201c\u201d\u2018\u2019")):
                parts[-1][1] = max(parts[-1][1], e)
            else:
                parts.append([s, e])
        start, end = parts[0][0], parts[-1][1]
        content = {"text": text[start:end], "start": start, "end": end}
        if len(parts) > 1:
            content["fragments"] = parts
        for m in members:
            m["content"] = dict(content, fragments=[list(p) for p in parts]) if len(parts) > 1 else dict(content)


def attribution_confidence(claims: list[dict]) -> None:
    """Confidence of attributed claims: how likely the claim is a whole, rightly attributed
    statement, from how its speaker and cue were found (README, "Confidence"). A later clause
    under a cue already used by an earlier claim (the second sentence of one quotation, a
    relative clause inside the reported content) is part of that statement: 0.10, + 0.05 with a
    named speaker. Otherwise 0.30, + 0.25 for a named speaker (an actor mention or a phrase such
    as ``officials``; + 0.05 for none; - 0.10 for an unresolved pronoun), + 0.10 when the
    sentence is at most 300 characters, + 0.05 for a reporting verb or ``according to`` as the
    cue, - 0.15 when the speaker was given by the quotation structure (a continued quotation, a
    sentence of a quotation attributed elsewhere); clipped to [0.05, 1.0]."""
    seen_cues: set[tuple[int, int]] = set()
    for c in claims:
        cue, speaker = c["cue"], c["speaker"]
        if cue is None:
            continue
        first = (cue["start"], cue["end"]) not in seen_cues
        seen_cues.add((cue["start"], cue["end"]))
        pronoun = speaker is not None and "mention_id" not in speaker and \
            speaker["text"].split()[0].lower() in _PRONOUN_WORDS
        named = speaker is not None and not pronoun
        if not first:
            score = 0.10 + 0.05 * named
        else:
            score = 0.30 + (0.25 if named else (-0.10 if pronoun else 0.05))
            score += 0.10 if c["sentence"]["end"] - c["sentence"]["start"] <= 300 else 0.0
            score += 0.05 if (cue.get("origin") or "").startswith(("rule:report-", "rule:source-")) else 0.0
            score -= 0.15 if "quote" in c else 0.0
        c["confidence"] = round(min(1.0, max(0.05, score)), 3)


def is_kept(claim: dict, text: str) -> bool:
    """Not a fragment (two words or fewer: ``published Friday``, ``to demand``, ``she loses``),
    and about someone or something: claims kept only for their quotation that found no speaker
    are dropped."""
    if sum(1 for w in claim["text"].split() if any(ch.isalnum() for ch in w)) <= 2:
        return False
    sentence = text[claim["sentence"]["start"]:claim["sentence"]["end"]].rstrip(" \"'\u201d\u2019")
    if claim["cue"] is None and sentence.endswith("?"):
        return False  # an unattributed question asserts nothing
    return bool(claim["actors"] or claim["money"] or claim["quantities"] or claim["dates"]
                or claim["speaker"] is not None or claim["cue"] is not None)


def statements(claims: list[dict], text: str) -> list[dict]:
    """The kept claims (sorted by span), with their attributed content shared per cue and the
    confidence of attributed claims set."""
    kept = [c for c in claims if is_kept(c, text)]
    share_cue_content(kept, text)
    attribution_confidence(kept)
    return kept
