"""The Gradio chat UI behind `gdc chat`: chat with a sources panel, Wegwijs (a reading path for newcomers),
Projecten with charts and a CSV export, Documenten with a reader that opens a source at a cited quote, feedback.

`build_app(settings, assistant)` returns the Blocks; `serve(...)` checks exposure, launches and blocks; `launch(...)`
is the one place launch options live (tests start the same server in a thread with `block=False`).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import gradio as gr
from starlette.middleware import Middleware

from assistant.engine import Assistant, InputError
from assistant.records import Answer, AnswerDict, Intent
from index.records import Language, ProjectRow
from index.settings import Settings
from index.store import BuiltIndex
from ui.auth import AuthError, check_exposure
from ui.charts import answer_chart, figure, stated_chart, theme_chart, top_chart
from ui.feedback import append_feedback, feedback_record
from ui.hardening import GuardConfig, GuardMiddleware, check_comment, check_input
from ui.i18n import DEFAULT, EXAMPLES, language_of, text
from ui.pages import (
    ALL,
    Selection,
    admin_html,
    applicant_choices,
    filter_rows,
    hide_paths,
    intro_text,
    projects_html,
    reindex_report_html,
    shows_year_filter,
    theme_choices,
    write_export,
    year_choices,
)
from ui.reader import MAX_QUOTE, empty_reader_html, reader_html
from ui.runtime import Runtime, parse_history
from ui.sources import empty_html, error_html, esc, safe_markdown, sources_html
from ui.style import CSS, THEME
from ui.wegwijs import ReadingPath, documents_step_html, load_steps, step_html

CONCURRENCY = 2

# Clicks inside the HTML panels: an element with data-open-source opens that source in the reader (the custom
# 'open_source' event), a [data-copy] button copies the answer with its sources as plain text.
PANEL_JS = """
element.addEventListener('click', (event) => {
  const open = event.target.closest('[data-open-source]');
  if (open) {
    event.preventDefault();
    trigger('open_source', {source: open.dataset.openSource, quote: open.dataset.quote || ''});
    return;
  }
  const copy = event.target.closest('[data-copy]');
  if (!copy) return;
  const text = element.querySelector('.gdc-copy-text')?.value || '';
  const done = () => { copy.dataset.copied = 'true'; copy.textContent = copy.dataset.done; };
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text; document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove(); done();
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
});
"""
# After the reader opened: bring the marked passage into view (the tab has just been switched, hence the delay).
SCROLL_JS = """() => { setTimeout(() => {
  const hit = document.querySelector('#gdc-reader mark.gdc-hit, #gdc-reader tr.gdc-hit-row');
  if (hit) hit.scrollIntoView({block: 'center'});
}, 250); }"""


def _chat_text(answer: Answer) -> str:
    shown = safe_markdown(answer.text)
    return shown if answer.answered else f"{shown}\n\n*({text(answer.language, 'not_answered_chat')})*"


def _answer_plot(answer: Answer, intent: Intent | None) -> gr.Plot:
    table = answer.table
    chart = answer_chart(table, answer.language, intent.table_query.aggregate if intent and intent.table_query else None) \
        if table is not None else None
    if chart is None:
        return gr.Plot(value=None, visible=False)
    return gr.Plot(value=figure(chart, answer.language), visible=True, label=chart.title)


def build_app(settings: Settings, assistant: Assistant, warm: bool = False) -> gr.Blocks:
    """The Blocks over a live Runtime; `warm` computes the reading path in both languages now, so the first
    visitor does not wait for it (`serve` does; tests need not)."""
    rt = Runtime(settings, assistant)
    rows: Callable[[], tuple[ProjectRow, ...]] = lambda: rt.assistant.index.tables.rows  # noqa: E731
    index: Callable[[], BuiltIndex] = lambda: rt.assistant.index  # noqa: E731
    path = ReadingPath(load_steps(), lambda q: rt.ask(q, []), index)

    def intro(language: Language) -> str:
        return intro_text(language, rt.assistant.index.sources, rt.assistant.index.tables.years)
    if warm:
        for language in ("nl", "en"):
            path.answers(language)
    exports = Path(tempfile.mkdtemp(prefix="gdc-export-"))
    nl = DEFAULT

    def export_of(selected: Sequence[ProjectRow], language: Language) -> str:
        return str(write_export(selected, exports, language))

    with gr.Blocks(title=text(nl, "title"), analytics_enabled=False, fill_width=True) as demo:
        lang = gr.State(nl)
        history = gr.State([])  # the raw turns handed to Assistant.ask
        answers = gr.State({})  # chatbot message index → Answer.to_dict(), for feedback
        pending = gr.State(None)  # the last feedback line written, for its optional comment
        header = gr.Markdown(f"## {text(nl, 'title')}\n{intro(nl)}", elem_id="gdc-header")
        with gr.Tabs(elem_id="gdc-tabs") as tabs:
            with gr.Tab(text(nl, "tab_chat"), id="chat", elem_id="gdc-tab-chat") as tab_chat, gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=360):
                    chatbot = gr.Chatbot(label=text(nl, "chat_label"), placeholder=text(nl, "chat_placeholder"),
                                         height=520, elem_id="gdc-chat", sanitize_html=True, render_markdown=True,
                                         latex_delimiters=[], allow_tags=False, feedback_options=("Like", "Dislike"),
                                         buttons=["copy"], layout="bubble")
                    with gr.Row():
                        question = gr.Textbox(label=text(nl, "question_label"), placeholder=text(nl, "question_placeholder"),
                                              lines=1, max_lines=6, max_length=2000, scale=5, elem_id="gdc-question",
                                              autofocus=True, submit_btn=False)
                        send = gr.Button(text(nl, "send"), variant="primary", scale=1, min_width=90, elem_id="gdc-send")
                    with gr.Group(visible=False, elem_id="gdc-feedback") as feedback_box:
                        feedback_note = gr.Markdown(elem_id="gdc-feedback-note")
                        with gr.Row():
                            comment = gr.Textbox(label=text(nl, "feedback_comment"), placeholder=text(nl, "feedback_placeholder"),
                                                 lines=1, max_length=2000, scale=5, elem_id="gdc-feedback-comment")
                            comment_send = gr.Button(text(nl, "feedback_send"), scale=1, min_width=90,
                                                     elem_id="gdc-feedback-send")
                    feedback_status = gr.Markdown(elem_id="gdc-feedback-status")
                    examples = gr.Examples(EXAMPLES, inputs=[question], label=text(nl, "examples"), examples_per_page=10,
                                           api_visibility="private")
                    clear = gr.Button(text(nl, "clear"), variant="secondary", size="sm", elem_id="gdc-clear")
                with gr.Column(scale=2, min_width=320):
                    panel = gr.HTML(empty_html(nl, loading=True), elem_id="gdc-sources-panel", js_on_load=PANEL_JS)
                    answer_plot = gr.Plot(visible=False, elem_id="gdc-answer-chart", show_label=True)
            with gr.Tab(text(nl, "tab_wegwijs"), id="wegwijs", elem_id="gdc-tab-wegwijs") as tab_wegwijs:
                wegwijs_intro = gr.Markdown(text(nl, "wegwijs_intro"), elem_id="gdc-wegwijs-intro")
                step_views: list[tuple[gr.HTML, gr.Button]] = []
                for step in path.steps:
                    with gr.Group(elem_classes=["gdc-step-box"]):
                        view = gr.HTML(elem_id=f"gdc-step-{step.id}", js_on_load=PANEL_JS)
                        more = gr.Button(text(nl, "wegwijs_ask"), size="sm", variant="secondary",
                                         elem_id=f"gdc-step-{step.id}-ask")
                    step_views.append((view, more))
                reading_list = gr.HTML(elem_id="gdc-step-documents", js_on_load=PANEL_JS)
            with gr.Tab(text(nl, "tab_projects"), id="projects", elem_id="gdc-tab-projects") as tab_projects:
                projects_intro = gr.Markdown(text(nl, "projects_intro"))
                with gr.Row():
                    theme = gr.Dropdown(theme_choices(rows(), nl), value=ALL, label=text(nl, "theme_filter"),
                                        elem_id="gdc-theme-filter", filterable=False)
                    applicant = gr.Dropdown(applicant_choices(rows(), nl), value=ALL, label=text(nl, "applicant_filter_label"),
                                            elem_id="gdc-applicant-filter", info=text(nl, "applicant_filter_info"))
                    year = gr.Dropdown(year_choices(rows(), nl), value=ALL, label=text(nl, "year_filter"),
                                       elem_id="gdc-year-filter", filterable=False, visible=shows_year_filter(rows()))
                    search = gr.Textbox(label=text(nl, "search"), placeholder=text(nl, "search_placeholder"),
                                        elem_id="gdc-project-search", max_length=200)
                download = gr.DownloadButton(text(nl, "export_csv"), value=export_of(rows(), nl), size="sm",
                                             elem_id="gdc-export")
                with gr.Row():  # the selection at a glance, above its rows
                    theme_plot = gr.Plot(elem_id="gdc-chart-themes", min_width=320, show_label=False)
                    top_plot = gr.Plot(elem_id="gdc-chart-top", min_width=320, show_label=False)
                projects = gr.HTML(projects_html(rows(), nl), elem_id="gdc-projects")
                stated_plot = gr.Plot(elem_id="gdc-chart-stated", show_label=False)  # the whole annex, not the selection
            with gr.Tab(text(nl, "tab_documents"), id="documents", elem_id="gdc-tab-documents") as tab_documents:
                documents = gr.HTML(rt.documents(nl), elem_id="gdc-documents", js_on_load=PANEL_JS)
                reader = gr.HTML(empty_reader_html(nl), elem_id="gdc-reader")
                with gr.Accordion(text(nl, "admin"), open=False, visible=settings.admin, elem_id="gdc-admin") as admin:
                    admin_status = gr.HTML(admin_html(index().manifest, nl) if settings.admin else "", elem_id="gdc-admin-status")
                    reindex = gr.Button(text(nl, "reindex"), variant="secondary", visible=settings.admin, elem_id="gdc-reindex")
                    reindex_report = gr.HTML("", elem_id="gdc-reindex-report", visible=settings.admin)

        def charts(selected: Sequence[ProjectRow], language: Language) -> tuple[object, object]:
            return figure(theme_chart(selected, language), language), figure(top_chart(selected, language), language)

        def wegwijs(language: Language) -> list[str]:
            answered, built = path.answers(language)
            views = [step_html(step, a, built, language, n) for n, (step, a) in enumerate(zip(path.steps, answered, strict=True), 1)]
            return [*views, documents_step_html(built, language, len(path.steps) + 1)]

        def on_load(request: gr.Request) -> dict[gr.components.Component | gr.blocks.BlockContext, object]:
            """The labels in the interface language (fast, unqueued: the page is usable once it has run)."""
            language = language_of(dict(request.headers) if request else None,
                                   dict(request.query_params) if request else None)
            t = lambda key: text(language, key)  # noqa: E731
            all_rows = rows()
            return {
                lang: language,
                header: f"## {t('title')}\n{intro(language)}",
                tab_chat: gr.Tab(label=t("tab_chat")), tab_projects: gr.Tab(label=t("tab_projects")),
                tab_documents: gr.Tab(label=t("tab_documents")), tab_wegwijs: gr.Tab(label=t("tab_wegwijs")),
                chatbot: gr.Chatbot(label=t("chat_label"), placeholder=t("chat_placeholder")),
                question: gr.Textbox(label=t("question_label"), placeholder=t("question_placeholder")),
                send: gr.Button(t("send")), clear: gr.Button(t("clear")),
                examples.dataset: gr.Dataset(label=t("examples")),
                comment: gr.Textbox(label=t("feedback_comment"), placeholder=t("feedback_placeholder")),
                comment_send: gr.Button(t("feedback_send")),
                panel: empty_html(language),
                wegwijs_intro: t("wegwijs_intro"),
                **{more: gr.Button(t("wegwijs_ask")) for _, more in step_views},
                projects_intro: t("projects_intro"),
                theme: gr.Dropdown(choices=theme_choices(all_rows, language), value=ALL, label=t("theme_filter")),
                applicant: gr.Dropdown(choices=applicant_choices(all_rows, language), value=ALL, label=t("applicant_filter_label"),
                                       info=t("applicant_filter_info")),
                year: gr.Dropdown(choices=year_choices(all_rows, language), value=ALL, label=t("year_filter"),
                                  visible=shows_year_filter(all_rows)),
                search: gr.Textbox(label=t("search"), placeholder=t("search_placeholder")),
                projects: projects_html(all_rows, language),
                download: gr.DownloadButton(t("export_csv"), value=export_of(all_rows, language)),
                documents: rt.documents(language),
                reader: empty_reader_html(language),
                admin: gr.Accordion(label=t("admin")),
                reindex: gr.Button(t("reindex")),
            }

        def on_loaded(language: Language) -> list[object]:
            """What takes longer, once the labels are there: the charts, and the reading path (cached per build)."""
            all_rows = rows()
            themes, tops = charts(all_rows, language)
            stated = figure(stated_chart(all_rows, index().tables.totals, language), language)
            return [themes, tops, stated, *wegwijs(language)]

        loaded = [lang, header, tab_chat, tab_projects, tab_documents, tab_wegwijs, chatbot, question, send, clear,
                  examples.dataset, comment, comment_send, panel, wegwijs_intro, *[more for _, more in step_views],
                  projects_intro, theme, applicant, year, search, projects, download, documents, reader, admin, reindex]
        private(demo.load, on_load, None, loaded, queue=False).then(
            on_loaded, [lang], [theme_plot, top_plot, stated_plot, *[view for view, _ in step_views], reading_list],
            api_visibility="private")

        def respond(message: str, chat: list[dict[str, str]], turns: list[dict[str, str]], given: dict[str, object],
                    language: Language) -> Iterator[tuple[object, ...]]:
            message = message or ""
            if not message.strip():
                yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
                return
            shown = safe_markdown(message[:2000] + ("…" if len(message) > 2000 else ""))
            chat = [*(chat or []), {"role": "user", "content": shown}]
            yield "", chat, gr.skip(), gr.skip(), gr.skip(), "", gr.skip()
            try:
                check_input(message, turns or [])
                answer, built = rt.ask(message, turns or [])
            except InputError as exc:
                chat = [*chat, {"role": "assistant", "content": safe_markdown(f"{text(language, 'error')}: {exc}")}]
                yield "", chat, gr.skip(), gr.skip(), error_html(message, str(exc), language), "", gr.Plot(visible=False)
                return
            intent = answer.intent if answer.table is not None else None  # as the engine read it, not read again
            chat = [*chat, {"role": "assistant", "content": _chat_text(answer)}]
            turns = [*(turns or []), {"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
            given = {**(given or {}), str(len(chat) - 1): answer.to_dict()}
            panel_html = sources_html(answer, built, intent.table_query if intent else None, intent.entities if intent else ())
            yield "", chat, turns, given, panel_html, "", _answer_plot(answer, intent)

        chat_in = [question, chatbot, history, answers, lang]
        chat_out = [question, chatbot, history, answers, panel, feedback_status, answer_plot]
        for trigger in (question.submit, send.click, examples.load_input_event.then):
            private(trigger, respond, chat_in, chat_out)

        def on_clear(language: Language) -> tuple[object, ...]:
            return [], [], {}, empty_html(language), None, gr.Group(visible=False), "", gr.Plot(value=None, visible=False)

        for trigger in (clear.click, chatbot.clear):  # the chatbot's own bin icon clears too
            private(trigger, on_clear, [lang], [chatbot, history, answers, panel, pending, feedback_box, feedback_status,
                                                answer_plot], queue=False)

        def on_like(given: dict[str, dict[str, object]], language: Language, data: gr.LikeData) -> tuple[object, ...]:
            index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
            answer = (given or {}).get(str(index))
            if answer is None:
                return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            record = feedback_record(answer, data.liked is True)
            try:
                append_feedback(settings.feedback_path, record)
            except OSError as exc:
                return None, gr.Group(visible=False), "", "", text(language, "feedback_failed", error=esc(hide_paths(exc)))
            number = sum(1 for k in given if int(k) <= int(index))
            note = text(language, "feedback_thanks", rating="👍" if data.liked is True else "👎", n=number)
            return record, gr.Group(visible=True), note, "", ""

        private(chatbot.like, on_like, [answers, lang], [pending, feedback_box, feedback_note, comment, feedback_status])

        def on_comment(note: str, record: dict[str, object] | None, language: Language) -> tuple[object, ...]:
            if not record or not (note or "").strip():
                return gr.skip(), gr.skip(), gr.skip(), gr.skip()
            try:
                check_comment(note)
                append_feedback(settings.feedback_path,
                                feedback_record(record, record["rating"] == "up", note, str(record["id"])))
            except InputError as exc:
                return gr.skip(), gr.skip(), gr.skip(), esc(text(language, "feedback_too_long", error=exc))
            except OSError as exc:
                return gr.skip(), gr.skip(), gr.skip(), text(language, "feedback_failed", error=esc(hide_paths(exc)))
            return None, gr.Group(visible=False), "", text(language, "feedback_saved")

        for trigger in (comment.submit, comment_send.click):
            private(trigger, on_comment, [comment, pending, lang], [pending, feedback_box, comment, feedback_status])

        def on_filter(theme_value: str, applicant_value: str, year_value: str, query: str,
                      language: Language) -> tuple[object, ...]:
            chosen = Selection(theme=theme_value or ALL, applicant=applicant_value or ALL, year=year_value or ALL,
                               query=(query or "")[:200])
            selected = filter_rows(rows(), chosen.theme, chosen.applicant, chosen.query, chosen.year)
            themes, tops = charts(selected, language)
            return projects_html(selected, language, chosen), export_of(selected, language), themes, tops

        for trigger in (theme.change, applicant.change, year.change, search.change):
            private(trigger, on_filter, [theme, applicant, year, search, lang], [projects, download, theme_plot, top_plot],
                    show_progress="hidden", trigger_mode="always_last")

        def on_open(language: Language, event: gr.EventData) -> tuple[object, ...]:
            data = getattr(event, "_data", None) or {}
            source = str(data.get("source") or "") if isinstance(data, dict) else ""
            quote = str(data.get("quote") or "")[:MAX_QUOTE] if isinstance(data, dict) else ""
            return reader_html(index(), source, quote, language), gr.Tabs(selected="documents")

        for opener in (panel, documents, reading_list, *[view for view, _ in step_views]):
            opener.open_source(on_open, [lang], [reader, tabs], api_visibility="private", queue=False) \
                .then(None, js=SCROLL_JS)

        def step_to_chat(asked: Mapping[str, str]) -> Callable[[Language], tuple[object, ...]]:
            return lambda language: (asked[language], gr.Tabs(selected="chat"))

        for step, (_, more) in zip(path.steps, step_views, strict=True):
            to_chat = step_to_chat(step.question)
            # asked like a typed question, so follow-ups in the chat build on it
            private(more.click, to_chat, [lang], [question, tabs], queue=False).then(
                respond, chat_in, chat_out, api_visibility="private")

        if settings.admin:
            def on_reindex(language: Language) -> Iterator[tuple[object, ...]]:
                yield (f'<p class="gdc-muted">{esc(text(language, "reindex_running"))}</p>', gr.skip(), gr.skip(), gr.skip(),
                       gr.skip(), gr.skip())
                try:
                    report = rt.reindex()
                except Exception as exc:  # IndexBusy, a missing knowledge dir, a broken file: show it, keep serving
                    yield (f'<div class="gdc-reindex" data-ok="false"><p>'
                           f'{esc(text(language, "reindex_failed", error=hide_paths(exc)))}</p></div>',
                           gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())
                    return
                yield (reindex_report_html(report, language), rt.documents(language), projects_html(rows(), language),
                       gr.Dropdown(choices=theme_choices(rows(), language), value=ALL),
                       gr.Dropdown(choices=applicant_choices(rows(), language), value=ALL),
                       admin_html(index().manifest, language))

            private(reindex.click, on_reindex, [lang], [reindex_report, documents, projects, theme, applicant, admin_status],
                    concurrency_limit=1)

        def ask(question: str, history: list[dict[str, str]] | str | None = None) -> AnswerDict:
            """Answer `question` (nl/en) from the knowledge base; `history` is the earlier turns as
            [{"role": "user"|"assistant", "content": str}] (a list or its JSON). Returns the answer as JSON:
            question, language, answered, answer (Markdown with [n] markers), citations [{n, source, title,
            locator, quote}], route."""
            try:
                turns = parse_history(history)
                check_input(question, turns)
                answer, _ = rt.ask(question, turns)
            except InputError as exc:
                raise gr.Error(str(exc)) from None
            return answer.to_dict()

        gr.api(ask, api_name="ask")
    demo.runtime = rt
    demo.reading_path = path
    return demo


def private(trigger: Callable[..., gr.events.Dependency], fn: Callable[..., object], inputs: object, outputs: object,
            **options: object) -> gr.events.Dependency:
    """Register an event handler that stays out of the public API (only `ask` is public); returns the event."""
    return trigger(fn, inputs, outputs, api_visibility="private", **options)


def launch(demo: gr.Blocks, host: str, port: int, auth: list[tuple[str, str]] | None = None, block: bool = True,
           quiet: bool = False, https: bool = False) -> object:
    """Queue (concurrency-limited) and launch without share links, telemetry, monitoring or run history, behind
    GuardMiddleware (Host check, no uploads, login throttling, cookie mode for HTTP or HTTPS)."""
    guard = GuardConfig.from_env(host, https=https)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    return demo.launch(server_name=host, server_port=port, share=False, auth=auth or None, prevent_thread_lock=not block,
                       inbrowser=False, show_error=False, quiet=quiet, footer_links=["api"], run_history=False,
                       enable_monitoring=False, mcp_server=False, ssr_mode=False, pwa=False, strict_cors=True,
                       theme=THEME, css=CSS, auth_message=text(DEFAULT, "auth_message"), max_file_size="1kb",
                       app_kwargs={"middleware": [Middleware(GuardMiddleware, config=guard)]})


def serve(settings: Settings, assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, https: bool = False) -> int:
    """Serve the chat until interrupted; 2 when the host would be exposed without GDC_AUTH (nothing started)."""
    try:
        auth = check_exposure(host, settings.auth)
    except AuthError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    assistant.warm()
    demo = build_app(settings, assistant, warm=True)
    try:
        try:
            launch(demo, host, port, auth, block=False, quiet=True, https=https)
        except OSError as exc:
            print(f"error: cannot serve on {host}:{port}: {exc}", file=sys.stderr)
            return 1
        shown = f"[{host}]" if ":" in host else host
        print(f"gdc chat: serving on http://{shown}:{port}/" + (" (login required)" if auth else "") + "; Ctrl-C stops it",
              flush=True)
        demo.block_thread()  # returns on Ctrl-C, after closing the server
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0
