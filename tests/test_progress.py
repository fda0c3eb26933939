"""The progress bar: characters (so a long document moves it), documents, and the summary's words/s."""

import time

from pipeline import progress
from pipeline.progress import Progress


def test_progress_counts_characters_inside_a_long_document():
    with Progress(total=2, desc="run", started=time.perf_counter() - 2.0) as bar:
        progress.advance(100_000)  # two chunks of one long document parsed
        progress.advance(100_000)
        assert bar.chars == 200_000 and bar.docs == 0
        bar.update(1, 30_000, 250_000)  # the document is done: only the rest is added
        assert bar.chars == 250_000 and bar.docs == 1
        bar.update(1, 10, 60)
    assert bar.chars == 250_060
    progress.advance(5)  # no bar open: nothing happens
    assert bar not in progress._ACTIVE


def test_progress_words_per_second_is_the_summary_figure():
    started = time.perf_counter() - 10.0
    with Progress(total=None, desc="run", started=started) as bar:
        bar.update(1, 20_000, 120_000)
        shown = bar.postfix()
    docs, rate = shown.split(", ")
    assert docs == "1 docs"
    words_per_second = float(rate.split()[0].replace(",", ""))
    elapsed = time.perf_counter() - started
    assert abs(words_per_second - 20_000 / elapsed) < 0.05 * words_per_second  # words ÷ seconds, as the summary


def test_progress_counts_each_character_once_when_a_batch_is_parsed_before_its_documents_finish():
    with Progress(total=2, desc="run") as bar:
        progress.advance(100)  # the model parses a whole batch of two documents first
        progress.advance(50)
        bar.update(1, 20, 100)
        bar.update(1, 10, 50)
        assert bar.chars == 150 and bar.docs == 2
