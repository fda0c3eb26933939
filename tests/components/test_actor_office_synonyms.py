"""claims_actors: ``the head of state`` names the one holder of an office it stands for
(actor_office_synonyms.jsonl); a lower-case office the model tagged as a name is no person."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_office_synonyms import load_office_synonyms
from pipeline.components.actors import _lower_office
from tests.conftest import actor_mentions


def found(nlp, text):
    return dict(actor_mentions(nlp, text, "2025-03-01"))


def test_rows_load_with_ids():
    rows = load_office_synonyms()
    assert rows and all(r.id and r.phrase and r.offices for r in rows.values())


def test_head_of_state_is_the_president_named_before(nlp):
    out = found(nlp, "President Amara Koroma of Ruvenia opened the new session of parliament in Dalton on "
                     "Monday. The head of state told lawmakers the budget would be balanced.")
    assert out["The head of state"]["actor_id"] == out["President Amara Koroma"]["actor_id"]


def test_head_of_state_after_two_presidents_is_no_guess(nlp):
    out = found(nlp, "President Amara Koroma met President Lucia Venn in Dalton on Monday. "
                     "The head of state told reporters the talks had gone well.")
    assert "The head of state" not in out


def test_head_of_state_after_no_president_is_no_guess(nlp):
    out = found(nlp, "Lawmakers in Dalton passed the budget on Monday. "
                     "The head of state must sign it within ten days.")
    assert "The head of state" not in out


def test_the_monarch_is_the_king_named_before(nlp):
    out = found(nlp, "AMMAN (Reuters) - Jordan's King Abdullah swore in a new government on Sunday. "
                     "The monarch said the cabinet must cut unemployment.")
    assert out["The monarch"]["actor_id"] == out["King Abdullah"]["actor_id"]


def test_the_monarch_after_the_unnamed_king_of_the_focus_country(nlp):
    out = found(nlp, "MBABANE (Reuters) - Eswatini's parliament sent the budget to the king on Friday. "
                     "The monarch has 30 days to sign it, officials said.")
    assert out["The monarch"]["actor_id"] == out["the king"]["actor_id"] == "swz-king"


def test_the_monarch_after_no_king_is_no_guess(nlp):
    out = found(nlp, "Lawmakers in Dalton passed the budget on Monday. The monarch must sign it within ten days.")
    assert "The monarch" not in out


def _doc(words):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words)


def test_lower_office_after_a_title_is_no_name():
    doc = _doc(["Its", "chairman", "pro", "tempore", ",", "Cllr", "Martin", "Oduya"])
    assert _lower_office(doc, 2, 4, frozenset({"chairman"}))  # "pro tempore" tagged alone
    assert _lower_office(doc, 1, 4, frozenset({"chairman"}))  # "chairman pro tempore"


def test_lower_office_keeps_a_capitalised_name():
    doc = _doc(["Its", "chairman", "Martin", "Oduya", "spoke"])
    assert not _lower_office(doc, 2, 4, frozenset({"chairman"}))


def test_lower_office_needs_a_title_word():
    doc = _doc(["said", "the", "pro", "tempore", "rule"])
    assert not _lower_office(doc, 2, 4, frozenset({"chairman"}))


def test_the_former_president_with_no_one_titled_is_an_unnamed_former_holder(nlp):
    out = found(nlp, "Ghana's president signed the budget in Accra on Monday. Ghanaian lawmakers had passed it "
                     "after a long debate. The former president said the plan would fail.")
    norm = out["The former president"]
    assert norm["type"] == "person" and norm["actor_id"].endswith("-former-president")
    assert norm["actor_id"] != out.get("Ghana's president", {}).get("actor_id")


def test_the_former_president_after_a_titled_former_president_is_him(nlp):
    out = found(nlp, "Former President Amara Koroma was questioned in Dalton on Monday. "
                     "The former president said the case was political.")
    koroma = next(n for text, n in out.items() if "Koroma" in text)
    assert out["The former president"]["actor_id"] == koroma["actor_id"]


def test_the_former_holder_of_a_named_place_s_office_is_no_unnamed_national_holder(nlp):
    out = found(nlp, "Kenya's opposition picked Grace Wanjiru as its candidate on Monday. \"We will win,\" "
                     "the former governor of Nakuru told supporters in Nairobi.")
    norm = out.get("the former governor of Nakuru") or out.get("the former governor") or {}
    assert not norm.get("actor_id", "").endswith("-former-governor")


def test_the_former_minister_said_of_a_named_chairman_is_no_unnamed_former_holder(nlp):
    out = found(nlp, "ALMATY — Tengiz Mining's chairman, Serik Dauletov, has pressed the government for more rail "
                     "cars. \"We cannot ship what we cannot move,\" said the former finance minister, who joined the "
                     "board in May.")
    norm = out.get("the former finance minister") or {}
    assert not norm.get("actor_id", "").endswith("-former-finance-minister")


def test_the_former_president_after_an_untitled_person_is_no_unnamed_holder(nlp):
    """Review 41, finding 1: the article names someone untitled who may be the former holder
    (``Jacob Zuma addressed …``): no unnamed id, which would be a phantom speaker."""
    out = found(nlp, "DURBAN — Jacob Zuma addressed supporters outside the high court on Friday. "
                     "The former president said the charges against him were political.")
    assert "The former president" not in out


def test_the_former_prime_minister_after_two_untitled_people_is_no_shared_id(nlp):
    """Near miss: two people who may both be a former prime minister named untitled before it;
    one id would stand for both."""
    out = found(nlp, "LONDON — Theresa May and Gordon Brown spoke at a charity dinner in Westminster on Thursday. "
                     "The former prime minister said the country needed calmer politics.")
    assert "The former prime minister" not in out


def test_former_leader_is_the_one_former_president_named_before(nlp):
    out = found(nlp, "LIMA (Reuters) - Police detained former president Martin Vizcarra at his home on Tuesday. "
                     "Supporters of the former leader gathered outside the prosecutor's office.")
    assert out["the former leader"]["actor_id"] == out["president Martin Vizcarra"]["actor_id"]


def test_former_leader_after_a_former_title_the_mention_left_out(nlp):
    out = found(nlp, "LONDON (Reuters) - Labour's former leader Jeremy Corbyn said on Monday he would stand "
                     "again. The former leader told supporters in Islington the party had lost its way.")
    assert out["The former leader"]["actor_id"] == out["Jeremy Corbyn"]["actor_id"]


def test_former_ruler_never_named_is_the_unnamed_former_leader_of_the_focus(nlp):
    out = found(nlp, "BANJUL (Reuters) - President Adama Barrow said the referendum would go ahead. Supporters "
                     "of the former ruler, who fled into exile in 2017, marched in Serrekunda. Members of the "
                     "ex-ruler's party said they would vote no.")
    assert out["the former ruler"]["actor_id"] == out["the ex-ruler"]["actor_id"] == "gmb-former-leader"
    assert out["President Adama Barrow"]["actor_id"] != "gmb-former-leader"


def test_former_leader_after_two_former_presidents_is_no_guess(nlp):
    out = found(nlp, "LIMA (Reuters) - Former presidents Ollanta Humala and Pedro Castillo were both in court on "
                     "Monday. The former leader told reporters he was innocent.")
    assert "The former leader" not in out


def test_a_former_ruler_or_one_of_a_place_is_no_description(nlp):
    out = found(nlp, "LIMA (Reuters) - A former ruler is rarely jailed, analysts said. The former ruler of the "
                     "guild was also charged on Monday.")
    assert "A former ruler" not in out and "The former ruler" not in out


def test_former_leader_after_an_unresolved_ousted_president_is_no_guess(nlp):
    out = found(nlp, "ANTANANARIVO (Reuters) - President Tojo Andriamanana fled the country on Sunday. In a video, "
                     "the ousted president said he remained the legitimate leader. The former leader holds French "
                     "citizenship.")
    assert "The former leader" not in out


def test_former_ruler_after_a_former_president_and_his_wife_is_the_president(nlp):
    """``Former president X and his wife Y``: the title is X's only, Y holds no office."""
    out = found(nlp, "MALABO (Reuters) - Former president Teodoro Nsue and his wife Lucia Nsue arrived in the "
                     "capital on Friday. The former ruler told reporters he had come home to vote.")
    assert out["The former ruler"]["actor_id"] == out["president Teodoro Nsue"]["actor_id"]


def test_former_leader_after_a_former_prime_minister_the_mention_left_out(nlp):
    out = found(nlp, "ISLAMABAD (Reuters) - Supporters of former prime minister Imran Khan marched on Monday. "
                     "The former leader said from jail that he would not bow to pressure.")
    assert out["The former leader"]["actor_id"] == "imran-khan"


def test_the_former_leader_with_no_former_holder_named_is_no_one(nlp):
    """A leader may be a race's or a league's: with no former holder named, ``the former leader``
    names no one (``the former ruler`` does: the unnamed former leader of the focus)."""
    out = found(nlp, "NAIROBI (Reuters) - Kenyan runners dominated the marathon on Sunday. In the final stretch, "
                     "the former leader fell back to third place, race officials said.")
    assert "the former leader" not in out
