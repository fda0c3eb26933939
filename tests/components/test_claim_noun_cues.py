"""Non-verbal source cues of round 15: ``per`` as ``according to`` (``…, per a source familiar with
the talks``), and its near misses (a rate: ``$40 per barrel``, ``per capita``, ``as per usual``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, speaker, content", [
    ("The chain will close 40 stores by March, per two people briefed on the plan.",
     "two people briefed on the plan", "The chain will close 40 stores by March"),
    ("Per a memo seen by the newspaper, the ministry would freeze hiring.",
     "a memo seen by the newspaper", "the ministry would freeze hiring"),
    ("Exports to Chile doubled last year, per Bloomberg.", "Bloomberg", "Exports to Chile doubled last year"),
])
def test_per_names_the_source_of_the_clause(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), text[:3] if text.startswith("Per") else "per")
    assert _speaker(claim) == speaker
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "Diesel sold for $3 per gallon in the valley.",
    "Income per capita fell in the north.",
    "The levy rose by 2 per cent, as per usual.",
    "Visitors pay $12, per person.",
    "The plant burns 400 tonnes of coal per day.",
])
def test_per_as_a_rate_names_no_source(claims_of, text):
    assert "per" not in {c.lower() for c in _cues(claims_of(text))}


@pytest.mark.parametrize("text, speaker", [
    ("The lender will shut 90 branches, the paper reported, quoting two bank executives.", "two bank executives"),
    ("Quoting a senior aide, the broadcaster said the premier would resign.", "a senior aide"),
])
def test_quoting_a_source_names_it_as_citing_does(claims_of, text, speaker):
    claim = with_cue(claims_of(text), "Quoting" if text.startswith("Quoting") else "quoting")
    assert _speaker(claim) == speaker


def test_quoting_words_names_no_source(claims_of):
    """Near miss: a line from a speech or a poem is what is quoted, not who reports."""
    cues = {c.lower() for c in _cues(claims_of("The senator closed her speech quoting a line from Auden."))}
    assert "quoting" not in cues


@pytest.mark.parametrize("phrase", ["citing", "quoting"])
def test_a_that_clause_after_a_source_aside_is_the_verbs(claims_of, phrase):
    """``X reported, citing Y, that …``: the parser hangs the clause on the phrase; the verb reports it."""
    claims = claims_of(f"The wire service reported, {phrase} a senior aide, that the premier would resign.")
    reported = with_cue(claims, "reported")
    assert reported["text"] == "the premier would resign"
    assert _speaker(reported) == "The wire service"


@pytest.mark.parametrize("text, speaker, content", [
    ("The harvest is ruined, in the words of one farmer.", "one farmer", "The harvest is ruined"),
    ("By the account of three neighbours, the fire began in the garage.", "three neighbours",
     "the fire began in the garage"),
])
def test_the_words_of_someone_name_the_source(claims_of, text, speaker, content):
    claim = next(c for c in claims_of(text) if c["cue"] is not None)
    assert _speaker(claim) == speaker
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "By the count of absentee ballots, the levy passed.",
    "In the words of the old hymn, the night is long.",
])
def test_the_words_of_no_one_name_no_source(claims_of, text):
    assert not [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["lemma"] in ("word", "words", "count")]


_BRIEF = ("Senate panel readies rail bill\n\n"
          "Why it matters: Freight delays cost shippers billions a year.\n\n"
          "What they're saying:\n\n"
          "\u2022 Sen. Rosa Ibarra (D-Nev.), the panel's ranking member: \"This bill finally puts safety first.\"\n\n"
          "\u2022 Gov. Dale Whitford (R), in a statement: \"Nevada will not pay for Washington's trains.\"\n\n"
          "Flashback: \"We will never cut the rail budget,\" the governor promised in 2021.\n\n"
          "Context: \"Shortline\" is the trade's word for small railroads.\n")


@pytest.mark.parametrize("name", ["Sen. Rosa Ibarra", "Gov. Dale Whitford"])
def test_a_described_name_before_a_colon_and_a_quotation_speaks(claims_of, name):
    """``• Name (party-state), apposition: "…"`` in a bulleted brief: the colon is the cue."""
    found = [c for c in claims_of(_BRIEF) if c["cue"] is not None and c["cue"]["text"] == ":"]
    assert name in {_speaker(c) for c in found}


def test_a_lead_in_before_a_colon_speaks_nothing(claims_of):
    """Near miss: ``Flashback:``, ``Context:``, ``Why it matters:`` are headings, not speakers."""
    speakers = {_speaker(c) for c in claims_of(_BRIEF)}
    assert not speakers & {"Flashback", "Context", "Why it matters"}
    assert _speaker(with_cue(claims_of(_BRIEF), "promised")) in ("the governor", "Gov. Dale Whitford")


def test_a_closing_source_sources_the_clause_that_holds_a_relative(claims_of):
    """The parser hangs ``, per X`` on the relative clause (``that would cap …``); X sources the sentence."""
    text = ("Senate Democrats intend to introduce a measure as early as Monday that would cap insulin "
            "prices at $35, per two aides briefed on the plan.")
    assert with_cue(claims_of(text), "per")["text"].startswith("Senate Democrats intend")


_LEADS = ("Rail bill advances\n\n"
          "Driving the news: Sen. Rosa Ibarra told colleagues Tuesday that she wants a vote in June, per an aide.\n\n"
          "What's next: The panel will hold a hearing next week, a committee spokesman said.\n\n"
          "Update: The vote was moved to July, the clerk said.\n")


@pytest.mark.parametrize("cue, start", [("per", "Sen. Rosa Ibarra told"), ("told", "she wants"),
                                         ("said", "The panel will hold")])
def test_a_lead_in_is_no_part_of_the_claim(claims_of, cue, start):
    """``Driving the news:`` / ``What's next:`` open the paragraph as a heading: the claim starts after it."""
    claim = with_cue(claims_of(_LEADS), cue)
    assert claim["text"].startswith(start)
    assert claim["content"]["text"].startswith(start)


def test_a_colon_in_the_statement_is_no_lead_in(claims_of):
    """Near miss: a label that is not a heading (``Update`` is one; a sentence's own colon is not) keeps its words."""
    text = "Rail bill advances\n\nThe senator said one thing mattered: the June vote.\n"
    assert with_cue(claims_of(text), "said")["text"].startswith("one thing mattered")


_DEBATE = ("Hopefuls spar in Reno\n\n"
           "RENO, Nev. — Republican Carl Haskell and Democrat Rita Diaz met Thursday in their only debate. "
           "The moderator, KTVN anchor Miguel Ferreira, struggled to keep order.\n\n"
           "MODERATOR: Mr. Haskell, what would you do about the river compact?\n\n"
           "HASKELL: I would bring every basin state back to the table.\n\n"
           "MODERATOR: Ms. Diaz, your response.\n\n"
           "DIAZ: That promise is a decade old.\n")

_QA = ("The librarian who kept the lights on\n\n"
       "Marta Kowalczyk has run the Eastfield branch library for 22 years. She spoke with reporter Dan "
       "Whitlock about the cuts.\n\n"
       "Q: How bad are the cuts this year?\n\n"
       "A: We lost two full-time positions.\n\n"
       "Q: What would you tell the council?\n\n"
       "A: Come spend a Tuesday night here.\n")

_QA_NO_ASKER = _QA.replace("She spoke with reporter Dan Whitlock about the cuts.",
                           "She spoke with Mayor Dan Whitlock about the cuts.")


def _turn_speakers(claims: list[dict]) -> dict[str, set]:
    out: dict[str, set] = {}
    for c in claims:
        if c["cue"] is not None and c["cue"]["text"] == ":":
            out.setdefault(c["speaker"]["via"]["text"] if c["speaker"].get("via") else c["speaker"]["text"],
                           set()).add(c["speaker"]["text"])
    return out


def test_a_moderator_label_is_the_moderator_the_article_names(claims_of):
    assert _turn_speakers(claims_of(_DEBATE))["MODERATOR"] == {"Miguel Ferreira"}


def test_the_questions_are_the_reporter_an_introduction_names(claims_of):
    speakers = _turn_speakers(claims_of(_QA))
    assert speakers["Q"] == {"Dan Whitlock"}
    assert speakers["A"] == {"Marta Kowalczyk"}


def test_a_person_named_without_a_newsroom_role_asks_nothing(claims_of):
    """Near miss: ``spoke with Mayor Dan Whitlock`` names no interviewer."""
    assert "Dan Whitlock" not in _turn_speakers(claims_of(_QA_NO_ASKER)).get("Q", set())


_PRESSED = ("Rivals meet in Yuma\n\n"
            "YUMA, Ariz. — The two hopefuls met Wednesday night. {intro}\n\n"
            "MODERATOR: Would you raise the water fee?\n\n"
            "OKAFOR: Not this year.\n")


@pytest.mark.parametrize("intro", ["The moderator pressed Lena Okafor on water fees early in the hour.",
                                   "The debate moderator asked Lena Okafor about the canal, then moved on.",
                                   "The forum was moderated by pressing Lena Okafor on fees."])
def test_a_candidate_the_moderator_questions_is_no_moderator(claims_of, intro):
    """A verb between ``moderator`` and the name (``pressed``/``asked X about``) names a candidate."""
    assert "Lena Okafor" not in _turn_speakers(claims_of(_PRESSED.format(intro=intro))).get("MODERATOR", set())


@pytest.mark.parametrize("intro, name", [("The moderator, WKYT news anchor Dale Pruitt, kept order.", "Dale Pruitt"),
                                         ("The forum, moderated by the station's Ines Carvalho, ran long.",
                                          "Ines Carvalho")])
def test_a_moderator_in_apposition_still_asks(claims_of, intro, name):
    """Near miss: title-case and newsroom words between the noun and the name keep the moderator."""
    assert _turn_speakers(claims_of(_PRESSED.format(intro=intro)))["MODERATOR"] == {name}


_ANSWERS = ("Harbor levy\n\n{intro}\n\n"
            "Q: Will the levy pass?\n\n"
            "A: Not without the port's support.\n")


def _answer(claims: list[dict]) -> dict | None:
    return next(c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":"
                and c["text"].startswith("Not without"))["speaker"]


def test_the_answers_are_the_subject_of_spoke_with(claims_of):
    """``He spoke with reporter X``: the answers are ``He``, the last fitting person before it."""
    intro = "Teodor Brandt chairs the port board. Gov. Ilse Maren praised him. He spoke with reporter Cal Ostby on Friday."
    assert _answer(claims_of(_ANSWERS.format(intro=intro)))["text"] == "Teodor Brandt"


def test_an_unresolved_interviewee_is_no_label_speaker(claims_of):
    """``The commissioner spoke with reporter X`` naming nobody: the answers have no speaker, never ``A``."""
    intro = "The commissioner spoke with reporter Cal Ostby about the levy on Friday."
    assert _answer(claims_of(_ANSWERS.format(intro=intro))) is None


def test_answers_without_an_interviewer_row_keep_a_speaker(claims_of):
    """Near miss: no interviewer named (``spoke with Mayor X``): the answers keep the speaker they had
    (the one person named), not the no-speaker of an unresolved interviewee."""
    intro = "The commissioner spoke with Mayor Cal Ostby about the levy on Friday."
    assert _answer(claims_of(_ANSWERS.format(intro=intro))) is not None


@pytest.mark.parametrize("text", ["The complaint, quoting minutes of a board meeting, says the dam was known to leak.",
                                  "The audit, citing two former officials, says the dam was known to leak."])
def test_a_source_phrase_inside_the_subject_makes_no_claim(claims_of, text):
    """The phrase between commas after the subject and before its reporting verb modifies the subject."""
    claims = [c for c in claims_of(text) if c["cue"] is not None]
    assert [c["cue"]["text"] for c in claims] == ["says"]
    assert claims[0]["text"] == "the dam was known to leak"


def test_a_source_phrase_after_the_reporting_verb_still_sources(claims_of):
    """Near miss: ``X reported, quoting Y, that …`` stands after the verb: Y still sources a claim."""
    text = "The gazette reported, quoting two board members, that the dam was known to leak."
    assert with_cue(claims_of(text), "quoting")["speaker"]["text"] == "two board members"


@pytest.mark.parametrize("text", ["Profit came to 85 cents a share, per share estimates, topping forecasts.",
                                  "Overdoses fell, per 100,000 people, to 31 last year."])
def test_per_before_a_rate_noun_is_no_source(claims_of, text):
    """A rate noun heading the object or compounded to it, even plural or with a number, is a rate."""
    assert "per" not in {c.lower() for c in _cues(claims_of(text))}


@pytest.mark.parametrize("text, speaker", [
    ("Overdoses fell, per people familiar with the county data, to 31.", "people familiar with the county data"),
    ("Overdoses fell, per clinic surveys, to 31.", "clinic surveys")])
def test_per_before_a_described_or_other_noun_still_sources(claims_of, text, speaker):
    """Near miss: a modifier after the noun (``familiar with``) or another noun keeps the source."""
    assert with_cue(claims_of(text), "per")["speaker"]["text"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Northwind Freight, in a filing: "We expect no layoffs this year."', "Northwind Freight"),
    ('Northwind Freight, the parcel carrier: "We expect no layoffs this year."', "Northwind Freight")])
def test_a_described_colon_claim_starts_at_its_statement(claims_of, text, speaker):
    """The claim of ``Name, in a filing: "…"`` holds no label, description or opening quotation mark."""
    claim = with_cue(claims_of(text), ":")
    assert claim["speaker"]["text"] == speaker
    assert claim["text"].rstrip(".") == "We expect no layoffs this year"


def test_a_plain_colon_claim_keeps_its_statement(claims_of):
    """Near miss: ``Name: "…"`` (no description) keeps the claim it had."""
    claim = with_cue(claims_of('Northwind Freight: "We expect no layoffs this year."'), ":")
    assert claim["text"].rstrip(".") == "We expect no layoffs this year"


def test_a_lead_in_before_an_apposed_subject_is_no_speaker(claims_of):
    """``Context: Norway, a founding member, said …`` parsed with the lead-in as subject: Norway speaks."""
    text = "Fishing quotas\n\nContext: Norway, a founding member, said it would block the quota deal.\n"
    assert with_cue(claims_of(text), "said")["speaker"]["text"] == "Norway"


def test_a_plain_subject_after_a_lead_in_still_speaks(claims_of):
    """Near miss: a lead-in before a plain subject keeps that subject."""
    text = "Fishing quotas\n\nContext: Norway said it would block the quota deal.\n"
    assert with_cue(claims_of(text), "said")["speaker"]["text"] == "Norway"


def test_a_quotation_after_a_lead_in_is_its_claim(claims_of):
    """``Response: "…," a spokesman said``: the claim spans the quotation, not the tag after it."""
    text = 'Response: "We will appeal," a ministry spokeswoman said.'
    claim = with_cue(claims_of(text), "said")
    assert claim["text"] == claim["content"]["text"] == "We will appeal"


def test_a_quotation_after_a_lead_in_keeps_a_longer_claim(claims_of):
    """Near miss: a lead-in before a quotation the parser kept apart from its tag keeps that claim."""
    claim = with_cue(claims_of('Response: "Nobody consulted the fleet," a ministry spokeswoman said.'), "said")
    assert claim["text"] == "Nobody consulted the fleet"


def test_according_to_inside_the_subject_still_sources(claims_of):
    """Near miss: ``according to X`` between the subject and its verb sources the clause (not a
    participle modifying the subject)."""
    text = "The audit, according to the regulator, showed that the dam was known to leak."
    assert with_cue(claims_of(text), "according to")["speaker"]["text"] == "the regulator"
