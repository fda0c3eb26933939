"""Reporting-verb coverage as a matrix (issue 11): verb classes (Levin's verbs of communication
and cognition) x the constructions news prose puts them in, so that a verb or a construction
nobody listed cannot silently go missing again.

Constructions: ``X V that S``, the same in the perfect, the progressive and the present of a
document subject (only for the verbs a document can bear, DOCUMENT_THAT); ``"S," X V``; ``"S," V X`` (inverted, where English allows it); ``X V: "S"``;
``X V O to VP`` (the object and its infinitive are the content, as the golds mark
``advised people … to stay indoors``); ``X V to VP``; ``X V O that S``; negated and modal
forms. Each row asserts the cue text, the speaker text and the start of the content.

Known gaps left out of the matrix (a parse, not a rule): ``forecast that`` (the past tagged as a
noun), ``is doubting/understanding that``, ``"S," X sighed`` (``sigh`` is a reaction verb),
``"S," X chimed in`` and ``"S," continued X``. By design no claim: ``refused/declined to host
talks`` (a refusal to act; only a refusal to speak is a cue) and ``agreed to host talks`` (an act).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import re

import pytest

from conftest import cue_texts as _cues

_IRREGULAR = {
    "hold": ("held", "held", "holding"), "swear": ("swore", "sworn", "swearing"), "write": ("wrote", "written", "writing"),
    "tell": ("told", "told", "telling"), "think": ("thought", "thought", "thinking"), "feel": ("felt", "felt", "feeling"),
    "know": ("knew", "known", "knowing"), "understand": ("understood", "understood", "understanding"),
    "break in": ("broke in", "broken in", "breaking in"), "cut in": ("cut in", "cut in", "cutting in"),
    "say": ("said", "said", "saying"), "admit": ("admitted", "admitted", "admitting"), "snap": ("snapped", "snapped", "snapping"),
    "quip": ("quipped", "quipped", "quipping"), "brag": ("bragged", "bragged", "bragging"), "beg": ("begged", "begged", "begging"),
    "plan": ("planned", "planned", "planning"), "plead": ("pleaded", "pleaded", "pleading"),
}


def _forms(verb: str) -> tuple[str, str, str]:
    """Past, participle and gerund of ``verb`` (a particle verb inflects its first word)."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    head, _, tail = verb.partition(" ")
    tail = f" {tail}" if tail else ""
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", head):
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    return past + tail, past + tail, ing + tail


def _third(verb: str) -> str:
    if re.search(r"(s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


# -- the classes ------------------------------------------------------------------------------------
SAY_THAT = """state declare assert contend maintain hold argue note observe remark comment mention add stress emphasise
emphasize underline underscore acknowledge admit concede confirm deny disclose reveal explain predict estimate project
calculate reckon speculate suggest hint imply allege claim insist protest object complain lament boast brag confess testify
swear vow pledge promise threaten warn caution announce proclaim report write tweet post reply respond retort answer counter
recall remember recollect think believe feel fear worry hope expect doubt suspect know understand conclude decide agree
dispute signal""".split()
#: the say verbs a document can bear as its subject (the golds mark reports, studies and data
#: that find, show, say, estimate, warn, suggest, note, conclude, caution, indicate): not
#: remember, swear, fear, hope, think, boast, vow … (a person's act or state of mind)
DOCUMENT_THAT = """state declare assert contend maintain argue note observe remark comment mention add stress emphasise
emphasize underline underscore acknowledge concede confirm deny disclose reveal explain predict estimate project calculate
suggest hint imply allege claim warn caution announce report conclude dispute signal""".split()
QUOTE_AFTER = """say state declare assert contend maintain argue note observe remark comment add stress acknowledge admit
concede confirm insist protest object complain lament boast brag confess explain predict warn caution announce write tweet
post reply respond retort answer counter rejoin quip joke shout yell scream whisper mutter murmur snap bark growl interrupt
interject recall muse wonder reminisce plead promise vow""".split() + ["break in", "cut in"]
INVERTED = "say add write reply explain ask answer recall insist warn".split()
COLON = "say add write warn insist explain reply respond answer interrupt interject declare announce tweet post".split() \
    + ["break in", "cut in"]
OBJECT_TO = "advise counsel urge press lobby ask order instruct beg implore".split()  # not persuade/convince (an effect)
ADDRESSEE_TO = "warn caution tell remind".split()  # the object is the addressee: the infinitive is the content
TO_VP = "offer threaten promise vow pledge propose demand ask plan hope".split()
OBJECT_THAT = "tell inform notify assure reassure remind warn".split()

_NO_PROGRESSIVE = {"doubt", "understand"}  # stative: ``is doubting that`` is rare and parsed apart
CLAUSE = "the deficit would shrink next year"
QUOTE = "The deficit will shrink next year"


def _rows():
    for v in SAY_THAT:
        past, part, ing = _forms(v)
        yield f"The finance minister {past} that {CLAUSE}.", past, "The finance minister", "the deficit"
        yield f"Calloway has {part} that {CLAUSE}.", part, "Calloway", "the deficit"
        if v not in _NO_PROGRESSIVE:
            yield f"Calloway is {ing} that the deficit will shrink next year.", ing, "Calloway", "the deficit"
        if v in DOCUMENT_THAT:
            yield f"The report {_third(v)} that the deficit will shrink next year.", _third(v), "The report", "the deficit"
    for v in QUOTE_AFTER:
        yield f"“{QUOTE},” Calloway {_forms(v)[0]}.", _forms(v)[0], "Calloway", "The deficit"
    for v in INVERTED:
        yield f"“{QUOTE},” {_forms(v)[0]} Calloway.", _forms(v)[0], "Calloway", "The deficit"
    for v in COLON:
        yield f"Calloway {_forms(v)[0]}: “{QUOTE}.”", _forms(v)[0], "Calloway", "The deficit"
    for v in OBJECT_TO:
        yield f"The state health agency {_forms(v)[0]} residents to stay indoors on Friday.", _forms(v)[0], \
            "The state health agency", "residents to stay"
    for v in ADDRESSEE_TO:
        yield f"The state health agency {_forms(v)[0]} residents to stay indoors on Friday.", _forms(v)[0], \
            "The state health agency", "to stay"
    for v in TO_VP:
        yield f"The foreign ministry {_forms(v)[0]} to host talks between the two neighbours.", _forms(v)[0], \
            "The foreign ministry", "to host"
    for v in OBJECT_THAT:
        yield f"The governor {_forms(v)[0]} lawmakers that the budget was balanced.", _forms(v)[0], "The governor", "the budget"
    # negated and modal forms
    yield "The company did not dispute that the data had been leaked.", "dispute", "The company", "the data"
    yield "The company did not deny that the data had been leaked.", "deny", "The company", "the data"
    yield "The company has not denied the data was leaked.", "denied", "The company", "the data"
    yield "The company did not dispute the figures in the audit.", "dispute", "The company", "the figures"
    yield "The mayor has not said whether she will seek a third term.", "said", "The mayor", "whether"
    yield "The ministry has not confirmed whether the talks will resume.", "confirmed", "The ministry", "whether"
    yield "The central bank governor did not rule out a further rate cut.", "rule out", "The central bank governor", "a further"
    yield "Calloway has not ruled out a run for governor.", "ruled out", "Calloway", "a run"
    yield "The finance minister ruled out a snap election.", "ruled out", "The finance minister", "a snap"
    yield "Calloway would not say whether the plant would close.", "say", "Calloway", "whether"
    yield "Critics will argue that the plan goes too far.", "argue", "Critics", "the plan"
    yield "Calloway could warn that the deficit will grow.", "warn", "Calloway", "the deficit"
    # the family's own examples, in sentences of our own
    yield "Pruett remembers that the council never once met on time.", "remembers", "Pruett", "the council"
    yield "The Kremlin holds that the sanctions are illegal.", "holds", "The Kremlin", "the sanctions"
    yield "Airline executives lobbied senators to extend the fuel subsidy.", "lobbied", "Airline executives", "senators"
    yield "“That is simply false,” Ferrante interrupted.", "interrupted", "Ferrante", "That is"
    # persuade/convince only with a person or body subject and a that clause (review 15 item 7)
    yield "The senator convinced donors that the race was winnable.", "convinced", "The senator", "the race"
    yield "Calloway persuaded the board that patience was a strategy.", "persuaded", "Calloway", "patience"
    # data underscore what they show, like data that show or suggest (the golds mark data and
    # documents as sources of find/show/suggest/warn/note); a cause does not (near misses)
    yield "The data underscored that the economy was slowing.", "underscored", "The data", "the economy"
    # the reporting gerund under remember is the cue; a quotation's own semicolon stays in it
    yield "I remember thinking that the bridge would hold.", "thinking", "I", "the bridge"
    yield "“The vote was rushed; the rules were ignored,” Ferrante objected.", "objected", "Ferrante", "The vote was rushed;"
    yield "Police notified the families that the bodies had been found.", "notified", "Police", "the bodies"
    yield "The agency's guidance advises that infants should not take the drug.", "advises", "The agency's guidance", \
        "infants"
    # documents as sources (issue 11): a document lists or puts a figure, its object the content;
    # the speaker is the document's author when it names one (``the agency``), else the document
    yield "The inspection record lists the cause as a frozen valve.", "lists", "The inspection record", "the cause"
    yield "The dispatch spreadsheet listed the delay as weather.", "listed", "The dispatch spreadsheet", "the delay"
    # an object carrying a clause is what the document holds to be so (review1 item 12)
    yield "The county audit lists nine grants that were never spent.", "lists", "The county audit", "nine grants"
    yield "The coroner's written findings put the death toll at 31.", "put", "The coroner", "the death toll"
    yield "The agency's annual review puts the cost of the repairs at $4 million.", "puts", "The agency", "the cost"


ROWS = list(_rows())


def test_document_verbs_are_say_verbs():
    """A misspelt DOCUMENT_THAT entry would silently drop a row."""
    assert set(DOCUMENT_THAT) <= set(SAY_THAT), set(DOCUMENT_THAT) - set(SAY_THAT)


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _content(claim: dict) -> str:
    return (claim.get("content") or claim)["text"]


@pytest.mark.parametrize("text, cue, speaker, content", ROWS, ids=[r[0][:60] for r in ROWS])
def test_every_class_reports_in_every_construction(run, text, cue, speaker, content):
    claims = [c for c in run(text) if c["cue"] is not None and c["cue"]["text"] == cue]
    assert claims, f"no claim with cue {cue!r}: {[(c['cue'] or {}).get('text') for c in run(text)]}"
    claim = claims[0]
    assert claim["speaker"] is not None and claim["speaker"]["text"] == speaker
    assert _content(claim).lower().startswith(content.lower()), _content(claim)


# -- near misses: the same verbs in a sense that reports nothing -----------------------------------
@pytest.mark.parametrize("text, word", [
    ("The ministry offered $5 million in flood aid.", "offered"),
    ("The committee held a meeting on Tuesday.", "held"),
    ("The two sides held talks that lasted six hours.", "held"),
    ("I remember the day the mill closed.", "remember"),
    ("Burglars broke in through a kitchen window.", "broke in"),
    ("The trade group lobbied for years.", "lobbied"),
    ("The refund was credited to his account.", "credited"),
    ("Drivers ignored the signals at the crossing.", "signals"),
    ("He was cited for speeding on the bypass.", "cited"),
    ("She advised on the merger.", "advised"),
    ("He was advised by lawyers.", "advised"),
    ("Protesters shouted slogans outside the embassy.", "shouted"),
    ("He whispered to an aide.", "whispered"),
    ("The dog barked all night.", "barked"),
    ("She answered questions for an hour.", "answered"),
    ("He objected to the plan.", "objected"),
    ("The new mayor was sworn in on Monday.", "sworn"),
    ("The crowd murmured.", "murmured"),
    ("She interrupted the hearing twice.", "interrupted"),
    ("He rejoined the company in 2019.", "rejoined"),
    ("The bank notified the police.", "notified"),
    ("The board reassured investors.", "reassured"),
    ("The findings underscore the risks.", "underscore"),
    ("He mentioned the plant.", "mentioned"),
    ("The results imply higher costs.", "imply"),
    ("Analysts wondered about the timing.", "wondered"),
    ("That begs the question.", "begs"),
    ("The striker was ruled out of the match with a knee injury.", "ruled out"),
    ("The foreign ministry declined to host talks between the two neighbours.", "declined"),
    ("The foreign ministry refused to host talks between the two neighbours.", "refused"),
    ("The agency would neither confirm nor deny the existence of an inquiry.", "deny"),
    ("Harlan said he would not rule out attaching the aid to a spending bill.", "rule out"),
    ("Ruiz vowed to “hold them to account, whoever they are.”", "hold"),
    # a cause is no speaker of the urge/persuade class (review 15 item 7)
    ("The storm convinced residents to leave.", "convinced"),
    ("Higher mortgage rates convinced many buyers to wait.", "convinced"),
    ("Cheaper fares persuaded travelers to fly again, the airline said.", "persuaded"),
    ("The team persuaded the striker to stay.", "persuaded"),
    ("The heat wave advised residents to stay indoors.", "advised"),
    # a negated deny/dispute with no content is silence; a relative clause is no content (review 15 item 10)
    ("Smith did not deny it.", "deny"),
    ("The union has not disputed that.", "disputed"),
    # a relative or wh clause of the object is no content (review 15 item 9)
    ("Smith answered questions that reporters had submitted in advance.", "answered"),
    ("The mayor answered what the council had asked.", "answered"),
    ("Police notified the families, who had waited for hours.", "notified"),
    ("The board reassured investors, who had sold shares.", "reassured"),
    ("Rising costs begged lawmakers to act.", "begged"),
    ("The storm underscored the risks of building on the coast.", "underscored"),
    # two acts across a semicolon; a memory verb around a reporting gerund (heldout2 false cues)
    ("She chaired more hearings than her rivals; she answered her own letters, mostly.", "answered"),
    ("And I remember thinking, this is a town of 9,000 people and we have no beds left.", "remember"),
    # a verdict on a thing with ``as`` is no statement (review 15 item 18)
    ("The judge ruled out the testimony as hearsay.", "ruled out"),
    # list and put with no document subject: an act, no report (issue 11)
    ("The store lists the boots at $90.", "lists"),
    ("She listed her old car for sale.", "listed"),
    ("The coach put the rookie at shortstop.", "put"),
    # an inventory (no as, no clause on the object) is no claim (review1 item 12)
    ("The audit lists nine grants for the harbour district.", "lists"),
    ("The restatement puts the company at risk.", "puts"),
])
def test_a_near_miss_is_no_cue(run, text, word):
    assert word not in _cues(run(text))


@pytest.mark.parametrize("verb", ["denied", "did not deny"])
def test_a_relative_clause_of_a_denied_object_is_no_content(run, verb):
    """``denied the report, which first appeared in …``: the relative clause tells where the
    report appeared; it is not what was denied, in either polarity (review 15 item 10)."""
    texts = [_content(c) for c in run(f"The company {verb} the report, which first appeared in a trade weekly.")
             if c["cue"] is not None]
    assert texts and not any(t.startswith("which") for t in texts), texts


@pytest.mark.parametrize("text, clause", [
    ("Investigators have not ruled out the possibility that the blaze was started on purpose.", "the blaze was started"),
    ("The treasurer ruled out the prospect that fees would double.", "fees would double"),
])
def test_the_clause_of_a_possibility_ruled_out_is_content(run, text, clause):
    """``has not ruled out the possibility that …``: the clause on the object carries the
    proposition, so the content spans it (review 15 item 18); ``ruled out foul play`` keeps its
    object alone."""
    claim = next(c for c in run(text) if c["cue"] is not None and c["cue"]["text"] == "ruled out")
    assert _content(claim).startswith("the p") and clause in _content(claim), _content(claim)
    plain = next(c for c in run("Detectives have not ruled out foul play.") if c["cue"] is not None)
    assert _content(plain) == "foul play"


def test_a_conjunct_urge_verb_keeps_out_of_the_clause_before_it(run):
    """``said air quality reached … and advised people to stay indoors``: the parse lends the
    conjunct ``advised`` the subject of ``reached``; the animate guard does not judge a lent
    subject, so the urge verb stays a report and out of the ``said`` content (heldout13)."""
    said = next(c for c in run("The county health office said the river reached record levels on Monday and "
                               "advised residents near the bank to stay indoors.") if (c["cue"] or {}).get("text") == "said")
    assert "advised" not in _content(said), _content(said)


# -- round 17 (issue 11): manner-of-speaking and instrument-of-communication verbs, quoted objects,
# written surfaces that read words. Sentences written for these tests.
MANNER_17 = "chant holler bellow roar mumble grumble groan moan wail stammer stutter hiss sneer scoff fume gush snarl shriek".split()
INSTRUMENT_17 = "text email message radio".split()


@pytest.mark.parametrize("verb", MANNER_17 + INSTRUMENT_17)
def test_a_speaking_verb_reports_a_quotation_before_it(run, verb):
    past = _forms(verb)[0]
    claims = [c for c in run(f"“{QUOTE},” Calloway {past}.") if (c["cue"] or {}).get("text") == past]
    assert claims and claims[0]["speaker"]["text"] == "Calloway" and _content(claims[0]).startswith("The deficit")


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("A campaign aide texted that the count was far from over.", "texted", "A campaign aide", "the count was far from over"),
    ("Marchers chanted “Hands off our pensions” outside the assembly.", "chanted", "Marchers", "Hands off our pensions"),
    ("Banners read “Save the ferry” along the quay.", "read", "Banners", "Save the ferry"),
    ("The headline read: “Mayor quits over audit.”", "read", "The headline", "Mayor quits over audit"),
    ("The night shift left an email for the crew. “Pump 3 is down again,” it read.", "read", "it", "Pump 3 is down again"),
])
def test_a_quoted_object_or_written_surface_is_reported(run, text, cue, speaker, content):
    claims = [c for c in run(text) if (c["cue"] or {}).get("text") == cue]
    assert claims, [(c["cue"] or {}).get("text") for c in run(text)]
    assert claims[0]["speaker"]["text"] == speaker and _content(claims[0]).rstrip(".") == content, _content(claims[0])


@pytest.mark.parametrize("text, word", [
    ("The crowd read the results.", "read"),
    ("She read the report twice before the vote.", "read"),
    ("“We are closed,” she read aloud from the notice.", "read"),
    ("The gauge read 40 degrees.", "read"),
    ("The communique urged “restraint on all sides”, a phrase widely read as a rebuke to Moscow.", "read"),
    ("Nurses carried banners reading “Staff the wards” past the ministry.", "reading"),
    ("The communique urged “restraint on all sides”, a line widely read as aimed at Moscow.", "read"),
    ("Fans chanted his name.", "chanted"),
    ("The crowd chanted for an hour.", "chanted"),
    ("The engine roared as the plane took off.", "roared"),
    ("She cried when the verdict was read.", "cried"),
    ("He emailed the files to his lawyer.", "emailed"),
    ("The pilot radioed for help.", "radioed"),
    ("The band played “Jerusalem” at the end.", "played"),
    ("She called the meeting to order.", "called"),
])
def test_a_near_miss_of_round_17_is_no_cue(run, text, word):
    assert word not in _cues(run(text))


# -- review1 of round 17 (items 4, 7, 8, 9, 13, 18): each defect with a near miss that keeps working.
@pytest.mark.parametrize("text, word", [
    ("They read “The Night Before Christmas” to the children at the library.", "read"),  # item 4: no antecedent
    ("The teachers brought a new book. They read “Goodnight Moon” to the class.", "read"),  # people read aloud
    ("“Pump 3 is down again,” it read.", "read"),  # it with no written thing before it
    ("Markets groaned that the central bank would raise rates again.", "groaned"),  # item 7: no speaker
    ("Bond yields roared that inflation was back.", "roared"),
    ("Investors cried “Sell!” as the index plunged.", "cried"),  # item 7/8: a one- or two-word cry
    ("Supporters of the mayor chanted “fraud.”", "chanted"),
    ("The subject line read “Urgent”.", "read"),  # item 13
    ("The text read “call me when you land”.", "read"),
    ("The note read “back in ten minutes, sorry”.", "read"),
    ("Voters can text STOP to opt out of the messages.", "text"),  # item 9: an instruction
    ("Text HOME to 741741 to reach a counselor.", "Text"),
    ("Officials described “a chaotic scene” at the border.", "described"),  # item 18: no speaking verb
])
def test_a_near_miss_of_review1_is_no_cue(run, text, word):
    assert word not in _cues(run(text))


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The dispatcher sent an email to the depot. “Bay 4 is flooded,” it read.", "read", "it", "Bay 4 is flooded"),
    ("Volunteers put up placards by the gate. They read “No more cuts to the wards.”", "read", None,
     "No more cuts to the wards"),
    ("Dock workers groaned that the new shifts were too long.", "groaned", "Dock workers", "the new shifts were too long"),
    ("The union grumbled that the offer was an insult.", "grumbled", "The union", "the offer was an insult"),
    ("The crowd chanted “Lock them up” as the senator spoke.", "chanted", "The crowd", "Lock them up"),
    ("Strikers chanted “No deal without pay” while managers watched.", "chanted", "Strikers", "No deal without pay"),
    ("A campaign aide texted that the count was far from over.", "texted", "A campaign aide", "the count was far from over"),
    ("The banner read “Hands off our ferry”.", "read", "The banner", "Hands off our ferry"),
    ("The officer shouts “Drop it” twice and fires.", "shouts", "The officer", "Drop it"),
    ("The budget was a deal one minister later called “tense but fair”.", "called", "one minister", "tense but fair"),
])
def test_a_near_miss_of_review1_keeps_its_claim(run, text, cue, speaker, content):
    claims = [c for c in run(text) if (c["cue"] or {}).get("text") == cue]
    assert claims, [(c["cue"] or {}).get("text") for c in run(text)]
    assert speaker is None or claims[0]["speaker"]["text"] == speaker, claims[0]["speaker"]
    assert _content(claims[0]).rstrip(".") == content, _content(claims[0])
