"""claim_sections: the one detector of bylines, credit and contributor lines, photo credits and
dateline agency tags (``credit_spans``), shared by the claims and the actor layer."""

from __future__ import annotations

import pytest

from pipeline.components.claim_sections import classify_paragraphs, credit_spans, in_nested_quote, quotations, single_quote_spans

HEAD = "Council delays vote on transit plan\n\n"
BODY = "The council met on Tuesday and put off the vote until June, officials said.\n\n"


def credits(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start:c.end]) for c in credit_spans(text)]


@pytest.mark.parametrize("caption, credit", [
    ("Riot police outside parliament in Nairobi on Tuesday. Photo: Tony Karumba/AFP via Getty Images",
     "Photo: Tony Karumba/AFP via Getty Images"),
    ("Sailors aboard the carrier on Monday. U.S. Navy/Handout via REUTERS", "U.S. Navy/Handout via REUTERS"),
    ("Mayor Ann Cole greets voters in Tucson on Saturday. (AP Photo/Ross D. Franklin)",
     "(AP Photo/Ross D. Franklin)"),
    ("The minister at a briefing in Kyiv. \u201cWe will hold,\u201d he said. Credit: Oleh Petrenko for The Courier",
     "Credit: Oleh Petrenko for The Courier"),
    ("Voters queue in Lagos on Saturday. Photograph: Pius Utomi Ekpei/AFP", "Photograph: Pius Utomi Ekpei/AFP"),
    ("Dockworkers on strike in Antwerp. \u00a9 Dirk Waem/Belga", "\u00a9 Dirk Waem/Belga"),
    ("Firefighters at the scene on Sunday. Photo by Lena Hoffmann for The Tribune",
     "Photo by Lena Hoffmann for The Tribune"),
    ("Senators leave the chamber on Thursday. Credit...Tom Brenner/The New York Times",
     "Credit...Tom Brenner/The New York Times"),
    ("The governor at a briefing in Austin in March. (AP Photo/Eric Gay, File)", "(AP Photo/Eric Gay, File)"),
    ("Delegates arrive for the vote. (Photo by Chip Lowe/Getty Images)", "(Photo by Chip Lowe/Getty Images)"),
])
def test_photo_credits_end_a_caption_in_each_outlets_format(caption, credit):
    text = HEAD + BODY + caption + "\n\n" + BODY
    assert credits(text) == [("photo", credit)]
    assert [p.label for p in classify_paragraphs(text)][2] == "caption"


@pytest.mark.parametrize("line", [
    "Contributing: Dana Ortiz, The Courier; The Associated Press",
    "\u2014 Compiled by Marta Lindqvist",
    "Staff writer Dana Ortiz contributed to this report.",
    "Associated Press writers Ken Abe in Tokyo and Mi-jin Park in Seoul contributed to this report.",
    "Follow her on X @danaortiz",
    "Write to Dana Ortiz at dana.ortiz@example.com",
    "(Reporting by Tom Reed in London; additional reporting by Ana Silva; Editing by Mark Heller)",
])
def test_contributor_lines_are_credits_and_give_no_claims(line):
    text = HEAD + BODY + BODY + line
    assert credits(text) == [("note", line)]
    last = classify_paragraphs(text)[-1]
    assert last.label == "note" and not last.emits_claims and last.credit


@pytest.mark.parametrize("paragraph", [
    "Compiled by the statistics office, the figures show exports fell 4 percent in May.",
    "Harlan Smith contributed $5,000 to the campaign, records show.",
    "The band played AC/DC songs at the rally",
    "Photo: Mayor Ann Cole greets voters at a rally in Tucson",
    "Reuters reported on Monday that the talks had stalled.",
])
def test_body_words_about_credits_are_no_credit(paragraph):
    text = HEAD + BODY + paragraph + "\n\n" + BODY
    assert [c for c in credits(text) if c[0] != "byline"] == []


def test_bylines_with_places_and_outlet_lines_are_credits():
    text = HEAD + "Tom Reed in Nairobi and Ana Silva in Kampala\n\n" + BODY
    assert credits(text) == [("byline", "Tom Reed in Nairobi and Ana Silva in Kampala")]
    text = HEAD + "By Jane Roe in Lisbon and Ed Lane in Madrid\n\nThe Washington Post\n\n" + BODY
    assert credits(text) == [("byline", "By Jane Roe in Lisbon and Ed Lane in Madrid"),
                             ("byline", "The Washington Post")]


def test_a_dateline_line_after_a_byline_stays_a_dateline():
    text = HEAD + "By Jane Roe\n\nBRUSSELS\n\n" + BODY
    assert credits(text) == [("byline", "By Jane Roe")]


def test_the_agency_tag_of_a_dateline_is_a_credit_the_place_is_not():
    text = HEAD + "NAIROBI, Kenya (AFP) \u2014 " + BODY
    assert credits(text) == [("agency", "(AFP)")]


def test_the_agency_tag_is_rule_data():
    """The tag is found by the ``agency_tag`` rules of ``claim_sections.jsonl``: without them the
    dateline keeps no credit."""
    from pipeline.components.claim_rules import SectionRules, load_section_rules

    text = HEAD + "GENEVA (Xinhua) \u2014 " + BODY
    assert credits(text) == [("agency", "(Xinhua)")]
    rules = SectionRules(tuple(r for r in load_section_rules().sections if r["section"] != "agency_tag"))
    assert credit_spans(text, rules) == []


@pytest.mark.parametrize("unit", ["A.", ".A", "A.A/", "J. R./"])
def test_credit_patterns_grow_linearly_on_runs_of_initials(unit):
    """A caption's last line of initials and dots (no final period, so the credit rules run): a
    dot may be read one way only (the slash credit read ``A.`` two ways, and 25 of them took 30 s)."""
    from tests.test_linear_time import BOUND, GROWTH, _cost

    def work(n):
        return "Flood waters in the old town\n\n" + unit * (n // len(unit)) + " x"

    credit_spans(work(100))
    ratio = _cost(credit_spans, work(2000 * GROWTH)) / _cost(credit_spans, work(2000))
    assert ratio < BOUND, f"{unit!r}: {ratio:.1f}"


@pytest.mark.parametrize("opening, dateline", [
    ("BERLIN, March 3 (MPA) \u2014 Germany and Poland agreed", "BERLIN, March 3 (MPA) \u2014 "),
    ("OTTAWA, Nov. 18 \u2014 Canada said", "OTTAWA, Nov. 18 \u2014 "),
])
def test_a_capitals_dateline_with_a_date_is_a_dateline(opening, dateline):
    from pipeline.components.claim_sections import dateline_spans

    text = HEAD + opening + " on Thursday to reopen the border.\n\n"
    assert [text[s:e] for s, e in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("opening, dateline", [
    ("(Reuters) -- Norway's largest insurer raised its premiums", "(Reuters) -- "),
    ("(AFP) \u2014 Kenya's electoral commission declared", "(AFP) \u2014 "),
])
def test_an_agency_alone_opening_the_lead_is_a_dateline(opening, dateline):
    """``(Bloomberg) -- The bank cut … and signaled …``: the agency tag alone before the dash is a
    dateline (never the subject the parser hangs the second verb on)."""
    from pipeline.components.claim_sections import dateline_spans

    text = HEAD + opening + " on Thursday.\n\n"
    assert [text[s:e] for s, e in dateline_spans(text)] == [dateline]


def test_an_agency_in_brackets_without_a_dash_is_no_dateline():
    from pipeline.components.claim_sections import dateline_spans

    text = HEAD + "(Bloomberg) reported on Monday that the bank would cut rates.\n\n"
    assert dateline_spans(text) == []


def test_a_first_line_ending_in_a_quotation_after_a_colon_is_a_headline():
    """``… tower. Lawmaker: 'We owe these people relief.'``: the final period is the quotation's."""
    from pipeline.components.claim_sections import section_spans

    text = ("Drought shuts three dairies. Farmer: 'We sold the herd.'\n\n"
            "Three family dairies closed this month after wells ran dry.\n\nThe county said more would follow.\n")
    assert [s.label for s in section_spans(text)][0] == "headline"


def test_a_first_line_ending_in_a_plain_sentence_is_no_headline():
    from pipeline.components.claim_sections import section_spans

    text = ("Three dairies shut. The farmer sold the herd.\n\n"
            "Three family dairies closed this month after wells ran dry.\n\nThe county said more would follow.\n")
    assert [s.label for s in section_spans(text)][0] == "body"


def test_a_name_alone_under_the_headline_is_a_byline():
    text = ("Opinion\n\nThe bus plan is a good idea badly sold\n\nRachel Whitmore\n\n"
            "Nobody likes a fare rise. I suspect the mayor knows that.\n\n"
            "Rachel Whitmore is a columnist for the Northern Courier.\n")
    assert credits(text) == [("byline", "Rachel Whitmore")]


@pytest.mark.parametrize("text", [
    # a topic label naming the man the story is about
    "Labour leadership\n\nKeir Starmer\n\nStarmer faces a revolt over welfare cuts\n\n"
    "Keir Starmer faced a revolt on Monday as 40 MPs signed a letter opposing the cuts.\n",
    # a kicker that is no person's name
    "Budget 2026\n\nChip Wars\n\nThe council met on Tuesday and put off the vote until June.\n",
])
def test_a_name_line_the_story_is_about_or_a_kicker_is_no_byline(text):
    assert credits(text) == []


@pytest.mark.parametrize("byline, bio", [
    ("By Karim Nasser el-Haddad", "Karim Nasser el-Haddad is a senior researcher at the Carnegie Middle East Center."),
    ("By Lotte van der Berg", "Lotte van der Berg is a fellow in energy policy at Leiden University."),
])
def test_a_byline_and_a_biography_whose_surname_opens_with_particles_are_found(byline, bio):
    text = "Why the dam deal will fail\n\n" + byline + "\n\n" + BODY + bio + "\n"
    assert credits(text) == [("byline", byline)]
    assert [p.label for p in classify_paragraphs(text)][-1] == "bio"


def test_a_name_line_with_an_unlisted_given_name_is_a_byline_when_the_biography_opens_with_it():
    text = ("Why the port reform is stalling\n\nMar 12, 2026\n\nTemitope Adebayo-Cole\n\n" + BODY
            + "Temitope Adebayo-Cole, a former director of the ports authority, is a senior fellow at the "
            "Lagos Policy Institute.\n")
    assert credits(text) == [("byline", "Temitope Adebayo-Cole")]
    assert [p.label for p in classify_paragraphs(text)][-1] == "bio"


def test_a_name_line_with_an_unlisted_given_name_and_no_biography_is_no_byline():
    text = ("Port reform\n\nTemitope Adebayo-Cole\n\n" + BODY
            + "Temitope Adebayo-Cole, the ports director, said the delays would ease by June.\n")
    assert credits(text) == []
    assert [p.label for p in classify_paragraphs(text)][-1] == "body"


@pytest.mark.parametrize("note", [
    "The views expressed in this commentary are solely those of the author.",
    "The opinions expressed here are the author\u2019s own and do not reflect the position of the Courier.",
])
def test_an_op_ed_disclaimer_is_a_silent_note_below_the_biography(note):
    text = HEAD + BODY + "Ana Ruiz is a professor of law at the University of Texas.\n\n" + note + "\n"
    paras = classify_paragraphs(text)
    assert [p.label for p in paras][-2:] == ["bio", "note"] and not paras[-1].emits_claims


def test_body_words_about_views_expressed_are_no_note():
    text = HEAD + "The views expressed at the hearing were sharply divided, officials said.\n"
    assert [p.label for p in classify_paragraphs(text)][-1] == "body"


@pytest.mark.parametrize("note", [
    "This article was amended on 4 May 2026. An earlier version gave the wrong date.",
    "This story has been corrected to show that the vote is in June.",
])
def test_an_unlabelled_correction_is_a_note(note):
    text = HEAD + BODY + note + "\n"
    assert [p.label for p in classify_paragraphs(text)][-1] == "note"


@pytest.mark.parametrize("last, byline", [
    ("I think the council got this one right.", True),  # the writer's I, after several quotations
    ("\"I think the council got this one right,\" Marsh said.", False),  # an I quoted only
])
def test_a_name_line_is_a_byline_only_with_an_i_outside_quotations(last, byline):
    text = ("Why the ferry fare rise is fair\n\nGareth Llewellyn\n\n"
            "\"We had no choice,\" Marsh said. \"I would do it again,\" she added. \"Ask me in a year.\"\n\n"
            + last + "\n")
    labels = [p.label for p in classify_paragraphs(text)]
    assert (labels[1] == "byline") is byline


def _labels(text: str) -> list[tuple[str, str]]:
    return [(p.label, text[p.start:p.end].split("\n")[0]) for p in classify_paragraphs(text)]


@pytest.mark.parametrize("block", [
    "Key points:\n- Regulator says fault went unreported for 'months'\n- Operator apologises",
    "\u2022 Regulator says fault went unreported\n\n\u2022 Operator apologises",
    "* Regulator fines operator 12 million pounds\n* Union says staff were \"told to keep quiet\"",
    "1. Regulator fines operator\n2. Union calls strike",
])
def test_summary_bullets_under_the_headline_are_subheads(block):
    text = f"Rail operator fined over signal failures\n\n{block}\n\nBy Ana Ruiz\n\nThe regulator fined Northline Rail on Monday."
    labels = [label for label, _ in _labels(text)]
    assert labels[0] == "headline" and labels[-2:] == ["byline", "body"]
    assert set(labels[1:-2]) == {"subhead"}


def test_bullets_after_a_byline_are_subheads_too():
    text = ("Lender sinks after curbs on gold-loan unit\n\nBy Ana Ruiz\nJuly 29, 2026\n\n"
            "- Central bank cites 'serious deficiencies'\n- CEO says lender will fix them within weeks\n\n"
            "Shares of Kaveri Finance fell 19% on Wednesday.")
    assert [label for label, _ in _labels(text)] == ["headline", "byline", "subhead", "body"]


@pytest.mark.parametrize("block", [
    # full sentences in a fact-check summary are body text
    "- Prices rose about 19% in two years, according to federal data.\n- Supply is only part of a bill.",
    # a list in the body, after the lede
    "The regulator fined Northline Rail on Monday.\n\n- Regulator says fault went unreported",
])
def test_body_lists_are_no_subheads(block):
    text = f"Rail operator fined over signal failures\n\n{block}\n\nThe operator said it would appeal."
    assert "subhead" not in [label for label, _ in _labels(text)]


@pytest.mark.parametrize("label", ["Summary:", "Highlights:", "In brief:", "What we know:"])
def test_summary_labels_are_rule_data(label):
    text = (f"Port strike enters second week\n\n{label}\n- Dockers say talks 'going nowhere'\n- Ministry urges calm\n\n"
            "ROTTERDAM - Dock workers extended their strike on Monday.")
    assert [lab for lab, _ in _labels(text)] == ["headline", "subhead", "body"]


@pytest.mark.parametrize("label", ["Read more:", "Related:", "More stories:", "See also:"])
def test_related_story_lists_are_no_subheads(label):
    text = (f"Port strike enters second week\n\n{label}\n- Minister says strike 'illegal'\n- Police say two arrested\n\n"
            "ROTTERDAM - Dock workers extended their strike on Monday.")
    assert [lab for lab, _ in _labels(text)] == ["headline", "note", "body"]  # a silent note (related_list)


def test_an_unknown_label_over_bullets_makes_no_subheads():
    text = ("Port strike enters second week\n\nOther news:\n- Minister says strike 'illegal'\n- Police say two arrested\n\n"
            "ROTTERDAM - Dock workers extended their strike on Monday.")
    assert "subhead" not in [lab for lab, _ in _labels(text)]


# -- related-story lists (round 23) -------------------------------------------------------------
_STORY = ("Ferry fares to rise in April\n\n"
          "Ferry fares on the Tarrow crossing will rise by 8 percent in April, the operator said.\n\n{list}\n\n"
          "The operator said the rise would pay for two new vessels.")


@pytest.mark.parametrize("block", [
    "Read more:\nTransport minister says ferry subsidy will end\nIsland council warns of empty shops",
    "Related: Harbour chief says new terminal will open in May",
    "See also\n- Unions say crews are stretched\n- Opposition calls ferry deal 'a giveaway'",
    "RELATED COVERAGE:\nWhy the crossing is so expensive\nIs the ferry service running out of money?",
])
def test_a_related_story_list_is_a_silent_note(block):
    text = _STORY.format(list=block)
    start = text.index(block)
    para = next(p for p in classify_paragraphs(text) if p.start == start)
    assert (para.label, para.emits_claims, para.related) == ("note", False, True)
    assert [p.related for p in classify_paragraphs(text)].count(True) == 1


def test_a_label_alone_takes_the_headline_paragraphs_after_it_up_to_the_body():
    text = _STORY.format(list="More on this story\n\nCouncil says ferry timetable will change\n\n"
                              "Islanders vote to keep the night crossing")
    labels = [(text[p.start:p.end][:20], p.related) for p in classify_paragraphs(text)]
    assert [related for _, related in labels] == [False, False, True, True, True, False]


@pytest.mark.parametrize("block", [
    # a body sentence after a label-like word: it ends a sentence, no headline
    "See also: the operator's letter to passengers, which said fares had been frozen for six years.",
    # a list under a label whose lines are sentences of the story
    "Related:\nThe operator said fuel costs rose by a third.\nPassengers said they would drive instead.",
    # no label: a short crosshead stays body
    "Fuel costs rise",
])
def test_near_miss_related_list_stays_body(block):
    text = _STORY.format(list=block)
    start = text.index(block)
    para = next(p for p in classify_paragraphs(text) if p.start == start)
    assert not para.related and para.emits_claims


@pytest.mark.parametrize("after", [
    # a body sentence that lost its period, closed by a past-tense attribution (rows attributed_line)
    "The new timetable will start in June, a council spokeswoman said",
    "The operator said that the night crossing would be kept",
    "According to the operator, the night crossing will be kept",
])
def test_a_label_alone_does_not_take_an_attributed_sentence(after):
    text = _STORY.format(list=f"Related\n\n{after}")
    para = next(p for p in classify_paragraphs(text) if p.start == text.index(after))
    assert not para.related and para.emits_claims


def test_a_label_alone_still_takes_a_headline_that_says():
    text = _STORY.format(list="Related\n\nFerry fares will rise again next year, operator says")
    para = next(p for p in classify_paragraphs(text) if p.start == text.index("Ferry fares will rise again"))
    assert para.related


def test_a_label_alone_takes_a_few_paragraphs_at_most():
    heads = [f"Island council number {n} votes on crossing" for n in range(1, 10)]
    text = _STORY.format(list="More on this story\n\n" + "\n\n".join(heads))
    related = [p.related for p in classify_paragraphs(text) if text[p.start:p.end] in heads]
    assert related == [True] * 6 + [False] * 3


@pytest.mark.parametrize("caption", [
    "Image caption: Fishing boats tied up in the harbour at Mallaig during the strike last spring",
    "Image caption - The new footbridge over the river was closed for repairs after the storm",
])
def test_an_image_caption_line_is_a_caption_not_the_lede(caption):
    text = HEAD + caption + "\n\n" + BODY
    assert [p.label for p in classify_paragraphs(text)][1] == "caption"


@pytest.mark.parametrize("text, quoted", [
    ("\u2018Nobody asked us\u2019: dockers reject the new shift rota", ["\u2018Nobody asked us\u2019"]),
    ("Flood defences: \u2018Too little, too late,\u2019 says Harlow", ["\u2018Too little, too late,\u2019"]),
    ("The union called the offer \u2018an insult\u2019 and walked out. Talks were \u2018over\u2019.",
     ["\u2018an insult\u2019", "\u2018over\u2019"]),
    ("The minister blamed \u2018years of cuts\u2019 and resigned.", ["\u2018years of cuts\u2019"]),
    ("\u2018It\u2019s a blow to the nurses\u2019 pay,\u2019 said Lowe.",
     ["\u2018It\u2019s a blow to the nurses\u2019 pay,\u2019"]),
    ("Grace (\u2018we never gave up\u2019) won.", ["\u2018we never gave up\u2019"]),
])
def test_single_quote_spans_reads_quotations_in_single_marks(text, quoted):
    assert [text[s:e] for s, e in single_quote_spans(text)] == quoted
    assert all(span in quotations(text) for span in single_quote_spans(text))


@pytest.mark.parametrize("text", [
    "It\u2019s rock \u2019n\u2019 roll from the \u201990s, said Lopez\u2019 manager.",  # apostrophes only
    "\u201cShe told me \u2018never\u2019 twice,\u201d Ruiz said.",  # nested in a double-quoted one
    "He said \u2018we will see.\n\nNobody\u2019s sure.",  # not closed in its paragraph
    "The word\u2018s origin is unclear\u2019 to me.",  # not at a word start
])
def test_single_quote_spans_reads_no_apostrophe_or_nested_mark(text):
    assert single_quote_spans(text) == []


@pytest.mark.parametrize("text, quoted", [
    # a shortened year typed with an opening mark is an apostrophe, not a quotation running on
    ("Since the \u201870s, steel output in the region has fallen by a third. Union chief Ann Price said "
     "the welders\u2019 jobs were safe, but rivals called the deal \u2018a sham\u2019.", ["\u2018a sham\u2019"]),
    ("By the \u201800s, the club\u2019s crowds had doubled, the owners\u2019 figures show.", []),
    ("Turnout fell in the \u201890s. Harris said the \u2018fully funded\u2019 plan would pass.",
     ["\u2018fully funded\u2019"]),
    ("The firm was founded in \u201808, the year the bank said \u2018no\u2019.", ["\u2018no\u2019"]),
    # a quotation opening with a number is no year
    ("The union warned: \u201815,000 members will walk out on Monday.\u2019",
     ["\u201815,000 members will walk out on Monday.\u2019"]),
    ("\u201875% of the wards are short of nurses,\u2019 the report said.",
     ["\u201875% of the wards are short of nurses,\u2019"]),
    ("Ross said: \u201812.5% is the most we can offer.\u2019", ["\u201812.5% is the most we can offer.\u2019"]),
    # an opener with no close of its own does not hide the paragraph's later quotations
    ("Supporters chanted \u2018Bring back our coach all night. The chairman called the defeat "
     "\u2018a humiliation\u2019 on Monday.", ["\u2018a humiliation\u2019"]),
    # a possessive mark after a sentence end does not close a quotation opened before it
    ("The mayor praised the \u2018green corridor for cyclists. Critics said the drivers\u2019 costs rose.", []),
])
def test_single_quote_spans_reads_a_year_apostrophe_and_an_unclosed_opener(text, quoted):
    assert [text[s:e] for s, e in single_quote_spans(text)] == quoted


def test_in_nested_quote_reads_a_single_quoted_quotation_as_not_nested_in_itself():
    """``‘My father farmed here. I only wanted …,’``: the quotation's own ``‘`` nests nothing; a
    ``‘`` inside a double-quoted one does (``“… and he said, ‘I …``)."""
    single = "\u2018My father farmed here. I only wanted a fair hearing,\u2019 he said."
    assert not in_nested_quote(single, 0, single.index(" I ") + 1)
    double = "\u201cHe rang and said, \u2018I will sell the farm\u2019 to me,\u201d she said."
    assert in_nested_quote(double, 0, double.index("I will"))
