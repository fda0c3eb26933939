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


# ------------------------------------------------------------------ hostile and careless inputs
def _records(src):
    return list(iter_documents([src]))


def test_unreadable_subfolder_is_a_reject_and_the_rest_is_read(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "open").mkdir()
    (src / "locked" / "secret.txt").write_text("Iran paid $1 billion.", encoding="utf-8")
    (src / "open" / "a.txt").write_text("Russia paid $5 million to Iran in 2015.", encoding="utf-8")
    (src / "z.txt").write_text("Turkey said on Monday it would buy S-400s.", encoding="utf-8")
    os.chmod(src / "locked", 0)
    real_scandir, real_exists = os.scandir, Path.exists

    def scandir(path="."):  # as root the mode alone does not stop reading: refuse like the kernel would
        if Path(path) == src / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def exists(self, *args, **kwargs):
        if self.parent == src / "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return real_exists(self, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "exists", exists)
    try:
        records = _records(src)
    finally:
        os.chmod(src / "locked", 0o755)
    rejects = [r for r in records if r["schema"] == "reject/1"]
    assert [r["path"] for r in rejects] == [str(src / "locked")]
    assert "cannot read folder" in rejects[0]["reason"] and "Permission denied" in rejects[0]["reason"]
    assert sorted(r["doc_id"] for r in records if r["schema"] != "reject/1") == ["open/a.txt", "z.txt"]


def test_folder_that_cannot_be_listed_is_a_reject(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Russia paid $5 million to Iran in 2015.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == src / "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    records = _records(src)
    assert [(r["path"], r["reason"]) for r in records if r["schema"] == "reject/1"] == [
        (str(src / "sub"), "cannot read folder: Permission denied")]
    assert [r["doc_id"] for r in records if r["schema"] != "reject/1"] == ["a.txt"]


def test_blob_texts_are_rejected_with_a_reason(tmp_path):
    import base64
    import random

    rng = random.Random(7)
    payload = base64.encodebytes(bytes(rng.randrange(256) for _ in range(6000))).decode()  # 76-char lines
    minified = "function(a,b){return a.map(function(c){return c*b+1e3})};" * 200
    src = tmp_path / "in.jsonl"
    lines = [{"id": "b64", "text": "Attachment follows.\n" + payload},
             {"id": "js", "text": minified},
             {"id": "token", "text": "Iran said " + "x" * 6_000 + " in 2015."},
             {"id": "prose", "text": "Russia paid $5 million to Iran in 2015, see https://example.org/"
                                     + "a" * 120 + " for details. " * 20}]
    src.write_text("".join(json.dumps(rec) + "\n" for rec in lines), encoding="utf-8")
    records = _records(src)
    reasons = {r["doc_id"]: r["reason"] for r in records if r["schema"] == "reject/1"}
    assert set(reasons) == {"b64", "js", "token"}
    assert "base64" in reasons["b64"] and "minified code" in reasons["js"]
    assert "6,000 characters without a space" in reasons["token"]


def test_jsonl_title_object_and_meta_not_object_are_warned_about(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Iran paid $1 billion.", "title": {"x": 1}, "url": ["u"],
                               "source": 7, "meta": "wire"}) + "\n", encoding="utf-8")
    [doc] = _records(src)
    assert doc["title"] is None and doc["url"] is None and doc["source"] == "7"
    assert "meta" not in doc
    assert doc["warnings"] == ["title is an object, not text; ignored", "url is an array, not text; ignored",
                               "meta is a string, not an object; ignored"]


def test_null_text_and_json_errors_read_well(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": null}\n{"id": "b"}\n{"id": "c", "text": "tab\there"}\n', encoding="utf-8")
    reasons = [r["reason"] for r in _records(src)]
    assert reasons[0] == "'text' is null"
    assert reasons[1] == "record has no 'text' field"
    assert reasons[2].startswith("not valid JSON (Invalid control character at column") and "at at" not in reasons[2]


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_still_yields_its_text(tmp_path, depth):
    para = ("<p>Russia said on Monday that it had paid $5 million to Iran in 2015, according to "
            "officials familiar with the deal &amp; its terms.</p>")
    html = ("<html><head><title>Deep page</title></head><body>" + "<div>" * depth + para * 3
            + "</div>" * depth + "</body></html>")
    (tmp_path / "deep.html").write_text(html, encoding="utf-8")
    [doc] = _records(tmp_path / "deep.html")
    assert doc["schema"] == "document/1", doc
    assert doc["title"] == "Deep page"
    assert doc["text"].count("Russia said on Monday") == 3 and "deal & its terms" in doc["text"]
    assert "\n\n" in doc["text"]  # paragraphs stay apart


def _brat_folder(root):
    """An annotated corpus as brat keeps it: each text with its .ann, the project's notes and
    configuration, and a saved web page whose article is its index.html."""
    (root / "gold").mkdir(parents=True)
    (root / "gold" / "a-talks.txt").write_text("Sudan's army said talks would resume in Jeddah.\n", encoding="utf-8")
    (root / "gold" / "a-talks.ann").write_text("T1\tSpeaker 0 12\tSudan's army\n", encoding="utf-8")
    (root / "gold" / "b-lone.ann").write_text("T1\tCue 0 4\tsaid\n", encoding="utf-8")
    (root / "gold" / "annotation.conf").write_text("[entities]\nSpeaker\n", encoding="utf-8")
    (root / "README.md").write_text("# Gold claims\nHow these files were annotated.\n", encoding="utf-8")
    (root / "gold" / "INDEX.md").write_text("| file | notes |\n", encoding="utf-8")
    (root / "page").mkdir()
    (root / "page" / "index.html").write_text(
        "<html><body><article><p>The ministry said exports rose by 4 percent in May.</p></article>"
        "</body></html>", encoding="utf-8")


def test_iter_documents_skips_annotation_files_and_folder_notes_with_a_count(tmp_path):
    from collections import Counter

    _brat_folder(tmp_path)
    skipped = Counter()
    records = list(iter_documents([tmp_path], skipped=skipped))
    assert [r["doc_id"] for r in records] == ["gold/a-talks.txt", "page/index.html"]
    assert all(r["schema"] == "document/1" for r in records)
    assert skipped == {"annotation files (.ann)": 2, "brat configuration files": 1,
                       "folder notes (README, INDEX)": 2}


def test_a_notes_file_named_on_its_own_is_read(tmp_path):
    _brat_folder(tmp_path)
    records = list(iter_documents([tmp_path / "README.md"]))
    assert [r["doc_id"] for r in records] == ["README.md"]
    explicit_ann = list(iter_documents([tmp_path / "gold" / "a-talks.ann"]))
    assert explicit_ann[0]["schema"] == "reject/1" and "'.ann'" in explicit_ann[0]["reason"]


def test_ingest_summary_counts_skipped_files(tmp_path):
    _brat_folder(tmp_path / "in")
    result = ingest([tmp_path / "in"], tmp_path / "out")
    assert (result.documents, result.rejects, sum(result.skipped.values())) == (2, 0, 5)
    assert list(io.read_jsonl(tmp_path / "out" / io.REJECTS)) == []


def test_truncated_jsonl_line_is_rejected_at_its_end(tmp_path):
    src = tmp_path / "cut.jsonl"
    src.write_text('{"id": "a", "text": "Merkel said the talks failed."}\n{"id": "b", "text": "Putin'
                   ' said"\n', encoding="utf-8")
    (reason,) = [r["reason"] for r in _records(src) if r.get("line") == 2]
    assert reason == "not valid JSON (Expecting ',' delimiter at column 33, the end of the line)"
