import pytest
from jsonschema import Draft202012Validator, ValidationError, validate

from pipeline import schemas


@pytest.mark.parametrize("name", sorted(schemas.SCHEMAS))
def test_schemas_are_valid_json_schema(name):
    Draft202012Validator.check_schema(schemas.SCHEMAS[name])


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_mention_record_has_complete_norm(kind):
    rec = schemas.mention_record("d", kind, "x", 0, 1, "X", "ner", None)
    assert rec["mention_id"] == f"d:{kind}:0-1"
    assert set(rec["norm"]) == set(schemas.NORM_FIELDS[kind])
    validate(rec, schemas.MENTION_SCHEMA)


def test_mention_schema_rejects_missing_norm_field():
    rec = schemas.mention_record("d", "money", "$5", 0, 2, "MONEY", "rule:m1", {"value": 5.0})
    del rec["norm"]["currency"]
    with pytest.raises(ValidationError):
        validate(rec, schemas.MENTION_SCHEMA)


def test_mention_schema_rejects_bad_origin():
    rec = schemas.mention_record("d", "date", "2015", 0, 4, "DATE", "guess", None)
    with pytest.raises(ValidationError):
        validate(rec, schemas.MENTION_SCHEMA)


def test_ids_follow_design():
    assert schemas.claim_id("a.txt", 3, 9) == "a.txt:claim:3-9"
    assert schemas.mention_id("a.txt", "money", 3, 9) == "a.txt:money:3-9"
