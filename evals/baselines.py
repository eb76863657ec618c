"""Baselines a user might pick instead, answering with the top passage: BM25, dense, and a plain LangChain RAG."""

from __future__ import annotations

from pathlib import Path

from assistant.language import detect_language
from assistant.lexicon import Lexicon
from evals.cases import Case
from evals.score import Responder, Response
from index.embed import GdcEmbeddings
from index.store import BuiltIndex


def _passage_answer(passages: list[tuple[str, str, str]], lexicon: Lexicon) -> Response:
    """A baseline's reply: the top passage as the answer, cited as itself; it never refuses."""
    if not passages:
        return {"answer": "", "answered": False, "language": "nl", "citations": [], "route": "none", "hits": []}
    source, locator, text = passages[0]
    return {"answer": text, "answered": True, "language": detect_language(text, lexicon.language_votes), "route": "documents",
            "citations": [{"n": 1, "source": source, "title": source, "locator": locator, "quote": text}],
            "hits": [{"source": s, "text": t} for s, _, t in passages]}


def bm25_responder(index: BuiltIndex, lexicon: Lexicon) -> Responder:
    """Plain lexical search over the same chunks (words + 4-grams), the question as typed, top passage."""

    def respond(case: Case) -> Response:
        hits = [index.by_id[cid] for cid, _ in index.lexical.search(case.question, k=5)]
        return _passage_answer([(c.source, " › ".join(c.section), c.text) for c in hits], lexicon)

    return respond


def dense_responder(index: BuiltIndex, lexicon: Lexicon) -> Responder:
    """Plain dense search (same e5 vectors in the same Chroma collection), top passage."""

    def respond(case: Case) -> Response:
        docs = index.vectorstore.similarity_search(case.question, k=5)
        return _passage_answer([(d.metadata["source"], d.metadata.get("section", ""), d.page_content) for d in docs],
                               lexicon)

    return respond


def langchain_rag_responder(knowledge_dir: Path, embedder: GdcEmbeddings, lexicon: Lexicon) -> Responder:
    """The textbook LangChain RAG: RecursiveCharacterTextSplitter over the raw files, Chroma, similarity top-1."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=100)
    texts, metadatas = [], []
    for path in sorted(knowledge_dir.rglob("*")):
        if path.suffix.lower() in (".md", ".txt", ".csv") and path.parent.name in ("documents", "tables"):
            rel = path.relative_to(knowledge_dir).as_posix()
            for piece in splitter.split_text(path.read_text(encoding="utf-8")):
                texts.append(piece)
                metadatas.append({"source": rel})
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(client=client, collection_name="baseline_rag", embedding_function=embedder,
                   collection_configuration={"hnsw": {"space": "cosine"}})
    store.reset_collection()
    store.add_texts(texts, metadatas=metadatas)

    def respond(case: Case) -> Response:
        docs = store.similarity_search(case.question, k=5)
        return _passage_answer([(d.metadata["source"], "", d.page_content) for d in docs], lexicon)

    return respond
