"""The Gradio chat UI behind `gdc chat`: chat with a sources panel, Projecten and Documenten tabs, feedback.

`build_app(settings, assistant)` returns the Blocks; `serve(...)` checks exposure, launches and blocks; `launch(...)`
is the one place launch options live (tests start the same server in a thread with `block=False`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import gradio as gr

from assistant.engine import Assistant, InputError
from assistant.records import Answer, AnswerDict
from index.records import Language
from index.settings import Settings
from ui.auth import AuthError, check_exposure
from ui.feedback import append_feedback, feedback_record
from ui.i18n import DEFAULT, EXAMPLES, language_of, text
from ui.pages import (
    ALL,
    applicant_choices,
    filter_rows,
    projects_html,
    reindex_report_html,
    theme_choices,
)
from ui.runtime import Runtime, parse_history
from ui.sources import empty_html, error_html, esc, safe_markdown, sources_html
from ui.style import CSS, THEME

CONCURRENCY = 2


def _chat_text(answer: Answer) -> str:
    shown = safe_markdown(answer.text)
    return shown if answer.answered else f"{shown}\n\n*({text(answer.language, 'not_answered_chat')})*"


def build_app(settings: Settings, assistant: Assistant) -> gr.Blocks:
    rt = Runtime(settings, assistant)
    rows = lambda: rt.assistant.index.tables.rows  # noqa: E731
    nl = DEFAULT

    with gr.Blocks(title=text(nl, "title"), analytics_enabled=False, fill_width=True) as demo:
        lang = gr.State(nl)
        history = gr.State([])  # the raw turns handed to Assistant.ask
        answers = gr.State({})  # chatbot message index → Answer.to_dict(), for feedback
        pending = gr.State(None)  # the last feedback line written, for its optional comment
        header = gr.Markdown(f"## {text(nl, 'title')}\n{text(nl, 'intro')}", elem_id="gdc-header")
        with gr.Tabs():
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
                    panel = gr.HTML(empty_html(nl), elem_id="gdc-sources-panel")
            with gr.Tab(text(nl, "tab_projects"), id="projects", elem_id="gdc-tab-projects") as tab_projects:
                projects_intro = gr.Markdown(text(nl, "projects_intro"))
                with gr.Row():
                    theme = gr.Dropdown(theme_choices(rows(), nl), value=ALL, label=text(nl, "theme_filter"),
                                        elem_id="gdc-theme-filter", filterable=False)
                    applicant = gr.Dropdown(applicant_choices(rows(), nl), value=ALL, label=text(nl, "applicant_filter"),
                                            elem_id="gdc-applicant-filter")
                    search = gr.Textbox(label=text(nl, "search"), placeholder=text(nl, "search_placeholder"),
                                        elem_id="gdc-project-search", max_length=200)
                projects = gr.HTML(projects_html(rows(), nl), elem_id="gdc-projects")
            with gr.Tab(text(nl, "tab_documents"), id="documents", elem_id="gdc-tab-documents") as tab_documents:
                documents = gr.HTML(rt.documents(nl), elem_id="gdc-documents")
                reindex = gr.Button(text(nl, "reindex"), variant="secondary", visible=settings.admin, elem_id="gdc-reindex")
                reindex_report = gr.HTML("", elem_id="gdc-reindex-report", visible=settings.admin)

        def on_load(request: gr.Request) -> dict[gr.components.Component | gr.blocks.BlockContext, object]:
            language = language_of(dict(request.headers) if request else None,
                                   dict(request.query_params) if request else None)
            t = lambda key: text(language, key)  # noqa: E731
            return {
                lang: language,
                header: f"## {t('title')}\n{t('intro')}",
                tab_chat: gr.Tab(label=t("tab_chat")), tab_projects: gr.Tab(label=t("tab_projects")),
                tab_documents: gr.Tab(label=t("tab_documents")),
                chatbot: gr.Chatbot(label=t("chat_label"), placeholder=t("chat_placeholder")),
                question: gr.Textbox(label=t("question_label"), placeholder=t("question_placeholder")),
                send: gr.Button(t("send")), clear: gr.Button(t("clear")),
                examples.dataset: gr.Dataset(label=t("examples")),
                comment: gr.Textbox(label=t("feedback_comment"), placeholder=t("feedback_placeholder")),
                comment_send: gr.Button(t("feedback_send")),
                panel: empty_html(language),
                projects_intro: t("projects_intro"),
                theme: gr.Dropdown(choices=theme_choices(rows(), language), value=ALL, label=t("theme_filter")),
                applicant: gr.Dropdown(choices=applicant_choices(rows(), language), value=ALL, label=t("applicant_filter")),
                search: gr.Textbox(label=t("search"), placeholder=t("search_placeholder")),
                projects: projects_html(rows(), language),
                documents: rt.documents(language),
                reindex: gr.Button(t("reindex")),
            }

        private(demo.load, on_load, None, [lang, header, tab_chat, tab_projects, tab_documents, chatbot, question, send,
                                           clear, examples.dataset, comment, comment_send, panel, projects_intro, theme,
                                           applicant, search, projects, documents, reindex], queue=False)

        def respond(message: str, chat: list[dict[str, str]], turns: list[dict[str, str]], given: dict[str, object],
                    language: Language) -> Iterator[tuple[object, ...]]:
            message = message or ""
            if not message.strip():
                yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
                return
            chat = [*(chat or []), {"role": "user", "content": safe_markdown(message)}]
            yield "", chat, gr.skip(), gr.skip(), gr.skip(), ""
            try:
                answer, index = rt.ask(message, turns or [])
            except InputError as exc:
                chat = [*chat, {"role": "assistant", "content": safe_markdown(f"{text(language, 'error')}: {exc}")}]
                yield "", chat, gr.skip(), gr.skip(), error_html(message, str(exc), language), ""
                return
            chat = [*chat, {"role": "assistant", "content": _chat_text(answer)}]
            turns = [*(turns or []), {"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
            given = {**(given or {}), str(len(chat) - 1): answer.to_dict()}
            yield "", chat, turns, given, sources_html(answer, index, language), ""

        chat_in = [question, chatbot, history, answers, lang]
        chat_out = [question, chatbot, history, answers, panel, feedback_status]
        for trigger in (question.submit, send.click, examples.load_input_event.then):
            private(trigger, respond, chat_in, chat_out)

        def on_clear(language: Language) -> tuple[object, ...]:
            return [], [], {}, empty_html(language), None, gr.Group(visible=False), ""

        for trigger in (clear.click, chatbot.clear):  # the chatbot's own bin icon clears too
            private(trigger, on_clear, [lang], [chatbot, history, answers, panel, pending, feedback_box, feedback_status],
                    queue=False)

        def on_like(given: dict[str, dict[str, object]], language: Language, data: gr.LikeData) -> tuple[object, ...]:
            index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
            answer = (given or {}).get(str(index))
            if answer is None:
                return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            record = feedback_record(answer, data.liked is True)
            try:
                append_feedback(settings.feedback_path, record)
            except OSError as exc:
                return None, gr.Group(visible=False), "", "", text(language, "feedback_failed", error=esc(exc))
            number = sum(1 for k in given if int(k) <= int(index))
            note = text(language, "feedback_thanks", rating="👍" if data.liked is True else "👎", n=number)
            return record, gr.Group(visible=True), note, "", ""

        private(chatbot.like, on_like, [answers, lang], [pending, feedback_box, feedback_note, comment, feedback_status])

        def on_comment(note: str, record: dict[str, object] | None, language: Language) -> tuple[object, ...]:
            if not record or not (note or "").strip():
                return gr.skip(), gr.skip(), gr.skip(), gr.skip()
            try:
                append_feedback(settings.feedback_path,
                                feedback_record(record, record["rating"] == "up", note, str(record["id"])))
            except OSError as exc:
                return gr.skip(), gr.skip(), gr.skip(), text(language, "feedback_failed", error=esc(exc))
            return None, gr.Group(visible=False), "", text(language, "feedback_saved")

        for trigger in (comment.submit, comment_send.click):
            private(trigger, on_comment, [comment, pending, lang], [pending, feedback_box, comment, feedback_status])

        def on_filter(theme_value: str, applicant_value: str, query: str, language: Language) -> str:
            return projects_html(filter_rows(rows(), theme_value, applicant_value, query), language)

        for trigger in (theme.change, applicant.change, search.change):
            private(trigger, on_filter, [theme, applicant, search, lang], [projects], show_progress="hidden",
                    trigger_mode="always_last")

        if settings.admin:
            def on_reindex(language: Language) -> Iterator[tuple[object, ...]]:
                yield f'<p class="gdc-muted">{esc(text(language, "reindex_running"))}</p>', gr.skip(), gr.skip(), gr.skip(), gr.skip()
                try:
                    report = rt.reindex()
                except Exception as exc:  # IndexBusy, a missing knowledge dir, a broken file: show it, keep serving
                    yield (f'<div class="gdc-reindex" data-ok="false"><p>{esc(text(language, "reindex_failed", error=exc))}</p></div>',
                           gr.skip(), gr.skip(), gr.skip(), gr.skip())
                    return
                yield (reindex_report_html(report, language), rt.documents(language), projects_html(rows(), language),
                       gr.Dropdown(choices=theme_choices(rows(), language), value=ALL),
                       gr.Dropdown(choices=applicant_choices(rows(), language), value=ALL))

            private(reindex.click, on_reindex, [lang], [reindex_report, documents, projects, theme, applicant],
                    concurrency_limit=1)

        def ask(question: str, history: list[dict[str, str]] | str | None = None) -> AnswerDict:
            """Answer `question` (nl/en) from the knowledge base; `history` is the earlier turns as
            [{"role": "user"|"assistant", "content": str}] (a list or its JSON). Returns the answer as JSON:
            question, language, answered, answer (Markdown with [n] markers), citations [{n, source, title,
            locator, quote}], route."""
            try:
                answer, _ = rt.ask(question, parse_history(history))
            except InputError as exc:
                raise gr.Error(str(exc)) from None
            return answer.to_dict()

        gr.api(ask, api_name="ask")
    demo.runtime = rt
    return demo


def private(trigger: Callable[..., object], fn: Callable[..., object], inputs: object, outputs: object,
            **options: object) -> None:
    """Register an event handler that stays out of the public API (only `ask` is public)."""
    trigger(fn, inputs, outputs, api_visibility="private", **options)


def launch(demo: gr.Blocks, host: str, port: int, auth: list[tuple[str, str]] | None = None, block: bool = True,
           quiet: bool = False) -> object:
    """Queue (concurrency-limited) and launch without share links, telemetry, monitoring or run history."""
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    return demo.launch(server_name=host, server_port=port, share=False, auth=auth or None, prevent_thread_lock=not block,
                       inbrowser=False, show_error=False, quiet=quiet, footer_links=["api"], run_history=False,
                       enable_monitoring=False, mcp_server=False, ssr_mode=False, pwa=False, strict_cors=True,
                       theme=THEME, css=CSS, auth_message="Groningen Digital City")


def serve(settings: Settings, assistant: Assistant, host: str = "127.0.0.1", port: int = 7860) -> int:
    """Serve the chat until interrupted; 2 when the host would be exposed without GDC_AUTH (nothing started)."""
    try:
        auth = check_exposure(host, settings.auth)
    except AuthError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    assistant.warm()
    demo = build_app(settings, assistant)
    try:
        try:
            launch(demo, host, port, auth, block=False, quiet=True)
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
