"""network: the speaker -> target graph (GraphML, GEXF) and the statements CSV, read back with
networkx and pandas, on a small run built by hand with known stances."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ClaimsError
from pipeline.stages.network import network

TEXTS = {
    "senate.md": ("Warren accused Trump of hiding his returns, her office said. "
                  "Pelosi said Trump had lied about the deal. Warren praised Pelosi for the bill."),
    "europe.md": "Merkel said she would not back Erdogan on the deal. Erdogan, Merkel said, was \"a partner\".",
}
PUBLISHED = {"senate.md": "2016-10-03", "europe.md": "2016-11-20T09:00:00Z"}
IDS = {"Warren": "elizabeth-warren", "Trump": "donald-trump", "Pelosi": "nancy-pelosi", "Merkel": "angela-merkel",
       "Erdogan": "recep-tayyip-erdogan"}


def _mention(doc_id: str, word: str, role: str | None, occurrence: int = 0, actor_id: str | None = "auto") -> dict:
    text = TEXTS[doc_id]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    m = {"schema": "mention/1", "mention_id": f"{doc_id}:actor:{start}-{start + len(word)}", "doc_id": doc_id,
         "kind": "actor", "text": word, "start": start, "end": start + len(word), "label": "actor",
         "origin": "ner", "norm": {"actor_id": IDS.get(word) if actor_id == "auto" else actor_id,
                                   "name": word, "type": "person", "country": None, "in_gazetteer": True}}
    if role:
        m["role"] = role
    return m


def _claim(doc_id: str, span: str, speaker: dict | None, actors: list[dict], stance, targets=()) -> dict:
    text = TEXTS[doc_id]
    start = text.index(span)
    return {"schema": "claim/1", "claim_id": f"{doc_id}:claim:{start}-{start + len(span)}", "doc_id": doc_id,
            "text": span, "start": start, "end": start + len(span), "speaker": speaker,
            "actors": actors, "money": [], "dates": [], "quantities": [],
            "modality": {"negated": False, "hedged": False, "cues": [], "tense": "past"},
            "stance": stance, "stance_targets": [t["mention_id"] for t in targets], "confidence": 0.9}


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("netrun")
    docs = [{"schema": "document/1", "doc_id": d, "sha256": hashlib.sha256(t.encode()).hexdigest(), "text": t,
             "title": d, "published": PUBLISHED[d], "url": f"https://example.org/{d}", "source": "Wire", "path": d}
            for d, t in TEXTS.items()]
    s = "senate.md"
    warren, trump = _mention(s, "Warren", "speaker"), _mention(s, "Trump", "subject")
    pelosi, trump2 = _mention(s, "Pelosi", "speaker"), _mention(s, "Trump", "subject", 1)
    warren2, pelosi2 = _mention(s, "Warren", "speaker", 1), _mention(s, "Pelosi", "object", 1)
    e = "europe.md"
    merkel, erdogan = _mention(e, "Merkel", "speaker"), _mention(e, "Erdogan", "object")
    merkel2, erdogan2 = _mention(e, "Merkel", "speaker", 1), _mention(e, "Erdogan", "subject", 1)
    claims = [
        _claim(s, "hiding his returns", dict(warren, role=None), [warren, trump], "oppose", [trump]),
        _claim(s, "Trump had lied about the deal", pelosi, [pelosi, trump2], "neutral", [trump2]),
        _claim(s, "Pelosi for the bill", warren2, [warren2, pelosi2], "support", [pelosi2]),
        _claim(e, "she would not back Erdogan on the deal", merkel, [merkel, erdogan], "oppose", [erdogan]),
        _claim(e, "\"a partner\"", merkel2, [merkel2, erdogan2], "neutral", [erdogan2]),
        _claim(e, "on the deal", None, [_mention(e, "Erdogan", "subject")], None),  # unattributed: no edge
    ]
    for name, records in (("documents.jsonl", docs), ("claims.jsonl", claims)):
        (out / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return out


def test_network_graphml_reads_back_with_counts_by_stance(run, tmp_path):
    result = network(run, "graphml", tmp_path / "n.graphml")
    g = nx.read_graphml(tmp_path / "n.graphml")
    assert (result.nodes, result.edges, result.statements) == (5, 4, 5)
    assert isinstance(g, nx.DiGraph) and g.number_of_edges() == 4
    edge = g.edges["angela-merkel", "recep-tayyip-erdogan"]
    assert (edge["claims"], edge["support"], edge["oppose"], edge["neutral"]) == (2, 0, 1, 1)
    assert edge["first_published"] == edge["last_published"] == "2016-11-20"
    assert edge["claim_ids"].split() == ["europe.md:claim:12-50", "europe.md:claim:78-89"]
    assert g.edges["elizabeth-warren", "nancy-pelosi"]["support"] == 1
    assert g.edges["elizabeth-warren", "donald-trump"]["oppose"] == 1
    assert g.nodes["donald-trump"]["claims_as_target"] == 2 and g.nodes["donald-trump"]["label"] == "Trump"
    assert g.nodes["elizabeth-warren"]["claims_as_speaker"] == 2


def test_network_gexf_is_gephi_readable_and_byte_identical(run, tmp_path):
    a, b = tmp_path / "a.gexf", tmp_path / "b.gexf"
    network(run, "gexf", a)
    network(run, "gexf", b)
    assert a.read_bytes() == b.read_bytes()
    assert 'lastmodifieddate="2016-11-20"' in a.read_text(encoding="utf-8")
    g = nx.read_gexf(a)
    assert g.is_directed() and g.number_of_nodes() == 5
    assert g.edges["nancy-pelosi", "donald-trump"]["neutral"] == 1


def test_network_statements_csv_one_row_per_speaker_target_claim(run, tmp_path):
    out = tmp_path / "s.csv"
    result = network(run, "csv", out)
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert result.statements == len(df) == 5
    assert list(df.columns) == ["date", "speaker", "speaker_name", "target", "target_name", "stance", "agreement",
                                "claim_id", "doc_id", "text", "url"]
    assert list(df["date"]) == ["2016-10-03"] * 3 + ["2016-11-20"] * 2
    row = df[df["stance"] == "oppose"].iloc[0]
    assert (row["speaker"], row["target"], row["agreement"]) == ("elizabeth-warren", "donald-trump", "0")
    assert set(df.loc[df["stance"] == "neutral", "agreement"]) == {""}
    assert df.loc[df["stance"] == "support", "agreement"].tolist() == ["1"]


def test_network_filters_as_in_review(run, tmp_path):
    assert network(run, "graphml", tmp_path / "o.graphml", stance="oppose").edges == 2
    assert network(run, "graphml", tmp_path / "d.graphml", doc="europe.md").edges == 1
    assert network(run, "graphml", tmp_path / "a.graphml", actor="Pelosi", role="object").edges == 1
    empty = network(run, "csv", tmp_path / "e.csv", actor="nobody")
    assert empty.statements == 0
    assert pd.read_csv(tmp_path / "e.csv").columns[0] == "date"


def test_network_max_ids_truncates_edge_ids_only(run, tmp_path):
    network(run, "graphml", tmp_path / "n.graphml", max_ids=1)
    edge = nx.read_graphml(tmp_path / "n.graphml").edges["angela-merkel", "recep-tayyip-erdogan"]
    assert edge["claim_ids"] == "europe.md:claim:12-50" and edge["claim_ids_total"] == 2


def test_network_bad_options_are_clear(run, tmp_path):
    with pytest.raises(ClaimsError, match="unknown network format 'dot'"):
        network(run, "dot", tmp_path / "x")
    with pytest.raises(ClaimsError, match="unknown stance 'angry'"):
        network(run, "csv", tmp_path / "x", stance="angry")
    with pytest.raises(ClaimsError, match="claims.jsonl not found"):
        network(tmp_path, "csv", tmp_path / "x")


def test_cli_network_writes_default_file(run):
    result = CliRunner().invoke(app, ["network", str(run), "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert "5 actors and 4 speaker -> target edges (5 statements)" in result.output
    assert nx.read_gexf(run / "network.gexf").number_of_edges() == 4


def test_network_published_window(run, tmp_path):
    result = network(run, "csv", tmp_path / "w.csv", published_since="2016-11", published_until="2016-11-30")
    assert result.statements == 2  # the two Merkel statements of europe.md (2016-11-20)


def _claim_id(doc_id: str, span: str) -> str:
    start = TEXTS[doc_id].index(span)
    return f"{doc_id}:claim:{start}-{start + len(span)}"


def test_target_filter_finds_who_attacked_an_actor_whatever_its_role(run, tmp_path):
    """'Warren accused Trump of hiding…': Trump is the subject of 'hiding', not an object, yet
    the stance is toward him; --target finds it where --actor X --role object does not."""
    from pipeline.query import open_run
    from pipeline.stages.review import filter_claims, filter_sql, load_records, order_sql, review

    claims = load_records(run)[2]
    accused, lied = _claim_id("senate.md", "hiding his returns"), _claim_id("senate.md", "Trump had lied about the deal")
    for filters, expected in [
        ({"stance": "oppose", "target": "Trump"}, [accused]),
        ({"stance": "oppose", "target": "donald-trump"}, [accused]),
        ({"target": "trump"}, [accused, lied]),
        ({"stance": "oppose", "actor": "Trump", "role": "object"}, []),
        ({"target": "Warren"}, []),  # a speaker is never a target
        ({"target": "Erdogan", "stance": "oppose"}, [_claim_id("europe.md", "she would not back Erdogan on the deal")]),
        ({"target": "Trum"}, []),  # whole words, as --actor
    ]:
        assert [c["claim_id"] for c in filter_claims(claims, **filters)] == expected, filters
        with open_run(run) as ix:
            got = [c["claim_id"] for b in ix.raw_batches(filter_sql(**filters), order_sql(None)) for c in b]
        assert got == expected, filters
    listed = review(run, stance="oppose", target="Trump", fmt="jsonl")
    assert [json.loads(line)["claim_id"] for line in listed.splitlines()] == [accused]
    result = network(run, "csv", tmp_path / "s.csv", target="Erdogan")
    rows = pd.read_csv(tmp_path / "s.csv")
    assert set(rows["target"]) == {"recep-tayyip-erdogan"} and result.statements == 2


def test_cli_target_option_on_review_and_network(run, tmp_path):
    runner = CliRunner()
    listed = runner.invoke(app, ["review", str(run), "--stance", "oppose", "--target", "Trump", "-f", "csv"])
    assert listed.exit_code == 0, listed.output
    assert len(pd.read_csv(__import__("io").StringIO(listed.output))) == 1
    out = tmp_path / "t.graphml"
    made = runner.invoke(app, ["network", str(run), "--target", "Pelosi", "--out", str(out)])
    assert made.exit_code == 0, made.output
    graph = nx.read_graphml(out)
    assert list(graph.edges) == [("elizabeth-warren", "nancy-pelosi")]


def holder_run(folder: Path) -> Path:
    """A run whose claim has no speaker but a clause subject holding a stance ("Greenpeace attacked
    Shell and BP in Rotterdam"), beside a plain claim."""
    text = "Greenpeace attacked Shell and BP in Rotterdam. Officials in Rotterdam said little."
    doc_id = "clause.md"
    TEXTS[doc_id] = text  # _mention and _claim read the texts from here
    try:
        gp, shell, bp, city = (_mention(doc_id, w, r, actor_id=w.lower()) for w, r in
                               (("Greenpeace", "subject"), ("Shell", "object"), ("BP", "object"),
                                ("Rotterdam", "other")))
        attack = _claim(doc_id, "Greenpeace attacked Shell and BP in Rotterdam", None, [gp, shell, bp, city],
                        "oppose", [shell, bp])
        attack["stance_holders"] = [gp["mention_id"]]
        plain = _claim(doc_id, "Officials in Rotterdam said little", None,
                       [_mention(doc_id, "Rotterdam", "subject", 1, actor_id="rotterdam")], None)
        plain["stance_holders"] = []
    finally:
        del TEXTS[doc_id]
    out = folder / "run"
    out.mkdir()
    doc = {"schema": "document/1", "doc_id": doc_id, "sha256": hashlib.sha256(text.encode()).hexdigest(),
           "text": text, "title": "t", "published": "2017-01-05", "url": None, "source": None, "path": doc_id}
    (out / "documents.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    (out / "claims.jsonl").write_text(json.dumps(attack) + "\n" + json.dumps(plain) + "\n", encoding="utf-8")
    return out


def test_clause_stance_without_speaker_makes_an_edge_to_its_targets_only(tmp_path):
    """A claim with no speaker whose clause subject holds a stance ("Greenpeace attacked Shell and
    BP in Rotterdam"): edges from the holder to the stance targets, none to the other actors; the
    report's overview agrees, from claim records and from DuckDB."""
    from pipeline.api import read_records
    from pipeline.query import open_run
    from pipeline.report_overview import overview_from_claims, overview_from_index

    doc_id = "clause.md"
    out = holder_run(tmp_path)
    result = network(out, "graphml", tmp_path / "g.graphml")
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert sorted(graph.edges) == [("greenpeace", "bp"), ("greenpeace", "shell")]
    assert all(graph.edges[e]["oppose"] == 1 for e in graph.edges) and result.statements == 2
    documents, _m, claims, _ = read_records(out)
    expected = overview_from_claims(claims, {doc_id: "2017-01-05"})
    with open_run(out) as ix:
        got = overview_from_index(ix, "TRUE")
    assert [(e.speaker, e.target, dict(e.counts)) for e in got.edges] == \
           [(e.speaker, e.target, dict(e.counts)) for e in expected.edges]
    assert {k: (a.said_by, a.said_about) for k, a in got.actors.items()} == \
           {k: (a.said_by, a.said_about) for k, a in expected.actors.items()} == \
           {"greenpeace": (1, 0), "shell": (0, 1), "bp": (0, 1)}
    from pipeline.report import render_report

    said_by = said_by_list(render_report(documents, [], claims), "greenpeace")
    assert "Greenpeace attacked Shell and BP" in said_by  # the page lists the claim it counts


def said_by_list(page: str, key: str) -> str:
    """The "Said by" list of actor ``key``'s page in a report."""
    section = page[page.index('class="actor-page" id="actor-'):]
    section = section[section.index(f'data-actor="{key}"'):]
    section = section[:section.index("</section>")]
    return section[section.index("<h4>Said by"):section.index("<h4>Said about")]
