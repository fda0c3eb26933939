"""Money accuracy: value and currency right, exact spans, and false money mentions.

    python bench/money_accuracy.py [--show-misses]

Two sets, both ours (no outside suite is bundled):
* ``tables``: the cases of ``tests/components/test_money.py`` (``POSITIVES`` read alone with
  ``parse_money``; ``SENTENCES`` and ``LONG_TAIL`` found in their sentence with ``find_money``;
  ``NEGATIVES`` and ``LONG_TAIL_NEGATIVES`` for false mentions; a ``SENTENCES`` row lists one
  amount of its sentence, so other amounts found there are not counted as false). The tests assert these, so the
  figure is a regression check, not an estimate.
* ``heldout``: ``bench/data/money_heldout.jsonl``, news sentences written with their gold before
  the component was run on them and never fixed against it: the honest estimate.
  One JSON object a line: ``{"text": ..., "amounts": [{"span", "value", "min", "max",
  "currency"}]}`` (``amounts`` empty: a sentence with no money).

An amount is right when a found amount overlaps its span and has its currency and its value
(for a range without a value: its min and max); "exact span" also asks ``text[start:end]`` to
equal the gold span. A false mention is a found amount that overlaps no gold amount.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pipeline.components.money import find_money, parse_money  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "money_heldout.jsonl"


class Gold(NamedTuple):
    span: str
    value: float | None
    low: float | None
    high: float | None
    currency: str


class Sentence(NamedTuple):
    text: str
    amounts: list[Gold]
    complete: bool = True  # every amount of the text is listed (else no false mentions counted)


def _close(got, want) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs(got - want) <= 1e-9 * max(1.0, abs(want))


def value_right(norm: dict, g: Gold) -> bool:
    if norm["currency"] != g.currency:
        return False
    if g.value is not None or g.low is None and g.high is None:
        return _close(norm["value"], g.value)
    return _close(norm["min"], g.low) and _close(norm["max"], g.high)


def read_heldout(path: Path = HELDOUT) -> list[Sentence]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
            golds = [Gold(a["span"], a["value"], a["min"], a["max"], a["currency"]) for a in row["amounts"]]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise SystemExit(f"error: {path}:{n}: not a held-out money case ({exc})") from None
        if any(g.span not in row["text"] for g in golds):
            raise SystemExit(f"error: {path}:{n}: a gold span is not in the text")
        out.append(Sentence(row["text"], golds))
    return out


def _tables() -> list[Sentence]:
    spec = importlib.util.spec_from_file_location("test_money", ROOT / "tests/components/test_money.py")
    t = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(t)
    rows = [Sentence(r[0], [Gold(r[1], r[2], None, None, r[3])], complete=False) for r in t.SENTENCES]
    rows += [Sentence(r[1], [Gold(r[2], r[3], r[4], r[5], r[6])]) for r in t.LONG_TAIL]
    rows += [Sentence(s, []) for s in [*t.NEGATIVES, *t.LONG_TAIL_NEGATIVES] if isinstance(s, str)]
    alone = [(r[0], Gold(r[0], r[1], r[2], r[3], r[4])) for r in t.POSITIVES]
    return rows, alone


class Score(NamedTuple):
    gold: int
    right: int
    exact: int
    false: int
    misses: list[str]


def score(sentences: list[Sentence]) -> Score:
    gold = right = exact = false = 0
    misses = []
    for s in sentences:
        found = find_money(s.text)
        spans = []
        for g in s.amounts:
            gs = s.text.index(g.span)
            spans.append((gs, gs + len(g.span)))
            hit = next((f for f in found if f.start < gs + len(g.span) and gs < f.end and value_right(f.norm, g)), None)
            gold += 1
            right += hit is not None
            exact += hit is not None and s.text[hit.start:hit.end] == g.span
            if hit is None:
                got = [(s.text[f.start:f.end], f.norm["value"], f.norm["currency"]) for f in found]
                misses.append(f"{g.span!r} in {s.text!r}: {got}")
        for f in found if s.complete else ():
            if not any(f.start < e and b < f.end for b, e in spans):
                false += 1
                misses.append(f"false: {s.text[f.start:f.end]!r} in {s.text!r}")
    return Score(gold, right, exact, false, misses)


def _line(name: str, sc: Score) -> str:
    return (f"{name:34} {sc.right}/{sc.gold} = {sc.right / sc.gold:.3f}   exact span {sc.exact / sc.gold:.3f}"
            f"   false mentions {sc.false}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args(argv)
    sentences, alone = _tables()
    ok = sum(1 for text, g in alone if (n := parse_money(text)) is not None and value_right(n, g))
    print(f"{'tables: POSITIVES alone':34} {ok}/{len(alone)} = {ok / len(alone):.3f}")
    results = {"tables: sentences + negatives": score(sentences), "heldout (bench/data)": score(read_heldout())}
    for name, sc in results.items():
        print(_line(name, sc))
        if args.show_misses:
            for m in sc.misses:
                print("    " + m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
