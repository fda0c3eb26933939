"""claims_actors: a description resolves to the one body it names (``the union`` after a labour
union of the gazetteer), and a role noun that is a word of a body's name (``the Polish Bank
Association``, ``Polish lender Bank Wiślany``) is no role actor of its own."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _ids(nlp, text: str, mention: str) -> list:
    return [n.get("actor_id") for t, n in actor_mentions(nlp, text) if t == mention]


def test_the_union_names_a_gazetteer_union_by_its_role(nlp):
    """The RMT's name holds no word ``union``; its labour role code (GBRLAB) makes it one."""
    text = "The RMT called a walkout for Thursday. The union said the pay offer was an insult."
    assert _ids(nlp, text, "The union") == ["rmt-union"]


def test_the_union_after_two_unions_names_none(nlp):
    """Near miss: two unions of the gazetteer named together, no clue which: no id."""
    text = "The RMT and Unison called walkouts for Thursday. The union said the pay offer was an insult."
    assert _ids(nlp, text, "The union") in ([], [None])


def test_the_union_is_no_union_member_group(nlp):
    """Near miss: ``RMT members`` are people, not the union; with no union named, no id."""
    text = "Hundreds of RMT members picketed the depot. The union said the pay offer was an insult."
    assert "rmt-union" not in _ids(nlp, text, "The union")


def test_the_union_after_the_eu_is_no_labour_union(nlp):
    """A union of states named before (EU ministers, Brussels): "the union" is no longer the RMT by its role."""
    text = ("The RMT held a ballot last month. EU trade ministers met in Luxembourg, and the union "
            "agreed to lift tariffs on US whiskey.")
    assert "rmt-union" not in _ids(nlp, text, "the union")
    text = "The RMT held a ballot last month. Brussels warned London that the union would retaliate."
    assert "rmt-union" not in _ids(nlp, text, "the union")


def test_the_union_after_the_eu_still_names_a_union_called_so(nlp):
    """Near miss: a union whose own name says so (the United Auto Workers) still fits after the EU."""
    text = "The United Auto Workers met an EU envoy on Monday. The union said the strike would go ahead."
    assert _ids(nlp, text, "The union") == ["united-auto-workers"]


def test_role_noun_inside_a_body_name_is_no_role(nlp):
    """``the Danish Bank Association``: Association ends the name; no ``Danish bank`` role actor."""
    found = actor_mentions(nlp, "The Danish Bank Association said lenders had set aside more.")
    assert not any(t.endswith("Danish Bank") for t, _ in found)
    assert not any((n.get("role") or "").endswith("BUS") and "Association" not in t for t, n in found if "Bank" in t)


def test_role_noun_before_a_name_opening_with_a_role_word(nlp):
    """``Danish lender Bank Tønder``: the name starts with Bank; ``Danish lender Bank`` is no actor."""
    found = actor_mentions(nlp, "Danish lender Bank Tønder said profit rose.")
    assert not any(t.endswith("lender Bank") for t, _ in found)


def test_role_noun_before_a_persons_name_still_a_role(nlp):
    """Near miss: a title before a person's name keeps its role (the name is the person's)."""
    found = dict(actor_mentions(nlp, "Kenya's central bank said it would hold rates."))
    assert any((n.get("role") or "") == "KENGOV" for n in found.values())


def test_lower_case_role_before_a_company_name_keeps_its_country(nlp):
    """``German lender Deutsche Bank``: the lower-case role noun describes the name, is no word of it;
    the role actor stays and the bank keeps the country; no bare ``U.S.`` state is left."""
    found = dict(actor_mentions(nlp, "Swiss lender Helvetia Savings Bank said it would appeal the fine."))
    assert (found.get("Swiss lender") or {}).get("role") == "CHEBUS"
    assert any(t.endswith("Savings Bank") and n.get("country") == "CHE" for t, n in found.items())
    found = dict(actor_mentions(nlp, "The bond sale was run by U.S. bank Harlow Capital Group."))
    assert "U.S." not in found


def test_title_case_role_inside_a_body_name_stays_whole(nlp):
    """Near miss: ``the Czech Bank Association``: the title-case Bank is a word of the name."""
    found = actor_mentions(nlp, "The Czech Bank Association said lenders would cut fees.")
    assert not any(t.endswith("Czech Bank") for t, _ in found)


def test_the_journal_names_the_publication_called_a_journal(nlp):
    text = ("The findings were published on Tuesday in the journal Pediatric Sleep Medicine. Researchers at "
            "Brookfield University followed 900 children. The journal said the paper had been checked twice.")
    assert _ids(nlp, text, "The journal") == _ids(nlp, text, "Pediatric Sleep Medicine")[:1]


def test_the_journal_names_no_body_never_called_a_journal(nlp):
    text = ("The findings were published by Brookfield University and the Harlan Foundation. "
            "The journal said the paper had been checked twice.")
    assert _ids(nlp, text, "The journal") == []


def test_the_group_names_an_armed_group_called_an_army(nlp):
    text = ("The Kachin Independence Army has seized a border post in northern Myanmar. "
            "The group said its fighters had taken 30 soldiers prisoner.")
    assert _ids(nlp, text, "The group") == _ids(nlp, text, "The Kachin Independence Army")


def test_a_tie_far_back_goes_to_the_body_of_the_descriptions_own_brief(nlp):
    """A roundup: two ministries named once each; ``the ministry`` names the one of its own brief."""
    text = ("LIMA - Peru's mining ministry said on Monday that copper output rose 4% in May.\n\n"
            "Zinc output fell 2% over the same period.\n\n(Reporting by Ana Ruiz)\n\n"
            "OSLO - Norway will tighten salmon farming rules, the Ministry of Trade and Fisheries said.\n\n"
            "\"We cannot wait another season,\" a senior official told reporters.\n\n"
            "The ministry said farms would be inspected twice a year.")
    assert _ids(nlp, text, "The ministry") == _ids(nlp, text, "the Ministry of Trade and Fisheries")


def test_title_case_role_word_inside_a_forces_name_is_no_role_of_its_own(nlp):
    text = ("The South African National Defence Force deployed troops to the border. "
            "Indonesian nationals were evacuated on Monday.")
    assert _ids(nlp, text, "The South African National Defence Force") == ["ZAFMIL"]
    assert not _ids(nlp, text, "South African National")
    assert _ids(nlp, text, "Indonesian nationals") == ["idn-nationals"]


def test_the_association_names_the_one_association(nlp):
    text = ("The Texas Bar Association filed a brief on Monday. Maria Lopez, the association's president, "
            "said the rule was unfair.")
    assert _ids(nlp, text, "the association") == ["texas-bar-association"]


def test_the_command_names_the_one_command(nlp):
    text = ("US Central Command said it had struck two sites in Yemen. A spokesman said the command "
            "would release footage.")
    assert _ids(nlp, text, "the command") == ["centcom"]


def test_the_board_names_a_body_called_a_board(nlp):
    text = ("The National Transportation Safety Board opened an inquiry into the derailment. A spokeswoman "
            "said the board would publish a preliminary report within 30 days.")
    assert _ids(nlp, text, "the board") == _ids(nlp, text, "The National Transportation Safety Board")


def test_the_board_in_business_news_is_not_the_fed(nlp):
    """Near miss: a story that names the Fed and a company: ``the board`` is the company's, never the Fed
    by its id alone."""
    text = ("Shares of Kestrel Mining fell 4% after the Federal Reserve raised interest rates. "
            "The board approved a $200 million buyback, the company said.")
    assert "federal-reserve" not in _ids(nlp, text, "The board")


def test_a_company_board_names_no_other_body(nlp):
    """Near miss: a company's board is no body of the article's names (no Board, no Fed)."""
    text = "Kestrel Retail rejected the bid. Kestrel's board said the offer undervalued the company."
    assert _ids(nlp, text, "the board") in ([], [None])


def test_the_paramilitary_names_the_body_called_paramilitary(nlp):
    text = ("The army and the paramilitary Sahel Defence Forces fought near the border. "
            "The paramilitary said it had taken two villages.")
    assert _ids(nlp, text, "The paramilitary") == _ids(nlp, text, "Sahel Defence Forces")


def test_the_paramilitary_is_not_any_armed_force(nlp):
    """Near miss: an army never called paramilitary is not ``the paramilitary``."""
    text = "The Sudanese army shelled the city. The paramilitary said it had taken two villages."
    assert _ids(nlp, text, "The paramilitary") in ([], [None])


def test_the_think_tank_after_a_body_called_so(nlp):
    text = ("The Harbour Centre, a think tank based in Leeds, said rents would rise. "
            "The think tank said councils should build more homes.")
    assert _ids(nlp, text, "The think tank") == ["harbour-centre"]


def test_the_service_names_the_one_service(nlp):
    text = ("The National Weather Service issued a flood warning on Monday. The service said rain "
            "would continue until Thursday.")
    assert _ids(nlp, text, "The service") == _ids(nlp, text, "The National Weather Service")



def test_the_fire_service_is_no_body_named_rescue_only(nlp):
    """Near miss: a charity named a Rescue body is no fire service (desc-fire-service needs Fire)."""
    text = ("The International Rescue Committee said its teams had reached the flooded towns. "
            "The fire service said 40 people had been pulled from the water.")
    assert "international-rescue-committee" not in _ids(nlp, text, "The fire service")


def test_the_fire_service_names_a_fire_and_rescue_service(nlp):
    text = ("The West Midlands Fire and Rescue Service sent 12 engines to the warehouse. "
            "The fire service said the blaze was under control by midnight.")
    assert _ids(nlp, text, "The fire service") == _ids(nlp, text, "The West Midlands Fire and Rescue Service")


def test_the_board_after_a_company_is_not_an_earlier_board(nlp):
    """Near miss: the NLRB named first, then a company: ``the board`` is the company's, not the NLRB."""
    text = ("The National Labor Relations Board ruled last month that the warehouse vote was valid. "
            "Shares of Corvel Logistics rose 3 per cent on Tuesday. "
            "The board said it had appointed a new chief financial officer.")
    assert _ids(nlp, text, "The board") in ([], [None])


def test_the_command_sent_is_no_armed_command(nlp):
    """Near miss: a software command sent or issued is no US Central Command."""
    text = ("US Central Command said a drone had been shot down over the Red Sea. "
            "Engineers at the airline said the command had been sent to the servers in error.")
    assert "centcom" not in _ids(nlp, text, "the command")


def test_under_its_command_names_no_command(nlp):
    """Near miss: ``under its command`` is a body's authority, not another mention of it."""
    text = ("The Northern Fleet Command said it had begun exercises. Ships under its command "
            "fired missiles into the sea, state television reported.")
    assert _ids(nlp, text, "its command") == []


def test_the_board_past_a_chamber_is_still_the_board(nlp):
    """Near miss of the company rule: a Senate named after the body called a Board is no rival."""
    text = ("The National Transportation Safety Board opened an inquiry into the crash. Its chair was "
            "confirmed by the Senate in 2022. She said the board would publish a report within 30 days.")
    assert _ids(nlp, text, "the board") == _ids(nlp, text, "The National Transportation Safety Board")


def test_the_office_names_a_body_named_an_office(nlp):
    """``the office`` after a body named an Office (desc-office) is that body."""
    text = ("The Office of Management and Budget sent the spending plan back to the agencies. "
            "The office said the figures did not add up.")
    assert _ids(nlp, text, "The office") == ["omb"]


def test_the_office_as_a_post_or_a_room_names_none(nlp):
    """Near misses: ``left the office`` (a room, a post) and ``the office of the mayor`` are no body."""
    text = ("The Office of Management and Budget sent the plan back on Monday. Mayor Ruth Vance "
            "left the office early, and the office of the mayor declined to comment.")
    found = [t for t, n in actor_mentions(nlp, text) if n.get("actor_id") == "omb"]
    assert all(t != "the office" for t in found)


def test_the_federation_names_a_federation_named_before(nlp):
    """``the federation`` after a workers' federation named so (desc-federation)."""
    text = ("The Ghana Football Federation sacked the national coach on Monday. "
            "A spokesman said the federation had lost patience.")
    assert _ids(nlp, text, "the federation") == ["ghana-football-federation"]
    text = ("The Korean Confederation of Trade Unions called a general strike on Monday. "
            "Its leader said the confederation would not back down.")
    assert _ids(nlp, text, "the confederation") == ["korean-confederation-of-trade-unions"]


def test_the_federation_is_never_a_state(nlp):
    """Near miss: a state whose formal name holds the word is no federation body."""
    text = ("Moscow signed the deal with Kazakhstan. Officials said the federation would pay for the pipeline.")
    assert all(i not in ("RUS", "RUSGOV", "KAZ") for i in _ids(nlp, text, "the federation"))


def test_the_territory_names_a_territory_coded_as_a_state(nlp):
    """``the territory`` after Macau (desc-territory): Macau."""
    text = ("Beijing tightened its grip on Macau last year. Critics say the territory's casinos "
            "now answer to the mainland.")
    assert _ids(nlp, text, "the territory") == ["MAC"]


def test_land_called_the_territory_names_no_state(nlp):
    """Near miss: land held or seized in a war is no state of the row."""
    text = ("Ukraine said Russian troops had seized villages near Pokrovsk. "
            "Kyiv vowed to retake the territory within months.")
    assert _ids(nlp, text, "the territory") in ([], [None])



def test_the_office_as_a_place_a_doer_goes_names_none(nlp):
    """Near miss (desc-office ``refuse_in``): ``drove to the office``, ``waited outside the office``
    are a building; ``The office said`` and ``according to the office`` stay the body."""
    text = ("The Office of Management and Budget rejected the agency's request on Monday. "
            "The office said in a memo that the figures were wrong. The director drove to the office "
            "on Tuesday, and protesters waited outside the office for hours.")
    found = [t for t, n in actor_mentions(nlp, text) if n.get("actor_id") == "omb"]
    assert "The office" in found
    assert "the office" not in found
    text = ("The Office of Management and Budget rejected the request. According to the office, "
            "the figures were wrong.")
    assert _ids(nlp, text, "the office") == ["omb"]


def test_the_territory_taken_in_a_war_names_no_listed_territory(nlp):
    """Near miss (desc-territory ``object_verbs``): a listed territory named before, then land
    captured or shelled: no state of the row."""
    text = ("Reporters in Macau watched the naval drills. "
            "Rebel fighters captured the territory in March and shelled the territory again on Sunday.")
    assert all(i != "MAC" for i in _ids(nlp, text, "the territory"))


def test_the_territory_of_a_named_place_names_none(nlp):
    """Near miss (desc-territory ``refuse_after_names``): ``the territory of Guyana`` is land of the
    named state, not Puerto Rico named before."""
    text = ("Officials in Puerto Rico met the delegation. Venezuela claims much of the territory of Guyana.")
    assert all(i != "PRI" for i in _ids(nlp, text, "the territory"))


def test_the_territory_far_after_a_listed_place_names_none(nlp):
    """Near miss (desc-territory ``window``): a territory where a source sits, named two sentences
    back, is not the territory of a new story."""
    text = ("A banker in Hong Kong said markets were calm. Fighting resumed along the border on Monday. "
            "The territory's governor said three villages had been evacuated.")
    assert all(i != "HKG" for i in _ids(nlp, text, "The territory"))


def test_the_agency_names_an_authority_or_a_directorate(nlp):
    """An Authority or a Directorate is an agency whose name holds no word ``agency``."""
    text = ("The Harbour Transit Authority raised fares on Monday. Riders said the agency had not consulted them.")
    assert _ids(nlp, text, "the agency") == ["harbour-transit-authority"]
    text = ("The Customs Directorate seized two containers in Mombasa. Officials said the agency would "
            "publish its findings.")
    assert _ids(nlp, text, "the agency") == ["customs-directorate"]


def test_the_agency_is_not_the_palestinian_authority(nlp):
    """Near miss: the Palestinian Authority is a government; UNRWA, named before it, is the agency."""
    text = ("UNRWA said its schools in Gaza would close. The Palestinian Authority condemned the decision, and "
            "the agency said it had no funds left.")
    assert "palestinian-authority" not in _ids(nlp, text, "the agency")


def test_the_chamber_far_after_the_one_legislature_is_it(nlp):
    """``the chamber`` with no legislature in its window is the one legislature named before (sole_nouns)."""
    text = ("The Senate opened an inquiry into the contracts on Monday. A witness said the money went abroad. "
            "The former general left the country in 2021. He is believed to live in Spain. His lawyer declined "
            "to comment. Sen. Maria Ocampo, who chairs the inquiry, said the chamber would ask for his return.")
    assert _ids(nlp, text, "the chamber") == _ids(nlp, text, "The Senate")


def test_the_chamber_far_after_two_legislatures_or_the_house_names_none(nlp):
    """Near miss: two chambers named far back, no guess; ``the house`` far after one is no chamber (a building)."""
    text = ("The Senate and the House passed the bill in May. A witness said the money went abroad. The former "
            "general left the country in 2021. He is believed to live in Spain. His lawyer declined to comment. "
            "Officials said the chamber would ask for his return.")
    assert _ids(nlp, text, "the chamber") == []
    text = text.replace("The Senate and the House passed", "The Senate passed").replace("the chamber", "the house")
    assert _ids(nlp, text, "the house") == []


def test_the_chamber_after_a_chamber_of_commerce_is_no_legislature(nlp):
    """Near miss: a trade body named a Chamber before it: ``the chamber`` is not the far legislature."""
    text = ("The National Assembly passed the fuel law in March. Drivers queued for days in La Paz. The Chamber "
            "of Road Hauliers called a strike. Its members blocked two highways. Police cleared one of them. "
            "\"We sleep in our trucks,\" said Juan Mamani, the chamber's leader in El Alto.")
    assert _ids(nlp, text, "the chamber") in ([], _ids(nlp, text, "The Chamber of Road Hauliers"))


def test_the_chamber_far_after_the_one_legislature_needs_a_legislating_sentence(nlp):
    """Near miss: far after the one legislature, ``the chamber`` in a sentence with no word of the
    row's ``sole_context`` (a courtroom, a hall) names none; with a vote in it, the legislature."""
    text = ("The Senate passed the bill in March. Farmers in the valley planted early this year. Rain came late. "
            "Prices of maize rose. A new road opened in April. Schools reopened. At the hearing, the chamber went "
            "quiet as the jury foreman read the verdict, a court clerk said.")
    assert _ids(nlp, text, "the chamber") == []
    text = text.replace("At the hearing, the chamber went quiet as the jury foreman read the verdict, a court "
                        "clerk said.", "A senator said the chamber would vote on the measure next week.")
    assert _ids(nlp, text, "the chamber") == _ids(nlp, text, "The Senate")



def test_the_bloc_names_a_regional_community_of_no_country(nlp):
    """Regional communities of states (SADC, CARICOM, the East African Community) are gazetteer
    bodies of no country, whatever state is named near them, and ``the bloc`` names them (desc-bloc)."""
    text = ("Guyana's president asked CARICOM for support on Tuesday. The bloc's chairman, Jamaica's prime "
            "minister, called for calm.")
    assert _ids(nlp, text, "CARICOM") == _ids(nlp, text, "The bloc") == ["caricom"]
    assert [n.get("country") for t, n in actor_mentions(nlp, text) if t == "CARICOM"] == [None]
    text = ("Zambia hosted a summit of the Southern African Development Community in Lusaka. The bloc "
            "said it would send observers to Mozambique.")
    assert _ids(nlp, text, "The bloc") == ["sadc"]


def test_the_assembly_names_the_body_named_an_assembly_before(nlp):
    """``the assembly`` (desc-assembly) is the one body of its window whose name holds assembly or
    parliament, also when the model typed it an organization."""
    text = ("The Assembly of the Republic voted 120-80 on Friday to lift his immunity. Socialist deputies "
            "said the assembly had broken its own rules.")
    assert _ids(nlp, text, "the assembly") == _ids(nlp, text, "The Assembly of the Republic") != []
    text = ("Fidesz sits with the Patriots for Europe group in the European Parliament. Its lawmakers said "
            "the assembly had no right to hold back the funds.")
    assert _ids(nlp, text, "the assembly") == ["european-parliament"]


def test_the_assembly_is_no_legislature_named_otherwise(nlp):
    """Near miss: a legislature whose name holds neither word (the U.S. Congress) is no antecedent of
    ``the assembly`` by its type: no mention of it."""
    text = ("Moldova's parliament approved the budget on Monday. The U.S. Congress has yet to act on aid. "
            "Opposition deputies said the assembly had ignored the court.")
    assert "USALEG" not in _ids(nlp, text, "the assembly")


def test_the_assembly_without_a_legislature_names_none(nlp):
    """Near miss: a citizens' assembly is no actor named before: ``the assembly`` is no mention of
    any body (not the government named in the sentence before)."""
    text = ("The government said a citizens' assembly of 99 randomly chosen people would meet in Dublin. "
            "The assembly will report to ministers in June.")
    assert _ids(nlp, text, "The assembly") == []


def test_the_assembly_far_after_a_parliament_names_none(nlp):
    """Near miss: ``the assembly`` far after the one Parliament named (a state assembly the model did
    not find, named before it) is no far link to that Parliament, as ``the chamber`` may be."""
    text = ("Lawmakers in the Punjab assembly met on Monday. The Supreme Court heard a petition against a law "
            "passed by Parliament in 2023. Farmers blocked a highway. Prices of wheat rose. Schools closed. "
            "Opposition legislators will hold a special session of the assembly on Friday to pass a resolution.")
    assert _ids(nlp, text, "the assembly") in ([], [None]) or \
        _ids(nlp, text, "the assembly") != _ids(nlp, text, "Parliament")


def test_the_church_names_the_church_named_before(nlp):
    """``the church``, ``The church``, ``the church hierarchy`` after ``the Georgian Orthodox Church``:
    the church, whatever the sentence."""
    text = ("The Georgian Orthodox Church condemned the bill on Monday. The church said the law would "
            "silence its priests, and critics accused the church hierarchy of siding with the ruling party.")
    church = _ids(nlp, text, "The Georgian Orthodox Church")
    assert church and _ids(nlp, text, "The church") == church
    assert _ids(nlp, text, "the church hierarchy") == church


def test_the_church_with_no_church_named_before_is_no_actor(nlp):
    """Near miss: no church named before: ``the church`` is a building, no actor."""
    text = "Police said about 200 people gathered outside the church on Sunday after the vote."
    assert _ids(nlp, text, "the church") == []


def test_the_agency_past_a_nearer_department_is_the_agency_named_before(nlp):
    """Found in the round-42 merged run (held-out 13 and 21's actors): a Department fits ``the agency``
    only when no body that fits otherwise (an Administration, an Agency) is named before it
    (``weak_name_words``); the nearer Department is no antecedent then."""
    text = ("The Federal Aviation Administration grounded the jets on Friday. The Transportation Department "
            "said on Sunday it would review the order. The agency said inspections would take two weeks.")
    faa = _ids(nlp, text, "The Federal Aviation Administration")
    assert faa and _ids(nlp, text, "The agency") == faa


def test_the_agency_after_a_department_alone_is_that_department(nlp):
    """The weak fit still holds when nothing fits otherwise (a state department run as an agency)."""
    text = ("Nearly 40 inmates died in heat-related incidents last summer, according to the Oklahoma "
            "Department of Corrections. The agency says it has ordered fans for every cell block.")
    dept = _ids(nlp, text, "the Oklahoma Department of Corrections")
    assert dept and _ids(nlp, text, "The agency") == dept


def test_the_force_is_a_national_police_force_named_by_its_own_name(nlp):
    """A police force coded by its role (``KENCOP``, named ``Kenya (government)``) whose mention is
    its own name with ``Police`` in title case: ``the force`` names it."""
    text = ("The Kenya National Police said on Sunday it had arrested 14 suspects in Mombasa. "
            "A spokesperson said the force had deployed 300 officers to the port.")
    police = _ids(nlp, text, "The Kenya National Police")
    assert police and police[0].endswith("COP")
    assert _ids(nlp, text, "the force") == police


def test_the_force_is_no_police_named_by_a_common_noun(nlp):
    """Near miss: ``Dutch police`` is a role phrase, no force named so: ``the force`` names none."""
    text = ("Dutch police detained 40 farmers on a motorway near Utrecht on Monday. "
            "Witnesses said the force had blocked the exit for hours.")
    assert _ids(nlp, text, "the force") == []



def test_the_court_takes_no_role_coded_court_by_its_name_word(nlp):
    """Near miss: a row with no kinds (desc-court) takes no role-coded body by a title-case word of
    its mention: ``the court`` stays the Supreme Court, not the appeals court coded ``USAJUD``."""
    text = ("The Supreme Court agreed on Monday to hear the case. The U.S. Circuit Court of Appeals for the "
            "Fifth Circuit had ruled against the company. Lawyers said the court would hear arguments in April.")
    assert _ids(nlp, text, "the court") == _ids(nlp, text, "The Supreme Court")


def test_the_island_nation_is_the_island_state_not_the_other_state_named_with_it(nlp):
    text = ("Tuvalu's parliament approved a treaty that gives Australia a say over any security pact the island "
            "nation signs with a third country.")
    assert _ids(nlp, text, "the island nation") == ["TUV"]


def test_the_regional_state_is_the_one_state_of_that_region(nlp):
    text = ("The men, from Jamaica, Vietnam and Yemen, were flown to Lesotho in July. Officials in the southern "
            "African kingdom said they would be held for a year.")
    assert _ids(nlp, text, "the southern African kingdom") == ["LSO"]
    text = "Kathmandu said on Monday that Nepal would hold early elections. The Himalayan republic has had 14 governments since 2008."
    assert _ids(nlp, text, "The Himalayan republic") == ["NPL"]


def test_the_island_nation_with_two_island_states_or_none_names_none(nlp):
    """Near misses: two island states named (no guess), none named, another determiner."""
    assert _ids(nlp, "Fiji and Tonga signed the pact on Monday. Officials said the island nation would host the "
                     "next round.", "the island nation") == []
    assert _ids(nlp, "Bulgaria and Romania joined the Schengen area on Monday. Officials said the Balkan country "
                     "had met every condition.", "the Balkan country") == []
    text = "Australia signed a treaty with Indonesia. Officials said an island nation in the Pacific wanted one too."
    assert not any(t.endswith("island nation") for t, _ in actor_mentions(nlp, text))


def test_the_trust_names_the_one_body_called_a_trust(nlp):
    text = ("The Pennine Acute Hospitals NHS Trust closed two wards in March. The trust said on Friday that "
            "agency staff would cover the gap until the autumn.")
    assert _ids(nlp, text, "The trust") == ["pennine-acute-hospitals-nhs-trust"]


def test_a_trust_fund_and_a_trust_with_no_body_called_so_name_no_body(nlp):
    text = ("The Social Security Administration warned on Monday that the trust fund runs dry in 2034. "
            "Voters have lost the trust they once had in the Pension Board.")
    assert _ids(nlp, text, "the trust") == []
