"""Names compared the way a reader would (pipeline/evaluation/names.py)."""

from __future__ import annotations

import pytest

from pipeline.evaluation.names import name_keys, normalize_name, principal, with_member_kinds


def _kinds(names):
    return with_member_kinds(name_keys(names))


def test_a_member_named_one_of_the_group_is_also_read_as_its_kind():
    assert "person familiar with the matter" in _kinds(["one of the people familiar with the matter"])
    assert "person involved in the talks" in _kinds(["the other person involved in the talks"])
    assert "senate aide" in _kinds(["one of the two Senate aides"])
    assert "nurse reviewer" in _kinds(["one of the former nurse reviewers"])


def test_a_member_of_one_word_or_the_rest_of_a_group_is_no_kind():
    assert _kinds(["one of the diplomats"]) == {"one of the diplomats"}
    assert _kinds(["the other four economists"]) == {"other four economists"}
    assert _kinds(["the other three"]) == {"other three"}


def test_a_gold_name_of_a_member_stays_as_written():
    """The kind is read on the predicted side only (name_keys gives none): a gold ``the other person
    familiar with the matter`` must not share a key with a predicted ``one of the people …``."""
    assert name_keys(["the other person familiar with the matter"]) == {"other person familiar with the matter"}


def test_a_members_name_reads_without_its_count_on_either_side():
    """``one of the two Senate aides`` (a gold) and ``one of the Senate aides`` (the pipeline) name
    the same member; ``one of them`` (no determiner) has no such form."""
    assert "one of the senate aides" in name_keys(["one of the two Senate aides"])
    assert "one of the people familiar with the matter" in name_keys(["one of those people familiar with the matter"])
    assert name_keys(["one of them"]) == {"one of them"}


def test_a_member_kind_singularises_the_head_not_a_word_before_it_that_ends_in_s():
    """``one of the Texas lawmakers`` is a Texas lawmaker (not ``texa lawmakers``)."""
    assert "texas lawmaker" in _kinds(["one of the Texas lawmakers"])
    assert "sales executive at the firm" in _kinds(["one of the sales executives at the firm"])
    assert "person familiar with the matter" in _kinds(["one of the people familiar with the matter"])


def test_the_rest_of_a_group_is_no_member_kind():
    """``the other members of the committee`` are no one member: no kind ``members of the
    committee`` that a gold naming the whole group would match; ``the other sales executive`` is one."""
    assert _kinds(["the other members of the committee"]) == {"other members of the committee"}
    assert "sales executive at the firm" in _kinds(["the other sales executive at the firm"])
    assert "diplomat attending the talks" in _kinds(["the other diplomat attending the talks"])
    assert _kinds(["the other retired teachers"]) == {"other retired teachers"}


@pytest.mark.parametrize("name, who", [
    ("unnamed spokeswoman for the Ministry of Agriculture, Forestry and Fisheries", "ministry of agriculture forestry and fisheries"),
    ("a spokesperson for Halstead Proxy Advisors", "halstead proxy advisors"),
    ("unnamed spokesman for the governor's office", "governor office"),  # (a title in the principal stays)
    ("a senior press secretary for the mayor", "mayor"),
    ("Department for Transport spokesperson", None),
    ("an official at the Treasury", None),
    ("spokeswoman", None),
])
def test_a_spokesperson_for_someone_names_that_principal(name, who):
    assert principal(normalize_name(name)) == who
