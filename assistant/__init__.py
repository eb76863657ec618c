"""The answer side: understand a question, query the table and/or retrieve passages, compose a cited answer."""

import index  # noqa: F401  (sets the offline environment before any library is imported)

__version__ = "0.2.0"
