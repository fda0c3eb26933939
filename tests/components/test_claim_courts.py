"""claim_speakers: a court's bench and descriptions speak for the court named (claim_courts.py)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claims: list[dict], cue: str) -> dict:
    return with_cue(claims, cue)["speaker"] or {}


def test_the_panel_of_a_named_court_is_the_court(run):
    text = ("Swimmer Lena Voss lost her appeal at the Court of Arbitration for Sport on Monday. "
            "The three-member panel ruled that the federation had followed its own rules.")
    speaker = _speaker(run(text), "ruled")
    assert speaker["actor_id"] == "court-of-arbitration-for-sport"
    assert speaker["via"]["text"] == "The three-member panel"


def test_a_descriptor_of_the_court_named_later_is_the_court(run):
    text = ("The world's top criminal court said on Friday that the arrest warrant stands. "
            "Judges of the International Criminal Court rejected the request in a brief order.")
    assert _speaker(run(text), "said")["actor_id"] == "international-criminal-court"


def test_dissenting_judges_are_not_the_court(run):
    text = ("The Supreme Court of Canada upheld the law on Friday. The three dissenting judges wrote that "
            "the majority had ignored the record.")
    assert _speaker(run(text), "wrote").get("actor_id") is None


def test_the_panel_after_a_committee_is_not_the_court(run):
    text = ("The Senate Judiciary Committee questioned the nominee about the Supreme Court on Tuesday. "
            "The panel said it would vote next week.")
    assert _speaker(run(text), "said").get("actor_id") == "us-senate-judiciary-committee"


def test_a_panel_before_the_court_is_named_is_not_the_court(run):
    text = ("The league's disciplinary panel banned the striker for six matches on Monday. The panel said the "
            "tackle was reckless. His club said it would appeal to the Court of Arbitration for Sport.")
    speaker = _speaker(run(text), "said")
    assert speaker.get("actor_id") != "court-of-arbitration-for-sport"


def test_a_judge_named_in_apposition_is_the_judge_not_the_court(run):
    text = ("The European Court of Human Rights heard the appeal on Monday. In a separate case in Toronto, the judge, "
            "Paul Mercer, said the accused would stay in custody.")
    assert _speaker(run(text), "said").get("actor_id") == "paul-mercer"


def test_a_lone_judge_is_no_court(run):
    text = ("The European Court of Human Rights ruled against Poland on Tuesday. In an unrelated trial in Warsaw, "
            "the judge said the witness had lied.")
    assert _speaker(run(text), "said").get("actor_id") is None


def test_its_judges_after_a_jury_are_not_the_court(run):
    text = ("The European Court of Justice struck down the law on Friday. Separately, the Miss World "
            "jury faced criticism. Its judges insisted the scoring was fair. The judges added that no one complained.")
    claims = run(text)
    assert _speaker(claims, "insisted").get("actor_id") is None
    assert _speaker(claims, "added").get("actor_id") is None


def test_its_arbitrators_after_the_court_are_the_court(run):
    text = ("Skater Mira Olsen lost her appeal at the Court of Arbitration for Sport on Monday. Its arbitrators "
            "said the doping test was valid.")
    assert _speaker(run(text), "said").get("actor_id") == "court-of-arbitration-for-sport"


def test_a_countrys_top_court_is_not_a_foreign_court_named_later(run):
    text = ("NEW DELHI - India's top court said on Thursday that the ban on the film was lawful. Activists said "
            "they would take the matter to the International Court of Justice.")
    assert _speaker(run(text), "said").get("actor_id") == "INDJUD"


def _rules_with_court_words(tmp_path, words: list[str]):
    import json
    import shutil

    from pipeline.components.claim_rules import RULES_DIR
    folder = tmp_path / "my-rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "actor_words.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if row["id"] == "court-name-words":
            row["words"] = words
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def test_the_claim_side_reads_the_court_words_of_the_components_rules_folder(full_nlp, tmp_path):
    from pipeline.components.claims import ClaimExtractor
    text = ("The Harlow Arbitration Tribunal ruled against the port operator on Monday. "
            "The three-member panel found that the contract had been breached.")
    shipped = _speaker(ClaimExtractor(full_nlp)(full_nlp(text))._.claims, "found")
    assert shipped["actor_id"] == "harlow-arbitration-tribunal"
    folder = _rules_with_court_words(tmp_path, ["court"])  # a folder whose tribunals are no courts
    custom = ClaimExtractor(full_nlp, rules=str(folder))
    assert custom.claim_rules.actor_words.court_name_words == frozenset({"court"})
    claim = next(c for c in custom(full_nlp(text))._.claims if c["cue"] and c["cue"]["text"] == "found")
    assert (claim["speaker"] or {}).get("actor_id") != "harlow-arbitration-tribunal"
