"""claims_actors, people: a gendered title (``Mr.``, ``Ms.``) before a surname names the one
person of that surname unless the given name is clearly of the other gender; a name the name
table gives both genders (``Kyle``, ``Kim``, ``Jordan``) does not block the link."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.names import clear_gender
from tests.conftest import actor_mentions


def ids(nlp, text):
    return {t: n["actor_id"] for t, n in actor_mentions(nlp, text, None)}


@pytest.mark.parametrize("name, gender", [
    ("Mary", "female"), ("Grace", "female"), ("Chris", "male"), ("Derek", "male"),
    ("Kyle", None), ("Kim", None), ("Jordan", None), ("Zzyxq", None),
])
def test_clear_gender_only_for_names_of_one_gender(name, gender):
    assert clear_gender(name) == gender


def test_mister_links_to_the_one_person_with_a_unisex_given_name(nlp):
    found = ids(nlp, "Delegate Kyle Marwick filed the amendment on Friday. "
                     "Mr. Marwick said the county had waited too long.")
    assert found["Mr. Marwick"] == found["Delegate Kyle Marwick"] == "kyle-marwick"


def test_mister_does_not_link_to_a_clearly_female_name(nlp):
    found = ids(nlp, "Mary Holt chairs the zoning board. Mr. Holt said the vote was over.")
    assert found["Mr. Holt"] != "mary-holt"


def test_husband_and_wife_titles_pick_the_spouse_of_the_title(nlp):
    found = ids(nlp, "Grace Lee and her husband, Kyle Lee, run a bakery in Flushing. "
                     "Mr. Lee said the rent had doubled.")
    assert found["Mr. Lee"] == "kyle-lee"
    found = ids(nlp, "Grace Lee and her husband, Daniel Lee, run a bakery in Flushing. "
                     "Ms. Lee said the rent had doubled.")
    assert found["Ms. Lee"] == "grace-lee"


def test_title_before_the_first_word_of_a_surname_first_name_links(nlp):
    found = ids(nlp, "The fisheries minister, Mam Bunheng, visited Kampot on Monday. "
                     "Mr. Mam said the catch had fallen by a third.")
    assert found["Mr. Mam"] == found["Mam Bunheng"]


def test_title_before_a_known_given_name_does_not_link_to_that_given_name(nlp):
    found = ids(nlp, "Senator Peter Ashcombe opened the hearing. Mr. Peter was not there.")
    assert found["Mr. Peter"] != found["Senator Peter Ashcombe"]


def test_name_with_a_middle_initial_tagged_org_is_a_person(nlp):
    found = {t: n for t, n in actor_mentions(nlp, "The ruling came under Delphine K. Arbuckle, who took over "
                                                  "the agency in June. Ms. Arbuckle said it was overdue.", None)}
    person = next(n for t, n in found.items() if t.endswith("Arbuckle") and "K." in t)
    assert person["type"] == "person"
    assert found["Ms. Arbuckle"]["actor_id"] == person["actor_id"]


def test_body_with_an_initial_stays_a_body(nlp):
    found = {t: n for t, n in actor_mentions(nlp, "The suit names Harmon R. Industries, a supplier in Ohio.", None)}
    assert all(n["type"] != "person" for t, n in found.items() if "Harmon" in t)
