"""The shared given-name detector: one per process, built when the components are built."""

import spacy

from pipeline.components import actor_people, claim_speakers
from pipeline.components.names import name_detector


def test_name_detector_is_built_once_per_process():
    assert name_detector() is name_detector()
    assert name_detector().get_gender("margaret") == "female"  # case-insensitive


def test_name_detector_both_components_read_the_same_names():
    for name in ("Sergei", "Elena", "Anne-Marie", "Xqzt"):
        assert actor_people.first_name_gender(name) == claim_speakers.first_name_gender(name)
    assert claim_speakers.first_name_gender("Jean-Pierre") == "male"  # the part before the hyphen
    assert actor_people.first_name_gender("Xqzt") is None


def test_name_detector_warmed_when_the_actor_component_is_built():
    name_detector.cache_clear()
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_actors")
    assert name_detector.cache_info().currsize == 1  # read with the pipeline, not during a run
