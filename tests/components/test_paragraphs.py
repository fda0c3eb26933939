"""claims_paragraphs: sentence starts at paragraph breaks and after headline-like lines."""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.paragraphs import break_offsets, headline_like, list_item_words
from pipeline.identity import code_hash, parse_key
from tests.conftest import speaker_text, with_cue


def _sents(nlp, text):
    doc = nlp(text)
    assert doc.text == text  # nothing rewritten: offsets stay exact
    return [s.text.strip() for s in doc.sents]


def test_paragraphs_split_a_headline_glued_to_the_body(full_nlp):
    assert "claims_paragraphs" in full_nlp.pipe_names
    assert full_nlp.pipe_names.index("claims_paragraphs") < full_nlp.pipe_names.index("parser")
    text = ("Senate passes $12 billion flood relief bill\n"
            "WASHINGTON (AP) — The Senate on Friday approved flood relief after weeks of talks.")
    sents = _sents(full_nlp, text)
    assert sents[0] == "Senate passes $12 billion flood relief bill"
    assert sents[1].startswith("WASHINGTON")


def test_paragraphs_split_at_every_blank_line(full_nlp):
    text = ("Mayor Reyes backs the transit levy\n\nBy Ana Lopez\n\n"
            "The mayor said the levy was fair and that\nvoters would approve it.\n\n"
            "\"We have waited long enough,\" he told reporters")
    sents = _sents(full_nlp, text)
    assert sents[:2] == ["Mayor Reyes backs the transit levy", "By Ana Lopez"]
    # a hard-wrapped sentence stays one sentence; no sentence runs across the blank line
    assert "The mayor said the levy was fair and that\nvoters would approve it." in sents
    doc = full_nlp(text)
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()


@pytest.mark.parametrize("line, following, expected", [
    ("EU agrees €50 billion support package for Ukraine", "BRUSSELS — Leaders agreed", True),
    ("By Maria Chen and Tom Obi", "Lawmakers in Ohio voted", True),
    ("The governor said the plan", "would cost too much.", False),        # wrapped prose
    ("Leaders met on Friday to discuss the package for", "Ukraine and Moldova.", False),
    ("The vote was close.", "Then the chair adjourned.", False),
    ("", "Anything", False),
    # a bulleted line below a headline-like line starts a line of its own
    ("- Net loss of 80 million euros misses analysts' estimates", "- Company weighs sale of coatings unit", True),
    ("Lumen Chemicals posts third straight loss", "\u2022 Shares fall 6% in Frankfurt", True),
])
def test_headline_like_lines(line, following, expected):
    assert headline_like(line, following) is expected


def test_break_offsets_only_at_block_tops():
    text = "Headline Here\nBy Jo Ray\nBody sentence one goes on\nAnd on.\n\nNext para"
    offsets = sorted(break_offsets(text))
    assert [text[o:o + 4] for o in offsets] == ["By J", "Body", "Next"]


def test_bulleted_lines_below_a_headline_are_sentences_of_their_own(full_nlp):
    text = ("Lumen Chemicals posts third straight quarterly loss\n- Net loss of 80 million euros misses "
            "analysts' estimates\n- Company weighs sale of coatings unit\n\nLumen said on Thursday that "
            "demand had fallen.")
    for sent in full_nlp(text).sents:
        assert "\n" not in sent.text.strip()


def test_paragraphs_on_a_blank_pipeline_are_a_no_op_without_text_breaks():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_paragraphs")
    doc = nlp("One line only")
    assert [t.is_sent_start for t in doc][1:] == [None, None]


def test_parse_key_follows_the_paragraph_component():
    assert parse_key("m@1:k") == f"m@1:k+parse:{code_hash('parse')}"
    assert code_hash("parse") not in (code_hash("all"), code_hash("rules"))


def test_an_abbreviation_ending_a_sentence_before_a_capitalized_subject_splits(full_nlp):
    text = ("The merger was cleared on Tuesday by the E.U. Diplomats in Brussels said the ruling "
            "surprised the bidder's rivals.")
    assert _sents(full_nlp, text) == ["The merger was cleared on Tuesday by the E.U.",
                                      "Diplomats in Brussels said the ruling surprised the bidder's rivals."]


@pytest.mark.parametrize("text", [
    "The envoy said the U.S. Marines would stay in the port until March.",  # a name, not a subject
    "Talks Stall as the U.S. Officials Weigh New Sanctions",  # a headline in title case
    "Officials at the U.S. Embassy in Rome said the visa office would reopen.",
])
def test_an_abbreviation_inside_a_sentence_does_not_split(full_nlp, text):
    assert len(_sents(full_nlp, text)) == 1


@pytest.mark.parametrize("text, opening", [
    ("What the numbers say\n\nU.S. Census Bureau data show the median rent rose 8% in 2024.",
     "U.S. Census Bureau data show"),
    ("The Exit Interview: Dana Voss\n\nLake Marren’s first female police chief says the town is safer now.",
     "Lake Marren’s first female police chief says"),
])
def test_a_paragraph_opening_word_is_no_sentence_of_its_own(full_nlp, text, opening):
    assert _sents(full_nlp, text)[1].startswith(opening)


def test_a_one_word_line_below_a_header_stays_its_own_sentence(full_nlp):
    text = "Market report\n\nUpdate\nShares fell sharply on Monday after the bank cut its forecast."
    assert "Update" in _sents(full_nlp, text)


@pytest.mark.parametrize("marker", ["-", "*", "\u2022", "\u2013", "1."])
def test_summary_bullets_are_sentences_of_their_own_whatever_they_end_with(full_nlp, marker):
    text = (f"Rail operator fined over signal failures\n\nKey points:\n{marker} Regulator says fault went "
            f"unreported for 'months'\n{marker} Union says staff were \"told to keep quiet\"\n"
            f"{marker} Operator apologises\n\nLONDON - The rail regulator fined the operator on Monday.")
    sents = _sents(full_nlp, text)
    assert "Union says staff were \"told to keep quiet\"" in sents
    assert "Operator apologises" in sents


def test_list_item_breaks_at_every_item_and_after_an_item_that_ends_closed():
    text = ("Summary:\n- Mayor says budget is 'balanced'\n2) Council votes today\n- Vote is close.\nLater text\n"
            "- and a wrap\nends")
    offsets = sorted(set(break_offsets(text)))
    assert [text[o:o + 5] for o in offsets] == ["- May", "2) Co", "- Vot", "Later"]


@pytest.mark.parametrize("text, item", [
    ("The board approved a plan that chairman Tom Reed said would lift output by\n15. Shares rose.", "15. Shares"),
    ("Nurses said they would walk out on April\n4. The hospital said it was ready.", "4. The"),
    ("Exports shrank by roughly\n- as the minister put it - a fifth last year.", "- as the"),
    ("The mayor promised to find\n- in his words - \"every spare dollar\" for the schools.", "- in his"),
    ("Measures:\n- a levy on airlines, which Transport Minister Eva Lind said would bring\n  $1 billion a year;\n"
     "- a cap on fares.", "  $1 billion"),
])
def test_a_marker_after_a_line_that_runs_on_is_hard_wrapped_prose(text, item):
    assert text.index(item) not in set(break_offsets(text))


def test_a_wrapped_list_item_continues_on_a_lowercase_line(full_nlp):
    text = "Highlights\n\n- Ministers say the plan will cost far more\nthan the treasury forecast\n\nBody."
    assert "Ministers say the plan will cost far more\nthan the treasury forecast" in _sents(full_nlp, text)


@pytest.mark.parametrize("text, opener", [
    ("Flood hits valley towns\n\n- Officials say 40 homes destroyed\n- Army sends boats", "Officials"),
    ("Steps agreed:\n1. Unions say talks will resume on Monday.\n2. Ministers promise new offer.", "Unions"),
    ("Steps agreed:\n1. Unions say talks will resume on Monday.\n2) Ministers promise new offer.", "Ministers"),
])
def test_a_list_items_first_word_opens_its_sentence_and_the_marker_is_none_of_it(full_nlp, text, opener):
    doc = full_nlp(text)
    tok = next(t for t in doc if t.text == opener)
    assert tok.is_sent_start and tok.sent.text.startswith(opener)


def test_a_group_opening_a_list_item_is_an_actor(full_nlp):
    doc = full_nlp("Court hears fraud case\n\n- Prosecutors say 3 million euros paid through shell firms\n"
                   "- Defence says case is 'political'\n\nThe trial opened on Monday.")
    assert "Prosecutors" in [s.text for s in doc.spans["claims_actors"]]


def test_the_name_after_a_title_abbreviation_is_no_sentence_start():
    from pipeline.components.abbreviations import keep_title_abbreviations
    from pipeline.components.paragraphs import titled_names

    nlp = spacy.blank("en")
    keep_title_abbreviations(nlp.tokenizer)
    doc = nlp("Asked about the raid, said Insp. Mira Dahl. Supt.\nOlsen left. Sgt. Maj. Hyde spoke.")
    assert [doc[i].text for i in titled_names(doc)] == ["Mira", "Maj.", "Hyde"]  # not across the line break


def test_a_titled_name_stays_in_its_sentence_and_a_paragraph_start_stays(full_nlp):
    text = "Council roundup\n\nAld. Teresa Okonkwo (27th) asked for a delay. Ald. Victor Baptiste agreed."
    assert _sents(full_nlp, text) == ["Council roundup", "Ald. Teresa Okonkwo (27th) asked for a delay.",
                                      "Ald. Victor Baptiste agreed."]


@pytest.mark.parametrize("line, words", [
    ("- Rents rose by 9 percent", 2), ("  \u2022 Rents rose", 4), ("* Rents rose", 2), ("\u2013 Rents rose", 2),
    ("\u25aa Rents rose", 2), ("\u25cf \u201cNo comment\u201d", 2), ("1. Rents rose", 3), ("12) Rents rose", 4),
    ("\u2014 Dale Hollins, candidate", None), ("2019: a record year", None), ("-5 degrees overnight", None),
])
def test_list_item_words_start_after_the_one_list_marker(line, words):
    assert list_item_words(line, 0, len(line)) == words


@pytest.mark.parametrize("text, first", [
    ("The mayor defended the budget in a post on X. Opposition leader Kemal Arslan called the figures "
     "false.", "The mayor defended the budget in a post on X."),
    ("Clips of the crash were shared on TikTok and X. Police in Leeds said they were investigating.",
     "Clips of the crash were shared on TikTok and X."),
    ('Ortiz announced the strike via X. "We will not go back," the union said.',
     "Ortiz announced the strike via X."),
    ("The retailer is courting Gen Z. Younger shoppers say the ads feel forced.",
     "The retailer is courting Gen Z."),
    ("Officials insisted the port had a Plan B. Shipping firms were not reassured.",
     "Officials insisted the port had a Plan B."),
    ("Half the patients lacked vitamin D. Researchers followed them for a year.",
     "Half the patients lacked vitamin D."),
])
def test_a_letter_that_names_a_thing_ends_a_sentence(full_nlp, text, first):
    sents = _sents(full_nlp, text)
    assert sents == [first, text[len(first):].strip()]


@pytest.mark.parametrize("text", [
    "Former President John F. Kennedy signed the order in Dallas.",
    "Lt. Col. A. B. Smith said the unit was ready to deploy.",
    "The award went to George W. Bush and the F.B.I. director in March.",
    "Malcolm X. Little was his name at birth, the curator said.",
    "He praised the plan J. Smith drafted last year.",
    "The article A. Reyes wrote for the section was cited twice.",
])
def test_an_initial_in_a_name_does_not_split(full_nlp, text):
    assert len(_sents(full_nlp, text)) == 1


def test_a_letter_break_leaves_the_sentence_before_whole(full_nlp):
    text = "The story ran on Monday. On X. Users mocked the minister's answer."
    assert _sents(full_nlp, text) == ["The story ran on Monday.", "On X.", "Users mocked the minister's answer."]


def test_the_speaker_after_a_post_on_x_is_the_next_sentences_subject(claims_of):
    text = ("Senator Ruth Okafor welcomed the deal in a post on X. Turkey's Foreign Ministry said it was "
            "studying the text.")
    claims = claims_of(text)
    said = with_cue(claims, "said")
    assert said["speaker"]["norm"]["actor_id"] == "tur-foreign-ministry"
    assert said["speaker"]["via"]["text"] == "Turkey's Foreign Ministry"
    assert said["content"]["text"] == "it was studying the text"
    welcomed = with_cue(claims, "welcomed")
    assert speaker_text(welcomed) == "Senator Ruth Okafor"
    assert welcomed["content"]["text"].startswith("the deal in a post on X")
    assert "Turkey" not in welcomed["content"]["text"] and welcomed["end"] == text.index(" Turkey")


def test_a_surname_opening_the_sentence_after_a_post_on_x_is_its_person(full_nlp):
    from tests.conftest import actor_mentions

    text = ("Foreign Minister Ana Pereira and Trade Minister Liu Wenbo met in Geneva. Pereira thanked her "
            "host in a post on X. Liu said the talks were useful.")
    found = [(t, n["actor_id"]) for t, n in actor_mentions(full_nlp, text) if "liu" in n.get("actor_id", "")]
    assert ("Liu", "liu-wenbo") in found


def test_a_letter_before_a_surname_that_ends_the_sentence_is_an_initial(full_nlp):
    """``… by Y. Chen and X. Liu. Liu said``: ``and`` may join two initialled names; a word alone
    before a full stop is no sentence of its own, so ``X.`` stays the initial (review 48)."""
    text = "The survey was led by Y. Chen and X. Zhou. Zhou said the sample was small."
    assert _sents(full_nlp, text) == ["The survey was led by Y. Chen and X. Zhou.", "Zhou said the sample was small."]
