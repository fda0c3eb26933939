"""Tests for pipeline.evaluation.attribution (gold from brat, scoring) and names.normalize_name."""

from __future__ import annotations

import re

import pytest

from conftest import FIXTURES
from pipeline.evaluation.attribution import (ActorNames, attribution_records, evaluate, format_report,
                                             gold_attribution, parse_speaker_note, pred_attribution,
                                             speaker_right)
from pipeline.evaluation.brat import BratError, read_brat, read_brat_all
from pipeline.evaluation.names import normalize_name

TEXT = ('---\nid: presser\n---\n'
        'Sen. Maria Ortiz said the package would cost $4 billion. It was reported that talks failed. '
        'Ortiz and Lindqvist wrote that the vote was rigged. "We will fight," she added.\n')


def _at(text: str, needle: str) -> tuple[int, int]:
    m = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
    return m.start(), m.end()


def _t(ident: str, kind: str, needle: str) -> str:
    s, e = _at(TEXT, needle)
    return f"{ident}\t{kind} {s} {e}\t{needle}"


def _doc(tmp_path, lines: list[str]):
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_brat(tmp_path / "p.txt")


ANN = [
    _t("T1", "Source", "Sen. Maria Ortiz"), _t("T2", "Cue", "said"),
    _t("T3", "Content", "the package would cost $4 billion"),
    "E1\tAttribution:T2 Source:T1 Content:T3",
    "#1\tAnnotatorNotes T1\tspeaker: Maria Ortiz | Ortiz | Sen. Ortiz",
    _t("T4", "Cue", "It was reported"), _t("T5", "Content", "talks failed"),
    "E2\tAttribution:T4 Content:T5",
    "#2\tAnnotatorNotes T4\tspeaker: unspecified (impersonal)",
    _t("T6", "Source", "Ortiz and Lindqvist"), _t("T7", "Cue", "wrote"), _t("T8", "Content", "the vote was rigged"),
    "E3\tAttribution:T7 Source:T6 Content:T8",
    "#3\tAnnotatorNotes T6\tspeaker: Maria Ortiz | Ortiz ; Erik Lindqvist | Lindqvist",
    _t("T9", "Source", "she"), _t("T10", "Cue", "added"), _t("T11", "Content", "We will fight,"),
    _t("T12", "Span", '"We'),
    "E4\tAttribution:T12 Cue:T10 Source:T9 Content:T11",  # the cue as a role, another trigger
]


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("name, key", [
    ("Sen. Maria Ortiz", "maria ortiz"),
    ("the Kremlin's", "kremlin"),
    ("Ortiz\u2019s", "ortiz"),
    ("Prime Minister Keir Starmer", "keir starmer"),
    ("Vice President Ana Ruiz", "ana ruiz"),
    ("The President", "president"),          # a title alone stays itself
    ("Mr. O'Neill", "o'neill"),
    ("A report", "report"),
    ("unnamed reporter", "reporter"),        # the annotator's "unnamed X" is "a X"
    ("an unidentified official", "official"),
    ("unnamed", "unnamed"),                  # a bare "unnamed" stays (it marks no source)
    ("U.S. Rep. Dana Lee", "us rep dana lee"),  # only leading titles go
    ("  ", ""),
    (None, ""),
])
def test_normalize_name_forms(name, key):
    assert normalize_name(name) == key


def test_parse_speaker_note_entities_and_aliases():
    assert parse_speaker_note("speaker: Maria Ortiz | Ortiz ; Erik Lindqvist | Lindqvist") == [
        ["Maria Ortiz", "Ortiz"], ["Erik Lindqvist", "Lindqvist"]]
    assert parse_speaker_note("speaker: officials") == [["officials"]]
    assert parse_speaker_note("speaker:  | ; ") == []


def test_parse_speaker_note_drops_gloss():
    assert parse_speaker_note("speaker: His staff (Moreno’s staff) | they ; Jane Doe (the chair)") == [
        ["His staff", "they"], ["Jane Doe"]]
    assert parse_speaker_note("speaker: unnamed person(s) who called") == [["unnamed person(s) who called"]]


# ------------------------------------------------------------------ gold from brat
def test_attribution_records_from_brat(tmp_path):
    doc = _doc(tmp_path, ANN)
    recs = attribution_records(doc)
    assert [r["gold"]["event"] for r in recs] == ["E1", "E2", "E3", "E4"]
    first = recs[0]
    assert first["doc_id"] == "presser" and first["schema"] == "claim/1"
    assert first["cue"]["text"] == "said" and doc.text[first["cue"]["start"]:first["cue"]["end"]] == "said"
    assert first["content"]["text"] == "the package would cost $4 billion"
    assert (first["start"], first["end"]) == (first["content"]["start"], first["content"]["end"])
    assert first["speaker"]["text"] == "Sen. Maria Ortiz"
    assert first["speaker"]["names"] == [["Maria Ortiz", "Ortiz", "Sen. Ortiz"]]
    assert first["gold"]["source"] == "p.ann:4"
    # no source: the note sits on the cue; the speaker has names but no span
    assert recs[1]["speaker"] == {"text": None, "start": None, "end": None, "actor_id": None,
                                  "names": [["unspecified"]]}
    assert recs[2]["speaker"]["names"] == [["Maria Ortiz", "Ortiz"], ["Erik Lindqvist", "Lindqvist"]]
    # Cue: as a role argument wins over the trigger; no note: the source as written
    assert recs[3]["cue"]["text"] == "added"
    assert recs[3]["speaker"]["names"] == [["she"]]
    for rec in recs:
        for part in ("cue", "content"):
            assert doc.text[rec[part]["start"]:rec[part]["end"]] == rec[part]["text"]


def test_attribution_records_discontinuous_content(tmp_path):
    (s1, e1), (s2, e2) = _at(TEXT, "Ortiz and Lindqvist"), _at(TEXT, "the vote was rigged")
    lines = [_t("T1", "Cue", "wrote"), f"T2\tContent {s1} {e1};{s2} {e2}\tOrtiz and Lindqvist the vote was rigged",
             "E1\tAttribution:T1 Content:T2"]
    (rec,) = attribution_records(_doc(tmp_path, lines))
    off = len("---\nid: presser\n---\n")
    assert rec["content"]["fragments"] == [[s1 - off, e1 - off], [s2 - off, e2 - off]]
    assert rec["speaker"] is None


@pytest.mark.parametrize("lines, message", [
    ([_t("T1", "Cue", "said"), "E1\tAttribution:T1 Speaker:T1"], "role 'Speaker' is not one of"),
    ([_t("T1", "Cue", "said"), "E1\tAttribution:T1 Content:E1"], "Content argument E1 is not a T annotation"),
    ([_t("T1", "Cue", "said"), "E1\tAttribution:T1", "#1\tAnnotatorNotes T1\tspeaker: | "], "names nobody"),
])
def test_attribution_records_bad_events_name_the_line(tmp_path, lines, message):
    doc = _doc(tmp_path, lines)
    with pytest.raises(BratError, match=re.escape(message)) as err:
        attribution_records(doc)
    assert re.search(r"p\.ann:[23]: ", str(err.value))


@pytest.mark.parametrize("folder, n_docs, n_recs", [("attribution", 12, 400), ("heldout/attribution", 6, 150),
                                                    ("heldout2/attribution", 6, 200), ("heldout3/attribution", 6, 236),
                                                    ("heldout4/attribution", 6, 178), ("heldout5/attribution", 6, 192),
                                                    ("heldout6/attribution", 7, 239), ("heldout7/attribution", 7, 226),
                                                    ("heldout8/attribution", 7, 218), ("heldout9/attribution", 7, 230),
                                                    ("heldout10/attribution", 7, 220),
                                                    ("heldout11/attribution", 7, 212),
                                                    ("heldout12/attribution", 7, 219),
                                                    ("heldout13/attribution", 7, 227),
                                                    ("heldout14/attribution", 7, 222),
                                                    ("heldout15/attribution", 7, 233),
                                                    ("heldout16/attribution", 7, 220),
                                                    ("heldout17/attribution", 7, 224),
                                                    ("heldout18/attribution", 7, 214),
                                                    ("heldout19/attribution", 7, 226),
                                                    ("heldout20/attribution", 7, 217),
                                                    ("heldout21/attribution", 7, 219),
                                                    ("heldout22/attribution", 7, 224),
                                                    ("heldout23/attribution", 7, 223),
                                                    ("heldout24/attribution", 7, 223),
                                                    ("heldout25/attribution", 7, 213),
                                                    ("heldout26/attribution", 7, 210),
                                                    ("heldout27/attribution", 7, 217),
                                                    ("heldout28/attribution", 7, 225),
                                                    ("heldout29/attribution", 7, 216),
                                                    ("heldout30/attribution", 7, 217),
                                                    ("heldout31/attribution", 7, 219),
                                                    ("heldout32/attribution", 7, 217),
                                                    ("heldout33/attribution", 7, 212),
                                                    ("heldout34/attribution", 7, 222),
                                                    ("heldout35/attribution", 7, 218),
                                                    ("heldout36/attribution", 7, 215),
                                                    ("heldout37/attribution", 7, 207),
                                                    ("heldout38/attribution", 7, 225),
                                                    ("heldout39/attribution", 7, 216),
                                                    ("heldout40/attribution", 7, 215),
                                                    ("heldout41/attribution", 7, 230),
                                                    ("heldout42/attribution", 7, 215),
                                                    ("heldout43/attribution", 7, 221),
                                                    ("heldout44/attribution", 7, 224),
                                                    ("heldout45/attribution", 7, 220),
                                                    ("heldout46/attribution", 7, 211),
                                                    ("heldout47/attribution", 7, 234),
                                                    ("heldout48/attribution", 7, 222),
                                                    ("heldout49/attribution", 7, 209)])
def test_attribution_fixtures_read_cleanly(folder, n_docs, n_recs):
    docs = read_brat_all([FIXTURES / folder])
    recs = [r for d in docs for r in attribution_records(d)]
    assert len(docs) >= n_docs and len(recs) >= n_recs
    texts = {d.doc_id: d.text for d in docs}
    for rec in recs:
        assert texts[rec["doc_id"]][rec["cue"]["start"]:rec["cue"]["end"]] == rec["cue"]["text"]
        assert rec["speaker"] is not None and rec["speaker"]["names"]


# ------------------------------------------------------------------ speakers
def _speaker(text, actor_id=None, name=None, also=()):
    rec = {"text": text, "start": 0, "end": len(text), "norm": {"actor_id": actor_id, "name": name}}
    if also:
        rec["also"] = list(also)
    return rec


def _pred(cue, content=None, speaker=None, conf=0.5, doc="d"):
    s, e = content or (cue[1] + 1, cue[1] + 5)
    return {"schema": "claim/1", "claim_id": f"{doc}:claim:{s}-{e}", "doc_id": doc, "start": s, "end": e,
            "cue": {"text": "x", "start": cue[0], "end": cue[1]}, "speaker": speaker, "confidence": conf}


def _gold(cue, content, names, doc="d"):
    return {"schema": "claim/1", "doc_id": doc, "start": content[0], "end": content[1],
            "cue": {"text": "said", "start": cue[0], "end": cue[1]},
            "content": {"start": content[0], "end": content[1]},
            "speaker": {"text": None, "start": None, "end": None, "actor_id": None, "names": names}}


@pytest.mark.parametrize("names, speaker, mentions, right", [
    ([["Maria Ortiz", "Ortiz"]], _speaker("Sen. Maria Ortiz"), [], True),
    ([["Kremlin"]], _speaker("the Kremlin", "RUSGOV", "Government of Russia"), [], True),
    ([["Government of Russia"]], _speaker("Moscow", "RUSGOV", "Government of Russia"), [], True),
    # "he" resolved to an actor: its other mentions in the document name it
    ([["Erik Lindqvist", "Lindqvist"]], _speaker("he", "erik-lindqvist"), ["Lindqvist"], True),
    ([["Erik Lindqvist", "Lindqvist"]], _speaker("he"), [], False),
    ([["Robert Hensley's aides"]], _speaker("Hensley", "robert-hensley"), ["Robert Hensley"], False),
    ([["Maria Ortiz"], ["Erik Lindqvist", "Lindqvist"]], _speaker("Lindqvist"), [], True),   # joint gold
    ([["Erik Lindqvist", "Lindqvist"]], _speaker("Ortiz", also=[_speaker("Lindqvist")]), [], True),  # also co-speaker
    ([["the union local", "we"]], _speaker("we"), [], False),                                # pronoun alias
    ([["unspecified (impersonal)"]], None, [], True),
    ([["unspecified (impersonal)"]], _speaker("officials"), [], False),
    # one member of a group: its kind matches the gold's kind form, never the gold's other member
    ([["unnamed person familiar with the matter"]], _speaker("people", name="one of the people familiar with the matter"),
     [], True),
    ([["the other person familiar with the matter"]],
     _speaker("people", name="one of the people familiar with the matter"), [], False),
    ([["one of the people familiar with the matter"]],
     _speaker("people", name="the other person familiar with the matter"), [], False),
    ([["one of the two Senate aides"]], _speaker("Senate aides", name="one of the Senate aides"), [], True),
    # a spokesperson speaks for a principal: the principal itself, or a speaker whose actor is it
    ([["unnamed spokeswoman for the Port of Tacoma"]], _speaker("the port", "port-of-tacoma"), ["Port of Tacoma"], True),
    ([["a spokesman for Gov. Ana Reyes"]], _speaker("Reyes", "ana-reyes"), ["Ana Reyes"], True),
    ([["unnamed spokeswoman for the Port of Tacoma"]], _speaker("the port", "port-of-seattle"), ["Port of Seattle"], False),
    # an official is a person of the body, not its voice; a bare spokesperson names no principal
    ([["unnamed official at the Port of Tacoma"]], _speaker("the port", "port-of-tacoma"), ["Port of Tacoma"], False),
    ([["Port of Tacoma spokeswoman"]], _speaker("the port", "port-of-tacoma"), ["Port of Tacoma"], False),
])
def test_speaker_right(names, speaker, mentions, right):
    gold = gold_attribution(_gold((0, 4), (5, 9), names))
    pred = pred_attribution(_pred((0, 4), speaker=speaker))
    index = ActorNames.from_mentions(
        [{"doc_id": "d", "kind": "actor", "text": t, "norm": {"actor_id": (speaker or {}).get("norm", {}).get("actor_id")}}
         for t in mentions])
    assert speaker_right(gold, pred, index) is right


@pytest.mark.parametrize("names, source, speaker, right", [
    # no Source span: a bare "unnamed" or "unknown" (with a remark or not) is a statement without a speaker
    ([["unnamed"]], None, None, True),
    ([["unnamed (passive: is said)"]], None, None, True),
    ([["unknown"]], None, None, True),
    ([["unnamed"]], None, _speaker("officials"), False),
    # "unnamed reporters" keeps its words: no speaker is wrong
    ([["unnamed reporters"]], None, None, False),
    # "unnamed reporter" with the label as Source is a reporter: the asker of a bare "Question:" turn
    ([["unnamed reporter"]], (20, 28), _speaker("Question", name="a reporter"), True),
    ([["unnamed reporter"]], (20, 28), _speaker("Question"), False),
    # with a Source span the annotator marked words that name someone: no speaker is wrong
    ([["unnamed"]], (20, 26), None, False),
])
def test_gold_unnamed_without_a_source_names_no_speaker(names, source, speaker, right):
    rec = _gold((0, 4), (5, 9), names)
    if source:
        rec["speaker"].update(text="source", start=source[0], end=source[1])
    gold = gold_attribution(rec)
    assert speaker_right(gold, pred_attribution(_pred((0, 4), speaker=speaker)), ActorNames()) is right


@pytest.mark.parametrize("marked, note, speaker, right", [
    # the predicted phrase is the Source span as marked, and the note names it by its own words
    ("Most economists surveyed by Bloomberg", "economists surveyed by Bloomberg", (20, 57, None), True),
    ("Nurses on the night shift", "nurses", (20, 45, None), True),
    # other offsets, an actor of its own, or a note that is not in the span: the actor decides
    ("Most economists surveyed by Bloomberg", "economists surveyed by Bloomberg", (24, 57, None), False),
    ("The minister", "Jane Doe", (20, 32, None), False),
    ("Nurses on the night shift", "nurses", (20, 45, "nurses-union"), False),
    ("Former employees", "three former employees", (20, 36, None), False),
])
def test_speaker_right_reads_the_marked_phrase_named_by_its_words(marked, note, speaker, right):
    rec = _gold((0, 4), (5, 9), [[note]])
    rec["speaker"].update(text=marked, start=20, end=20 + len(marked))
    start, end, aid = speaker
    pred = _pred((0, 4), speaker={"text": marked, "start": start, "end": end, "actor_id": aid})
    assert speaker_right(gold_attribution(rec), pred_attribution(pred), ActorNames()) is right


def _via(rec, words):
    return {**rec, "via": {"text": words, "start": 0, "end": len(words)}}


def test_speaker_right_offers_the_words_as_written_in_via():
    """The speaker resolved to the owner (``Robert Hensley``) from ``Hensley's aides``: a gold that
    names only the phrase matches through ``via``; a pronoun in ``via`` names nobody."""
    gold = gold_attribution(_gold((0, 4), (5, 9), [["Robert Hensley's aides"]]))
    owner = _speaker("Robert Hensley", "robert-hensley")
    assert not speaker_right(gold, pred_attribution(_pred((0, 4), speaker=owner)), ActorNames())
    pred = pred_attribution(_pred((0, 4), speaker=_via(owner, "Robert Hensley's aides")))
    assert speaker_right(gold, pred, ActorNames())
    # the gold names the document's author; the predicted speaker is that author, via the survey
    gold = gold_attribution(_gold((0, 4), (5, 9), [["the survey"]]))
    survey = _via(_speaker("Gallup", "gallup"), "A survey released Monday by Gallup")
    assert not speaker_right(gold, pred_attribution(_pred((0, 4), speaker=survey)), ActorNames())
    survey = _via(_speaker("Gallup", "gallup"), "The survey")
    assert speaker_right(gold, pred_attribution(_pred((0, 4), speaker=survey)), ActorNames())
    # "we" as written is a pronoun: it never names the gold entity ``we`` stands for
    gold = gold_attribution(_gold((0, 4), (5, 9), [["the union local", "we"]]))
    unresolved = _via(_speaker("Local 12", "local-12"), "We")
    assert not speaker_right(gold, pred_attribution(_pred((0, 4), speaker=unresolved)), ActorNames())


def test_gold_speaker_by_actor_id_or_phrase():
    rec = _gold((0, 4), (5, 9), None)
    rec["speaker"] = {"text": "the ministry", "start": 20, "end": 32, "actor_id": ["RUSGOV", "RUS"]}
    gold = gold_attribution(rec)
    assert speaker_right(gold, pred_attribution(_pred((0, 4), speaker=_speaker("Moscow", "RUS"))), ActorNames())
    rec["speaker"] = {"text": "the ministry", "start": 20, "end": 32, "actor_id": None}
    gold = gold_attribution(rec)
    assert speaker_right(gold, pred_attribution(_pred((0, 4), speaker=_speaker("The Ministry"))), ActorNames())


# ------------------------------------------------------------------ scoring, figures computed by hand
def _scenario():
    gold = [
        _gold((10, 14), (15, 35), [["Maria Ortiz", "Ortiz"]]),                          # G1
        _gold((50, 55), (56, 76), [["Erik Lindqvist", "Lindqvist"], ["Maria Ortiz"]]),  # G2 joint
        _gold((90, 94), (95, 105), [["officials"]]),                                   # G3
        _gold((120, 124), (125, 145), [["unspecified"]]),                              # G4
    ]
    pred = [
        _pred((10, 14), (15, 25), _speaker("Sen. Ortiz", "maria-ortiz"), 0.9),    # P1: G1, right, full
        _pred((10, 14), (40, 45), _speaker("Ortiz", "maria-ortiz"), 0.85),        # P2: same cue, unmatched
        _pred((52, 54), (56, 66), _speaker("he", "erik-lindqvist"), 0.75),        # P3: G2, right, full
        _pred((90, 94), (95, 98), _speaker("officials"), 0.8),                    # P4: G3, right, content 3/10
        _pred((120, 124), (125, 145), _speaker("the ministry"), 0.3),             # P5: G4, wrong speaker
        _pred((200, 204), (205, 210), None, 0.95),                                # P6: no gold
        {**_pred((300, 304)), "cue": None},                                       # no cue: not scored
        _pred((10, 14), doc="other"),                                             # not a gold document
    ]
    mentions = [{"doc_id": "d", "kind": "actor", "text": "Lindqvist", "norm": {"actor_id": "erik-lindqvist"}},
                {"doc_id": "other", "kind": "actor", "text": "Officials", "norm": {"actor_id": "x"}}]
    return gold, pred, ActorNames.from_mentions(mentions, {"d"})


def test_evaluate_attribution_figures():
    gold, pred, names = _scenario()
    r = evaluate(gold, pred, names)
    assert (r["gold"], r["pred"], r["matched"]) == (4, 6, 4)
    assert r["cue"] == {"tp": 4, "precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert r["speaker"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    # shared 10 + 10 + 3 + 20 = 43 of 43 predicted and 20 + 20 + 10 + 20 = 70 gold characters
    assert r["content"] == {"pairs": 4, "shared_chars": 43, "pred_chars": 43, "gold_chars": 70,
                            "precision": 1.0, "recall": 0.6143, "f1": 0.7611}
    assert r["full"] == {"tp": 2, "precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert r["speaker_over_gold"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert r["extra_on_matched_cue"] == 1
    assert r["cue_distinct"] == {"pred": 5, "tp": 4, "precision": 0.8, "recall": 1.0, "f1": 0.8889}
    assert r["per_doc"]["d"] == {"gold": 4, "pred": 6, "matched": 4, "full": 2}
    assert r["missed"] == []
    # P5 names "the ministry" where the gold says nobody speaks
    assert [(w["where"], w["predicted"]) for w in r["wrong_speaker"]] == [("d@120", "the ministry")]


def test_wrong_speaker_lists_actor_ids_and_missing_speakers():
    gold = [_gold((10, 14), (15, 35), [["Maria Ortiz", "Ortiz"]]), _gold((50, 55), (56, 76), [["Erik Lindqvist"]])]
    pred = [_pred((10, 14), (15, 35), _speaker("Sen. Alvarez", "jose-alvarez")), _pred((50, 55), (56, 76), None)]
    wrong = evaluate(gold, pred)["wrong_speaker"]
    assert [(w["cue"], w["predicted"]) for w in wrong] == [(gold[0]["cue"]["text"], "Sen. Alvarez [jose-alvarez]"),
                                                          (gold[1]["cue"]["text"], None)]
    text = format_report(evaluate(gold, pred))
    assert "wrong speakers:" in text and "Sen. Alvarez [jose-alvarez]" in text and "no speaker" in text


def test_evaluate_attribution_calibration():
    gold, pred, names = _scenario()
    cal = evaluate(gold, pred, names)["calibration"]
    # bins: 0.3 {P5 wrong}, 0.7 {P3 right}, 0.8 {P2, P4 wrong}, 0.9 {P1 right, P6 wrong}
    assert [(b["range"][0], b["n"], b["accuracy"]) for b in cal["bins"]] == [
        (0.3, 1, 0.0), (0.7, 1, 1.0), (0.8, 2, 0.0), (0.9, 2, 0.5)]
    # ECE = (1·0.3 + 1·0.25 + 2·0.825 + 2·0.425) / 6
    assert cal["ece"] == round(3.05 / 6, 4)
    assert (cal["n"], cal["correct"]) == (6, 2)


def test_evaluate_attribution_doc_scope_and_misses():
    gold, pred, names = _scenario()
    r = evaluate(gold[:1], pred, names, doc_ids={"d", "other"})
    assert r["pred"] == 7 and r["matched"] == 1  # the other document counts: its gold says none
    assert r["per_doc"]["other"] == {"gold": 0, "pred": 1, "matched": 0, "full": 0}
    missed = evaluate(gold, [], names)["missed"]
    assert [m["where"] for m in missed] == ["d@10", "d@50", "d@90", "d@120"]


def test_match_prefers_the_pair_with_more_cue_overlap():
    gold = [_gold((10, 20), (21, 30), [["A"]])]
    pred = [_pred((10, 12), speaker=_speaker("B")), _pred((10, 20), speaker=_speaker("A"))]
    r = evaluate(gold, pred)
    assert r["speaker"]["correct"] == 1 and r["cue"]["precision"] == 0.5


def test_format_report_names_every_figure():
    gold, pred, names = _scenario()
    text = format_report(evaluate(gold, pred, names))
    for words in ("cue ", "speaker", "content (chars)", "full attribution", "right speaker",
                  "ECE 0.508", "share the cue of a matched one"):
        assert words in text
