"""Where to look: the knowledge base's own subject, unless the question names something only other sources mention.

Sits between understanding and retrieval. It narrows the chunks `retrieve` draws candidates from; it never changes
what an answer may say. A question about the subject that its sources don't answer is refused, not answered from
another programme's documents. Without it, a corpus that grows with documents about other programmes (another
city's letter, with the same wording) answers "who signed the letter?" from whichever copy ranks first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Intent
from index.lexical import words
from index.store import BuiltIndex


@dataclass(frozen=True, kw_only=True)
class Home:
    """The sources about the subject (its documents and every table) and every word they use."""

    subject: str | None
    sources: frozenset[str]
    words: frozenset[str]
    everything: frozenset[str]  # every source of the build

    @classmethod
    def of(cls, index: BuiltIndex, subject: str | None) -> Home:
        """Documents whose title names every word of `subject` (but its short ones: "de", "of") or whose text names
        the subject itself (a progress report titled otherwise, a project plan of the programme), and the tables.

        No subject, or a subject that every document (or none) is about: home is everything and nothing narrows.
        """
        everything = frozenset(index.sources)
        named = {w for w in words(subject or "") if len(w) > 2}
        phrase = f" {' '.join(words(subject or ''))} "
        rarest = max(re.findall(r"\w+", (subject or "").lower()), key=len, default="")  # as written, accents kept
        mentioned = {c.source for c in index.chunks  # a plain substring test first: opening 46k chunks stays cheap
                     if named and rarest in c.text.lower() and phrase in f" {' '.join(words(c.text))} "}
        about = frozenset(s for s, info in index.sources.items()
                          if info.is_table or s in mentioned or (named and named <= set(words(info.title))))
        if not named or about == everything or not any(not index.sources[s].is_table for s in about):
            return cls(subject=subject, sources=everything, words=frozenset(), everything=everything)
        return cls(subject=subject, sources=about, words=source_words(index, about), everything=everything)

    @property
    def narrows(self) -> bool:
        return self.sources != self.everything

    @property
    def narrowed(self) -> frozenset[str] | None:
        """The home sources when they are fewer than everything, else None (nothing to tell apart)."""
        return self.sources if self.narrows else None

    def scope(self, intent: Intent, corpus_words: frozenset[str]) -> frozenset[str] | None:
        """The home sources when the question names nothing outside them, else None (search everything)."""
        if not self.narrows or names_outside(intent, self.words, corpus_words):
            return None
        return self.sources


def source_words(index: BuiltIndex, sources: frozenset[str] | None = None) -> frozenset[str]:
    """Every word the sources use (all of them, or `sources` and the tables): each chunk with its title and sections
    ("Projectplan Slimme Lantaarnpalen"), and every table row's names and description."""
    texts = [f"{c.title} {' '.join(c.section)} {c.text}" for c in index.chunks if sources is None or c.source in sources]
    texts += [f"{r.project} {r.applicant} {r.partners} {r.description}" for r in index.tables.rows]
    return frozenset(w for t in texts for w in words(t))


def names_outside(intent: Intent, home_words: frozenset[str], corpus_words: frozenset[str]) -> bool:
    """Does the question name a word the sources use, but only outside home ("Leiden", "lantaarnpalen")?

    A word no source uses is not "outside": it is unknown, and answered (or refused) as that.
    """
    asked = {w for text in (*intent.names, *intent.subject_terms) for w in words(text)}
    return any(w in corpus_words and w not in home_words for w in asked)
