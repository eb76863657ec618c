"""Look of the app: a theme on system fonts (nothing is fetched from a font service) and the panels' CSS."""

from __future__ import annotations

import gradio as gr

SANS = ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
MONO = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]

THEME = gr.themes.Default(primary_hue="emerald", neutral_hue="slate", font=SANS, font_mono=MONO)

CSS = """
#gdc-header h2 { margin-bottom: 0.2em; }
#gdc-sources-panel { max-height: 78vh; overflow-y: auto; }
.gdc-sources { font-size: 0.92rem; line-height: 1.45; }
.gdc-sources h3.gdc-h { margin: 0 0 0.5em; font-size: 1.05rem; }
.gdc-sources h4 { margin: 0.9em 0 0.3em; font-size: 0.98rem; }
.gdc-sources h5 { margin: 0.7em 0 0.25em; font-size: 0.9rem; }
.gdc-question span { font-weight: 600; }
.gdc-muted { color: var(--body-text-color-subdued); }
.gdc-badge { display: inline-block; padding: 0.15em 0.6em; border-radius: 999px; font-weight: 600; font-size: 0.85rem; }
.gdc-badge-ok { background: #d1fae5; color: #065f46; }
.gdc-badge-no { background: #fee2e2; color: #991b1b; border: 1px solid #f87171; }
.gdc-badge-error { background: #fef3c7; color: #92400e; }
.gdc-note { margin: 0.4em 0; }
.gdc-citations { padding-left: 0; list-style: none; margin: 0; }
.gdc-citation { margin: 0 0 0.8em; padding: 0.5em 0.6em; border: 1px solid var(--border-color-primary); border-radius: 6px; }
.gdc-cite-head .gdc-n { font-weight: 700; color: var(--color-accent); }
.gdc-cite-head .gdc-title { font-weight: 600; }
.gdc-locator { font-size: 0.82rem; color: var(--body-text-color-subdued); margin: 0.15em 0 0.3em; word-break: break-word; }
.gdc-passage { white-space: pre-wrap; margin: 0; padding: 0.3em 0.6em; border-left: 3px solid var(--border-color-accent);
  background: var(--background-fill-secondary); font-size: 0.88rem; word-break: break-word; }
.gdc-passage mark { background: #fde68a; color: inherit; padding: 0 1px; }
.gdc-header-line { color: var(--body-text-color-subdued); font-family: var(--font-mono); font-size: 0.8rem; }
.gdc-computation { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 0.5em 0.7em; margin: 0.6em 0; }
.gdc-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.8em; margin: 0.3em 0; }
.gdc-facts dt { font-weight: 600; }
.gdc-facts dd { margin: 0; }
.gdc-sql { white-space: pre-wrap; word-break: break-word; font-size: 0.8rem; padding: 0.4em; background: var(--background-fill-secondary); }
.gdc-sources table, .gdc-projects table, .gdc-documents table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
#gdc-sources-panel .gdc-sources table { font-size: 0.8rem; }
#gdc-sources-panel table, #gdc-projects table, #gdc-documents table,
#gdc-sources-panel tr, #gdc-projects tr, #gdc-documents tr { border: none; }
#gdc-sources-panel th, #gdc-sources-panel td, #gdc-projects th, #gdc-projects td, #gdc-documents th, #gdc-documents td {
  border: none; border-bottom: 1px solid var(--border-color-primary); padding: 0.25em 0.4em; text-align: left;
  vertical-align: top; }
#gdc-sources-panel th, #gdc-projects th, #gdc-documents th { font-weight: 600; background: var(--background-fill-secondary); }
.gdc-ref { white-space: nowrap; }
.gdc-num { text-align: right !important; white-space: nowrap; }
.gdc-wrap { white-space: normal; overflow-wrap: break-word; }
.gdc-rows th, .gdc-groups th { white-space: normal !important; }
.gdc-table-scroll { overflow-x: auto; max-width: 100%; }
/* amounts first and text cells wrapping: the figures stay in view from 390 px up, nothing is cut off sideways */
.gdc-rows, .gdc-groups { table-layout: auto; }
.gdc-rows .gdc-amount, .gdc-groups .gdc-amount { font-variant-numeric: tabular-nums; }
.gdc-plain { margin: 0.25em 0; }
.gdc-rule { font-size: 0.85rem; margin: 0.4em 0; }
.gdc-comparisons { margin: 0.3em 0 0.3em 1.1em; padding: 0; }
.gdc-comparisons .gdc-diff { color: #9a3412; }
.gdc-tech { margin: 0.6em 0 0.2em; font-size: 0.85rem; }
.gdc-tech summary { cursor: pointer; color: var(--body-text-color-subdued); }
.gdc-raw { white-space: pre-wrap; word-break: break-word; font-size: 0.78rem; padding: 0.4em;
  background: var(--background-fill-secondary); margin: 0.3em 0; }
.gdc-cells { font-size: 0.85rem; }
.gdc-open { background: none !important; border: none !important; padding: 0 !important; margin: 0.2em 0 0;
  color: var(--link-text-color, #047857) !important; text-decoration: underline; cursor: pointer; font: inherit;
  font-size: 0.85rem; text-align: left; box-shadow: none !important; }
.gdc-doc-link { font-weight: 600; font-size: 0.95rem; }
.gdc-copy-row { margin: 0.5em 0; }
.gdc-copy { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 0.2em 0.7em; cursor: pointer;
  background: var(--background-fill-secondary); font-size: 0.85rem; }
#gdc-reader .gdc-reader { max-height: 75vh; overflow-y: auto; border: 1px solid var(--border-color-primary);
  border-radius: 6px; padding: 0.6em 0.9em; margin-top: 0.8em; line-height: 1.5; }
#gdc-reader mark.gdc-hit, .gdc-passage mark { background: #fde68a; color: inherit; padding: 0 1px; }
#gdc-reader .gdc-hit-row td { background: #fef9c3; }
#gdc-reader table, .gdc-source-table { border-collapse: collapse; font-size: 0.85rem; }
#gdc-reader th, #gdc-reader td { border: 1px solid var(--border-color-primary); padding: 0.25em 0.4em; vertical-align: top; }
#gdc-reader h3 { margin: 0.2em 0; }
.gdc-step-box { padding: 0.4em 0.8em; margin-bottom: 0.8em; }
.gdc-step h3 { margin: 0.3em 0; font-size: 1.05rem; }
.gdc-step-question { font-size: 0.85rem; margin: 0.2em 0; }
.gdc-step-answer blockquote { border-left: 3px solid var(--border-color-accent); margin: 0.3em 0; padding: 0.1em 0.6em;
  background: var(--background-fill-secondary); }
.gdc-step-cites { font-size: 0.85rem; padding-left: 0; list-style: none; }
.gdc-step-quote { color: var(--body-text-color-subdued); font-size: 0.82rem; }
@media (max-width: 640px) {
  /* four tabs fit a phone's width instead of two plus a "more" menu */
  #gdc-tabs .tab-container button { padding-left: 0.45em; padding-right: 0.45em; font-size: 0.92rem; }
  #gdc-sources-panel { max-height: none; }
  .gdc-facts { grid-template-columns: 1fr; }
}
.gdc-diff td { background: #fff7ed; }
.gdc-totals { margin: 0.4em 0 0.6em; font-size: 0.95rem; }
.gdc-projects tfoot td { font-weight: 700; border-top: 2px solid var(--border-color-primary); }
.gdc-projects details summary { cursor: pointer; color: var(--body-text-color-subdued); font-size: 0.8rem; }
.gdc-project { font-weight: 600; }
"""
