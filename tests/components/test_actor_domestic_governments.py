"""actor_domestic_governments: ``the government`` in a sentence about another country's home politics."""

from tests.conftest import actor_mentions


def _governments(nlp, text):
    return [n["actor_id"] for k, n in actor_mentions(nlp, text) if k.lower() == "the government"]


def test_two_institutions_of_another_country_make_the_government_theirs(nlp):
    # a story in focus on Poland; the sentence turns to Italy's parliament and its interior minister
    text = ("WARSAW (Reuters) - Poland's parliament approved the border bill on Tuesday, and Poland said it "
            "would start building the fence next month. In Rome, Italian Interior Minister Carlo Benedetti told "
            "the Italian Senate that the government would not copy the plan.")
    assert _governments(nlp, text)[-1] == "ITAGOV"


def test_one_foreign_voice_leaves_the_government_in_focus(nlp):
    # one institution of another country is no evidence: a foreign critic of the government in focus
    text = ("WARSAW (Reuters) - Poland's parliament approved the border bill on Tuesday, and Poland said it "
            "would start building the fence next month. The German foreign ministry accused the government "
            "of breaking European rules.")
    assert _governments(nlp, text)[-1] == "POLGOV"


def test_an_institution_of_the_focus_in_the_sentence_keeps_the_focus(nlp):
    text = ("WARSAW (Reuters) - Poland's parliament approved the border bill on Tuesday, and Poland said it "
            "would start building the fence next month. The German foreign ministry and the German army met "
            "Polish officials, who said the government would go ahead.")
    assert _governments(nlp, text)[-1] == "POLGOV"


def test_a_state_company_is_no_institution(nlp):
    # Sinopec and Cosco are companies of China (role CHNBUS): no institutions of its home politics
    text = ("COLOMBO (Reuters) - Sri Lanka's parliament approved the port plan on Tuesday, and Sri Lanka's "
            "president said Sri Lanka would welcome investors. Sinopec, China's state-owned oil group, and "
            "Cosco, China's state shipping line, signed an agreement with the government.")
    assert _governments(nlp, text)[-1] == "LKAGOV"


def test_two_foreign_critics_of_the_government_leave_it_the_focus(nlp):
    # the French ministry and navy urge the government: its object, the government in focus (Poland's)
    text = ("WARSAW (Reuters) - Poland's parliament approved the border bill on Tuesday, and Poland said it "
            "would start building the fence next month. The French foreign ministry and the French navy urged "
            "the government to delay the work.")
    assert _governments(nlp, text)[-1] == "POLGOV"


def test_a_minister_facing_the_army_at_home_makes_the_government_his_country(nlp):
    # a story in focus on Greece; the sentence turns to Turkey's home politics (minister pressed by the army)
    text = ("ATHENS (Reuters) - Greece's parliament approved the island defence bill on Tuesday, and Greece said "
            "it would buy two frigates. At home, Turkish Defence Minister Kemal Aydin faces pressure from the "
            "Turkish army, which has demanded that the government raise military pay.")
    assert _governments(nlp, text)[-1] == "TURGOV"


def test_a_parliament_where_the_government_holds_a_majority_is_its_country(nlp):
    # the Bundestag family: a minister must win over his parliament, where the government's majority is thin
    text = ("MADRID (Reuters) - Spain's parliament backed the pension reform on Thursday, and Spain said it would "
            "pay the first rise in July. French Finance Minister Paul Girard must still win over the French "
            "National Assembly, where the government's majority is thin.")
    assert _governments(nlp, text)[-1] == "FRAGOV"
