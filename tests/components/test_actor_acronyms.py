"""claims_actors, acronyms: short names of the document's bodies the model left out, and
capitals defined by lower-case words (a thing, no body)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_acronyms import _spells_lower
from tests.conftest import found_norms as found


def test_bare_acronym_after_its_body_is_the_body(nlp):
    out = found(nlp, "Zambia's United Party for National Development said it would challenge the result. "
                     "The UPND's lawyers filed papers on Friday, and the UPND wants a recount.")
    full = out["United Party for National Development"]["actor_id"]
    assert out["The UPND"]["actor_id"] == full
    assert out["the UPND"]["actor_id"] == full


def test_district_attorney_short_form_stays_no_actor(nlp):
    out = found(nlp, "The district attorney said on Monday the case was closed. "
                     "The DA's office declined to comment further.")
    assert not any("DA" in text for text in out)


def test_acronym_defined_by_lower_case_words_is_no_actor(nlp):
    out = found(nlp, "Officials said the minimum support price (MSP) would rise. "
                     "Farmers want the MSP guaranteed by law.")
    assert not any("MSP" in text for text in out)


def test_acronym_defined_by_a_body_noun_stays(nlp):
    out = found(nlp, "The central bank said the national oil company (NOC) would pay. The NOC said it had paid.")
    assert any("NOC" in text for text in out)


def test_spells_lower_takes_inner_letters_and_skips_links():
    links = frozenset({"and", "of"})
    assert _spells_lower("sps", ("sanitary", "and", "phytosanitary"), links)
    assert _spells_lower("cbam", ("carbon", "border", "adjustment", "mechanism"), links)
    assert not _spells_lower("nato", ("new", "trade", "agreement"), links)
