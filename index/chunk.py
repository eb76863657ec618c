"""Cut a Document into Chunks by section and paragraph, and chunks into the Sentences answers quote.

Table rows stay one chunk (and one sentence) each. Loading gave the blocks; embedding and storing come after.
"""

from __future__ import annotations

import hashlib
import re

from index.records import Block, Chunk, Document, Sentence

# Bump when chunking changes: the indexer re-chunks every source whose chunks were cut by another version.
CHUNKER_VERSION = 3
MERGE_BELOW = 280  # paragraphs shorter than this join their neighbours in the same section
MAX_CHARS = 1100  # e5 reads 512 word pieces; ~1100 chars of Dutch stays well inside

_ABBREVIATIONS = {"o.a", "bijv", "nr", "ca", "e.g", "i.e", "mr", "dr", "drs", "ir", "prof", "st", "tbv", "ism", "vs", "etc", "sept",
                  "blz", "zgn", "resp", "evt", "incl", "excl", "mln", "mld", "jl", "dhr", "mevr", "m.b.t", "t.a.v", "i.s.m",
                  "a.s", "d.w.z", "z.s.m", "e.d", "enz", "vgl", "afd", "tel", "fig"}
_SENTENCE_END = re.compile(r"[.!?](?:['\"’”)]*)(?=\s+['\"‘“(]?[A-Z0-9À-Ý•€])|[.!?]['\"’”)]*$|\n(?=\s*[•\-*] )|\n\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text, trimmed; abbreviations and initials do not end a sentence.

    >>> text = "Zie o.a. RuG. Klaar!"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Zie o.a. RuG.', 'Klaar!']
    >>> text = "Partners (o.a. RuG en Hanze, zie blz. 4) doen mee. Klaar."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Partners (o.a. RuG en Hanze, zie blz. 4) doen mee.', 'Klaar.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        word = re.search(r"[(\[‘'\"“]*([^\s(\[]+)[.!?]['\"’”)]*$", text[start:end])  # "(o.a." is "o.a"
        if word and text[end - 1] == "." and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word.group(1))
        ):
            continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))


def chunk_document(doc: Document) -> list[Chunk]:
    """Chunks of a document in reading order, with stable content-derived ids.

    >>> doc = Document(source="a.md", title="A", text="Hallo wereld.", blocks=(Block(start=0, end=13),))
    >>> [c.text for c in chunk_document(doc)]
    ['Hallo wereld.']
    """
    spans: list[tuple[int, int, Block]] = []
    for block in doc.blocks:
        if block.kind == "row":
            spans.append((block.start, block.end, block))
            continue
        for start, end in _split_long(doc.text, block.start, block.end):
            previous = spans[-1] if spans else None
            if (
                previous is not None
                and previous[2].kind == "text"
                and previous[2].section == block.section
                and previous[2].page == block.page
                and (previous[1] - previous[0] < MERGE_BELOW or end - start < MERGE_BELOW)
                and end - previous[0] <= MAX_CHARS
            ):
                spans[-1] = (previous[0], end, previous[2])
            else:
                spans.append((start, end, block))
    chunks, seen = [], set()
    for start, end, block in spans:
        text = doc.text[start:end]
        base = hashlib.sha1("\x1f".join((doc.source, *block.section, text)).encode()).hexdigest()[:16]
        chunk_id, n = base, 1
        while chunk_id in seen:
            n += 1
            chunk_id = f"{base}-{n}"
        seen.add(chunk_id)
        chunks.append(Chunk(id=chunk_id, source=doc.source, title=doc.title, section=block.section, page=block.page,
                            start=start, end=end, text=text, kind=block.kind, context=block.context))
    return chunks


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph longer than MAX_CHARS at sentence ends, keeping pieces as even as possible."""
    if end - start <= MAX_CHARS:
        return [(start, end)]
    pieces: list[list[int]] = []
    for s, e in sentence_spans(text[start:end]):
        s, e = s + start, e + start
        if pieces and e - pieces[-1][0] <= MAX_CHARS * 0.7:
            pieces[-1][1] = e
        else:
            pieces.append([s, e])
    return [(s, e) for s, e in pieces]


def chunk_sentences(chunk: Chunk) -> list[Sentence]:
    """The quotable sentences of a chunk; a table row is one sentence."""
    if chunk.kind == "row":
        return [Sentence(chunk_id=chunk.id, start=chunk.start, end=chunk.end, text=chunk.text, section=chunk.section)]
    return [Sentence(chunk_id=chunk.id, start=chunk.start + s, end=chunk.start + e, text=chunk.text[s:e],
                     section=chunk.section) for s, e in sentence_spans(chunk.text)]
