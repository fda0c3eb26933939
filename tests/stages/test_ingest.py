import json

import pytest

from pipeline import io
from pipeline.stages.ingest import decode, ingest, iter_documents, Reject, split_front_matter


def _docs(tmp_path):
    return list(io.read_jsonl(tmp_path / "out" / io.DOCUMENTS))


def _rejects(tmp_path):
    return list(io.read_jsonl(tmp_path / "out" / io.REJECTS))


def test_ingest_corpus_reads_every_format(tmp_path, seed_text):
    from conftest import CORPUS

    result = ingest([CORPUS], tmp_path / "out")
    docs = {d["doc_id"]: d for d in _docs(tmp_path)}
    assert result.rejects == 0
    assert {"iran-russia-uneasy.txt", "opec-output-cut-2023-06", "aid-package.html",
            "brief-imf-egypt", "brief-india-budget", "brief-japan-chips"} <= set(docs)
    assert docs["iran-russia-uneasy.txt"]["text"] == seed_text
    assert docs["opec-output-cut-2023-06"]["published"] == "2023-06-04"
    assert docs["opec-output-cut-2023-06"]["text"].startswith("# Saudi Arabia pledges")
    html = docs["aid-package.html"]
    assert html["published"] == "2024-02-01" and html["source"] == "Example Times"
    assert "€50 billion package of grants" in html["text"] and "<p>" not in html["text"]
    assert "Subscribe to our newsletter" not in html["text"]  # boilerplate dropped
    assert docs["brief-japan-chips"]["published"] is None


def test_front_matter_is_split_and_text_after_it_kept():
    meta, body = split_front_matter("---\ntitle: \"A: B\"\npublished: 2020-01-02\n---\n\nBody text.\n")
    assert meta == {"title": "A: B", "published": "2020-01-02"}
    assert body == "Body text.\n"


def test_unclosed_front_matter_is_rejected():
    with pytest.raises(Reject, match="never closed"):
        split_front_matter("---\ntitle: x\n\nbody: no end\n")


def test_malformed_front_matter_keeps_whole_text_with_warning(tmp_path):
    text = "---\nA horizontal rule, then prose.\n---\nMore prose.\n"
    (tmp_path / "hr.md").write_text(text, encoding="utf-8")
    doc = next(iter_documents([tmp_path]))
    assert doc["text"] == text and "front matter ignored" in doc["warnings"][0]


@pytest.mark.parametrize("data,text", [
    ("Café in Zürich".encode("utf-8"), "Café in Zürich"),
    (b"\xef\xbb\xbfWith BOM", "With BOM"),
    ("Hello wörld".encode("utf-16"), "Hello wörld"),
])
def test_decode_utf_variants(data, text):
    assert decode(data)[0] == text


def test_decode_detects_legacy_encoding():
    text = ("Le ministre a déclaré mardi que l'accord coûterait près de 800 millions d'euros à l'État "
            "français, selon le journal. Les députés ont rejeté la réforme après un débat très animé.")
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text and encoding != "utf-8"


def test_rejects_bad_inputs_and_keeps_good_ones(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Russia signed a $5 billion deal in 2015.", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "garbage.txt").write_bytes(bytes([0x80, 0xFF, 0xFE, 0x81, 0x9F, 0xC3]) * 50)
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    (src / "docs.jsonl").write_text(
        '{"id": "a", "text": "Iran said it received $8 billion."}\n'
        '{not json}\n'
        '{"id": "b", "title": "no text"}\n'
        '[1, 2]\n'
        '{"id": "a", "text": "duplicate id"}\n'
        '{"text": "no id here", "published": "last Tuesday"}\n', encoding="utf-8")
    result = ingest([src], tmp_path / "out")
    docs = {d["doc_id"]: d for d in _docs(tmp_path)}
    assert set(docs) == {"good.txt", "a", "docs.jsonl#6"}
    assert docs["docs.jsonl#6"]["published"] is None and "not an ISO date" in docs["docs.jsonl#6"]["warnings"][0]
    reasons = {(r["path"].split("/")[-1], r["line"]): r["reason"] for r in _rejects(tmp_path)}
    assert result.rejects == len(reasons) == 9
    assert reasons[("empty.txt", None)] == "empty file"
    assert reasons[("blank.md", None)] == "empty file"
    assert "binary" in reasons[("binary.txt", None)]
    assert "no text encoding could be detected" in reasons[("garbage.txt", None)]
    assert "unsupported file type '.pdf'" in reasons[("notes.pdf", None)]
    assert "not valid JSON" in reasons[("docs.jsonl", 2)]
    assert reasons[("docs.jsonl", 3)] == "record has no 'text' field"
    assert "JSON object" in reasons[("docs.jsonl", 4)]
    assert "duplicate doc_id 'a'" in reasons[("docs.jsonl", 5)]


def test_html_without_article_text_is_rejected(tmp_path):
    (tmp_path / "x.html").write_text("<html><head><title>t</title></head><body><script>var a=1;</script>"
                                     "</body></html>", encoding="utf-8")
    records = list(iter_documents([tmp_path / "x.html"]))
    assert records[0]["schema"] == "reject/1" and "no article text" in records[0]["reason"]


def test_default_published_fills_only_missing_dates(tmp_path):
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "x", "text": "Text one."}) + "\n" +
        json.dumps({"id": "y", "text": "Text two.", "published": "2020-05-01T10:00:00Z"}) + "\n")
    docs = {d["doc_id"]: d for d in iter_documents([tmp_path], "2016-12-15")}
    assert docs["x"]["published"] == "2016-12-15" and docs["x"]["published_from"] == "default"
    assert docs["y"]["published"] == "2020-05-01T10:00:00+00:00"


def test_crlf_text_is_kept_as_is(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    doc = next(iter_documents([tmp_path]))
    assert doc["text"] == "Line one.\r\nLine two.\r\n"


def test_missing_input_is_an_error(tmp_path):
    from pipeline.errors import ClaimsError

    with pytest.raises(ClaimsError, match="no such file"):
        list(iter_documents([tmp_path / "missing"]))
