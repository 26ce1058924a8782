"""No import circles in ita_desktop/ and ui/: every import is read with ``ast`` (at module level,
inside functions and under ``if TYPE_CHECKING:`` alike, since an import moved into a function
only hides a circle), relative imports are resolved, and ``from package import name`` where
``name`` is a submodule counts as importing that submodule. The graph's strongly connected
components (Tarjan) are the circles; each one found is listed with a path round it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ita_desktop", "ui")

# Circles known and not yet broken; any other circle fails the test.
KNOWN_CYCLES: list[set[str]] = []


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name → file, for every .py under PACKAGES (``pkg/__init__.py`` is ``pkg``)."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` that ``name`` (at ``path``) imports anywhere in its code."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def known(target: str) -> str | None:
        """``target`` or its nearest enclosing module that is one of ours."""
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{node.module}" if node.module else package
            else:
                base = node.module or ""
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                       for alias in node.names]
        else:
            continue
        found.update(t for t in map(known, targets) if t is not None and t != name)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    modules = module_files(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected component of more than one module, as a path that goes round
    it and back to its first module (sorted, so the report is stable)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(start: str) -> None:  # iterative Tarjan: no recursion limit on a long chain
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [path_round(graph, component) for component in
            sorted(components, key=lambda c: sorted(c))]


def path_round(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest path from the component's first module back to itself, inside it."""
    first = min(component)
    came_from: dict[str, str] = {}
    frontier = [first]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(graph[node] & component):
                if successor == first:
                    chain = [node]
                    while chain[-1] != first:
                        chain.append(came_from[chain[-1]])
                    return [*reversed(chain), first]
                if successor not in came_from:
                    came_from[successor] = node
                    following.append(successor)
        frontier = following
    raise AssertionError(f"not a cycle: {component}")  # pragma: no cover


def test_the_cycle_finder_sees_every_kind_of_import(tmp_path: Path):
    """A function-level import, a TYPE_CHECKING import, a relative one and ``from pkg import
    submodule`` each close a circle; a plain chain has none."""
    files = {
        "ui/__init__.py": "",
        "ui/a.py": "from ui import b\n",
        "ui/b.py": "def later():\n    from . import a\n",
        "ui/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ui.d import D\n",
        "ui/d.py": "import ui.c\nD = 1\n",
        "ui/e.py": "from ui.views import f\n",
        "ui/views/__init__.py": "",
        "ui/views/f.py": "from ..g import G\n",
        "ui/g.py": "from ui.views.f import thing\nG = 1\nfrom ui.a import x\n",
        "ita_desktop/__init__.py": "",
        "ita_desktop/h.py": "import ita_desktop.i\n",
        "ita_desktop/i.py": "import json\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = cycles(import_graph(tmp_path))
    assert found == [["ui.a", "ui.b", "ui.a"], ["ui.c", "ui.d", "ui.c"],
                     ["ui.g", "ui.views.f", "ui.g"]]


def test_no_import_cycles_in_the_program():
    found = cycles(import_graph())
    new = [cycle for cycle in found if set(cycle) not in KNOWN_CYCLES]
    assert not new, "import circles (each: a path round it):\n" + "\n".join(
        " → ".join(cycle) for cycle in new)
