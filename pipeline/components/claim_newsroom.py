"""The newsroom's own ``we`` in a fact check: the outlet speaks, not the reporter of the byline.

A fact check's narrator writes for its desk (``We rate it Mostly False``, ``When we asked where the
figure came from``, ``We found no evidence``): such a ``we`` outside any quotation names the outlet
the document's front matter gives (``source: PolitiFact``, read from ``Doc._.source``). An article
is a fact check when one of its paragraphs is only a fact-check heading (``FACT CHECK``, ``Our
ruling``: ``fact_check_headings`` in ``claim_cues.jsonl``) or its narrator gives a verdict (a ``we``
claim whose cue lemma is a ``fact_check_verdicts`` word: ``We rate it False``). A columnist's ``we``
(an op-ed, an essay) stays with :func:`~pipeline.components.claim_quotes.first_person_author`.
"""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_sections import paragraphs
from pipeline.components.gazetteer import slugify

#: ``PolitiFact (fact-check)``: the outlet's name is what comes before a parenthesis
_OUTLET = re.compile(r"[^()\n]{1,80}")


def fact_check_outlet(ctx: DocContext, claims: list[dict]) -> str | None:
    """The outlet's name (the front matter's ``source``) when the article is a fact check, else None."""
    outlet = _outlet(ctx)  # ``***``: no name
    return outlet if outlet is not None and (_has_heading(ctx) or _has_verdict(ctx, claims)) else None


def newsroom_outlet(ctx: DocContext) -> str | None:
    """The outlet's name (the front matter's ``source``) when a paragraph of the article is only
    a fact-check heading (``Our ruling``), else None: read before any claim is made."""
    return _outlet(ctx) if _has_heading(ctx) else None


def _outlet(ctx: DocContext) -> str | None:
    source = getattr(ctx.doc._, "source", None)
    m = _OUTLET.match(source.strip()) if isinstance(source, str) else None
    outlet = m.group(0).strip() if m else ""
    return outlet if slugify(outlet) else None


def _has_heading(ctx: DocContext) -> bool:
    headings = ctx.rules.words("fact_check_headings")
    return any(ctx.text[s:e].strip().rstrip(":").strip().lower() in headings for s, e in paragraphs(ctx.text)
               if e - s <= 40)


def _has_verdict(ctx: DocContext, claims: list[dict]) -> bool:
    verdicts = ctx.rules.words("fact_check_verdicts")
    for c in claims:
        speaker, cue = c["speaker"], c.get("cue")
        if speaker is not None and speaker["text"].lower() == "we" and cue is not None \
                and (cue.get("lemma") or "").lower() in verdicts and ctx.quote_at(speaker["start"]) is None:
            return True
    return False


def outlet_speaker(ctx: DocContext, outlet: str, we: dict) -> dict:
    """The outlet as a speaker record: its actor mention in the text (``When PolitiFact asked``),
    else the narrator's ``we`` named by the front matter (``norm.name`` = the outlet, a ``media``
    actor with the outlet's slug); ``via`` keeps the ``we`` either way."""
    key = slugify(outlet)
    for sp in ctx.spans:
        norm = sp._.norm or {}
        if sp.label_ == "actor" and key in (slugify(sp.text), slugify(norm.get("name") or "")):
            rec = ctx.actor_record(sp, "speaker")
            break
    else:
        rec = {"text": we["text"], "start": we["start"], "end": we["end"], "actor_id": key,
               "norm": {"actor_id": key, "name": outlet, "type": "media", "country": None,
                        "in_gazetteer": False, "role": None, "via": "source"}}
    rec["via"] = {k: we[k] for k in ("text", "start", "end")}
    return rec
