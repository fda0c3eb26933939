"""Names compared the way a reader would (pipeline/evaluation/names.py)."""

from __future__ import annotations

from pipeline.evaluation.names import name_keys


def test_a_member_named_one_of_the_group_is_also_read_as_its_kind():
    assert "person familiar with the matter" in name_keys(["one of the people familiar with the matter"])
    assert "person involved in the talks" in name_keys(["the other person involved in the talks"])
    assert "senate aide" in name_keys(["one of the two Senate aides"])
    assert "nurse reviewer" in name_keys(["one of the former nurse reviewers"])


def test_a_member_of_one_word_or_the_rest_of_a_group_is_no_kind():
    assert name_keys(["one of the diplomats"]) == {"one of the diplomats"}
    assert name_keys(["the other four economists"]) == {"other four economists"}
    assert name_keys(["the other three"]) == {"other three"}
