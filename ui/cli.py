"""The `gdc` command: index, status, ask, chat, eval, bench. A thin front end: each command's docstring is its help."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from index.offline import configure_offline

if TYPE_CHECKING:  # each command imports what it needs when it runs: `gdc status` never loads a model or Gradio
    from assistant.engine import Assistant
    from assistant.records import Answer
    from index.settings import Settings

configure_offline()

EXIT_SKIPPED = 1  # the index was built, but some files were skipped
EXIT_USAGE = 2  # bad input: nothing was done


def _settings(ctx: click.Context) -> Settings:
    from index.settings import Settings, SettingsError

    try:
        return Settings.from_env(**ctx.obj)
    except (SettingsError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--knowledge-dir", type=click.Path(path_type=Path), help="Corpus dir [GDC_KNOWLEDGE_DIR].")
@click.option("--index-dir", type=click.Path(path_type=Path), help="Index dir [GDC_INDEX_DIR].")
@click.option("--embedder", help="e5 | sentence-transformers[:MODEL] [GDC_EMBEDDER].")
@click.option("--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000 [GDC_CHROMA_URL].")
@click.version_option(package_name="gdc")
@click.pass_context
def main(ctx: click.Context, knowledge_dir: Path | None, index_dir: Path | None, embedder: str | None,
         chroma_url: str | None) -> None:
    """Groningen Digital City assistant: exact, cited answers in Dutch and English, offline.

    \b
    Example:
      gdc index && gdc ask "Welke blockchainprojecten zijn gesubsidieerd?"
    """
    ctx.obj = {"knowledge_dir": knowledge_dir, "index_dir": index_dir, "embedder": embedder, "chroma_url": chroma_url}


@main.command()
@click.option("--rebuild", is_flag=True, help="Re-read and re-embed everything.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def index(ctx: click.Context, rebuild: bool, quiet: bool) -> None:
    """Build or update the index from the knowledge dir; unchanged files are skipped.

    Exit code 0: all files indexed; 1: built, but some files were skipped (listed); 2: nothing built.

    \b
    Example:
      gdc index            # incremental
      gdc index --rebuild  # from scratch
    """
    from index.build import build_index
    from index.store import IndexBusy

    settings = _settings(ctx)
    try:
        report = build_index(settings, rebuild=rebuild, progress=not quiet)
    except (IndexBusy, FileNotFoundError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if report.up_to_date:
        click.echo(f"index is up to date ({len(report.unchanged)} sources, {report.chunks} chunks, "
                   f"{report.table_rows} table rows; nothing re-embedded) in {report.seconds:.2f}s")
    else:
        click.echo(f"indexed {len(report.added)} new, {len(report.changed)} changed, {len(report.unchanged)} unchanged, "
                   f"{len(report.removed)} removed sources: {report.chunks} chunks ({report.embedded} embedded, "
                   f"{report.reused} reused), {report.table_rows} table rows in {report.seconds:.1f}s")
        for rel in report.removed:
            click.echo(f"  removed: {rel}")
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    sys.exit(EXIT_SKIPPED if report.skipped else 0)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show the indexed documents with their chunk counts, table rows, embedder, index dir and build time.

    \b
    Example:
      gdc status
    """
    from index.build import dump_status
    from index.build import status as read_status

    settings = _settings(ctx)
    if as_json:
        click.echo(dump_status(settings))
        return
    info = read_status(settings)
    click.echo(f"index dir: {info['index_dir']}")
    if not info["built"]:
        click.echo("no index yet: run `gdc index`")
        sys.exit(1)
    click.echo(f"built at:  {info['built_at']}  (build {info['build_id']}, {info['chroma']['mode']} Chroma)")
    click.echo(f"embedder:  {info['embedder']}  [{info['embedder_identity']}]")
    docs = {s: m for s, m in info["sources"].items() if m["kind"] == "document"}
    click.echo(f"documents: {len(docs)}")
    for source, meta in docs.items():
        click.echo(f"  {source}  {meta.get('chunks', 0)} chunks  \"{meta['title']}\"  "
                   f"{meta.get('doc_kind') or 'document'}, {meta.get('date') or 'no date'}")
    click.echo(f"table rows: {info['table_rows']}")
    for source, meta in info["sources"].items():
        if meta["kind"] == "table":
            click.echo(f"  {source}  {meta['rows']} rows ({meta['schema']})")
    for skipped in info["skipped"]:
        click.echo(f"skipped:   {skipped['source']}: {skipped['reason']}")


def _open_assistant(settings: Settings, auto_index: bool) -> Assistant:
    """The Assistant over the live index; builds it first with --auto-index, or offers to on a terminal."""
    from assistant.engine import build_assistant
    from index.store import IndexMissing, current_build

    if current_build(settings.index_dir) is None:
        build = auto_index or (sys.stdin.isatty() and sys.stderr.isatty() and click.confirm(
            f"No index in {settings.index_dir}. Build it now?", default=True, err=True))
        if not build:
            click.echo(f"error: no index in {settings.index_dir}; run `gdc index` first (or pass --auto-index)", err=True)
            sys.exit(EXIT_USAGE)
        from index.build import build_index

        report = build_index(settings, progress=sys.stderr.isatty())
        for skipped in report.skipped:
            click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    try:
        return build_assistant(settings)
    except IndexMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _print_answer(answer: Answer, assistant: Assistant) -> None:
    click.echo(answer.text)
    if answer.citations:
        click.echo("\n" + assistant.catalogue.text(answer.language, "ui.cli_sources"))
        for c in answer.citations:
            quote = " ".join(c.quote.split())
            click.echo(f"  [{c.n}] {c.source} · {c.locator}\n      «{quote[:300]}{'…' if len(quote) > 300 else ''}»")
    if not answer.answered:
        click.echo("\n(" + assistant.catalogue.text(answer.language, "ui.not_answered_chat") + ")")


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (with QUESTION '-': one JSON line per stdin line).")
@click.option("--auto-index", is_flag=True, help="Build the index first if there is none.")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool, auto_index: bool) -> None:
    """Answer QUESTION from the knowledge base, with its sources; exit 2 on bad input.

    \b
    Examples:
      gdc ask "Welke blockchainprojecten zijn gesubsidieerd?"
      gdc ask --json "How much went to education projects in 2017?"
      printf 'Hoeveel kreeg PyGrunn?\n{"question": "En de aanvrager?", "history": [...]}\n' | gdc ask --json -
    """
    import json

    from assistant.engine import InputError, check_question

    settings = _settings(ctx)
    batch = question == "-" and as_json
    if not batch:
        try:
            question = check_question(question)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
    assistant = _open_assistant(settings, auto_index)
    if not batch:
        try:
            answer = assistant.ask(question)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        if as_json:
            click.echo(json.dumps(answer.to_dict(), ensure_ascii=False))
        else:
            _print_answer(answer, assistant)
        return
    for line in sys.stdin:
        if not line.strip():
            click.echo(json.dumps({"error": "empty line: no question"}))
            continue
        try:
            item = json.loads(line) if line.lstrip().startswith("{") else {"question": line.rstrip("\r\n")}
            if not isinstance(item, dict) or "question" not in item:
                raise InputError('a JSON line needs {"question": str, "history": [...]}')
            answer = assistant.ask(item["question"], item.get("history") or ())
            out = answer.to_dict()
        except json.JSONDecodeError as exc:
            out = {"error": f"not valid JSON: {exc.msg}"}
        except InputError as exc:
            out = {"error": str(exc)}
        click.echo(json.dumps(out, ensure_ascii=False), nl=True)
        sys.stdout.flush()


@main.command(name="eval")
@click.option("--questions", "question_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A JSONL question file in the evals format (repeatable); default: evals/questions/*.jsonl.")
@click.option("--no-baselines", is_flag=True, help="Skip the BM25 / dense / LangChain-RAG baselines.")
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), help="Where reports go [evals/reports].")
@click.option("--gate", is_flag=True, help="Exit 1 if a figure is wrong, a refusal is answered or accuracy drops >2 points.")
@click.option("--record", "record_score", is_flag=True, help="Store this run's accuracy as the baseline the gate compares with.")
@click.option("--auto-index", is_flag=True, help="Build the index first if there is none.")
@click.pass_context
def eval_(ctx: click.Context, question_files: tuple[Path, ...], no_baselines: bool, report_dir: Path | None, gate: bool,
          record_score: bool, auto_index: bool) -> None:
    """Score the assistant (and baselines) on known figures, citations and refusals; write a report.

    \b
    Examples:
      gdc eval                                   # evals/questions/*.jsonl → evals/reports/latest.md
      gdc eval --questions my-questions.jsonl    # your own set → evals/reports/my-questions.md
      gdc eval --gate                            # as CI runs it
    """
    from evals.cases import CaseError, load_cases
    from evals.report import format_summary
    from evals.run import REPORTS, load_recorded, record, run_suite, write_report
    from evals.score import gate as run_gate

    settings = _settings(ctx)
    try:
        cases = load_cases(list(question_files) or None)
    except CaseError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if not cases:
        click.echo("error: no questions found", err=True)
        sys.exit(EXIT_USAGE)
    assistant = _open_assistant(settings, auto_index)
    suite = run_suite(assistant, cases, with_baselines=not no_baselines)
    name = "latest" if not question_files else (question_files[0].stem if len(question_files) == 1 else "custom")
    meta = {"embedder": assistant.index.embedder_spec,
            "questions": ", ".join(str(f) for f in question_files) or "evals/questions/*.jsonl"}
    report = write_report(suite, name, meta, report_dir or REPORTS)
    click.echo(format_summary(suite.assistant, suite.baselines))
    click.echo(f"report: {report}")
    if record_score:
        click.echo(f"recorded score: {record(suite.assistant)}")
    if gate:
        failures = run_gate(suite.assistant, load_recorded())
        for failure in failures:
            click.echo(f"GATE: {failure}", err=True)
        sys.exit(1 if failures else 0)


@main.command()
@click.argument("which", type=click.Choice(["all", "index", "ask"]), default="all")
def bench(which: str) -> None:
    """Measure index build (chunks/s, wall, peak memory) and answer latency; results go to bench/results/.

    \b
    Example:
      gdc bench          # both
      gdc bench ask      # warm p50/p95, cold one-shot, 100-question batch
    """
    if which in ("all", "index"):
        from bench.index_build import main as index_bench

        index_bench()
    if which in ("all", "ask"):
        from bench.ask_latency import main as ask_bench

        ask_bench()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; other than loopback needs GDC_AUTH.")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--no-auto-index", is_flag=True, help="Fail instead of building a missing index.")
@click.pass_context
def chat(ctx: click.Context, host: str, port: int, no_auto_index: bool) -> None:
    """Start the chat UI (Gradio) on 127.0.0.1:7860; builds the index on first start.

    \b
    Example:
      gdc chat                                   # http://127.0.0.1:7860
      GDC_AUTH=raad:geheim gdc chat --host 0.0.0.0
    """
    from ui.app import serve

    settings = _settings(ctx)
    assistant = _open_assistant(settings, auto_index=not no_auto_index)
    sys.exit(serve(settings, assistant, host=host, port=port))


if __name__ == "__main__":
    main()
