"""claims_actors: ``the department`` names the one earlier ministry (actor_desc_synonyms.jsonl)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_desc_synonyms import load_synonyms
from tests.conftest import actor_mentions


def found(nlp, text):
    return dict(actor_mentions(nlp, text, "2025-03-01"))


def test_rows_load_with_ids():
    rows = load_synonyms()
    assert rows and all(r.id and r.noun and r.name_words for r in rows)


def test_the_department_after_the_one_ministry(nlp):
    out = found(nlp, "The Ministry of Transport defended the rail timetable on Monday. "
                     "The department said delays had fallen by a tenth since April.")
    assert out["The department"]["actor_id"] == out["The Ministry of Transport"]["actor_id"]


def test_the_department_after_two_ministries_is_no_guess(nlp):
    out = found(nlp, "The Ministry of Transport and the Ministry of Energy defended the plan on Monday. "
                     "The department said delays had fallen by a tenth since April.")
    assert "The department" not in out


def test_the_department_after_a_department_keeps_its_own_row(nlp):
    out = found(nlp, "The Ministry of Transport and the Department for Education defended the plan. "
                     "The department said delays had fallen by a tenth since April.")
    assert out["The department"]["actor_id"] == out["the Department for Education"]["actor_id"]


def test_the_department_after_a_fire_department_is_no_guess(nlp):
    out = found(nlp, "The Ministry of Finance said growth slowed. The fire department said the blaze started at "
                     "noon. The department said no one was hurt.")
    assert "The department" not in out
    out = found(nlp, "The Ministry of Energy approved the pipeline route. A sheriff's department in the county "
                     "opened an inquiry on Friday. The department said two men had been detained.")
    assert "The department" not in out


def test_a_department_with_a_complement_is_no_ministry(nlp):
    out = found(nlp, "The Health Ministry reported 40 new cases on Monday. Researchers at the department of "
                     "infectious diseases at Cairo University said the strain was new.")
    assert "the department" not in out
    out = found(nlp, "The Ministry of Education cut school budgets. Staff at the department of history said "
                     "they would strike.")
    assert "the department" not in out


def test_the_department_far_after_the_ministry_is_no_guess(nlp):
    filler = "".join(f"Farmers in the north planted wheat in field {n} this spring.\n\n" for n in range(5))
    text = "The Ministry of Transport defended the rail timetable.\n\n" + filler + "The department said delays fell."
    assert "The department" not in found(nlp, text)


def test_the_department_near_the_ministry_after_a_bare_remention(nlp):
    out = found(nlp, "The Ministry of Transport defended the rail timetable.\n\nThe department said delays had "
                     "fallen.\n\nThe department added that new trains would run from May.")
    assert out["The department"]["actor_id"] == out["The Ministry of Transport"]["actor_id"]


def test_the_regulator_after_the_one_authority(nlp):
    out = found(nlp, "The Civil Aviation Authority opened an inquiry into the Gatwick delays on Monday. "
                     "The regulator said airlines had failed to warn passengers in time.")
    assert out["The regulator"]["actor_id"] == out["The Civil Aviation Authority"]["actor_id"]


def test_the_regulator_after_a_central_bank_not_the_commercial_bank(nlp):
    out = found(nlp, "Harbor Bank shares fell after the Reserve Bank of Australia fined the lender. "
                     "The regulator said the bank had broken lending rules.")
    assert out["The regulator"]["actor_id"] == out["the Reserve Bank of Australia"]["actor_id"]


def test_the_regulator_after_two_commissions_is_no_guess(nlp):
    out = found(nlp, "The Securities and Exchange Commission and the Commodity Futures Trading Commission "
                     "opened inquiries. The regulator said it would decide by June.")
    assert "The regulator" not in out


def test_the_watchdog_after_the_one_authority(nlp):
    out = found(nlp, "Palmer Foods and the Competition and Markets Authority met on Monday. "
                     "The watchdog said it would publish its findings in May.")
    assert out["The watchdog"]["actor_id"] == out["the Competition and Markets Authority"]["actor_id"]


def test_the_spending_watchdog_after_the_one_audit_body(nlp):
    out = found(nlp, "A report by Audit Wales published last month concluded that costs were rising. "
                     "The spending watchdog also found that payments had been made early.")
    assert out["The spending watchdog"]["actor_id"] == out["Audit Wales"]["actor_id"]


def test_the_public_spending_watchdog_after_an_audit_office(nlp):
    out = found(nlp, "The National Audit Office said the scheme had overrun. "
                     "The public spending watchdog said ministers ignored warnings.")
    assert out["The public spending watchdog"]["actor_id"] == out["The National Audit Office"]["actor_id"]


def test_the_spending_watchdog_after_a_conduct_regulator_is_no_guess(nlp):
    out = found(nlp, "The Financial Conduct Authority fined the lender. The spending watchdog said nothing.")
    assert "The Financial Conduct Authority" in out and "The spending watchdog" not in out


def test_the_spending_watchdog_after_two_audit_bodies_is_no_guess(nlp):
    out = found(nlp, "The Greystone Audit Office and the Accountability Commission reviewed the plan. "
                     "The spending watchdog found costs had doubled.")
    assert "The spending watchdog" not in out


def test_the_regulator_after_the_one_regulator_known_by_id(nlp):
    out = found(nlp, "Ofcom opened an investigation into Brightline Telecom on Tuesday over repeated outages.\n\n"
                     "Customers lost service for up to nine hours, the regulator said.")
    assert out["the regulator"]["actor_id"] == "ofcom"
    out = found(nlp, "The FDA approved the drug on Friday for adults with severe asthma. "
                     "The watchdog said the trial data were strong.")
    assert out["The watchdog"]["actor_id"] == "fda"


def test_the_regulator_after_two_regulators_is_no_guess(nlp):
    out = found(nlp, "Ofcom and Ofgem opened inquiries into Brightline on Tuesday. "
                     "Customers lost service for up to nine hours, the regulator said.")
    assert "the regulator" not in out


def test_a_place_before_the_regulator_says_it_is_not_one_known_only_by_id(nlp):
    out = found(nlp, "The FDA cleared the vaccine for adults over 65 in March. "
                     "The Brussels-based regulator has yet to rule on the same application.")
    assert "The Brussels-based regulator" not in out
    out = found(nlp, "Ofwat fined the company £28m on Thursday. The Birmingham-based regulator said bills would not rise.")
    assert "The Birmingham-based regulator" not in out


def test_the_regulator_is_no_body_known_only_by_id_when_another_agency_is_named_after_it(nlp):
    out = found(nlp, "The FDA cleared the vaccine in March. Now the Justice Department is investigating its maker. "
                     "The regulator said the review had been thorough.")
    assert "The regulator" not in out
    out = found(nlp, "Ofwat fined the company in 2023. Now the Environment Agency is investigating sewage spills. "
                     "The regulator said the fines would rise.")
    assert "The regulator" not in out
