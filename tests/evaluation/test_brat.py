"""Tests for pipeline.evaluation.brat: brat standoff pairs read onto the ingested document text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.evaluation.brat import BratError, Fragment, document_text, has_brat, read_brat, read_brat_all
from pipeline.stages.ingest import iter_documents

FRONT = "---\nid: ortiz-budget\ntitle: Ortiz rejects budget\npublished: 2026-03-02\n---\n\n"
BODY = ('Budget talks stall\n\nWASHINGTON — Sen. Maria Ortiz said the package would cost taxpayers '
        '$4 billion over a decade.\n\n"We will not back down," she told reporters, "not this year."\n')


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth whole-word occurrence of needle."""
    found = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))[nth]
    return found.start(), found.end()


def _t(ident: str, kind: str, file_text: str, needle: str, nth: int = 0) -> str:
    s, e = _at(file_text, needle, nth)
    return f"{ident}\t{kind} {s} {e}\t{needle}"


def _write(folder: Path, name: str, text: str, ann_lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    (folder / f"{name}.ann").write_text("\n".join(ann_lines) + "\n", encoding="utf-8", newline="")
    return folder / f"{name}.txt"


def _attribution_ann(file_text: str) -> list[str]:
    q1 = _at(file_text, "We will not back down,")
    q2 = _at(file_text, "not this year.")
    content = f"T6\tContent {q1[0]} {q1[1]};{q2[0]} {q2[1]}\tWe will not back down, not this year."
    return [
        _t("T1", "Source", file_text, "Sen. Maria Ortiz"),
        _t("T2", "Cue", file_text, "said"),
        _t("T3", "Content", file_text, "the package would cost taxpayers $4 billion over a decade"),
        "E1\tAttribution:T2 Source:T1 Content:T3",
        "#1\tAnnotatorNotes T1\tspeaker: Maria Ortiz | Ortiz | Sen. Ortiz",
        _t("T4", "Source", file_text, "she"),
        _t("T5", "Cue", file_text, "told reporters"),
        content,
        "E2\tAttribution:T5 Source:T4 Content:T6",
        "#2\tAnnotatorNotes T4\tspeaker: Maria Ortiz | Ortiz",
        "R1\tCoref Arg1:T4 Arg2:T1",
        "A1\tNegated E2",
        "A2\tConfidence E1 High",
        "*\tEquiv T1 T4",
        "N1\tReference T1 Wikidata:Q1\tMaria Ortiz",
    ]


def test_read_brat_shifts_offsets_past_front_matter(tmp_path):
    file_text = FRONT + BODY
    txt = _write(tmp_path, "a", file_text, _attribution_ann(file_text))
    doc = read_brat(txt)
    assert doc.doc_id == "ortiz-budget"
    assert doc.text == BODY
    assert doc.offset == len(FRONT)
    assert doc.meta["title"] == "Ortiz rejects budget"
    for span in doc.spans.values():
        assert " ".join(doc.text[f.start:f.end] for f in span.fragments) == span.text
    source = doc.spans["T1"]
    assert (source.start, source.end) == (BODY.index("Sen. Maria"), BODY.index("Sen. Maria") + 16)
    assert source.line == 1


def test_read_brat_offsets_agree_with_ingest(tmp_path):
    file_text = FRONT + BODY
    _write(tmp_path, "a", file_text, _attribution_ann(file_text))
    ingested = [d for d in iter_documents([tmp_path]) if d.get("schema") == "document/1"]
    (doc,) = read_brat_all([tmp_path])
    assert [(d["doc_id"], d["text"]) for d in ingested] == [(doc.doc_id, doc.text)]


def test_read_brat_discontinuous_fragments(tmp_path):
    file_text = FRONT + BODY
    doc = read_brat(_write(tmp_path, "a", file_text, _attribution_ann(file_text)))
    content = doc.spans["T6"]
    assert len(content.fragments) == 2
    assert content.text == "We will not back down, not this year."
    assert BODY[content.start:content.end].startswith("We will not back down,")
    assert BODY[content.start:content.end].endswith("not this year.")
    assert content.length == len("We will not back down,") + len("not this year.")


def test_read_brat_events_relations_notes_attributes(tmp_path):
    file_text = FRONT + BODY
    doc = read_brat(_write(tmp_path, "a", file_text, _attribution_ann(file_text)))
    e2 = doc.events["E2"]
    assert (e2.type, e2.trigger) == ("Attribution", "T5")
    assert e2.args("Source") == ["T4"] and e2.args("Content") == ["T6"] and e2.args("Cue") == []
    assert doc.notes_on("T1") == ["speaker: Maria Ortiz | Ortiz | Sen. Ortiz"]
    assert doc.notes_on("T2") == []
    assert doc.attributes_on("E2") == {"Negated": True}
    assert doc.attributes_on("E1") == {"Confidence": "High"}
    coref = next(r for r in doc.relations if r.id == "R1")
    assert [(a.role, a.target) for a in coref.arguments] == [("Arg1", "T4"), ("Arg2", "T1")]
    equiv = next(r for r in doc.relations if r.id == "*")
    assert equiv.type == "Equiv" and [a.target for a in equiv.arguments] == ["T1", "T4"]
    assert doc.normalizations[0].reference == "Wikidata:Q1"
    assert [s.id for s in doc.spans_of("Cue")] == ["T2", "T5"]


def test_read_brat_numbered_roles_and_no_front_matter(tmp_path):
    text = 'Ortiz and Lindqvist wrote that the vote was rigged.\n'
    ann = [_t("T1", "Source", text, "Ortiz"), _t("T2", "Source", text, "Lindqvist"),
           _t("T3", "Cue", text, "wrote"), _t("T4", "Content", text, "the vote was rigged"),
           "E1\tAttribution:T3 Source:T1 Source2:T2 Content:T4"]
    doc = read_brat(_write(tmp_path / "sub", "joint", text, ann))
    assert doc.offset == 0 and doc.text == text
    assert doc.events["E1"].args("Source") == ["T1", "T2"]
    (again,) = read_brat_all([tmp_path])
    assert again.doc_id == "sub/joint.txt"  # relative to the folder given, as ingest names it


def test_read_brat_byte_order_mark_and_crlf(tmp_path):
    file_text = "\ufeff---\r\ntitle: T\r\n---\r\n\r\nThe minister said no.\r\n"
    ann = [_t("T1", "Cue", file_text, "said")]
    doc = read_brat(_write(tmp_path, "bom", file_text, ann))
    assert doc.text == "The minister said no.\r\n"
    assert doc.text[doc.spans["T1"].start:doc.spans["T1"].end] == "said"
    ingested = next(d for d in iter_documents([tmp_path]) if d.get("schema") == "document/1")
    assert ingested["text"] == doc.text


def test_read_brat_ann_with_byte_order_mark(tmp_path):
    file_text = "The minister said no.\n"
    txt = _write(tmp_path, "b", file_text, [_t("T1", "Cue", file_text, "said")])
    (tmp_path / "b.ann").write_text("\ufeff" + (tmp_path / "b.ann").read_text(encoding="utf-8"), encoding="utf-8")
    assert read_brat(txt).spans["T1"].text == "said"


def test_read_brat_malformed_front_matter_keeps_whole_text(tmp_path):
    file_text = "---\nnot a key value line\n\nThe minister said no.\n"
    doc = read_brat(_write(tmp_path, "x", file_text, [_t("T1", "Cue", file_text, "said")]))
    assert doc.offset == 0 and doc.text == file_text
    ingested = next(d for d in iter_documents([tmp_path]) if d.get("schema") == "document/1")
    assert ingested["text"] == doc.text


@pytest.mark.parametrize("line, message", [
    ("T2\tCue {s} {e}\tsays", "does not match the file text"),
    ("T2\tCue {e} {s}\tsaid", "empty or outside"),
    ("T2\tCue {s} 9999\tsaid", "empty or outside"),
    ("T2\tCue {s} x\tsaid", "is not a number"),
    ("T2\tCue {s}\tsaid", "is not 'START END'"),
    ("T2\tCue {s} {e}", "needs 3 tab-separated fields"),
    ("T2\tCue {s} {e};{s} {e}\tsaid said", "overlap or are out of order"),
    ("T2\tCue 4 6\tid", "lies in the front matter"),
    ("Q1\tCue {s} {e}\tsaid", "unknown annotation line"),
    ("E1\tAttribution:T9 Source:T1", "not a T annotation"),
    ("E1\tAttribution Source:T1", "is not 'Role:ID'"),
    ("#1\tAnnotatorNotes T7\tspeaker: X", "refers to T7"),
    ("A1\tNegated", "NAME TARGET"),
])
def test_read_brat_bad_lines_name_file_and_line(tmp_path, line, message):
    file_text = FRONT + BODY
    s, e = _at(file_text, "said")
    ann = [_t("T1", "Source", file_text, "Sen. Maria Ortiz"), line.format(s=s, e=e)]
    txt = _write(tmp_path, "bad", file_text, ann)
    with pytest.raises(BratError) as err:
        read_brat(txt)
    assert str(err.value).startswith(f"{tmp_path / 'bad.ann'}:2: ")
    assert message in str(err.value)


def test_read_brat_duplicate_id_and_missing_ann(tmp_path):
    file_text = "The minister said no.\n"
    line = _t("T1", "Cue", file_text, "said")
    with pytest.raises(BratError, match=r"dup\.ann:2: duplicate annotation id T1"):
        read_brat(_write(tmp_path, "dup", file_text, [line, line]))
    (tmp_path / "lonely.txt").write_text(file_text, encoding="utf-8")
    with pytest.raises(BratError, match=r"lonely\.ann: file not found"):
        read_brat(tmp_path / "lonely.txt")


def test_read_brat_not_utf8(tmp_path):
    (tmp_path / "l1.txt").write_bytes("Caf\xe9 said no.\n".encode("latin-1"))
    (tmp_path / "l1.ann").write_text("", encoding="utf-8")
    with pytest.raises(BratError, match=r"l1\.txt: not UTF-8"):
        read_brat(tmp_path / "l1.txt")


def test_read_brat_all_rejects_duplicate_doc_ids(tmp_path):
    text = "---\nid: same\n---\nThe minister said no.\n"
    _write(tmp_path, "one", text, [])
    _write(tmp_path, "two", text, [])
    with pytest.raises(BratError, match="doc_id 'same' is also the id of"):
        read_brat_all([tmp_path])


def test_document_text_and_has_brat(tmp_path):
    assert document_text("no front matter") == ("no front matter", 0, {})
    body, offset, meta = document_text("---\nsource: AP\n---\nText.")
    assert (body, offset, meta) == ("Text.", 19, {"source": "AP"})
    assert not has_brat(tmp_path)
    _write(tmp_path, "a", "x said y\n", [])
    assert has_brat(tmp_path) and has_brat(tmp_path / "a.txt") and has_brat(tmp_path / "a.ann")
    assert Fragment(1, 2) == Fragment(1, 2)
