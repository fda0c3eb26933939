"""Tests for pipeline.evaluation.scoring: the shared P/R/F1 and one-to-one matching."""

from pipeline.evaluation.scoring import one_to_one, per_doc_lines, prf


def test_prf_figures_and_empty_sides():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_one_to_one_takes_the_best_ranked_pair_first_and_each_index_once():
    # gold 0 overlaps pred 0 by 5 and pred 1 by 9; gold 1 overlaps pred 1 by 3
    candidates = [(-5, 0, 0), (-9, 0, 1), (-3, 1, 1)]
    assert one_to_one(candidates) == [(0, 1)]
    assert one_to_one([(-5, 0, 0), (-3, 1, 1)]) == [(0, 0), (1, 1)]
    assert one_to_one([]) == []


def test_per_doc_lines_are_a_table_of_several_documents_only():
    rows = {"gazette/a.txt": {"gold": 12, "pred": 9, "matched": 8, "full": 7},
            "gazette/b.txt": {"gold": 3, "pred": 4, "matched": 3, "full": 3}}
    lines = per_doc_lines(rows, lambda r: f"  full {r['full']:>3}")
    assert lines == ["per document:",
                     "  gazette/a.txt" + " " * 27 + " gold  12  pred   9  matched   8  full   7",
                     "  gazette/b.txt" + " " * 27 + " gold   3  pred   4  matched   3  full   3"]
    assert per_doc_lines({"gazette/a.txt": rows["gazette/a.txt"]}, lambda r: "") == []
