"""claims_actors, family words: relatives named by their kin to a named person, shared surnames
never merged by a guess, families as groups."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def mentions(nlp, text):
    return actor_mentions(nlp, text, None)


FAMILY = ("Peter Lindgren and Maria Lindgren run a bakery in Duluth. "
          "Erik Lindgren, the couple's son and a city planner, opposes the new bypass. ")


def test_shared_surname_apposed_parent_word_is_not_the_son(nlp):
    found = mentions(nlp, FAMILY + "Lindgren, the father, signed the petition on Monday.")
    assert [n["actor_id"] for t, n in found if t == "Lindgren"] == ["peter-lindgren"]


def test_shared_surname_bare_with_two_candidates_is_the_one_named_first(nlp):
    """A story about one family calls the others by given name, title or kin word: the bare
    surname is the one named first (every actor gold reads it so); a title still decides."""
    found = mentions(nlp, FAMILY + "Lindgren signed the petition on Monday.")
    assert [n["actor_id"] for t, n in found if t == "Lindgren"] == ["peter-lindgren"]
    found = mentions(nlp, FAMILY + "Mrs. Lindgren signed the petition on Monday.")
    assert [n["actor_id"] for t, n in found if t == "Mrs. Lindgren"] == ["maria-lindgren"]


def test_shared_surname_title_takes_the_one_named_before(nlp):
    text = ("Tom Ahern and Julia Ahern disagree about the school budget. Mr. Ahern said the numbers "
            "were wrong. Later their son, Liam Ahern, spoke at the meeting.")
    found = mentions(nlp, text)
    assert [n["actor_id"] for t, n in found if t == "Mr. Ahern"] == ["tom-ahern"]


def test_kin_word_takes_the_relative_named_before(nlp):
    text = ("Susan Whitcomb, a county judge, spoke first. Her husband, a retired pilot, sat beside her. "
            "Later Daniel Whitcomb, the couple's son, addressed the crowd.")
    found = dict(mentions(nlp, "Gary Whitcomb runs the farm. " + text))
    assert found["Her husband"]["actor_id"] == "gary-whitcomb"


def test_vocative_kin_is_the_parent_of_the_person_quoted(nlp):
    text = (FAMILY + 'Asked about the dispute, Erik Lindgren said: "Mom has been very patient with all of us."')
    found = dict(mentions(nlp, text))
    assert found["Mom"]["actor_id"] == "maria-lindgren"


def test_vocative_kin_without_one_parent_is_not_resolved(nlp):
    found = dict(mentions(nlp, 'Erik Lindgren spoke. "Dad has been very patient," he said.'))
    assert "Dad" not in found or found["Dad"]["actor_id"] != "erik-lindgren"


def test_couple_and_plural_surname_are_the_family_group(nlp):
    found = mentions(nlp, FAMILY + "The Lindgrens have lived there for decades, and the couple plans to stay.")
    fam = {t: n["actor_id"] for t, n in found if n["actor_id"] == "lindgren-family"}
    assert set(fam) == {"Lindgrens", "the couple"}
    assert next(n for t, n in found if t == "Lindgrens")["type"] == "group"


def test_couple_without_a_shared_surname_makes_no_family(nlp):
    found = dict(mentions(nlp, "Anna Berg met Paul Novak in 2010. The couple married a year later."))
    assert all(not n["actor_id"].endswith("-family") for n in found.values())


def test_kin_my_in_a_quote_is_the_speakers_relative(nlp):
    text = ("Attorney General Dana Kowalski is running for governor. Her husband, Mark Kowalski, runs the state's "
            "teachers union. The attorney general has called the ads unfair. \"I was a prosecutor long before my "
            "husband ran for union office,\" she said on Friday.")
    found = mentions(nlp, text)
    assert [n["actor_id"] for t, n in found if t.lower().endswith("husband")] == ["mark-kowalski"] * 2


def test_kin_my_outside_a_quote_is_nobody(nlp):
    text = "Mark Kowalski runs the union. Critics say my husband would never join it."
    found = dict(mentions(nlp, text))
    assert "my husband" not in found


def test_kin_unnamed_relative_of_the_person_named_in_the_sentence(nlp):
    found = dict(mentions(nlp, "Nobody asks Gregory Lund what his wife thinks of the plan."))
    assert found["his wife"]["actor_id"] == "gregory-lund-wife"
    assert found["his wife"]["type"] == "person"


def test_kin_possessive_kin_word_is_no_mention(nlp):
    found = dict(mentions(nlp, "Asked about his father's farm, Gregory Lund said little."))
    assert "his father" not in found


def test_kin_name_possessive_names_the_relative(nlp):
    text = "Ruth Vance and Carl Vance own the mill. Carl Vance's wife spoke at the hearing on Monday."
    found = mentions(nlp, text)
    assert ("wife", "ruth-vance") in [(t, n["actor_id"]) for t, n in found]


def test_kin_elder_and_younger_follow_the_son_the_article_named(nlp):
    text = ("Walter Brandt thanked one man first at the rally: his son. \"Owen has worked for this county for "
            "ten years,\" the elder Mr. Brandt said. State Rep. Owen Brandt, 35, has campaigned at his side all "
            "summer. The younger Brandt has appeared at more events than his father in some weeks.")
    found = mentions(nlp, text)
    ids = {t: n["actor_id"] for t, n in found}
    assert ids["the elder Mr. Brandt"] == "walter-brandt"
    assert ids["The younger Brandt"] == "owen-brandt"
    assert ids["his father"] == "walter-brandt"


def test_vocative_kin_of_the_speaker_named_before_the_quote(nlp):
    text = ("Walter Brandt thanked his son, Owen Brandt, at the rally. Later the younger Brandt worked the rope line "
            "as the crowd thinned. Asked whether he would run for governor one day, he laughed. "
            "\"Let's get Dad elected first.\"")
    found = dict(mentions(nlp, text))
    assert found["Dad"]["actor_id"] == "walter-brandt"


def test_kin_words_in_apposition_name_the_person_before_them(nlp):
    text = ("Walter Brandt, 64, is the Republican nominee, and state Rep. Owen Brandt, his son, campaigns at his "
            "side. The elder Brandt thanked him on Saturday.")
    found = mentions(nlp, text)
    ids = {t: n["actor_id"] for t, n in found}
    assert ids["his son"] == "owen-brandt"  # Owen himself, never Owen's son
    assert ids["The elder Brandt"] == "walter-brandt"


def test_surname_between_two_men_is_no_owner_of_her(nlp):
    text = ("Walter Brandt, 64, is the Republican nominee, and state Rep. Owen Brandt campaigns at his side. "
            "Sheriff Laura Quist leads by two points. Asked about the poll, Brandt said her campaign was "
            "\"running on fumes.\"")
    found = dict(mentions(nlp, text))
    assert found["her campaign"]["actor_id"] == "laura-quist-campaign"


def test_kin_words_after_an_opening_phrase_are_no_apposition(nlp):
    text = ("Among the loudest critics was Sir Peter Vane, the former transport minister. Awkwardly for Sir Peter, "
            "his son, Thomas Vane, a Green councillor, has campaigned for the plan his father now opposes.")
    found = mentions(nlp, text)
    ids = {t: n["actor_id"] for t, n in found}
    assert ids["his son"] == "thomas-vane"
    assert ids["his father"] == "peter-vane"


GENERATIONS = ("MILWAUKEE — State Rep. Thomas Keane Jr. filed his papers on Monday, something his father "
               "put off for a decade. Thomas Keane Sr., who held the seat until 2012, watched from the "
               "gallery. ")


def test_generation_suffixes_are_a_father_and_a_son(nlp):
    """``Thomas Keane Jr.`` and ``Thomas Keane Sr.`` are two people (the Sr. a father of his own id);
    ``his father``, ``the elder Keane``, ``the senior Keane`` and ``Keane Sr.`` are the Sr."""
    found = mentions(nlp, GENERATIONS + "Asked about the race, the elder Keane smiled. \"My son is the "
                                        "candidate,\" Keane Sr. said. For the senior Keane, it is personal.")
    ids = {t: n["actor_id"] for t, n in found}
    sr = ids["Thomas Keane Sr."]
    assert sr != ids["State Rep. Thomas Keane Jr."] and sr.endswith("-sr"), ids
    assert [n["actor_id"] for t, n in found if t in ("his father", "the elder Keane", "Keane Sr.",
                                                     "the senior Keane")] == [sr] * 4, found


def test_generation_pair_bare_surname_is_the_one_named_first(nlp):
    """The bare surname is the one the story named first, also with a third relative."""
    found = mentions(nlp, GENERATIONS + "Keane said the bill would pass.")
    jr = next(n["actor_id"] for t, n in found if t.endswith("Thomas Keane Jr."))
    assert [n["actor_id"] for t, n in found if t == "Keane"] == [jr]
    found = mentions(nlp, GENERATIONS + "His sister, Anne Keane, runs the campaign. Keane said the bill "
                                        "would pass.")
    assert [n["actor_id"] for t, n in found if t == "Keane"] == [jr]


def test_quote_bounds_are_found_once_per_document_and_per_paragraph(nlp):
    from spacy.tokens import Doc

    from pipeline.components.actor_kin import inside_quote
    words = ['"', "We", "will", "rebuild", ",", '"', "the", "mayor", "said", ".", "\n\n",
             "The", "council", "said", "\u201c", "no", "\u201d", "and", '"', "the", "plan", "stays"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    assert [inside_quote(doc, i) for i in (1, 3, 7, 12, 15, 17, 20)] == [True, True, False, False, True, False, False]
    assert not doc.user_data  # the index is kept outside the document (a DocBin never saves it)
    other = Doc(nlp.vocab, words=["No", "quote", "here", '"', "at", "all"], spaces=[True] * 6)
    assert [inside_quote(other, i) for i in (1, 4)] == [False, False]  # another Doc: its own index
    assert inside_quote(doc, 1)


def test_the_per_document_caches_are_dropped_when_the_actor_pass_fails(nlp, monkeypatch):
    """An error inside the component (here in the last step, writing the mentions) leaves no quote
    index, name-evidence index or line-break list in ``doc.user_data`` for a DocBin to save."""
    import pytest

    import pipeline.components.actors as actors
    seen = []

    def failing_write(doc, found):
        seen.append(dict(doc.user_data))
        raise RuntimeError("write failed")

    monkeypatch.setattr(actors, "_write", failing_write)
    doc = nlp.make_doc('"We will rebuild," Mayor Elena Ruiz said.\n\nHer father, Tomas Ruiz, agreed.')
    for name, proc in nlp.pipeline:
        if name != "claims_actors":
            doc = proc(doc)
    with pytest.raises(RuntimeError, match="write failed"):
        nlp.get_pipe("claims_actors")(doc)
    assert seen and seen[0]  # the caches were there while the actors were found
    assert not doc.user_data
