"""claims_actors, actor_cut_names.py: the given name the model cut from a name set off by commas
joins it; a title or role word there (``Professor``, ``Coach``) does not; the surname the model cut
from a three-part name joins it when the text uses it alone."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_cut_names import hyphen_name_extent, particle_org_names
from pipeline.components.actor_people import is_first_name
from tests.conftest import found_norms as found


def test_title_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "Its director, Professor Ines Marlowe, said the lab would close.")
    assert all(not n["actor_id"].startswith("professor") for n in out.values())
    assert any(n["actor_id"] == "ines-marlowe" for n in out.values())


def test_role_word_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "The club's leader, Coach Dan Farrelly, said they would win.")
    assert all(not n["actor_id"].startswith("coach") for n in out.values())



def test_byline_name_opening_with_a_country_keeps_its_hyphenated_surname(nlp):
    out = found(nlp, "Harbor plan stalls\n\nBy Jordan Pike-Morrow\nThe Harbor Gazette\n\n"
                     "The port authority voted on Monday to delay the plan.")
    assert any(n["actor_id"] == "jordan-pike-morrow" for n in out.values())
    assert not any(n["actor_id"] == "jordan-pike" for n in out.values())


def test_hyphenated_byline_in_capitals_is_one_name(nlp):
    out = found(nlp, "Ports brace for strike\n\nBy MARIA OSTROWSKA-NOWAK and PETER HOLM\n\n"
                     "GDANSK, Poland (AP) — Dockworkers walked out on Monday.")
    assert any(n["actor_id"] == "maria-ostrowska-nowak" for n in out.values())


def test_cut_hyphen_parts_join_the_name(blank_nlp):
    doc = blank_nlp("Senator Ruth Calder-Moss-Vane said no. Jean-Luc Barre agreed.")
    assert doc[1:3].text == "Ruth Calder"
    assert doc[slice(*hyphen_name_extent(doc, 1, 3, is_first_name))].text == "Ruth Calder-Moss-Vane"
    luc = [t.i for t in doc if t.text == "Luc"][0]
    assert doc[slice(*hyphen_name_extent(doc, luc, luc + 2, is_first_name))].text == "Jean-Luc Barre"


def test_hyphen_pair_before_a_noun_names_no_one_person(blank_nlp):
    doc = blank_nlp("The Sanders-Warren feud had cooled.")
    doc[4].pos_ = "NOUN"
    assert hyphen_name_extent(doc, 1, 2, is_first_name) == (1, 2)


def test_each_name_of_a_capitals_byline_is_whole(nlp):
    out = found(nlp, "Farmers block roads\n\nBy LUCÍA P. ARRIAGA and TOMÁS VELA\nAssociated Press\n\n"
                     "LIMA, Peru (AP) — Farmers blocked roads on Monday, the police said.")
    ids = {n["actor_id"] for n in out.values()}
    assert "tomas-vela" in ids and "tomas" not in ids


def test_a_byline_desk_word_is_no_surname(nlp):
    out = found(nlp, "Council tax rises capped\n\nHelen Okafor Education correspondent\n\n"
                     "The education secretary said on Monday that schools would get more money.")
    ids = {n["actor_id"] for n in out.values()}
    assert "helen-okafor" in ids and "helen-okafor-education" not in ids


def test_a_byline_place_desk_is_no_surname(nlp):
    out = found(nlp, "Ferry fares to rise again\n\nHannah Reid Bavaria state correspondent\n\n"
                     "Bavaria's ferry operator said on Monday that fares would rise by 8% in July. "
                     "Travellers in Bavaria said the rise was unfair.")
    ids = {n["actor_id"] for n in out.values()}
    assert "hannah-reid" in ids and not any(i.startswith("hannah-reid-") for i in ids)


def test_a_place_word_after_a_name_outside_a_byline_stays(nlp):
    out = found(nlp, "Hannah Reid Bavaria, a consultant, said on Monday that fares would rise in Bavaria.")
    assert not any(n["actor_id"] == "hannah-reid" for n in out.values())


def test_a_surname_before_a_lower_case_job_in_a_sentence_stays(nlp):
    out = found(nlp, "Thomas Crane Young, a veteran reporter, said the mayor had resigned.")
    assert any(n["actor_id"].startswith("thomas-crane") for n in out.values())


def test_a_foreign_and_inside_a_union_name_keeps_one_name(nlp):
    out = found(nlp, "In Denmark, the HK og Dansk Metal union said it would strike, and the EU and NATO said nothing.")
    ids = {n["actor_id"] for n in out.values()}
    assert "hk-og-dansk-metal" in ids and "dansk-metal" not in ids
    assert {"eu", "nato"} <= ids


# ------------------------------------------------ names cut at a particle or at "and" (join_linked_names)

from pipeline.components.actor_cut_names import join_linked_names  # noqa: E402
from pipeline.components.actors import NerSpan  # noqa: E402
from pipeline.components.gazetteer import shipped_actor_words  # noqa: E402


def _joined(doc, spans):
    words = shipped_actor_words()
    out = join_linked_names(doc, [NerSpan(*s) for s in spans], words.org_name_particles, words.and_name_heads)
    return [(s.label, doc[s.start:s.end].text) for s in out]


def _at(doc, text):
    """(start, end) of the first tokens of ``doc`` that spell ``text``."""
    at = doc.text.index(text)
    span = doc.char_span(at, at + len(text))
    return span.start, span.end


def test_a_company_cut_at_its_portuguese_particle_is_one_name(blank_nlp):
    doc = blank_nlp("Engenharia Serra dos Carajás Ltda. said the plant was safe.")
    left, right = _at(doc, "Engenharia Serra"), _at(doc, "Carajás Ltda.")
    assert _joined(doc, [("PERSON", *left), ("ORG", *right)]) == [("ORG", "Engenharia Serra dos Carajás Ltda.")]


def test_a_later_short_mention_of_the_joined_company_takes_its_name(blank_nlp):
    doc = blank_nlp("Engenharia Serra dos Carajás Ltda. built it. Later Engenharia Serra dos Carajás said no.")
    first = [k for k in range(len(doc)) if doc[k].text == "Engenharia"]
    whole = _at(doc, "Carajás Ltda.")
    spans = [("PERSON", first[0], first[0] + 2), ("ORG", *whole), ("PERSON", first[1], first[1] + 2)]
    assert _joined(doc, spans)[-1] == ("ORG", "Engenharia Serra dos Carajás")


def test_two_persons_across_a_particle_are_left_to_the_person_rules(blank_nlp):
    doc = blank_nlp("Marta Gomes de Almeida said the vote was close.")
    spans = [("PERSON", 0, 2), ("PERSON", 3, 4)]
    assert _joined(doc, spans) == [("PERSON", "Marta Gomes"), ("PERSON", "Almeida")]


def test_a_committee_cut_at_its_and_is_one_name(blank_nlp):
    doc = blank_nlp("The Energy and Water Resources and Coastal Planning Committee said the bill was flawed.")
    left, right = _at(doc, "The Energy and Water Resources"), _at(doc, "Coastal Planning Committee")
    assert _joined(doc, [("ORG", *left), ("ORG", *right)]) == \
        [("ORG", "The Energy and Water Resources and Coastal Planning Committee")]


def test_two_bodies_joined_by_and_stay_two(blank_nlp):
    doc = blank_nlp("The European Commission and Frontex Agency said. Hamas and the Palestinian Authority met.")
    ec, fx = _at(doc, "The European Commission"), _at(doc, "Frontex Agency")
    hm, pa = _at(doc, "Hamas"), _at(doc, "the Palestinian Authority")
    out = _joined(doc, [("ORG", *ec), ("ORG", *fx), ("ORG", *hm), ("ORG", *pa)])
    assert out == [("ORG", "The European Commission"), ("ORG", "Frontex Agency"), ("ORG", "Hamas"),
                   ("ORG", "the Palestinian Authority")]


def test_places_joined_by_and_stay_two(blank_nlp):
    doc = blank_nlp("Peru and Chile Council members met.")
    assert _joined(doc, [("GPE", 0, 1), ("ORG", 2, 4)]) == [("GPE", "Peru"), ("ORG", "Chile Council")]


def test_a_one_word_name_and_a_lone_head_stay_two(blank_nlp):
    doc = blank_nlp("Whitmore and Council Clash Over Budget")
    assert _joined(doc, [("ORG", 0, 1), ("ORG", 2, 3)]) == [("ORG", "Whitmore"), ("ORG", "Council")]


def test_a_body_named_after_its_place_is_one_name_but_a_place_stays_a_place(blank_nlp):
    doc = blank_nlp("Companhia Serra do Jaguari said the dam held. Santa Rita do Sapucaí is near.")
    org, place = _at(doc, "Companhia Serra"), _at(doc, "Jaguari")
    town, rest = _at(doc, "Santa Rita"), _at(doc, "Sapucaí")
    out = _joined(doc, [("ORG", *org), ("GPE", *place), ("GPE", *town), ("ORG", *rest)])
    assert out == [("ORG", "Companhia Serra do Jaguari"), ("GPE", "Santa Rita"), ("ORG", "Sapucaí")]


def _tok(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_a_body_name_cut_after_its_hyphenated_first_part_opens_at_the(blank_nlp):
    from pipeline.components.actor_cut_names import hyphen_org_start
    doc = blank_nlp("Crews cleared 40 homes, the Lower-Saxon Fire and Rescue Service said.")
    assert doc[hyphen_org_start(doc, _tok(doc, "Rescue")):_tok(doc, "said")].text == \
        "the Lower-Saxon Fire and Rescue Service"
    assert hyphen_org_start(doc, _tok(doc, "Fire")) == _tok(doc, "the")


def test_no_hyphenated_compound_or_no_the_leaves_the_name_as_found(blank_nlp):
    from pipeline.components.actor_cut_names import hyphen_org_start
    doc = blank_nlp("the Northern Fire and Rescue Service said; Anglo-Welsh Water Board said; "
                    "the Anglo-Welsh\nWater Board said")
    rescue, boards = _tok(doc, "Rescue"), [t.i for t in doc if t.text == "Water"]
    assert hyphen_org_start(doc, rescue) == rescue  # no compound first: the model's own cut stands
    assert all(hyphen_org_start(doc, b) == b for b in boards)  # no "the"; a line break in the run


def test_a_hyphenated_first_part_stays_in_the_fire_service_name(nlp):
    out = found(nlp, "Across the valley, crews rescued 40 people from Frýdek and Třinec, "
                     "the Moravian-Silesian Fire and Rescue Service said on Friday.")
    assert out["the Moravian-Silesian Fire and Rescue Service"]["type"] == "organization", out
    assert "Rescue Service" not in out


def _span(label, start, end):
    from pipeline.components.actors import NerSpan
    return NerSpan(label, start, end)


def test_cut_surname_joins_the_last_word_the_model_tagged_apart(blank_nlp):
    from pipeline.components.actor_cut_names import cut_surname
    doc = blank_nlp("Marie-Claire Ndaya Tshibola said the clinics were ready.")
    assert doc[0:4].text == "Marie-Claire Ndaya" and doc[4].text == "Tshibola"
    assert cut_surname(doc, _span("ORG", 0, 4), _span("PERSON", 4, 5), is_first_name)


def test_cut_surname_needs_a_given_name_and_no_gap(blank_nlp):
    from pipeline.components.actor_cut_names import cut_surname
    doc = blank_nlp("Goldman Sachs Ortega said no. Roberto Paredes, Quintana agreed.")
    assert not cut_surname(doc, _span("ORG", 0, 2), _span("PERSON", 2, 3), is_first_name)  # no given name
    assert not cut_surname(doc, _span("PERSON", 5, 7), _span("PERSON", 8, 9), is_first_name)  # a comma between


def test_three_word_name_the_model_cut_is_one_person(nlp):
    out = found(nlp, "Health Minister Roberto Paredes Quintana visited the clinic on Monday. "
                     "Later, Paredes told reporters the campaign would go on.")
    ids = {n["actor_id"] for n in out.values() if n["type"] == "person"}
    assert ids == {"roberto-paredes-quintana"}


def _particle_orgs(doc, spans):
    words = shipped_actor_words()
    out = particle_org_names(doc, [NerSpan(*s) for s in spans], words.org_particle_heads,
                             words.org_name_particles | words.org_particle_articles, NerSpan)
    return [(s.label, doc[s.start:s.end].text) for s in out]


def test_particle_org_names_joins_a_party_cut_at_its_particle(blank_nlp):
    doc = blank_nlp("Frente de Todos, the ruling coalition, lost the vote.")
    left, right = _at(doc, "Frente"), _at(doc, "de Todos")
    assert _particle_orgs(doc, [("GPE", *left), ("GPE", *right)]) == [("ORG", "Frente de Todos")]


def test_particle_org_names_finds_a_body_the_model_missed_with_its_the(blank_nlp):
    doc = blank_nlp("Later the Procuraduría General de la Nación opened a case.")
    assert _particle_orgs(doc, []) == [("ORG", "the Procuraduría General de la Nación")]


def test_particle_org_names_keeps_a_longer_model_name(blank_nlp):
    doc = blank_nlp("Officials at the Banco de la Nación Argentina Foundation agreed.")
    whole = _at(doc, "the Banco de la Nación Argentina Foundation")
    assert _particle_orgs(doc, [("ORG", *whole)]) == [("ORG", "the Banco de la Nación Argentina Foundation")]


def test_particle_org_names_leaves_places_without_a_head(blank_nlp):
    doc = blank_nlp("Queues formed in Ciudad del Este and near Porte de la Chapelle.")
    assert _particle_orgs(doc, []) == []


def test_particle_org_names_never_crosses_a_line(blank_nlp):
    doc = blank_nlp("They met the Frente\nde Todos officials.")
    assert _particle_orgs(doc, []) == []


def test_romance_party_with_a_particle_is_one_actor_everywhere(nlp):
    out = found(nlp, "Movimiento de Unidad Nacional, the largest opposition party, boycotted the vote. "
                     "A Movimiento de Unidad Nacional deputy said the count was rigged.")
    ids = {n["actor_id"] for t, n in out.items() if "Unidad" in t or "Movimiento" in t}
    assert ids == {"movimiento-de-unidad-nacional"}



def _tagged(nlp, text: str, ents: list[tuple[str, int, str]]):
    """The actor mentions of ``text`` when the model tags just ``ents``: (words, which occurrence,
    label); the model cuts a long unknown name at random."""
    from spacy.tokens import Span

    from pipeline.extensions import GROUP_ACTORS
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    for name, proc in nlp.pipeline:
        if name == "claims_actors":
            spans = []
            for words, nth, label in ents:
                at = -1
                for _ in range(nth + 1):
                    at = text.index(words, at + 1)
                span = doc.char_span(at, at + len(words))
                spans.append(Span(doc, span.start, span.end, label))
            doc.ents = spans
        doc = proc(doc)
    return [(s.text, s._.norm["actor_id"]) for s in doc.spans[GROUP_ACTORS]]


def test_surname_cut_off_as_a_place_joins_the_name_when_used_alone(nlp):
    out = _tagged(nlp, "Works Minister Esther Mwila Kapwepwe opened the bridge on Monday. "
                       "Kapwepwe, for her part, said the tolls would stay.",
                  [("Esther Mwila", 0, "PERSON"), ("Kapwepwe", 0, "GPE"), ("Kapwepwe", 1, "GPE")])
    assert ("Minister Esther Mwila Kapwepwe", "esther-mwila-kapwepwe") in out
    assert ("Kapwepwe", "esther-mwila-kapwepwe") in out


def test_word_after_a_name_never_used_alone_stays_out(nlp):
    out = _tagged(nlp, "Works Minister Esther Mwila Kapwepwe opened the bridge on Monday, "
                       "and the tolls would stay.",
                  [("Esther Mwila", 0, "PERSON"), ("Kapwepwe", 0, "GPE")])
    assert not any(t.endswith("Mwila Kapwepwe") for t, _ in out)


def test_name_word_opening_a_longer_name_stays_out(nlp):
    out = _tagged(nlp, "Works Minister Esther Mwila Kapwepwe Bridge trustees met on Monday. "
                       "Kapwepwe, for her part, said the tolls would stay.",
                  [("Esther Mwila", 0, "PERSON"), ("Kapwepwe Bridge", 0, "FAC"), ("Kapwepwe", 1, "GPE")])
    assert not any(t.endswith("Mwila Kapwepwe") for t, _ in out)


def test_known_place_the_model_tags_after_a_name_stays_out(nlp):
    out = _tagged(nlp, "The envoy met Esther Mwila Lusaka officials on Monday. "
                       "Lusaka, for its part, said the tolls would stay.",
                  [("Esther Mwila", 0, "PERSON"), ("Lusaka", 0, "GPE"), ("Lusaka", 1, "GPE")])
    assert not any(t.endswith("Mwila Lusaka") for t, _ in out)
