"""The report's overview (actors, edges, publication days) is the same from claim records and from
DuckDB, and a big selection gives a summarised report that stays self-contained."""

from __future__ import annotations

import pytest

import pipeline.report as report_mod
from pipeline.api import read_records
from pipeline.query import open_run
from pipeline.report_overview import overview_from_claims, overview_from_index
from pipeline.stages.review import filter_sql, order_sql
from tests.conftest import FIXTURES
from tests.stages.test_network import holder_run, said_by_list
from tests.stages.test_network import run  # noqa: F401 - the hand-made run with stances

RUN = FIXTURES / "run"


def _plain(ov):
    return ({k: (a.label, a.said_by, a.said_about, dict(a.given), dict(a.received), dict(a.months))
             for k, a in ov.actors.items()},
            [(e.speaker, e.target, dict(e.counts)) for e in ov.edges],
            {d: dict(c) for d, c in ov.published.items()}, ov.total_claims,
            {k: dict(v) for k, v in ov.counterparts.items()})


@pytest.mark.parametrize("filters", [{}, {"stance": "oppose"}, {"doc": "senate.md"}])
def test_overview_from_index_equals_from_claims(run, filters):  # noqa: F811
    from pipeline.stages.review import filter_claims

    documents, _m, claims, _ = read_records(run)
    published = {d["doc_id"]: d["published"] for d in documents}
    expected = overview_from_claims(filter_claims(claims, **filters), published)
    with open_run(run) as ix:
        got = overview_from_index(ix, filter_sql(**filters))
    assert _plain(got) == _plain(expected)
    if not filters:
        assert expected.actors["donald-trump"].received == {"oppose": 1, "neutral": 1}
        assert expected.published == {"2016-10-03": {"oppose": 1, "neutral": 1, "support": 1},
                                      "2016-11-20": {"oppose": 1, "neutral": 1, "none": 1}}


def test_summarised_report_for_big_selection(tmp_path, monkeypatch, run):  # noqa: F811
    monkeypatch.setattr(report_mod, "FULL_CLAIMS", 2)
    monkeypatch.setattr(report_mod, "PER_ACTOR", 1)
    monkeypatch.setattr(report_mod, "MAX_ARTICLES", 1)
    out = tmp_path / "big.html"
    with open_run(run) as ix:
        info = report_mod.write_run_report(ix, out, "TRUE", order_sql(None), None, False, title="big")
    page = out.read_text(encoding="utf-8")
    assert info.startswith("summary of 6 claims")
    assert "Summary of 6 claims" in page and "shown of 6" in page
    assert page.count('<article class="doc"') == 1  # only the most recent article is embedded
    assert 'id="network-svg"' in page and 'class="actor-page"' in page
    assert page.count("<script") == 1 and "url(" not in page
    # every actor page lists at most PER_ACTOR claims said by it
    assert "1 of 2 shown" in page


def test_summarised_report_lists_what_it_counts(tmp_path, monkeypatch):
    """In the summary of a big selection, an actor page lists the claims its counts come from: a
    claim with no speaker whose clause subject holds a stance is said by that holder."""
    monkeypatch.setattr(report_mod, "FULL_CLAIMS", 1)
    out = tmp_path / "big.html"
    with open_run(holder_run(tmp_path)) as ix:
        info = report_mod.write_run_report(ix, out, "TRUE", order_sql(None), None, False, title="big")
    assert info.startswith("summary of 2 claims")
    assert "Greenpeace attacked Shell and BP" in said_by_list(out.read_text(encoding="utf-8"), "greenpeace")


def test_small_selection_embeds_everything(tmp_path):
    out = tmp_path / "r.html"
    with open_run(RUN) as ix:
        info = report_mod.write_run_report(ix, out, "TRUE", order_sql(None), None, False)
    assert info == "3 documents, 7 claims"
    assert out.read_text(encoding="utf-8").count('<article class="doc"') == 3
