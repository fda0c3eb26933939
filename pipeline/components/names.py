"""Given-name data shared by the actor and claim components: one detector per process.

``gender_guesser`` reads its name table (about 0.2 s) when its detector is built. Both the actor
component (telling people apart by first name) and the claim extractor (matching ``he``/``she``
to a speaker) ask for it; :func:`name_detector` builds it once, and the actor component warms it
when it is built, so the work is done with the model loading (a forked worker inherits it) and
never in the middle of a run.
"""

from __future__ import annotations

from functools import lru_cache

@lru_cache(maxsize=1)
def name_detector():
    """The case-insensitive ``gender_guesser`` detector, built on first use."""
    import gender_guesser.detector as gender_guesser  # name data read when first needed

    return gender_guesser.Detector(case_sensitive=False)



_MALE, _FEMALE = frozenset({"male", "mostly_male"}), frozenset({"female", "mostly_female"})


def clear_gender(name: str) -> str | None:
    """The gender of a given name the table lists for one gender only, in any country (``Mary``,
    ``Chris``); None for a name it lists for both (``Kyle``, ``Kim``, ``Jordan``), as unisex, or not
    at all. The detector's own answer weighs the countries, so a name mostly of one gender in the
    table's count still comes back ``mostly_female`` (``Kyle``) though men bear it too."""
    found = set(name_detector().names.get(name.lower(), {}))
    if found and found <= _MALE:
        return "male"
    return "female" if found and found <= _FEMALE else None


def thinly_listed(name: str, most: int = 2) -> bool:
    """Does the table list the given name in ``most`` countries or fewer, over all its genders
    (``Nurul``, ``Harpreet``: one country each), so that its gender there is a weak guess, one the
    text may overrule? False for a name not listed (no guess to overrule) or listed widely."""
    found = name_detector().names.get(name.lower(), {})
    columns = {i for values in found.values() for i, ch in enumerate(values) if ch.strip()}
    return bool(found) and len(columns) <= most
