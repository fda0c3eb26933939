"""The shipped gazetteer (actors_*.jsonl): every row names where a user verifies it (``source``),
has a unique id, and well-formed validity dates (ISO, from before to)."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.components.gazetteer import RULES, load_gazetteer

FILES = ("actors_people.jsonl", "actors_orgs.jsonl", "actors_countries.jsonl", "actors_places.jsonl")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _rows(name):
    with open(RULES / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _ranges(row):
    yield row.get("valid_from"), row.get("valid_to")
    for role in row.get("roles") or []:
        yield role.get("valid_from"), role.get("valid_to")


@pytest.mark.parametrize("name", FILES)
def test_every_row_has_a_source_and_a_unique_id(name):
    rows = _rows(name)
    assert all(isinstance(r.get("source"), str) and r["source"].strip() for r in rows), \
        [r.get("id") for r in rows if not (r.get("source") or "").strip()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("name", FILES)
def test_validity_dates_are_iso_and_ordered(name):
    for row in _rows(name):
        for start, end in _ranges(row):
            for value in (start, end):
                assert value is None or DATE.match(value), (row["id"], value)
            assert not (start and end) or start <= end, (row["id"], start, end)


def test_ids_are_unique_across_people_orgs_and_places():
    ids = [r["id"] for name in FILES[:2] + FILES[3:] for r in _rows(name)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_the_loader_ignores_the_source_field(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    for path in RULES.glob("*.jsonl"):
        (rules / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    row = {"id": "zz-agency", "name": "Zeta Agency", "aliases": [], "type": "government", "country": "USA",
           "role": "GOV", "source": "zeta.gov"}
    with open(rules / "actors_orgs.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
    entry = load_gazetteer(rules_dir=rules).entries["org:zz-agency"]
    assert entry.name == "Zeta Agency" and entry.role == "USAGOV"


def _kind(row):
    """A row's kind: its type and the kinds of office it holds (GOV, MIL, LEG ...)."""
    codes = {(r.get("code") or "")[3:] for r in row.get("roles") or []}
    if row.get("role"):
        codes.add(row["role"][-3:])
    return row.get("type"), tuple(sorted(codes))


def _boilerplate(rows, many=5):
    """Sources shared by more than ``many`` rows of more than one kind: a blanket value where a user
    cannot verify each row (a minister and an army chief and a rebel leader under one site)."""
    kinds: dict[str, set] = {}
    counts: dict[str, int] = {}
    for row in rows:
        kinds.setdefault(row["source"], set()).add(_kind(row))
        counts[row["source"]] = counts.get(row["source"], 0) + 1
    return sorted(s for s, k in kinds.items() if counts[s] > many and len(k) > 1)


@pytest.mark.parametrize("name", FILES)
def test_no_boilerplate_source_across_kinds(name):
    assert _boilerplate(_rows(name)) == []


def test_the_boilerplate_check_catches_a_blanket_value_and_spares_one_list():
    blanket = "every government's site"
    mixed = [{"id": f"p{i}", "type": "person", "source": blanket,
              "roles": [{"code": "FRAGOV" if i % 2 else "EGYMIL"}]} for i in range(8)]
    assert _boilerplate(mixed) == [blanket]
    one_list = [{**row, "roles": [{"code": "FRAGOV"}], "source": "elysee.fr"} for row in mixed]
    assert _boilerplate(one_list) == []
