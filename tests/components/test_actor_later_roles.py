"""claims_actors, actor_later_roles.py: a person role mention that a later ``the <noun>`` apposition
names (``a lawyer … The lawyer, X,``; ``the Pacific envoy … the envoy, X,``)."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def _id(out: dict, text: str) -> str | None:
    return (out.get(text) or {}).get("actor_id")


@pytest.mark.parametrize("text, mention, actor_id", [
    # an unnamed professional named by the apposition of the next sentence
    ("Ms. Okafor, speaking through an attorney, denied the charges. The attorney, Marguerite Denholm, "
     "said her client would appeal.", "an attorney", "marguerite-denholm"),
    # the apposition after the name
    ("The figures were checked by an economist at the university. Tomasz Wielgosz, the economist, "
     "said the deficit had been understated.", "an economist", "tomasz-wielgosz"),
    # the same sentence
    ("Delegates met at the office of the UN envoy in the capital, the envoy, Rasmus Kjeldgaard, told reporters.",
     "UN envoy", "rasmus-kjeldgaard"),
])
def test_later_apposition_names_the_role(nlp, text, mention, actor_id):
    """The role mention takes the id of the person the later ``the <noun>`` apposition names."""
    assert _id(found(nlp, text), mention) == actor_id


@pytest.mark.parametrize("text, mention", [
    # two people named ``the lawyer``: no guess
    ("Mr. Haldane, through a lawyer, said he had cooperated. The lawyer, Ruth Pemberton, said so too. "
     "A second firm also spoke. The lawyer, Owen Trask, said nothing.", "a lawyer"),
    # the naming comes too late: another story part
    ("A lawyer said the ruling was wrong. The court sat for a day. Witnesses spoke. The jury left. "
     "The judge adjourned. The lawyer, Ruth Pemberton, spoke on Friday.", "A lawyer"),
    # no apposition: a spokesman stays unnamed even when a person with that role is named
    ("A spokesman for the ministry declined to comment. Spokesman Idris Lomax spoke on Tuesday.", "A spokesman"),
])
def test_later_apposition_no_guess(nlp, text, mention):
    """Two namings of the role, a naming past the window, or no apposition: the mention keeps its id."""
    out = found(nlp, text)
    assert mention in out
    assert _id(out, mention) not in ("ruth-pemberton", "owen-trask", "idris-lomax")
