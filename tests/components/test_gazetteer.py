"""Reading user actor dictionaries: unreadable files are reported as ``FILE:LINE: problem``."""

import pytest

from pipeline.components.gazetteer import ActorDictionaryError, load_user_dictionary

HEADER = "id,name,aliases,type,country\n"


def test_user_dictionary_not_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes(HEADER.encode() + b"acme,Acme Group,,organization,\nnestle,Nestl\xe9 SA,,organization,CHE\n")
    with pytest.raises(ActorDictionaryError) as info:
        load_user_dictionary(path)
    assert str(info.value).startswith(f"{path}:3: not UTF-8")
    assert "0xe9" in str(info.value)


def test_user_dictionary_jsonl_not_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_bytes(b'{"id": "acme", "name": "Acme"}\n{"id": "cafe", "name": "Caf\xe9 Noir"}\n')
    with pytest.raises(ActorDictionaryError, match=rf"^{path}:2: not UTF-8"):
        load_user_dictionary(path)


def test_user_dictionary_oversized_field_names_file_and_line(tmp_path):
    path = tmp_path / "actors.csv"
    # an unclosed quote swallows the rest of the file into one field, past the csv module's limit
    rows = "".join(f"org{i},Organisation number {i},,organization,\n" for i in range(5000))
    path.write_text(HEADER + 'acme,"Acme Group,,organization,\n' + rows, encoding="utf-8")
    with pytest.raises(ActorDictionaryError) as info:
        load_user_dictionary(path)
    message = str(info.value)
    assert message.startswith(f"{path}:")
    line = int(message.split(":")[1])
    assert line >= 2
    assert "field larger than field limit" in message and "unclosed quote" in message


def test_user_dictionary_utf8_with_bom_still_loads(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes("\ufeff".encode() + (HEADER + "nestle,Nestlé SA,,organization,CHE\n").encode())
    entries = load_user_dictionary(path)
    assert [e.id for e in entries] == ["nestle"]
    assert entries[0].name == "Nestlé SA"


def test_description_rows_read_kinds_and_ids(tmp_path):
    from pipeline.components.gazetteer import load_descriptions
    path = tmp_path / "actor_descriptions.jsonl"
    (tmp_path / "actor_kinds.jsonl").write_text("", encoding="utf-8")  # the folder's own (no) kinds: no heads added
    path.write_text('{"id": "d-bank", "nouns": ["bank"], "sectors": ["business"], "kinds": ["Bank", "lending"]}\n'
                    '{"id": "d-bloc", "nouns": ["bloc"], "ids": ["eu"]}\n', encoding="utf-8")
    bank, bloc = load_descriptions(path)
    assert bank.kinds == ("bank", "lending") and bloc.ids == ("eu",)
    path.write_text('{"id": "d-x", "nouns": ["x"]}\n', encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="ids"):
        load_descriptions(path)


def test_description_rows_read_employer_nouns_and_default_to_none(tmp_path):
    from pipeline.components.gazetteer import load_descriptions
    path = tmp_path / "actor_descriptions.jsonl"
    path.write_text('{"id": "d-firm", "nouns": ["firm"], "sectors": ["business"], "employer_of": ["Analysts"]}\n'
                    '{"id": "d-fund", "nouns": ["fund"], "sectors": ["business"]}\n', encoding="utf-8")
    firm, fund = load_descriptions(path)
    assert firm.employer_of == ("analysts",) and fund.employer_of == ()


def test_description_rows_read_described_phrases_and_reject_a_bare_string(tmp_path):
    from pipeline.components.gazetteer import load_descriptions
    path = tmp_path / "actor_descriptions.jsonl"
    path.write_text('{"id": "d-firm", "nouns": ["firm"], "sectors": ["business"], '
                    '"except_described": ["Fund", "short seller"]}\n'
                    '{"id": "d-club", "nouns": ["club"], "sectors": ["business"]}\n', encoding="utf-8")
    firm, club = load_descriptions(path)
    assert firm.except_described == ("fund", "short seller") and club.except_described == ()
    path.write_text('{"id": "d-firm", "nouns": ["firm"], "sectors": ["business"], "except_described": "fund"}\n',
                    encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="except_described"):
        load_descriptions(path)


@pytest.mark.parametrize("value", ['"false"', '"true"', "0", "null"])
def test_description_flags_reject_a_non_boolean_naming_file_row_and_field(tmp_path, value):
    from pipeline.components.gazetteer import load_descriptions
    path = tmp_path / "actor_descriptions.jsonl"
    path.write_text('{"id": "d-ok", "nouns": ["agency"], "name_words": ["agency"], "near": true}\n'
                    f'{{"id": "d-board", "nouns": ["board"], "name_words": ["board"], "nearest_body": {value}}}\n',
                    encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match=r"actor_descriptions\.jsonl:2: rule 'd-board': 'nearest_body'"):
        load_descriptions(path)


def test_description_flags_read_true_false_and_absent(tmp_path):
    from pipeline.components.gazetteer import load_descriptions
    path = tmp_path / "actor_descriptions.jsonl"
    path.write_text('{"id": "d-board", "nouns": ["board"], "name_words": ["board"], "nearest_body": false}\n'
                    '{"id": "d-panel", "nouns": ["panel"], "name_words": ["panel"], "nearest_body": true}\n'
                    '{"id": "d-agency", "nouns": ["agency"], "name_words": ["agency"]}\n', encoding="utf-8")
    board, panel, agency = load_descriptions(path)
    assert (board.nearest_body, panel.nearest_body, agency.nearest_body) == (False, True, False)


def test_title_flags_reject_a_non_boolean(tmp_path):
    from pipeline.components.gazetteer import load_titles
    path = tmp_path / "actor_titles.jsonl"
    path.write_text('{"id": "t-sen", "words": ["Sen."], "in_span": "no"}\n', encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="rule 't-sen': 'in_span' must be true or false"):
        load_titles(path)


ROWS_ONCE_CODE = ("leader-offices", "cabinet-head-offices", "named-following-nouns", "male-titles", "female-titles",
                  "unnamed-official-nouns", "group-place-preps",
                  "possessive-pronouns", "city-people-nouns", "not-a-mention-before")


def _folder_without(tmp_path, ids):
    """A copy of the shipped rules whose ``actor_words.jsonl`` lacks the rows ``ids`` (a folder saved before them)."""
    import json
    import shutil

    from pipeline.components.gazetteer import RULES
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    path = folder / "actor_words.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("".join(f"{line}\n" for line in lines if json.loads(line)["id"] not in ids), encoding="utf-8")
    return folder


def test_a_rules_folder_saved_before_a_word_row_reads_the_shipped_row(tmp_path):
    from pipeline.components.gazetteer import load_words, shipped_actor_words
    words = load_words(_folder_without(tmp_path, ROWS_ONCE_CODE) / "actor_words.jsonl")
    assert words == shipped_actor_words()
    assert "chairwoman" in words.female_titles and "spokesman" in words.unnamed_official_nouns
    assert "mayor" in words.city_people_nouns  # was a tuple in claim_speakers._used_as_place
    assert "then" in words.not_a_mention_before  # was actor_unnamed.NOT_A_MENTION_BEFORE


def test_a_rules_folder_saved_before_the_office_rows_behaves_like_the_shipped_rules(tmp_path):
    import spacy

    from conftest import MODEL, actor_norms
    text = ("Premier Lena Strand opened the session on Monday. Her cabinet backed the budget. "
            "A Treasury spokeswoman said the deficit would shrink.")
    shipped = spacy.load(MODEL)
    shipped.add_pipe("claims_actors")
    old = spacy.load(MODEL)
    old.add_pipe("claims_actors", config={"rules": str(_folder_without(tmp_path, ROWS_ONCE_CODE))})
    assert actor_norms(old, text) == actor_norms(shipped, text)
    assert actor_norms(old, text)["Her cabinet"]["actor_id"] == "lena-strand-cabinet"


def test_a_rules_folder_without_another_optional_row_keeps_that_list_empty(tmp_path):
    """Only the rows that were code constants fall back to the shipped file: a folder that leaves
    out any other optional list (here ``federal-chamber-marks``) switches it off."""
    from pipeline.components.gazetteer import load_words
    words = load_words(_folder_without(tmp_path, ("federal-chamber-marks",)) / "actor_words.jsonl")
    assert words.federal_chamber_marks == frozenset() and words.leader_offices


def test_firm_context_nouns_join_both_rows_once():
    import dataclasses

    from pipeline.components.gazetteer import shipped_actor_words
    words = dataclasses.replace(shipped_actor_words(), joined_firm_nouns=frozenset({"sales", "stores"}),
                                share_nouns=frozenset({"shares"}))
    assert words.firm_context_nouns == {"sales", "stores", "shares"}
    assert words.firm_context_nouns is words.firm_context_nouns  # built on the first call only


# ------------------------------------------------ written forms of gazetteer names (Gazetteer._written_forms)
def _gazetteer(*rows):
    from dataclasses import replace

    from pipeline.components.gazetteer import Entry, Gazetteer, shipped_actor_words
    gaz = Gazetteer(words=replace(shipped_actor_words(), name_word_short_forms=frozenset({"Corp.=Corporation"}),
                                  initialled_name_openers=frozenset({"Department of"})))
    for eid, etype, aliases in rows:
        gaz.add(Entry(eid, eid, aliases[0], etype, "USA", tuple(aliases), "org"))
    gaz.index()
    return gaz


def test_written_forms_short_last_word_names_the_body():
    gaz = _gazetteer(("rtc", "government", ["Resolution Trust Corporation"]))
    assert [e.id for e, _ in gaz.by_alias["resolution trust corp."]] == ["rtc"]


def test_written_forms_department_initials_name_the_one_department():
    gaz = _gazetteer(("labor", "government", ["Labor Department", "Department of Labor"]),
                     ("veterans", "government", ["Department of Veterans Affairs"]))
    assert [e.id for e, _ in gaz.by_alias["dol"]] == ["labor"]
    assert "dov" not in gaz.by_alias  # two words after "Department of": no initials guessed


def test_written_forms_shared_or_owned_initials_are_no_alias():
    gaz = _gazetteer(("energy", "government", ["Department of Energy"]),
                     ("education", "government", ["Department of Education"]),
                     ("justice", "government", ["Department of Justice", "DOJ"]),
                     ("defense", "military", ["Department of Defense"]))
    assert "doe" not in gaz.by_alias  # Energy and Education both give DOE
    assert [a for _, a in gaz.by_alias["doj"]] == ["DOJ"]  # its own acronym, no second
    assert "dod" not in gaz.by_alias  # only a government body's initials
