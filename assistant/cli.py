"""The `gdc` command: index, status, ask, chat, eval, bench."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from assistant.offline import configure_offline

configure_offline()

EXIT_SKIPPED = 1  # the index was built, but some files were skipped
EXIT_USAGE = 2  # bad input: nothing was done


def _settings(ctx: click.Context):
    from assistant.settings import Settings, SettingsError

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
def main(ctx: click.Context, knowledge_dir, index_dir, embedder, chroma_url) -> None:
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
    from assistant.indexer import build_index
    from assistant.store import IndexBusy

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
    from assistant.indexer import dump_status, status as read_status

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


if __name__ == "__main__":
    main()
