"""The architecture as a test: imports run one way (ui → assistant → index; evals and bench use assistant), and no
module of ours imports another that imports it back, not even inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

from index.settings import PROJECT_ROOT

PACKAGES = ("index", "assistant", "ui", "evals", "bench")
# What each package may import from the others.
ALLOWED = {
    "index": set(),
    "assistant": {"index"},
    "evals": {"index", "assistant"},
    "bench": {"index", "assistant", "evals"},
    "ui": {"index", "assistant", "evals", "bench"},
}


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Every module of ours that `path` imports, at the top or inside a function (TYPE_CHECKING blocks excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        found |= {n for n in names if n in modules}
    return found


def test_layers_imports_run_one_way():
    modules = _modules()
    wrong = []
    for name, path in modules.items():
        package = name.split(".")[0]
        for target in _imports(path, set(modules)):
            other = target.split(".")[0]
            if other != package and other not in ALLOWED[package]:
                wrong.append(f"{name} imports {target}")
    assert not wrong, wrong


def test_layers_no_import_cycles_between_our_modules():
    modules = _modules()
    graph = {name: {t for t in _imports(path, set(modules)) if t != name and not name.startswith(t + ".")}
             for name, path in modules.items()}
    cycles = []

    def visit(node: str, stack: list[str], done: set[str]) -> None:
        for nxt in graph.get(node, ()):
            if nxt in stack:
                cycles.append(" → ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in done:
                visit(nxt, stack + [nxt], done)
        done.add(node)

    done: set[str] = set()
    for start in graph:
        if start not in done:
            visit(start, [start], done)
    assert not cycles, sorted(set(cycles))[:10]


def test_layers_the_built_index_is_data_not_a_package():
    assert not (PROJECT_ROOT / "index" / "built" / "__init__.py").exists()
    assert "/index/built/" in (PROJECT_ROOT / ".gitignore").read_text()


def test_layers_no_module_defines_a_name_twice():
    """A module constant, function or class assigned twice at the top of a module silently loses the first: a cue
    named like another one a thousand lines up replaces it for every rule that reads it (ruff does not flag it)."""
    twice = []
    for name, path in _modules().items():
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                defined = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                defined = [node.target.id]
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                defined = [node.name]
            else:
                defined = []
            twice += [f"{name}.{d}" for d in defined if d in seen]
            seen.update(defined)
    assert not twice, twice
