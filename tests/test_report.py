"""pipeline.report without a browser: nesting of overlapping spans, escaping, self-containment."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from hypothesis import given, settings, strategies as st

from pipeline.api import read_records
from pipeline.report import Item, render_report, render_spans, script_hash, SCRIPT
from tests.conftest import FIXTURES

RUN = FIXTURES / "run"
VOID = {"meta", "input", "br", "img", "line", "rect"}


class _Balance(HTMLParser):
    """Checks that every opened element is closed in order; collects text and tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.errors, self.tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Balance:
    p = _Balance()
    p.feed(markup)
    p.close()
    return p


def _item(start, end, name, rank=0):
    return Item(start, end, rank, f'<{name} class="first">', f'<{name} class="cont">', f"</{name}>")


def test_render_spans_nested_and_crossing():
    text = "abcdefgh"
    assert render_spans(text, [_item(0, 8, "a"), _item(2, 5, "b")]) == \
        '<a class="first">ab<b class="first">cde</b>fgh</a>'
    assert render_spans(text, [_item(0, 5, "a"), _item(3, 8, "b")]) == \
        '<a class="first">abc<b class="first">de</b></a><b class="cont">fgh</b>'


def test_render_spans_escapes_text_and_skips_bad_items():
    out = render_spans('<script>x="1"</script>&', [_item(0, 8, "m"), _item(5, 99, "bad"), _item(3, 3, "empty")])
    assert out == '<m class="first">&lt;script&gt;</m>x=&quot;1&quot;&lt;/script&gt;&amp;'


@settings(max_examples=150, deadline=None)
@given(text=st.text(min_size=1, max_size=40),
       spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from("xyz")), max_size=8))
def test_render_spans_always_balanced(text, spans):
    items = [_item(s, e, name) for s, e, name in spans]
    valid = [it for it in items if 0 <= it.start < it.end <= len(text)]
    parsed = _parse(render_spans(text, items))
    assert not parsed.errors and not parsed.stack
    assert "".join(parsed.text) == text
    assert sum(1 for _, attrs in parsed.tags if attrs.get("class") == "first") == len(valid)


def _page():
    documents, mentions, claims, _ = read_records(RUN)
    return render_report(documents, mentions, claims, title="Fixture <b>run</b>")


def test_render_report_highlights_each_mention_once_and_links_claims():
    page = _page()
    parsed = _parse(page)
    assert not parsed.errors
    firsts = [a for t, a in parsed.tags if t == "mark" and "cont" not in a.get("class", "").split()]
    assert len(firsts) == 22 and len({a["data-mid"] for a in firsts}) == 22
    claim_spans = {a["id"] for t, a in parsed.tags if t == "span" and a.get("id", "").startswith("c-")}
    links = {a["href"][1:] for t, a in parsed.tags if t == "a" and "claim-link" in a.get("class", "")}
    assert claim_spans == links == {f"c-{i}" for i in range(7)}
    timeline = page[page.index('<svg id="timeline-svg"'):]
    timeline = timeline[:timeline.index("</svg>")]
    assert timeline.count("<rect") == 6  # 6 dated claims on the claim-date timeline


def test_render_report_escapes_article_text_and_titles():
    page = _page()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    assert "Fixture &lt;b&gt;run&lt;/b&gt;" in page and "Scraped page &lt;b&gt;with&lt;/b&gt; markup" in page
    tags = [t for t, _ in _parse(page).tags]
    assert tags.count("script") == 1 and "img" not in tags and "b" not in tags


def test_render_report_self_contained_with_csp():
    page = _page()
    tags = _parse(page).tags
    assert not any("src" in attrs for _, attrs in tags) and "link" not in {t for t, _ in tags}
    assert "@import" not in page
    assert "url(" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and f"script-src '{script_hash()}'" in csp
    assert f"<script>{SCRIPT}</script>" in page


def test_render_report_only_links_http_urls():
    documents, mentions, claims, _ = read_records(RUN)
    documents[0] = {**documents[0], "url": "javascript:window.__pwned=3"}
    page = render_report(documents, mentions, claims)
    assert "javascript:" not in page
    assert 'href="https://example.org/beirut"' in page


def test_render_report_hostile_actor_names_and_urls_stay_text():
    documents, mentions, claims, _ = read_records(RUN)
    evil = '<img src=x onerror="window.__pwned=3">'
    claims = [dict(c) for c in claims]
    arms = claims[0]
    arms["speaker"] = {**arms["speaker"], "norm": {**arms["speaker"]["norm"], "name": evil, "actor_id": evil}}
    arms["actors"] = [dict(a, norm={**a["norm"], "name": evil + "</svg>"}) for a in arms["actors"]]
    arms["stance"], arms["stance_targets"] = "oppose", [arms["actors"][1]["mention_id"]]
    documents = [dict(d, url="javascript:alert(1)", source=evil) for d in documents]
    page = render_report(documents, mentions, claims, title="hostile")
    parsed = _parse(page)
    assert not parsed.errors and not parsed.stack
    tags = [t for t, _ in parsed.tags]
    assert "img" not in tags and tags.count("script") == 1
    assert "javascript:" not in page
    # the claim's data for the review export is one escaped attribute that parses back to the record
    rows = [a for t, a in parsed.tags if t == "tr" and a.get("data-cid") == arms["claim_id"]]
    gold = json.loads(rows[0]["data-gold"])
    assert gold["speaker"]["actor_id"] == evil and gold["claim_id"] == arms["claim_id"]
