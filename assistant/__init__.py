"""Groningen Digital City assistant: exact, cited answers over the GDC knowledge base, offline."""

from assistant.offline import configure_offline

configure_offline()

__version__ = "0.1.0"
