"""The `gdc chat` web UI (Gradio): chat with cited answers, a sources panel, the project table and the documents."""

from index.offline import configure_offline

configure_offline()  # before any ui module imports gradio: no telemetry, models offline
