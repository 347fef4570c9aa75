"""Draw LandDesk's layers and what each imports, from the import-linter contracts and the real imports.

    .venv/bin/python scripts/architecture_diagram.py            # writes docs/architecture.svg
    .venv/bin/python scripts/architecture_diagram.py --check    # exit 1 when docs/architecture.svg is out of date

The layers and the Qt-free and registry rules come from `[tool.importlinter]` in pyproject.toml; the arrows and
each box's "imports" line come from the imports grimp finds in the code (the graph `lint-imports` checks), so the
picture shows what the code does, not what someone remembered. Only package-level facts are drawn, so adding a
module changes nothing here; a new import between layers does (tests/test_architecture_diagram.py fails until
the picture is regenerated and committed).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import grimp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "architecture.svg"
QT = ("PySide6", "shiboken6", "pyqtgraph")

WIDTH, ROW_H, GAP, TOP = 1220, 64, 16, 96
LEFT_X, LEFT_W = 90, 660              # the client's layers
REG_X, REG_W = 880, 320               # the registry, a separate program
QT_FILL, CORE_FILL, REG_FILL = "#dbe8fb", "#e3f4df", "#fbeedd"


@dataclass(frozen=True)
class Contracts:
    layers: list[list[str]]           # top first; each row holds siblings that may not import each other
    qt_free: set[str]
    registry_forbidden: list[str]
    registry_layers: list[list[str]]  # the registry's own storage modules, top first


def read_contracts(pyproject: Path) -> Contracts:
    contracts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    layers: list[list[str]] = []
    registry_layers: list[list[str]] = []
    qt_free: set[str] = set()
    forbidden: list[str] = []
    for contract in contracts:
        if contract["type"] == "layers":
            rows = [[name.strip() for name in row.split("|")] for row in contract["layers"]]
            if all(name.count(".") == 1 for row in rows for name in row):
                layers = rows
            elif all(name.startswith("landdesk.registry.") for row in rows for name in row):
                registry_layers = rows
        elif contract["type"] == "forbidden" and set(QT) & set(contract["forbidden_modules"]):
            qt_free |= set(contract["source_modules"])
        elif contract["type"] == "forbidden" and contract["source_modules"] == ["landdesk.registry"]:
            forbidden = list(contract["forbidden_modules"])
    if not layers:
        raise SystemExit("pyproject.toml has no layers contract over landdesk's packages")
    return Contracts(layers, qt_free, forbidden, registry_layers)


def package_imports(packages: list[str]) -> tuple[dict[str, set[str]], dict[str, bool], list[str]]:
    """package → the other packages it imports (directly, anywhere inside it); whether it imports Qt; and
    landdesk's top-level modules that belong to none of `packages`."""
    graph = grimp.build_graph("landdesk", include_external_packages=True)

    def owner(module: str) -> str | None:
        found = [p for p in packages if module == p or module.startswith(p + ".")]
        return max(found, key=len) if found else None

    imports: dict[str, set[str]] = {p: set() for p in packages}
    uses_qt = dict.fromkeys(packages, False)
    for module in graph.modules:
        source = owner(module)
        if source is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            target = owner(imported)
            if target is not None and target != source:
                imports[source].add(target)
            if imported.split(".")[0] in QT:
                uses_qt[source] = True
    outside = sorted(m for m in graph.find_children("landdesk") if owner(m) is None and m != "landdesk.__main__")
    return imports, uses_qt, outside


def short(module: str) -> str:
    return module.removeprefix("landdesk.")


def _text(x: float, y: float, text: str, *, size: int = 13, weight: str = "normal", anchor: str = "start",
          colour: str = "#1d1d1d") -> str:
    return (f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" '
            f'fill="{colour}">{escape(text)}</text>')


def _box(x: float, y: float, w: float, h: float, fill: str, *, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    return f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="8" fill="{fill}" stroke="#555"{dash}/>'


def _arrow(x0: float, y0: float, x1: float, y1: float, colour: str = "#444") -> str:
    return (f'<line x1="{x0:.0f}" y1="{y0:.0f}" x2="{x1:.0f}" y2="{y1:.0f}" stroke="{colour}" stroke-width="1.6" '
            'marker-end="url(#head)"/>')


def _imports_line(names: set[str], order: list[str]) -> str:
    listed = [short(p) for p in order if p in names]
    return "imports: " + (", ".join(listed) if listed else "nothing of landdesk")


def render(contracts: Contracts) -> str:
    client = [p for row in contracts.layers for p in row]
    packages = [*client, "landdesk.registry"]
    imports, uses_qt, outside = package_imports(packages)
    registry_parts = [m for row in contracts.registry_layers for m in row]

    rows = len(contracts.layers)
    height = TOP + rows * (ROW_H + GAP) + 150
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif">',
           '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
           _text(LEFT_X, 34, "LandDesk: layers and what each imports", size=20, weight="bold"),
           _text(LEFT_X, 58, "Generated by scripts/architecture_diagram.py from the import-linter contracts in "
                 "pyproject.toml and the imports in the code. Do not edit by hand.", size=12, colour="#555")]
    box_of: dict[str, tuple[float, float, float, float]] = {}
    for index, row in enumerate(contracts.layers):
        y = TOP + index * (ROW_H + GAP)
        width = (LEFT_W - (len(row) - 1) * 12) / len(row)
        for k, package in enumerate(row):
            x = LEFT_X + k * (width + 12)
            box_of[package] = (x, y, width, ROW_H)
            qt_free = package in contracts.qt_free
            out.append(_box(x, y, width, ROW_H, CORE_FILL if qt_free else QT_FILL))
            tag = "no Qt (contract)" if qt_free else ("Qt" if uses_qt[package] else "")
            out.append(_text(x + 12, y + 22, short(package), size=15, weight="bold"))
            out.append(_text(x + width - 12, y + 22, tag, size=11, anchor="end", colour="#555"))
            out.append(_text(x + 12, y + 46, _imports_line(imports[package], client), size=11, colour="#333"))
        if len(row) > 1:
            out.append(_text(LEFT_X + LEFT_W + 8, y + ROW_H / 2 + 4, "siblings: never", size=10, colour="#777"))
            out.append(_text(LEFT_X + LEFT_W + 8, y + ROW_H / 2 + 17, "each other", size=10, colour="#777"))
    bottom = TOP + rows * (ROW_H + GAP) - GAP
    out.append(_arrow(48, TOP + 4, 48, bottom - 4))
    out.append(f'<text transform="translate(36 {(TOP + bottom) / 2:.0f}) rotate(-90)" font-size="12" '
               'text-anchor="middle" fill="#333">a layer imports only layers below it (lint-imports)</text>')

    # The registry: a separate program beside the client, sharing only the layers it is drawn pointing at.
    shared = [p for p in client if p in imports["landdesk.registry"]]
    reg_h = 70 + 40 * len(contracts.registry_layers) + 34
    reg_y = max(TOP, box_of[shared[0]][1] - reg_h - 30) if shared else TOP
    out.append(_box(REG_X, reg_y, REG_W, reg_h, REG_FILL))
    out.append(_text(REG_X + 12, reg_y + 22, "registry", size=15, weight="bold"))
    out.append(_text(REG_X + REG_W - 12, reg_y + 22, "no Qt (contract)" if "landdesk.registry" in contracts.qt_free
                     else "", size=11, anchor="end", colour="#555"))
    out.append(_text(REG_X + 12, reg_y + 42, "a separate program: landdesk-registry", size=11, colour="#333"))
    for index, row in enumerate(contracts.registry_layers):
        y = reg_y + 56 + index * 40
        width = (REG_W - 24 - (len(row) - 1) * 8) / len(row)
        for k, module in enumerate(row):
            x = REG_X + 12 + k * (width + 8)
            out.append(_box(x, y, width, 26, "white", dashed=True))
            out.append(_text(x + width / 2, y + 17, module.removeprefix("landdesk.registry."), size=11,
                             anchor="middle"))
        if index:
            out.append(_arrow(REG_X + REG_W / 2, y - 13, REG_X + REG_W / 2, y - 1))
    if registry_parts:
        out.append(_text(REG_X + 12, reg_y + reg_h - 12, "arrows: may import; no cycles inside the registry "
                         "(contracts)", size=10, colour="#555"))
    for package in shared:
        x, y, w, h = box_of[package]
        out.append(_arrow(REG_X, reg_y + reg_h - 10, x + w + 2, y + h / 2, colour="#b5651d"))
    out.append(_text(REG_X, reg_y + reg_h + 20, _imports_line(imports["landdesk.registry"], client), size=11,
                     colour="#333"))
    if contracts.registry_forbidden:
        never = ", ".join(short(m) for m in contracts.registry_forbidden)
        out.append(_text(REG_X, reg_y + reg_h + 38, f"never: {never}", size=11, colour="#a33"))

    legend_y = bottom + 40
    out.append(_box(LEFT_X, legend_y - 14, 18, 18, CORE_FILL))
    out.append(_text(LEFT_X + 26, legend_y, "Qt-free core (a contract forbids PySide6, shiboken6, pyqtgraph)", size=12))
    out.append(_box(LEFT_X, legend_y + 14, 18, 18, QT_FILL))
    out.append(_text(LEFT_X + 26, legend_y + 28, "may use Qt", size=12))
    out.append(_box(LEFT_X, legend_y + 42, 18, 18, REG_FILL))
    out.append(_text(LEFT_X + 26, legend_y + 56, "the registry server; brown arrows: the client layers it shares",
                     size=12))
    out.append(_text(LEFT_X, legend_y + 84, "Not in the layer contract (imported by several layers): "
                     + ", ".join(short(m) for m in outside), size=11, colour="#555"))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed picture is out of date")
    args = parser.parse_args(argv)
    drawn = render(read_contracts(ROOT / "pyproject.toml"))
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != drawn:
            sys.stderr.write(f"{OUT} is out of date: run scripts/architecture_diagram.py\n")
            return 1
        return 0
    OUT.write_text(drawn, encoding="utf-8")
    sys.stdout.write(f"{OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
