"""claims_actors, actor_name_heads.py: ``the <noun>`` that no description row knows names the one
body named before whose own name that noun heads (``the guild``, ``the federation``); none when no
such body is named before, or when two are. A body apposed to a description noun
(``X Council, the largest teachers union``) fits ``the union`` whatever type the model gave it."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_name_heads import body_heads, name_head
from tests.conftest import found_norms as found


def _ids(out: dict, text: str) -> list[str]:
    return [n["actor_id"] for t, n in out.items() if t.lower() == text]


def test_name_head_is_the_last_word_or_the_word_before_of():
    assert name_head("the Brackwater Dock Pilots Guild", body_heads())[0] == "guild"
    assert name_head("Federation of Quarry Workers", body_heads())[0] == "federation"
    assert name_head("Guild", body_heads())[0] == ""


def test_the_head_noun_names_the_body_whose_name_it_heads(nlp):
    out = found(nlp, "The Brackwater Dock Pilots Guild voted to strike on Friday. "
                     "A spokeswoman said the guild would picket the harbour from Monday.")
    ids = _ids(out, "the guild")
    assert ids and ids[0] == _ids(out, "the brackwater dock pilots guild")[0]


def test_the_head_noun_before_of_names_the_body(nlp):
    out = found(nlp, "The Federation of Quarry Workers rejected the offer. "
                     "Its leader said the federation would ballot members next week.")
    ids = _ids(out, "the federation")
    assert ids and ids[0] == _ids(out, "the federation of quarry workers")[0]


def test_no_body_named_before_no_mention(nlp):
    out = found(nlp, "Critics said the guild had too much sway over the harbour.")
    assert not _ids(out, "the guild")


def test_two_bodies_with_that_head_no_guess(nlp):
    out = found(nlp, "The Federation of Quarry Workers and the Federation of Dock Workers met on Monday. "
                     "Later the federation walked out.")
    assert not _ids(out, "the federation")


def test_a_noun_of_no_row_names_nothing(nlp):
    out = found(nlp, "The Harbour Renewal Plan was published on Monday. Critics said the plan would cost too much.")
    assert not any(t.lower() == "the plan" and n.get("via") == "coref" for t, n in out.items())


def test_every_listed_head_is_a_lower_case_word():
    from pipeline.components.actor_name_heads import body_heads
    assert "guild" in body_heads() and all(w.isalpha() and w.islower() for w in body_heads())


def test_a_body_apposed_to_the_noun_is_named_whatever_its_type(nlp):
    # the model types a "Council" as a legislature; the apposition says it is a union
    out = found(nlp, "The Ostrava Teachers Council, the region's largest teachers union, urged the mayor "
                     "to hold firm. The union plans a rally on Saturday.")
    ids = _ids(out, "the union")
    assert ids and ids[0] == _ids(out, "the ostrava teachers council")[0]


def test_a_body_not_apposed_to_the_noun_is_not_named(nlp):
    out = found(nlp, "The Ostrava Teachers Council met on Monday. The union plans a rally on Saturday.")
    assert not _ids(out, "the union")


def test_head_of_a_name_opening_with_a_head_noun_is_its_first_word(nlp):
    out = found(nlp, "The Inspectorate General of River Fisheries fined two trawlers. "
                     "The inspectorate said the nets were illegal.")
    ids = _ids(out, "the inspectorate")
    assert ids and ids[0] == _ids(out, "the inspectorate general of river fisheries")[0]


def test_body_named_two_paragraphs_before_is_not_named(nlp):
    out = found(nlp, "The Brackwater Dock Pilots Guild voted to strike on Friday.\n\nPay has fallen for years.\n\n"
                     "Talks broke down on Sunday.\n\nA vote is due.\n\nCritics said the guild had too much sway over the harbour.")
    assert not _ids(out, "the guild")


def test_a_sports_league_is_no_named_league(nlp):
    out = found(nlp, "The Nordic League condemned the vote. Tromsø are top of the league after a win at home.")
    assert not _ids(out, "the league")


def test_rules_folder_of_the_component_gives_the_head_nouns(nlp, tmp_path):
    import shutil

    from pipeline.components.actors import ActorComponent
    from pipeline.components.base import SHIPPED_RULES
    rules = tmp_path / "rules"
    shutil.copytree(SHIPPED_RULES, rules)
    with open(rules / "actor_name_heads.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "name-heads-test", "nouns": ["lodge"]}\n')
    assert "lodge" in ActorComponent(nlp, rules=str(rules))._name_heads
    assert "lodge" not in ActorComponent(nlp)._name_heads


def test_a_run_of_blank_lines_is_one_paragraph_break(nlp):
    out = found(nlp, "The Lakeshore Nurses Guild sued the county on Friday.\n\n\n\n\n\n"
                     "The guild said it would appeal the ruling.")
    assert _ids(out, "the guild") == [out["The Lakeshore Nurses Guild"]["actor_id"]]
