import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.work import shift_records, split_text


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n!?\"”"), max_size=3000),
       size=st.integers(min_value=5, max_value=400))
def test_split_text_pieces_concatenate_back(text, size):
    pieces = split_text(text, size)
    assert "".join(p for _, p in pieces) == text
    for (offset, piece) in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= size or len(pieces) == 1


def test_split_text_prefers_paragraph_then_sentence_boundaries():
    text = "First paragraph is here.\n\nSecond one. It goes on and on. And on."
    pieces = split_text(text, 40)
    assert pieces[0] == (0, "First paragraph is here.\n\n")
    pieces = split_text("One sentence here. Another sentence there.", 30)
    assert pieces[0][1] == "One sentence here. "


def test_shift_records_moves_every_span_and_rebuilds_ids():
    mention = {"schema": "mention/1", "mention_id": "d:money:3-5", "doc_id": "d", "kind": "money",
               "text": "$5", "start": 3, "end": 5, "norm": {"value": 5.0, "min": None}}
    claim = {"schema": "claim/1", "claim_id": "d:claim:0-9", "doc_id": "d", "start": 0, "end": 9,
             "sentence": {"start": 0, "end": 9}, "predicate": {"text": "paid", "start": 1, "end": 2},
             "money": [mention], "provenance": {"pipeline": "0"}}
    shifted = shift_records([mention, claim], 100)
    assert shifted[0]["mention_id"] == "d:money:103-105" and shifted[0]["norm"] == mention["norm"]
    c = shifted[1]
    assert (c["claim_id"], c["start"], c["end"]) == ("d:claim:100-109", 100, 109)
    assert c["sentence"] == {"start": 100, "end": 109} and c["predicate"]["start"] == 101
    assert c["money"][0]["mention_id"] == "d:money:103-105"
    assert mention["start"] == 3  # the input is not modified
    assert shift_records([mention], 0) == [mention]


def test_model_batches_bound_texts_and_characters():
    from pipeline.work import Piece, _model_batches

    pieces = [Piece(0, 0, None, n) for n in (40, 40, 40, 90, 10, 10, 10)]
    batches = [[p.chars for p in b] for b in _model_batches(pieces, max_docs=2, max_chars=100)]
    assert batches == [[40, 40], [40], [90, 10], [10, 10]]
    assert sum(len(b) for b in batches) == len(pieces)


def _decoded(entry: bytes) -> list:
    """A cache entry as comparable values (its strings are a set: the bytes may differ in order)."""
    import spacy

    from pipeline import cache

    chunks, stamp = cache.from_bytes(entry, spacy.blank("en").vocab)
    attrs = ["ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE"]
    return [stamp] + [(offset, doc.to_array(attrs).tolist(), sorted((k, [(s.start, s.end, s.label_) for s in g])
                                                                   for k, g in doc.spans.items()),
                       sorted(map(repr, doc.user_data.items()))) for offset, doc in chunks]


def test_the_model_and_the_rest_apart_give_what_process_batch_gives(full_nlp, seed_text, monkeypatch):
    """With a helper process, this process runs the model's neural pipes and the helper the rest
    (``after_model``), on the parse rebuilt from ``pack_parse``; records and cache entries are the
    same as the whole pipeline's, also for a text parsed in chunks."""
    from pipeline import io, work
    from pipeline.config import Settings
    from pipeline.identity import RunIdentity

    monkeypatch.setattr(work, "CHUNK_CHARS", 1500)
    run = RunIdentity.of(Settings())
    records = [{"doc_id": "seed", "text": seed_text, "published": "2016-03-01"},
               {"doc_id": "short", "text": "Moscow said on Monday it would send 300 soldiers."}]
    assert len(work.split_text(seed_text, 1500)) > 2

    def plain(result):
        return (result.doc_id, [io.dumps(r) for r in result.mentions], [io.dumps(r) for r in result.claims],
                result.words, _decoded(result.parse))

    expected = [plain(r) for r in work.process_batch(records, run, True)]
    parsed = work.model_batch(records, run)
    assert all(doc.has_annotation("DEP") and not doc.has_annotation("LEMMA") for c in parsed for _, doc in c)
    packed = [plain(work.finish_packed(r, work.pack_parse(r, c), run, True)) for r, c in zip(records, parsed)]
    here = [plain(work.finish_parse(r, c, run, True)) for r, c in zip(records, parsed)]
    assert packed == expected
    assert here == expected


def test_with_last_flags_the_last_batch_only():
    from pipeline.work import with_last

    assert list(with_last([[1], [2], [3]])) == [([1], False), ([2], False), ([3], True)]
    assert list(with_last(iter([[1]]))) == [([1], True)]
    assert list(with_last([])) == []
