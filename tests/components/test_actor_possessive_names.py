"""claims_actors, bodies' names with a possessive inside (actor_possessive_names.py, issue 12): an
office or member noun's possessive is part of the name; a named owner's is not."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_two_word_office_before_the_possessive_is_one_body(nlp):
    out = found(nlp, "The Attorney General's Office said on Monday that it would appeal the ruling.")
    assert "The Attorney General's Office" in out
    assert out["The Attorney General's Office"]["type"] == "government"
    assert "General's Office" not in out


def test_abbreviated_country_and_office_noun_open_the_name(nlp):
    out = found(nlp, "The U.S. Attorney's Office in Denver charged the two men on Friday.")
    assert "The U.S. Attorney's Office" in out
    assert "U.S." not in out  # the country is a word of the name, no mention of its own


def test_member_plural_before_the_possessive_is_one_body(nlp):
    out = found(nlp, "The Welsh Farmers' Federation said the grant scheme would close dozens of farms.")
    name = next(t for t in out if t.endswith("Federation"))
    assert name == "The Welsh Farmers' Federation"
    assert out[name]["type"] == "organization"
    assert not any(t.endswith("Farmers") for t in out)


def test_office_is_found_again_in_a_longer_sentence(nlp):
    out = found(nlp, "Lawyers for the families wrote to the Attorney General's Office, which has not replied.")
    assert "the Attorney General's Office" in out


def test_named_country_owner_stays_apart_near_miss(nlp):
    out = found(nlp, "China's Foreign Ministry said the visit was a provocation.")
    assert "China" in out and "Foreign Ministry" in out
    assert not any(t.startswith("China's") for t in out)


def test_named_person_owner_stays_apart_near_miss(nlp):
    out = found(nlp, "Trump's Justice Department has dropped the case against the two aides.")
    assert "Trump" in out
    assert not any(t.startswith("Trump's") for t in out)


def test_name_that_goes_on_after_the_head_is_left_near_miss(nlp):
    out = found(nlp, "The Mayor's Office of Housing said rents had risen by 12 percent.")
    assert not any(t.endswith("Office of Housing") and t.startswith("The Mayor") for t in out)
    assert any(t.endswith("Office of Housing") for t in out)  # the model's own name stays as it was


def test_lower_case_office_is_no_name_near_miss(nlp):
    out = found(nlp, "Gov. Tina Kotek's office said the bill would be signed next week.")
    assert "Gov. Tina Kotek" in out
    assert not any("office" in t for t in out if t.startswith("Gov."))


def test_country_word_inside_the_name_gives_the_body_its_country(nlp):
    out = found(nlp, "The U.S. Attorney's Office in Denver charged the two men on Friday.")
    assert out["The U.S. Attorney's Office"]["country"] == "USA"
    out = found(nlp, "The Scottish Fishermen's Federation said the deal was a betrayal of coastal towns.")
    assert out["The Scottish Fishermen's Federation"]["country"] == "GBR"


def test_headline_verb_before_the_office_is_no_name_word_near_miss(nlp):
    out = found(nlp, "Auditors Widen Review of Prison Contracts, Reaching Governor's Office\n\n"
                     "The review began in March.")
    assert not any(t.startswith("Reaching") for t in out)


def test_chained_title_possessive_is_one_body(nlp):
    out = found(nlp, "The Baltimore City State's Attorney's Office dropped the charges against the three officers.")
    assert "The Baltimore City State's Attorney's Office" in out
    assert out["The Baltimore City State's Attorney's Office"]["type"] == "government"
    assert not any(t in ("Attorney's Office", "The Baltimore City State") for t in out)


def test_chained_title_possessive_office_is_the_speaker(claims_of):
    claims = claims_of("The Cook County State's Attorney's Office said the officer would be charged.")
    speaker = claims[0]["speaker"]
    assert speaker["text"] == "The Cook County State's Attorney's Office"
    assert speaker["actor_id"] == "cook-county-state-attorney-office"


def test_named_owner_before_a_chained_possessive_stays_apart_near_miss(nlp):
    out = found(nlp, "Trump's Attorney General's Office has reopened the inquiry into the donations.")
    assert "Trump" in out
    assert not any(t.startswith("Trump's") for t in out)


def test_headline_verb_before_the_office_nouns_stays_out_near_miss(nlp):
    out = found(nlp, "Senators Grill Prime Minister's Office Over Leaked Memo\nOpposition senators questioned "
                     "officials for hours on Tuesday.")
    assert "Prime Minister's Office" in out  # the title word opens the name, the verb does not
    assert not any(t.startswith(("Senators Grill", "Grill")) for t in out)


def test_headline_place_before_the_office_nouns_opens_the_name(nlp):
    out = found(nlp, "Voters Praise New York Governor's Office\nThe governor's approval rating rose by six points.")
    assert "New York Governor's Office" in out
    assert not any(t.startswith("Praise") for t in out)


def test_country_name_opening_a_county_gives_the_office_no_country_near_miss(nlp):
    out = found(nlp, "The Lebanon County District Attorney's Office said the charges against the farmer were dropped.")
    assert out["The Lebanon County District Attorney's Office"]["country"] is None


def test_country_name_that_is_also_a_us_state_gives_no_country_near_miss(nlp):
    out = found(nlp, "The Georgia Attorney General's Office has opened an inquiry into the clinic's billing.")
    assert out["The Georgia Attorney General's Office"]["country"] is None


def test_country_word_inside_a_longer_place_name_gives_no_country_near_miss(nlp):
    out = found(nlp, "The New Mexico Attorney General's Office sued the two oil companies on Thursday.")
    assert out["The New Mexico Attorney General's Office"]["country"] is None
    out = found(nlp, "The U.S. Virgin Islands Governor's Office said the port would reopen on Monday.")
    assert out["The U.S. Virgin Islands Governor's Office"]["country"] is None


def test_demonym_before_two_name_words_gives_the_country(nlp):
    out = found(nlp, "The Mexican Attorney General's Office said the three suspects were detained in Sinaloa.")
    assert out["The Mexican Attorney General's Office"]["country"] == "MEX"
