"""The `gdc chat` web UI (Gradio): chat with cited answers, a sources panel, the project table and the documents."""
