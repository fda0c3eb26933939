"""Tests for pipeline.components.dates: parse_date/find_dates tables, negatives, offsets, component."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components import dates as D
from pipeline.components.dates import DateRuleError, find_dates, parse_date, value_bounds

PUB = "2016-12-15"  # a Thursday, ISO week 2016-W50

# (sentence, expected extent, timex_type, value with PUB, value without a publication date)
CASES = [
    # --- absolute calendar dates
    ("They met on November 23, 2015 in Tehran.", "November 23, 2015", "DATE", "2015-11-23", "2015-11-23"),
    ("They met on 23 November 2015 in Tehran.", "23 November 2015", "DATE", "2015-11-23", "2015-11-23"),
    ("It happened Monday, November 23, 2015.", "Monday, November 23, 2015", "DATE", "2015-11-23", "2015-11-23"),
    ("Signed on Nov. 23, 2015, the deal", "Nov. 23, 2015", "DATE", "2015-11-23", "2015-11-23"),
    ("Signed Sept. 11, 2001, the deal", "Sept. 11, 2001", "DATE", "2001-09-11", "2001-09-11"),
    ("on the 4th of July, 1976 they", "the 4th of July, 1976", "DATE", "1976-07-04", "1976-07-04"),
    ("The file is dated 2015-11-23 here.", "2015-11-23", "DATE", "2015-11-23", "2015-11-23"),
    ("Posted 2015-11-23T10:05 online.", "2015-11-23T10:05", "TIME", "2015-11-23T10:05", "2015-11-23T10:05"),
    ("The form says 11/23/2015 on top.", "11/23/2015", "DATE", "2015-11-23", "2015-11-23"),
    ("The form says 23/11/2015 on top.", "23/11/2015", "DATE", "2015-11-23", "2015-11-23"),
    ("It started in March 2013 with talks.", "March 2013", "DATE", "2013-03", "2013-03"),
    ("It started in December, 2015 with talks.", "December, 2015", "DATE", "2015-12", "2015-12"),
    ("It started in early March 2013 with talks.", "early March 2013", "DATE", "2013-03", "2013-03"),
    ("In 2015, Russia formed a coalition.", "2015", "DATE", "2015", "2015"),
    ("It was built in 1893 by hand.", "1893", "DATE", "1893", "1893"),
    ("Growth was strong in the 1990s overall.", "the 1990s", "DATE", "199", "199"),
    ("Growth was strong in the 2010s overall.", "the 2010s", "DATE", "201", "201"),
    ("Growth was strong in the '90s overall.", "the '90s", "DATE", "199", "199"),
    ("Growth was strong in the early 1990s overall.", "the early 1990s", "DATE", "199", "199"),
    ("in the 20th century, empires fell", "the 20th century", "DATE", "19", "19"),
    ("in the twenty-first century, empires fell", "the twenty-first century", "DATE", "20", "20"),
    ("Profits rose in fiscal 2016 again.", "fiscal 2016", "DATE", "FY2016", "FY2016"),
    ("Profits rose in fiscal year 2016 again.", "fiscal year 2016", "DATE", "FY2016", "FY2016"),
    ("Profits rose in FY2016 again.", "FY2016", "DATE", "FY2016", "FY2016"),
    ("Profits rose in Q3 2015 again.", "Q3 2015", "DATE", "2015-Q3", "2015-Q3"),
    ("Profits rose in the third quarter of 2015 again.", "the third quarter of 2015", "DATE", "2015-Q3", "2015-Q3"),
    ("Profits rose in the second quarter again.", "the second quarter", "DATE", "2016-Q2", "XXXX-Q2"),
    ("Profits rose in the first half of 2016 again.", "the first half of 2016", "DATE", "2016-H1", "2016-H1"),
    ("Profits rose in the second half of last year.", "the second half of last year", "DATE", "2015-H2", "XXXX-H2"),
    ("In the first six months of 2016, Iran was", "the first six months of 2016", "DATE", "2016-H1", "2016-H1"),
    ("In the first three months of 2016, Iran was", "the first three months of 2016", "DATE", "2016-Q1", "2016-Q1"),
    ("In the last six months of 2016, Iran was", "the last six months of 2016", "DATE", "2016-H2", "2016-H2"),
    ("In the first nine months of 2016, Iran was", "the first nine months of 2016", "DATE", "2016", "2016"),
    ("It opened in early 2016 as planned.", "early 2016", "DATE", "2016", "2016"),
    ("It opened in mid-2015 as planned.", "mid-2015", "DATE", "2015", "2015"),
    ("It opened in late 2010 as planned.", "late 2010", "DATE", "2010", "2010"),
    ("It opened at the end of 2016 as planned.", "the end of 2016", "DATE", "2016", "2016"),
    ("It opened at the beginning of 2016 as planned.", "the beginning of 2016", "DATE", "2016", "2016"),
    ("It opened in the summer of 2012 as planned.", "the summer of 2012", "DATE", "2012-SU", "2012-SU"),
    ("It opened in spring 2014 as planned.", "spring 2014", "DATE", "2014-SP", "2014-SP"),
    ("It opened in the year 2000 as planned.", "the year 2000", "DATE", "2000", "2000"),
    ("It opened on Thursday as planned.", "Thursday", "DATE", "2016-12-15", "XXXX-WXX-4"),
    ("It opened on Friday as planned.", "Friday", "DATE", "2016-12-09", "XXXX-WXX-5"),
    ("It opened Friday night as planned.", "Friday night", "TIME", "2016-12-09TNI", "XXXX-WXX-5TNI"),
    ("It opened on Nov. 23 as planned.", "Nov. 23", "DATE", "2016-11-23", "XXXX-11-23"),
    ("It opened on November 23rd as planned.", "November 23rd", "DATE", "2016-11-23", "XXXX-11-23"),
    ("It opened on 23 November as planned.", "23 November", "DATE", "2016-11-23", "XXXX-11-23"),
    ("It opened in March as planned.", "March", "DATE", "2016-03", "XXXX-03"),
    ("It opened in September as planned.", "September", "DATE", "2016-09", "XXXX-09"),
    ("It opened last March as planned.", "last March", "DATE", "2016-03", "XXXX-03"),
    ("It opens next March as planned.", "next March", "DATE", "2017-03", "XXXX-03"),
    ("It opened in early June as planned.", "early June", "DATE", "2016-06", "XXXX-06"),
    ("The rule takes effect Jan. 1, officials said.", "Jan. 1", "DATE", "2017-01-01", "XXXX-01-01"),
    ("Results for the latest quarter were flat.", "the latest quarter", "DATE", "2016-Q3", "XXXX-QX"),
    # --- relative, resolved against the publication date
    ("It opened yesterday as planned.", "yesterday", "DATE", "2016-12-14", "XXXX-XX-XX"),
    ("It opens today as planned.", "today", "DATE", "2016-12-15", "XXXX-XX-XX"),
    ("It opens tomorrow as planned.", "tomorrow", "DATE", "2016-12-16", "XXXX-XX-XX"),
    ("It opened yesterday morning as planned.", "yesterday morning", "TIME", "2016-12-14TMO", "XXXX-XX-XXTMO"),
    ("It opened last week as planned.", "last week", "DATE", "2016-W49", "XXXX-WXX"),
    ("It opens this week as planned.", "this week", "DATE", "2016-W50", "XXXX-WXX"),
    ("It opens next week as planned.", "next week", "DATE", "2016-W51", "XXXX-WXX"),
    ("It opened this year as planned.", "this year", "DATE", "2016", "XXXX"),
    ("It opened last year as planned.", "last year", "DATE", "2015", "XXXX"),
    ("It opens next year as planned.", "next year", "DATE", "2017", "XXXX"),
    ("It opened last month as planned.", "last month", "DATE", "2016-11", "XXXX-XX"),
    ("It opens next month as planned.", "next month", "DATE", "2017-01", "XXXX-XX"),
    ("It opened this month as planned.", "this month", "DATE", "2016-12", "XXXX-XX"),
    ("It opened last quarter as planned.", "last quarter", "DATE", "2016-Q3", "XXXX-QX"),
    ("It opened this weekend as planned.", "this weekend", "DATE", "2016-W50-WE", "XXXX-WXX-WE"),
    ("It opened last Friday as planned.", "last Friday", "DATE", "2016-12-09", "XXXX-WXX-5"),
    ("It opens next Monday as planned.", "next Monday", "DATE", "2016-12-19", "XXXX-WXX-1"),
    ("It opened this summer as planned.", "this summer", "DATE", "2016-SU", "XXXX-SU"),
    ("It opened last winter as planned.", "last winter", "DATE", "2015-WI", "XXXX-WI"),
    ("Earlier this year, the media announced", "Earlier this year", "DATE", "2016", "XXXX"),
    ("Later this year, the media will announce", "Later this year", "DATE", "2016", "XXXX"),
    ("Earlier this month, the media announced", "Earlier this month", "DATE", "2016-12", "XXXX-XX"),
    ("It opened two years ago as planned.", "two years ago", "DATE", "2014", "XXXX"),
    ("It opened three days ago as planned.", "three days ago", "DATE", "2016-12-12", "XXXX-XX-XX"),
    ("It opened six months ago as planned.", "six months ago", "DATE", "2016-06", "XXXX-XX"),
    ("It opened a week ago as planned.", "a week ago", "DATE", "2016-W49", "XXXX-WXX"),
    ("It opened a decade ago as planned.", "a decade ago", "DATE", "200", "XXX"),
    ("The road was paved a millennium ago, he said.", "a millennium ago", "DATE", "1", "X"),
    ("It opened about 20 years ago as planned.", "about 20 years ago", "DATE", "1996", "XXXX"),
    ("It opens two weeks from now as planned.", "two weeks from now", "DATE", "2016-W52", "XXXX-WXX"),
    ("Prices rose in the past five years overall.", "the past five years", "DURATION", "P5Y", "P5Y"),
    ("Prices rose over the last two decades overall.", "the last two decades", "DURATION", "P2DE", "P2DE"),
    ("Prices rose in the past year overall.", "the past year", "DURATION", "P1Y", "P1Y"),
    ("Prices will rise in the next three months.", "the next three months", "DURATION", "P3M", "P3M"),
    ("Prices will rise in the coming months.", "the coming months", "DATE", "FUTURE_REF", "FUTURE_REF"),
    ("Prices rose in recent years overall.", "recent years", "DATE", "PAST_REF", "PAST_REF"),
    ("Prices rose in the past weeks overall.", "the past weeks", "DATE", "PAST_REF", "PAST_REF"),
    ("It is now clear that", "now", "DATE", "PRESENT_REF", "PRESENT_REF"),
    ("It is currently unclear", "currently", "DATE", "PRESENT_REF", "PRESENT_REF"),
    ("Although recently Russia has", "recently", "DATE", "PAST_REF", "PAST_REF"),
    ("More recently, Russian sources revealed", "More recently", "DATE", "PAST_REF", "PAST_REF"),
    ("Prices fell in the past, he said.", "the past", "DATE", "PAST_REF", "PAST_REF"),
    ("Prices may fall in the future, he said.", "the future", "DATE", "FUTURE_REF", "FUTURE_REF"),
    ("Prices fell this morning, he said.", "this morning", "TIME", "2016-12-15TMO", "XXXX-XX-XXTMO"),
    ("Prices fell this afternoon, he said.", "this afternoon", "TIME", "2016-12-15TAF", "XXXX-XX-XXTAF"),
    ("Prices fell last night, he said.", "last night", "TIME", "2016-12-14TNI", "XXXX-XX-XXTNI"),
    ("Prices fall tonight, he said.", "tonight", "TIME", "2016-12-15TNI", "XXXX-XX-XXTNI"),
    ("Results are due later in the year, he said.", "the year", "DATE", "2016", "XXXX"),
    ("Results are due by the end of the year, he said.", "the end of the year", "DATE", "2016", "XXXX"),
    # --- times
    ("The vote closed at 4:30 p.m. on the day.", "4:30 p.m.", "TIME", "2016-12-15T16:30", "XXXX-XX-XXT16:30"),
    ("The vote closed at 9 a.m. on the day.", "9 a.m.", "TIME", "2016-12-15T09:00", "XXXX-XX-XXT09:00"),
    ("The vote closed at 11pm on the day.", "11pm", "TIME", "2016-12-15T23:00", "XXXX-XX-XXT23:00"),
    ("The vote closed at 12 p.m. on the day.", "12 p.m.", "TIME", "2016-12-15T12:00", "XXXX-XX-XXT12:00"),
    ("The vote closed at 16:30 GMT on the day.", "16:30 GMT", "TIME", "2016-12-15T16:30", "XXXX-XX-XXT16:30"),
    ("The vote closed at midnight on the day.", "midnight", "TIME", "2016-12-15T24:00", "XXXX-XX-XXT24:00"),
    ("The vote closed at noon on the day.", "noon", "TIME", "2016-12-15T12:00", "XXXX-XX-XXT12:00"),
    ("The vote closed at nine o'clock on the day.", "nine o'clock", "TIME", "2016-12-15T09:00", "XXXX-XX-XXT09:00"),
    # --- durations
    ("The talks lasted six months in all.", "six months", "DURATION", "P6M", "P6M"),
    ("for many years, Russia and Iran", "many years", "DURATION", "PXY", "PXY"),
    ("The talks lasted a decade in all.", "a decade", "DURATION", "P1DE", "P1DE"),
    ("The talks lasted two decades in all.", "two decades", "DURATION", "P2DE", "P2DE"),
    ("The talks lasted three days in all.", "three days", "DURATION", "P3D", "P3D"),
    ("The talks lasted 24 hours in all.", "24 hours", "DURATION", "PT24H", "PT24H"),
    ("The talks lasted 30 minutes in all.", "30 minutes", "DURATION", "PT30M", "PT30M"),
    ("The talks lasted 90 seconds in all.", "90 seconds", "DURATION", "PT90S", "PT90S"),
    ("The talks lasted several weeks in all.", "several weeks", "DURATION", "PXW", "PXW"),
    ("The talks lasted a few months in all.", "a few months", "DURATION", "PXM", "PXM"),
    ("The talks lasted more than two years in all.", "more than two years", "DURATION", "P2Y", "P2Y"),
    ("The talks lasted about three years in all.", "about three years", "DURATION", "P3Y", "P3Y"),
    ("The talks lasted nearly 40 years in all.", "nearly 40 years", "DURATION", "P40Y", "P40Y"),
    ("The talks lasted two and a half years in all.", "two and a half years", "DURATION", "P2.5Y", "P2.5Y"),
    ("The talks lasted 18 months in all.", "18 months", "DURATION", "P18M", "P18M"),
    ("The talks lasted twenty-five years in all.", "twenty-five years", "DURATION", "P25Y", "P25Y"),
    ("The talks lasted a year in all.", "a year", "DURATION", "P1Y", "P1Y"),
    ("The talks lasted an hour in all.", "an hour", "DURATION", "PT1H", "PT1H"),
    ("They issued a 30-year bond in all.", "30-year", "DURATION", "P30Y", "P30Y"),
    ("A five-year plan was drafted.", "five-year", "DURATION", "P5Y", "P5Y"),
    ("The man, 50 years old, said", "50 years old", "DURATION", "P50Y", "P50Y"),
    ("They have fought for years in Syria.", "years", "DURATION", "PXY", "PXY"),
    ("They have fought for decades in Syria.", "decades", "DURATION", "PXDE", "PXDE"),
    ("The war lasted two centuries in all.", "two centuries", "DURATION", "P2CE", "P2CE"),
    ("The war lasted a couple of weeks in all.", "a couple of weeks", "DURATION", "P2W", "P2W"),
    ("The talks lasted a dozen years in all.", "a dozen years", "DURATION", "P12Y", "P12Y"),
    ("Prices rose over the past 24 hours in all.", "the past 24 hours", "DURATION", "PT24H", "PT24H"),
    ("Two years later, the war ended.", "Two years later", "DATE", "XXXX", "XXXX"),
    ("A year earlier, profits were lower.", "A year earlier", "DATE", "2015", "XXXX"),
    ("Two years before the war, they met.", "Two years", "DURATION", "P2Y", "P2Y"),
    ("It opens the next day as planned.", "the next day", "DATE", "2016-12-16", "XXXX-XX-XX"),
    ("The storm hits late Saturday, they said.", "late Saturday", "DATE", "2016-12-10", "XXXX-WXX-6"),
    ("The storm hit early Sunday morning, they said.", "early Sunday morning", "TIME", "2016-12-11TMO", "XXXX-WXX-7TMO"),
    ("Last year's season was busy.", "Last year", "DATE", "2015", "XXXX"),
    ("It opened on Christmas Day as planned.", "Christmas Day", "DATE", "2016-12-25", "XXXX-12-25"),
    ("It opened on Thanksgiving 2015 as planned.", "Thanksgiving 2015", "DATE", "2015-11-26", "2015-11-26"),
    ("It opened on New Year's Eve as planned.", "New Year's Eve", "DATE", "2016-12-31", "XXXX-12-31"),
    ("Workers earn $15 an hour at the plant.", "an hour", "SET", "PT1H", "PT1H"),
    ("The empire lasted 1,000 years in all.", "1,000 years", "DURATION", "P1000Y", "P1000Y"),
    ("The talks lasted a year and a half in all.", "a year and a half", "DURATION", "P1.5Y", "P1.5Y"),
    ("Sales rose in the mid-1990s overall.", "the mid-1990s", "DATE", "199", "199"),
    ("Sales rose in the 80s overall.", "the 80s", "DATE", "198", "198"),
    ("Sales rose over the weekend overall.", "the weekend", "DATE", "2016-W50-WE", "XXXX-WXX-WE"),
    ("Sales rose over the last few years overall.", "the last few years", "DURATION", "PXY", "PXY"),
    ("Sales rose in recent days overall.", "recent days", "DATE", "PAST_REF", "PAST_REF"),
    ("Sales rose over the past decade overall.", "the past decade", "DURATION", "P1DE", "P1DE"),
    ("Sales rose over the past 12 months overall.", "the past 12 months", "DURATION", "P12M", "P12M"),
    ("Sales will rise early next year overall.", "early next year", "DATE", "2017", "XXXX"),
    ("Sales will rise later this month overall.", "later this month", "DATE", "2016-12", "XXXX-XX"),
    ("Sales will rise by the end of next year overall.", "the end of next year", "DATE", "2017", "XXXX"),
    ("Sales will rise by year-end overall.", "year-end", "DATE", "2016", "XXXX"),
    ("Sales rose in the late 19th century overall.", "the late 19th century", "DATE", "18", "18"),
    ("Sales rose on Sunday, Nov. 27, officials said.", "Sunday, Nov. 27", "DATE", "2016-11-27", "XXXX-11-27"),
    ("Sales were the highest in decades, officials said.", "decades", "DURATION", "PXDE", "PXDE"),
    ("Sales fell within days of the vote.", "days", "DURATION", "PXD", "PXD"),
    ("Talks resume in the first week of March 2017.", "the first week of March 2017", "DATE", "2017-W09", "2017-W09"),
    ("Talks resumed in the last week of November.", "the last week of November", "DATE", "2016-W48", "XXXX-WXX"),
    ("Sales fell this past weekend, officials said.", "this past weekend", "DATE", "2016-W49-WE", "XXXX-WXX-WE"),
    ("Sales open this coming Friday, officials said.", "this coming Friday", "DATE", "2016-12-16", "XXXX-WXX-5"),
    ("It was the year's biggest deal.", "the year", "DATE", "2016", "XXXX"),
    ("Growth was the slowest of the decade, he said.", "the decade", "DATE", "201", "XXX"),
    ("Profit in the quarter rose, he said.", "the quarter", "DATE", "2016-Q3", "XXXX-QX"),
    # --- sets
    ("The report is published every year by", "every year", "SET", "P1Y", "P1Y"),
    ("The report is published annually by", "annually", "SET", "P1Y", "P1Y"),
    ("The report is published each month by", "each month", "SET", "P1M", "P1M"),
    ("The report is published every two years by", "every two years", "SET", "P2Y", "P2Y"),
    ("The report is published every other week by", "every other week", "SET", "P2W", "P2W"),
    ("The report is published every Monday by", "every Monday", "SET", "XXXX-WXX-1", "XXXX-WXX-1"),
    ("The report is published twice a year by", "twice a year", "SET", "P1Y", "P1Y"),
    ("The report is published weekly by", "weekly", "SET", "P1W", "P1W"),
    ("The report is published daily by", "daily", "SET", "P1D", "P1D"),
    ("The report is published quarterly by", "quarterly", "SET", "P3M", "P3M"),
    ("They export 3 million barrels a day to Asia.", "a day", "SET", "P1D", "P1D"),
    ("They spend 8 billion per year on arms.", "per year", "SET", "P1Y", "P1Y"),
]

# signals: (sentence, extent, value, mod, earliest, latest)
SIGNALS = [
    ("Since 2013 Russia has returned", "2013", "2013", "ON_OR_AFTER", "2013-01-01", None),
    ("The ban holds until 2020 at least.", "2020", "2020", "ON_OR_BEFORE", None, "2020-12-31"),
    ("Emissions fall by 2030 at the latest.", "2030", "2030", "ON_OR_BEFORE", None, "2030-12-31"),
    ("Prices rose since March 2013 overall.", "March 2013", "2013-03", "ON_OR_AFTER", "2013-03-01", None),
    ("It opened in early 2016 as planned.", "early 2016", "2016", "START", "2016-01-01", "2016-04-30"),
    ("It opened in mid-2015 as planned.", "mid-2015", "2015", "MID", "2015-05-01", "2015-08-31"),
    ("It opened in late 2010 as planned.", "late 2010", "2010", "END", "2010-09-01", "2010-12-31"),
    ("The talks lasted more than two years in all.", "more than two years", "P2Y", "MORE_THAN", None, None),
    ("The talks lasted about three years in all.", "about three years", "P3Y", "APPROX", None, None),
]


def _only(sentence, published=None):
    found = find_dates(sentence, published)
    assert len(found) == 1, [(f.text, f.norm) for f in found]
    return found[0]


@pytest.mark.parametrize("sentence, extent, ttype, value, _unres", CASES)
def test_find_dates_resolves_with_published(sentence, extent, ttype, value, _unres):
    m = _only(sentence, PUB)
    assert m.text == extent
    assert sentence[m.start:m.end] == extent
    assert m.norm["timex_type"] == ttype
    assert m.norm["value"] == value


@pytest.mark.parametrize("sentence, extent, ttype, _res, value", CASES)
def test_find_dates_underspecified_without_published(sentence, extent, ttype, _res, value):
    m = _only(sentence, None)
    assert m.text == extent
    assert m.norm["timex_type"] == ttype
    assert m.norm["value"] == value
    if ttype in ("DATE", "TIME") and (value.startswith("X") or value.endswith("_REF")):
        assert m.norm["anchor"] == "unresolved"
        assert m.norm["earliest"] is None and m.norm["latest"] is None


# extents that are dates only in their context: parse them with the words around them
_NEEDS_CONTEXT = {"years": "for years", "decades": "for decades", "days": "within days"}


# "a day" / "an hour" are SETs only after an amount ("3 million barrels a day"); alone they are DURATIONs
@pytest.mark.parametrize("sentence, extent, ttype, value, _unres", [c for c in CASES if c[1] not in ("a day", "an hour")])
def test_parse_date_normalizes_extent(sentence, extent, ttype, value, _unres):
    norm = parse_date(_NEEDS_CONTEXT.get(extent, extent), PUB)
    assert norm is not None
    assert (norm["timex_type"], norm["value"]) == (ttype, value)
    assert set(D.NORM_KEYS) <= set(norm)


@pytest.mark.parametrize("sentence, extent, value, mod, earliest, latest", SIGNALS)
def test_find_dates_mod_and_bounds(sentence, extent, value, mod, earliest, latest):
    m = _only(sentence, PUB)
    assert (m.text, m.norm["value"], m.norm["mod"]) == (extent, value, mod)
    assert (m.norm["earliest"], m.norm["latest"]) == (earliest, latest)


@pytest.mark.parametrize("text, value, mod, earliest, latest", [
    ("since 2013", "2013", "ON_OR_AFTER", "2013-01-01", None),
    ("Since 2013", "2013", "ON_OR_AFTER", "2013-01-01", None),
    ("in 2010", "2010", None, "2010-01-01", "2010-12-31"),
    ("until 2020", "2020", "ON_OR_BEFORE", None, "2020-12-31"),
    ("by 2030", "2030", "ON_OR_BEFORE", None, "2030-12-31"),
    ("during the first six months of 2016", "2016-H1", None, "2016-01-01", "2016-06-30"),
    ("on November 23, 2015", "2015-11-23", None, "2015-11-23", "2015-11-23"),
    ("between 1996 and 2008", "1996", None, "1996-01-01", "2008-12-31"),
])
def test_parse_date_drops_prepositions_and_sets_mod(text, value, mod, earliest, latest):
    norm = parse_date(text)
    assert (norm["value"], norm["mod"], norm["earliest"], norm["latest"]) == (value, mod, earliest, latest)


def test_parse_date_relative_anchor_and_bounds():
    res = parse_date("Earlier this year", PUB)
    assert res == {"timex_type": "DATE", "value": "2016", "mod": "START", "earliest": "2016-01-01",
                   "latest": PUB, "anchor": "published"}
    unres = parse_date("Earlier this year")
    assert unres == {"timex_type": "DATE", "value": "XXXX", "mod": "START", "earliest": None,
                     "latest": None, "anchor": "unresolved"}
    assert parse_date("recently", PUB)["latest"] == PUB
    assert parse_date("the coming months", PUB)["earliest"] == PUB
    past5 = parse_date("the past five years", PUB)
    assert (past5["earliest"], past5["latest"], past5["anchor"]) == ("2011-12-15", PUB, "published")
    assert parse_date("2015")["anchor"] == "absolute"


@pytest.mark.parametrize("published", ["2016-12-15", "2016-12-15T08:30:00Z", "2016-12-15 08:30"])
def test_parse_date_accepts_datetime_published(published):
    assert parse_date("yesterday", published)["value"] == "2016-12-14"


@pytest.mark.parametrize("published", [None, "", "not a date", "2016-13-45"])
def test_parse_date_never_uses_the_clock(published):
    norm = parse_date("yesterday", published)
    assert norm["value"] == "XXXX-XX-XX" and norm["anchor"] == "unresolved"


@pytest.mark.parametrize("tense, value", [("past", "2016-12-09"), ("future", "2016-12-16"), (None, "2016-12-09")])
def test_parse_date_weekday_follows_tense(tense, value):
    assert parse_date("Friday", PUB, tense=tense)["value"] == value


@pytest.mark.parametrize("tense, value", [("past", "2015-03"), ("future", "2016-03"), (None, "2016-03")])
def test_parse_date_month_follows_tense(tense, value):
    # published 2016-02-10: with no tense, the closest March within [-9, +3) months is 2016's
    assert parse_date("March", "2016-02-10", tense=tense)["value"] == value


@pytest.mark.parametrize("text, published, tense, value", [
    ("Jan. 1", "1989-11-02", None, "1990-01-01"), ("Jan. 1", "1989-11-02", "past", "1989-01-01"),
    ("Dec. 31", "2017-01-03", None, "2016-12-31"), ("Dec. 31", "2017-01-03", "future", "2017-12-31"),
    ("the fourth quarter", "2017-02-10", None, "2016-Q4"), ("the first quarter", "2017-02-10", None, "2017-Q1"),
    ("the second half", "2017-02-10", None, "2016-H2"), ("the winter", "2017-01-10", None, "2016-WI"),
    ("the summer", "2016-12-15", None, "2016-SU"),
    ("August", "1989-11-02", None, "1989-08"), ("December", "1989-11-02", None, "1989-12"),
])
def test_parse_date_year_of_month_day_near_publication(text, published, tense, value):
    assert parse_date(text, published, tense=tense)["value"] == value


def test_find_dates_between_gives_two_endpoints_with_interval():
    text = "Between 1996 and 2008, Iran's portion did not rise above 0.8 percent."
    found = find_dates(text, PUB)
    assert [(f.text, f.norm["value"], f.norm["range_role"]) for f in found] == [
        ("1996", "1996", "start"), ("2008", "2008", "end")]
    assert all((f.norm["earliest"], f.norm["latest"]) == ("1996-01-01", "2008-12-31") for f in found)


@pytest.mark.parametrize("text, spans", [
    ("from 2007 to 2010 it grew", [("2007", "2007"), ("2010", "2010")]),
    ("from March to June 2015 it grew", [("March", "2015-03"), ("June 2015", "2015-06")]),
    ("between January 5, 2015 and March 2016 it grew", [("January 5, 2015", "2015-01-05"), ("March 2016", "2016-03")]),
    ("on Nov. 23-25, 2015 it grew", [("Nov. 23", "2015-11-23"), ("25, 2015", "2015-11-25")]),
])
def test_find_dates_ranges_split_into_endpoints(text, spans):
    found = find_dates(text, PUB)
    assert [(f.text, f.norm["value"]) for f in found] == spans


@pytest.mark.parametrize("text, first, second", [("2007–2010", "2007", "2010"), ("2015-16", "2015", "2016"),
                                                 ("1998-2003", "1998", "2003"), ("1988-89", "1988", "1989")])
def test_find_dates_dash_range_gives_both_years(text, first, second):
    found = find_dates(f"It grew in {text} overall.")
    a, b = text.replace("–", "-").split("-")
    assert [(f.text, f.norm["value"], f.norm["range_role"]) for f in found] == [
        (a, first, "start"), (b, second, "end")]
    assert all((f.norm["earliest"], f.norm["latest"]) == (f"{first}-01-01", f"{second}-12-31") for f in found)


def test_find_dates_slash_year_is_one_mention_with_range_end():
    m = _only("Output fell in 2015/16, the ministry said.")
    assert (m.text, m.norm["value"], m.norm["range_end"]) == ("2015/16", "2015", "2016")


NEGATIVES = [
    "Russia froze the S-300 missile deal.",
    "Iran planned to purchase Su-30 warplanes and Yak-30 training aircraft.",
    "K-300 coastal defense systems were listed.",
    "Iran was only the 19th largest economic partner.",
    "They concluded an $8 billion arms deal.",
    "It cost $2015 in total.",
    "It rose 2015 percent.",
    "The team won 3-2 on the night.",  # 'on the night' has no date
    "Upgrade to version 2.0 or iOS 10.3 now",
    "about 1,500–3,000 Iranian soldiers",
    "up to 10,000 Hezbollah militiamen",
    "He may resign, officials said.",
    "Thousands march in Moscow.",
    "Prime Minister Theresa May said so.",
    "Prices fall as demand drops.",
    "They spring into action.",
    "He was elected for a second term.",
    "Wait a minute, he said.",
    "The score was 21:14 at half time.",
    "He scored 12,000 points and 2.5 assists.",
    "He will come as soon as possible.",
    "The Sunday Times reported it.",
    "The Good Friday Agreement holds.",
    "After the fall of Rome, chaos followed.",
    "They blamed the fall in prices.",
    "It was the summer of love.",
    "Route 66 and Highway 1999-B",
    "Call 555-2016 for details.",
    "Room 2010A is closed.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_find_dates_rejects_non_dates(text):
    found = [f for f in find_dates(text, PUB) if f.text.lower() != "now"]
    assert found == [], [(f.text, f.norm["value"]) for f in found]


@pytest.mark.parametrize("value, earliest, latest", [
    ("2016", "2016-01-01", "2016-12-31"), ("2016-02", "2016-02-01", "2016-02-29"),
    ("2016-W50", "2016-12-12", "2016-12-18"), ("2016-Q3", "2016-07-01", "2016-09-30"),
    ("2016-H2", "2016-07-01", "2016-12-31"), ("2016-WI", "2016-12-01", "2017-02-28"),
    ("199", "1990-01-01", "1999-12-31"), ("20", "2000-01-01", "2099-12-31"),
    ("2016-12-15T16:30", "2016-12-15", "2016-12-15"), ("XXXX-11", None, None), ("PAST_REF", None, None),
])
def test_value_bounds_covers_timex_values(value, earliest, latest):
    assert value_bounds(value) == (earliest, latest)


@pytest.mark.parametrize("text, expected", [
    ("In 1945, the city lay in ruins. Seventy years later, it hosts the Games.",
     [("1945", "1945"), ("Seventy years later", "2015")]),
    ("The deal was signed in March 2010; the following year it collapsed.",
     [("March 2010", "2010-03"), ("the following year", "2011")]),
    ("It was signed on May 3, 2010, and ratified the next day.", [("May 3, 2010", "2010-05-03"), ("the next day", "2010-05-04")]),
    ("It was signed in 2010, and ratified the next day.", [("2010", "2010"), ("the next day", "XXXX-XX-XX")]),
    ("It was signed in 2010. That year was hard.", [("2010", "2010"), ("That year", "2010")]),
    ("Shops open from Monday to Friday.", [("Monday", "2016-12-12"), ("Friday", "2016-12-09")]),
])
def test_find_dates_narrative_relative_to_last_date(text, expected):
    assert [(f.text, f.norm["value"]) for f in find_dates(text, PUB)] == expected


def test_find_dates_is_deterministic():
    text = "Since 2013 and on Friday, between 1996 and 2008, recently, every year."
    assert find_dates(text, PUB) == find_dates(text, PUB)


# ------------------------------------------------------------------ property tests: offsets
_PIECES = [c[0] for c in CASES[::3]] + NEGATIVES[::2] + ["", " ", "\n\n", "—", "and then, "]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), st.sampled_from([None, PUB]))
def test_find_dates_offsets_index_the_text(pieces, published):
    text = " ".join(pieces)
    found = find_dates(text, published)
    last_end = -1
    for f in found:
        assert text[f.start:f.end] == f.text and f.text.strip() == f.text and f.text
        assert f.start >= last_end  # sorted, non-overlapping
        last_end = f.end
        assert f.norm["timex_type"] in D.TIMEX_TYPES


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Sc")), max_size=80))
def test_find_dates_never_crashes_on_arbitrary_text(text):
    for f in find_dates(text, PUB):
        assert text[f.start:f.end] == f.text


# ------------------------------------------------------------------ rule data validation
def _write(tmp_path, name, rows):
    p = tmp_path / name
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return p


def test_load_grammar_every_rule_has_an_id():
    g = D.load_grammar()
    ids = [p.id for p in g.patterns]
    assert len(ids) == len(set(ids)) and all(ids)


@pytest.mark.parametrize("row, message", [
    ({"id": "x", "handler": "nope", "pattern": "a"}, "unknown handler"),
    ({"id": "x", "handler": "year", "pattern": "(unclosed"}, "bad regular expression"),
    ({"id": "x", "handler": "year", "pattern": "{NOPE}"}, "unknown block"),
    ({"handler": "year", "pattern": "a"}, "'id'"),
])
def test_load_grammar_names_the_bad_rule(tmp_path, row, message):
    p = _write(tmp_path, "bad_patterns.jsonl", [row])
    with pytest.raises(DateRuleError, match=message) as info:
        D.load_grammar(p, D.WORDS_FILE)
    assert "bad_patterns.jsonl" in str(info.value)


def test_load_grammar_names_the_bad_word(tmp_path):
    p = _write(tmp_path, "bad_words.jsonl", [{"id": "w", "class": "colour", "forms": ["red"], "value": 1}])
    with pytest.raises(DateRuleError, match=r"bad_words.jsonl:1 \(id 'w'\): class"):
        D.load_grammar(D.PATTERNS_FILE, p)


# ------------------------------------------------------------------ the spaCy component
def _run(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _dates(doc):
    return [(s.text, s._.norm["timex_type"], s._.norm["value"]) for s in doc.spans["claims_dates"]]


def test_component_one_token_range_stays_one_mention():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates")
    doc = _run(nlp, "Imports doubled in 2011–2013 and again in 1994-95.", PUB)
    assert _dates(doc) == [("2011–2013", "DATE", "2011"), ("1994", "DATE", "1994"), ("95", "DATE", "1995")]
    assert doc.spans["claims_dates"][0]._.norm["range_end"] == "2013"


def test_component_sets_empty_group_on_blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates")
    doc = nlp("Nothing temporal here.")
    assert "claims_dates" in doc.spans and list(doc.spans["claims_dates"]) == []


def test_component_works_without_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates")
    doc = _run(nlp, "Since 2013 Russia has returned, and in 2015 it fought.", PUB)
    assert _dates(doc) == [("2013", "DATE", "2013"), ("2015", "DATE", "2015")]
    assert doc.spans["claims_dates"][0]._.origin == "rule:year-bare"


SEED_EXPECTED = {  # text -> (timex_type, value with 2016-12-15, value without)
    "November 23, 2015": ("DATE", "2015-11-23", "2015-11-23"),
    "2013": ("DATE", "2013", "2013"),
    "1996": ("DATE", "1996", "1996"),
    "2008": ("DATE", "2008", "2008"),
    "the first six months of 2016": ("DATE", "2016-H1", "2016-H1"),
    "the first six months of 2015": ("DATE", "2015-H1", "2015-H1"),
    "many years": ("DURATION", "PXY", "PXY"),
    "2007": ("DATE", "2007", "2007"),
    "2010": ("DATE", "2010", "2010"),
    "Earlier this year": ("DATE", "2016", "XXXX"),
    "recently": ("DATE", "PAST_REF", "PAST_REF"),
    "More recently": ("DATE", "PAST_REF", "PAST_REF"),
}


@pytest.mark.parametrize("published", [None, "2016-12-15"])
def test_component_seed_article_dates(full_nlp, seed_text, published):
    doc = _run(full_nlp, seed_text, published)
    got = {}
    for s in doc.spans["claims_dates"]:
        assert doc.text[s.start_char:s.end_char] == s.text
        got.setdefault(s.text, []).append(s._.norm)
    for text, (ttype, val_pub, val_none) in SEED_EXPECTED.items():
        assert text in got, (text, sorted(got))
        assert got[text][0]["timex_type"] == ttype
        assert got[text][0]["value"] == (val_pub if published else val_none)
    since = [n for n in got["2013"]][0]
    assert since["mod"] == "ON_OR_AFTER" and since["earliest"] == "2013-01-01" and since["latest"] is None
    assert got["1996"][0]["latest"] == "2008-12-31"
    h1 = got["the first six months of 2016"][0]
    assert (h1["earliest"], h1["latest"]) == ("2016-01-01", "2016-06-30")
    earlier = got["Earlier this year"][0]
    assert earlier["mod"] == "START"
    assert earlier["anchor"] == ("published" if published else "unresolved")
    bad = {"S-300", "Su-30", "Yak-30", "K-300", "the 19th", "$8 billion", "0.8 percent"}
    assert not bad & set(got)
    assert all(s.label_ == "date" for s in doc.spans["claims_dates"])
    # merged mentions keep them
    merged = [s.text for s in doc.spans["mentions"] if s.label_ == "date"]
    assert "the first six months of 2016" in merged and "Earlier this year" in merged


@pytest.mark.parametrize("text, published, expected", [
    ("She said May would decide.", PUB, []),
    ("He may resign in May.", PUB, [("May", "DATE", "2016-05")]),
    ("Thousands march in Moscow every March.", PUB, [("every March", "SET", None)]),
    ("The army sent 2000 soldiers to the border.", PUB, []),
    ("In 2000 soldiers were sent.", PUB, [("2000", "DATE", "2000")]),
    ("They sent from 1500 to 2000 soldiers.", PUB, []),
    ("They fought from 1939 to 1945 in Europe.", PUB, [("1939", "DATE", "1939"), ("1945", "DATE", "1945")]),
    ("The minister will visit Moscow on Friday.", PUB, [("Friday", "DATE", "2016-12-16")]),
    ("The minister visited Moscow on Friday.", PUB, [("Friday", "DATE", "2016-12-09")]),
])
def test_component_uses_the_parse(full_nlp, text, published, expected):
    got = _dates(_run(full_nlp, text, published))
    if expected and expected[0][2] is None:
        assert [g[:2] for g in got] == [e[:2] for e in expected]
    else:
        assert got == expected


def test_component_keeps_or_drops_ner_dates():
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    dates = nlp.add_pipe("claims_dates")
    doc = nlp.make_doc("During the holiday season S-300 sales were the 19th best , since 2013 at least .")
    doc._.published = PUB
    words = [t.text for t in doc]
    def ent(first, n):
        i = words.index(first)
        return Span(doc, i, i + n, label="DATE")
    # NER spans: a vague but temporal phrase, a model name, an ordinal, and one overlapping a rule match
    doc.ents = [ent("the", 3), ent("S-300", 1), ent("19th", 1), ent("since", 2)]
    doc = dates(doc)
    got = {s.text: (s._.origin, s._.norm["value"]) for s in doc.spans["claims_dates"]}
    assert got == {"the holiday season": ("ner", None), "2013": ("rule:year-bare", "2013")}


def test_component_prefers_rules_over_same_ner_span():
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    dates = nlp.add_pipe("claims_dates")
    doc = nlp.make_doc("Talks end on Christmas Eve .")
    doc._.published = PUB
    doc.ents = [Span(doc, 3, 5, label="DATE")]
    doc = dates(doc)
    (span,) = doc.spans["claims_dates"]
    assert (span.text, span._.norm["value"], span._.origin) == ("Christmas Eve", "2016-12-24", "rule:holiday")


def test_component_survives_docbin_roundtrip(full_nlp):
    from spacy.tokens import DocBin

    doc = _run(full_nlp, "Since 2013 Russia has returned.", PUB)
    db = DocBin(store_user_data=True)
    db.add(doc)
    back = list(DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(full_nlp.vocab))[0]
    span = back.spans["claims_dates"][0]
    assert span._.norm["mod"] == "ON_OR_AFTER" and span._.origin == "rule:year-bare"


def test_component_drops_matches_that_cut_a_token():
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates")
    # the tokenizer keeps 'year.</p' together: a contracted 'this' would not be the date
    doc = _run(nlp, "a budget gap this year.</p><p>Next", PUB)
    assert all(s.text != "this" for s in doc.spans["claims_dates"])
    for s in doc.spans["claims_dates"]:
        assert doc.text[s.start_char:s.end_char] == s.text


@pytest.mark.parametrize("published", [None, PUB])
def test_find_dates_norms_match_the_mention_schema(published):
    jsonschema = pytest.importorskip("jsonschema")
    from pipeline.schemas import MENTION_SCHEMA, mention_record

    text = " ".join(c[0] for c in CASES) + " " + " ".join(s[0] for s in SIGNALS)
    validator = jsonschema.Draft202012Validator(MENTION_SCHEMA)
    found = find_dates(text, published)
    assert len(found) > 150
    for f in found:
        rec = mention_record("d", "date", f.text, f.start, f.end, "date", f"rule:{f.rule}", f.norm)
        validator.validate(rec)
        for bound in ("earliest", "latest"):
            if f.norm[bound] is not None:
                assert len(f.norm[bound]) == 10 and f.norm[bound][4] == "-"
        if f.norm["earliest"] and f.norm["latest"]:
            assert f.norm["earliest"] <= f.norm["latest"], (f.text, f.norm)


# ------------------------------------------------------------------ issue 14 families
@pytest.mark.parametrize("text, expected", [
    ("Residents returned after years of fighting.", [("years", "DURATION", "PXY")]),
    ("Hours after the blast, the market reopened.", [("Hours", "DURATION", "PTXH")]),
    ("The page sold out within seconds.", [("seconds", "DURATION", "PTXS")]),
    ("Rebuilding the bridge took months.", [("months", "DURATION", "PXM")]),
    ("They recalled the early days of the republic.", []),
    ("Those weeks of silence ended.", []),
])
def test_find_dates_bare_plural_durations(text, expected):
    assert [(f.text, f.norm["timex_type"], f.norm["value"]) for f in find_dates(text, PUB)] == expected


@pytest.mark.parametrize("text, value", [
    ("Spending will rise in the current fiscal year.", "FY2016"),
    ("Spending will rise next fiscal year.", "FY2017"),
    ("Spending fell last fiscal year.", "FY2015"),
])
def test_find_dates_relative_fiscal_year(text, value):
    m = _only(text, PUB)
    assert (m.norm["timex_type"], m.norm["value"], m.norm["earliest"]) == ("DATE", value, None)


def test_find_dates_back_then_is_the_time_last_mentioned():
    found = find_dates("The plant opened in 1998. Back then, it employed 400 people.", PUB)
    assert [(f.text, f.norm["value"]) for f in found] == [("1998", "1998"), ("Back then", "1998")]
    alone = _only("Back then, nobody worried.", PUB)
    assert (alone.norm["value"], alone.norm["latest"]) == ("PAST_REF", PUB)


@pytest.mark.parametrize("text, expected", [
    # the day last mentioned is the event's start: start + (N - 1) days
    ("Miners went on strike on Nov. 3. On the 12th day of the strike, the pits flooded.",
     [("Nov. 3", "2016-11-03"), ("the 12th day of the strike", "2016-11-14")]),
    ("On Oct. 2, students walked out. By the fifth day of the protest, schools were shut.",
     [("Oct. 2", "2016-10-02"), ("the fifth day of the protest", "2016-10-06")]),
    ("Dockers walked out on Nov. 1. On the seventeenth day of the walkout, ships were diverted.",
     [("Nov. 1", "2016-11-01"), ("the seventeenth day of the walkout", "2016-11-17")]),
    ("The blockade started Dec. 1 and on its third day the port closed.",
     [("Dec. 1", "2016-12-01"), ("its third day", "2016-12-03")]),
    # the day last mentioned is some other day, in an earlier sentence: left underspecified
    ("Talks were held on Nov. 28. The 40th day of the siege was quiet.",
     [("Nov. 28", "2016-11-28"), ("The 40th day of the siege", "XXXX-XX-XX")]),
    ("The union met on Dec. 2. Its 20th day of the boycott passed calmly.",
     [("Dec. 2", "2016-12-02"), ("Its 20th day of the boycott", "XXXX-XX-XX")]),
    # a start known only to the year: no day to count from
    ("The strike began in 2010. On its 100th day, talks resumed.",
     [("2010", "2010"), ("its 100th day", "XXXX-XX-XX")]),
])
def test_find_dates_nth_day_counts_from_the_start_only(text, expected):
    assert [(f.text, f.norm["value"]) for f in find_dates(text, PUB)] == expected


def test_find_dates_nth_day_of_an_event_is_the_day_mentioned():
    found = find_dates("On Nov. 28, 2016, the siege entered its 40th day.", PUB)
    assert [(f.text, f.norm["value"]) for f in found] == [("Nov. 28, 2016", "2016-11-28"), ("its 40th day", "2016-11-28")]
    # the n-th day of a calendar period is not the day last mentioned (nor the publication day)
    assert [(f.text, f.norm["value"]) for f in find_dates("Rent is due on the first day of March.", PUB)] == [
        ("March", "2016-03")]
    assert [(f.text, f.norm["value"]) for f in find_dates("On Nov. 28, 2016, talks began. The second day of "
                                                          "the year was calm.", PUB)] == [
        ("Nov. 28, 2016", "2016-11-28"), ("the year", "2016")]


@pytest.mark.parametrize("text, value", [
    ("Turnout on Election Day was high.", "2016-11-08"),  # the nearest one to 2016-12-15
    ("In 2009, a million people filled the Mall on Inauguration Day.", "2009-01-20"),  # the year in focus
    ("Protesters plan to march on Inauguration Day.", "2017-01-20"),
])
def test_find_dates_named_days(text, value):
    assert [f.norm["value"] for f in find_dates(text, PUB) if f.rule == "holiday"] == [value]


@pytest.mark.parametrize("text, published, expected", [
    # a year right after the name sets its year (and stays a DATE of its own)
    ("Security was tight on Inauguration Day in 2005.", PUB,
     [("Inauguration Day", "2005-01-20"), ("2005", "2005")]),
    ("Snow fell on Christmas Day of 2010 across the north.", PUB,
     [("Christmas Day", "2010-12-25"), ("2010", "2010")]),
    # a US inauguration falls only in the year after a presidential election (≡ 1 mod 4)
    ("Protesters plan to march on Inauguration Day.", "2019-03-01", [("Inauguration Day", "2021-01-20")]),
    ("Protesters plan to march on Inauguration Day.", "2013-02-10", [("Inauguration Day", "2013-01-20")]),
    ("Protesters plan to march on Inauguration Day.", None, [("Inauguration Day", "XXXX-01-20")]),
])
def test_find_dates_named_day_year_and_cycle(text, published, expected):
    assert [(f.text, f.norm["value"]) for f in find_dates(text, published)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Crowds on the Mall were smaller on Inauguration Day.", "2017-01-20"),  # past: the last one
    ("Unions will strike on Inauguration Day.", "2021-01-20"),  # future: the next one
])
def test_component_inauguration_day_direction_keeps_the_cycle(full_nlp, text, expected):
    doc = _run(full_nlp, text, "2019-03-01")
    assert [(t, v) for t, _, v in _dates(doc)] == [("Inauguration Day", expected)]


def test_load_grammar_names_a_bad_named_day(tmp_path):
    p = _write(tmp_path, "bad_words.jsonl", [{"id": "h", "class": "holiday", "forms": ["Flag Day"], "value": "6-14"}])
    with pytest.raises(DateRuleError, match=r"bad_words.jsonl:1 \(id 'h'\): a holiday value"):
        D.load_grammar(D.PATTERNS_FILE, p)


def test_find_dates_clock_time_on_a_weekday_is_one_time():
    m = _only("Polls close at 8 p.m. Sunday.", PUB)  # PUB is a Thursday: the nearest Sunday
    assert (m.text, m.norm["timex_type"], m.norm["value"]) == ("8 p.m. Sunday", "TIME", "2016-12-18T20:00")


def test_find_dates_rate_after_a_counted_noun_is_a_set():
    found = find_dates("The line carries 40,000 passengers a day.", PUB)
    assert [(f.text, f.norm["timex_type"], f.norm["value"]) for f in found] == [("a day", "SET", "P1D")]


@pytest.mark.parametrize("text, expected", [  # PUB 2016-12-15 is a Thursday
    ("Saturday's final is approaching fast.", [("Saturday", "2016-12-17")]),
    ("Saturday's final was a thriller.", [("Saturday", "2016-12-10")]),
    ("Monday's attack is the deadliest this year.", [("Monday", "2016-12-12"), ("this year", "2016")]),
    ("The runoff is on Sunday.", [("Sunday", "2016-12-18")]),
    ("Unions called a strike for Monday.", [("Monday", "2016-12-19")]),
    ("Riots over the weekend left three dead, officials said Tuesday.",
     [("the weekend", "2016-W49-WE"), ("Tuesday", "2016-12-13")]),
    ("The summit is scheduled for Friday. That day, leaders will sign the accord.",
     [("Friday", "2016-12-16"), ("That day", "2016-12-16")]),
    # a date inside the subject of a reported clause takes that clause's tense, even when the
    # tagger reads the subject's plural noun as a verb ('clashes', 'storms' VBZ)
    ("Officials said Wednesday that clashes over the weekend left dozens injured.",
     [("Wednesday", "2016-12-14"), ("the weekend", "2016-W49-WE")]),
    ("Residents said Wednesday that storms over the weekend cut power to thousands.",
     [("Wednesday", "2016-12-14"), ("the weekend", "2016-W49-WE")]),
    ("Organizers said Wednesday that marches on Saturday will continue.",
     [("Wednesday", "2016-12-14"), ("Saturday", "2016-12-17")]),
])
def test_component_weekday_direction_from_the_clause(full_nlp, text, expected):
    doc = _run(full_nlp, text, PUB)
    assert [(t, v) for t, _, v in _dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    ('"Our forces crossed the river yesterday," the general said on Tuesday.',
     [("yesterday", "2016-12-12"), ("Tuesday", "2016-12-13")]),
    ("\u201cIt was quiet last night,\u201d the mayor told reporters Monday.",
     [("last night", "2016-12-11TNI"), ("Monday", "2016-12-12")]),
    # reported speech without quotes keeps the publication frame
    ("The general said on Tuesday that the forces crossed the river yesterday.",
     [("Tuesday", "2016-12-13"), ("yesterday", "2016-12-14")]),
])
def test_component_quotes_count_from_the_day_they_were_said(full_nlp, text, expected):
    doc = _run(full_nlp, text, PUB)
    assert [(t, v) for t, _, v in _dates(doc)] == expected


def test_find_dates_clock_time_takes_the_day_named_earlier_in_its_sentence():
    found = find_dates("Floods hit the city on Tuesday night, and power failed shortly after midnight. "
                       "Officials spoke at 9 a.m.", PUB)
    assert [(f.text, f.norm["value"]) for f in found] == [
        ("Tuesday night", "2016-12-13TNI"), ("midnight", "2016-12-13T24:00"), ("9 a.m.", "2016-12-15T09:00")]


def test_find_dates_count_with_an_adjective_is_a_duration():
    assert [(f.text, f.norm["value"]) for f in find_dates("Markets fell for three straight weeks.", PUB)] == [
        ("three straight weeks", "P3W")]


@pytest.mark.parametrize("text, expected", [
    ("Prices started rising years ago.", [("years ago", "DATE", "PAST_REF")]),
    ("Polls close at 9 p.m. tonight.", [("9 p.m. tonight", "TIME", "2016-12-15T21:00")]),
    ("He scored a minute into extra time.", [("a minute", "DURATION", "PT1M")]),
    ("It was a minute detail.", []),
    ("The People's Daily said so.", []),
    ("The index is published daily.", [("daily", "SET", "P1D")]),
    ("They scored seconds from the end.", [("seconds", "DURATION", "PTXS")]),
])
def test_find_dates_second_blind_set_families(text, expected):
    assert [(f.text, f.norm["timex_type"], f.norm["value"]) for f in find_dates(text, PUB)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit rose in the second quarter from the year-earlier period.",
     [("the second quarter", "DATE", "2016-Q2"), ("the year-earlier period", "DATE", "2015-Q2")]),
    ("Profit rose from the year-earlier quarter.", [("the year-earlier quarter", "DATE", "2015")]),
    ("The offer expires at 5 p.m. EST Jan. 6.", [("5 p.m. EST Jan. 6", "TIME", "2017-01-06T17:00")]),
    ("Coupons are paid semiannually.", [("semiannually", "SET", "P6M")]),
])
def test_find_dates_financial_news_forms(text, expected):
    assert [(f.text, f.norm["timex_type"], f.norm["value"]) for f in find_dates(text, PUB)] == expected


# ------------------------------------------------------------------ review fixes
@pytest.mark.parametrize("head, unit, tail", [
    ("the past", " ", "x"),    # adjacent whitespace runs around an optional count
    ("", "1,", " a day"), ("", "1.", ""),    # a rate's amount started at every digit of a run
])
def test_find_dates_stays_linear_on_long_runs(head, unit, tail):
    from test_linear_time import BOUND, GROWTH, _cost

    def find(text):
        return find_dates(text, PUB)

    find("Warm up on May 3, 2015.")
    small, large = (head + unit * n + tail for n in (1250, 1250 * GROWTH))
    ratio = _cost(find, large) / _cost(find, small)  # the quadratic patterns: ~256
    assert ratio < BOUND, f"16x the text cost {ratio:.0f}x the work"


def test_find_dates_rate_and_anchored_duration_unchanged_by_the_linear_patterns():
    found = find_dates("Exports of 1,200,000 barrels a day grew over the past few years.", PUB)
    assert [(f.text, f.norm["value"]) for f in found] == [("a day", "P1D"), ("the past few years", "PXY")]


@pytest.mark.parametrize("text, value", [
    ("Talks began in the first week of January 2016.", "2016-W01"),    # Jan 1 2016 is in 2015-W53
    ("Talks began in the second week of January 2016.", "2016-W02"),
    ("Talks ended in the last week of December 2014.", "2014-W52"),    # Dec 31 2014 is in 2015-W01
    ("Talks ended in the last week of December 2015.", "2015-W53"),
])
def test_find_dates_week_of_a_month_stays_in_its_year(text, value):
    assert _only(text, PUB).norm["value"] == value


@pytest.mark.parametrize("published, tense, value", [
    ("2017-03-05", "past", "2016-02-29"),     # not 2017 (no Feb. 29), which left it unresolved
    ("2016-03-05", "future", "2020-02-29"),   # the next one
    ("2016-05-01", None, "2016-02-29"),
    ("2017-01-15", None, "XXXX-02-29"),       # no leap day near enough: unresolved, not a wrong year
])
def test_find_dates_feb_29_without_a_year_takes_a_leap_year(published, tense, value):
    m = _only("The rule took effect on Feb. 29.", published) if tense is None else \
        find_dates("The rule took effect on Feb. 29.", published, tense)[0]
    assert (m.text, m.norm["value"]) == ("Feb. 29", value)


def test_find_dates_clock_time_on_feb_29_keeps_the_day():
    found = find_dates("The polls closed at 5 p.m. Feb. 29.", "2017-03-05", "past")
    assert [(f.text, f.norm["value"]) for f in found] == [("5 p.m. Feb. 29", "2016-02-29T17:00")]


def test_find_dates_year_earlier_than_a_leap_day_is_a_real_day():
    found = find_dates("On Feb. 29, 2016, sales rose. The year-earlier period was weak.", PUB)
    assert [(f.norm["value"], f.norm["earliest"]) for f in found] == [
        ("2016-02-29", "2016-02-29"), ("2015-02-28", "2015-02-28")]


@pytest.mark.parametrize("text, published, value", [
    ("It was a cold winter this winter.", "2017-01-20", "2016-WI"),   # the one that began in December
    ("Snow fell last winter.", "2017-01-20", "2015-WI"),              # not the current one
    ("Crops failed last summer.", "2016-07-10", "2015-SU"),           # not the summer under way
    ("The trial starts next summer.", "2016-07-10", "2017-SU"),
    ("Snow fell last winter.", "2016-03-10", "2015-WI"),              # the one just ended
])
def test_find_dates_relative_season_across_the_year_boundary(text, published, value):
    assert [f.norm["value"] for f in find_dates(text, published)] == [value]


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "9999-12-31T23:59:59"])
def test_find_dates_placeholder_publication_date_counts_as_none(published):
    text = " ".join(case[0] for case in CASES)  # every family; 'tomorrow' on 9999-12-31 crashed
    assert [(f.text, f.norm) for f in find_dates(text, published)] == [(f.text, f.norm) for f in find_dates(text)]


@pytest.mark.parametrize("text, published, expected", [
    ("Snow closed schools from December to February 2016.", PUB,
     [("December", "2015-12"), ("February 2016", "2016-02")]),
    ("The office is shut between Dec. 28 and Jan. 3.", "2016-01-01",
     [("Dec. 28", "2015-12-28"), ("Jan. 3", "2016-01-03")]),
])
def test_find_dates_range_across_the_new_year(text, published, expected):
    found = find_dates(text, published)
    assert [(f.text, f.norm["value"]) for f in found] == expected  # was: no range (start after end)
    assert [f.norm["range_role"] for f in found] == ["start", "end"]


def test_component_reads_model_entities_with_its_own_rules(tmp_path):
    """A model DATE entity is normalized with the component's rule folder, not the shipped one."""
    for path in D.PATTERNS_FILE.parent.glob("date*.jsonl"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        (tmp_path / path.name).write_text("".join(l for l in lines if '"holiday-christmas"' not in l),
                                          encoding="utf-8")
    from spacy.tokens import Span
    nlp = spacy.blank("en")
    nlp.add_pipe("claims_dates", config={"rules": str(tmp_path)})
    doc = nlp.make_doc("Shops close on Christmas.")
    doc._.published = PUB
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    doc = nlp.get_pipe("claims_dates")(doc)
    # kept for detection without a value; the shipped rules gave 2016-12-25
    assert [(s.text, s._.norm["value"]) for s in doc.spans["claims_dates"]] == [("Christmas", None)]


def test_find_dates_signal_of_any_length_from_the_lexicon(tmp_path):
    words = D.WORDS_FILE.read_text(encoding="utf-8").replace(
        '"forms": ["until", "till", "by"]', '"forms": ["until", "till", "by", "no later than"]')
    assert "no later than" in words
    (tmp_path / "date_words.jsonl").write_text(words, encoding="utf-8")
    g = D.load_grammar(D.PATTERNS_FILE, tmp_path / "date_words.jsonl")
    m = find_dates("Debts are due no later than 2020.", PUB, grammar=g)[0]
    assert (m.text, m.norm["mod"], m.norm["earliest"]) == ("2020", "ON_OR_BEFORE", None)  # a 7-character window missed it
    assert find_dates("Prices rose since  2013.", PUB)[0].norm["mod"] == "ON_OR_AFTER"
