import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from pipeline import extensions as ext
from pipeline.components.mentions import MentionMerger, mention_records, select


def _doc(nlp, text):
    return nlp.make_doc(text)


def test_select_longest_numeric_wins_and_actor_may_overlap(blank_nlp):
    doc = _doc(blank_nlp, "about 1,500 Iranian soldiers arrived")
    q = ext.add_mention(doc, ext.GROUP_QUANTITIES, 0, 28, "quantity", {"value": 1500.0}, "rule:q")
    d = ext.add_mention(doc, ext.GROUP_DATES, 6, 11, "date", {"value": "1500"}, "rule:d")
    a = ext.add_mention(doc, ext.GROUP_ACTORS, 12, 28, "actor", {"actor_id": "IRNMIL"}, "rule:a")
    chosen = select([q, d, a])
    assert [(s.label_, s.text) for s in chosen] == [("quantity", "about 1,500 Iranian soldiers"),
                                                     ("actor", "Iranian soldiers")]


def test_norm_is_kept_per_kind_at_same_offsets(blank_nlp):
    doc = _doc(blank_nlp, "In 2015 it rose")
    ext.add_mention(doc, ext.GROUP_DATES, 3, 7, "date", {"value": "2015"}, "rule:d1")
    ext.add_mention(doc, ext.GROUP_QUANTITIES, 3, 7, "quantity", {"value": 2015.0}, "rule:q1")
    assert doc.spans[ext.GROUP_DATES][0]._.norm == {"value": "2015"}
    assert doc.spans[ext.GROUP_QUANTITIES][0]._.norm == {"value": 2015.0}


def test_merger_uses_ner_only_for_kinds_without_component(blank_nlp):
    doc = _doc(blank_nlp, "Russia paid $5 in 2015")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 4, "MONEY"), Span(doc, 5, 6, "DATE")]
    doc.spans[ext.GROUP_DATES] = []  # the dates component ran and kept nothing
    MentionMerger(blank_nlp)(doc)
    recs = mention_records(doc, "d")
    assert [(r["kind"], r["text"], r["origin"], r["label"]) for r in recs] == [
        ("actor", "Russia", "ner", "GPE"), ("money", "$5", "ner", "MONEY")]
    assert recs[1]["norm"]["value"] is None and "currency_candidates" in recs[1]["norm"]


def test_add_mention_snaps_to_tokens_and_keeps_offsets_true(blank_nlp):
    doc = _doc(blank_nlp, "It cost $8bn.")
    span = ext.add_mention(doc, ext.GROUP_MONEY, 8, 11, "money", {}, "rule:x", alignment_mode="expand")
    assert doc.text[span.start_char:span.end_char] == span.text == "$8bn"
    assert ext.add_mention(doc, ext.GROUP_MONEY, 9, 10, "money", {}, "rule:x") is None


_BLANK = spacy.blank("en")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(["money", "date", "actor"])),
                max_size=25))
def test_select_keeps_non_overlapping_spans_like_the_naive_greedy(spans):
    doc = _BLANK.make_doc(" ".join(f"w{i}" for i in range(40)))
    candidates = [Span(doc, s, min(s + n, len(doc)), label=k) for s, n, k in spans]
    chosen = select(candidates)

    def naive(pool):
        kept = []
        for span in pool:
            if not any(span.start_char < o.end_char and o.start_char < span.end_char for o in kept):
                kept.append(span)
        return kept

    order = {"money": 0, "date": 2}
    numeric = sorted((s for s in candidates if s.label_ in order),
                     key=lambda s: (-(s.end_char - s.start_char), order[s.label_], s.start_char))
    actors = sorted((s for s in candidates if s.label_ == "actor"),
                    key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    expected = sorted(naive(numeric) + naive(actors), key=lambda s: (s.start_char, s.end_char, s.label_))
    assert [(s.start, s.end, s.label_) for s in chosen] == [(s.start, s.end, s.label_) for s in expected]
