"""Work grows linearly with the input on hostile text: long runs without spaces, repeated ``@``,
``.``, digits, commas, number words, titles and abbreviations.

Nothing here has a time limit: each test measures the same function on an input of size n and
of size 16n in the same run and compares the two (best of a few tries), in CPU time of this
thread, which other processes on a busy machine do not stretch. Linear work gives a ratio near
16, quadratic work near 256; the bound is 64, so noise that stretches one measurement fourfold
does not decide.
"""

import time

import pytest

from pipeline.components import numbers
from pipeline.components.claims import classify_paragraphs
from pipeline.components.dates import find_dates
from pipeline.components.money import find_money
from pipeline.components.quantities import find_quantities

GROWTH = 16
BOUND = 64.0

#: Units repeated into hostile texts: runs without spaces and runs of short words.
HOSTILE = ["a", "1", "@", ".", "a@", "a.", "x@y.", "1,", "1.", "1,000", "$", "$1", "-", "1-", "1/", "/",
           "A/a", "a'", "’", "(", "one ", "one-", "twenty-one ", "1 million ", "said ", "Mr. ", "U.S. ",
           "Aa ", "Reuters ", "1 ", " ", "\n", "www.", "http://", "\u2028",
           "10:30 5 ", "1/2/2015 5 "]  # masked ranges beside numbers


def _cost(fn, text: str, tries: int = 3) -> int:
    best = None
    for _ in range(tries):
        start = time.thread_time_ns()
        fn(text)
        spent = time.thread_time_ns() - start
        best = spent if best is None else min(best, spent)
    return max(best, 1)


def growth(fn, unit: str, size: int) -> float:
    """How much more ``fn`` works on ``unit`` repeated to 16 × size characters than to size."""
    small = "Iran said " + unit * (size // len(unit)) + " in 2015."
    large = "Iran said " + unit * (GROWTH * size // len(unit)) + " in 2015."
    ratio = _cost(fn, large) / _cost(fn, small)
    if ratio >= BOUND:  # measure once more before calling it quadratic: the machine may be busy
        ratio = min(ratio, _cost(fn, large) / _cost(fn, small))
    return ratio


def _turn_patterns(text: str) -> list:
    """Every pattern of ``claim_turns.jsonl`` on the text (labels at its start, the rest anywhere)."""
    from pipeline.components.claim_rules import load_rules

    rules = load_rules().turns
    found = [r.pattern.match(text) for r in rules.labels + rules.headlines]
    for r in rules.interviewers + rules.own_interview + rules.continuation + rules.chair_intros:
        found += list(r.pattern.finditer(text))
    return found


FINDERS = {
    "masks": numbers.masked_ranges,
    "money": find_money,
    "quantities": find_quantities,
    "dates": find_dates,
    "sections": classify_paragraphs,
    "turns": _turn_patterns,
}


@pytest.mark.parametrize("finder", sorted(FINDERS))
def test_text_patterns_grow_linearly_on_hostile_text(finder):
    fn = FINDERS[finder]
    fn("Warm up: Russia paid $5 million on May 3, 2015.")
    slow = {unit: round(r, 1) for unit in HOSTILE if (r := growth(fn, unit, 500)) >= BOUND}
    assert not slow, f"{finder}: work grows faster than the text (ratio for 16x the size): {slow}"


@pytest.mark.parametrize("unit", ["A.", "A.B/", "A. ", "A/", "Ab "])
def test_caption_credit_patterns_grow_linearly(unit):
    """A paragraph whose last line ends without a full stop is searched for a photo credit
    (``credit`` rules): a run of initials (``A.A.A.``) once made ``credit-slash`` backtrack
    exponentially (two alternatives both took the same ``.``)."""
    fn = lambda t: classify_paragraphs("Headline here\n\n" + t + " Ab\n\nThe body said so.")  # noqa: E731
    fn("Warm up. REUTERS/Lena Ortiz")
    assert growth(fn, unit, 60) < BOUND


def _credit_name_patterns(text: str) -> list:
    """The ``agency_tag`` and ``byline_name`` rules of ``claim_sections.jsonl`` and the tagline's
    name searched at every position of the text (in a run they look only inside a dateline or at
    a byline's or a biography's start)."""
    import re

    from pipeline.components.claim_quotes import _byline_name, _tagline_name
    from pipeline.components.claim_rules import load_rules

    sections = load_rules().sections
    words = tuple(w for r in sections if r["section"] == "byline_name" for w in r["words"])
    found = list(_byline_name(words).finditer(text)) + list(_tagline_name().finditer(text))
    for rule in (r for r in sections if r["section"] == "agency_tag"):
        found += list(re.finditer(rule["pattern"], text))
    return found


@pytest.mark.parametrize("unit", ["(", "(a", "(A ", "(Reuters ", "By ", "By Aa ", "BY A ", "Aa ", "A.", "Written by ",
                                  "al-", "Aa al-", "de la ", "By Aa van "])
def test_agency_tag_and_byline_name_grow_linearly(unit):
    """A dateline's agency tag (``(Reuters)``) and the byline's one name (``By Helen Park``),
    rule data now, stay linear on runs of brackets, capitalized words and opening words."""
    _credit_name_patterns("Warm up. By Helen Park\nVIENNA (Reuters) - ")
    assert growth(_credit_name_patterns, unit, 500) < BOUND


def test_growth_measure_tells_quadratic_from_linear():
    """The measure itself: the old e-mail mask is caught, its replacement passes."""
    import re

    old = re.compile(r"\S+@\S+\.\w+")
    new = dict(numbers.MASKS)["url"]
    # (small sizes: the old mask is worse than quadratic on a run of '@', 16 × 500 would take minutes)
    assert growth(lambda t: list(old.finditer(t)), "@", 60) >= BOUND
    assert growth(lambda t: list(new.finditer(t)), "@", 500) < BOUND


def test_email_and_url_mask_still_covers_addresses():
    text = "Write to john.smith2020@example.co.uk or see www.example.org/2015/report and https://x.io/a?b=1."
    masked = [text[s:e] for s, e, name in numbers.masked_ranges(text) if name == "url"]
    assert masked == ["john.smith2020@example.co.uk", "www.example.org/2015/report", "https://x.io/a?b=1."]


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["1,", "1.", "one ", "Mr. ", "Aa ", "@", "a.", "U.S. ",
                                  "The Dale Teachers Association met the Port Workers Federation. "
                                  "The association said the federation agreed.\n\n"])
def test_whole_document_work_grows_linearly(unit):
    """Model, rule components and claim extraction on one document, as a run does it."""
    from pipeline.config import Settings
    from pipeline.identity import RunIdentity
    from pipeline.work import process_batch

    run = RunIdentity.of(Settings())

    def work(text):
        process_batch([{"doc_id": "d", "sha256": "-", "text": text}], run, True)

    work("Warm up: Russia paid $5 million on May 3, 2015.")
    ratio = growth(work, unit, 400)
    assert ratio < BOUND, f"{unit!r}: {ratio:.1f}"


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["10:30 5 ", "1/2/2015 5 "])
def test_quantities_beside_many_masked_ranges_grow_linearly(unit):
    """Numbers between many masked times or dates: each candidate is checked against the masks,
    the money and the kept mentions through an index, not a scan (a scan made this quadratic; it
    shows only on texts longer than the general hostile-text check uses)."""
    find_quantities("Warm up: 5 tons of grain.")
    assert growth(find_quantities, unit, 2000) < BOUND


#: One paragraph of bodies and their short forms, ``{t}`` a tag that makes each paragraph's bodies
#: new: (text, type, origin) of each actor in it, ``id`` by the text.
BODIES = ("The {t} Harbor Workers Association said the Association met the {t} City Council. The City "
          "Council and the Treasury spoke before the {t} Treasury Department replied.\n\n")
BODY_ACTORS = [("{t} Harbor Workers Association", "organization", "rule:org-name"),
               ("the Association", "organization", "ner"), ("the {t} City Council", "legislature", "ner"),
               ("The City Council", "legislature", "ner"), ("the Treasury", "government", "ner"),
               ("the {t} Treasury Department", "government", "ner")]


def _bodies(paragraphs: int):
    """A document of ``paragraphs`` paragraphs of ``BODIES`` and its actors."""
    import spacy

    from pipeline.components.actor_model import Actor, make_norm
    from pipeline.components.gazetteer import slugify

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    tags = ["".join(chr(ord("A") + int(c)) for c in str(i)) for i in range(paragraphs)]
    text = "".join(BODIES.format(t=t) for t in tags)
    doc = nlp(text)
    spans, at = [], 0
    for t in tags:
        for name, atype, origin in BODY_ACTORS:
            name = name.format(t=t)
            at = text.index(name, at)
            span = doc.char_span(at, at + len(name))
            spans.append((span.start, span.end, make_norm(slugify(name), name, atype, None, False, None, "ner"),
                          origin))
            at += len(name)
    return doc, lambda: [Actor(s, e, dict(norm), origin) for s, e, norm, origin in spans]


def test_short_form_join_grows_linearly_with_the_bodies():
    """``the City Council`` after many bodies whose names end so, ``the Treasury`` before ``the …
    Treasury Department``: each short form looks up the names ending in its words (comparing it
    with every earlier body made this quadratic)."""
    from pipeline.components.actor_bodies import join_short_forms

    def work(built):
        doc, actors = built
        join_short_forms(doc, actors(), frozenset({"department"}))

    small, large = _bodies(30), _bodies(30 * GROWTH)
    doc, make = small
    actors = make()
    join_short_forms(doc, actors, frozenset({"department"}))
    joined = [(doc[a.start:a.end].text, a.norm["actor_id"]) for a in actors if a.origin == "rule:short-form"]
    assert joined[:3] == [("the Association", "a-harbor-workers-association"), ("The City Council", "a-city-council"),
                          ("the Treasury", "a-treasury-department")]
    assert len(joined) == 3 + 29  # later paragraphs: only their own Treasury Department (two bodies end so)
    ratio = _cost(work, large) / _cost(work, small)
    if ratio >= BOUND:
        ratio = min(ratio, _cost(work, large) / _cost(work, small))
    assert ratio < BOUND, f"{ratio:.1f}"


#: one question and one answer (``claim_turns``), short: the turns, not the clauses, are many
_QA_HEAD = "Interview by Ben Holland\n\nMayor Elena Garcia talked about the budget. Garcia said it was tight.\n\n"
_QA_TURNS = "Q: Why, Mayor?\n\nA: Adler knows.\n\n"


@pytest.mark.slow
def test_claims_of_a_long_transcript_grow_linearly(full_nlp):
    """Claim extraction on a Q-and-A of n and 16n turns, parsed beforehand (the model is not
    measured): each turn, paragraph and clause finds its turn, mentions and excluded labels through
    an index, not a scan of every turn (a scan made an 800-turn interview take 24 s)."""
    from pipeline.components.claims import extract_claims

    n = 40  # 80 turns and 1280 (a scan of every turn per turn: ratio 81 before the indexes, 16 now)
    docs = {k: full_nlp(_QA_HEAD + _QA_TURNS * k) for k in (n, n * GROWTH)}
    extract_claims(docs[n], "d")  # warm up: rules loaded

    def cost(k):
        return min(_timed(lambda: extract_claims(docs[k], "d")) for _ in range(3))

    ratio = cost(n * GROWTH) / cost(n)
    if ratio >= BOUND:  # measure once more before calling it quadratic: the machine may be busy
        ratio = min(ratio, cost(n * GROWTH) / cost(n))
    assert ratio < BOUND, f"{ratio:.1f}"


def _timed(fn) -> int:
    start = time.thread_time_ns()
    fn()
    return max(time.thread_time_ns() - start, 1)


def test_short_name_spelling_grows_linearly_with_the_name_words():
    """``abbreviates`` tries every split of the short name over the name's words: unmemoised, a
    run of lower-case words that all start with its letters made it exponential (15 letters over
    16 words took a minute); memoised, the work is letters × words × word length."""
    from pipeline.components.actor_acronyms import abbreviates

    def work(n):
        words = [("a" * 8, True)] + [("a" * 8, False)] * n + [("a" * 8, True)]
        return lambda: abbreviates("a" * 8 + "b", words)

    assert not work(20)()
    assert abbreviates("a" * 14 + "b", [("a" * 14, True)] + [("a" * 14, False)] * 14 + [("a" * 14, True)]) is False
    ratio = min(_timed(work(20 * GROWTH)) for _ in range(3)) / min(_timed(work(20)) for _ in range(3))
    if ratio >= BOUND:  # measure once more before calling it quadratic: the machine may be busy
        ratio = min(ratio, min(_timed(work(20 * GROWTH)) for _ in range(3)) / min(_timed(work(20)) for _ in range(3)))
    assert ratio < BOUND, f"{ratio:.1f}"
