"""Names that name no actor, for ``claims_actors`` (``actor_nonactors.jsonl``; issue 12, no phantoms).

The last pass drops a name mention (never a description) that is part of, or is,
the name of something no dev gold annotates (a name that coreference joined to a person too:
``Brent`` in ``Brent crude`` before ``Brent Kohler``):

- a court case (``Haskell v. United States``: the case is a title, ``case-name-links``);
- a market instrument: a commodity benchmark or bond (``Brent crude``, ``WTI``, ``10-year TES
  bonds``, ``gilts``) or an index by its whole name (``the Nikkei Stock Average``, ``the S&P 500``,
  ``the Dow``); ``Nikkei reported``, ``S&P said`` and ``Brent Kohler`` stay;
- a product, test, gene, virus or disease (``iPhone``, ``M.R.I.``, ``the APOE4 gene``, ``Covid``);
- a waterway or landform whose name holds a place (``the Gulf of Aden``, ``the Strait of Hormuz``,
  ``the Suez Canal``; ``the Suez Canal Authority`` and ``the Gulf of Maine Research Institute`` stay);
- a square, shrine, hall or site (``Dataran Merdeka``, ``the Nelson Mandela Hall``, ``Fordo``);
- a geographic feature, dam, monument or street named before its noun (``the Ta Krabey temple``,
  ``the Baglihar reservoirs``, ``the Galwan Valley``, ``Wellington Street``; a dictionary country stays:
  ``the Jordan valley``; ``the Tennessee Valley Authority`` and ``Downing Street`` stay);
- a bare name the text itself uses as a waterway (``the Oder river``, ``crossed the Channel``,
  ``mid-Channel``, ``the banks of the Oder``): every mention of that name goes (``the Oder rose``,
  ``a new Channel deal``); a dictionary name stays (``the Jordan river`` is no reason to drop Jordan);
- a treaty by a name with its head inside (``the European Convention on Human Rights``, ``the Treaty
  on European Union``; the ``Convention of Scottish Local Authorities`` stays a body);
- the name of an exercise, operation, storm or ship the text introduces as one (``an exercise named
  Iron Shield``, ``drills code-named Joint Sword``, ``a tanker called Marlin Star``);
- a month alone with a day number beside it (``on Jan. 13``, ``13 Jan.``), though coreference
  joined it to a person of that given name (``Jan Verhulst``);
- a legislature's name as the modifier of a period of its sittings (``one Dáil term``, ``a Storting
  session``, ``the Knesset recess``): the period is no actor; ``the Knesset's term`` and ``the
  Storting voted`` stay;
- a place's name as the name of an agreement (``the 1992 Almaty agreement``, ``the Pretoria peace
  deal``, ``the Canada-United States-Mexico Agreement``); ``the Mercosur deal`` and ``EU rules`` (a body's)
  stay;
- a place's name glued to a word that only places a thing (``a Cyprus-registered company``, ``a
  Scotland-only ban``, ``a UK-wide limit``); ``the EU-wide farm lobby`` (a body's) and ``Iran-backed`` stay;
- a name as the modifier of a thing: a flag, a social-media post, a building, a lease, a constituency,
  a bond yield (``waving EU flags``, ``in a Telegram post``, ``outside the Senate building``); ``the
  EU's flag`` and an outlet's channel stay.
- a photo caption's label read as a name or a speaker's label (``FILE PHOTO: Workers sort ore …``,
  ``REUTERS/Viktor Hnatiuk/File Photo``; row ``credit-labels``, which also ends no credited outlet's
  name: ``(CW Photo/Marta Benitez)`` credits ``CW``).
Rivers and lakes, palaces and a plant named after its town are left: the dev golds disagree
(heldout6 annotates ``the Litani River`` and ``Bellevue Palace``, the dev gold ``Zaporizhzhia``
in ``the Zaporizhzhia nuclear plant``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_campaign_names import ORIGIN as CAMPAIGN_ORIGIN
from pipeline.components.actor_headlines import headline_verb
from pipeline.components.actor_model import PLACE_TYPES, Actor, drop_names, is_possessive
from pipeline.components.gazetteer import load_word_rows

CASE_CONNECTORS = ("of", "the", "&", "and")
SITE_NAME_REACH = 2  # title-case words between a name and a site head: "CCM Kirumba Stadium"
TREATY_NAME_REACH = 8  # tokens between a place and its treaty's head: "Canada-United States-Mexico Agreement"
TENOR_WORDS = ("year", "month", "week")
NAMED_LABELS = ("GPE", "ORG")  # a name the model tags so, before a verb-like word, is a headline's subject
PLACE_LABELS = ("GPE", "LOC", "FAC")  # an owner the model tags so is a place: "Taipei's Da'an district"
COUNT_MODIFIER_REACH = 3  # modifiers between ``a`` and a thing's name: "a used Vauxhall Corsa", "a new Ford Fiesta"
COUNT_DEPS = ("det", "nummod")  # the opener counts a noun ("Two backed Rep. X": a subject, no count)
MAKER_LABELS = ("ORG", "PRODUCT")  # a maker's name before its product's: "a Ford Fiesta"
VERB_LIKE_TAGS = ("VBZ", "NNS", "NNP", "NNPS")  # "Egypt Pounds Arish Airport": a headline's verb read as a name
_EMPTY = frozenset()


@dataclass(frozen=True)
class NonActorWords:
    """The word lists of ``actor_nonactors.jsonl`` (one field per row id, ``-`` read as ``_``)."""
    case_name_links: frozenset[str] = _EMPTY
    instrument_names: frozenset[str] = _EMPTY
    commodity_nouns: frozenset[str] = _EMPTY
    bond_nouns: frozenset[str] = _EMPTY
    index_full_names: frozenset[str] = _EMPTY
    the_index_names: frozenset[str] = _EMPTY
    thing_names: frozenset[str] = _EMPTY
    code_thing_nouns: frozenset[str] = _EMPTY
    landform_of_openers: frozenset[str] = _EMPTY
    landform_heads: frozenset[str] = _EMPTY
    landform_body_heads: frozenset[str] = _EMPTY
    site_heads: frozenset[str] = _EMPTY
    site_names: frozenset[str] = _EMPTY
    feature_after_nouns: frozenset[str] = _EMPTY
    feature_verbs: frozenset[str] = _EMPTY
    feature_of_nouns: frozenset[str] = _EMPTY
    feature_prefixes: frozenset[str] = _EMPTY
    treaty_heads: frozenset[str] = _EMPTY
    treaty_links: frozenset[str] = _EMPTY
    named_thing_nouns: frozenset[str] = _EMPTY
    naming_words: frozenset[str] = _EMPTY
    feature_actor_labels: frozenset[str] = _EMPTY
    loose_figurative_labels: frozenset[str] = _EMPTY
    loose_joined_labels: frozenset[str] = _EMPTY
    acting_verbs: frozenset[str] = _EMPTY
    treaty_body_heads: frozenset[str] = _EMPTY
    acting_nouns: frozenset[str] = _EMPTY
    feature_nouns: frozenset[str] = _EMPTY
    works_nouns: frozenset[str] = _EMPTY
    feature_of_figurative_nouns: frozenset[str] = _EMPTY
    feature_heads: frozenset[str] = _EMPTY
    street_heads: frozenset[str] = _EMPTY
    date_month_names: frozenset[str] = _EMPTY
    legislature_period_nouns: frozenset[str] = _EMPTY
    object_nouns: frozenset[str] = _EMPTY
    facility_nouns: frozenset[str] = _EMPTY
    project_nouns: frozenset[str] = _EMPTY
    quarter_nouns: frozenset[str] = _EMPTY
    side_nouns: frozenset[str] = _EMPTY
    side_preps: frozenset[str] = _EMPTY
    side_party_nouns: frozenset[str] = _EMPTY
    agreement_nouns: frozenset[str] = _EMPTY
    agreement_heads: frozenset[str] = _EMPTY
    agreement_kinds: frozenset[str] = _EMPTY
    place_suffix_words: frozenset[str] = _EMPTY
    credit_labels: frozenset[str] = _EMPTY
    count_openers: frozenset[str] = _EMPTY


# Rows that were code constants before round 28: a rules file saved before then has none of them and
# takes the shipped rows (an empty list would drop "the Kremlin" in "the upper reaches of the Kremlin").
_FORMERLY_CODE = frozenset({"loose_figurative_labels", "loose_joined_labels"})


def load_nonactor_words(path: Path) -> NonActorWords:
    """The rows of ``actor_nonactors.jsonl`` (empty lists when an older rules folder lacks it; the
    shipped rows of :data:`_FORMERLY_CODE` when the file lacks them)."""
    return load_word_rows(path, NonActorWords, _FORMERLY_CODE)


def drop_non_actor_names(doc: Doc, actors: list[Actor], words: NonActorWords,
                         verbs: frozenset[str] = _EMPTY) -> None:
    """Drop the name mentions of the module doc's families (``verbs``: the headline verbs, no name's
    words: ``Ukraine Shells Donetsk Airport``); a campaign's name the text marks as a body's stays
    (``the group Save Lookout Valley``: actor_campaign_names)."""
    cases = case_name_ranges(doc, words.case_name_links)
    waterways = waterway_mentions(doc, actors, words)
    place_ends = {a.end for a in actors if a.norm.get("type") in PLACE_TYPES}
    drop_names(actors, lambda a: a.origin != CAMPAIGN_ORIGIN and
               _non_actor(doc, a, words, cases, waterways, place_ends, verbs))


def _non_actor(doc: Doc, a: Actor, words: NonActorWords, cases: list[tuple[int, int]], waterways: set[int],
               place_ends: set[int], verbs: frozenset[str]) -> bool:
    """Is the name mention one of the module doc's families?"""
    return (any(lo <= a.start and a.end <= hi for lo, hi in cases) or
            _instrument(doc, a, words) or _index(doc, a, words) or _thing(doc, a, words) or
            _landform(doc, a, words) or _site(doc, a, words, verbs) or _feature(doc, a, words) or
            id(a) in waterways or _treaty(doc, a, words) or _introduced_thing(doc, a, words) or
            _month_date(doc, a, words) or _legislature_period(doc, a, words) or _object_modifier(doc, a, words) or
            _facility(doc, a, words, place_ends) or _project(doc, a, words) or _place_side(doc, a, words) or
            _place_agreement(doc, a, words) or _place_suffix(doc, a, words) or _credit_label(doc, a, words) or
            _counted_name(doc, a, words))


def case_name_ranges(doc: Doc, links: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges of court cases' names: the title-case words on both sides of ``v.``
    (``Brown v. Board of Education``), at most eight each side, within one line."""
    out = []
    for t in doc:
        i = t.i
        if t.text not in links or i == 0 or i + 1 >= len(doc) or not (_cap(doc[i - 1]) and _cap(doc[i + 1])):
            continue
        lo = i - 1
        while lo > 0 and i - lo < 8 and "\n" not in doc[lo - 1].whitespace_ and _cap(doc[lo - 1]):
            lo -= 1
        hi = i + 2
        while hi < len(doc) and hi - i < 9 and "\n" not in doc[hi - 1].whitespace_ and \
                (_cap(doc[hi]) or (doc[hi].lower_ in CASE_CONNECTORS and hi + 1 < len(doc) and _cap(doc[hi + 1]))):
            hi += 1
        out.append((lo, hi))
    return out


def waterway_mentions(doc: Doc, actors: list[Actor], words: NonActorWords) -> set[int]:
    """The ``id`` of each name mention that names a waterway: one inside a waterway phrase
    (``the Amazon river``, ``crossed the Channel``), and the other bare mentions of that word when
    the model labels each a place, none acts (``Amazon said``, ``Mississippi officials``,
    ``Shannon's firm``) and none is a dictionary or known place (``Mississippi``, USA)."""
    phrases, loose = waterway_names(doc, words)
    uses = set().union(*phrases.values())
    inside, kept = set(), set()
    for a in actors:
        used = [i for i in range(a.start, a.end) if i in uses]
        if a.category == "description" or _name(doc, a) not in phrases or not used:
            continue
        if all(i in loose for i in used) and _loose_actor(doc, a, [loose[i] for i in used], words):
            kept.add(_name(doc, a))  # "… and the Poles", "the upper reaches of the Kremlin"
        else:
            inside.add(id(a))
    groups: dict[str, list[Actor]] = {}
    for a in actors:
        if a.category != "description" and id(a) not in inside and _name(doc, a) in phrases.keys() - kept:
            groups.setdefault(_name(doc, a), []).append(a)
    for group in groups.values():
        if all(_bare_waterway(doc, a, words) for a in group):
            inside.update(id(a) for a in group)
    return inside


def _loose_actor(doc: Doc, a: Actor, kinds: list[str], words: NonActorWords) -> bool:
    """Is a mention inside a loose waterway use an actor: a dictionary name (``the Houthis``, ``the
    Kremlin``), a people (``the Poles``), or after ``reaches``/``waters`` a body (``the Commission``)?
    The labels that keep it: ``loose-figurative-labels`` after a figurative noun, else ``loose-joined-labels``."""
    label = doc[a.end - 1].ent_type_
    keep = words.loose_figurative_labels if "figurative" in kinds else words.loose_joined_labels
    return bool(a.norm.get("in_gazetteer")) or a.category in ("people", "demonym") or label in keep


def _bare_waterway(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """A mention of a waterway's word outside the phrase that may be the waterway (``the Oder rose``):
    no model company or person (a "person" after ``the`` is none: ``the Lys rose``), no dictionary
    or known place, not acting."""
    label = doc[a.end - 1].ent_type_
    the = doc[a.start].lower_ == "the" or (a.start > 0 and doc[a.start - 1].lower_ == "the")
    known = a.norm.get("in_gazetteer") or (a.norm.get("type") in ("state", "location") and a.norm.get("country"))
    return (label not in words.feature_actor_labels or (label == "PERSON" and the)) and not known and \
        not _acts(doc, a, words)


def _acts(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``Amazon said``, ``Amazon's warehouses``, ``Mississippi officials``: the subject of a speech
    verb, a possessor, or a name before a people noun."""
    after = _after(doc, a)
    if after is not None and (is_possessive(after) or after.lower_ in words.acting_nouns):
        return True
    return _speaks(doc, a, words)


def _speaks(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """Is the mention (its root) the subject of an ``acting-verbs`` verb (``Amazon said``)?"""
    root = doc[a.start:a.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in words.acting_verbs


def waterway_names(doc: Doc, words: NonActorWords) -> tuple[dict[str, set[int]], dict[int, str]]:
    """Lower-case single words the text uses as a waterway's name, with the token indexes of those
    uses: before a lower-case feature noun (``the Oder river``), after
    ``the`` with a crossing verb or a feature noun and ``of`` before it (``crossed the Channel``,
    ``the banks of the Oder``), after ``and the`` joined to a named or of-use (``the headwaters of
    the Indus and the Brahmaputra``; not after ``crossed the Channel and the French``), or glued to
    ``mid-`` (``mid-Channel``; not in a longer name: ``Mid-Sized Manufacturers``). The second result
    marks the loose uses, joined or after a figurative noun (``the upper reaches of the Kremlin``),
    whose mention may still be an actor (``_loose_actor``)."""
    out, anchors, loose = {}, set(), {}
    for t in doc:
        if not t.is_title or not t.is_alpha or t.i == 0:
            continue
        i = t.i
        after = doc[i + 1] if i + 1 < len(doc) else None
        the = doc[i - 1].lower_ == "the"
        before = doc[i - 2] if i >= 2 else None
        glued = doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and before is not None and \
            not before.whitespace_ and before.lower_ in words.feature_prefixes and \
            not (after is not None and after.is_title)  # "Mid-Sized Manufacturers": a longer name
        named = the and after is not None and after.is_lower and after.lower_ in words.feature_after_nouns
        crossed = the and before is not None and before.lemma_.lower() in words.feature_verbs and before.pos_ == "VERB"
        noun = doc[i - 3].lower_ if i >= 3 and before.lower_ == "of" else ""
        sides = the and noun in words.feature_of_nouns | words.feature_of_figurative_nouns
        joined = the and i >= 3 and before.lower_ in ("and", "or") and i - 3 in anchors  # "the Indus and the Brahmaputra"
        if named or sides:
            anchors.add(i)
        if joined or (sides and noun in words.feature_of_figurative_nouns):
            loose[i] = "joined" if joined else "figurative"
        if glued or named or crossed or sides or joined:
            out.setdefault(t.lower_, set()).add(t.i)
    return out, loose


def _treaty(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``the European Convention on Human Rights``, ``the Treaty on European Union``: a title-case
    treaty head inside the name with a lower-case link after it; a convention's body that speaks or
    ends in a body head stays (``The Convention on International Trade in Endangered Species said``,
    ``the Convention on Biological Diversity secretariat``)."""
    if _speaks(doc, a, words) or _body_named(doc, a.end - 1, words.treaty_body_heads) or \
            (a.end < len(doc) and doc[a.end].lower_ in words.treaty_body_heads):
        return False  # "The Convention on Biological Diversity said", "… Diversity secretariat"
    return any(t.is_title and t.lower_ in words.treaty_heads and doc[t.i + 1].lower_ in words.treaty_links
               for t in doc[a.start:a.end - 1])


def _introduced_thing(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``an exercise named Thunder Strait``, ``drills code-named Joint Sword``, ``a tanker called
    "Marlin Star"``: a thing noun and a naming word right before the name (never the subject of a
    speech verb: ``a vessel called Sea Shepherd said`` names a body)."""
    k = a.start - 1
    if k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 1 or doc[k].lower_ not in words.naming_words:
        return False
    k -= 1
    if k >= 2 and doc[k].text == "-" and doc[k - 1].lower_ == "code":  # "code-named"
        k -= 2
    return doc[k].is_lower and doc[k].lower_ in words.named_thing_nouns and not _speaks(doc, a, words)


def _counted_name(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``bought a used Vauxhall Corsa on finance``, ``a post reserved for a Kurd``, ``two Cessna
    Citations``: a name the model tags PERSON that closes a noun phrase opened by an indefinite
    article or a count (``count-openers``; lower-case modifiers or a maker's name between) is a thing or a kind, no
    person; a name that modifies a noun after it (``a Trump ally``, ``a June Invamer poll``) stays."""
    if a.origin != "ner" or a.norm.get("type") != "person" or doc[a.end - 1].ent_type_ != "PERSON":
        return False
    k = a.start - 1
    while k >= max(0, a.start - COUNT_MODIFIER_REACH) and doc[k].ent_type_ in MAKER_LABELS:
        k -= 1  # the maker right before its product ("a new Ford Fiesta"; not "a super PAC backing X")
    while k >= max(0, a.start - COUNT_MODIFIER_REACH) and doc[k].is_lower and doc[k].pos_ in ("ADJ", "VERB"):
        k -= 1
    if k < 0 or doc[k].lower_ not in words.count_openers or doc[k].dep_ not in COUNT_DEPS:
        return False  # the opener counts the name ("Two backed Rep. Luke Brandt": a subject, no count)
    after = _after(doc, a)
    return after is None or not (after.pos_ in ("NOUN", "PROPN") or is_possessive(after))


def _month_date(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``on Jan. 13``, ``13 Jan.``, ``by April 30``: a mention that is a month's name alone with a
    day number right after or right before it is a date (coreference can join ``Jan.`` to ``Jan
    Verhulst``); ``Jan Verhulst``, ``April Ryan said`` and ``May told reporters`` stay."""
    if a.end - a.start != 1 or doc[a.start].lower_ not in words.date_month_names:
        return False
    return (a.end < len(doc) and _day_number(doc[a.end])) or (a.start > 0 and _day_number(doc[a.start - 1]))


def _legislature_period(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``one Dáil term``, ``a Storting session``: a legislature's name right before a lower-case
    period noun (``legislature-period-nouns``) that the parser makes the name's head is a period of
    its sittings, no mention; ``the Knesset's term`` (a possessive) and ``the Storting voted`` stay."""
    return a.norm.get("type") == "legislature" and _modifies_noun(doc, a, words.legislature_period_nouns)


def _object_modifier(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``waving EU flags``, ``in a Telegram post``, ``outside the Senate building``: a name right
    before a lower-case thing noun (``object-nouns``) that the parser makes the name's head is that
    thing's modifier, no mention; ``the EU's flag`` (a possessive) and an outlet's channel stay."""
    return a.norm.get("type") != "media" and _modifies_noun(doc, a, words.object_nouns)


def _modifies_noun(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """Is the word right after the name a lower-case noun of ``nouns`` that heads it (``a Storting
    session``, ``an EU flag``)?"""
    after = _after(doc, a)
    if after is None or not after.is_lower or after.lower_ not in nouns or after.pos_ != "NOUN":
        return False
    return doc[a.end - 1].head.i == after.i or doc[a.end - 1].dep_ == "compound"


def _day_number(tok) -> bool:
    """``13``, ``1st``, ``30th``: a day of a month in figures."""
    digits = tok.text[:-2] if tok.lower_[-2:] in ("st", "nd", "rd", "th") else tok.text
    return digits.isdigit() and 1 <= int(digits) <= 31


def _cap(tok) -> bool:
    return tok.is_title or (tok.is_upper and any(c.isalpha() for c in tok.text))


def _name(doc: Doc, a: Actor) -> str:
    """The span's words without an opening ``the``, lower case, single-spaced."""
    start = a.start + 1 if doc[a.start].lower_ == "the" and a.end - a.start > 1 else a.start
    return " ".join(doc[start:a.end].text.lower().split())


def _after(doc: Doc, a: Actor):
    return doc[a.end] if a.end < len(doc) else None


def _instrument(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``WTI``, ``gilts``; ``Brent crude``; ``10-year TES bonds``, ``BTP yields``."""
    if _name(doc, a) in words.instrument_names:
        return True
    after = _after(doc, a)
    if a.norm.get("in_gazetteer") or after is None or not after.is_lower:
        return False
    if after.lower_ in words.commodity_nouns:
        return True
    text = doc[a.start:a.end].text
    tenor = a.start > 0 and doc[a.start - 1].lower_ in TENOR_WORDS
    return after.lower_ in words.bond_nouns and (tenor or (text.isupper() and len(text) <= 5))


def _index(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``the Nikkei Stock Average``, ``the S&P 500``; ``the Dow`` (not ``Dow said``)."""
    name = _name(doc, a)
    longer = (" ".join(doc[a.start:a.end + k].text.lower().split()) for k in (1, 2))  # a dictionary "Nikkei" + "Stock Average"
    if name in words.index_full_names or any(n.removeprefix("the ") in words.index_full_names for n in longer):
        return True
    the = doc[a.start].lower_ == "the" or (a.start > 0 and doc[a.start - 1].lower_ == "the")
    return the and name in words.the_index_names


def _credit_label(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``FILE PHOTO: Workers sort ore …``, ``REUTERS/Viktor Hnatiuk/File Photo``: a caption's label,
    read as a name or a transcript's speaker, is none."""
    return all(tok.lower_ in words.credit_labels for tok in doc[a.start:a.end])


def _thing(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``an iPhone``, ``M.R.I. scans``, ``Covid``; ``the HER2 protein`` (a code-shaped name)."""
    text = doc[a.start + 1:a.end].text if doc[a.start].lower_ == "the" else doc[a.start:a.end].text
    if text in words.thing_names:
        return True
    after = _after(doc, a)
    code = a.end - a.start == 1 and any(c.isdigit() for c in text) and any(c.isupper() for c in text)
    return code and not a.norm.get("in_gazetteer") and after is not None and after.lower_ in words.code_thing_nouns


def _landform(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``Aden`` in ``the Gulf of Aden``, ``the Strait of Hormuz``; ``the Suez Canal`` (not ``the Suez
    Canal Authority``)."""
    def opener(i: int) -> bool:
        return i >= 0 and doc[i].is_title and doc[i].lower_ in words.landform_of_openers and \
            i + 1 < len(doc) and doc[i + 1].lower_ == "of"
    if opener(a.start - 2) or any(opener(i) and not _body_named(doc, i + 3, words.landform_body_heads)
                                  for i in range(a.start, a.end - 1)):
        return True  # "the Gulf of Maine Research Institute": a body, only a bare "Maine" goes
    after = _after(doc, a)
    goes_on = after is not None and after.is_title
    last = doc[a.end - 1]
    if a.end - a.start > 1 and last.is_title and last.lower_ in words.landform_heads:
        return not goes_on
    nxt = doc[a.end + 1] if a.end + 1 < len(doc) else None
    return goes_on and after.lower_ in words.landform_heads and not (nxt is not None and nxt.is_title)


def _body_named(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """Does the run of title-case words from ``i`` on (after ``Gulf of Maine``) hold a body's head
    (``Research Institute``, ``Regional Council``, ``Fishery Management Council``)?"""
    j = i
    while j < len(doc) and j - i < 6 and _cap(doc[j]) and (j == 0 or "\n" not in doc[j - 1].whitespace_):
        if doc[j].lower_ in heads:
            return True
        j += 1
    return False


def _site(doc: Doc, a: Actor, words: NonActorWords, verbs: frozenset[str] = _EMPTY) -> bool:
    """``Dataran Merdeka``, ``Fordo``; ``Nelson Mandela`` in ``the Nelson Mandela Hall``; a model
    name ``X Square`` (a dictionary name stays); a headline's subject stays (:func:`_site_name_opens`)."""
    if _name(doc, a) in words.site_names or _apposed_site(doc, a, words.site_heads):
        return True
    after = _after(doc, a)
    if after is not None and after.is_title and after.lower_ in words.site_heads and after.ent_type_ != "PERSON":
        return not _goes_on(doc, a.end + 1)  # not "Marlow County" in "Marlow County Memorial Hospital"
    if _site_name_opens(doc, a.end, words.site_heads, verbs) and not _headline_subject(doc, a):
        return True
    last = doc[a.end - 1]
    return a.origin == "ner" and not a.norm.get("in_gazetteer") and a.end - a.start > 1 and \
        last.is_title and last.lower_ in words.site_heads and last.lower_ != "hall" and not _goes_on(doc, a.end)


def _apposed_site(doc: Doc, a: Actor, heads: frozenset[str]) -> bool:
    """Does an apposition that calls a name no dictionary knows a site follow it
    (``Onafhankelijkheidsplein, the square in front of the building``)? A head that modifies a noun is
    no site (``Maersk, the port operator``), nor is one that owns the apposition's head (``Youssef
    Haddad, the port's director``); a dictionary name stays (``Istanbul, the bridge``)."""
    i, k = a.end, a.end + 2
    if k >= len(doc) or a.norm.get("in_gazetteer") or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return False
    owns = doc[k].dep_ == "poss" or k + 1 < len(doc) and is_possessive(doc[k + 1])
    return doc[k].is_lower and doc[k].lower_ in heads and doc[k].dep_ != "compound" and not owns


def _site_name_opens(doc: Doc, i: int, heads: frozenset[str], verbs: frozenset[str] = _EMPTY) -> bool:
    """Do one to :data:`SITE_NAME_REACH` title-case proper nouns from ``i`` on end in a site head
    (``Kirumba Stadium`` after ``CCM``, ``International Airport`` after ``Julius Nyerere``), on one
    line, with no title-case word after the head (``… Stadium Authority``) and the head not ending
    its line (``Trump Rally Packs Stadium``: a headline's word)? ``hall`` is left (``City Hall``);
    a title-case verb (a headline verb of ``verbs`` or in the parse) is no name word (``Ukraine
    Shells Donetsk Airport``)."""
    j = i
    while j < len(doc) and j - i <= SITE_NAME_REACH and doc[j].is_title and "\n" not in doc[j - 1].whitespace_:
        if j > i and doc[j].lower_ in heads and doc[j].lower_ != "hall":
            line_end = j + 1 >= len(doc) or "\n" in doc[j].whitespace_ or doc[j + 1].text.startswith("\n")
            return not (_goes_on(doc, j + 1) or line_end)
        if doc[j].pos_ != "PROPN" or headline_verb(doc[j], verbs):
            return False
        j += 1
    return False


def _headline_subject(doc: Doc, a: Actor) -> bool:
    """A known country or a name the model tags GPE or ORG before a verb-like title-case word, one in
    ``-s`` (not ``-ss``) the tagger reads as a verb or a name (``Egypt Pounds Arish Airport``): the
    subject of a headline, no site's first name word."""
    named = (a.norm.get("type") == "state" and a.norm.get("in_gazetteer")) or doc[a.end - 1].ent_type_ in NAMED_LABELS
    after = _after(doc, a)
    return bool(named) and after is not None and after.is_title and after.tag_ in VERB_LIKE_TAGS and \
        after.lower_.endswith("s") and not after.lower_.endswith("ss")


def _facility(doc: Doc, a: Actor, words: NonActorWords, place_ends: set[int] = frozenset()) -> bool:
    """``Vilnius airport``, ``Adiyala jail``, ``Taipei's Da'an district``: a lower-case facility noun
    right after a name that is no body's (a dictionary city too: the name names the facility there),
    or a quarter noun after a place's possessive (:func:`_place_owner`); ``Beirut's airport`` (a
    possessive) and ``the Hamas prison`` (a body's type) stay; the model's ``ORG`` on a place's name
    there (``Vilnius airport``) is the facility's, no body."""
    after = _after(doc, a)
    if after is None or not after.is_lower or after.pos_ != "NOUN" or \
            a.norm.get("type") not in (None, "location", "person", "unknown"):
        return False
    quarter = after.lower_ in words.quarter_nouns and _place_owner(doc, a.start, place_ends)
    return quarter or after.lower_ in words.facility_nouns


def _project(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``the GranMorgu project``, ``the Sharara field``: a name no dictionary knows that heads no noun
    and names, wherever the text writes it, only the project or field after it (a company's name
    written elsewhere, or acting, stays: ``the Adani project`` in a story that quotes Adani)."""
    after = _after(doc, a)
    if after is None or a.norm.get("in_gazetteer") or a.norm.get("type") == "person" or \
            not _project_noun(after, words) or _acts(doc, a, words):
        return False  # "President Ernesto Valderrama projects at 6.8%": a verb the tagger read as a noun
    size = a.end - a.start
    return all(_project_noun(doc[i + size] if i + size < len(doc) else None, words)
               for i in range(len(doc) - size + 1) if doc[i:i + size].text == doc[a.start:a.end].text)


def _project_noun(tok, words: NonActorWords) -> bool:
    return tok is not None and tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ != "compound" and \
        tok.lower_ in words.project_nouns


def _place_owner(doc: Doc, i: int, place_ends: set[int]) -> bool:
    """Is the word before ``i`` the possessive of a place (a mention of a place or state ending
    there, or a name the model tags a place): ``Taipei's`` names a quarter after it, ``Barack
    Obama's Chicago neighborhood`` is the city's?"""
    return i > 1 and is_possessive(doc[i - 1]) and \
        (i - 1 in place_ends or doc[i - 2].ent_type_ in PLACE_LABELS)


def _place_agreement(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``the 1992 Almaty agreement``, ``the Pretoria peace deal``: a place's name (no body's, no acting
    capital's) before a lower-case agreement noun, or before a kind of agreement and the noun; ``the
    Canada-United States-Mexico Agreement``, ``the Paris Agreement``: a place or state inside a treaty's
    own name after ``the``, whose title-case head (``agreement-heads``) ends the run of names."""
    kind = a.norm.get("type")
    k = a.end
    while k < len(doc) and k - a.end < TREATY_NAME_REACH and "\n" not in doc[k - 1].whitespace_ and \
            not (doc[k].is_title and doc[k].lower_ in words.agreement_heads) and \
            (_cap(doc[k]) or (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_)):
        k += 1  # "-United States-Mexico", "-Philippines Reciprocal Access": the rest of the treaty's name
    if k < len(doc) and doc[k].is_title and doc[k].lower_ in words.agreement_heads and not _goes_on(doc, k + 1):
        return kind in ("location", "state", "government") and _after_the(doc, a.start)
    after = _after(doc, a)
    if kind != "location" or after is None or not after.is_lower:
        return False
    if after.lower_ in words.agreement_kinds and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "the Pretoria peace deal"; not "Arizona groundwater deal" (the state's)
    return after.is_lower and after.pos_ == "NOUN" and after.lower_ in words.agreement_nouns


def _after_the(doc: Doc, i: int) -> bool:
    """Does ``the`` open the treaty's name that token ``i`` is in (back over its hyphen-joined names,
    a year between at most: ``the 1995 Dayton Accords``, ``the Canada-United States-Mexico …``)? A
    headline's title-case run (``Kenya Signs Trade Pact``) has none."""
    if doc[i].lower_ == "the":
        return True
    j = i
    while j > 1 and i - j < TREATY_NAME_REACH and (_cap(doc[j - 1]) or (
            doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_)):
        j -= 1
    while j > 0 and doc[j - 1].like_num:
        j -= 1
    return j > 0 and doc[j - 1].lower_ == "the"


def _place_suffix(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``a Cyprus-registered company``, ``a Scotland-only ban``: a place's or state's name glued by a
    hyphen to a lower-case word of ``place-suffix-words`` only says where a thing is or reaches."""
    k = a.end
    return a.norm.get("type") in PLACE_TYPES and k + 1 < len(doc) and doc[k].text == "-" and \
        not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].lower_ in words.place_suffix_words


def _place_side(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``on the Lithuanian side``, ``on the Mexican side of the boundary``: a side phrase after a
    place-making preposition is a territory, no government; ``the Lebanese side said``, ``talks with
    the Indian side`` and a side of people (``negotiators on the Israeli side``: ``side-party-nouns``,
    the party) stay."""
    return a.end - a.start > 1 and doc[a.start].lower_ == "the" and doc[a.end - 1].lower_ in words.side_nouns and \
        a.start > 0 and doc[a.start - 1].lower_ in words.side_preps and \
        not (a.start > 1 and doc[a.start - 2].lower_ in words.side_party_nouns)


def _feature(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``the Ta Krabey temple``, ``the Salal and Baglihar reservoirs``, ``Wellington Street``, ``the
    Galwan Valley``: a lower-case feature noun after the name (or after ``and`` + one title-case
    word), or a feature's title-case head; a dictionary country stays (``the Jordan valley``), as does
    any dictionary name before a lower-case noun and a body before a works noun (``BC Hydro dams``)."""
    if a.norm.get("type") == "state" and a.norm.get("in_gazetteer"):
        return False
    k = a.end
    if k + 2 < len(doc) and doc[k].lower_ in ("and", "or") and doc[k + 1].is_title:
        k += 2  # "the Salal and Baglihar reservoirs"
    noun = doc[k] if k < len(doc) else None
    if noun is not None and noun.is_lower and noun.pos_ == "NOUN" and not a.norm.get("in_gazetteer"):
        if noun.lower_ in words.feature_nouns or (noun.lower_ in words.works_nouns and not _body(doc, a)):
            return True
    return _feature_head(doc, a, words)


def _body(doc: Doc, a: Actor) -> bool:
    """A name the model labels ORG or the dictionary types as no place or person (the owner of
    ``Hydro-Quebec reservoirs``, ``the TVA dams``); ``Baglihar`` (PERSON) is none."""
    return doc[a.end - 1].ent_type_ == "ORG" or a.norm.get("type") not in (None, "location", "person", "unknown")


def _feature_head(doc: Doc, a: Actor, words: NonActorWords) -> bool:
    """``Wellington Street``, ``Galwan Valley`` after the name, or ``the Roseires Dam`` as the whole
    name (no dictionary name; a street's whole name stays: ``Downing Street``, ``Wall Street``);
    never when a title-case word goes on (``the Tennessee Valley Authority``) or the name acts
    (``the Kirov Valley council``, ``the Fox Valley said``); a head ending its line or tagged a verb is
    a headline's word (``Senate Democrats Pass``), and a dictionary body's name before one stays
    (``The Reuters Road to COP30 series``); a head after a lower-case particle is a surname
    (``Pieter van Dam``)."""
    after = _after(doc, a)
    heads = words.feature_heads | words.street_heads
    if after is not None and after.is_title and after.lower_ in heads and "\n" not in doc[a.end - 1].whitespace_:
        line_end = after.i + 1 >= len(doc) or "\n" in after.whitespace_ or doc[after.i + 1].text.startswith("\n")
        owner = a.norm.get("in_gazetteer") and a.norm.get("type") not in ("location", "state")
        return not (_goes_on(doc, a.end + 1) or line_end or after.pos_ == "VERB" or owner)
    last = doc[a.end - 1]
    return a.end - a.start > 1 and last.is_title and last.lower_ in words.feature_heads and \
        not doc[a.end - 2].is_lower and not a.norm.get("in_gazetteer") and not _goes_on(doc, a.end) and not _acts(doc, a, words) and \
        a.origin != "rule:place-reading"  # "Eagle Pass, a city of 28,000": the text calls it a town


def _goes_on(doc: Doc, i: int) -> bool:
    """A title-case word at ``i`` carries a name on (``Temple University``, ``Memorial Hospital``)."""
    return i < len(doc) and doc[i].is_title and "\n" not in doc[i - 1].whitespace_
