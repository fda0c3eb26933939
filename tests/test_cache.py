import spacy
from spacy.tokens import Doc

from pipeline import cache
from pipeline.work import new_doc

ATTRS = ["ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]
TEXT = "Zorvania's Defence Ministry said on Tuesday it had bought 40 drones from Qelmark for $12 million."


def _annotations(doc: Doc) -> list:
    return [(t.text, t.norm_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.is_sent_start,
             t.ent_iob_, t.ent_type_) for t in doc]


def test_pack_unpack_gives_the_parse_to_a_vocab_without_its_words(base_nlp):
    doc = base_nlp(TEXT)
    array, strings = cache.pack(doc)
    assert "Qelmark" not in spacy.blank("en").vocab.strings and "Qelmark" in strings
    other = spacy.blank("en")  # a process that has not met the words (nor the labels)
    got = cache.unpack(other.make_doc(TEXT), array, strings)
    assert _annotations(got) == _annotations(doc)
    assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [s.text for s in got.sents] == [s.text for s in doc.sents]


def test_pack_unpack_equals_the_docbin_round_trip(base_nlp):
    doc = base_nlp(TEXT + "\n\nA second paragraph, with no entity.")
    entry, _ = cache.from_bytes(cache.to_bytes([(0, doc)], "stamp"), spacy.blank("en").vocab)
    record = {"doc_id": "d", "text": doc.text}
    got = cache.unpack(new_doc(base_nlp, doc.text, record), *cache.pack(doc))
    assert got.to_array(ATTRS).tolist() == entry[0][1].to_array(ATTRS).tolist()
    assert got._.doc_id == "d"
