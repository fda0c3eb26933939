import pytest

from pipeline.ruledata import RuleError, read_jsonl_rules


def _file(tmp_path, text):
    path = tmp_path / "r.jsonl"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_jsonl_rules_yields_line_numbers_and_skips_blanks(tmp_path):
    path = _file(tmp_path, '{"id": "a", "x": 1}\n\n{"id": "b"}\n')
    assert list(read_jsonl_rules(path)) == [(1, {"id": "a", "x": 1}), (3, {"id": "b"})]


@pytest.mark.parametrize("text,line,message", [
    ('{"id": "a"}\n{oops}\n', 2, "not valid JSON"),
    ('[1, 2]\n', 1, "must be a JSON object"),
    ('{"x": 1}\n', 1, "every rule needs a string 'id'"),
    ('{"id": ""}\n', 1, "every rule needs a string 'id'"),
    ('{"id": "a"}\n{"id": "a"}\n', 2, "duplicate rule id 'a' (first on line 1)"),
])
def test_read_jsonl_rules_errors_name_file_and_line(tmp_path, text, line, message):
    path = _file(tmp_path, text)
    with pytest.raises(RuleError) as err:
        list(read_jsonl_rules(path))
    assert str(err.value).startswith(f"{path}:{line}: ") and message in str(err.value)


def test_read_jsonl_rules_comments_and_optional_ids(tmp_path):
    path = _file(tmp_path, '# a comment\n{"name": "x"}\n')
    assert list(read_jsonl_rules(path, require_id=False, comments=True)) == [(2, {"name": "x"})]


def test_component_errors_share_the_rule_error_type():
    from pipeline.components.dates import DateRuleError
    from pipeline.components.gazetteer import ActorDictionaryError

    assert issubclass(DateRuleError, RuleError) and issubclass(ActorDictionaryError, RuleError)


def test_every_shipped_rules_file_reads_with_unique_string_ids():
    from pathlib import Path

    rules = Path(__file__).resolve().parents[1] / "pipeline" / "rules"
    files = sorted(rules.glob("*.jsonl"))
    assert len(files) > 40
    for path in files:
        ids = [row["id"] for _, row in read_jsonl_rules(path, comments=True)]
        assert ids and all(isinstance(i, str) and i for i in ids), path.name
